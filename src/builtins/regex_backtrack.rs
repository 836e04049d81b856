//! A backtracking matcher, as CPython's `sre` is, for what the `regex` crate cannot run:
//! backreferences (`\1`, `(?P=name)`), look-ahead and look-behind, atomic groups, possessive
//! repetitions and conditional groups; `$` outside re.MULTILINE (which also matches before a
//! final newline); and for the step `finditer` takes after an empty
//! match, where CPython looks for a non-empty match at the same place before moving on
//! (`re.findall('|a', 'a')` is `['', 'a', '']`), which a leftmost-first automaton cannot.
//!
//! Patterns come here only after `regex_check` accepted them, so the parser trusts their
//! shape. Matching works on code points and recurses (a repetition a level per iteration):
//! a match too deep for the caller's stack is run again on a thread with a large one, and a
//! match deeper than that allows gives up with an error instead of exhausting the stack.

/// How deep the matcher may recurse (each repetition of an item is a level, of about 500
/// bytes of stack): on the caller's stack first, then, if that was not enough, on a thread
/// of its own with a stack of `STACK_PER_LEVEL` a level (reserved, not touched until used).
const INLINE_DEPTH: usize = 1_500;
const THREAD_DEPTH: usize = 250_000;
const STACK_PER_LEVEL: usize = 1024;

/// A compiled pattern: its tree, the number of capturing groups and their names.
pub struct Program {
    root: Node,
    pub groups: usize,
    pub names: Vec<(String, usize)>,
    /// It has parts only this matcher runs (a backreference, a look-around, an atomic
    /// group, a possessive repetition, a conditional group).
    pub needs_backtracking: bool,
}

#[derive(Clone, Copy, Default)]
struct Flags {
    ignore_case: bool,
    multiline: bool,
    dotall: bool,
    verbose: bool,
    ascii: bool,
}

enum Node {
    Char(char, bool),
    /// `.`: any character (a newline too under re.DOTALL).
    Any(bool),
    Set(Box<Set>),
    Assert(Anchor),
    Group(usize, Box<Node>),
    Concat(Vec<Node>),
    Alt(Vec<Node>),
    Repeat {
        node: Box<Node>,
        min: usize,
        max: usize,
        greedy: bool,
    },
    Atomic(Box<Node>),
    Backref(usize, bool),
    /// A look-ahead (`behind` None) or a look-behind of that fixed width.
    Look {
        behind: Option<usize>,
        negate: bool,
        node: Box<Node>,
    },
    Cond(usize, Box<Node>, Box<Node>),
}

#[derive(Clone, Copy)]
enum Anchor {
    Start(bool),
    End(bool),
    TextStart,
    TextEnd,
    Boundary { ascii: bool, negate: bool },
}

struct Set {
    negated: bool,
    ignore_case: bool,
    items: Vec<Item>,
}

enum Item {
    Range(char, char),
    /// `\d`, `\w`, `\s` or a negation (the letter), ASCII only or not.
    Class(char, bool),
}

const IGNORECASE: i64 = 2;
const MULTILINE: i64 = 8;
const DOTALL: i64 = 16;
const VERBOSE: i64 = 64;
const ASCII: i64 = 256;

impl Program {
    /// The program of a pattern `regex_check` accepted, with the `re` flags `flags`.
    pub fn new(pattern: &str, flags: i64) -> Program {
        let chars: Vec<char> = pattern.chars().collect();
        let mut global = Flags {
            ignore_case: flags & IGNORECASE != 0,
            multiline: flags & MULTILINE != 0,
            dotall: flags & DOTALL != 0,
            verbose: flags & VERBOSE != 0,
            ascii: flags & ASCII != 0,
        };
        // Global flags `(?i)` stand at the start and hold for the whole pattern.
        let mut at = 0;
        while chars.get(at..at + 2) == Some(&['(', '?'][..]) {
            let letters = chars[at + 2..].iter().take_while(|c| c.is_ascii_alphabetic()).count();
            if chars.get(at + 2 + letters) != Some(&')') || letters == 0 {
                break;
            }
            for &c in &chars[at + 2..at + 2 + letters] {
                set_flag(&mut global, c, true);
            }
            at += letters + 3;
        }
        let mut parser = Parser { chars: &chars, at: 0, groups: 0, names: Vec::new() };
        let root = parser.alternation(global);
        Program { needs_backtracking: only_here(&root), root, groups: parser.groups, names: parser.names }
    }

