//! The `unicodedata` module, as CPython 3.11's (Unicode 14.0): names and `lookup` from
//! `unicode_names2`, categories from `unicode-general-category`, combining classes and the
//! normal forms from `unicode-normalization`, and the properties no crate gives for 14.0
//! (bidirectional classes, East Asian widths, mirroring, numeric values) from tables
//! generated from CPython (`unicodedata_tables.rs`). The crates know newer Unicode versions:
//! characters assigned after 14.0 are kept unassigned here, as CPython 3.11 has them.
//!
//! Not here: `decomposition`, named sequences in `lookup`, and `ucd_3_2_0`.

use std::cell::RefCell;
use std::rc::Rc;

use unicode_general_category::get_general_category;
use unicode_normalization::UnicodeNormalization;

use super::params::argument_type_name;
use super::unicodedata_tables::{ASSIGNED, BIDIRECTIONAL, EAST_ASIAN_WIDTH, MIRRORED, NUMERIC};
use crate::runtime::exception::{ExcKind, new_exception, type_error, value_error};
use crate::runtime::function::{Builtin, BuiltinFn, BuiltinResult, CallArgs};
use crate::runtime::value::{DictMap, Key, Object, Value};
use crate::vm::Vm;

/// Whether `c` was assigned in Unicode 14.0.
fn assigned(c: char) -> bool {
    in_ranges(&ASSIGNED, c as u32)
}

fn in_ranges(ranges: &[(u32, u32)], code: u32) -> bool {
    ranges.binary_search_by(|&(first, last)| order(first, last, code)).is_ok()
}

/// The value of the range holding `code`, in a table of `(first, last, value)`.
fn range_value(ranges: &[(u32, u32, &'static str)], code: u32) -> Option<&'static str> {
    let i = ranges.binary_search_by(|&(first, last, _)| order(first, last, code)).ok()?;
    Some(ranges[i].2)
}

/// Where the range `first..=last` lies relative to `code`.
fn order(first: u32, last: u32, code: u32) -> std::cmp::Ordering {
    if last < code {
        std::cmp::Ordering::Less
    } else if first > code {
        std::cmp::Ordering::Greater
    } else {
        std::cmp::Ordering::Equal
    }
}

/// The numeric value of `c` and its type (2 decimal, 1 digit, 0 other numeric).
fn numeric_entry(c: char) -> Option<(f64, u8)> {
    let i = NUMERIC.binary_search_by_key(&(c as u32), |&(code, _, _)| code).ok()?;
    Some((NUMERIC[i].1, NUMERIC[i].2))
}

/// Whether `c` is a decimal digit (`str.isdecimal`).
pub fn is_decimal(c: char) -> bool {
    numeric_entry(c).is_some_and(|(_, kind)| kind == 2)
}

/// Whether `c` is a digit (`str.isdigit`): numeric type digit or decimal.
pub fn is_digit(c: char) -> bool {
    numeric_entry(c).is_some_and(|(_, kind)| kind >= 1)
}

/// Whether `c` is numeric (`str.isnumeric`).
pub fn is_numeric(c: char) -> bool {
    numeric_entry(c).is_some()
}

/// The two-letter general category of `c`.
fn category_of(c: char) -> &'static str {
    match c {
        _ if !assigned(c) => "Cn",
        // AHOM CONSONANT SIGN MEDIAL RA, the one assigned character whose category changed
        // after Unicode 14.0 (to Mc in 15.0).
        '\u{1171E}' => "Mn",
        _ => get_general_category(c).abbreviation(),
    }
}

fn name_of(c: char) -> Option<String> {
    if !assigned(c) {
        return None;
    }
    unicode_names2::name(c).map(|name| name.to_string())
}

/// The arguments of a function of METH_O (`category(chr)`): exactly one, positional.
fn one_argument<'a>(name: &str, args: &'a CallArgs) -> Result<&'a Value, Value> {
    if !args.keywords.is_empty() {
        return Err(type_error(format!("unicodedata.{name}() takes no keyword arguments")));
    }
    match &args.positional[..] {
        [value] => Ok(value),
        other => Err(type_error(format!(
            "unicodedata.{name}() takes exactly one argument ({} given)",
            other.len()
        ))),
    }
}

/// The arguments of a function of a character and an optional default (`name(chr[, default])`).
fn char_and_default(name: &str, args: &CallArgs) -> Result<(char, Option<Value>), Value> {
    if !args.keywords.is_empty() {
        return Err(type_error(format!("unicodedata.{name}() takes no keyword arguments")));
    }
    let n = args.positional.len();
    if n == 0 {
        return Err(type_error(format!("{name} expected at least 1 argument, got 0")));
    }
    if n > 2 {
        return Err(type_error(format!("{name} expected at most 2 arguments, got {n}")));
    }
    let c = character(&args.positional[0], &format!("{name}() argument 1"))?;
    Ok((c, args.positional.get(1).cloned()))
}

