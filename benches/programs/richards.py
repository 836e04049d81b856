# Richards: Martin Richards' operating-system task scheduler simulation (an idle
# task, a worker, two handlers and two devices exchanging packets), written from
# the benchmark description. Prints the queue and hold counts.

ID_IDLE, ID_WORKER, ID_HANDLER_A, ID_HANDLER_B, ID_DEVICE_A, ID_DEVICE_B = range(6)
KIND_DEVICE, KIND_WORK = 0, 1
DATA_SIZE = 4

RUNNING, RUNNABLE, SUSPENDED, HELD = 0, 1, 2, 4
SUSPENDED_RUNNABLE = SUSPENDED | RUNNABLE


class Packet:
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.count = 0
        self.data = [0] * DATA_SIZE

    def append_to(self, queue):
        self.link = None
        if queue is None:
            return self
        last = queue
        while last.link is not None:
            last = last.link
        last.link = self
        return queue


class TaskControlBlock:
    def __init__(self, link, ident, priority, queue, task):
        self.link = link
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.task = task
        self.state = SUSPENDED if queue is None else SUSPENDED_RUNNABLE

    def set_running(self):
        self.state = RUNNING

    def release(self):
        self.state &= ~HELD

    def hold(self):
        self.state |= HELD

    def suspend(self):
        self.state |= SUSPENDED

    def make_runnable(self):
        self.state |= RUNNABLE

    @property
    def blocked(self):
        return bool(self.state & HELD) or self.state == SUSPENDED

    def run(self):
        if self.state == SUSPENDED_RUNNABLE:
            packet = self.queue
            self.queue = packet.link
            self.state = RUNNING if self.queue is None else RUNNABLE
        else:
            packet = None
        return self.task.run(packet)

    def add_packet(self, current, packet):
        if self.queue is None:
            self.queue = packet
            self.make_runnable()
            if self.priority > current.priority:
                return self
        else:
            self.queue = packet.append_to(self.queue)
        return current


class Task:
    def __init__(self, scheduler):
        self.scheduler = scheduler

    def run(self, packet):
        raise NotImplementedError


class IdleTask(Task):
    def __init__(self, scheduler, seed, count):
        super().__init__(scheduler)
        self.seed = seed
        self.count = count

    def run(self, packet):
        self.count -= 1
        if self.count == 0:
            return self.scheduler.hold_current()
        if self.seed & 1 == 0:
            self.seed >>= 1
            return self.scheduler.release(ID_DEVICE_A)
        self.seed = (self.seed >> 1) ^ 0xD008
        return self.scheduler.release(ID_DEVICE_B)


class DeviceTask(Task):
    def __init__(self, scheduler):
        super().__init__(scheduler)
        self.pending = None

    def run(self, packet):
        if packet is None:
            if self.pending is None:
                return self.scheduler.suspend_current()
            packet, self.pending = self.pending, None
            return self.scheduler.queue(packet)
        self.pending = packet
        return self.scheduler.hold_current()


class WorkerTask(Task):
    def __init__(self, scheduler, destination, value):
        super().__init__(scheduler)
        self.destination = destination
        self.value = value

    def run(self, packet):
        if packet is None:
            return self.scheduler.suspend_current()
        self.destination = ID_HANDLER_B if self.destination == ID_HANDLER_A else ID_HANDLER_A
        packet.ident = self.destination
        packet.count = 0
        for i in range(DATA_SIZE):
            self.value += 1
            if self.value > 26:
                self.value = 1
            packet.data[i] = self.value
        return self.scheduler.queue(packet)


class HandlerTask(Task):
    def __init__(self, scheduler):
        super().__init__(scheduler)
        self.work = None
        self.devices = None

    def run(self, packet):
        if packet is not None:
            if packet.kind == KIND_WORK:
                self.work = packet.append_to(self.work)
            else:
                self.devices = packet.append_to(self.devices)
        if self.work is not None:
            work = self.work
            count = work.count
            if count < DATA_SIZE:
                if self.devices is not None:
                    device = self.devices
                    self.devices = device.link
                    device.count = work.data[count]
                    work.count = count + 1
                    return self.scheduler.queue(device)
            else:
                self.work = work.link
                return self.scheduler.queue(work)
        return self.scheduler.suspend_current()


class Scheduler:
    def __init__(self):
        self.queue_count = 0
        self.hold_count = 0
        self.blocks = [None] * 6
        self.tasks = None
        self.current = None
        self.current_id = None

    def add_task(self, ident, priority, queue, task):
        self.current = TaskControlBlock(self.tasks, ident, priority, queue, task)
        self.tasks = self.current
        self.blocks[ident] = self.current

    def add_running_task(self, ident, priority, queue, task):
        self.add_task(ident, priority, queue, task)
        self.current.set_running()

    def schedule(self):
        self.current = self.tasks
        while self.current is not None:
            if self.current.blocked:
                self.current = self.current.link
            else:
                self.current_id = self.current.ident
                self.current = self.current.run()

    def release(self, ident):
        tcb = self.blocks[ident]
        if tcb is None:
            return tcb
        tcb.release()
        if tcb.priority > self.current.priority:
            return tcb
        return self.current

    def hold_current(self):
        self.hold_count += 1
        self.current.hold()
        return self.current.link

    def suspend_current(self):
        self.current.suspend()
        return self.current

    def queue(self, packet):
        tcb = self.blocks[packet.ident]
        if tcb is None:
            return tcb
        self.queue_count += 1
        packet.link = None
        packet.ident = self.current_id
        return tcb.add_packet(self.current, packet)


def richards(count):
    s = Scheduler()
    s.add_running_task(ID_IDLE, 0, None, IdleTask(s, 1, count))
    queue = Packet(None, ID_WORKER, KIND_WORK)
    queue = Packet(queue, ID_WORKER, KIND_WORK)
    s.add_task(ID_WORKER, 1000, queue, WorkerTask(s, ID_HANDLER_A, 0))
    for ident, priority, device in ((ID_HANDLER_A, 2000, ID_DEVICE_A), (ID_HANDLER_B, 3000, ID_DEVICE_B)):
        queue = None
        for _ in range(3):
            queue = Packet(queue, device, KIND_DEVICE)
        s.add_task(ident, priority, queue, HandlerTask(s))
    s.add_task(ID_DEVICE_A, 4000, None, DeviceTask(s))
    s.add_task(ID_DEVICE_B, 5000, None, DeviceTask(s))
    s.schedule()
    return s.queue_count, s.hold_count


print(richards(1000))
for _ in range(2):
    result = richards(10000)
print(result)
