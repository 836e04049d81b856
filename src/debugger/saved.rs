//! The user's debugger files: the config directory (`$PYGLASS_CONFIG_DIR`, else
//! `$XDG_CONFIG_HOME/pyglass`, else `~/.config/pyglass`) and the breakpoints saved there per
//! source file (`breakpoints.toml`, keyed by the file's absolute path), written atomically
//! so a crash never leaves half a file. Temporary and function breakpoints are not saved.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::breakpoints::{Breakpoints, Location};

/// The directory of the user's pyglass files (themes, keymap, breakpoints).
pub fn config_dir() -> Option<PathBuf> {
    if let Some(dir) = std::env::var_os("PYGLASS_CONFIG_DIR") {
        return Some(PathBuf::from(dir));
    }
    if let Some(dir) = std::env::var_os("XDG_CONFIG_HOME").filter(|d| !d.is_empty()) {
        return Some(PathBuf::from(dir).join("pyglass"));
    }
    std::env::var_os("HOME").map(|home| PathBuf::from(home).join(".config").join("pyglass"))
}

#[derive(Serialize, Deserialize, Default)]
struct SavedFile {
    #[serde(default)]
    files: BTreeMap<String, Vec<SavedBreakpoint>>,
}

#[derive(Serialize, Deserialize, Clone, PartialEq, Debug)]
struct SavedBreakpoint {
    line: Option<u32>,
    function: Option<String>,
    offset: Option<usize>,
    #[serde(default = "yes")]
    enabled: bool,
    condition: Option<String>,
}

fn yes() -> bool {
    true
}

fn absolute(file: &str) -> String {
    std::fs::canonicalize(file).map_or_else(|_| file.to_string(), |p| p.to_string_lossy().into_owned())
}

fn store_path(dir: &Path) -> PathBuf {
    dir.join("breakpoints.toml")
}

fn read_store(path: &Path) -> Result<SavedFile, String> {
    match std::fs::read_to_string(path) {
        Ok(text) => toml::from_str(&text).map_err(|e| format!("{}: {e}", path.display())),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(SavedFile::default()),
        Err(e) => Err(format!("{}: {e}", path.display())),
    }
}

/// Add the breakpoints saved in `dir` for `file` (as the program names it) to `breakpoints`.
pub fn restore(dir: &Path, file: &str, breakpoints: &mut Breakpoints) -> Result<usize, String> {
    let path = store_path(dir);
    let store = read_store(&path)?;
    let Some(saved) = store.files.get(&absolute(file)) else { return Ok(0) };
    for s in saved {
        let location = match (&s.function, s.offset, s.line) {
            (Some(function), Some(offset), _) => {
                Location::Instruction { file: file.to_string(), function: function.clone(), offset }
            }
            (_, _, Some(line)) => Location::Line { file: file.to_string(), line },
            _ => continue,
        };
        let number = breakpoints.add(location, false, s.condition.clone());
        if let Some(b) = breakpoints.get_mut(number) {
            b.enabled = s.enabled;
        }
    }
    Ok(saved.len())
}

/// Save the breakpoints of `file` in `dir`, replacing what was saved for it (other files'
/// entries are kept). A store that cannot be read is left alone rather than overwritten.
pub fn save(dir: &Path, file: &str, breakpoints: &Breakpoints) -> Result<(), String> {
    let path = store_path(dir);
    let mut store = read_store(&path)?;
    let saved: Vec<SavedBreakpoint> = breakpoints
        .all()
        .iter()
        .filter(|b| !b.temporary)
        .filter_map(|b| {
            let (line, function, offset) = match &b.location {
                Location::Line { file: f, line } if f == file => (Some(*line), None, None),
                Location::Instruction { file: f, function, offset } if f == file => {
                    (None, Some(function.clone()), Some(*offset))
                }
                _ => return None,
            };
            Some(SavedBreakpoint {
                line,
                function,
                offset,
                enabled: b.enabled,
                condition: b.condition.clone(),
            })
        })
        .collect();
    let key = absolute(file);
    if saved.is_empty() {
        if store.files.remove(&key).is_none() {
            return Ok(());
        }
    } else {
        store.files.insert(key, saved);
    }
    let text = toml::to_string(&store).map_err(|e| e.to_string())?;
    crate::atomic::write(&path, text.as_bytes()).map_err(|e| format!("{}: {e}", path.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn breakpoints_survive_a_save_and_a_restore_and_a_bad_store_is_kept() {
        let dir = std::env::temp_dir().join(format!("pyglass-saved-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        let mut bps = Breakpoints::default();
        bps.add(Location::Line { file: "a.py".into(), line: 3 }, false, Some("x > 1".into()));
        bps.add(Location::Line { file: "a.py".into(), line: 9 }, true, None);
        let off = bps.add(
            Location::Instruction { file: "a.py".into(), function: "f".into(), offset: 4 },
            false,
            None,
        );
        bps.get_mut(off).unwrap().enabled = false;
        bps.add(Location::Line { file: "b.py".into(), line: 1 }, false, None);
        save(&dir, "a.py", &bps).unwrap();
        let mut back = Breakpoints::default();
        assert_eq!(restore(&dir, "a.py", &mut back), Ok(2));
        let restored: Vec<_> =
            back.all().iter().map(|b| (b.location.describe(), b.enabled, b.condition.clone())).collect();
        assert_eq!(
            restored,
            [("a.py:3".to_string(), true, Some("x > 1".to_string())), ("a.py:f@4".to_string(), false, None)]
        );
        std::fs::write(dir.join("breakpoints.toml"), "not = [valid").unwrap();
        assert!(save(&dir, "a.py", &bps).is_err());
        assert_eq!(std::fs::read_to_string(dir.join("breakpoints.toml")).unwrap(), "not = [valid");
        let _ = std::fs::remove_dir_all(&dir);
    }
}
