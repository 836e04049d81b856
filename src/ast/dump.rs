//! `ast.dump`: prints a tree exactly as CPython 3.11's `ast.dump(tree, indent=2)` does,
//! optionally with positions (`include_attributes=True`).

use super::nodes::Mod;

/// Dump a module as `ast.dump(tree, indent=2, include_attributes=positions)` prints it.
pub fn dump(module: &Mod, positions: bool) -> String {
    let _ = (module, positions);
    unimplemented!("ast dump")
}
