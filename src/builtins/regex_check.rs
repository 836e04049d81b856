//! CPython's verdict on a pattern before it is compiled: the `re.error` that `re.compile`
//! raises for a bad one, with CPython's message and position ("multiple repeat at position 2",
//! "missing ), unterminated subpattern at position 0", "bad escape \q at position 0", ...).
//!
//! The walk follows CPython's `re._parser`: its tokens (one character, or a backslash and the
//! character after it, read one token ahead, so a pattern ending in a lone backslash fails
//! as soon as the token before it is taken), its items (what a repetition may follow), its
//! groups (numbered as they open; a reference to one still open is an error) and its widths
//! (a look-behind must match a fixed width). It checks only: `regex.rs` respells and compiles
//! a pattern that passes, and the engine reports what it cannot run (backreferences and
//! look-around) in its own words.

use std::collections::HashMap;

/// A bad pattern: CPython's message and the character offset it names (None: no position).
#[derive(Debug, PartialEq)]
pub struct PatternError {
    pub message: String,
    pub position: Option<usize>,
}

/// `sre`'s MAXREPEAT: a repetition count must stay below it, and it stands for "unbounded".
const MAX_REPEAT: u64 = u32::MAX as u64;
/// The inline flags `(?aiLmsux)`, and those that choose how characters are read.
const FLAGS: &str = "iLmsxatu";
const TYPE_FLAGS: &str = "aLu";

/// The least and most characters a piece of pattern matches (the most capped at MAX_REPEAT).
type Width = (u64, u64);

/// Why `pattern` is not a valid regular expression, or Ok. `text`: a str pattern (bytes
/// patterns have no `\u`, `\U` or `\N`); `verbose`: `re.VERBOSE`.
pub fn check(pattern: &str, text: bool, verbose: bool) -> Result<(), PatternError> {
    let mut parser = Parser {
        source: Source { chars: pattern.chars().collect(), index: 0, next: None },
        text,
        groups: vec![Some((0, 0))],
        names: HashMap::new(),
        later_groups: Vec::new(),
        fixed_lookbehind: true,
    };
    parser.source.advance()?;
    parser.alternation(verbose, 0)?;
    if parser.source.next.is_some() {
        return Err(parser.source.error("unbalanced parenthesis", 0));
    }
    if let Some(&(group, position)) = parser.later_groups.iter().find(|&&(g, _)| g >= parser.groups.len()) {
        return Err(at(position, format!("invalid group reference {group}")));
    }
    if !parser.fixed_lookbehind {
        return Err(PatternError {
            message: "look-behind requires fixed-width pattern".into(),
            position: None,
        });
    }
    Ok(())
}

/// A token: one character, or a backslash and the character after it.
#[derive(Clone, Copy, PartialEq)]
enum Token {
    Plain(char),
    Escape(char),
}

impl Token {
    fn len(self) -> usize {
        match self {
            Token::Plain(_) => 1,
            Token::Escape(_) => 2,
        }
    }

    fn text(self) -> String {
        match self {
            Token::Plain(c) => c.to_string(),
            Token::Escape(c) => format!("\\{c}"),
        }
    }
}

/// The pattern read a token at a time, with the next token already taken (as CPython's
/// tokenizer does).
struct Source {
    chars: Vec<char>,
    index: usize,
    next: Option<Token>,
}

impl Source {
    fn advance(&mut self) -> Result<(), PatternError> {
        self.next = match self.chars.get(self.index) {
            None => None,
            Some('\\') => match self.chars.get(self.index + 1) {
                None => {
                    return Err(PatternError {
                        message: "bad escape (end of pattern)".into(),
                        position: Some(self.chars.len() - 1),
                    });
                }
                Some(&c) => Some(Token::Escape(c)),
            },
            Some(&c) => Some(Token::Plain(c)),
        };
        self.index += self.next.map_or(0, Token::len);
        Ok(())
    }

    fn get(&mut self) -> Result<Option<Token>, PatternError> {
        let token = self.next;
        self.advance()?;
        Ok(token)
    }

