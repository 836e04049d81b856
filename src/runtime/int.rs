//! Python's `int`: arbitrary precision with an inline `i64` fast path.
//!
//! `Int::Small` holds every value that fits in an `i64`; operations try checked `i64`
//! arithmetic first and fall back to `BigInt` only on overflow, and results are normalised
//! back to `Small` whenever they fit (so equal values always have the same representation).
//! Division and modulo floor towards negative infinity, as Python's do.

use std::fmt;
use std::rc::Rc;

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive};

/// CPython 3.11 refuses to convert ints with more digits than this to or from decimal text.
pub const MAX_STR_DIGITS: usize = 4300;

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Int {
    Small(i64),
    Big(Rc<BigInt>),
}

/// Why an int operation did not produce an int (the VM turns these into exceptions).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum IntError {
    /// `ZeroDivisionError` with CPython's message.
    ZeroDivision(&'static str),
    /// `ValueError` with CPython's message.
    Value(String),
    /// `OverflowError` with CPython's message.
    Overflow(&'static str),
    /// The result would not fit in memory: CPython's allocation fails there (`MemoryError`).
    Memory,
}

/// Ordered by value (a derived order would put every `Small` before every `Big`).
impl Ord for Int {
    fn cmp(&self, other: &Int) -> std::cmp::Ordering {
        match (self, other) {
            (Int::Small(a), Int::Small(b)) => a.cmp(b),
            _ => self.to_bigint().cmp(&other.to_bigint()),
        }
    }
}

impl PartialOrd for Int {
    fn partial_cmp(&self, other: &Int) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl From<i64> for Int {
    fn from(n: i64) -> Int {
        Int::Small(n)
    }
}

impl From<BigInt> for Int {
    fn from(n: BigInt) -> Int {
        match n.to_i64() {
            Some(small) => Int::Small(small),
            None => Int::Big(Rc::new(n)),
        }
    }
}

impl Int {
    pub fn to_bigint(&self) -> BigInt {
        match self {
            Int::Small(n) => BigInt::from(*n),
            Int::Big(b) => (**b).clone(),
        }
    }

    pub fn is_zero(&self) -> bool {
        matches!(self, Int::Small(0))
    }

    pub fn is_negative(&self) -> bool {
        match self {
            Int::Small(n) => *n < 0,
            Int::Big(b) => b.is_negative(),
        }
    }

    /// The value as an `i64`, if it fits.
    pub fn as_i64(&self) -> Option<i64> {
        match self {
            Int::Small(n) => Some(*n),
            Int::Big(_) => None,
        }
    }

    /// Apply a checked `i64` operation, or the `BigInt` one when it overflows.
    fn arith(
        &self,
        other: &Int,
        small: fn(i64, i64) -> Option<i64>,
        big: fn(&BigInt, &BigInt) -> BigInt,
    ) -> Int {
        if let (Int::Small(a), Int::Small(b)) = (self, other)
            && let Some(r) = small(*a, *b)
        {
            return Int::Small(r);
        }
        Int::from(big(&self.to_bigint(), &other.to_bigint()))
    }

    pub fn add(&self, other: &Int) -> Int {
        self.arith(other, i64::checked_add, |a, b| a + b)
    }

    pub fn sub(&self, other: &Int) -> Int {
        self.arith(other, i64::checked_sub, |a, b| a - b)
    }

    pub fn mul(&self, other: &Int) -> Int {
        self.arith(other, i64::checked_mul, |a, b| a * b)
    }

    pub fn neg(&self) -> Int {
        match self {
            Int::Small(n) => n.checked_neg().map_or_else(|| Int::from(-BigInt::from(*n)), Int::Small),
            Int::Big(b) => Int::from(-(**b).clone()),
        }
    }

    pub fn abs(&self) -> Int {
        if self.is_negative() { self.neg() } else { self.clone() }
    }

    /// `a // b`, floored.
    pub fn floor_div(&self, other: &Int) -> Result<Int, IntError> {
        if other.is_zero() {
            return Err(IntError::ZeroDivision("integer division or modulo by zero"));
        }
        if let (Int::Small(a), Int::Small(b)) = (self, other)
            && let Some(q) = a.checked_div(*b)
        {
            // Truncated division rounds towards zero; floor it when the signs differ.
            let inexact = a % b != 0;
            return Ok(Int::Small(if inexact && ((*a < 0) != (*b < 0)) { q - 1 } else { q }));
        }
        Ok(Int::from(self.to_bigint().div_floor(&other.to_bigint())))
    }

    /// `a % b`, with the sign of `b`.
    pub fn modulo(&self, other: &Int) -> Result<Int, IntError> {
        if other.is_zero() {
            return Err(IntError::ZeroDivision("integer modulo by zero"));
        }
        if let (Int::Small(a), Int::Small(b)) = (self, other)
            && let Some(r) = a.checked_rem(*b)
        {
            return Ok(Int::Small(if r != 0 && ((r < 0) != (*b < 0)) { r + b } else { r }));
        }
        Ok(Int::from(self.to_bigint().mod_floor(&other.to_bigint())))
    }

    /// `a ** b` for a non-negative exponent (a negative one gives a float in Python: the
    /// caller handles it).
    pub fn pow(&self, exponent: u64) -> Result<Int, IntError> {
        if let Int::Small(base) = self
            && let Ok(e) = u32::try_from(exponent)
            && let Some(r) = base.checked_pow(e)
        {
            return Ok(Int::Small(r));
        }
        if let Int::Small(base @ (-1..=1)) = self {
            // These stay small for any exponent.
            let odd = exponent % 2 == 1;
            return Ok(Int::Small(match base {
                0 if exponent > 0 => 0,
                -1 if odd => -1,
                _ => 1,
            }));
        }
        let base = self.to_bigint();
        let bits = base.bits();
        // (Past 2**36 bits, 8 GB, as for shifts: CPython tries and runs out of memory.)
        if bits > 1 && bits.saturating_mul(exponent) > 1 << 36 {
            return Err(IntError::Memory);
        }
        let e = u32::try_from(exponent).map_err(|_| IntError::Memory)?;
        Ok(Int::from(num_traits::pow(base, e as usize)))
    }

    /// Python's `str(int)`, refusing more than `MAX_STR_DIGITS` digits as CPython 3.11 does.
    pub fn to_decimal(&self) -> Result<String, IntError> {
        let text = match self {
            Int::Small(n) => return Ok(n.to_string()),
            Int::Big(b) => b.to_string(),
        };
        let digits = text.trim_start_matches('-').len();
        if digits > MAX_STR_DIGITS {
            return Err(IntError::Value(format!(
                "Exceeds the limit ({MAX_STR_DIGITS} digits) for integer string conversion; \
                 use sys.set_int_max_str_digits() to increase the limit"
            )));
        }
        Ok(text)
    }

    /// True division `a / b` as a float (correctly rounded for values that fit in f64).
    pub fn true_div(&self, other: &Int) -> Result<f64, IntError> {
        if other.is_zero() {
            return Err(IntError::ZeroDivision("division by zero"));
        }
        match (self, other) {
            (Int::Small(a), Int::Small(b)) if a.unsigned_abs() < 1 << 53 && b.unsigned_abs() < 1 << 53 => {
                Ok(*a as f64 / *b as f64)
            }
            _ => big_true_div(&self.to_bigint(), &other.to_bigint()),
        }
    }

    pub fn bit_and(&self, other: &Int) -> Int {
        self.arith(other, |a, b| Some(a & b), |a, b| a & b)
    }

    pub fn bit_or(&self, other: &Int) -> Int {
        self.arith(other, |a, b| Some(a | b), |a, b| a | b)
    }

    pub fn bit_xor(&self, other: &Int) -> Int {
        self.arith(other, |a, b| Some(a ^ b), |a, b| a ^ b)
    }

    pub fn invert(&self) -> Int {
        self.neg().sub(&Int::Small(1))
    }

    /// `a << n`; a negative count is a ValueError.
    pub fn shl(&self, count: &Int) -> Result<Int, IntError> {
        let n = shift_count(count)?;
        if let Int::Small(a) = self
            && n < 63
            && let Some(r) = a.checked_mul(1i64 << n)
        {
            return Ok(Int::Small(r));
        }
        if self.is_zero() {
            return Ok(Int::Small(0));
        }
        // A result past 2**36 bits (8 GB): CPython's allocation fails sooner or later.
        if n > 1 << 36 {
            return Err(self.huge_shift_error(count));
        }
        Ok(Int::from(self.to_bigint() << n))
    }

    /// CPython's error for `self << count` too large to make: OverflowError "too many digits
    /// in integer" when the result's 30-bit digits would pass what a size counts (the shift
    /// clipped as CPython's `divmod_shift` clips it), else MemoryError (its allocation fails).
    fn huge_shift_error(&self, count: &Int) -> IntError {
        const DIGIT_BITS: u64 = 30;
        const MAX_WORDSHIFT: u64 = i64::MAX as u64 / 4;
        const MAX_LONG_DIGITS: u64 = (i64::MAX as u64 - 24) / 4;
        let count = count.to_bigint();
        let wordshift = (&count / DIGIT_BITS).to_u64().filter(|&w| w < MAX_WORDSHIFT);
        let (wordshift, rem) = match wordshift {
            Some(w) => (w, (&count % DIGIT_BITS).to_u64().unwrap_or(0)),
            None => (MAX_WORDSHIFT, 0),
        };
        let size = self.to_bigint().bits().div_ceil(DIGIT_BITS);
        match size + wordshift + u64::from(rem != 0) > MAX_LONG_DIGITS {
            true => IntError::Overflow("too many digits in integer"),
            false => IntError::Memory,
        }
    }

    /// `a >> n` (floor, like Python); a negative count is a ValueError.
    pub fn shr(&self, count: &Int) -> Result<Int, IntError> {
        let n = shift_count(count)?;
        match self {
            Int::Small(a) => Ok(Int::Small(if n >= 64 { if *a < 0 { -1 } else { 0 } } else { a >> n })),
            Int::Big(b) => Ok(Int::from((**b).clone() >> n)),
        }
    }
}

fn shift_count(count: &Int) -> Result<u64, IntError> {
    if count.is_negative() {
        return Err(IntError::Value("negative shift count".into()));
    }
    Ok(match count {
        Int::Small(n) => *n as u64,
        Int::Big(_) => u64::MAX,
    })
}

impl fmt::Display for Int {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Int::Small(n) => write!(f, "{n}"),
            Int::Big(b) => write!(f, "{b}"),
        }
    }
}