    /// The group spans (as code-point offsets, group 0 first) of the first match in `text`
    /// starting at or after `start` (only at `start` when `anchored`), ending at the end of
    /// `text` when `whole`; a match at `start` must not be empty when `advance`. `limit`:
    /// how deep the matcher may go, which `on_stack` gives.
    pub fn search(
        &self,
        text: &[char],
        start: usize,
        (anchored, whole, advance): (bool, bool, bool),
        limit: usize,
    ) -> Result<Option<Captures>, String> {
        let last = if anchored { start } else { text.len() };
        for at in start..=last.min(text.len()) {
            let mut m =
                Matcher { text, captures: vec![None; self.groups + 1], depth: 0, limit, too_deep: false };
            let must_move = advance && at == start;
            let mut end = None;
            let found = m.node(&self.root, at, &mut |_, e| {
                if (whole && e != text.len()) || (must_move && e == at) {
                    return false;
                }
                end = Some(e);
                true
            });
            if m.too_deep {
                return Err("pattern too complex for pyglass's backtracking matcher".into());
            }
            if found && let Some(e) = end {
                m.captures[0] = Some((at, e));
                return Ok(Some(m.captures));
            }
        }
        Ok(None)
    }
}

/// Run `matching` (given how deep it may go) on this stack, and again on a thread with a
/// stack deep enough if that was not deep enough.
pub fn on_stack<T: Send>(matching: impl Fn(usize) -> Result<T, String> + Sync) -> Result<T, String> {
    if let Ok(done) = matching(INLINE_DEPTH) {
        return Ok(done);
    }
    let stack = THREAD_DEPTH * STACK_PER_LEVEL + (1 << 20);
    let matching = &matching;
    std::thread::scope(|scope| {
        match std::thread::Builder::new()
            .stack_size(stack)
            .spawn_scoped(scope, move || matching(THREAD_DEPTH))
        {
            Ok(thread) => thread.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic)),
            Err(_) => Err("no thread for the matcher".into()),
        }
    })
}

fn set_flag(flags: &mut Flags, letter: char, on: bool) {
    match letter {
        'i' => flags.ignore_case = on,
        'm' => flags.multiline = on,
        's' => flags.dotall = on,
        'x' => flags.verbose = on,
        'a' => flags.ascii = on,
        _ => {}
    }
}

struct Parser<'a> {
    chars: &'a [char],
    at: usize,
    groups: usize,
    names: Vec<(String, usize)>,
}

