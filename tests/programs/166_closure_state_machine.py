# A small state machine and event system built from closures and dicts.
def make_turnstile():
    state = "locked"
    log = []
    def handle(event):
        nonlocal state
        transitions = {
            ("locked", "coin"): "unlocked",
            ("unlocked", "push"): "locked",
            ("locked", "push"): "locked",
            ("unlocked", "coin"): "unlocked",
        }
        new = transitions.get((state, event))
        if new is None:
            raise ValueError(f"bad event {event!r}")
        log.append(f"{state}--{event}-->{new}")
        state = new
        return state
    def history():
        return list(log)
    return handle, history
handle, history = make_turnstile()
for ev in ["push", "coin", "coin", "push", "kick", "coin"]:
    try:
        print(ev, "->", handle(ev))
    except ValueError as e:
        print("error:", e)
print(history())
listeners = {}
def on(name, fn):
    listeners.setdefault(name, []).append(fn)
def emit(name, *args):
    return [fn(*args) for fn in listeners.get(name, [])]
on("add", lambda a, b: a + b)
on("add", lambda a, b: f"{a}+{b}")
print(emit("add", 2, 3), emit("none"))
