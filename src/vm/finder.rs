//! Finding a module's source on a search path (`sys.path`, or a package's `__path__`) as
//! CPython's `PathFinder` and `FileFinder` find source files: in each directory in turn, a
//! package `NAME/__init__.py` first, then a module `NAME.py`; a directory `NAME` without
//! `__init__.py` counts only if no directory has either (a namespace package, PEP 420).
//! Extension modules and sourceless `.pyc` files are not looked for.

/// Where a module's source is.
pub enum Found {
    /// A module file (`package_dir` is None) or a package's `__init__.py`.
    Source { file: String, package_dir: Option<String> },
    /// A namespace package: the directories that make it up.
    Namespace { dirs: Vec<String> },
}

/// The module `name` (one component, no dots) in the directories `path`.
pub fn find(name: &str, path: &[String]) -> Option<Found> {
    let mut portions = Vec::new();
    for entry in path {
        let dir = directory(entry);
        let package_dir = join(&dir, name);
        let init = join(&package_dir, "__init__.py");
        if is_file(&init) {
            return Some(Found::Source { file: init, package_dir: Some(package_dir) });
        }
        let file = join(&dir, &format!("{name}.py"));
        if is_file(&file) {
            return Some(Found::Source { file, package_dir: None });
        }
        if std::path::Path::new(&package_dir).is_dir() {
            portions.push(package_dir);
        }
    }
    (!portions.is_empty()).then_some(Found::Namespace { dirs: portions })
}

/// A search-path entry as an absolute directory: `''` is the current directory, and other
/// relative entries are joined to it (unnormalised, as importlib does).
fn directory(entry: &str) -> String {
    if entry.starts_with('/') {
        return entry.to_string();
    }
    let cwd = std::env::current_dir().map(|d| d.to_string_lossy().into_owned()).unwrap_or_default();
    if entry.is_empty() || entry == "." { cwd } else { join(&cwd, entry) }
}

/// importlib's `_path_join`: trailing separators of the first part are dropped.
fn join(dir: &str, name: &str) -> String {
    format!("{}/{name}", dir.trim_end_matches('/'))
}

fn is_file(path: &str) -> bool {
    std::path::Path::new(path).is_file()
}

/// `sys.path` at start-up: the script's directory (symlinks resolved, as CPython does) or
/// `''` (the current directory) for `-c` and standard input, then the `PYTHONPATH` entries.
pub fn initial_sys_path(script: Option<&str>) -> Vec<String> {
    let first = script
        .and_then(|s| std::fs::canonicalize(s).ok())
        .and_then(|p| p.parent().map(|d| d.to_string_lossy().into_owned()))
        .unwrap_or_default();
    let mut path = vec![first];
    if let Some(extra) = std::env::var_os("PYTHONPATH") {
        path.extend(extra.to_string_lossy().split(':').filter(|e| !e.is_empty()).map(str::to_string));
    }
    path
}