/// The one character of a str of length 1.
fn character(value: &Value, what: &str) -> Result<char, Value> {
    if let Some(text) = value.as_str() {
        let mut chars = text.chars();
        if let (Some(c), None) = (chars.next(), chars.next()) {
            return Ok(c);
        }
    }
    Err(type_error(format!("{what} must be a unicode character, not {}", argument_type_name(value))))
}

/// A property of one character (`category(chr)`, `bidirectional(chr)`, ...).
fn property(name: &str, args: &CallArgs, of: fn(char) -> Value) -> BuiltinResult {
    let value = one_argument(name, args)?;
    Ok(of(character(value, &format!("{name}() argument"))?))
}

fn category(_: &mut Vm, args: CallArgs) -> BuiltinResult {
    property("category", &args, |c| Value::str(category_of(c)))
}

fn bidirectional(_: &mut Vm, args: CallArgs) -> BuiltinResult {
    property("bidirectional", &args, |c| Value::str(range_value(&BIDIRECTIONAL, c as u32).unwrap_or("")))
}

fn east_asian_width(_: &mut Vm, args: CallArgs) -> BuiltinResult {
    property("east_asian_width", &args, |c| {
        Value::str(range_value(&EAST_ASIAN_WIDTH, c as u32).unwrap_or("N"))
    })
}

fn mirrored(_: &mut Vm, args: CallArgs) -> BuiltinResult {
    property("mirrored", &args, |c| Value::Int(i64::from(in_ranges(&MIRRORED, c as u32))))
}

fn combining(_: &mut Vm, args: CallArgs) -> BuiltinResult {
    property("combining", &args, |c| {
        let class = if assigned(c) { unicode_normalization::char::canonical_combining_class(c) } else { 0 };
        Value::Int(i64::from(class))
    })
}

fn name(_: &mut Vm, args: CallArgs) -> BuiltinResult {
    let (c, default) = char_and_default("name", &args)?;
    match (name_of(c), default) {
        (Some(name), _) => Ok(Value::str(name)),
        (None, Some(default)) => Ok(default),
        (None, None) => Err(value_error("no such name")),
    }
}

/// `decimal`, `digit` and `numeric`: the value if `c`'s numeric type is at least `kind`.
fn numeric_value(name: &str, args: &CallArgs, kind: u8, error: &str) -> BuiltinResult {
    let (c, default) = char_and_default(name, args)?;
    match (numeric_entry(c).filter(|&(_, k)| k >= kind), default) {
        (Some((value, _)), _) if kind == 0 => Ok(Value::raw_float(value)),
        (Some((value, _)), _) => Ok(Value::Int(value as i64)),
        (None, Some(default)) => Ok(default),
        (None, None) => Err(value_error(error)),
    }
}

fn decimal(_: &mut Vm, args: CallArgs) -> BuiltinResult {
    numeric_value("decimal", &args, 2, "not a decimal")
}

fn digit(_: &mut Vm, args: CallArgs) -> BuiltinResult {
    numeric_value("digit", &args, 1, "not a digit")
}

fn numeric(_: &mut Vm, args: CallArgs) -> BuiltinResult {
    numeric_value("numeric", &args, 0, "not a numeric character")
}

fn lookup(_: &mut Vm, args: CallArgs) -> BuiltinResult {
    let value = one_argument("lookup", &args)?;
    let text = match value.object() {
        Some(Object::Str(s)) => s.to_string(),
        Some(Object::Bytes(b)) => String::from_utf8_lossy(b).into_owned(),
        Some(Object::ByteArray(_)) => {
            return Err(type_error("lookup() argument must be read-only bytes-like object, not bytearray"));
        }
        _ => return Err(type_error(format!("a bytes-like object is required, not '{}'", value.type_name()))),
    };
    if text.len() > 256 {
        return Err(new_exception(ExcKind::KeyError, "name too long"));
    }
    match character_named(&text) {
        Some(c) => Ok(Value::str(c.to_string())),
        None => {
            // The name is a C string there: the message ends at a NUL.
            let shown = text.split('\0').next().unwrap_or_default();
            Err(new_exception(ExcKind::KeyError, &format!("undefined character name '{shown}'")))
        }
    }
}

