//! The `hashlib` module: MD5, SHA-1, SHA-2, SHA-3, SHAKE and BLAKE2 hash objects on the
//! RustCrypto crates (`md-5`, `sha1`, `sha2`, `sha3`, `blake2`), with CPython 3.11's names,
//! sizes, reprs and messages, and `pbkdf2_hmac`. The hash objects are the built-in type
//! `Object::Hash`; `hmac` (Python, in `stdlib/hmac.py`) builds on them.
//!
//! Not here: BLAKE2's `digest_size`, `key`, `salt` and `person` parameters (the crate fixes
//! the output size at compile time), `file_digest`, and OpenSSL's extra algorithms.

use std::cell::RefCell;
use std::rc::Rc;

use blake2::{Blake2b512, Blake2s256};
use md5::Md5;
use sha1::Sha1;
use sha2::{Digest, Sha224, Sha256, Sha384, Sha512};
use sha3::digest::{ExtendableOutput, Update};
use sha3::{Sha3_224, Sha3_256, Sha3_384, Sha3_512};
use shake::{Shake128, Shake256};

use crate::runtime::exception::{ExcKind, new_exception, type_error, value_error};
use crate::runtime::function::{Builtin, BuiltinFn, BuiltinResult, CallArgs};
use crate::runtime::set::SetTable;
use crate::runtime::value::{DictMap, Key, Object, Value};
use crate::vm::Vm;

/// The running state of one hash.
#[derive(Clone)]
enum State {
    Md5(Md5),
    Sha1(Sha1),
    Sha224(Sha224),
    Sha256(Sha256),
    Sha384(Sha384),
    Sha512(Sha512),
    Sha3_224(Sha3_224),
    Sha3_256(Sha3_256),
    Sha3_384(Sha3_384),
    Sha3_512(Sha3_512),
    Blake2b(Blake2b512),
    Blake2s(Blake2s256),
    Shake128(Shake128),
    Shake256(Shake256),
}

/// Runs `$body` with `$h` bound to the hasher of any fixed-size state (not SHAKE, whose
/// `$shake` arm gets it instead).
macro_rules! dispatch {
    ($state:expr, $h:ident => $body:expr, $shake:ident => $xof:expr) => {
        match $state {
            State::Md5($h) => $body,
            State::Sha1($h) => $body,
            State::Sha224($h) => $body,
            State::Sha256($h) => $body,
            State::Sha384($h) => $body,
            State::Sha512($h) => $body,
            State::Sha3_224($h) => $body,
            State::Sha3_256($h) => $body,
            State::Sha3_384($h) => $body,
            State::Sha3_512($h) => $body,
            State::Blake2b($h) => $body,
            State::Blake2s($h) => $body,
            State::Shake128($shake) => $xof,
            State::Shake256($shake) => $xof,
        }
    };
}

impl State {
    fn update(&mut self, data: &[u8]) {
        dispatch!(self, h => Digest::update(h, data), h => Update::update(h, data))
    }

    /// The digest of what was fed so far (`length` bytes for SHAKE), leaving the state as is.
    fn digest(&self, length: usize) -> Vec<u8> {
        dispatch!(self, h => h.clone().finalize().to_vec(), h => {
            let mut out = vec![0; length];
            h.clone().finalize_xof_into(&mut out);
            out
        })
    }
}

/// One algorithm: its name, sizes, the constructor's name and a fresh state.
pub struct Algorithm {
    pub name: &'static str,
    /// 0 for the SHAKE functions, whose length each digest call gives.
    pub digest_size: usize,
    pub block_size: usize,
    constructor: &'static str,
    fresh: fn() -> State,
}

impl Algorithm {
    fn is_blake2(&self) -> bool {
        self.name.starts_with("blake2")
    }

    fn is_xof(&self) -> bool {
        self.digest_size == 0
    }

    /// The type's name as error messages show it.
    pub fn type_name(&self) -> &'static str {
        match self.name {
            "blake2b" => "_blake2.blake2b",
            "blake2s" => "_blake2.blake2s",
            _ if self.is_xof() => "_hashlib.HASHXOF",
            _ => "_hashlib.HASH",
        }
    }

    /// CPython's repr, given the object's address.
    pub fn repr(&self, address: usize) -> String {
        if self.is_blake2() {
            format!("<{} object at {address:#x}>", self.type_name())
        } else {
            format!("<{} {} object @ {address:#x}>", self.name, self.type_name())
        }
    }
}

