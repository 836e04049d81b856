//! The real-valued distributions of `random.Random` (`uniform` .. `weibullvariate`), each the
//! same sequence of draws and float operations as CPython 3.11's `random.py`, so a seeded
//! generator gives CPython's numbers bit for bit.

use std::cell::RefCell;
use std::f64::consts::{E, PI, TAU};

use super::math::real;
use super::params::Signature;
use super::random::RandomState;
use crate::bytecode::opcode::BinaryOp;
use crate::runtime::exception::{ExcKind, new_exception, value_error};
use crate::runtime::function::{BuiltinResult, CallArgs};
use crate::runtime::ops::binary_op;
use crate::runtime::value::Value;

fn nv_magic() -> f64 {
    4.0 * (-0.5f64).exp() / 2.0f64.sqrt()
}

fn sg_magic() -> f64 {
    1.0 + 4.5f64.ln()
}

/// Python's float `%`: the result takes the divisor's sign.
fn py_mod(a: f64, b: f64) -> f64 {
    let m = a % b;
    if m == 0.0 {
        0.0f64.copysign(b)
    } else if (m < 0.0) != (b < 0.0) {
        m + b
    } else {
        m
    }
}

fn zero_division() -> Value {
    new_exception(ExcKind::ZeroDivisionError, "float division by zero")
}

/// `a / b` as Python divides floats.
fn divide(a: f64, b: f64) -> Result<f64, Value> {
    if b == 0.0 { Err(zero_division()) } else { Ok(a / b) }
}

impl RandomState {
    pub fn normalvariate(&mut self, mu: f64, sigma: f64) -> f64 {
        let magic = nv_magic();
        loop {
            let u1 = self.random();
            let u2 = 1.0 - self.random();
            let z = magic * (u1 - 0.5) / u2;
            if z * z / 4.0 <= -u2.ln() {
                return mu + z * sigma;
            }
        }
    }

    /// Box-Muller, keeping the second value for the next call (`gauss_next`).
    pub fn gauss(&mut self, mu: f64, sigma: f64) -> f64 {
        let z = match self.gauss_next.take() {
            Some(z) => z,
            None => {
                let x2pi = self.random() * TAU;
                let g2rad = (-2.0 * (1.0 - self.random()).ln()).sqrt();
                self.gauss_next = Some(x2pi.sin() * g2rad);
                x2pi.cos() * g2rad
            }
        };
        mu + z * sigma
    }

    pub fn vonmisesvariate(&mut self, mu: f64, kappa: f64) -> f64 {
        if kappa <= 1e-6 {
            return TAU * self.random();
        }
        let s = 0.5 / kappa;
        let r = s + (1.0 + s * s).sqrt();
        let z = loop {
            let u1 = self.random();
            let z = (PI * u1).cos();
            let d = z / (r + z);
            let u2 = self.random();
            if u2 < 1.0 - d * d || u2 <= (1.0 - d) * d.exp() {
                break z;
            }
        };
        let q = 1.0 / r;
        let f = (q + z) / (1.0 + q * z);
        if self.random() > 0.5 { py_mod(mu + f.acos(), TAU) } else { py_mod(mu - f.acos(), TAU) }
    }

    pub fn gammavariate(&mut self, alpha: f64, beta: f64) -> Result<f64, Value> {
        if alpha <= 0.0 || beta <= 0.0 {
            return Err(value_error("gammavariate: alpha and beta must be > 0.0"));
        }
        if alpha > 1.0 {
            let ainv = (2.0 * alpha - 1.0).sqrt();
            let bbb = alpha - 4.0f64.ln();
            let ccc = alpha + ainv;
            loop {
                let u1 = self.random();
                if !(1e-7 < u1 && u1 < 0.9999999) {
                    continue;
                }
                let u2 = 1.0 - self.random();
                let v = (u1 / (1.0 - u1)).ln() / ainv;
                let x = alpha * v.exp();
                let z = u1 * u1 * u2;
                let r = bbb + ccc * v - x;
                if r + sg_magic() - 4.5 * z >= 0.0 || r >= z.ln() {
                    return Ok(x * beta);
                }
            }
        }
        if alpha == 1.0 {
            return Ok(-(1.0 - self.random()).ln() * beta);
        }
        loop {
            let u = self.random();
            let b = (E + alpha) / E;
            let p = b * u;
            let x = if p <= 1.0 { p.powf(1.0 / alpha) } else { -((b - p) / alpha).ln() };
            let u1 = self.random();
            let accept = if p > 1.0 { u1 <= x.powf(alpha - 1.0) } else { u1 <= (-x).exp() };
            if accept {
                return Ok(x * beta);
            }
        }
    }
}

/// The float arguments of a distribution, defaults filled in.
fn floats(sig: &Signature, args: CallArgs, defaults: &[f64]) -> Result<Vec<f64>, Value> {
    let bound = sig.bind(args)?;
    bound.iter().enumerate().map(|(i, v)| v.as_ref().map_or_else(|| Ok(defaults[i]), real)).collect()
}