impl Parser<'_> {
    fn peek(&self) -> Option<char> {
        self.chars.get(self.at).copied()
    }

    fn eat(&mut self, c: char) -> bool {
        let found = self.peek() == Some(c);
        self.at += usize::from(found);
        found
    }

    fn next(&mut self) -> char {
        let c = self.peek().unwrap_or(')');
        self.at += 1;
        c
    }

    /// The characters up to `end`, which is taken too.
    fn until(&mut self, end: char) -> String {
        let mut text = String::new();
        while let Some(c) = self.peek() {
            self.at += 1;
            if c == end {
                break;
            }
            text.push(c);
        }
        text
    }

    fn alternation(&mut self, flags: Flags) -> Node {
        let mut alternatives = vec![self.sequence(flags)];
        while self.eat('|') {
            alternatives.push(self.sequence(flags));
        }
        if alternatives.len() == 1 {
            alternatives.pop().unwrap_or(Node::Concat(Vec::new()))
        } else {
            Node::Alt(alternatives)
        }
    }

    fn sequence(&mut self, flags: Flags) -> Node {
        let mut items = Vec::new();
        while let Some(c) = self.peek() {
            if c == '|' || c == ')' {
                break;
            }
            self.at += 1;
            if flags.verbose && (c.is_whitespace() || c == '#') {
                if c == '#' {
                    self.until('\n');
                }
                continue;
            }
            let counts = match c {
                '*' => Some((0, usize::MAX)),
                '+' => Some((1, usize::MAX)),
                '?' => Some((0, 1)),
                '{' => self.counted(),
                _ => None,
            };
            if let Some((min, max)) = counts {
                let node = Box::new(items.pop().unwrap_or(Node::Concat(Vec::new())));
                let greedy = !self.eat('?');
                let repeat = Node::Repeat { node, min, max, greedy };
                items.push(if greedy && self.eat('+') { Node::Atomic(Box::new(repeat)) } else { repeat });
                continue;
            }
            let item = match c {
                '\\' => self.escape(flags),
                '[' => self.set(flags),
                '.' => Node::Any(flags.dotall),
                '^' => Node::Assert(Anchor::Start(flags.multiline)),
                '$' => Node::Assert(Anchor::End(flags.multiline)),
                '(' => match self.group(flags) {
                    Some(node) => node,
                    None => continue,
                },
                c => Node::Char(c, flags.ignore_case),
            };
            items.push(item);
        }
        if items.len() == 1 { items.pop().unwrap_or(Node::Concat(Vec::new())) } else { Node::Concat(items) }
    }

    /// After a `{`: the counts of a repetition, or None (and nothing taken) for a literal.
    fn counted(&mut self) -> Option<(usize, usize)> {
        let rest = &self.chars[self.at..];
        let close = rest.iter().position(|&c| c == '}')?;
        let inside: String = rest[..close].iter().collect();
        if inside.is_empty() || !inside.chars().all(|c| c.is_ascii_digit() || c == ',') {
            return None;
        }
        let (low, high) = match inside.split_once(',') {
            Some((_, high)) if high.contains(',') => return None,
            Some((low, high)) => (low.parse().unwrap_or(0), high.parse().unwrap_or(usize::MAX)),
            None => {
                let n = inside.parse().ok()?;
                (n, n)
            }
        };
        self.at += close + 1;
        Some((low, high))
    }

    fn escape(&mut self, flags: Flags) -> Node {
        let c = self.next();
        match c {
            'd' | 'D' | 's' | 'S' | 'w' | 'W' => Node::Set(Box::new(Set {
                negated: false,
                ignore_case: false,
                items: vec![Item::Class(c, flags.ascii)],
            })),
            'A' => Node::Assert(Anchor::TextStart),
            'Z' => Node::Assert(Anchor::TextEnd),
            'b' | 'B' => Node::Assert(Anchor::Boundary { ascii: flags.ascii, negate: c == 'B' }),
            '1'..='9' => {
                let mut digits = c.to_string();
                if let Some(d) = self.peek().filter(char::is_ascii_digit) {
                    let octal = self.chars.get(self.at + 1).is_some_and(|e| e.is_digit(8));
                    if c.is_digit(8) && d.is_digit(8) && octal {
                        let code: String = self.chars[self.at - 1..self.at + 2].iter().collect();
                        self.at += 2;
                        return Node::Char(
                            from_code(u32::from_str_radix(&code, 8).unwrap_or(0)),
                            flags.ignore_case,
                        );
                    }
                    digits.push(d);
                    self.at += 1;
                }
                Node::Backref(digits.parse().unwrap_or(0), flags.ignore_case)
            }
            _ => Node::Char(self.character(c), flags.ignore_case),
        }
    }

    /// The character an escape `\c` outside the classes and references stands for.
    fn character(&mut self, c: char) -> char {
        let hex = |parser: &mut Parser, count: usize| {
            let digits: String = parser.chars[parser.at..].iter().take(count).collect();
            parser.at += digits.chars().count();
            from_code(u32::from_str_radix(&digits, 16).unwrap_or(0))
        };
        match c {
            'a' => '\x07',
            'f' => '\x0c',
            'n' => '\n',
            'r' => '\r',
            't' => '\t',
            'v' => '\x0b',
            'x' => hex(self, 2),
            'u' => hex(self, 4),
            'U' => hex(self, 8),
            'N' => {
                self.eat('{');
                unicode_names2::character(&self.until('}')).unwrap_or('\0')
            }
            '0'..='7' => {
                let digits: String = std::iter::once(c)
                    .chain(self.chars[self.at..].iter().copied().take(2).take_while(|d| d.is_digit(8)))
                    .collect();
                self.at += digits.len() - 1;
                from_code(u32::from_str_radix(&digits, 8).unwrap_or(0))
            }
            c => c,
        }
    }

    /// A set, after its `[`.
    fn set(&mut self, flags: Flags) -> Node {
        let negated = self.eat('^');
        let mut items = Vec::new();
        let mut first = true;
        while let Some(c) = self.peek() {
            self.at += 1;
            if c == ']' && !first {
                break;
            }
            first = false;
            let low = if c == '\\' {
                let e = self.next();
                if "dDsSwW".contains(e) {
                    items.push(Item::Class(e, flags.ascii));
                    continue;
                }
                if e == 'b' { '\x08' } else { self.character(e) }
            } else {
                c
            };
            if self.peek() == Some('-') && self.chars.get(self.at + 1).is_some_and(|&c| c != ']') {
                self.at += 1;
                let h = self.next();
                let high = if h == '\\' {
                    let e = self.next();
                    if e == 'b' { '\x08' } else { self.character(e) }
                } else {
                    h
                };
                items.push(Item::Range(low, high));
            } else {
                items.push(Item::Range(low, low));
            }
        }
        Node::Set(Box::new(Set { negated, ignore_case: flags.ignore_case, items }))
    }

    /// What a `(` opens: a group, an extension, or nothing (a comment, global flags).
    fn group(&mut self, flags: Flags) -> Option<Node> {
        if !self.eat('?') {
            self.groups += 1;
            let index = self.groups;
            let inner = self.alternation(flags);
            self.eat(')');
            return Some(Node::Group(index, Box::new(inner)));
        }
        let kind = self.next();
        let node = match kind {
            'P' if self.eat('<') => {
                let name = self.until('>');
                self.groups += 1;
                let index = self.groups;
                self.names.push((name, index));
                Node::Group(index, Box::new(self.alternation(flags)))
            }
            'P' => {
                self.eat('=');
                let name = self.until(')');
                let index = self.names.iter().find(|(n, _)| *n == name).map_or(0, |&(_, i)| i);
                return Some(Node::Backref(index, flags.ignore_case));
            }
            ':' => self.alternation(flags),
            '>' => Node::Atomic(Box::new(self.alternation(flags))),
            '#' => {
                self.until(')');
                return None;
            }
            '=' | '!' | '<' => {
                let (behind, negate) =
                    if kind == '<' { (true, self.next() == '!') } else { (false, kind == '!') };
                let node = self.alternation(flags);
                let behind = behind.then(|| width(&node).unwrap_or(0));
                Node::Look { behind, negate, node: Box::new(node) }
            }
            '(' => {
                let name = self.until(')');
                let index = name
                    .parse()
                    .ok()
                    .or_else(|| self.names.iter().find(|(n, _)| *n == name).map(|&(_, i)| i))
                    .unwrap_or(0);
                let yes = self.sequence(flags);
                let no = if self.eat('|') { self.sequence(flags) } else { Node::Concat(Vec::new()) };
                Node::Cond(index, Box::new(yes), Box::new(no))
            }
            _ => {
                // Inline flags: `(?i)` (global, read already) or scoped `(?i-m:...)`.
                let mut scoped = flags;
                let mut on = true;
                let mut letter = kind;
                loop {
                    match letter {
                        ')' => return None,
                        ':' => break,
                        '-' => on = false,
                        c => set_flag(&mut scoped, c, on),
                    }
                    letter = self.next();
                }
                self.alternation(scoped)
            }
        };
        self.eat(')');
        Some(node)
    }
}

