//! The host's file-system calls beyond whole-file reads and writes (those are in `host.rs`):
//! metadata (`os.stat`), renames and links, permissions and times, files opened by number
//! (`os.open`), the process id, the terminal's size and random bytes. Every change to the file
//! system is refused when the host is sandboxed, as `host.rs`'s writes are.

use std::io::{Read, Write};
use std::os::unix::fs::{MetadataExt, OpenOptionsExt, PermissionsExt};

use super::host::{Host, os_error};

/// What `os.stat` reports of a file, as the numbers CPython's `stat_result` holds.
pub struct FileStat {
    pub mode: u32,
    pub ino: u64,
    pub dev: u64,
    pub nlink: u64,
    pub uid: u32,
    pub gid: u32,
    pub size: u64,
    /// Access, modification and status-change times, in nanoseconds since the epoch.
    pub times_ns: [i64; 3],
}

/// The flags of `os.open` pyglass understands (Linux's values, which `os.O_*` also names).
pub const O_WRONLY: i64 = 0o1;
pub const O_RDWR: i64 = 0o2;
pub const O_CREAT: i64 = 0o100;
pub const O_EXCL: i64 = 0o200;
pub const O_TRUNC: i64 = 0o1000;
pub const O_APPEND: i64 = 0o2000;

type OsResult<T> = Result<T, (i32, String)>;

impl Host {
    /// The metadata of `path`, of the link itself when `follow` is false (`os.lstat`).
    pub fn stat(&mut self, path: &str, follow: bool) -> OsResult<FileStat> {
        let meta = if follow { std::fs::metadata(path) } else { std::fs::symlink_metadata(path) };
        meta.map(|m| file_stat(&m)).map_err(os_error)
    }

    /// The metadata of the open file numbered `fd` (`os.fstat`).
    pub fn stat_fd(&mut self, fd: i32) -> OsResult<FileStat> {
        let file = self.open_files.get(&fd).ok_or_else(bad_fd)?;
        file.metadata().map(|m| file_stat(&m)).map_err(os_error)
    }

    /// An operation on two paths: `rename` (which replaces `dst`, as POSIX's rename does),
    /// `symlink` (a link at `dst` pointing to `src`) or `link` (a hard link).
    pub fn change_fs_pair(&mut self, action: &str, src: &str, dst: &str) -> OsResult<()> {
        self.refuse_if_sandboxed()?;
        match action {
            "symlink" => std::os::unix::fs::symlink(src, dst),
            "link" => std::fs::hard_link(src, dst),
            _ => std::fs::rename(src, dst),
        }
        .map_err(os_error)
    }

    /// Make a directory with the permission bits `mode` (less the process's umask).
    pub fn make_dir(&mut self, path: &str, mode: u32) -> OsResult<()> {
        use std::os::unix::fs::DirBuilderExt;
        self.refuse_if_sandboxed()?;
        std::fs::DirBuilder::new().mode(mode).create(path).map_err(os_error)
    }

    /// What the symbolic link at `path` points to.
    pub fn read_link(&mut self, path: &str) -> OsResult<String> {
        std::fs::read_link(path).map(|p| p.to_string_lossy().into_owned()).map_err(os_error)
    }

