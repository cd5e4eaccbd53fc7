//! Saving and loading sessions: `<data dir>/sessions/<id>.ron`.
//!
//! The only module that writes session files. Every write is atomic
//! ([`write_atomic`]); a file that cannot be read is reported with its
//! position and never rewritten.

mod atomic;

use std::io;
use std::path::{Path, PathBuf};

use jiff::Timestamp;
use ron::extensions::Extensions;
use ron::ser::PrettyConfig;
use serde::Deserialize;

pub use atomic::{create_private_dir, write_atomic};

use crate::library::{Diagnostic, from_ron};
use crate::model::{SESSION_SCHEMA_VERSION, Session};

/// A folder of session files.
#[derive(Debug, Clone)]
pub struct Store {
    dir: PathBuf,
}

impl Store {
    /// The store in `<data_dir>/sessions`, created (owner-only) when missing.
    pub fn open(data_dir: &Path) -> io::Result<Store> {
        let dir = data_dir.join("sessions");
        create_private_dir(&dir)?;
        Ok(Store { dir })
    }

    /// The store in `<data_dir>/sessions`, only if it exists (for reading others' folders).
    pub fn existing(data_dir: &Path) -> Store {
        Store {
            dir: data_dir.join("sessions"),
        }
    }

    /// The sessions folder.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Where a session with this id lives.
    pub fn path(&self, id: &str) -> PathBuf {
        self.dir.join(format!("{id}.ron"))
    }

    /// Takes the one-writer lock of a session. The lock is the OS's (`flock`
    /// on Unix), so it dies with the process: a killed casus leaves no stale lock.
    pub fn lock(&self, id: &str) -> io::Result<SessionLock> {
        let path = self.dir.join(format!(".{id}.lock"));
        let file = std::fs::OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&path)?;
        match file.try_lock() {
            Ok(()) => Ok(SessionLock {
                id: id.to_string(),
                _file: file,
            }),
            Err(std::fs::TryLockError::WouldBlock) => Err(io::Error::new(
                io::ErrorKind::WouldBlock,
                format!("session {id} is open in another casus"),
            )),
            Err(std::fs::TryLockError::Error(e)) => Err(e),
        }
    }

    /// Writes the session atomically.
    pub fn save(&self, session: &Session) -> io::Result<()> {
        write_atomic(&self.path(&session.id), to_ron(session).as_bytes())
    }

    /// Reads one session by id.
    pub fn load(&self, id: &str) -> Result<Session, Diagnostic> {
        read_session(&self.path(id))
    }

    /// Every `*.ron` in the folder, sorted by name (so by start time).
    pub fn files(&self) -> Vec<PathBuf> {
        let Ok(entries) = std::fs::read_dir(&self.dir) else {
            return Vec::new();
        };
        let mut paths: Vec<PathBuf> = entries
            .filter_map(|e| e.ok())
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "ron"))
            .collect();
        paths.sort();
        paths
    }

    /// Every session that loads, and a diagnostic for each file that does not.
    pub fn load_all(&self) -> (Vec<Session>, Vec<Diagnostic>) {
        let mut sessions = Vec::new();
        let mut problems = Vec::new();
        for path in self.files() {
            match read_session(&path) {
                Ok(s) => sessions.push(s),
                Err(d) => problems.push(d),
            }
        }
        (sessions, problems)
    }
}

/// Held while a session is open for writing; dropping it releases the lock.
#[derive(Debug)]
pub struct SessionLock {
    /// The locked session's id.
    pub id: String,
    _file: std::fs::File,
}

/// The session as readable RON: multi-line text stays multi-line.
pub fn to_ron(session: &Session) -> String {
    let config = PrettyConfig::new()
        .escape_strings(false)
        .extensions(Extensions::IMPLICIT_SOME);
    ron::ser::to_string_pretty(session, config).expect("a session always serialises")
}

/// Reads and migrates one session file.
pub fn read_session(path: &Path) -> Result<Session, Diagnostic> {
    let shown = path.display().to_string();
    let text = crate::library::read_text(path)?;
    parse_session(&shown, &text)
}

/// Parses a session, refusing versions newer than this casus knows.
pub fn parse_session(path: &str, text: &str) -> Result<Session, Diagnostic> {
    #[derive(Deserialize)]
    struct Probe {
        #[serde(default)]
        schema_version: u32,
    }
    let version = from_ron::<Probe>(path, text)
        .map(|p| p.schema_version)
        .unwrap_or(0);
    if version > SESSION_SCHEMA_VERSION {
        let at = text.find("schema_version").unwrap_or(0);
        return Err(Diagnostic::error(
            path,
            crate::library::line_col(text, at),
            format!(
                "this session was written by a newer casus (schema_version {version}); this one reads up to {SESSION_SCHEMA_VERSION}"
            ),
        ));
    }
    // Version 1 is the only one ever written; later versions migrate here, in memory.
    from_ron(path, text)
}

/// A new session id: UTC start time (so ids sort by time) plus a random suffix
/// (so people's folders can be merged without a clash).
pub fn new_session_id(now: Timestamp) -> String {
    use std::hash::{BuildHasher, Hasher};
    let mut h = std::collections::hash_map::RandomState::new().build_hasher();
    h.write_u128(now.as_nanosecond() as u128);
    h.write_u32(std::process::id());
    let alphabet = b"abcdefghijkmnpqrstuvwxyz23456789";
    let mut bits = h.finish();
    let suffix: String = (0..6)
        .map(|_| {
            let c = alphabet[(bits % 32) as usize] as char;
            bits /= 32;
            c
        })
        .collect();
    format!("{}-{suffix}", now.strftime("%Y%m%d-%H%M%S"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn session_ids_sort_by_start_time() {
        let a: Timestamp = "2026-01-02T03:04:05Z".parse().unwrap();
        let b: Timestamp = "2026-01-02T03:04:06Z".parse().unwrap();
        let (ia, ib) = (new_session_id(a), new_session_id(b));
        assert!(ia.starts_with("20260102-030405-"));
        assert!(ia < ib);
        assert!(crate::model::is_valid_id(&ia[16..]));
    }

    #[test]
    fn a_second_writer_is_refused_until_the_first_lets_go() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path()).unwrap();
        let first = store.lock("s1").unwrap();
        let second = store.lock("s1").unwrap_err();
        assert_eq!(second.kind(), io::ErrorKind::WouldBlock);
        assert!(store.lock("s2").is_ok(), "other sessions are not blocked");
        drop(first);
        assert!(store.lock("s1").is_ok());
    }

    #[test]
    fn two_ids_in_the_same_second_differ() {
        let t = Timestamp::now();
        assert_ne!(new_session_id(t), new_session_id(t));
    }
}
