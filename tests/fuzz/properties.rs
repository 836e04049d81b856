//! Round-trip properties over every seed program: an expression printed back to source
//! (`ast::unparse`) parses to the same tree, and a code object written to the cache format
//! (`bytecode::pyc`) loads back identical.

use pyglass::ast::{self, Expr, Mod};
use pyglass::bytecode::pyc;
use pyglass::{parser, pipeline};

use super::seeds;

/// The tree of an expression as `ast.dump` prints it (without positions, which unparsing
/// changes).
fn dumped(e: &Expr) -> String {
    ast::dump::dump(&Mod::Expression { body: Box::new(e.clone()) }, false)
}

#[test]
fn unparsed_expressions_parse_to_the_same_tree() {
    let (mut checked, mut failures) = (0, Vec::new());
    for (path, bytes) in seeds::programs() {
        let Ok(text) = String::from_utf8(bytes) else { continue };
        let Ok(module) = parser::parse_module(&text, "<seed>") else { continue };
        for e in ast::dump::expressions(&module) {
            let before = dumped(e);
            // Assignment targets unparse to the same text, but parse back as loads.
            if before.contains("ctx=Store()") || before.contains("ctx=Del()") {
                continue;
            }
            let source = ast::unparse::unparse(e);
            let after = parser::parse_expression(&source, "<unparsed>").map(|e| dumped(&e));
            checked += 1;
            if after.as_ref() != Ok(&before) {
                failures.push(format!("{}: {source}\n  {before:?}\n  {after:?}", path.display()));
            }
        }
    }
    println!("unparse round trip: {checked} expressions checked, {} differ", failures.len());
    assert!(failures.is_empty(), "unparsed expressions parse differently:\n{}", failures.join("\n"));
}

#[test]
fn cached_code_objects_load_back_identical() {
    let mut checked = 0;
    for (path, bytes) in seeds::programs() {
        let Ok(code) = pipeline::compile_source("<seed>", &bytes) else { continue };
        let file = pyc::serialize(&code, 7, bytes.len() as u64);
        let loaded = pyc::load(&file, 7, bytes.len() as u64)
            .unwrap_or_else(|why| panic!("{}: the cache file is refused: {why:?}", path.display()));
        assert!(loaded == *code, "{}: the code object loaded differs", path.display());
        assert!(
            pyc::serialize(&loaded, 7, bytes.len() as u64) == file,
            "{}: written differently",
            path.display()
        );
        checked += 1;
    }
    println!("cache round trip: {checked} code objects checked");
    assert!(checked > 300, "too few seed programs compile: {checked}");
}