    /// Take the next token if it is the plain character `c`.
    fn matches(&mut self, c: char) -> Result<bool, PatternError> {
        if self.next == Some(Token::Plain(c)) {
            self.advance()?;
            return Ok(true);
        }
        Ok(false)
    }

    fn next_char(&self) -> Option<char> {
        match self.next {
            Some(Token::Plain(c)) => Some(c),
            _ => None,
        }
    }

    /// Where the next token starts.
    fn tell(&self) -> usize {
        self.index - self.next.map_or(0, Token::len)
    }

    /// `message` at `offset` characters before the next token.
    fn error(&self, message: impl Into<String>, offset: usize) -> PatternError {
        PatternError { message: message.into(), position: Some(self.tell().saturating_sub(offset)) }
    }

    /// Up to `most` plain characters for which `accept` holds.
    fn take_while(&mut self, most: usize, accept: impl Fn(char) -> bool) -> Result<String, PatternError> {
        let mut taken = String::new();
        while taken.len() < most
            && let Some(c) = self.next_char().filter(|&c| accept(c))
        {
            taken.push(c);
            self.advance()?;
        }
        Ok(taken)
    }

    /// The text up to `terminator` (a group or character name), which is taken too.
    fn until(&mut self, terminator: char, what: &str) -> Result<String, PatternError> {
        let mut result = String::new();
        loop {
            let token = self.get()?;
            match token {
                None if result.is_empty() => return Err(self.error(format!("missing {what}"), 0)),
                None => {
                    let count = result.chars().count();
                    return Err(self.error(format!("missing {terminator}, unterminated name"), count));
                }
                Some(Token::Plain(c)) if c == terminator => {
                    if result.is_empty() {
                        return Err(self.error(format!("missing {what}"), 1));
                    }
                    return Ok(result);
                }
                Some(token) => result.push_str(&token.text()),
            }
        }
    }
}

/// What the last item of a sequence was, which decides whether a repetition may follow it.
#[derive(Clone, Copy)]
enum Last {
    Nothing,
    Anchor,
    Repeat,
    Item(Width),
}

/// What an escape stands for.
enum Escaped {
    Literal(u32),
    /// `\d`, `\w`, ... (a set of characters).
    Category,
    /// `\A`, `\b`, `\B`, `\Z`.
    Anchor,
    GroupRef(usize),
}

struct Parser {
    source: Source,
    text: bool,
    /// Each group's width once it has closed (None while open); group 0 stands for none.
    groups: Vec<Option<Width>>,
    names: HashMap<String, usize>,
    /// Groups a conditional names by a number not yet seen, and where: they must exist by
    /// the end of the pattern.
    later_groups: Vec<(usize, usize)>,
    /// False once a look-behind of varying width was seen (an error only if nothing else is).
    fixed_lookbehind: bool,
}

fn add((a, b): Width, (c, d): Width) -> Width {
    (a.saturating_add(c).min(MAX_REPEAT - 1), b.saturating_add(d).min(MAX_REPEAT))
}

impl Parser {
    /// Alternatives up to a `)` or the end; `depth`: how many groups enclose them.
    fn alternation(&mut self, verbose: bool, depth: usize) -> Result<Width, PatternError> {
        let mut first = depth == 0;
        let mut width = self.sequence(verbose, depth + 1, first)?;
        while self.source.matches('|')? {
            first = false;
            let other = self.sequence(verbose, depth + 1, first)?;
            width = (width.0.min(other.0), width.1.max(other.1));
        }
        Ok(width)
    }

