//! The parser: tokens to an AST, for the full Python 3.11 grammar, with CPython's positions
//! and CPython's SyntaxError messages.
//!
//! A hand-written recursive-descent parser with one function per grammar rule of CPython's
//! `Grammar/python.gram` (expressions in `expr`, statements in `stmt`, parameters and call
//! arguments in `args`, match patterns in `pattern`, assignment targets in `targets`).
//! The token stream (`cursor`) hides COMMENT and NL tokens and converts positions to the
//! AST's byte columns. Literals are decoded in `literal` (numbers) and `strings` (string,
//! bytes and f-string concatenation). Errors are built in `error`.

mod args;
mod cursor;
mod error;
mod expr;
mod fstring;
pub mod literal;
mod pattern;
mod stmt;
pub mod strings;
mod targets;

use crate::ast::{self, Expr, Mod};
use crate::syntax_error::{SyntaxError, SyntaxErrorKind};

use cursor::Parser;

/// Parse a whole module (`ast.parse(text)`); `filename` is used in error messages.
pub fn parse_module(text: &str, filename: &str) -> Result<Mod, SyntaxError> {
    with_stack_for(text, &|| {
        let mut parser = Parser::new(text, filename, 0, 0)?;
        let body = parser.file();
        let body = parser.finish(body)?;
        refuse_too_deep(Mod::Module { body, type_ignores: Vec::new() })
    })
}

/// Parse the input of `eval()` (CPython's `eval_input`: expressions, then only newlines).
pub fn parse_expression(text: &str, filename: &str) -> Result<Expr, SyntaxError> {
    with_stack_for(text, &|| {
        let mut parser = Parser::new(text, filename, 0, 0)?;
        let expr = parser.eval_input();
        let body = Box::new(parser.finish(expr)?);
        let Mod::Expression { body } = refuse_too_deep(Mod::Expression { body })? else {
            return Err(SyntaxError::new("expected an expression", filename, 1, 1));
        };
        Ok(*body)
    })
}

/// Inputs longer than this are parsed on a thread of their own (`with_stack_for`).
const LONG_INPUT: usize = 16 << 10;

/// `parse()`, on a thread whose stack fits the deepest tree `text` can hold when it is long.
/// A chain of binary operators, attributes, calls or subscripts is built in a loop, but
/// dropping it (when a syntax error after it discards it) recurses once per level, up to 256
/// bytes of stack each; a level takes at least two characters (`x+x+...`), so a stack of
/// 128 bytes per character is enough. (The stack is reserved, not touched, until used.)
fn with_stack_for<T: Send>(text: &str, parse: &(dyn Fn() -> T + Sync)) -> T {
    if text.len() <= LONG_INPUT {
        return parse();
    }
    let stack = (1 << 20) + text.len().saturating_mul(128);
    std::thread::scope(|scope| {
        match std::thread::Builder::new().stack_size(stack).spawn_scoped(scope, parse) {
            Ok(parser) => parser.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic)),
            // No thread (the stack could not be reserved): parse here.
            Err(_) => parse(),
        }
    })
}

/// The deepest tree the compiler takes (CPython's compiler refuses trees deeper than three
/// times the recursion limit, 3,000 levels). Brackets and unary operators are limited while
/// parsing (`cursor::MAX_DEPTH`), but chains of binary operators, attributes, calls and
/// subscripts are built in loops, so any depth can come out of the parser.
const MAX_TREE_DEPTH: usize = 3000;

/// `module`, unless it is too deep for the passes that walk it recursively: then CPython's
/// `RecursionError`. A deeper tree is dropped on a thread with a stack big enough for it.
fn refuse_too_deep(module: Mod) -> Result<Mod, SyntaxError> {
    let depth = ast::dump::depth(&module);
    if depth <= MAX_TREE_DEPTH {
        return Ok(module);
    }
    let dropper = std::thread::Builder::new().stack_size((1 << 20) + depth * 256).spawn(move || drop(module));
    if let Ok(dropper) = dropper {
        let _ = dropper.join();
    }
    let mut error = SyntaxError::new("maximum recursion depth exceeded during compilation", "", 0, 0);
    error.kind = SyntaxErrorKind::RecursionError;
    Err(error)
}

/// Parse the expression of an f-string replacement field as CPython 3.11 does
/// (`fstring_compile_expr`): the text is wrapped in parentheses, `(` + `source` + `)`, and parsed
/// as an expression; positions of nodes on the first line of `source` are shifted right by
/// `col_offset` bytes, and every line number by `line_offset` (so line 1 of `source` becomes
/// line `1 + line_offset`). Errors carry CPython's "f-string: ..." messages.
pub fn parse_fstring_expression(
    source: &str,
    filename: &str,
    line_offset: u32,
    col_offset: u32,
) -> Result<Expr, SyntaxError> {
    let wrapped = format!("({source})");
    let mut parser = Parser::new(&wrapped, filename, line_offset, col_offset)?;
    let expr = parser.fstring_expression();
    parser.finish(expr)
}
