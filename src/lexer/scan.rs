//! Matchers for single token shapes at a position in one line: numbers, operators, string
//! bodies and words. Each mirrors one regular expression of CPython's `Lib/tokenize.py` and
//! returns the byte length it matched, so the driver in `tokenize.rs` can try them in the same
//! order tokenize's `PseudoToken` alternation does.

use unicode_general_category::{GeneralCategory, get_general_category};

/// `[0-9](?:_?[0-9])*` at `i`: the end of the digit run, if it starts with a digit.
fn digit_part(s: &[u8], i: usize) -> Option<usize> {
    let mut j = i;
    if !s.get(j).is_some_and(u8::is_ascii_digit) {
        return None;
    }
    j += 1;
    loop {
        match s.get(j) {
            Some(c) if c.is_ascii_digit() => j += 1,
            Some(b'_') if s.get(j + 1).is_some_and(u8::is_ascii_digit) => j += 2,
            _ => return Some(j),
        }
    }
}

/// `(?:_?[digit])+` after a radix prefix, where `is_digit` decides the digits.
fn radix_digits(s: &[u8], i: usize, is_digit: fn(&u8) -> bool) -> Option<usize> {
    let mut j = i;
    loop {
        match s.get(j) {
            Some(c) if is_digit(c) => j += 1,
            Some(b'_') if s.get(j + 1).is_some_and(is_digit) => j += 2,
            _ => break,
        }
    }
    (j > i).then_some(j)
}

/// `[eE][-+]?[0-9](?:_?[0-9])*`
fn exponent(s: &[u8], i: usize) -> Option<usize> {
    if !matches!(s.get(i), Some(b'e' | b'E')) {
        return None;
    }
    let j = if matches!(s.get(i + 1), Some(b'-' | b'+')) { i + 2 } else { i + 1 };
    digit_part(s, j)
}

/// Pointfloat: `(digits '.' digits? | '.' digits) exponent?`, returning the ends with and
/// without the exponent (the regex may backtrack to the shorter one).
fn point_float(s: &[u8], i: usize) -> Option<(usize, usize)> {
    let without_exponent = match digit_part(s, i) {
        Some(j) if s.get(j) == Some(&b'.') => digit_part(s, j + 1).unwrap_or(j + 1),
        Some(_) => return None,
        None if s.get(i) == Some(&b'.') => digit_part(s, i + 1)?,
        None => return None,
    };
    Some((exponent(s, without_exponent).unwrap_or(without_exponent), without_exponent))
}

/// Expfloat: `digits exponent`.
fn exp_float(s: &[u8], i: usize) -> Option<usize> {
    exponent(s, digit_part(s, i)?)
}

fn is_imaginary_suffix(s: &[u8], i: usize) -> bool {
    matches!(s.get(i), Some(b'j' | b'J'))
}

/// tokenize's `Number` (Imagnumber | Floatnumber | Intnumber, first alternative that matches).
pub fn number(s: &[u8], i: usize) -> Option<usize> {
    // Imagnumber: digits [jJ] | Floatnumber [jJ]
    if let Some(j) = digit_part(s, i).filter(|&j| is_imaginary_suffix(s, j)) {
        return Some(j + 1);
    }
    let point = point_float(s, i);
    let exp = exp_float(s, i);
    let float_ends = [point.map(|p| p.0), point.map(|p| p.1), exp];
    if let Some(j) = float_ends.iter().flatten().find(|&&j| is_imaginary_suffix(s, j)) {
        return Some(j + 1);
    }
    // Floatnumber
    if let Some(j) = point.map(|p| p.0).or(exp) {
        return Some(j);
    }
    // Intnumber: hex, binary, octal, decimal
    if s.get(i) == Some(&b'0') {
        let radix: Option<fn(&u8) -> bool> = match s.get(i + 1) {
            Some(b'x' | b'X') => Some(u8::is_ascii_hexdigit),
            Some(b'b' | b'B') => Some(|c| matches!(c, b'0' | b'1')),
            Some(b'o' | b'O') => Some(|c| matches!(c, b'0'..=b'7')),
            _ => None,
        };
        if let Some(j) = radix.and_then(|is_digit| radix_digits(s, i + 2, is_digit)) {
            return Some(j);
        }
        // 0(?:_?0)*
        let mut j = i + 1;
        loop {
            match s.get(j) {
                Some(b'0') => j += 1,
                Some(b'_') if s.get(j + 1) == Some(&b'0') => j += 2,
                _ => return Some(j),
            }
        }
    }
    match s.get(i) {
        Some(b'1'..=b'9') => digit_part(s, i),
        _ => None,
    }
}