    /// One alternative: items up to a `|`, a `)` or the end. `first`: the pattern's first
    /// alternative at the top level, where global flags `(?i)` may stand.
    fn sequence(&mut self, mut verbose: bool, depth: usize, first: bool) -> Result<Width, PatternError> {
        let mut width = (0, 0);
        let mut last = Last::Nothing;
        let mut empty = true;
        while let Some(token) = self.source.next {
            if matches!(token, Token::Plain('|' | ')')) {
                break;
            }
            self.source.advance()?;
            let start = self.source.tell() - token.len();
            if verbose && let Token::Plain(c) = token {
                if " \t\n\r\x0b\x0c".contains(c) {
                    continue;
                }
                if c == '#' {
                    while !matches!(self.source.get()?, None | Some(Token::Plain('\n'))) {}
                    continue;
                }
            }
            let item = match token {
                Token::Escape(c) => match self.escape(c, false)? {
                    Escaped::Anchor => Last::Anchor,
                    Escaped::GroupRef(group) => Last::Item(self.groups[group].unwrap_or((0, MAX_REPEAT))),
                    Escaped::Literal(_) | Escaped::Category => Last::Item((1, 1)),
                },
                Token::Plain('[') => {
                    self.set()?;
                    Last::Item((1, 1))
                }
                Token::Plain('^' | '$') => Last::Anchor,
                Token::Plain(c @ ('*' | '+' | '?' | '{')) => {
                    let Some((low, high)) = self.repetition(c)? else {
                        empty = false;
                        width = add(width, (1, 1));
                        last = Last::Item((1, 1));
                        continue;
                    };
                    let inner = match last {
                        Last::Nothing | Last::Anchor => return Err(at(start, "nothing to repeat")),
                        Last::Repeat => return Err(at(start, "multiple repeat")),
                        Last::Item(inner) => inner,
                    };
                    if !self.source.matches('?')? {
                        self.source.matches('+')?;
                    }
                    // The item's width is counted again, repeated.
                    width = (width.0.saturating_sub(inner.0), width.1.saturating_sub(inner.1));
                    let repeated = (inner.0.saturating_mul(low), inner.1.saturating_mul(high));
                    width = add(width, repeated);
                    last = Last::Repeat;
                    continue;
                }
                Token::Plain('(') => match self.group(start, verbose, depth, first && empty)? {
                    Some(Grouped::Item(inner)) => Last::Item(inner),
                    Some(Grouped::Verbose(on)) => {
                        verbose |= on;
                        continue;
                    }
                    None => continue,
                },
                Token::Plain(_) => Last::Item((1, 1)),
            };
            empty = false;
            if let Last::Item(w) = item {
                width = add(width, w);
            }
            last = item;
        }
        Ok(width)
    }

    /// After a repetition character `c`: its counts, or None for a `{` that is a literal.
    fn repetition(&mut self, c: char) -> Result<Option<(u64, u64)>, PatternError> {
        match c {
            '*' => return Ok(Some((0, MAX_REPEAT))),
            '+' => return Ok(Some((1, MAX_REPEAT))),
            '?' => return Ok(Some((0, 1))),
            _ => {}
        }
        if self.source.next_char() == Some('}') {
            return Ok(None);
        }
        let here = self.source.tell();
        let (chars, index, next) = (self.source.chars.len(), self.source.index, self.source.next);
        let low = self.source.take_while(chars, |c| c.is_ascii_digit())?;
        let high = if self.source.matches(',')? {
            Some(self.source.take_while(chars, |c| c.is_ascii_digit())?)
        } else {
            None
        };
        if !self.source.matches('}')? {
            (self.source.index, self.source.next) = (index, next);
            return Ok(None);
        }
        let number = |digits: &str, default: u64| -> Result<u64, PatternError> {
            if digits.is_empty() {
                return Ok(default);
            }
            match digits.parse::<u64>() {
                Ok(n) if n < MAX_REPEAT => Ok(n),
                _ => {
                    Err(PatternError { message: "the repetition number is too large".into(), position: None })
                }
            }
        };
        let low_count = number(&low, 0)?;
        let high_count = match &high {
            Some(h) => number(h, MAX_REPEAT)?,
            None => low_count,
        };
        if high_count < low_count {
            return Err(at(here, "min repeat greater than max repeat"));
        }
        Ok(Some((low_count, high_count)))
    }

