//! CPython's pattern syntax respelled for the `regex` crate, where the two read the same text
//! differently:
//! - a `{` that does not open a counted repetition (`{m}`, `{m,}`, `{,n}`, `{,}`, `{m,n}`, digits
//!   only, as CPython's `sre_parse` reads them) is a plain character there and an error (or a
//!   repetition with spaces) here: it is escaped; `{,n}`, which the crate lacks, becomes `{0,n}`;
//! - `\N{NAME}` is spelled by its character's code point;
//! - under `re.ASCII` (and for every bytes pattern) `\w`, `\d`, `\s` and their negations are
//!   spelled out as their ASCII sets, and `\b`, `\B` made ASCII word boundaries.
//!
//! Errors are left for the crate to report; `regex.rs` compiles what comes out.

/// `pattern` as the `regex` crate should read it. `verbose`: `re.VERBOSE`, where `#` starts a
/// comment (whose text is copied as it is).
pub fn translate(pattern: &str, ascii: bool, verbose: bool) -> String {
    let chars: Vec<char> = pattern.chars().collect();
    let mut out = String::with_capacity(pattern.len() + 16);
    // Inside `[...]`; `fresh`: right after its `[` or `[^`, where `]` is a literal.
    let (mut in_class, mut fresh) = (false, false);
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        i += 1;
        let was_fresh = std::mem::take(&mut fresh);
        match c {
            '\\' => {
                let Some(&next) = chars.get(i) else {
                    out.push(c);
                    break;
                };
                i += 1;
                if let Some((used, c)) = named_character(next, &chars[i..]) {
                    out.push_str(&format!("\\x{{{:x}}}", c as u32));
                    i += used;
                    continue;
                }
                match ascii_class(next, in_class).filter(|_| ascii) {
                    Some(spelled) => out.push_str(spelled),
                    None => {
                        out.push(c);
                        out.push(next);
                    }
                }
            }
            '[' if !in_class => {
                (in_class, fresh) = (true, true);
                out.push(c);
                if chars.get(i) == Some(&'^') {
                    out.push('^');
                    i += 1;
                }
            }
            ']' if in_class && !was_fresh => {
                in_class = false;
                out.push(c);
            }
            '#' if verbose && !in_class => {
                let end = chars[i..].iter().position(|&c| c == '\n').map_or(chars.len(), |n| i + n + 1);
                out.push(c);
                out.extend(&chars[i..end]);
                i = end;
            }
            '{' if !in_class => match counted_repetition(&chars[i..]) {
                Some((used, spelled)) => {
                    out.push_str(&spelled);
                    i += used;
                }
                None => out.push_str("\\{"),
            },
            _ => out.push(c),
        }
    }
    out
}

/// After a `{`: the counted repetition it opens, as the crate spells it, and how many
/// characters of `rest` it takes; None if CPython reads the `{` as a literal.
fn counted_repetition(rest: &[char]) -> Option<(usize, String)> {
    if rest.first() == Some(&'}') {
        return None;
    }
    let digits = |from: usize| rest[from..].iter().take_while(|c| c.is_ascii_digit()).count();
    let low = digits(0);
    let comma = rest.get(low) == Some(&',');
    let high = if comma { digits(low + 1) } else { 0 };
    let close = low + usize::from(comma) + high;
    if rest.get(close) != Some(&'}') {
        return None;
    }
    let text: String = rest[..=close].iter().collect();
    let spelled = if low == 0 && comma { format!("{{0{text}") } else { format!("{{{text}") };
    Some((close + 1, spelled))
}

/// After `\N` (`escaped` is `N`): the character `{NAME}` names and how many characters of
/// `rest` that takes, spelled by code point for the crate, which has no `\N`.
fn named_character(escaped: char, rest: &[char]) -> Option<(usize, char)> {
    if escaped != 'N' || rest.first() != Some(&'{') {
        return None;
    }
    let close = rest.iter().position(|&c| c == '}')?;
    let name: String = rest[1..close].iter().collect();
    unicode_names2::character(&name).map(|c| (close + 1, c))
}

/// The ASCII spelling of the class escape `\c` (in a set: its members only), if it is one.
fn ascii_class(c: char, in_class: bool) -> Option<&'static str> {
    Some(match (c, in_class) {
        ('w', false) => "[0-9A-Za-z_]",
        ('W', false) => "[^0-9A-Za-z_]",
        ('d', false) => "[0-9]",
        ('D', false) => "[^0-9]",
        ('s', false) => "[ \\t\\n\\r\\f\\v]",
        ('S', false) => "[^ \\t\\n\\r\\f\\v]",
        ('b', false) => "(?-u:\\b)",
        ('B', false) => "(?-u:\\B)",
        ('w', true) => "0-9A-Za-z_",
        ('d', true) => "0-9",
        ('s', true) => " \\t\\n\\r\\f\\v",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::translate;

    fn ascii(pattern: &str) -> String {
        translate(pattern, true, false)
    }

    #[test]
    fn ascii_classes_are_spelled_out_in_and_out_of_sets() {
        assert_eq!(ascii(r"\w+\s"), r"[0-9A-Za-z_]+[ \t\n\r\f\v]");
        assert_eq!(ascii(r"[\d.]\D"), r"[0-9.][^0-9]");
        assert_eq!(ascii(r"[]\w]\b"), r"[]0-9A-Za-z_](?-u:\b)");
        assert_eq!(ascii(r"\\w\."), r"\\w\.");
        assert_eq!(translate(r"\w", false, false), r"\w");
    }

    #[test]
    fn braces_are_literals_unless_they_open_a_counted_repetition() {
        for (pattern, spelled) in [
            // No repetition: a literal `{`.
            (r"{%", r"\{%"),
            (r"{x}", r"\{x}"),
            (r"a{", r"a\{"),
            (r"a{,", r"a\{,"),
            (r"x{1,2", r"x\{1,2"),
            (r"a{}", r"a\{}"),
            (r"a{ 2}", r"a\{ 2}"),
            (r"\{2}", r"\{2}"),
            (r"[{]{2}", r"[{]{2}"),
            // Repetitions: kept, with an open lower bound filled in.
            (r"a{2}", r"a{2}"),
            (r"a{2,}", r"a{2,}"),
            (r"a{2,5}", r"a{2,5}"),
            (r"a{,5}", r"a{0,5}"),
            (r"a{,}", r"a{0,}"),
        ] {
            assert_eq!(translate(pattern, false, false), spelled, "{pattern}");
        }
    }

    #[test]
    fn verbose_comments_are_copied_untouched() {
        assert_eq!(translate("a # [x{\nb{", false, true), "a # [x{\nb\\{");
        // (Not verbose: the `[` opens a set that runs to the end.)
        assert_eq!(translate("a # [x{\nb{", false, false), "a # [x{\nb{");
    }
}
