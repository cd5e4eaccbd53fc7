//! Saving and loading sessions: `<data dir>/sessions/<id>.ron`.
//!
//! The only module that writes session files. Every write is atomic
//! ([`write_atomic`]) and passes the privacy gate (`gate.rs`: nothing with a
//! BSN is written, an id is checked before it is joined into a path); a
//! file that cannot be read is reported with its position and never
//! rewritten. A save never replaces a file this process did not read
//! ([`identity`]): the session goes to a conflict copy beside it instead, and
//! files that share an id are found by [`conflict`]. Files that are not
//! regular files, or over 16 MB, are never opened; lock files never follow a
//! link; temp files a crash left are removed (`files.rs`).
//!
//! Session format version 3 (this casus) may hold an own case; version 2
//! gave every knelpunt an `id`, and version 1 files migrate in memory on
//! load ([`Session::migrate`]).

mod atomic;
pub mod conflict;
mod files;
mod gate;
pub mod identity;
mod rescue;
mod save;

use std::io;
use std::path::{Path, PathBuf};

use jiff::Timestamp;
use ron::extensions::Extensions;
use ron::ser::PrettyConfig;
use serde::Deserialize;

pub use atomic::{create_private_dir, tighten, write_atomic, write_atomic_new};
pub(crate) use files::remove_stale;
pub use files::{STALE_TEMP_AGE, open_existing_lock, open_lock, remove_stale_temps};
pub use gate::{
    MAX_FILE_BYTES, bsn_refused, check_id, check_target, is_session_id, refuse_blocking,
    regular_file, too_large,
};
pub use rescue::write_rescue_copy;
pub use save::Saved;

use crate::library::{Diagnostic, from_ron};
use crate::model::{SESSION_SCHEMA_VERSION, Session};

/// A folder of session files.
#[derive(Debug, Clone)]
pub struct Store {
    dir: PathBuf,
    tightened: Vec<Tightened>,
}

/// A folder or file that was open to others and that [`Store::open`] made owner-only.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tightened {
    /// The folder or file.
    pub path: PathBuf,
    /// Its permission bits before, e.g. `0o755`.
    pub was: u32,
    /// Its permission bits now: `0o700` for folders, `0o600` for files.
    pub now: u32,
}

impl Store {
    /// The store in `<data_dir>/sessions`, for writing: created (owner-only)
    /// when missing; temp files a crash left there are removed
    /// ([`remove_stale_temps`]). Existing `sessions/` and `exports/` folders and the files
    /// in them that others could read are tightened to 0700/0600 on Unix;
    /// [`Store::tightened`] and [`Store::tightened_note`] tell what changed.
    pub fn open(data_dir: &Path) -> io::Result<Store> {
        if !data_dir.exists() {
            create_private_dir(data_dir)?;
        }
        let dir = data_dir.join("sessions");
        let existed = dir.is_dir();
        std::fs::create_dir_all(&dir)?;
        let mut tightened = Vec::new();
        // A folder casus has just made is no news; one it found open is. Files
        // are only looked at in a folder that was open: inside an owner-only
        // folder nobody else can reach them, and a stat per session at every
        // start would cost the first frame dearly with years of sessions.
        if let Some(was) = tighten(&dir, 0o700)? {
            if existed {
                tightened.push(Tightened {
                    path: dir.clone(),
                    was,
                    now: 0o700,
                });
            }
            tighten_files(&dir, &mut tightened);
        }
        let exports = data_dir.join("exports");
        if exports.is_dir()
            && let Ok(Some(was)) = tighten(&exports, 0o700)
        {
            tightened.push(Tightened {
                path: exports.clone(),
                was,
                now: 0o700,
            });
            tighten_files(&exports, &mut tightened);
        }
        remove_stale_temps(&dir);
        if exports.is_dir() {
            remove_stale_temps(&exports);
        }
        Ok(Store { dir, tightened })
    }

    /// The store in `<data_dir>/sessions`, only if it exists (for reading others' folders).
    pub fn existing(data_dir: &Path) -> Store {
        Store {
            dir: data_dir.join("sessions"),
            tightened: Vec::new(),
        }
    }

    /// What [`Store::open`] made owner-only; empty when nothing was open to others.
    pub fn tightened(&self) -> &[Tightened] {
        &self.tightened
    }

