//! Never overwrite what you did not read (issue 10, finding 5).
//!
//! Every session file this process loads to continue it ([`super::load_session`],
//! [`super::Store::load`]) or writes ([`super::write_session`]) leaves a
//! [`Fingerprint`] here (a mere read, [`super::read_session`], only when the
//! file has none yet): its size, its
//! modification time and a hash of its content. Before [`super::Store::save`]
//! replaces a file it compares the file on disk with that fingerprint; when
//! another casus (whose lock was deleted) or a sync tool changed it since,
//! the save writes a conflict copy beside it instead ([`super::conflict`]).
//!
//! The record is per process and per path. Loading the same file again
//! (resuming it) takes the new version as the one loaded.

use std::collections::HashMap;
use std::hash::Hasher;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, OnceLock};
use std::time::SystemTime;

/// What identifies one version of a file's content.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Fingerprint {
    /// Size in bytes.
    pub len: u64,
    /// Modification time, where the platform has one.
    pub modified: Option<SystemTime>,
    /// A hash of the bytes (only compared within this process).
    pub hash: u64,
}

impl Fingerprint {
    /// The fingerprint of `bytes` as read from a file with this metadata.
    /// A byte order mark is left out, as the reader leaves it out.
    pub fn of(bytes: &[u8], modified: Option<SystemTime>) -> Fingerprint {
        let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
        let mut h = std::collections::hash_map::DefaultHasher::new();
        h.write(bytes);
        Fingerprint {
            len: bytes.len() as u64,
            modified,
            hash: h.finish(),
        }
    }

    /// Whether `disk` holds the same content. Size and time are the quick
    /// test; when they match, the hash still decides (a write within the
    /// same clock tick). A file that was only touched, or re-synced with the
    /// very same bytes, has lost nothing, so it counts as the same.
    pub fn same_content(&self, disk: &Fingerprint) -> bool {
        self.len == disk.len && self.hash == disk.hash
    }
}

/// What the file at a path is, compared with what this process last saw of it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OnDisk {
    /// No file there (new, or removed since): writing loses nothing.
    Absent,
    /// The file this process last read or wrote.
    Known,
    /// A file this process never read or wrote, or one that changed since.
    Changed,
}

fn seen() -> &'static Mutex<HashMap<PathBuf, Fingerprint>> {
    static SEEN: OnceLock<Mutex<HashMap<PathBuf, Fingerprint>>> = OnceLock::new();
    SEEN.get_or_init(|| Mutex::new(HashMap::new()))
}

/// The key of a path: absolute, so `a/b.ron` and `/x/a/b.ron` are one file.
fn key(path: &Path) -> PathBuf {
    std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf())
}

fn modified(path: &Path) -> Option<SystemTime> {
    std::fs::metadata(path).and_then(|m| m.modified()).ok()
}

/// Notes that `bytes` is what this process loaded from, or wrote to, `path`.
pub fn remember(path: &Path, bytes: &[u8]) {
    let print = Fingerprint::of(bytes, modified(path));
    if let Ok(mut map) = seen().lock() {
        map.insert(key(path), print);
    }
}

/// As [`remember`], unless this process already has a version of `path` on
/// record: a look at the file (the home list, review, an export) must not
/// make a newer version the one an open session was loaded from.
pub fn remember_first(path: &Path, bytes: &[u8]) {
    if let Ok(mut map) = seen().lock() {
        map.entry(key(path))
            .or_insert_with(|| Fingerprint::of(bytes, modified(path)));
    }
}

/// What this process last read from or wrote to `path`, if anything.
pub fn remembered(path: &Path) -> Option<Fingerprint> {
    seen().lock().ok()?.get(&key(path)).copied()
}

/// Compares the file at `path` with what this process last saw of it.
pub fn on_disk(path: &Path) -> io::Result<OnDisk> {
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(OnDisk::Absent),
        Err(e) => return Err(e),
    };
    let disk = Fingerprint::of(&bytes, modified(path));
    Ok(match remembered(path) {
        Some(known) if known.same_content(&disk) => OnDisk::Known,
        _ => OnDisk::Changed,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_is_known_until_someone_else_changes_it() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.ron");
        assert_eq!(on_disk(&path).unwrap(), OnDisk::Absent);
        std::fs::write(&path, "one").unwrap();
        assert_eq!(on_disk(&path).unwrap(), OnDisk::Changed, "never read");
        remember(&path, b"one");
        assert_eq!(on_disk(&path).unwrap(), OnDisk::Known);
        std::fs::write(&path, "two").unwrap();
        assert_eq!(on_disk(&path).unwrap(), OnDisk::Changed);
        std::fs::write(&path, "one").unwrap();
        assert_eq!(on_disk(&path).unwrap(), OnDisk::Known, "same bytes again");
    }
}
