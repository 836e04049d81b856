//! The mutator shared by every target: takes a seed and applies a few random edits at the
//! byte level (flip, insert, delete, duplicate, truncate) and at the token level (splice a
//! line from another seed, insert a keyword or operator, open brackets, nest or repeat a
//! construct many times, swap a number for a boundary value).

use super::rng::Rng;
use super::seeds::Seeds;

const TOKENS: &[&str] = &[
    "(",
    ")",
    "[",
    "]",
    "{",
    "}",
    ":",
    ",",
    ";",
    ".",
    "=",
    "==",
    "+",
    "-",
    "*",
    "**",
    "/",
    "//",
    "%",
    "@",
    "<<",
    ">>",
    "&",
    "|",
    "^",
    "~",
    "<",
    ">",
    "<=",
    ">=",
    "!=",
    "->",
    ":=",
    "+=",
    "**=",
    "...",
    "\\\n",
    "\n",
    "\n    ",
    "\t",
    " ",
    "#",
    "'",
    "\"",
    "'''",
    "\"\"\"",
    "f'",
    "f\"{",
    "rb'",
    "b'",
    "{x!r:>{w}}",
    "\\",
    "\\N{",
    "\\x",
    "\\u12",
    "0x",
    "0b",
    "0o",
    "1_000",
    "1e",
    "1j",
    ".5",
    "0777",
    "\u{e9}",
    "\u{2028}",
    "\u{1f600}",
    "\0",
    "\r",
    "\x0c",
    "False",
    "None",
    "True",
    "and",
    "as",
    "assert",
    "async",
    "await",
    "break",
    "class",
    "continue",
    "def",
    "del",
    "elif",
    "else",
    "except",
    "except*",
    "finally",
    "for",
    "from",
    "global",
    "if",
    "import",
    "in",
    "is",
    "lambda",
    "nonlocal",
    "not",
    "or",
    "pass",
    "raise",
    "return",
    "try",
    "while",
    "with",
    "yield",
    "yield from",
    "match",
    "case",
    "_",
    "print",
    "x",
    "self",
    "super()",
    "__class__",
    "*args",
    "**kw",
    "@staticmethod\n",
];

/// Numbers at the edges of what the VM represents inline.
const NUMBERS: &[&str] = &[
    "0",
    "-1",
    "1",
    "255",
    "2**31",
    "2**63",
    "-2**63",
    "2**64",
    "10**30",
    "1e308",
    "1e-320",
    "-0.0",
    "float('nan')",
    "float('inf')",
    "0.1",
    "7",
    "-7",
    "3",
    "True",
    "10**5",
];

/// Constructs that are nested or repeated `n` times: (before, middle, after).
const NESTABLE: &[(&str, &str, &str)] = &[
    ("(", "1", ")"),
    ("[", "0", "]"),
    ("{", "1", "}"),
    ("-", "1", ""),
    ("not ", "x", ""),
    ("x.", "y", ""),
    ("x+", "1", ""),
    ("f(", "", ")"),
    ("x[", "0", "]"),
    ("lambda:", "0", ""),
    ("1 if x else ", "2", ""),
    ("f'{", "1", "}'"),
    ("*", "x", ""),
    ("await ", "x", ""),
    ("[x for x in ", "y", "]"),
    ("x, ", "y", ""),
    ("'a' ", "'b'", ""),
];

/// The longest input made: repeated edits could otherwise grow inputs without bound, and the
/// time spent on each with them.
const MAX_LEN: usize = 1 << 20;

/// Apply one to four random edits to `input`.
pub fn mutate(rng: &mut Rng, seeds: &Seeds, input: &mut Vec<u8>) {
    for _ in 0..1 + rng.below(4) {
        edit(rng, seeds, input);
    }
    input.truncate(MAX_LEN);
}

fn edit(rng: &mut Rng, seeds: &Seeds, input: &mut Vec<u8>) {
    let at = rng.below(input.len() + 1);
    let span = rng.length(64).min(input.len() - at);
    match rng.below(12) {
        0 if at < input.len() => input[at] ^= 1 << rng.below(8),
        1 => input.insert(at, rng.next() as u8),
        2 => drop(input.drain(at..at + span)),
        3 => {
            let copy = input[at..at + span].to_vec();
            let to = rng.below(input.len() + 1);
            input.splice(to..to, copy);
        }
        4 => input.truncate(at),
        5 => {
            let line = rng.pick(&seeds.lines).clone();
            let start = input[..at].iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
            input.splice(start..start, line);
        }
        6 | 7 => {
            let token = rng.pick(TOKENS).as_bytes().to_vec();
            input.splice(at..at, token);
        }
        8 => {
            // Brackets opened (and maybe closed) several times over.
            let (open, close) = *rng.pick(&[("(", ")"), ("[", "]"), ("{", "}")]);
            let n = rng.length(300);
            let mut text = open.repeat(n);
            if rng.one_in(2) {
                text.push_str(&close.repeat(n));
            }
            input.splice(at..at, text.into_bytes());
        }
        9 => {
            let (before, middle, after) = *rng.pick(NESTABLE);
            let n = rng.length(20_000);
            let text = format!("{}{middle}{}", before.repeat(n), after.repeat(n));
            input.splice(at..at, text.into_bytes());
        }
        10 => {
            // A number replaced by a boundary value.
            let Some(start) = input[at..].iter().position(u8::is_ascii_digit).map(|i| at + i) else { return };
            let end = input[start..]
                .iter()
                .position(|b| !b.is_ascii_alphanumeric())
                .map_or(input.len(), |i| start + i);
            input.splice(start..end, rng.pick(NUMBERS).bytes());
        }
        _ => {
            // A line repeated, or indented one level more from here on.
            let start = input[..at].iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
            let end = input[at..].iter().position(|&b| b == b'\n').map_or(input.len(), |i| at + i + 1);
            let line = input[start..end].to_vec();
            if rng.one_in(2) {
                let n = rng.length(2_000);
                input.splice(end..end, line.repeat(n));
            } else {
                let indented: Vec<u8> = input[start..]
                    .split_inclusive(|&b| b == b'\n')
                    .flat_map(|l| [b"    ".as_slice(), l].concat())
                    .collect();
                input.splice(start.., indented);
            }
        }
    }
}