    /// What the escape `\c` outside a set (or inside one: `in_set`) stands for, taking
    /// the characters after `c` that belong to it.
    fn escape(&mut self, c: char, in_set: bool) -> Result<Escaped, PatternError> {
        let start = self.source.tell() - 2;
        let bad = |text: String| at(start, format!("bad escape {text}"));
        match c {
            'd' | 'D' | 's' | 'S' | 'w' | 'W' => return Ok(Escaped::Category),
            'A' | 'b' | 'B' | 'Z' if !in_set => return Ok(Escaped::Anchor),
            'a' => return Ok(Escaped::Literal(7)),
            'b' => return Ok(Escaped::Literal(8)),
            'f' => return Ok(Escaped::Literal(12)),
            'n' => return Ok(Escaped::Literal(10)),
            'r' => return Ok(Escaped::Literal(13)),
            't' => return Ok(Escaped::Literal(9)),
            'v' => return Ok(Escaped::Literal(11)),
            _ => {}
        }
        let hex = |source: &mut Source, count: usize| -> Result<(u32, String), PatternError> {
            let digits = source.take_while(count, |c| c.is_ascii_hexdigit())?;
            if digits.len() != count {
                return Err(at(start, format!("incomplete escape \\{c}{digits}")));
            }
            Ok((u32::from_str_radix(&digits, 16).unwrap_or(u32::MAX), digits))
        };
        match c {
            'x' => hex(&mut self.source, 2).map(|(code, _)| Escaped::Literal(code)),
            'u' if self.text => hex(&mut self.source, 4).map(|(code, _)| Escaped::Literal(code)),
            'U' if self.text => {
                let (code, digits) = hex(&mut self.source, 8)?;
                if code > 0x10ffff {
                    return Err(bad(format!("\\U{digits}")));
                }
                Ok(Escaped::Literal(code))
            }
            'N' if self.text => {
                if !self.source.matches('{')? {
                    return Err(self.source.error("missing {", 0));
                }
                let name = self.source.until('}', "character name")?;
                match unicode_names2::character(&name) {
                    Some(found) => Ok(Escaped::Literal(found as u32)),
                    None => {
                        let length = name.chars().count() + 4;
                        Err(self.source.error(format!("undefined character name {}", quoted(&name)), length))
                    }
                }
            }
            '0'..='7' if in_set || c == '0' => {
                let more = self.source.take_while(2, |c| c.is_digit(8))?;
                let code = u32::from_str_radix(&format!("{c}{more}"), 8).unwrap_or(0);
                if code > 0o377 {
                    return Err(at(
                        start,
                        format!("octal escape value \\{c}{more} outside of range 0-0o377"),
                    ));
                }
                Ok(Escaped::Literal(code))
            }
            '1'..='9' if !in_set => self.group_reference(c, start),
            c if c.is_ascii_alphanumeric() => Err(bad(format!("\\{c}"))),
            c => Ok(Escaped::Literal(c as u32)),
        }
    }

    /// A backslash and the digit `first`: an octal escape of three digits, or a group's number.
    fn group_reference(&mut self, first: char, start: usize) -> Result<Escaped, PatternError> {
        let mut digits = first.to_string();
        if let Some(second) = self.source.next_char().filter(char::is_ascii_digit) {
            self.source.advance()?;
            digits.push(second);
            if let Some(third) = self.source.next_char().filter(|c| c.is_digit(8))
                && first.is_digit(8)
                && second.is_digit(8)
            {
                self.source.advance()?;
                digits.push(third);
                let code = u32::from_str_radix(&digits, 8).unwrap_or(0);
                if code > 0o377 {
                    return Err(at(start, format!("octal escape value \\{digits} outside of range 0-0o377")));
                }
                return Ok(Escaped::Literal(code));
            }
        }
        let group: usize = digits.parse().unwrap_or(0);
        if group < self.groups.len() {
            if self.groups[group].is_none() {
                return Err(at(start, "cannot refer to an open group"));
            }
            return Ok(Escaped::GroupRef(group));
        }
        Err(at(start + 1, format!("invalid group reference {group}")))
    }