/// The algorithms, in `algorithms_guaranteed` (and constructor) order.
const ALGORITHMS: &[Algorithm] = &[
    Algorithm {
        name: "md5",
        digest_size: 16,
        block_size: 64,
        constructor: "openssl_md5",
        fresh: || State::Md5(Md5::new()),
    },
    Algorithm {
        name: "sha1",
        digest_size: 20,
        block_size: 64,
        constructor: "openssl_sha1",
        fresh: || State::Sha1(Sha1::new()),
    },
    Algorithm {
        name: "sha224",
        digest_size: 28,
        block_size: 64,
        constructor: "openssl_sha224",
        fresh: || State::Sha224(Sha224::new()),
    },
    Algorithm {
        name: "sha256",
        digest_size: 32,
        block_size: 64,
        constructor: "openssl_sha256",
        fresh: || State::Sha256(Sha256::new()),
    },
    Algorithm {
        name: "sha384",
        digest_size: 48,
        block_size: 128,
        constructor: "openssl_sha384",
        fresh: || State::Sha384(Sha384::new()),
    },
    Algorithm {
        name: "sha512",
        digest_size: 64,
        block_size: 128,
        constructor: "openssl_sha512",
        fresh: || State::Sha512(Sha512::new()),
    },
    Algorithm {
        name: "sha3_224",
        digest_size: 28,
        block_size: 144,
        constructor: "openssl_sha3_224",
        fresh: || State::Sha3_224(Sha3_224::new()),
    },
    Algorithm {
        name: "sha3_256",
        digest_size: 32,
        block_size: 136,
        constructor: "openssl_sha3_256",
        fresh: || State::Sha3_256(Sha3_256::new()),
    },
    Algorithm {
        name: "sha3_384",
        digest_size: 48,
        block_size: 104,
        constructor: "openssl_sha3_384",
        fresh: || State::Sha3_384(Sha3_384::new()),
    },
    Algorithm {
        name: "sha3_512",
        digest_size: 64,
        block_size: 72,
        constructor: "openssl_sha3_512",
        fresh: || State::Sha3_512(Sha3_512::new()),
    },
    Algorithm {
        name: "shake_128",
        digest_size: 0,
        block_size: 168,
        constructor: "openssl_shake_128",
        fresh: || State::Shake128(Shake128::default()),
    },
    Algorithm {
        name: "shake_256",
        digest_size: 0,
        block_size: 136,
        constructor: "openssl_shake_256",
        fresh: || State::Shake256(Shake256::default()),
    },
    Algorithm {
        name: "blake2b",
        digest_size: 64,
        block_size: 128,
        constructor: "blake2b",
        fresh: || State::Blake2b(Blake2b512::new()),
    },
    Algorithm {
        name: "blake2s",
        digest_size: 32,
        block_size: 64,
        constructor: "blake2s",
        fresh: || State::Blake2s(Blake2s256::new()),
    },
];

/// A hash object (`Object::Hash`): its algorithm and running state.
#[derive(Clone)]
pub struct Hash {
    pub algorithm: &'static Algorithm,
    state: RefCell<State>,
}

impl std::fmt::Debug for Hash {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "<{} hash>", self.algorithm.name)
    }
}

impl Hash {
    fn new(algorithm: &'static Algorithm) -> Hash {
        Hash { algorithm, state: RefCell::new((algorithm.fresh)()) }
    }
}

/// The algorithm named `name`: exactly, or as OpenSSL, in any case (`hashlib.new("SHA256")`).
fn algorithm(name: &str) -> Option<&'static Algorithm> {
    let lower = name.to_ascii_lowercase();
    let openssl_name = |a: &&Algorithm| !a.is_blake2() && a.name == lower;
    ALGORITHMS.iter().find(|a| a.name == name).or_else(|| ALGORITHMS.iter().find(openssl_name))
}

/// Feeds `state` the bytes of `data` (read in place), with CPython's messages for a str and
/// for other objects without a buffer.
fn feed(vm: &mut Vm, state: &RefCell<State>, data: &Value) -> Result<(), Value> {
    if let Some(Object::MemoryView(view)) = data.object() {
        view.check()?;
        vm.sync_view(data)?;
    }
    data.with_bytes(|bytes| state.borrow_mut().update(bytes)).ok_or_else(|| {
        type_error(if data.as_str().is_some() {
            "Strings must be encoded before hashing"
        } else {
            "object supporting the buffer API required"
        })
    })
}

