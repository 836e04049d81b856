//! Number literals: the text of a NUMBER token to its value (int, float or complex).

use crate::ast::Constant;

/// The value of a NUMBER token's text (`0x_FF`, `1_000`, `1e-3`, `2j`, ...), or `None` if the
/// text is not a valid literal (the parser then reports CPython's SyntaxError).
pub fn parse_number(text: &str) -> Option<Constant> {
    let _ = text;
    unimplemented!("number literals")
}