    /// One line for the user when [`Store::open`] tightened permissions, e.g.
    /// "made owner-only (others could read them): /d/sessions (was 755), 2 files".
    pub fn tightened_note(&self) -> Option<String> {
        if self.tightened.is_empty() {
            return None;
        }
        let folders: Vec<String> = self
            .tightened
            .iter()
            .filter(|t| t.now == 0o700)
            .map(|t| format!("{} (was {:o})", t.path.display(), t.was))
            .collect();
        let files = self.tightened.iter().filter(|t| t.now == 0o600).count();
        let mut parts = folders;
        if files > 0 {
            parts.push(format!("{files} file{}", if files == 1 { "" } else { "s" }));
        }
        Some(format!(
            "made owner-only (others could read them): {}",
            parts.join(", ")
        ))
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
    /// Only a real id ([`is_session_id`]) is joined into the lock's name, and
    /// the lock file is never a followed link ([`open_lock`]).
    pub fn lock(&self, id: &str) -> io::Result<SessionLock> {
        let path = lock_path(&self.dir, id);
        check_target(&self.path(id), id)?;
        let file = open_lock(&path)?;
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

    /// Reads one session by id, to continue it ([`load_session`]).
    pub fn load(&self, id: &str) -> Result<Session, Diagnostic> {
        load_session(&self.path(id))
    }

    /// Every `*.ron` in the folder, sorted by name (so by start time). Files
    /// that are not regular files stay in the list: reading them
    /// ([`read_session`]) reports them without opening them.
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

/// Makes the files directly in `dir` owner-only, noting each one changed.
/// Best effort: a file casus may not change (someone else's) stays as it is.
fn tighten_files(dir: &Path, tightened: &mut Vec<Tightened>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.filter_map(|e| e.ok()) {
        if !entry.file_type().is_ok_and(|t| t.is_file()) {
            continue;
        }
        // Most files are already owner-only: a stat relative to the open
        // folder tells so at half the cost of one by path (10,000 sessions).
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            if let Ok(meta) = entry.metadata() {
                let was = meta.permissions().mode() & 0o777;
                if was & 0o077 == 0 && was & 0o600 == 0o600 {
                    continue;
                }
            }
        }
        let path = entry.path();
        if let Ok(Some(was)) = tighten(&path, 0o600) {
            tightened.push(Tightened {
                path,
                was,
                now: 0o600,
            });
        }
    }
}

/// The lock file of session `id` in the sessions folder `dir`: the one
/// [`Store::lock`] takes, and the one a writer from outside (review's
/// register) must try before touching the session's file.
pub fn lock_path(dir: &Path, id: &str) -> PathBuf {
    dir.join(format!(".{id}.lock"))
}

/// Held while a session is open for writing; dropping it releases the lock.
#[derive(Debug)]
pub struct SessionLock {
    /// The locked session's id.
    pub id: String,
    _file: std::fs::File,
}

/// Writes a session to `path` as RON, atomically and owner-only
/// ([`write_atomic`]): the one way a session file is written, by
/// [`Store::save`] and by the register's follow-up of a bottleneck. Refused,
/// writing nothing, when the id is not an id or not the file's name
/// ([`check_target`]) or the session holds a BSN ([`refuse_blocking`]).
pub fn write_session(path: &Path, session: &Session) -> io::Result<()> {
    check_target(path, &session.id)?;
    let text = to_ron(session);
    write_atomic(path, text.as_bytes())?;
    identity::remember(path, text.as_bytes());
    Ok(())
}

/// The session as readable RON: multi-line text stays multi-line.
pub fn to_ron(session: &Session) -> String {
    let config = PrettyConfig::new()
        .escape_strings(false)
        .extensions(Extensions::IMPLICIT_SOME);
    ron::ser::to_string_pretty(session, config).expect("a session always serialises")
}

/// Reads and migrates one session file. Only a regular file of at most
/// [`MAX_FILE_BYTES`] is opened ([`regular_file`]); its id must be an id and,
/// in a `sessions/` folder, the file's name ([`check_id`]).
pub fn read_session(path: &Path) -> Result<Session, Diagnostic> {
    let shown = path.display().to_string();
    let text = crate::library::read_text(path)?;
    identity::remember_first(path, text.as_bytes());
    let session = parse_session(&shown, &text)?;
    check_id(&shown, Some(path), &text, &session.id)?;
    Ok(session)
}

/// Reads a session to continue it: as [`read_session`], and this version of
/// the file becomes the one [`Store::save`] may replace ([`identity`]).
pub fn load_session(path: &Path) -> Result<Session, Diagnostic> {
    let shown = path.display().to_string();
    let text = crate::library::read_text(path)?;
    let session = parse_session(&shown, &text)?;
    identity::remember(path, text.as_bytes());
    Ok(session)
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
            crate::i18n::fill(
                crate::i18n::process_lang().strings().check.session_newer,
                &[&version, &SESSION_SCHEMA_VERSION],
            ),
        ));
    }
    // Older versions migrate here, in memory (version 1: knelpunt ids).
    let mut session: Session = from_ron(path, text)?;
    session.migrate();
    Ok(session)
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
mod tests;