/// `a / b` correctly rounded to a float for ints of any size (CPython's `long_true_divide`):
/// the quotient is computed to 55 or 56 significant bits, with a sticky bit for what was
/// cut off, rounded half to even by hand, then scaled by the power of two taken out.
fn big_true_div(a: &num_bigint::BigInt, b: &num_bigint::BigInt) -> Result<f64, IntError> {
    use num_bigint::Sign;
    const MANT_DIG: i64 = 53;
    const MIN_EXP: i64 = -1021;
    const MAX_EXP: i64 = 1024;
    let negative = (a.sign() == Sign::Minus) != (b.sign() == Sign::Minus);
    let (a, b) = (a.magnitude(), b.magnitude());
    let signed = |x: f64| if negative { -x } else { x };
    if a.bits() == 0 {
        return Ok(signed(0.0));
    }
    let diff = a.bits() as i64 - b.bits() as i64;
    if diff > MAX_EXP {
        return Err(IntError::Overflow("integer division result too large for a float"));
    }
    if diff < MIN_EXP - MANT_DIG - 1 {
        return Ok(signed(0.0));
    }
    let shift = diff.max(MIN_EXP) - MANT_DIG - 2;
    let mut inexact = false;
    let x = if shift <= 0 {
        a << (-shift) as u64
    } else {
        let kept = a >> shift as u64;
        inexact = &kept << shift as u64 != *a;
        kept
    };
    let (q, r) = x.div_rem(b);
    inexact |= r.bits() != 0;
    let x_bits = q.bits() as i64;
    let extra_bits = x_bits.max(MIN_EXP - shift) - MANT_DIG;
    let mask = 1u64 << (extra_bits - 1);
    let mut low = q.to_u64().unwrap_or(u64::MAX) | u64::from(inexact);
    if low & mask != 0 && low & (3 * mask - 1) != 0 {
        low += mask;
    }
    low &= !(2 * mask - 1);
    let dx = low as f64;
    if shift + x_bits >= MAX_EXP && (shift + x_bits > MAX_EXP || dx == 2f64.powi(x_bits as i32)) {
        return Err(IntError::Overflow("integer division result too large for a float"));
    }
    // 2**shift in two halves, each within the float range.
    let half = (shift / 2) as i32;
    Ok(signed(dx * 2f64.powi(half) * 2f64.powi(shift as i32 - half)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn int(n: i64) -> Int {
        Int::Small(n)
    }

    fn big(text: &str) -> Int {
        Int::from(text.parse::<BigInt>().expect("number"))
    }

    // Expected values from CPython 3.11.
    #[test]
    fn floor_division_and_modulo_follow_python() {
        let cases = [(7, 2, 3, 1), (-7, 2, -4, 1), (7, -2, -4, -1), (-7, -2, 3, -1), (6, -3, -2, 0)];
        for (a, b, q, r) in cases {
            assert_eq!(int(a).floor_div(&int(b)), Ok(int(q)), "{a} // {b}");
            assert_eq!(int(a).modulo(&int(b)), Ok(int(r)), "{a} % {b}");
        }
        assert_eq!(int(i64::MIN).floor_div(&int(-1)), Ok(big("9223372036854775808")));
        assert_eq!(int(i64::MIN).modulo(&int(-1)), Ok(int(0)));
        assert!(int(1).floor_div(&int(0)).is_err());
    }

    #[test]
    fn overflow_promotes_and_results_normalise() {
        let max = int(i64::MAX);
        let sum = max.add(&int(1));
        assert_eq!(sum.to_string(), "9223372036854775808");
        assert_eq!(sum.sub(&int(1)), int(i64::MAX));
        assert_eq!(int(2).pow(100).map(|n| n.to_string()), Ok("1267650600228229401496703205376".into()));
        assert_eq!(int(i64::MIN).neg().to_string(), "9223372036854775808");
        assert_eq!(int(-5).invert(), int(4));
    }

    // CPython: sorted([2**70, 3, -2**70]) == [-2**70, 3, 2**70].
    #[test]
    fn big_and_small_ints_order_by_value() {
        let big = int(2).pow(70).expect("fits");
        assert!(big.neg() < int(3));
        assert!(int(3) < big);
        assert!(int(i64::MIN) > big.neg());
    }

    #[test]
    fn shifts_and_text() {
        assert_eq!(int(1).shl(&int(64)).map(|n| n.to_string()), Ok("18446744073709551616".into()));
        assert_eq!(int(-1).shr(&int(100)), Ok(int(-1)));
        assert_eq!(int(-9).shr(&int(1)), Ok(int(-5)));
        assert!(int(1).shl(&int(-1)).is_err());
        assert!(int(10).pow(5000).and_then(|n| n.to_decimal()).is_err());
        assert_eq!(int(1).true_div(&int(3)), Ok(1.0 / 3.0));
    }
}
