//! `pyglass dis` on representative programs, compared with reviewed golden disassemblies in
//! `tests/dis/*.dis`. The instruction set is ours, so these goldens come from pyglass itself:
//! after a deliberate compiler change, regenerate with `PYGLASS_BLESS=1 cargo test --test dis`
//! and read the diff before committing it.

mod common;

use common::{pyglass, python_files, root, stem};

#[test]
fn disassembly_matches_reviewed_goldens() {
    let bless = std::env::var_os("PYGLASS_BLESS").is_some();
    let mut failures = Vec::new();
    for case in python_files("tests/dis") {
        let out = pyglass(&["dis", &case]);
        assert_eq!(out.status, 0, "{case}: {}", out.stderr);
        let stdout = out.stdout.replace(&format!("{}/", root().display()), "<ROOT>/");
        let golden = root().join("tests/dis").join(format!("{}.dis", stem(&case)));
        if bless {
            std::fs::write(&golden, &stdout).expect("write golden");
            continue;
        }
        let expected = std::fs::read_to_string(&golden).unwrap_or_default();
        if expected != stdout {
            failures.push(format!("{case}:\n{}", common::first_difference(&expected, &stdout)));
        }
    }
    assert!(failures.is_empty(), "disassembly changed:\n{}", failures.join("\n"));
}
