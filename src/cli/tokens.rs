//! `pyglass tokens FILE`: the token stream, printed as `python3 -m tokenize FILE` prints it.

use std::fmt::Write;

use clap::Args;

use super::Output;
use super::input;
use crate::ast::repr::repr_str;
use crate::lexer::{self, TokenKind};
use crate::source;

#[derive(Debug, Args)]
pub struct TokensArgs {
    /// Print exact operator names (like `python3 -m tokenize -e`).
    #[arg(short, long)]
    pub exact: bool,
    /// The Python file to tokenize (`-` for standard input).
    pub file: String,
}

pub fn run(args: &TokensArgs) -> i32 {
    match input::read_bytes(&args.file) {
        Ok(bytes) => {
            format_tokens(input::display_name(&args.file), &bytes, args.exact, args.file == "-").emit()
        }
        Err(message) => input::cannot_open(&message),
    }
}

/// What `python3 -m tokenize [-e] FILE` prints for a file with these bytes. From stdin
/// (`from_stdin`) tokenize reads text lines: no ENCODING token, and the tokens before an error
/// are printed; from a file it prints nothing but the error.
pub fn format_tokens(name: &str, bytes: &[u8], exact: bool, from_stdin: bool) -> Output {
    let mut out = Output::default();
    let file = match source::decode(name, bytes) {
        Ok(file) => file,
        Err(error) => {
            out.stderr = format!("{name}: error: {}\n", error.tokenize_message());
            out.status = 1;
            return out;
        }
    };
    let tokens = lexer::tokenize(&file.text);
    if !from_stdin {
        let encoding = if file.encoding == "utf-8-sig" { "utf-8" } else { &file.encoding };
        line(&mut out.stdout, (0, 0, 0, 0), "ENCODING", encoding);
    }
    if let Some(error) = &tokens.error {
        let (message, line_no, col) = error.tokenize_report();
        out.stderr = format!("{name}:{line_no}:{col}: error: {message}\n");
        out.status = 1;
        if !from_stdin {
            out.stdout.clear();
            return out;
        }
    }
    for token in &tokens.tokens {
        let text = token.text(&file.text);
        let kind = match token.kind {
            TokenKind::Op if exact => lexer::operator_name(text).unwrap_or("OP"),
            kind => kind.name(),
        };
        line(&mut out.stdout, (token.start.line, token.start.col, token.end.line, token.end.col), kind, text);
    }
    out
}

/// One line of tokenize's output: `"%-20s%-15s%-15r"`.
fn line(out: &mut String, (l1, c1, l2, c2): (u32, u32, u32, u32), kind: &str, text: &str) {
    let range = format!("{l1},{c1}-{l2},{c2}:");
    let _ = writeln!(out, "{range:<20}{kind:<15}{:<15}", repr_str(text));
}