macro_rules! signature {
    ($name:literal, [$($p:literal),*], $required:expr) => {
        Signature { name: $name, positional: &[$($p),*], required: $required, keyword_only: &[] }
    };
}

/// The distribution methods, which `call` runs.
pub const NAMES: &[&str] = &[
    "uniform",
    "triangular",
    "normalvariate",
    "gauss",
    "lognormvariate",
    "expovariate",
    "vonmisesvariate",
    "gammavariate",
    "betavariate",
    "paretovariate",
    "weibullvariate",
];

/// Run the distribution method `name` (one of `NAMES`).
pub fn call(state: &RefCell<RandomState>, name: &str, args: CallArgs) -> BuiltinResult {
    let mut s = state.borrow_mut();
    let result = match name {
        "uniform" => return uniform(&mut s, args),
        "triangular" => return triangular(&mut s, args),
        "normalvariate" => floats(&signature!("Random.normalvariate", ["mu", "sigma"], 0), args, &[0.0, 1.0])
            .map(|a| s.normalvariate(a[0], a[1])),
        "gauss" => floats(&signature!("Random.gauss", ["mu", "sigma"], 0), args, &[0.0, 1.0])
            .map(|a| s.gauss(a[0], a[1])),
        "lognormvariate" => floats(&signature!("Random.lognormvariate", ["mu", "sigma"], 2), args, &[])
            .map(|a| s.normalvariate(a[0], a[1]).exp()),
        "expovariate" => floats(&signature!("Random.expovariate", ["lambd"], 1), args, &[])
            .and_then(|a| divide(-(1.0 - s.random()).ln(), a[0])),
        "vonmisesvariate" => floats(&signature!("Random.vonmisesvariate", ["mu", "kappa"], 2), args, &[])
            .map(|a| s.vonmisesvariate(a[0], a[1])),
        "gammavariate" => floats(&signature!("Random.gammavariate", ["alpha", "beta"], 2), args, &[])
            .and_then(|a| s.gammavariate(a[0], a[1])),
        "betavariate" => {
            floats(&signature!("Random.betavariate", ["alpha", "beta"], 2), args, &[]).and_then(|a| {
                let y = s.gammavariate(a[0], 1.0)?;
                if y == 0.0 {
                    return Ok(0.0);
                }
                Ok(y / (y + s.gammavariate(a[1], 1.0)?))
            })
        }
        "paretovariate" => {
            floats(&signature!("Random.paretovariate", ["alpha"], 1), args, &[]).and_then(|a| {
                let u = 1.0 - s.random();
                Ok(u.powf(divide(-1.0, a[0])?))
            })
        }
        "weibullvariate" => floats(&signature!("Random.weibullvariate", ["alpha", "beta"], 2), args, &[])
            .and_then(|a| {
                let u = 1.0 - s.random();
                Ok(a[0] * (-u.ln()).powf(divide(1.0, a[1])?))
            }),
        _ => {
            Err(new_exception(ExcKind::AttributeError, &format!("'Random' object has no attribute '{name}'")))
        }
    };
    result.map(Value::float)
}

/// `a + (b - a) * random()`, with Python's arithmetic (ints stay exact until the multiply).
fn uniform(s: &mut RandomState, args: CallArgs) -> BuiltinResult {
    let bound = signature!("Random.uniform", ["a", "b"], 2).bind(args)?;
    let (a, b) = (bound[0].clone().unwrap_or(Value::None), bound[1].clone().unwrap_or(Value::None));
    let width = binary_op(BinaryOp::Subtract, &b, &a)?;
    let step = binary_op(BinaryOp::Multiply, &width, &Value::raw_float(s.random()))?;
    binary_op(BinaryOp::Add, &a, &step)
}

fn triangular(s: &mut RandomState, args: CallArgs) -> BuiltinResult {
    let bound = signature!("Random.triangular", ["low", "high", "mode"], 0).bind(args)?;
    let low_value = bound[0].clone().unwrap_or(Value::raw_float(0.0));
    let (mut low, mut high) = (real(&low_value)?, bound[1].as_ref().map_or(Ok(1.0), real)?);
    let mut u = s.random();
    let mut c = match bound[2].as_ref().filter(|m| !matches!(m, Value::None)) {
        None => 0.5,
        // A zero width returns `low` itself, as CPython's ZeroDivisionError handler does.
        Some(_) if high == low => return Ok(low_value),
        Some(mode) => (real(mode)? - low) / (high - low),
    };
    if u > c {
        u = 1.0 - u;
        c = 1.0 - c;
        std::mem::swap(&mut low, &mut high);
    }
    Ok(Value::float(low + (high - low) * (u * c).sqrt()))
}
