//! What the index records of one file: its stat ([`FileKey`]) and, for a
//! readable session, what ordering, dedup and the home list need ([`Good`]).

use std::io;

use jiff::Timestamp;

/// What identifies one version of a file without reading it (OneDrive's
/// files-on-demand downloads a file when it is opened, never when it is
/// stat'ed). Times in nanoseconds since 1970, saturating outside ±292 years.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(super) struct FileKey {
    pub(super) size: u64,
    pub(super) mtime: i64,
    pub(super) ctime: i64,
    pub(super) ino: u64,
}

impl FileKey {
    pub(super) fn of(meta: &std::fs::Metadata) -> FileKey {
        let nanos = |t: io::Result<std::time::SystemTime>| {
            t.ok()
                .and_then(|t| Timestamp::try_from(t).ok())
                .map_or(0, |t| saturate(t.as_nanosecond()))
        };
        #[cfg(unix)]
        let (ctime, ino) = {
            use std::os::unix::fs::MetadataExt;
            (
                saturate(i128::from(meta.ctime()) * 1_000_000_000 + i128::from(meta.ctime_nsec())),
                meta.ino(),
            )
        };
        #[cfg(not(unix))]
        let (ctime, ino) = (0, 0);
        FileKey {
            size: meta.len(),
            mtime: nanos(meta.modified()),
            ctime,
            ino,
        }
    }
}

fn saturate(n: i128) -> i64 {
    i64::try_from(n).unwrap_or(if n < 0 { i64::MIN } else { i64::MAX })
}

/// A session the index knows: what dedup, ordering and the home list need.
#[derive(Debug, Clone)]
pub(super) struct Good {
    pub(super) id: String,
    pub(super) started: Timestamp,
    pub(super) updated: Timestamp,
    pub(super) finished: bool,
}

/// One file of a folder, as recorded in the index.
#[derive(Debug, Clone)]
pub(super) struct Row {
    pub(super) name: String,
    pub(super) key: FileKey,
    /// Old enough when indexed that its stat can be trusted.
    pub(super) settled: bool,
    /// `None`: the file could not be read as a session.
    pub(super) good: Option<Good>,
}