    /// A character set, after its `[`.
    fn set(&mut self) -> Result<(), PatternError> {
        let here = self.source.tell() - 1;
        let unterminated = || at(here, "unterminated character set");
        self.source.matches('^')?;
        let mut empty = true;
        loop {
            let this = self.source.get()?.ok_or_else(unterminated)?;
            if this == Token::Plain(']') && !empty {
                return Ok(());
            }
            empty = false;
            let low = self.set_member(this)?;
            if !self.source.matches('-')? {
                continue;
            }
            let that = self.source.get()?.ok_or_else(unterminated)?;
            if that == Token::Plain(']') {
                return Ok(());
            }
            let high = self.set_member(that)?;
            if !matches!((low, high), (Some(low), Some(high)) if low <= high) {
                let message = format!("bad character range {}-{}", this.text(), that.text());
                return Err(self.source.error(message, this.len() + 1 + that.len()));
            }
        }
    }

    /// A member of a set: its code point, or None for a category (`\w`).
    fn set_member(&mut self, token: Token) -> Result<Option<u32>, PatternError> {
        Ok(match token {
            Token::Plain(c) => Some(c as u32),
            Token::Escape(c) => match self.escape(c, true)? {
                Escaped::Literal(code) => Some(code),
                _ => None,
            },
        })
    }

    /// A parenthesis opened at `start`: a group, an extension `(?...)` or flags.
    fn group(
        &mut self,
        start: usize,
        verbose: bool,
        depth: usize,
        at_start: bool,
    ) -> Result<Option<Grouped>, PatternError> {
        let (mut capture, mut name, mut inner_verbose) = (true, None, verbose);
        if self.source.matches('?')? {
            let Some(kind) = self.source.get()? else {
                return Err(self.source.error("unexpected end of pattern", 0));
            };
            match kind {
                Token::Plain('P') => {
                    if self.source.matches('<')? {
                        name = Some(self.group_name('>')?);
                    } else if self.source.matches('=')? {
                        let wanted = self.group_name(')')?;
                        let offset = wanted.chars().count() + 1;
                        let Some(&group) = self.names.get(&wanted) else {
                            return Err(self
                                .source
                                .error(format!("unknown group name {}", quoted(&wanted)), offset));
                        };
                        let width = self.groups[group]
                            .ok_or_else(|| self.source.error("cannot refer to an open group", offset))?;
                        return Ok(Some(Grouped::Item(width)));
                    } else {
                        let Some(next) = self.source.get()? else {
                            return Err(self.source.error("unexpected end of pattern", 0));
                        };
                        return Err(self
                            .source
                            .error(format!("unknown extension ?P{}", next.text()), next.len() + 2));
                    }
                }
                Token::Plain(':') => capture = false,
                Token::Plain('>') => capture = false,
                Token::Plain('#') => loop {
                    match self.source.get()? {
                        None => return Err(at(start, "missing ), unterminated comment")),
                        Some(Token::Plain(')')) => return Ok(None),
                        Some(_) => {}
                    }
                },
                Token::Plain(c @ ('=' | '!' | '<')) => {
                    let mut behind = false;
                    if c == '<' {
                        let Some(next) = self.source.get()? else {
                            return Err(self.source.error("unexpected end of pattern", 0));
                        };
                        if !matches!(next, Token::Plain('=' | '!')) {
                            return Err(self
                                .source
                                .error(format!("unknown extension ?<{}", next.text()), next.len() + 2));
                        }
                        behind = true;
                    }
                    let width = self.alternation(verbose, depth)?;
                    self.close(start)?;
                    if behind && width.0 != width.1 {
                        self.fixed_lookbehind = false;
                    }
                    return Ok(Some(Grouped::Item((0, 0))));
                }
                Token::Plain('(') => {
                    return self.conditional(start, verbose, depth).map(|w| Some(Grouped::Item(w)));
                }
                Token::Plain(c) if FLAGS.contains(c) || c == '-' => match self.flags(c)? {
                    Flags::Global { verbose: on } => {
                        if !at_start {
                            return Err(at(start, "global flags not at the start of the expression"));
                        }
                        return Ok(Some(Grouped::Verbose(on)));
                    }
                    Flags::Scoped { verbose: on } => {
                        capture = false;
                        inner_verbose = on.unwrap_or(verbose);
                    }
                },
                other => {
                    return Err(self
                        .source
                        .error(format!("unknown extension ?{}", other.text()), other.len() + 1));
                }
            }
        }
        let group = capture.then(|| {
            self.groups.push(None);
            self.groups.len() - 1
        });
        if let (Some(name), Some(group)) = (name, group) {
            let offset = name.chars().count() + 1;
            if let Some(was) = self.names.insert(name.clone(), group) {
                let message =
                    format!("redefinition of group name {} as group {group}; was group {was}", quoted(&name));
                return Err(self.source.error(message, offset));
            }
        }
        let width = self.alternation(inner_verbose, depth)?;
        self.close(start)?;
        if let Some(group) = group {
            self.groups[group] = Some(width);
        }
        Ok(Some(Grouped::Item(width)))
    }