/// A new hash object of `algorithm` fed `data` (if given).
fn new_hash(vm: &mut Vm, algorithm: &'static Algorithm, data: Option<&Value>) -> BuiltinResult {
    let hash = Hash::new(algorithm);
    if let Some(data) = data {
        feed(vm, &hash.state, data)?;
    }
    Ok(Value::obj(Object::Hash(Box::new(hash))))
}

/// The arguments of a constructor, `name(string=b'', *, usedforsecurity=True)` (BLAKE2's
/// first parameter is positional-only): the data, if given.
fn constructor_data(algorithm: &Algorithm, args: CallArgs) -> Result<Option<Value>, Value> {
    let name = algorithm.constructor;
    let data_name = if algorithm.is_blake2() { "" } else { "string" };
    if args.positional.len() > 1 {
        let n = args.positional.len();
        return Err(type_error(format!("{name}() takes at most 1 positional argument ({n} given)")));
    }
    let mut data = args.positional.into_iter().next();
    for (key, value) in args.keywords {
        if key == data_name && data.is_none() {
            data = Some(value);
        } else if key == data_name {
            return Err(type_error(format!(
                "argument for {name}() given by name ('{key}') and position (1)"
            )));
        } else if key != "usedforsecurity" {
            return Err(type_error(format!("'{key}' is an invalid keyword argument for {name}()")));
        }
    }
    Ok(data)
}

macro_rules! constructors {
    ($($func:ident = $index:expr;)*) => {
        $(fn $func(vm: &mut Vm, args: CallArgs) -> BuiltinResult {
            let algorithm = &ALGORITHMS[$index];
            let data = constructor_data(algorithm, args)?;
            new_hash(vm, algorithm, data.as_ref())
        })*
        const CONSTRUCTORS: &[BuiltinFn] = &[$($func),*];
    };
}

constructors! {
    md5 = 0; sha1 = 1; sha224 = 2; sha256 = 3; sha384 = 4; sha512 = 5;
    sha3_224 = 6; sha3_256 = 7; sha3_384 = 8; sha3_512 = 9; shake_128 = 10; shake_256 = 11;
    blake2b = 12; blake2s = 13;
}

/// `hashlib.new(name, data=b'', **kwargs)`.
fn new(vm: &mut Vm, args: CallArgs) -> BuiltinResult {
    let given = args.positional.len();
    if given > 2 {
        return Err(type_error(format!(
            "__hash_new() takes from 1 to 2 positional arguments but {given} were given"
        )));
    }
    let mut positional = args.positional.into_iter();
    let (mut name, mut data) = (positional.next(), positional.next());
    for (key, value) in args.keywords {
        match key.as_str() {
            "name" if name.is_none() => name = Some(value),
            "data" if data.is_none() => data = Some(value),
            "data" | "name" => {
                return Err(type_error(format!("__hash_new() got multiple values for argument '{key}'")));
            }
            // `hashlib.new` always passes its data on by position.
            "string" => {
                return Err(type_error("argument for new() given by name ('string') and position (2)"));
            }
            "usedforsecurity" => {}
            _ => return Err(type_error(format!("'{key}' is an invalid keyword argument for new()"))),
        }
    }
    let Some(name) = name else {
        return Err(type_error("__hash_new() missing 1 required positional argument: 'name'"));
    };
    let Some(text) = name.as_str() else {
        return Err(type_error("name must be a string"));
    };
    let algorithm = algorithm(text).ok_or_else(|| value_error(format!("unsupported hash type {text}")))?;
    new_hash(vm, algorithm, data.as_ref())
}

/// `pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None)` (RFC 8018, PBKDF2 with
/// HMAC over the named hash).
fn pbkdf2_hmac(_: &mut Vm, args: CallArgs) -> BuiltinResult {
    let bound = bind("pbkdf2_hmac", &["hash_name", "password", "salt", "iterations", "dklen"], 4, args)?;
    let [Some(hash_name), Some(password), Some(salt), Some(iterations), dklen] = &bound[..] else {
        return Err(type_error("pbkdf2_hmac() missing required argument"));
    };
    let Some(hash_name) = hash_name.as_str() else {
        let name = super::params::argument_type_name(hash_name);
        return Err(type_error(format!("pbkdf2_hmac() argument 'hash_name' must be str, not {name}")));
    };
    let buffer = |value: &Value| {
        value.bytes_like().ok_or_else(|| {
            type_error(format!("a bytes-like object is required, not '{}'", value.type_name()))
        })
    };
    let (password, salt) = (buffer(password)?, buffer(salt)?);
    let iterations = positive(iterations, "iteration value")?;
    let algorithm = algorithm(hash_name)
        .filter(|a| !a.is_xof())
        .ok_or_else(|| new_exception(ExcKind::ValueError, "[digital envelope routines] unsupported"))?;
    let length = match dklen {
        None | Some(Value::None) => algorithm.digest_size,
        Some(n) => positive(n, "key length")?,
    };
    Ok(Value::obj(Object::Bytes(pbkdf2(algorithm, &password, &salt, iterations, length))))
}