fn from_code(code: u32) -> char {
    char::from_u32(code).unwrap_or('\u{fffd}')
}

/// The fixed number of characters `node` matches, if it has one.
fn width(node: &Node) -> Option<usize> {
    match node {
        Node::Char(..) | Node::Any(_) | Node::Set(_) => Some(1),
        Node::Assert(_) | Node::Look { .. } => Some(0),
        Node::Group(_, inner) | Node::Atomic(inner) => width(inner),
        Node::Concat(items) => items.iter().map(width).sum(),
        Node::Alt(items) => {
            let first = width(items.first()?)?;
            items.iter().all(|n| width(n) == Some(first)).then_some(first)
        }
        Node::Repeat { node, min, max, .. } if min == max => width(node).map(|w| w * min),
        Node::Cond(_, yes, no) => width(yes).filter(|&w| width(no) == Some(w)),
        Node::Repeat { .. } | Node::Backref(..) => None,
    }
}

/// Whether `node` has a part only the backtracking matcher runs.
fn only_here(node: &Node) -> bool {
    match node {
        Node::Atomic(_) | Node::Backref(..) | Node::Look { .. } | Node::Cond(..) => true,
        // `$` outside re.MULTILINE also matches before a newline that ends the text, where the
        // crate's matches only at the very end.
        Node::Assert(Anchor::End(false)) => true,
        // (A repeated group that may match nothing keeps what its last, empty, iteration
        // caught, `(a*)+` on "aa" catching "", where the crate keeps "aa".)
        Node::Repeat { node: inner, .. } => only_here(inner) || (has_group(inner) && may_be_empty(inner)),
        Node::Group(_, inner) => only_here(inner),
        Node::Concat(items) | Node::Alt(items) => items.iter().any(only_here),
        Node::Char(..) | Node::Any(_) | Node::Set(_) | Node::Assert(_) => false,
    }
}