    /// The `)` of the group opened at `start`.
    fn close(&mut self, start: usize) -> Result<(), PatternError> {
        if self.source.matches(')')? { Ok(()) } else { Err(at(start, "missing ), unterminated subpattern")) }
    }

    /// A group's name up to `terminator`, which must be an identifier.
    fn group_name(&mut self, terminator: char) -> Result<String, PatternError> {
        let name = self.source.until(terminator, "group name")?;
        if !is_identifier(&name) {
            let message = format!("bad character in group name {}", quoted(&name));
            return Err(self.source.error(message, name.chars().count() + 1));
        }
        Ok(name)
    }

    /// `(?(group)yes|no)`, after its `(?(`.
    fn conditional(&mut self, start: usize, verbose: bool, depth: usize) -> Result<Width, PatternError> {
        let name = self.source.until(')', "group name")?;
        let offset = name.chars().count() + 1;
        if is_identifier(&name) {
            if !self.names.contains_key(&name) {
                return Err(self.source.error(format!("unknown group name {}", quoted(&name)), offset));
            }
        } else {
            match name.parse::<usize>() {
                Ok(0) => return Err(self.source.error("bad group number", offset)),
                Ok(group) if name.bytes().all(|b| b.is_ascii_digit()) => {
                    if group >= self.groups.len() && !self.later_groups.iter().any(|&(g, _)| g == group) {
                        self.later_groups.push((group, self.source.tell() - offset));
                    }
                }
                _ => {
                    return Err(self
                        .source
                        .error(format!("bad character in group name {}", quoted(&name)), offset));
                }
            }
        }
        let yes = self.sequence(verbose, depth + 1, false)?;
        let mut width = (0, yes.1);
        if self.source.matches('|')? {
            let no = self.sequence(verbose, depth + 1, false)?;
            if self.source.next == Some(Token::Plain('|')) {
                return Err(self.source.error("conditional backref with more than two branches", 0));
            }
            width = (yes.0.min(no.0), yes.1.max(no.1));
        }
        self.close(start)?;
        Ok(width)
    }

