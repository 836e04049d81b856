//! The `random` module: CPython 3.11's `random.Random` on the Mersenne Twister (`mt19937.rs`),
//! giving the same numbers for the same seed. Seeding, state, integers and sequences are here;
//! the real-valued distributions are in `random_dist.rs`.
//!
//! `Random` is a built-in type (`Object::Random`), not a Python class: its state is 624 words
//! that every call reads and writes, which a Python instance could only keep as a list of
//! Python ints. The module-level functions are methods bound to one hidden instance, as in
//! CPython (`random.random = _inst.random`). Subclassing `Random` is not supported.

use std::cell::RefCell;
use std::rc::Rc;

use num_bigint::{BigInt, BigUint, Sign};
use num_traits::ToPrimitive;

use super::mt19937::{Mt19937, key_of};
use super::params::Signature;
use crate::runtime::exception::{ExcKind, new_exception, type_error, value_error};
use crate::runtime::function::{BuiltinResult, CallArgs};
use crate::runtime::int::Int;
use crate::runtime::ops;
use crate::runtime::value::{DictMap, Key, Object, Value};
use crate::vm::Vm;

/// The words CPython reads from the OS to seed without a seed.
const ENTROPY_WORDS: usize = 624;

/// One generator: the twister and the spare normal deviate of `gauss`.
#[derive(Debug)]
pub struct RandomState {
    pub mt: Mt19937,
    pub gauss_next: Option<f64>,
}

impl RandomState {
    pub fn random(&mut self) -> f64 {
        self.mt.next_f64()
    }

    /// A uniform int in `[0, n)` for `n > 0`, by rejection on `n.bit_length()` random bits
    /// (CPython's `_randbelow_with_getrandbits`).
    pub fn below(&mut self, n: &Int) -> Int {
        match n {
            Int::Small(n) => {
                let n = *n as u64;
                let k = 64 - n.leading_zeros();
                loop {
                    let r = self.mt.bits_u64(k);
                    if r < n {
                        return Int::Small(r as i64);
                    }
                }
            }
            Int::Big(n) => {
                let k = n.bits();
                loop {
                    let r = BigInt::from(self.mt.bits(k));
                    if &r < n.as_ref() {
                        return Int::from(r);
                    }
                }
            }
        }
    }

    pub fn below_usize(&mut self, n: usize) -> usize {
        self.below(&Int::Small(n as i64)).as_i64().unwrap_or(0) as usize
    }
}

/// The methods of `Random` objects besides the distributions (`random_dist::NAMES`).
const METHODS: &[&str] = &[
    "seed",
    "random",
    "getrandbits",
    "randbytes",
    "randrange",
    "randint",
    "choice",
    "choices",
    "shuffle",
    "sample",
    "getstate",
    "setstate",
];