fn has_group(node: &Node) -> bool {
    match node {
        Node::Group(..) => true,
        Node::Repeat { node: inner, .. } | Node::Atomic(inner) => has_group(inner),
        Node::Look { node: inner, .. } => has_group(inner),
        Node::Concat(items) | Node::Alt(items) => items.iter().any(has_group),
        Node::Cond(_, yes, no) => has_group(yes) || has_group(no),
        Node::Char(..) | Node::Any(_) | Node::Set(_) | Node::Assert(_) | Node::Backref(..) => false,
    }
}

fn may_be_empty(node: &Node) -> bool {
    match node {
        Node::Char(..) | Node::Any(_) | Node::Set(_) => false,
        Node::Assert(_) | Node::Look { .. } | Node::Backref(..) => true,
        Node::Group(_, inner) | Node::Atomic(inner) => may_be_empty(inner),
        Node::Repeat { node: inner, min, .. } => *min == 0 || may_be_empty(inner),
        Node::Concat(items) => items.iter().all(may_be_empty),
        Node::Alt(items) => items.iter().any(may_be_empty),
        Node::Cond(_, yes, no) => may_be_empty(yes) || may_be_empty(no),
    }
}

fn same_letter(a: char, b: char, ignore_case: bool) -> bool {
    a == b || (ignore_case && fold(a) == fold(b))
}

fn fold(c: char) -> char {
    c.to_lowercase().next().unwrap_or(c)
}

fn is_word(c: char, ascii: bool) -> bool {
    if ascii { c.is_ascii_alphanumeric() || c == '_' } else { c.is_alphanumeric() || c == '_' }
}

fn in_class(class: char, ascii: bool, c: char) -> bool {
    let member = match class.to_ascii_lowercase() {
        'd' if ascii => c.is_ascii_digit(),
        'd' => super::str_methods::is_decimal(c),
        's' if ascii => " \t\n\r\x0b\x0c".contains(c),
        's' => c.is_whitespace() || ('\x1c'..='\x1f').contains(&c),
        _ => is_word(c, ascii),
    };
    member != class.is_ascii_uppercase()
}

