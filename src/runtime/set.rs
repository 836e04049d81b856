//! Python's `set` and `frozenset` storage: an open-addressing hash table laid out exactly as
//! CPython 3.11's `Objects/setobject.c` lays it out (linear probing in runs of 9, then
//! perturbation; growth at 60% fill), so iteration order — and therefore `repr` — matches
//! CPython for values whose hashes match (ints, floats, bools, None, tuples of them).

use super::ops::{hash_value, identical_or_equal};
use super::value::Value;

const MIN_SIZE: usize = 8;
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;

#[derive(Clone, Debug)]
enum Slot {
    Empty,
    /// A deleted entry: probing continues past it.
    Dummy,
    Full {
        hash: i64,
        key: Value,
    },
}

#[derive(Clone, Debug)]
pub struct SetTable {
    slots: Vec<Slot>,
    /// Full entries.
    used: usize,
    /// Full and dummy entries.
    fill: usize,
    /// Whether a member with Python-level equality was ever added (as `DictHasher`'s mark).
    python_keys: bool,
}

impl Default for SetTable {
    fn default() -> SetTable {
        SetTable { slots: empty_slots(MIN_SIZE), used: 0, fill: 0, python_keys: false }
    }
}

/// `size` empty slots. (`vec![Slot::Empty; size]` clones the first one into each of the
/// others through an out-of-line loop that matches on it: about 4 instructions a slot, for a
/// table made and grown once per small set.)
fn empty_slots(size: usize) -> Vec<Slot> {
    std::iter::repeat_with(|| Slot::Empty).take(size).collect()
}

fn same_key(a: &Value, b: &Value) -> bool {
    identical_or_equal(a, b)
}

impl SetTable {
    pub fn len(&self) -> usize {
        self.used
    }

    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    /// Whether a member with Python-level equality was ever added (see `DictHasher`).
    #[inline]
    pub fn python_keys(&self) -> bool {
        self.python_keys
    }

    pub fn mark_python_keys(&mut self) {
        self.python_keys = true;
    }

    /// The items in table order (CPython's iteration order).
    pub fn items(&self) -> impl Iterator<Item = &Value> {
        self.slots.iter().filter_map(|s| match s {
            Slot::Full { key, .. } => Some(key),
            _ => None,
        })
    }