/// The arguments of a C function taking `params` (the first `required` of them required),
/// positional or by keyword, with Argument Clinic's messages; `None` where not given.
fn bind(name: &str, params: &[&str], required: usize, args: CallArgs) -> Result<Vec<Option<Value>>, Value> {
    let given = args.positional.len();
    if given > params.len() {
        let n = params.len();
        return Err(type_error(format!("{name}() takes at most {n} arguments ({given} given)")));
    }
    let mut bound: Vec<Option<Value>> = args.positional.into_iter().map(Some).collect();
    bound.resize(params.len(), None);
    for (key, value) in args.keywords {
        match params.iter().position(|p| *p == key) {
            Some(i) if bound[i].is_some() => {
                let pos = i + 1;
                return Err(type_error(format!(
                    "argument for {name}() given by name ('{key}') and position ({pos})"
                )));
            }
            Some(i) => bound[i] = Some(value),
            None => return Err(type_error(format!("'{key}' is an invalid keyword argument for {name}()"))),
        }
    }
    if let Some(i) = (0..required).find(|&i| bound[i].is_none()) {
        let (param, pos) = (params[i], i + 1);
        return Err(type_error(format!("{name}() missing required argument '{param}' (pos {pos})")));
    }
    Ok(bound)
}

/// An int argument that must be at least 1 (`what must be greater than 0.` otherwise).
fn positive(value: &Value, what: &str) -> Result<usize, Value> {
    let Some(n) = value.as_int() else {
        let name = value.type_name();
        return Err(type_error(format!("'{name}' object cannot be interpreted as an integer")));
    };
    match n.as_i64() {
        Some(n) if n >= 1 => {
            usize::try_from(n).map_err(|_| new_exception(ExcKind::OverflowError, "too large"))
        }
        Some(_) => Err(value_error(format!("{what} must be greater than 0."))),
        None if n.is_negative() => Err(value_error(format!("{what} must be greater than 0."))),
        None => Err(new_exception(ExcKind::OverflowError, &format!("{what} is too great."))),
    }
}

/// HMAC's inner and outer states for `key` (RFC 2104), to be cloned for each message.
fn hmac_states(algorithm: &'static Algorithm, key: &[u8]) -> (State, State) {
    let mut block = if key.len() > algorithm.block_size {
        let mut h = (algorithm.fresh)();
        h.update(key);
        h.digest(algorithm.digest_size)
    } else {
        key.to_vec()
    };
    block.resize(algorithm.block_size, 0);
    let (mut inner, mut outer) = ((algorithm.fresh)(), (algorithm.fresh)());
    inner.update(&block.iter().map(|b| b ^ 0x36).collect::<Vec<u8>>());
    outer.update(&block.iter().map(|b| b ^ 0x5c).collect::<Vec<u8>>());
    (inner, outer)
}

fn pbkdf2(
    algorithm: &'static Algorithm,
    password: &[u8],
    salt: &[u8],
    iterations: usize,
    length: usize,
) -> Vec<u8> {
    let (inner, outer) = hmac_states(algorithm, password);
    let size = algorithm.digest_size;
    let prf = |message: &[u8]| {
        let mut h = inner.clone();
        h.update(message);
        let mut o = outer.clone();
        o.update(&h.digest(size));
        o.digest(size)
    };
    let mut out = Vec::with_capacity(length);
    let mut block_index: u32 = 1;
    while out.len() < length {
        let mut first = salt.to_vec();
        first.extend_from_slice(&block_index.to_be_bytes());
        let mut u = prf(&first);
        let mut t = u.clone();
        for _ in 1..iterations {
            u = prf(&u);
            t.iter_mut().zip(&u).for_each(|(a, b)| *a ^= b);
        }
        out.extend_from_slice(&t[..size.min(length - out.len())]);
        block_index += 1;
    }
    out
}

/// The methods of hash objects.
pub const METHODS: &[&str] = &["update", "digest", "hexdigest", "copy"];