/// The exact operators of CPython's `token.EXACT_TOKEN_TYPES`, with their names.
pub const OPERATORS: [(&str, &str); 47] = [
    ("!=", "NOTEQUAL"),
    ("%", "PERCENT"),
    ("%=", "PERCENTEQUAL"),
    ("&", "AMPER"),
    ("&=", "AMPEREQUAL"),
    ("(", "LPAR"),
    (")", "RPAR"),
    ("*", "STAR"),
    ("**", "DOUBLESTAR"),
    ("**=", "DOUBLESTAREQUAL"),
    ("*=", "STAREQUAL"),
    ("+", "PLUS"),
    ("+=", "PLUSEQUAL"),
    (",", "COMMA"),
    ("-", "MINUS"),
    ("-=", "MINEQUAL"),
    ("->", "RARROW"),
    (".", "DOT"),
    ("...", "ELLIPSIS"),
    ("/", "SLASH"),
    ("//", "DOUBLESLASH"),
    ("//=", "DOUBLESLASHEQUAL"),
    ("/=", "SLASHEQUAL"),
    (":", "COLON"),
    (":=", "COLONEQUAL"),
    (";", "SEMI"),
    ("<", "LESS"),
    ("<<", "LEFTSHIFT"),
    ("<<=", "LEFTSHIFTEQUAL"),
    ("<=", "LESSEQUAL"),
    ("=", "EQUAL"),
    ("==", "EQEQUAL"),
    (">", "GREATER"),
    (">=", "GREATEREQUAL"),
    (">>", "RIGHTSHIFT"),
    (">>=", "RIGHTSHIFTEQUAL"),
    ("@", "AT"),
    ("@=", "ATEQUAL"),
    ("[", "LSQB"),
    ("]", "RSQB"),
    ("^", "CIRCUMFLEX"),
    ("^=", "CIRCUMFLEXEQUAL"),
    ("{", "LBRACE"),
    ("|", "VBAR"),
    ("|=", "VBAREQUAL"),
    ("}", "RBRACE"),
    ("~", "TILDE"),
];

/// The exact name of an operator (`LPAR` for `(`), if it is one.
pub fn operator_name(text: &str) -> Option<&'static str> {
    OPERATORS.iter().find(|(op, _)| *op == text).map(|(_, name)| *name)
}

/// The longest exact operator at `i` (tokenize's `Special`).
pub fn operator(s: &[u8], i: usize) -> Option<usize> {
    let rest = &s[i.min(s.len())..];
    let len = match rest {
        [b'.', b'.', b'.', ..] => 3,
        [b'*', b'*', b'=', ..] | [b'/', b'/', b'=', ..] | [b'<', b'<', b'=', ..] | [b'>', b'>', b'=', ..] => {
            3
        }
        [a, b, ..] if is_two_char_operator(*a, *b) => 2,
        [a, ..] if b"%&()*+,-./:;<=>@[]^{|}~".contains(a) => 1,
        _ => return None,
    };
    Some(i + len)
}

fn is_two_char_operator(a: u8, b: u8) -> bool {
    matches!(
        (a, b),
        (b'!', b'=')
            | (b'%', b'=')
            | (b'&', b'=')
            | (b'*', b'*')
            | (b'*', b'=')
            | (b'+', b'=')
            | (b'-', b'=')
            | (b'-', b'>')
            | (b'/', b'/')
            | (b'/', b'=')
            | (b':', b'=')
            | (b'<', b'<')
            | (b'<', b'=')
            | (b'=', b'=')
            | (b'>', b'=')
            | (b'>', b'>')
            | (b'@', b'=')
            | (b'^', b'=')
            | (b'|', b'=')
    )
}

/// A string prefix (`''`, `r`, `b`, `rb`, `f`, `fr`, `u`, any case and order) at `i`
/// followed by a quote: returns the index of the quote.
pub fn string_prefix(s: &[u8], i: usize) -> Option<usize> {
    let mut j = i;
    while j < s.len() && j - i < 3 && s[j].is_ascii_alphabetic() {
        j += 1;
    }
    // Try the longest prefix first, as the alternation effectively does.
    for end in (i..=j).rev() {
        if matches!(s.get(end), Some(b'\'' | b'"')) && is_valid_prefix(&s[i..end]) {
            return Some(end);
        }
    }
    None
}