    /// The slot holding `key`, or the slot where it would go (first dummy or empty).
    #[inline]
    fn find(&self, key: &Value, hash: i64) -> (usize, bool) {
        let mask = self.slots.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        let mut free: Option<usize> = None;
        loop {
            // CPython probes `i` and up to LINEAR_PROBES following slots (without wrapping).
            let probes = if i + LINEAR_PROBES <= mask { LINEAR_PROBES } else { 0 };
            for j in i..=i + probes {
                match &self.slots[j] {
                    Slot::Empty => return (free.unwrap_or(j), false),
                    Slot::Dummy => {
                        free.get_or_insert(j);
                    }
                    Slot::Full { hash: h, key: k } => {
                        if *h == hash && same_key(k, key) {
                            return (j, true);
                        }
                    }
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
        }
    }

    /// The members whose hash is `hash` (to compare with a key by Python's `__eq__`).
    pub fn with_hash(&self, hash: i64) -> Vec<Value> {
        let mask = self.slots.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        let mut found = Vec::new();
        loop {
            let probes = if i + LINEAR_PROBES <= mask { LINEAR_PROBES } else { 0 };
            for j in i..=i + probes {
                match &self.slots[j] {
                    Slot::Empty => return found,
                    Slot::Dummy => {}
                    Slot::Full { hash: h, key } => {
                        if *h == hash {
                            found.push(key.clone());
                        }
                    }
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
        }
    }

    /// Add `key`; an unhashable key is a TypeError.
    pub fn insert(&mut self, key: Value) -> Result<(), Value> {
        let hash = hash_value(&key)?;
        self.insert_hashed(key, hash);
        Ok(())
    }

    /// Add `key` if it is hashable; else give it back.
    pub fn insert_or_return(&mut self, key: Value) -> Option<Value> {
        match hash_value(&key) {
            Ok(hash) => {
                self.insert_hashed(key, hash);
                None
            }
            Err(_) => Some(key),
        }
    }

    fn insert_hashed(&mut self, key: Value, hash: i64) {
        let (i, found) = self.find(&key, hash);
        if found {
            return;
        }
        if matches!(self.slots[i], Slot::Empty) {
            self.fill += 1;
        }
        self.slots[i] = Slot::Full { hash, key };
        self.used += 1;
        let mask = self.slots.len() - 1;
        if self.fill * 5 >= mask * 3 {
            self.resize(if self.used > 50_000 { self.used * 2 } else { self.used * 4 });
        }
    }

    pub fn contains(&self, key: &Value) -> Result<bool, Value> {
        let hash = hash_value(key)?;
        Ok(self.find(key, hash).1)
    }

    /// Remove `key`; returns whether it was there.
    pub fn remove(&mut self, key: &Value) -> Result<bool, Value> {
        let hash = hash_value(key)?;
        let (i, found) = self.find(key, hash);
        if found {
            self.slots[i] = Slot::Dummy;
            self.used -= 1;
        }
        Ok(found)
    }

    /// Remove and return an arbitrary item (CPython's `set.pop` order: the next full slot
    /// from a moving finger; here the first full slot, which is what a fresh set gives).
    pub fn pop(&mut self) -> Option<Value> {
        let i = self.slots.iter().position(|s| matches!(s, Slot::Full { .. }))?;
        let Slot::Full { key, .. } = std::mem::replace(&mut self.slots[i], Slot::Dummy) else { return None };
        self.used -= 1;
        Some(key)
    }

    /// Add every item of `other`, as CPython's `set_merge` does (presizing first, which is
    /// why `set(a_set)` or `a | b` can order items differently from adding them one by one).
    pub fn merge(&mut self, other: &SetTable) -> Result<(), Value> {
        if other.used == 0 {
            return Ok(());
        }
        self.python_keys |= other.python_keys;
        let mask = self.slots.len() - 1;
        if (self.fill + other.used) * 5 >= mask * 3 {
            self.resize((self.used + other.used) * 2);
        }
        for slot in &other.slots {
            if let Slot::Full { key, .. } = slot {
                self.insert(key.clone())?;
            }
        }
        Ok(())
    }

    fn resize(&mut self, min_used: usize) {
        let mut size = MIN_SIZE;
        while size <= min_used {
            size <<= 1;
        }
        let old = std::mem::replace(&mut self.slots, empty_slots(size));
        self.used = 0;
        self.fill = 0;
        let mask = size - 1;
        for slot in old {
            if let Slot::Full { hash, key } = slot {
                // Re-inserting into a table without dummies: take the first empty slot.
                let mut perturb = hash as u64;
                let mut i = (hash as u64 as usize) & mask;
                'outer: loop {
                    let probes = if i + LINEAR_PROBES <= mask { LINEAR_PROBES } else { 0 };
                    for j in i..=i + probes {
                        if matches!(self.slots[j], Slot::Empty) {
                            i = j;
                            break 'outer;
                        }
                    }
                    perturb >>= PERTURB_SHIFT;
                    i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
                }
                self.slots[i] = Slot::Full { hash, key };
                self.used += 1;
                self.fill += 1;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    // CPython 3.11: {100, 50, 25, 12, 6, 3} (a constant frozenset merged into a new set).
    #[test]
    fn merging_presizes_like_cpython() {
        let mut frozen = SetTable::default();
        for v in [100, 50, 25, 12, 6, 3] {
            frozen.insert(Value::Int(v)).expect("hashable");
        }
        let mut set = SetTable::default();
        set.merge(&frozen).expect("hashable");
        let items: Vec<i64> = set.items().filter_map(|v| v.as_int().and_then(|i| i.as_i64())).collect();
        assert_eq!(items, vec![50, 3, 100, 6, 25, 12]);
    }

    fn order(values: &[i64]) -> Vec<i64> {
        let mut t = SetTable::default();
        for &v in values {
            t.insert(Value::Int(v)).expect("hashable");
        }
        t.items().filter_map(|v| v.as_int().and_then(|i| i.as_i64())).collect()
    }

    // Expected orders from CPython 3.11: list({...}).
    #[test]
    fn small_int_sets_iterate_in_cpythons_order() {
        assert_eq!(order(&[3, 1, 2]), vec![1, 2, 3]);
        assert_eq!(order(&[10, 8, 9, 100]), vec![8, 9, 10, 100]);
        assert_eq!(order(&[-1, -2, 5]), vec![5, -1, -2]);
        assert_eq!(order(&(0..20).rev().collect::<Vec<_>>()), (0..20).collect::<Vec<_>>());
        assert_eq!(order(&[32, 16, 8, 0]), vec![32, 16, 8, 0]);
        assert_eq!(order(&[100, 50, 25, 12, 6, 3]), vec![3, 100, 6, 12, 50, 25]);
    }
}
