//! Token kinds and tokens, named as in CPython's `token` module.

/// The token types `tokenize` reports (`tok_name` in CPython's `token` module).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TokenKind {
    EndMarker,
    Name,
    Number,
    String,
    Newline,
    Indent,
    Dedent,
    Op,
    Comment,
    Nl,
    ErrorToken,
    Encoding,
}

impl TokenKind {
    /// The name `python3 -m tokenize` prints.
    pub fn name(self) -> &'static str {
        match self {
            TokenKind::EndMarker => "ENDMARKER",
            TokenKind::Name => "NAME",
            TokenKind::Number => "NUMBER",
            TokenKind::String => "STRING",
            TokenKind::Newline => "NEWLINE",
            TokenKind::Indent => "INDENT",
            TokenKind::Dedent => "DEDENT",
            TokenKind::Op => "OP",
            TokenKind::Comment => "COMMENT",
            TokenKind::Nl => "NL",
            TokenKind::ErrorToken => "ERRORTOKEN",
            TokenKind::Encoding => "ENCODING",
        }
    }
}

/// A position as `tokenize` reports it: 1-based line, 0-based column in characters.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Position {
    pub line: u32,
    pub col: u32,
}

/// One token. Its text is `&source[start_byte..end_byte]` (empty for DEDENT, ENDMARKER and the
/// implicit NEWLINE that tokenize adds when the last line has no line ending).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    pub kind: TokenKind,
    pub start: Position,
    pub end: Position,
    pub start_byte: u32,
    pub end_byte: u32,
}

impl Token {
    pub fn text<'a>(&self, source: &'a str) -> &'a str {
        &source[self.start_byte as usize..self.end_byte as usize]
    }
}