    /// Set the permission bits of `path` (`os.chmod`).
    pub fn chmod(&mut self, path: &str, mode: u32) -> OsResult<()> {
        self.refuse_if_sandboxed()?;
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).map_err(os_error)
    }

    /// Set the access and modification times of `path`, in nanoseconds since the epoch
    /// (`os.utime`); `None` for the current time.
    pub fn set_times(&mut self, path: &str, times_ns: Option<(i64, i64)>) -> OsResult<()> {
        self.refuse_if_sandboxed()?;
        let (atime, mtime) = match times_ns {
            Some((a, m)) => (epoch_plus_ns(a), epoch_plus_ns(m)),
            None => {
                let now = epoch_plus_ns(i64::try_from(self.wall_clock_ns()).unwrap_or(i64::MAX));
                (now, now)
            }
        };
        let file = std::fs::File::open(path).map_err(os_error)?;
        file.set_times(std::fs::FileTimes::new().set_accessed(atime).set_modified(mtime)).map_err(os_error)
    }

    /// Whether the process may read, write or execute `path` (`os.access`: `mode` is a sum of
    /// R_OK 4, W_OK 2, X_OK 1; 0 asks only whether it exists). The permission bits of the
    /// class the process falls in decide, the process's ids being those of `/proc/self`;
    /// root may read and write anything and execute what has any execute bit.
    pub fn access(&mut self, path: &str, mode: u32) -> bool {
        let Ok(meta) = std::fs::metadata(path) else { return false };
        let me = std::fs::metadata("/proc/self").map(|m| (m.uid(), m.gid())).unwrap_or((u32::MAX, u32::MAX));
        let bits = meta.mode();
        if me.0 == 0 {
            return mode & 1 == 0 || bits & 0o111 != 0 || meta.is_dir();
        }
        let class = if meta.uid() == me.0 {
            bits >> 6
        } else if meta.gid() == me.1 {
            bits >> 3
        } else {
            bits
        };
        class & mode & 7 == mode & 7
    }

    /// Open `path` by `os.open`'s flags and permission bits; the file's number is its key in
    /// the host's table of open files (`os.read`, `os.write`, `os.close`).
    pub fn open_fd(&mut self, path: &str, flags: i64, mode: u32) -> OsResult<i32> {
        use std::os::fd::AsRawFd;
        let writes = flags & (O_WRONLY | O_RDWR) != 0;
        if writes || flags & O_CREAT != 0 {
            self.refuse_if_sandboxed()?;
        }
        let file = std::fs::OpenOptions::new()
            .read(flags & O_WRONLY == 0)
            .write(writes)
            .append(flags & O_APPEND != 0)
            .truncate(flags & O_TRUNC != 0)
            .create(flags & O_CREAT != 0)
            .create_new(flags & (O_CREAT | O_EXCL) == O_CREAT | O_EXCL)
            .mode(mode)
            .open(path)
            .map_err(os_error)?;
        let fd = file.as_raw_fd();
        self.open_files.insert(fd, file);
        Ok(fd)
    }

    /// Up to `size` bytes from the open file numbered `fd`.
    pub fn read_fd(&mut self, fd: i32, size: usize) -> OsResult<Vec<u8>> {
        let file = self.open_files.get_mut(&fd).ok_or_else(bad_fd)?;
        let mut bytes = Vec::new();
        file.take(size as u64).read_to_end(&mut bytes).map_err(os_error)?;
        Ok(bytes)
    }

    /// Write `bytes` to the open file numbered `fd`; how many were written.
    pub fn write_fd(&mut self, fd: i32, bytes: &[u8]) -> OsResult<usize> {
        let file = self.open_files.get_mut(&fd).ok_or_else(bad_fd)?;
        file.write(bytes).map_err(os_error)
    }

    /// Close the open file numbered `fd`.
    pub fn close_fd(&mut self, fd: i32) -> OsResult<()> {
        self.open_files.remove(&fd).map(drop).ok_or_else(bad_fd)
    }

    /// The process's id (`os.getpid`).
    pub fn process_id(&mut self) -> u32 {
        std::process::id()
    }

    /// The size of the terminal stdout writes to, as (columns, lines); `None` when stdout is
    /// not a terminal (`os.get_terminal_size` then fails, as CPython's does on a pipe).
    pub fn terminal_size(&mut self) -> Option<(u16, u16)> {
        use std::io::IsTerminal;
        if self.sandboxed || !std::io::stdout().is_terminal() {
            return None;
        }
        crossterm::terminal::size().ok()
    }

    /// `count` random bytes from the OS (`os.urandom`).
    pub fn random_bytes(&mut self, count: usize) -> Vec<u8> {
        let words = self.entropy(count.div_ceil(4));
        words.iter().flat_map(|w| w.to_le_bytes()).take(count).collect()
    }
}

fn file_stat(meta: &std::fs::Metadata) -> FileStat {
    let ns = |secs: i64, nanos: i64| secs.saturating_mul(1_000_000_000).saturating_add(nanos);
    FileStat {
        mode: meta.mode(),
        ino: meta.ino(),
        dev: meta.dev(),
        nlink: meta.nlink(),
        uid: meta.uid(),
        gid: meta.gid(),
        size: meta.size(),
        times_ns: [
            ns(meta.atime(), meta.atime_nsec()),
            ns(meta.mtime(), meta.mtime_nsec()),
            ns(meta.ctime(), meta.ctime_nsec()),
        ],
    }
}

/// The instant `ns` nanoseconds after (or before) the Unix epoch.
fn epoch_plus_ns(ns: i64) -> std::time::SystemTime {
    let offset = std::time::Duration::from_nanos(ns.unsigned_abs());
    if ns >= 0 { std::time::UNIX_EPOCH + offset } else { std::time::UNIX_EPOCH - offset }
}

/// EBADF, for a file number the host has not opened.
fn bad_fd() -> (i32, String) {
    (9, "Bad file descriptor".to_string())
}
