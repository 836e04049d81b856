//! Inputs at the limits that the fuzzers found mishandled: deep chains get CPython's
//! `RecursionError` instead of overflowing the stack, and nested calls and deep trees are
//! parsed and printed in time linear in their size.

use std::time::Duration;

use pyglass::syntax_error::SyntaxErrorKind;
use pyglass::{ast, parser, pipeline};

/// Run `work` on a thread with the binary's stack; fails if it takes over ten seconds.
fn within_ten_seconds(work: impl FnOnce() + Send + 'static) {
    let (done, finished) = std::sync::mpsc::channel();
    std::thread::Builder::new()
        .stack_size(8 << 20)
        .spawn(move || {
            work();
            let _ = done.send(());
        })
        .expect("spawn");
    finished.recv_timeout(Duration::from_secs(10)).expect("finishes within ten seconds");
}

/// `x` followed by `link` `n` times, as a statement.
fn chain(link: &str, n: usize) -> String {
    format!("y = x{}\n", link.repeat(n))
}

#[test]
fn deep_chains_are_refused_with_recursion_error() {
    within_ten_seconds(|| {
        for link in ["+1", ".a", "()", "[0]", "*x"] {
            let error = parser::parse_module(&chain(link, 100_000), "<chain>").expect_err(link);
            assert_eq!(error.kind, SyntaxErrorKind::RecursionError, "{link}");
            assert_eq!(
                error.render(),
                "RecursionError: maximum recursion depth exceeded during compilation\n"
            );
            // CPython compiles chains of 2,900 links.
            assert!(pipeline::compile_source("<chain>", chain(link, 2900).as_bytes()).is_ok(), "{link}");
        }
    });
}

#[test]
fn deep_chains_before_a_syntax_error_are_dropped_without_overflow() {
    // The parser fuzzer's find: a 524,000-link chain cut off by the end of the input. The
    // chain, discarded with the SyntaxError, was dropped one level per stack frame.
    within_ten_seconds(|| {
        for link in ["+x", ".a", "()", "[0]"] {
            let source = format!("for n in [1]:\n  x{}+\n", link.repeat(600_000));
            let error = parser::parse_module(&source, "<chain>").expect_err(link);
            assert_eq!(error.kind, SyntaxErrorKind::SyntaxError, "{link}");
        }
    });
}

#[test]
fn deep_assignment_targets_are_refused_without_overflow() {
    // The compiler fuzzer's find: `selx.x.x...x = []` of 16,000 links in a method. The
    // target was cloned (recursively) for its error message before it was checked.
    within_ten_seconds(|| {
        for (link, statement) in [(".x", "x{} = 1"), ("[0]", "x{} = 1"), (".x", "a = x{} = 2")] {
            let source = statement.replace("{}", &link.repeat(16_000));
            let error = parser::parse_module(&source, "<target>").expect_err(link);
            assert_eq!(error.kind, SyntaxErrorKind::RecursionError, "{statement}");
        }
    });
}

#[test]
fn nested_calls_parse_in_linear_time() {
    // Each nested call's first argument used to be parsed twice: 2**150 times in all here.
    within_ten_seconds(|| {
        let source = format!("{}{} +\n", "f(".repeat(150), ")".repeat(150));
        assert!(parser::parse_module(&source, "<calls>").is_err());
    });
}

#[test]
fn deep_trees_dump_in_linear_time() {
    // The text of each level used to be copied into its parent's: cubic in the depth.
    within_ten_seconds(|| {
        let module = parser::parse_module(&chain(".a", 2900), "<chain>").expect("parses");
        assert!(ast::dump::dump(&module, true).len() > 2900 * 2900);
    });
}
