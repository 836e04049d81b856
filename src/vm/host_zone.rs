//! The host's local time zone: the UTC offset, abbreviation and DST flag in force at an
//! instant, read from the TZif file of `$TZ` (a zone name such as `Europe/Paris`) or
//! `/etc/localtime`. Only the file's transition table is used (not its POSIX footer for
//! instants past the table), and a `$TZ` that is not a zone file falls back to UTC.

use super::host::Host;

/// The zone in force at an instant.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Zone {
    /// Seconds east of UTC.
    pub offset: i64,
    pub abbreviation: String,
    pub dst: bool,
}

impl Zone {
    pub fn utc() -> Zone {
        Zone { offset: 0, abbreviation: "UTC".into(), dst: false }
    }
}

impl Host {
    /// The local zone at `seconds` since the epoch.
    pub fn local_zone(&mut self, seconds: i64) -> Zone {
        let path = match std::env::var("TZ") {
            Ok(name) if name.is_empty() => return Zone::utc(),
            Ok(name) => format!("/usr/share/zoneinfo/{}", name.trim_start_matches(':')),
            Err(_) => "/etc/localtime".to_string(),
        };
        std::fs::read(path).ok().and_then(|data| zone_at(&data, seconds)).unwrap_or_else(Zone::utc)
    }
}

fn be32(data: &[u8], at: usize) -> Option<i64> {
    Some(i64::from(i32::from_be_bytes(data.get(at..at + 4)?.try_into().ok()?)))
}

/// The zone at `t` from TZif data (its first, 32-bit, block).
fn zone_at(data: &[u8], t: i64) -> Option<Zone> {
    if data.get(..4)? != b"TZif" {
        return None;
    }
    let count = |i: usize| be32(data, 20 + 4 * i).map(|n| n as usize);
    let (transitions, types, chars) = (count(3)?, count(4)?, count(5)?);
    let times_at = 44;
    let indices_at = times_at + 4 * transitions;
    let types_at = indices_at + transitions;
    let chars_at = types_at + 6 * types;
    let mut kind = 0usize;
    for i in 0..transitions {
        if be32(data, times_at + 4 * i)? > t {
            break;
        }
        kind = usize::from(*data.get(indices_at + i)?);
    }
    let entry = types_at + 6 * kind;
    let offset = be32(data, entry)?;
    let dst = *data.get(entry + 4)? != 0;
    let start = usize::from(*data.get(entry + 5)?);
    let names = data.get(chars_at..chars_at + chars)?;
    let name = names.get(start..)?.split(|&b| b == 0).next()?;
    Some(Zone { offset, abbreviation: String::from_utf8_lossy(name).into_owned(), dst })
}
