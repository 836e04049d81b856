//! The Mersenne Twister MT19937, word for word as CPython's `Modules/_randommodule.c` runs it
//! (Matsumoto and Nishimura's reference code): `init_genrand`, `init_by_array`, 32-bit outputs,
//! 53-bit floats and `getrandbits`. Pure arithmetic, no Python values; `random.rs` builds the
//! module on top of it.

use num_bigint::BigUint;

const N: usize = 624;
const M: usize = 397;
const MATRIX_A: u32 = 0x9908_b0df;
const UPPER_MASK: u32 = 0x8000_0000;
const LOWER_MASK: u32 = 0x7fff_ffff;

/// The generator: 624 words of state and the index of the next word to temper.
#[derive(Clone, Debug)]
pub struct Mt19937 {
    state: [u32; N],
    index: usize,
}

impl Mt19937 {
    /// Seeded from a key of 32-bit words, as CPython seeds from an int (`abs(n)` split into
    /// little-endian words, `[0]` for zero) or from the entropy source (624 words).
    pub fn from_key(key: &[u32]) -> Mt19937 {
        let mut mt = Mt19937::from_u32(19_650_218);
        mt.init_by_array(key);
        mt
    }

    /// The reference `init_genrand(s)`.
    fn from_u32(seed: u32) -> Mt19937 {
        let mut state = [0u32; N];
        state[0] = seed;
        for i in 1..N {
            state[i] =
                1_812_433_253u32.wrapping_mul(state[i - 1] ^ (state[i - 1] >> 30)).wrapping_add(i as u32);
        }
        Mt19937 { state, index: N }
    }

    /// The reference `init_by_array`, run on a state made by `init_genrand(19650218)`.
    fn init_by_array(&mut self, key: &[u32]) {
        let mt = &mut self.state;
        let (mut i, mut j) = (1usize, 0usize);
        for _ in 0..N.max(key.len()) {
            let mixed = (mt[i] ^ (mt[i - 1] ^ (mt[i - 1] >> 30)).wrapping_mul(1_664_525))
                .wrapping_add(key[j])
                .wrapping_add(j as u32);
            mt[i] = mixed;
            i += 1;
            j += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
            if j >= key.len() {
                j = 0;
            }
        }
        for _ in 0..N - 1 {
            mt[i] =
                (mt[i] ^ (mt[i - 1] ^ (mt[i - 1] >> 30)).wrapping_mul(1_566_083_941)).wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
        }
        mt[0] = 0x8000_0000;
        self.index = N;
    }

    /// Regenerate all 624 words.
    fn twist(&mut self) {
        let mt = &mut self.state;
        for k in 0..N {
            let y = (mt[k] & UPPER_MASK) | (mt[(k + 1) % N] & LOWER_MASK);
            let mag = if y & 1 == 1 { MATRIX_A } else { 0 };
            mt[k] = mt[(k + M) % N] ^ (y >> 1) ^ mag;
        }
        self.index = 0;
    }

    /// The next 32-bit output (`genrand_uint32`).
    pub fn next_u32(&mut self) -> u32 {
        if self.index >= N {
            self.twist();
        }
        let mut y = self.state[self.index];
        self.index += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^ (y >> 18)
    }

    /// A float in [0, 1) with 53 random bits (`genrand_res53`).
    pub fn next_f64(&mut self) -> f64 {
        let a = f64::from(self.next_u32() >> 5);
        let b = f64::from(self.next_u32() >> 6);
        (a * 67_108_864.0 + b) * (1.0 / 9_007_199_254_740_992.0)
    }

    /// `k` random bits (`k <= 64`) as CPython draws them: whole words from the low end up,
    /// the last one cut to its top bits.
    pub fn bits_u64(&mut self, k: u32) -> u64 {
        match k {
            0 => 0,
            1..=32 => u64::from(self.next_u32() >> (32 - k)),
            _ => {
                let low = u64::from(self.next_u32());
                let high = u64::from(self.next_u32() >> (64 - k));
                (high << 32) | low
            }
        }
    }

    /// `k` random bits for any `k`, filled the same way.
    pub fn bits(&mut self, k: u64) -> BigUint {
        if k <= 64 {
            return BigUint::from(self.bits_u64(k as u32));
        }
        let mut words = Vec::with_capacity(k.div_ceil(32) as usize);
        let mut left = k;
        while left > 0 {
            let word = self.next_u32();
            words.push(if left < 32 { word >> (32 - left) } else { word });
            left = left.saturating_sub(32);
        }
        BigUint::from_slice(&words)
    }

    /// The state as `getstate()` shows it: 624 words, then the index.
    pub fn state(&self) -> (Vec<u32>, usize) {
        (self.state.to_vec(), self.index)
    }

    /// A generator from `state()`'s parts; `None` when they are not a valid state.
    pub fn from_state(words: &[u32], index: usize) -> Option<Mt19937> {
        let state: [u32; N] = words.try_into().ok()?;
        (index <= N).then_some(Mt19937 { state, index })
    }
}

/// The 32-bit words of a non-negative int, least significant first (`[0]` for zero), as
/// CPython's `random_seed` hands them to `init_by_array`.
pub fn key_of(n: &BigUint) -> Vec<u32> {
    let words = n.to_u32_digits();
    if words.is_empty() { vec![0] } else { words }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reference_init_by_array_outputs() {
        // From mt19937ar.c's published test output: key {0x123, 0x234, 0x345, 0x456}.
        let mut mt = Mt19937::from_key(&[0x123, 0x234, 0x345, 0x456]);
        let first: Vec<u32> = (0..5).map(|_| mt.next_u32()).collect();
        assert_eq!(first, [1067595299, 955945823, 477289528, 4107218783, 4228976476]);
    }

    #[test]
    fn seed_zero_matches_cpython_random() {
        // CPython: random.seed(0); random.random() == 0.8444218515250481
        let mut mt = Mt19937::from_key(&key_of(&BigUint::from(0u32)));
        assert_eq!(mt.next_f64(), 0.8444218515250481);
    }

    #[test]
    fn state_round_trips() {
        let mut mt = Mt19937::from_key(&[42]);
        mt.next_u32();
        let (words, index) = mt.state();
        let mut copy = Mt19937::from_state(&words, index).unwrap();
        assert_eq!(copy.next_u32(), mt.next_u32());
        assert!(Mt19937::from_state(&words, 625).is_none());
    }
}