fn sig(name: &'static str, positional: &'static [&'static str], required: usize) -> Signature {
    Signature { name, positional, required, keyword_only: &[] }
}

/// A new generator seeded from `seed` (`Random(x)`, `seed(x)`).
fn seeded(vm: &mut Vm, seed: &Value, version: i64) -> Result<RandomState, Value> {
    let key = match seed {
        Value::None => vm.host.entropy(ENTROPY_WORDS),
        Value::Float(_) => {
            // CPython seeds from `(size_t)hash(x)` for anything not an int.
            key_of(&BigUint::from(ops::hash_value(seed)? as u64))
        }
        _ => match (seed.as_int(), seed.object()) {
            (Some(n), _) => key_of(n.to_bigint().magnitude()),
            (None, Some(Object::Str(_) | Object::Bytes(_))) if version == 1 => {
                key_of(&BigUint::from(version_one_seed(seed)))
            }
            (None, Some(Object::Str(text))) => key_of(&sha512_seed(text.as_bytes())),
            (None, Some(Object::Bytes(bytes))) => key_of(&sha512_seed(bytes)),
            _ => {
                return Err(type_error(
                    "The only supported seed types are: None,\nint, float, str, bytes, and bytearray.",
                ));
            }
        },
    };
    Ok(RandomState { mt: Mt19937::from_key(&key), gauss_next: None })
}

/// Version 2 seeding of a str or bytes: `int.from_bytes(a + sha512(a).digest())`.
fn sha512_seed(bytes: &[u8]) -> BigUint {
    let mut all = bytes.to_vec();
    all.extend_from_slice(&super::hashlib::sha512_digest(bytes));
    BigUint::from_bytes_be(&all)
}

/// Version 1 seeding of a str or bytes (Python 2's string hash).
fn version_one_seed(seed: &Value) -> u64 {
    let codes: Vec<u64> = match seed.object() {
        Some(Object::Str(s)) => s.chars().map(|c| u64::from(u32::from(c))).collect(),
        Some(Object::Bytes(b)) => b.iter().map(|&c| u64::from(c)).collect(),
        _ => Vec::new(),
    };
    let mut x = codes.first().map_or(0, |&c| c << 7);
    for &c in &codes {
        x = 1_000_003u64.wrapping_mul(x) ^ c;
    }
    x ^ codes.len() as u64
}

/// `random.Random(x=None)`.
pub fn construct(vm: &mut Vm, args: CallArgs) -> BuiltinResult {
    let bound = sig("Random.__init__", &["x"], 0).bind(args)?;
    let state = seeded(vm, bound[0].as_ref().unwrap_or(&Value::None), 2)?;
    Ok(Value::obj(Object::Random(Box::new(RefCell::new(state)))))
}

/// Call the method `name` of a `Random` object.
pub fn call_method(vm: &mut Vm, state: &RefCell<RandomState>, name: &str, args: CallArgs) -> BuiltinResult {
    if super::random_dist::NAMES.contains(&name) {
        return super::random_dist::call(state, name, args);
    }
    match name {
        "seed" => {
            let bound = sig("Random.seed", &["a", "version"], 0).bind(args)?;
            let version = bound[1].as_ref().and_then(|v| v.as_int()).and_then(|v| v.as_i64()).unwrap_or(2);
            let fresh = seeded(vm, bound[0].as_ref().unwrap_or(&Value::None), version)?;
            *state.borrow_mut() = fresh;
            Ok(Value::None)
        }
        "random" => {
            no_arguments("Random.random", &args)?;
            Ok(Value::raw_float(state.borrow_mut().random()))
        }
        "getrandbits" => {
            let k = one_argument("Random.getrandbits", &args)?;
            getrandbits(state, &k)
        }
        "randbytes" => {
            let bound = sig("Random.randbytes", &["n"], 1).bind(args)?;
            let n = index(bound[0].as_ref().unwrap_or(&Value::None))?;
            let bits = getrandbits(state, &Value::from_int(n.mul(&Int::Small(8))))?;
            let count = n.as_i64().unwrap_or(0) as usize;
            let mut bytes = bits.as_int().map(|b| b.to_bigint().to_bytes_le().1).unwrap_or_default();
            bytes.resize(count, 0);
            Ok(Value::obj(Object::Bytes(bytes)))
        }
        "randrange" => {
            let bound = sig("Random.randrange", &["start", "stop", "step"], 1).bind(args)?;
            randrange(state, &bound)
        }
        "randint" => {
            let bound = sig("Random.randint", &["a", "b"], 2).bind(args)?;
            let b = index(bound[1].as_ref().unwrap_or(&Value::None))?.add(&Int::Small(1));
            randrange(state, &[bound[0].clone(), Some(Value::from_int(b)), None])
        }
        "choice" => {
            let bound = sig("Random.choice", &["seq"], 1).bind(args)?;
            super::random_seq::choice(vm, state, bound[0].as_ref().unwrap_or(&Value::None))
        }
        "shuffle" => {
            let bound = sig("Random.shuffle", &["x"], 1).bind(args)?;
            super::random_seq::shuffle(vm, state, bound[0].as_ref().unwrap_or(&Value::None))
        }
        "sample" => {
            let signature = Signature {
                name: "Random.sample",
                positional: &["population", "k"],
                required: 2,
                keyword_only: &["counts"],
            };
            let bound = signature.bind(args)?;
            let population = bound[0].clone().unwrap_or(Value::None);
            super::random_seq::sample(
                vm,
                state,
                &population,
                bound[1].as_ref().unwrap_or(&Value::None),
                bound[2].as_ref(),
            )
        }
        "choices" => {
            let signature = Signature {
                name: "Random.choices",
                positional: &["population", "weights"],
                required: 1,
                keyword_only: &["cum_weights", "k"],
            };
            let bound = signature.bind(args)?;
            super::random_seq::choices(vm, state, &bound)
        }
        "getstate" => {
            no_arguments("Random.getstate", &args)?;
            Ok(getstate(&state.borrow()))
        }
        "setstate" => {
            let bound = sig("Random.setstate", &["state"], 1).bind(args)?;
            let fresh = setstate(vm, bound[0].as_ref().unwrap_or(&Value::None))?;
            *state.borrow_mut() = fresh;
            Ok(Value::None)
        }
        _ => {
            Err(new_exception(ExcKind::AttributeError, &format!("'Random' object has no attribute '{name}'")))
        }
    }
}

fn no_arguments(name: &str, args: &CallArgs) -> Result<(), Value> {
    if !args.keywords.is_empty() {
        return Err(type_error(format!("{name}() takes no keyword arguments")));
    }
    match args.positional.len() {
        0 => Ok(()),
        n => Err(type_error(format!("{name}() takes no arguments ({n} given)"))),
    }
}

fn one_argument(name: &str, args: &CallArgs) -> Result<Value, Value> {
    if !args.keywords.is_empty() {
        return Err(type_error(format!("{name}() takes no keyword arguments")));
    }
    match args.positional.as_slice() {
        [one] => Ok(one.clone()),
        other => Err(type_error(format!("{name}() takes exactly one argument ({} given)", other.len()))),
    }
}

/// An int argument (`operator.index`).
fn index(v: &Value) -> Result<Int, Value> {
    v.as_int()
        .ok_or_else(|| type_error(format!("'{}' object cannot be interpreted as an integer", v.type_name())))
}

fn getrandbits(state: &RefCell<RandomState>, k: &Value) -> BuiltinResult {
    let k = index(k)?;
    if k.is_negative() {
        return Err(value_error("number of bits must be non-negative"));
    }
    let k = k
        .as_i64()
        .filter(|&k| k <= 1 << 40)
        .ok_or_else(|| new_exception(ExcKind::OverflowError, "Python int too large to convert to C int"))?;
    let bits = state.borrow_mut().mt.bits(k as u64);
    Ok(Value::from_int(Int::from(BigInt::from(bits))))
}

/// `randrange(start, stop=None, step=1)`: arguments already bound.
fn randrange(state: &RefCell<RandomState>, bound: &[Option<Value>]) -> BuiltinResult {
    let start = range_argument(bound[0].as_ref().unwrap_or(&Value::None), "arg 1")?;
    let below = |n: &Int| state.borrow_mut().below(n);
    let stop = match bound[1].as_ref().filter(|v| !matches!(v, Value::None)) {
        Some(stop) => range_argument(stop, "stop")?,
        None => {
            if bound[2].is_some() {
                return Err(type_error("Missing a non-None stop argument"));
            }
            if start.is_negative() || start.is_zero() {
                return Err(value_error("empty range for randrange()"));
            }
            return Ok(Value::from_int(below(&start)));
        }
    };
    let width = stop.sub(&start);
    let step = match &bound[2] {
        Some(step) => range_argument(step, "step")?,
        None => Int::Small(1),
    };
    if step == Int::Small(1) {
        if width.is_negative() || width.is_zero() {
            return Err(value_error(format!("empty range for randrange() ({start}, {stop}, {width})")));
        }
        return Ok(Value::from_int(start.add(&below(&width))));
    }
    let n = match step.is_negative() {
        _ if step.is_zero() => return Err(value_error("zero step for randrange()")),
        false => width.add(&step).sub(&Int::Small(1)).floor_div(&step),
        true => width.add(&step).add(&Int::Small(1)).floor_div(&step),
    }
    .map_err(|_| value_error("zero step for randrange()"))?;
    if n.is_negative() || n.is_zero() {
        return Err(value_error("empty range for randrange()"));
    }
    Ok(Value::from_int(start.add(&step.mul(&below(&n)))))
}

/// An int argument of `randrange`. As in CPython 3.11, anything else goes through `int()`,
/// and only an integral float survives (CPython also prints a DeprecationWarning for it,
/// which pyglass does not).
fn range_argument(v: &Value, which: &str) -> Result<Int, Value> {
    if let Some(n) = v.as_int() {
        return Ok(n);
    }
    let converted = super::construct_int(v)?;
    match v {
        Value::Float(x) if x.get().fract() == 0.0 => index(&converted),
        _ => Err(value_error(format!("non-integer {which} for randrange()"))),
    }
}

/// `(3, (624 words..., index), gauss_next)`, as CPython's `getstate()`.
fn getstate(state: &RandomState) -> Value {
    let (words, position) = state.mt.state();
    let mut internal: Vec<Value> = words.into_iter().map(|w| Value::Int(i64::from(w))).collect();
    internal.push(Value::Int(position as i64));
    let gauss = state.gauss_next.map_or(Value::None, Value::raw_float);
    Value::tuple(vec![Value::Int(3), Value::tuple(internal), gauss])
}

fn setstate(vm: &mut Vm, state: &Value) -> Result<RandomState, Value> {
    let version = vm.get_item(state, &Value::Int(0))?;
    let version_number = version.as_int().and_then(|v| v.as_i64());
    if !matches!(version_number, Some(2 | 3)) {
        return Err(value_error(format!(
            "state with version {} passed to Random.setstate() of version 3",
            vm.to_str(&version)?
        )));
    }
    let parts = vm.collect(state)?;
    let [_, internal, gauss] = parts.as_slice() else {
        let n = parts.len();
        return Err(value_error(if n > 3 {
            "too many values to unpack (expected 3)".to_string()
        } else {
            format!("not enough values to unpack (expected 3, got {n})")
        }));
    };
    let Some(Object::Tuple(items)) = internal.object() else {
        return Err(type_error("state vector must be a tuple"));
    };
    let mut numbers = Vec::with_capacity(items.len());
    for item in items.iter() {
        let n = index(item)?.to_bigint();
        // Version 2 states were saved as signed C longs: reduce them modulo 2**32.
        let n = if version_number == Some(2) { n.mod_floor_u32() } else { n };
        if n.sign() == Sign::Minus {
            return Err(new_exception(ExcKind::OverflowError, "can't convert negative int to unsigned"));
        }
        numbers.push(n);
    }
    let Some((position, words)) = numbers.split_last().filter(|(_, words)| words.len() == 624) else {
        return Err(value_error("state vector is the wrong size"));
    };
    let words: Vec<u32> = words.iter().map(|w| (w & BigInt::from(u32::MAX)).to_u32().unwrap_or(0)).collect();
    let position = position.to_usize().unwrap_or(usize::MAX);
    let mt = Mt19937::from_state(&words, position).ok_or_else(|| value_error("invalid state"))?;
    let gauss_next = match gauss {
        Value::None => None,
        other => Some(super::math::real(other)?),
    };
    Ok(RandomState { mt, gauss_next })
}

/// `x mod 2**32` for a signed int.
trait ModU32 {
    fn mod_floor_u32(&self) -> BigInt;
}

impl ModU32 for BigInt {
    fn mod_floor_u32(&self) -> BigInt {
        num_integer::Integer::mod_floor(self, &BigInt::from(1u64 << 32))
    }
}

/// The module object: a hidden generator seeded from the host's entropy, its bound methods
/// as the module's functions, and the `Random` type.
pub fn module(vm: &mut Vm) -> Value {
    let state = RandomState { mt: Mt19937::from_key(&vm.host.entropy(ENTROPY_WORDS)), gauss_next: None };
    let instance = Value::obj(Object::Random(Box::new(RefCell::new(state))));
    let mut dict = DictMap::default();
    let mut set = |name: &str, value: Value| {
        dict.insert(Key(Value::str(name)), value);
    };
    set("__name__", Value::str("random"));
    set("__doc__", Value::str("Random variable generators."));
    set("Random", Value::obj(Object::Type("Random")));
    set("NV_MAGICCONST", Value::raw_float(4.0 * (-0.5f64).exp() / 2.0f64.sqrt()));
    set("TWOPI", Value::raw_float(std::f64::consts::TAU));
    set("LOG4", Value::raw_float(4.0f64.ln()));
    set("SG_MAGICCONST", Value::raw_float(1.0 + 4.5f64.ln()));
    set("BPF", Value::Int(53));
    set("RECIP_BPF", Value::raw_float(2.0f64.powi(-53)));
    for &name in METHODS.iter().chain(super::random_dist::NAMES) {
        set(name, Value::obj(Object::BoundMethod { receiver: instance.clone(), name: name.into() }));
    }
    set("_inst", instance);
    Value::obj(Object::Module { name: "random".into(), dict: Rc::new(RefCell::new(dict)) })
}

/// Whether `name` is a method of `Random` objects.
pub fn is_method(name: &str) -> bool {
    METHODS.contains(&name) || super::random_dist::NAMES.contains(&name)
}