    /// Inline flags after `(?` (the first is `c`): global ones `(?x)`, or scoped ones
    /// `(?x-i:...)` with what they make of re.VERBOSE inside.
    fn flags(&mut self, mut c: char) -> Result<Flags, PatternError> {
        let mut added = String::new();
        let flag_error = |source: &Source, token: Token, otherwise: &str| {
            let alphabetic = matches!(token, Token::Plain(c) if c.is_alphabetic());
            source.error(if alphabetic { "unknown flag" } else { otherwise }, token.len())
        };
        if c != '-' {
            loop {
                if c == 'L' && self.text {
                    return Err(self
                        .source
                        .error("bad inline flags: cannot use 'L' flag with a str pattern", 0));
                }
                if c == 'u' && !self.text {
                    return Err(self
                        .source
                        .error("bad inline flags: cannot use 'u' flag with a bytes pattern", 0));
                }
                added.push(c);
                if TYPE_FLAGS.contains(c) && added.chars().any(|f| TYPE_FLAGS.contains(f) && f != c) {
                    return Err(self
                        .source
                        .error("bad inline flags: flags 'a', 'u' and 'L' are incompatible", 0));
                }
                let Some(token) = self.source.get()? else {
                    return Err(self.source.error("missing -, : or )", 0));
                };
                match token {
                    Token::Plain(next @ (')' | '-' | ':')) => {
                        c = next;
                        break;
                    }
                    Token::Plain(next) if FLAGS.contains(next) => c = next,
                    other => return Err(flag_error(&self.source, other, "missing -, : or )")),
                }
            }
        }
        if c == ')' {
            return Ok(Flags::Global { verbose: added.contains('x') });
        }
        // (`t`, re.TEMPLATE, is the one global flag spelled inline.)
        if added.contains('t') {
            return Err(self.source.error("bad inline flags: cannot turn on global flag", 1));
        }
        let mut removed = String::new();
        if c == '-' {
            let Some(token) = self.source.get()? else { return Err(self.source.error("missing flag", 0)) };
            match token {
                Token::Plain(next) if FLAGS.contains(next) => c = next,
                other => return Err(flag_error(&self.source, other, "missing flag")),
            }
            loop {
                if TYPE_FLAGS.contains(c) {
                    return Err(self
                        .source
                        .error("bad inline flags: cannot turn off flags 'a', 'u' and 'L'", 0));
                }
                removed.push(c);
                let Some(token) = self.source.get()? else { return Err(self.source.error("missing :", 0)) };
                match token {
                    Token::Plain(':') => break,
                    Token::Plain(next) if FLAGS.contains(next) => c = next,
                    other => return Err(flag_error(&self.source, other, "missing :")),
                }
            }
        }
        if removed.contains('t') {
            return Err(self.source.error("bad inline flags: cannot turn off global flag", 1));
        }
        if added.chars().any(|f| removed.contains(f)) {
            return Err(self.source.error("bad inline flags: flag turned on and off", 1));
        }
        let verbose = if removed.contains('x') {
            Some(false)
        } else if added.contains('x') {
            Some(true)
        } else {
            None
        };
        Ok(Flags::Scoped { verbose })
    }
}

/// What inline flags say: global ones (and whether they turn re.VERBOSE on), or scoped ones
/// (re.VERBOSE inside turned on, off, or left as it is).
enum Flags {
    Global { verbose: bool },
    Scoped { verbose: Option<bool> },
}

/// Python's `str.isidentifier()`.
fn is_identifier(name: &str) -> bool {
    let mut chars = name.chars();
    chars.next().is_some_and(|c| c == '_' || unicode_ident::is_xid_start(c))
        && chars.all(unicode_ident::is_xid_continue)
}

/// An error at character `position`.
fn at(position: usize, message: impl Into<String>) -> PatternError {
    PatternError { message: message.into(), position: Some(position) }
}

/// `text` as Python's `repr` of a str shows it (enough for names in messages).
fn quoted(text: &str) -> String {
    if text.contains('\'') && !text.contains('"') {
        format!("\"{text}\"")
    } else {
        format!("'{}'", text.replace('\\', "\\\\").replace('\'', "\\'"))
    }
}

/// What a parenthesis opened: an item of the given width, or global flags (with re.VERBOSE
/// now on or off); None for a comment.
enum Grouped {
    Item(Width),
    Verbose(bool),
}

#[cfg(test)]
mod tests {
    use super::{PatternError, check};

    fn error(pattern: &str) -> Option<(String, Option<usize>)> {
        check(pattern, true, false).err().map(|PatternError { message, position }| (message, position))
    }

    #[test]
    fn repetitions_need_something_to_repeat_once() {
        assert_eq!(error("a**"), Some(("multiple repeat".into(), Some(2))));
        assert_eq!(error("a??+"), Some(("multiple repeat".into(), Some(3))));
        assert_eq!(error("^*"), Some(("nothing to repeat".into(), Some(1))));
        assert_eq!(error("a*?"), None);
        assert_eq!(error("a{2}{"), None);
    }

    #[test]
    fn groups_are_numbered_as_they_open() {
        assert_eq!(error("(a)\\1"), None);
        assert_eq!(error("(a\\1)"), Some(("cannot refer to an open group".into(), Some(2))));
        assert_eq!(error("(a)\\2"), Some(("invalid group reference 2".into(), Some(4))));
    }
}
