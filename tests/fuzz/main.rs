//! Fuzzing on stable Rust: a mutation fuzzer (`harness`, `mutate`) over the programs of the
//! test suite, for the lexer, the parser, the compiler, the cache loader and the VM
//! (`targets`); the inputs that ever crashed one, replayed on every run; and round-trip
//! properties over the same programs (`properties`).
//!
//! `PYGLASS_FUZZ_SECONDS` sets each target's time (default 1.5 s), `PYGLASS_FUZZ_SEED` the
//! seed; `cargo test --release --test fuzz -- --nocapture` prints the inputs tried.

mod harness;
mod limits;
mod mutate;
mod properties;
mod rng;
mod seeds;
mod targets;

use harness::{fuzz, replay};
use targets::{COMPILER, LEXER, PARSER, PYC, VM};

#[test]
fn fuzz_lexer() {
    replay(&LEXER);
    fuzz(&LEXER);
}

#[test]
fn fuzz_parser() {
    replay(&PARSER);
    fuzz(&PARSER);
}

#[test]
fn fuzz_compiler() {
    replay(&COMPILER);
    fuzz(&COMPILER);
}

#[test]
fn fuzz_cache_loader() {
    replay(&PYC);
    fuzz(&PYC);
}

#[test]
fn fuzz_vm() {
    replay(&VM);
    fuzz(&VM);
}