/// The character `lookup` finds for `text`: one whose name is `text` in any case (the names
/// made from code points, of Hangul syllables and CJK ideographs, in capitals only), or one
/// of the aliases `unicode_names2` knows. The crate also matches loosely (other spacing,
/// underscores, no hyphens), which CPython does not.
fn character_named(text: &str) -> Option<char> {
    let upper = text.to_ascii_uppercase();
    let made_from_code = ["HANGUL SYLLABLE ", "CJK UNIFIED IDEOGRAPH-"].iter().any(|p| upper.starts_with(p));
    if made_from_code && upper != text {
        return None;
    }
    let c = unicode_names2::character(&upper).filter(|&c| assigned(c))?;
    let name = name_of(c).unwrap_or_default();
    if name == upper {
        return Some(c);
    }
    // Not the name, nor a loose spelling of it: an alias, if spelt as names are.
    let squeezed = |s: &str| s.chars().filter(|c| !matches!(c, ' ' | '-' | '_')).collect::<String>();
    let canonical = !upper.starts_with(' ')
        && !upper.ends_with(' ')
        && !upper.contains("  ")
        && upper.chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == ' ' || c == '-');
    (canonical && squeezed(&name) != squeezed(&upper)).then_some(c)
}

/// The normal form named `form`.
#[derive(Clone, Copy)]
enum Form {
    Nfc,
    Nfd,
    Nfkc,
    Nfkd,
}

/// `s` in normal form `form`, as Unicode 14.0 has it: characters assigned later are left as
/// they are, and (being starters without decompositions there) split the text into parts
/// normalized apart.
fn normalized(form: Form, s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut start = 0;
    for (at, c) in s.char_indices() {
        if !assigned(c) {
            normalize_into(form, &s[start..at], &mut out);
            out.push(c);
            start = at + c.len_utf8();
        }
    }
    normalize_into(form, &s[start..], &mut out);
    out
}

fn normalize_into(form: Form, s: &str, out: &mut String) {
    match form {
        Form::Nfc => out.extend(s.nfc()),
        Form::Nfd => out.extend(s.nfd()),
        Form::Nfkc => out.extend(s.nfkc()),
        Form::Nfkd => out.extend(s.nfkd()),
    }
}

/// The form and the text of `normalize(form, unistr)` and `is_normalized(form, unistr)`.
fn form_and_text(name: &str, args: &CallArgs) -> Result<(Form, String), Value> {
    if !args.keywords.is_empty() {
        return Err(type_error(format!("unicodedata.{name}() takes no keyword arguments")));
    }
    let n = args.positional.len();
    if n != 2 {
        return Err(type_error(format!("{name} expected 2 arguments, got {n}")));
    }
    let mut strs = [None, None];
    for (i, value) in args.positional.iter().enumerate() {
        strs[i] = Some(value.as_str().ok_or_else(|| {
            type_error(format!("{name}() argument {} must be str, not {}", i + 1, argument_type_name(value)))
        })?);
    }
    let form = match strs[0] {
        Some("NFC") => Form::Nfc,
        Some("NFD") => Form::Nfd,
        Some("NFKC") => Form::Nfkc,
        Some("NFKD") => Form::Nfkd,
        _ => return Err(value_error("invalid normalization form")),
    };
    Ok((form, strs[1].unwrap_or_default().to_string()))
}

fn normalize(_: &mut Vm, args: CallArgs) -> BuiltinResult {
    let (form, text) = form_and_text("normalize", &args)?;
    Ok(Value::str(normalized(form, &text)))
}

fn is_normalized(_: &mut Vm, args: CallArgs) -> BuiltinResult {
    let (form, text) = form_and_text("is_normalized", &args)?;
    Ok(Value::bool(normalized(form, &text) == text))
}

/// The module object.
pub fn module() -> Value {
    let mut dict = DictMap::default();
    let mut set = |name: &str, value: Value| {
        dict.insert(Key(Value::str(name)), value);
    };
    set("__name__", Value::str("unicodedata"));
    set(
        "__doc__",
        Value::str(
            "This module provides access to the Unicode Character Database which\ndefines character properties for all Unicode characters. The data in\nthis database is based on the UnicodeData.txt file version\n14.0.0 which is publicly available from ftp://ftp.unicode.org/.\n\nThe module uses the same names and symbols as defined by the\nUnicodeData File Format 14.0.0.",
        ),
    );
    set("unidata_version", Value::str("14.0.0"));
    let functions: &[(&'static str, BuiltinFn)] = &[
        ("lookup", lookup),
        ("name", name),
        ("category", category),
        ("bidirectional", bidirectional),
        ("combining", combining),
        ("mirrored", mirrored),
        ("east_asian_width", east_asian_width),
        ("decimal", decimal),
        ("digit", digit),
        ("numeric", numeric),
        ("normalize", normalize),
        ("is_normalized", is_normalized),
    ];
    for &(name, func) in functions {
        set(name, Value::obj(Object::Builtin(Builtin { name, func })));
    }
    Value::obj(Object::Module { name: "unicodedata".into(), dict: Rc::new(RefCell::new(dict)) })
}
