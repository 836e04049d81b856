//! f-strings as CPython 3.11 parses them (`fstring_find_literal`, `fstring_find_expr`,
//! `fstring_compile_expr` and `fstring_find_expr_location` in `Parser/string_parser.c`): the
//! body is split into literal text and `{expr[=][!conv][:spec]}` fields; each expression is
//! parsed on its own, wrapped in parentheses, with positions shifted to where it sits in the
//! file. Nodes built from the string itself span the whole string group.

use super::strings::{Literal, Part, StringToken, decode_str_escapes, join_parts};
use crate::ast::{Expr, ExprKind, Span};

type Result<T> = std::result::Result<T, String>;

/// Parse one f-string token's body into `parts`.
pub fn parse(
    token: &StringToken,
    literal: &Literal,
    filename: &str,
    group: Span,
    parts: &mut Vec<Part>,
) -> Result<()> {
    let mut scanner = Scanner { token, literal, filename, group, pos: 0, body: literal.body.as_bytes() };
    scanner.parse_parts(0, parts)
}

struct Scanner<'a> {
    token: &'a StringToken<'a>,
    literal: &'a Literal<'a>,
    filename: &'a str,
    group: Span,
    /// Byte position in the body.
    pos: usize,
    body: &'a [u8],
}

impl Scanner<'_> {
    fn text(&self, from: usize, to: usize) -> &str {
        self.literal.body.get(from..to).unwrap_or("")
    }

    /// Literal text and fields until the end of the body (or, in a format spec, a closing `}`).
    fn parse_parts(&mut self, level: u32, parts: &mut Vec<Part>) -> Result<()> {
        let mut literal_start = self.pos;
        while self.pos < self.body.len() {
            let c = self.body[self.pos];
            if !self.literal.raw
                && c == b'\\'
                && self.body.get(self.pos + 1) == Some(&b'N')
                && self.body.get(self.pos + 2) == Some(&b'{')
            {
                // \N{NAME}: its braces are not a field.
                match self.body[self.pos..].iter().position(|&b| b == b'}') {
                    Some(end) => self.pos += end + 1,
                    None => self.pos = self.body.len(),
                }
                continue;
            }
            if c == b'\\' && !self.literal.raw {
                self.pos += 2;
                continue;
            }
            if c == b'{' || c == b'}' {
                let doubled = self.body.get(self.pos + 1) == Some(&c);
                if level > 0 && c == b'}' {
                    break;
                }
                if doubled && level == 0 {
                    self.push_literal(literal_start, self.pos + 1, parts)?;
                    self.pos += 2;
                    literal_start = self.pos;
                    continue;
                }
                if c == b'}' {
                    return Err("f-string: single '}' is not allowed".into());
                }
                self.push_literal(literal_start, self.pos, parts)?;
                self.field(level, parts)?;
                literal_start = self.pos;
                continue;
            }
            self.pos += 1;
        }
        let end = self.pos.min(self.body.len());
        self.push_literal(literal_start, end, parts)
    }

    fn push_literal(&self, from: usize, to: usize, parts: &mut Vec<Part>) -> Result<()> {
        if from >= to {
            return Ok(());
        }
        let text = self.text(from, to);
        let mut points = Vec::new();
        if self.literal.raw {
            points.extend(text.replace("\r\n", "\n").chars().map(u32::from));
        } else {
            decode_str_escapes(text, &mut points).map_err(|e| format!("(unicode error) {e}"))?;
        }
        parts.push(Part::Text(points));
        Ok(())
    }

    /// A replacement field starting at `{` (at `self.pos`).
    fn field(&mut self, level: u32, parts: &mut Vec<Part>) -> Result<()> {
        if level >= 2 {
            return Err("f-string: expressions nested too deeply".into());
        }
        let brace = self.pos;
        self.pos += 1;
        let expr_start = self.pos;
        let mut stack: Vec<u8> = Vec::new();
        let mut quote: Option<(u8, bool)> = None;
        while self.pos < self.body.len() {
            let c = self.body[self.pos];
            if c == b'\\' {
                return Err("f-string expression part cannot include a backslash".into());
            }
            if let Some((q, triple)) = quote {
                if c == q && (!triple || self.body[self.pos..].starts_with(&[q, q, q])) {
                    self.pos += if triple { 3 } else { 1 };
                    quote = None;
                } else {
                    self.pos += 1;
                }
                continue;
            }
            match c {
                b'\'' | b'"' => {
                    let triple = self.body[self.pos..].starts_with(&[c, c, c]);
                    quote = Some((c, triple));
                    self.pos += if triple { 3 } else { 1 };
                    continue;
                }
                b'(' | b'[' | b'{' => stack.push(c),
                b')' | b']' | b'}' if !stack.is_empty() => {
                    let open = stack.pop().unwrap_or(b'(');
                    let expected = match open {
                        b'(' => b')',
                        b'[' => b']',
                        _ => b'}',
                    };
                    if c != expected {
                        return Err(format!(
                            "f-string: closing parenthesis '{}' does not match opening parenthesis '{}'",
                            c as char, open as char
                        ));
                    }
                }
                b')' | b']' => return Err(format!("f-string: unmatched '{}'", c as char)),
                b'#' => return Err("f-string expression part cannot include '#'".into()),
                b'}' => break,
                b'!' if stack.is_empty() && self.body.get(self.pos + 1) != Some(&b'=') => break,
                b':' if stack.is_empty() => break,
                b'=' if stack.is_empty()
                    && self.body.get(self.pos + 1) != Some(&b'=')
                    && !matches!(
                        self.body.get(self.pos.wrapping_sub(1)),
                        Some(b'=' | b'!' | b'<' | b'>')
                    ) =>
                {
                    break;
                }
                _ => {}
            }
            self.pos += 1;
        }
        if quote.is_some() {
            return Err("f-string: unterminated string".into());
        }
        if self.pos >= self.body.len() {
            if !stack.is_empty() {
                return Err(
                    "f-string: unmatched '('".replace('(', &(stack[stack.len() - 1] as char).to_string())
                );
            }
            return Err("f-string: expecting '}'".into());
        }
        let expr_end = self.pos;
        let source = self.text(expr_start, expr_end);
        if source.trim_matches([' ', '\t', '\n', '\r', '\x0c']).is_empty() {
            return Err("f-string: empty expression not allowed".into());
        }
        let value = self.compile(brace, source)?;

        let mut debug_text = None;
        if self.body[self.pos] == b'=' {
            self.pos += 1;
            while self.pos < self.body.len() && self.body[self.pos].is_ascii_whitespace() {
                self.pos += 1;
            }
            debug_text = Some(self.text(expr_start, self.pos).to_string());
        }
        let mut conversion = -1;
        if self.body.get(self.pos) == Some(&b'!') {
            self.pos += 1;
            match self.body.get(self.pos) {
                Some(&c @ (b's' | b'r' | b'a')) => {
                    conversion = i32::from(c);
                    self.pos += 1;
                }
                _ => return Err("f-string: invalid conversion character: expected 's', 'r', or 'a'".into()),
            }
        }
        let mut format_spec = None;
        if self.body.get(self.pos) == Some(&b':') {
            self.pos += 1;
            let mut spec_parts = Vec::new();
            self.parse_parts(level + 1, &mut spec_parts)?;
            // A format spec spans its own token, not the whole group (as in CPython 3.11).
            let values = join_parts(spec_parts, self.token.span);
            format_spec =
                Some(Box::new(Expr { kind: ExprKind::JoinedStr { values }, span: self.token.span }));
        }
        if self.body.get(self.pos) != Some(&b'}') {
            return Err("f-string: expecting '}'".into());
        }
        self.pos += 1;
        if let Some(text) = debug_text {
            parts.push(Part::Text(text.chars().map(u32::from).collect()));
            if conversion == -1 && format_spec.is_none() {
                conversion = i32::from(b'r');
            }
        }
        let kind = ExprKind::FormattedValue { value: Box::new(value), conversion, format_spec };
        parts.push(Part::Field(Expr { kind, span: self.group }));
        Ok(())
    }

    /// Parse the expression text of a field whose `{` is at body offset `brace`, positioned as
    /// CPython's `fstring_find_expr_location` places it.
    fn compile(&self, brace: usize, source: &str) -> Result<Expr> {
        let token_text = self.token.text.as_bytes();
        let brace_in_token = self.literal.body_offset + brace;
        let before = &token_text[..brace_in_token.min(token_text.len())];
        let lines = before.iter().filter(|&&b| b == b'\n').count() as u32;
        let after = &token_text[brace_in_token + 1..];
        let newline_after_brace = after
            .iter()
            .take_while(|&&b| b != b'}' && b != b'\n')
            .all(|b| matches!(b, b' ' | b'\t' | b'\x0c'))
            && after.iter().find(|&&b| !matches!(b, b' ' | b'\t' | b'\x0c')) == Some(&b'\n');
        let cols = if newline_after_brace {
            0
        } else {
            match before.iter().rposition(|&b| b == b'\n') {
                Some(nl) => brace_in_token - nl - 1,
                None => brace_in_token,
            }
        } as u32;
        let span = self.token.span;
        let line = span.lineno + lines;
        let col = if lines == 0 { span.col_offset + cols } else { cols };
        super::parse_fstring_expression(source, self.filename, line - 1, col)
            .map_err(|e| if e.msg.starts_with("f-string") { e.msg } else { format!("f-string: {}", e.msg) })
    }
}
