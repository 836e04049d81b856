//! `pyglass tokens FILE`: the token stream, printed as `python3 -m tokenize FILE` prints it.

use clap::Args;

#[derive(Debug, Args)]
pub struct TokensArgs {
    /// Print exact operator names (like `python3 -m tokenize -e`).
    #[arg(short, long)]
    pub exact: bool,
    /// The Python file to tokenize (`-` for standard input).
    pub file: String,
}

pub fn run(args: &TokensArgs) -> i32 {
    let _ = args;
    unimplemented!("tokens command")
}
