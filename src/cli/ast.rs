//! `pyglass ast FILE`: the syntax tree, printed as `ast.dump(ast.parse(src), indent=2)` prints it.

use clap::Args;

#[derive(Debug, Args)]
pub struct AstArgs {
    /// Include positions (lineno, col_offset, end_lineno, end_col_offset), like
    /// `ast.dump(..., include_attributes=True)`.
    #[arg(long)]
    pub positions: bool,
    /// The Python file to parse (`-` for standard input).
    pub file: String,
}

pub fn run(args: &AstArgs) -> i32 {
    let _ = args;
    unimplemented!("ast command")
}
