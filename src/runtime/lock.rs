//! `_thread.lock` and `_thread.RLock`: the one blocking primitive of green threads, on which
//! `threading`'s conditions, events, semaphores and barriers and `queue`'s queues are built
//! (as in CPython). A lock only records who holds it; the threads waiting for it are found
//! by the scheduler (`vm::threads`), which hands a released lock to the longest waiter.

use std::cell::Cell;

/// A lock's state.
#[derive(Debug)]
pub struct Lock {
    /// An `RLock` may be taken again by the thread that holds it (counted).
    pub reentrant: bool,
    /// The ident of the thread holding it.
    pub owner: Cell<Option<u64>>,
    /// How many times the holder took an `RLock` (1 for a held plain lock).
    pub count: Cell<u64>,
}

impl Lock {
    pub fn new(reentrant: bool) -> Lock {
        Lock { reentrant, owner: Cell::new(None), count: Cell::new(0) }
    }

    pub fn is_locked(&self) -> bool {
        self.owner.get().is_some()
    }

    /// Take the lock for `thread` if that needs no waiting; says whether it did.
    pub fn try_take(&self, thread: u64) -> bool {
        match self.owner.get() {
            None => {
                self.owner.set(Some(thread));
                self.count.set(1);
                true
            }
            Some(holder) if self.reentrant && holder == thread => {
                self.count.set(self.count.get() + 1);
                true
            }
            Some(_) => false,
        }
    }

    /// The type's name as `type()` shows it.
    pub fn type_name(&self) -> &'static str {
        if self.reentrant { "RLock" } else { "lock" }
    }
}