fn is_valid_prefix(prefix: &[u8]) -> bool {
    let lower: Vec<u8> = prefix.iter().map(u8::to_ascii_lowercase).collect();
    matches!(lower.as_slice(), b"" | b"r" | b"u" | b"b" | b"f" | b"br" | b"rb" | b"fr" | b"rf")
}

/// How a string body scanned from after its opening quote ended.
#[derive(Debug, PartialEq, Eq)]
pub enum BodyEnd {
    /// The closing quote(s) end at this index.
    Closed(usize),
    /// A single-quoted string reached a backslash-newline (it continues on the next line).
    Continued,
    /// No match (an unterminated single-quoted string, or no closing quotes on this line).
    Open,
}

/// Scan a string body from `i`: tokenize's `Single`/`Double` (for a continued line),
/// `Single3`/`Double3` (`triple`), or the first-line `ContStr` rule (`first_line` and not `triple`),
/// where a newline ends the match and a backslash-newline continues the string.
pub fn string_body(s: &[u8], mut i: usize, quote: u8, triple: bool, first_line: bool) -> BodyEnd {
    while i < s.len() {
        let c = s[i];
        if c == b'\\' {
            match s.get(i + 1) {
                Some(b'\n') => return if first_line && !triple { BodyEnd::Continued } else { BodyEnd::Open },
                Some(b'\r') if s.get(i + 2) == Some(&b'\n') && first_line && !triple => {
                    return BodyEnd::Continued;
                }
                Some(_) => i += 2,
                None => return BodyEnd::Open,
            }
        } else if c == quote {
            if !triple {
                return BodyEnd::Closed(i + 1);
            }
            if s.get(i + 1) == Some(&quote) && s.get(i + 2) == Some(&quote) {
                return BodyEnd::Closed(i + 3);
            }
            i += 1;
        } else if c == b'\n' && first_line && !triple {
            return BodyEnd::Open;
        } else {
            i += 1;
        }
    }
    BodyEnd::Open
}

/// Python's regular-expression `\w` for one character: letters, numbers, underscore.
pub fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric() || c == '_';
    }
    use GeneralCategory::*;
    matches!(
        get_general_category(c),
        UppercaseLetter
            | LowercaseLetter
            | TitlecaseLetter
            | ModifierLetter
            | OtherLetter
            | DecimalNumber
            | LetterNumber
            | OtherNumber
    )
}

/// `\w+` at byte `i` of `text`: the end of the word.
pub fn word(text: &str, i: usize) -> Option<usize> {
    let end = text[i..].char_indices().find(|&(_, c)| !is_word_char(c)).map_or(text.len(), |(k, _)| i + k);
    (end > i).then_some(end)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn num(s: &str) -> Option<&str> {
        number(s.as_bytes(), 0).map(|end| &s[..end])
    }

    // Expected values from CPython 3.11's tokenize (`python3 -m tokenize`).
    #[test]
    fn numbers_match_tokenize_regexes() {
        assert_eq!(num("0777"), Some("0"));
        assert_eq!(num("1_000x"), Some("1_000"));
        assert_eq!(num("1__0"), Some("1"));
        assert_eq!(num("0x_FFg"), Some("0x_FF"));
        assert_eq!(num("0x"), Some("0"));
        assert_eq!(num("1e5j"), Some("1e5j"));
        assert_eq!(num("1.5ej"), Some("1.5"));
        assert_eq!(num("1.e5"), Some("1.e5"));
        assert_eq!(num(".5"), Some(".5"));
        assert_eq!(num("1if"), Some("1"));
        assert_eq!(num("3.14J"), Some("3.14J"));
        assert_eq!(num("00_0"), Some("00_0"));
        assert_eq!(num("0b102"), Some("0b10"));
        assert_eq!(num("."), None);
    }

    #[test]
    fn operators_are_longest_match() {
        for (op, _) in OPERATORS {
            assert_eq!(operator(op.as_bytes(), 0), Some(op.len()), "{op}");
        }
        assert_eq!(operator(b"**=x", 0), Some(3));
        assert_eq!(operator(b"!x", 0), None);
        assert_eq!(operator(b"..", 0), Some(1));
    }

    #[test]
    fn string_prefixes() {
        assert_eq!(string_prefix(b"rb'x'", 0), Some(2));
        assert_eq!(string_prefix(b"Fr\"x\"", 0), Some(2));
        assert_eq!(string_prefix(b"bu'x'", 0), None);
        assert_eq!(string_prefix(b"'x'", 0), Some(0));
        assert_eq!(string_prefix(b"abc", 0), None);
    }
}
