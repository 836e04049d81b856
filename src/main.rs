//! The `pyglass` binary: parse the command line and dispatch to `pyglass::cli`.

fn main() {
    std::process::exit(pyglass::cli::main());
}
