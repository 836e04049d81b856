//! Files written whole or not at all: the cache files, saved breakpoints, the REPL's
//! history and profile outputs go to a temporary file in the same directory, which is synced
//! and then renamed over the old one. A reader (or the next run, after a crash or a kill
//! mid-write) sees the old file or the new one, never half of one; a failed write leaves the
//! old file as it was and no temporary behind.

use std::io::Write;
use std::path::{Path, PathBuf};

/// Write `bytes` to `path` atomically, synced to disk before the rename (what the user owns).
pub fn write(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    write_with(path, |temp| {
        let mut file = std::fs::File::create(temp)?;
        file.write_all(bytes)?;
        file.sync_all()
    })
}

/// Write `bytes` to `path` atomically without the sync: for cache files, which are checked
/// when read (a file lost to a power cut is rejected and compiled again).
pub fn write_cache(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    write_with(path, |temp| std::fs::write(temp, bytes))
}

/// Write `path` atomically, `fill` writing the content to the temporary file it is given.
pub fn write_with(path: &Path, fill: impl FnOnce(&Path) -> std::io::Result<()>) -> std::io::Result<()> {
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir)?;
    }
    let temp = temporary(path);
    let written = fill(&temp).and_then(|()| std::fs::rename(&temp, path));
    if written.is_err() {
        let _ = std::fs::remove_file(&temp);
    }
    written
}

/// `dir/.name.tmpPID`: hidden, in the same directory (so the rename stays on one file
/// system), unique to this process.
fn temporary(path: &Path) -> PathBuf {
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    path.with_file_name(format!(".{name}.tmp{}", std::process::id()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scratch(test: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("pyglass-atomic-{test}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        dir
    }

    fn entries(dir: &Path) -> Vec<String> {
        let mut names: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }

    #[test]
    fn a_write_replaces_the_file_whole() {
        let dir = scratch("replace");
        let path = dir.join("breakpoints.toml");
        write(&path, b"old").unwrap();
        write(&path, b"new content").unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"new content");
        assert_eq!(entries(&dir), ["breakpoints.toml"]);
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn an_interrupted_write_leaves_the_old_file_and_no_temporary() {
        let dir = scratch("interrupt");
        let path = dir.join("history");
        write(&path, b"line 1\nline 2\n").unwrap();
        // The write stops half-way (a full disk, a signal): the old content stays.
        let interrupted = write_with(&path, |temp| {
            std::fs::write(temp, b"line 1\nli")?;
            Err(std::io::Error::new(std::io::ErrorKind::Interrupted, "stopped half-way"))
        });
        assert!(interrupted.is_err());
        assert_eq!(std::fs::read(&path).unwrap(), b"line 1\nline 2\n");
        assert_eq!(entries(&dir), ["history"]);
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn a_write_into_a_missing_directory_makes_it() {
        let dir = scratch("mkdir");
        let path = dir.join("a/b/out.svg");
        write(&path, b"<svg/>").unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"<svg/>");
        let _ = std::fs::remove_dir_all(&dir);
    }
}