/// `h.name`, `h.digest_size`, `h.block_size`.
pub fn attribute(hash: &Hash, name: &str) -> Option<Value> {
    let algorithm = hash.algorithm;
    match name {
        "name" => Some(Value::str(algorithm.name)),
        "digest_size" => Some(Value::Int(algorithm.digest_size as i64)),
        "block_size" => Some(Value::Int(algorithm.block_size as i64)),
        _ => None,
    }
}

/// Calls a method of a hash object.
pub fn call_method(vm: &mut Vm, hash: &Hash, name: &str, args: CallArgs) -> BuiltinResult {
    let algorithm = hash.algorithm;
    let type_name = algorithm.type_name().rsplit('.').next().unwrap_or_default();
    let given = args.positional.len();
    // Only SHAKE's `digest(length)` and `hexdigest(length)` take a keyword.
    let takes_keywords = algorithm.is_xof() && matches!(name, "digest" | "hexdigest");
    if !takes_keywords && !args.keywords.is_empty() {
        return Err(type_error(format!("{type_name}.{name}() takes no keyword arguments")));
    }
    match name {
        "update" => {
            if given != 1 {
                return Err(type_error(format!(
                    "{type_name}.update() takes exactly one argument ({given} given)"
                )));
            }
            feed(vm, &hash.state, &args.positional[0])?;
            Ok(Value::None)
        }
        "digest" | "hexdigest" => {
            let length = if algorithm.is_xof() {
                xof_length(name, args)?
            } else if given != 0 {
                return Err(type_error(format!("{type_name}.{name}() takes no arguments ({given} given)")));
            } else {
                algorithm.digest_size
            };
            let digest = hash.state.borrow().digest(length);
            Ok(if name == "digest" {
                Value::obj(Object::Bytes(digest))
            } else {
                Value::str(digest.iter().map(|b| format!("{b:02x}")).collect::<String>())
            })
        }
        "copy" => {
            if given != 0 {
                return Err(type_error(format!("{type_name}.copy() takes no arguments ({given} given)")));
            }
            Ok(Value::obj(Object::Hash(Box::new(hash.clone()))))
        }
        _ => Err(new_exception(
            ExcKind::AttributeError,
            &format!("'{}' object has no attribute '{name}'", algorithm.type_name()),
        )),
    }
}

/// The `length` argument of a SHAKE object's `digest`/`hexdigest`.
fn xof_length(name: &str, args: CallArgs) -> Result<usize, Value> {
    let bound = bind(name, &["length"], 1, args)?;
    let length = bound[0].as_ref().and_then(Value::as_int).and_then(|n| n.as_i64());
    match length {
        Some(n) if n >= 0 => Ok(n as usize),
        Some(_) => {
            Err(new_exception(ExcKind::SystemError, "Negative size passed to PyBytes_FromStringAndSize"))
        }
        None => Err(type_error("'length' must be an integer")),
    }
}

/// SHA-512 of `data` (for `random.seed` of a str or bytes).
pub fn sha512_digest(data: &[u8]) -> Vec<u8> {
    Sha512::digest(data).to_vec()
}

/// The module object.
pub fn module() -> Value {
    let mut dict = DictMap::default();
    let mut set = |name: &str, value: Value| {
        dict.insert(Key(Value::str(name)), value);
    };
    set("__name__", Value::str("hashlib"));
    set("__doc__", Value::str("hashlib module - A common interface to many hash functions."));
    // Both sets name the algorithms above (CPython's `algorithms_available` adds OpenSSL's).
    let mut names = SetTable::default();
    for algorithm in ALGORITHMS {
        // Inserting a str cannot fail.
        let _ = names.insert(Value::str(algorithm.name));
    }
    set("algorithms_available", Value::obj(Object::Set(Box::new(RefCell::new(names.clone())))));
    set("algorithms_guaranteed", Value::obj(Object::FrozenSet(Box::new(names))));
    for (algorithm, &func) in ALGORITHMS.iter().zip(CONSTRUCTORS) {
        set(algorithm.name, Value::obj(Object::Builtin(Builtin { name: algorithm.constructor, func })));
    }
    set("new", Value::obj(Object::Builtin(Builtin { name: "__hash_new", func: new })));
    set("pbkdf2_hmac", Value::obj(Object::Builtin(Builtin { name: "pbkdf2_hmac", func: pbkdf2_hmac })));
    Value::obj(Object::Module { name: "hashlib".into(), dict: Rc::new(RefCell::new(dict)) })
}