impl Set {
    fn contains(&self, c: char) -> bool {
        let hit = |c: char| {
            self.items.iter().any(|item| match *item {
                Item::Range(low, high) => (low..=high).contains(&c),
                Item::Class(class, ascii) => in_class(class, ascii, c),
            })
        };
        let found = hit(c)
            || (self.ignore_case
                && (hit(fold(c)) || c.to_uppercase().next().is_some_and(|u| u != c && hit(u))));
        found != self.negated
    }
}

type Captures = Vec<Option<(usize, usize)>>;

struct Matcher<'a> {
    text: &'a [char],
    captures: Captures,
    depth: usize,
    limit: usize,
    too_deep: bool,
}

/// What comes after the node being matched: given the position reached, whether the rest
/// of the pattern matches from there.
type Then<'k, 'a> = dyn FnMut(&mut Matcher<'a>, usize) -> bool + 'k;

impl<'a> Matcher<'a> {
    fn node(&mut self, node: &Node, at: usize, then: &mut Then<'_, 'a>) -> bool {
        if self.depth >= self.limit {
            self.too_deep = true;
        }
        if self.too_deep {
            return false;
        }
        self.depth += 1;
        let found = self.step(node, at, then);
        self.depth -= 1;
        found
    }

    fn step(&mut self, node: &Node, at: usize, then: &mut Then<'_, 'a>) -> bool {
        let text = self.text;
        match node {
            Node::Char(c, ignore_case) => {
                text.get(at).is_some_and(|&t| same_letter(t, *c, *ignore_case)) && then(self, at + 1)
            }
            Node::Any(dotall) => text.get(at).is_some_and(|&t| *dotall || t != '\n') && then(self, at + 1),
            Node::Set(set) => text.get(at).is_some_and(|&t| set.contains(t)) && then(self, at + 1),
            Node::Assert(anchor) => self.holds(*anchor, at) && then(self, at),
            Node::Group(index, inner) => self.node(inner, at, &mut |m: &mut Matcher<'a>, end| {
                let saved = m.captures[*index];
                m.captures[*index] = Some((at, end));
                then(m, end) || {
                    m.captures[*index] = saved;
                    false
                }
            }),
            Node::Concat(items) => self.sequence(items, at, then),
            Node::Alt(items) => items.iter().any(|item| self.node(item, at, then)),
            Node::Repeat { node, min, max, greedy } => {
                self.repeat(node, (*min, *max, *greedy), (0, None), at, then)
            }
            Node::Atomic(inner) => {
                let saved = self.captures.clone();
                let mut end = None;
                if !self.node(inner, at, &mut |_, e| {
                    end = Some(e);
                    true
                }) {
                    return false;
                }
                let Some(end) = end else { return false };
                then(self, end) || {
                    self.captures = saved;
                    false
                }
            }
            Node::Backref(index, ignore_case) => {
                let Some(Some((start, end))) = self.captures.get(*index).copied() else { return false };
                let length = end - start;
                let matches = at + length <= text.len()
                    && (0..length).all(|i| same_letter(text[start + i], text[at + i], *ignore_case));
                matches && then(self, at + length)
            }
            Node::Look { behind, negate, node } => {
                let saved = self.captures.clone();
                let found = match behind {
                    None => self.node(node, at, &mut |_, _| true),
                    Some(width) => at >= *width && self.node(node, at - width, &mut |_, end| end == at),
                };
                if found == *negate {
                    self.captures = saved;
                    return false;
                }
                if *negate {
                    self.captures = saved.clone();
                }
                then(self, at) || {
                    self.captures = saved;
                    false
                }
            }
            Node::Cond(index, yes, no) => {
                let branch = if self.captures.get(*index).is_some_and(Option::is_some) { yes } else { no };
                self.node(branch, at, then)
            }
        }
    }

    fn sequence(&mut self, items: &[Node], at: usize, then: &mut Then<'_, 'a>) -> bool {
        match items.split_first() {
            None => then(self, at),
            Some((first, rest)) => {
                self.node(first, at, &mut |m: &mut Matcher<'a>, next| m.sequence(rest, next, then))
            }
        }
    }

    /// `node` repeated, `count` times so far, the last time from `last`. Past the least
    /// count another iteration is tried only from a place other than where the last one
    /// began, as in `sre`: an empty iteration is taken once, then the repetition ends.
    fn repeat(
        &mut self,
        node: &Node,
        (min, max, greedy): (usize, usize, bool),
        (count, last): (usize, Option<usize>),
        at: usize,
        then: &mut Then<'_, 'a>,
    ) -> bool {
        let again = |m: &mut Matcher<'a>, then: &mut Then<'_, 'a>| {
            m.node(node, at, &mut |m: &mut Matcher<'a>, next| {
                m.repeat(node, (min, max, greedy), (count + 1, Some(at)), next, then)
            })
        };
        if count < min {
            return again(self, then);
        }
        let more = count < max && last != Some(at);
        // Greedy: another iteration first, then the rest; lazy: the other way round.
        if greedy && more && again(self, then) {
            return true;
        }
        then(self, at) || (!greedy && more && again(self, then))
    }

    fn holds(&self, anchor: Anchor, at: usize) -> bool {
        let text = self.text;
        let end = text.len();
        match anchor {
            Anchor::Start(multiline) => at == 0 || (multiline && text[at - 1] == '\n'),
            Anchor::End(multiline) => {
                at == end || (at + 1 == end && text[at] == '\n') || (multiline && text[at] == '\n')
            }
            Anchor::TextStart => at == 0,
            Anchor::TextEnd => at == end,
            Anchor::Boundary { ascii, negate } => {
                let before = at > 0 && is_word(text[at - 1], ascii);
                let after = at < end && is_word(text[at], ascii);
                (before != after) != negate
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Program;

    fn spans(pattern: &str, text: &str) -> Option<Vec<Option<(usize, usize)>>> {
        let text: Vec<char> = text.chars().collect();
        Program::new(pattern, 0)
            .search(&text, 0, (false, false, false), super::INLINE_DEPTH)
            .expect("not too deep")
    }

    #[test]
    fn backreferences_and_lookaround() {
        assert_eq!(spans(r"(\w)\1", "abccd"), Some(vec![Some((2, 4)), Some((2, 3))]));
        assert_eq!(spans(r"\d+(?=px)", "10em 20px"), Some(vec![Some((5, 7))]));
        assert_eq!(spans(r"(?<!-)\b\d", "-1 2"), Some(vec![Some((3, 4))]));
        assert_eq!(spans(r"(?>a+)a", "aaa"), None);
    }

    #[test]
    fn long_subjects_are_matched_and_longer_ones_give_up() {
        let program = Program::new(r"(a)\1*b", 0);
        let run =
            |text: &[char]| super::on_stack(|limit| program.search(text, 0, (true, false, false), limit));
        let text: Vec<char> = format!("{}b", "a".repeat(100_000)).chars().collect();
        assert_eq!(run(&text), Ok(Some(vec![Some((0, 100_001)), Some((0, 1))])));
        let text: Vec<char> = "a".repeat(1_000_000).chars().collect();
        assert!(run(&text).is_err());
    }

    #[test]
    fn no_pattern_makes_the_check_or_the_matcher_panic() {
        let alphabet = ['a', '\\', '1', '(', ')', '[', ']', '{', '}', '?', '*', '-', '<', '=', ':', 'P', '|'];
        let mut patterns = vec![String::new()];
        for _ in 0..4 {
            patterns =
                patterns.iter().flat_map(|p| alphabet.iter().map(move |c| format!("{p}{c}"))).collect();
            for pattern in &patterns {
                let _ = super::super::regex_check::check(pattern, false, true);
                if super::super::regex_check::check(pattern, true, false).is_ok() {
                    let program = Program::new(pattern, 0);
                    for text in ["", "a", "aa(", "ba1"] {
                        let text: Vec<char> = text.chars().collect();
                        let _ = program.search(&text, 0, (false, false, true), super::INLINE_DEPTH);
                    }
                }
            }
        }
    }
}
