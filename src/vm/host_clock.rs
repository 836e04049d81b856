//! The host's clocks, sleeping and entropy: every read of time or of the OS's randomness
//! goes through these methods (never `SystemTime`/`Instant` elsewhere), so a recorder can
//! later log their answers and a replay give them back.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use super::host::Host;

/// How long one slice of a sleep lasts before Ctrl-C is checked again.
const SLEEP_SLICE: Duration = Duration::from_millis(20);

impl Host {
    /// Nanoseconds since the Unix epoch (`time.time_ns`); negative before 1970.
    pub fn wall_clock_ns(&mut self) -> i128 {
        let skipped = self.skipped.as_nanos() as i128;
        match SystemTime::now().duration_since(UNIX_EPOCH) {
            Ok(after) => after.as_nanos() as i128 + skipped,
            Err(before) => -(before.duration().as_nanos() as i128) + skipped,
        }
    }

    /// Nanoseconds on a clock that never goes back (`time.monotonic_ns`,
    /// `time.perf_counter_ns`); its origin is the host's creation, so only differences mean
    /// anything, as in CPython.
    pub fn monotonic_ns(&mut self) -> u128 {
        (self.started.elapsed() + self.skipped).as_nanos()
    }

    /// CPU time used by the process, in nanoseconds (`time.process_time_ns`). Read from
    /// Linux's `/proc/self/schedstat` (no `unsafe` call to `clock_gettime`); elsewhere the
    /// monotonic clock stands in.
    pub fn process_time_ns(&mut self) -> u128 {
        std::fs::read_to_string("/proc/self/schedstat")
            .ok()
            .and_then(|text| text.split_whitespace().next()?.parse::<u128>().ok())
            .unwrap_or_else(|| self.monotonic_ns())
    }

    /// Sleep for `duration`, in slices so that Ctrl-C ends it early; the interrupt stays
    /// pending for the caller to take (`time.sleep` raises `KeyboardInterrupt`).
    pub fn sleep(&mut self, duration: Duration) {
        self.flush();
        if self.sandboxed {
            self.skipped = self.skipped.saturating_add(duration);
            return;
        }
        let end = self.started.elapsed() + duration;
        loop {
            let now = self.started.elapsed();
            if now >= end || self.interrupt_pending() {
                return;
            }
            std::thread::sleep((end - now).min(SLEEP_SLICE));
        }
    }

    /// `count` words from the OS's randomness source (`/dev/urandom`), as CPython seeds
    /// `random` when no seed is given; if that cannot be read, words mixed from the clocks.
    pub fn entropy(&mut self, count: usize) -> Vec<u32> {
        use std::io::Read;
        let mut bytes = vec![0u8; count.div_ceil(2) * 8];
        let read = std::fs::File::open("/dev/urandom").and_then(|mut f| f.read_exact(&mut bytes));
        if read.is_err() {
            let mut x = self.wall_clock_ns() as u64 ^ (self.monotonic_ns() as u64).rotate_left(32);
            for chunk in bytes.chunks_exact_mut(8) {
                // splitmix64: spreads the clock bits over every word.
                x = x.wrapping_add(0x9e37_79b9_7f4a_7c15);
                let mut z = x;
                z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
                z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
                chunk.copy_from_slice(&(z ^ (z >> 31)).to_le_bytes());
            }
        }
        bytes.chunks_exact(4).take(count).map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]])).collect()
    }
}
