//! Home's first frame on a cold index (a first run, an index rebuilt, a
//! folder of sessions copied in): [`home_sessions`] would parse every file
//! before home appears, so [`home_first`] lists the newest files instead
//! and leaves the full list to a background read.

use std::collections::HashSet;
use std::path::Path;

use crate::i18n::Lang;
use crate::library::Diagnostic;
use crate::review::LoadedSession;

use super::parse::summary;
use super::{Cache, home_sessions};

/// When the index lacks this many of a folder's files, home does not wait for them.
const COLD_FROM: usize = 200;

/// What home can list at once.
#[derive(Debug)]
pub enum HomeFirst {
    /// What [`home_sessions`] lists: the index knew (nearly) every file.
    Complete(Vec<LoadedSession>, Vec<Diagnostic>),
    /// The index lacks `unknown` files, so only the newest files were read:
    /// their unfinished sessions and the newest finished ones, newest id
    /// first, and the problems of those files. Older unfinished sessions
    /// are missing until [`home_sessions`] has read the folder (and so
    /// brought the index up to date).
    Partial {
        /// The sessions of the newest files that home would list.
        sessions: Vec<LoadedSession>,
        /// Files among them that could not be read.
        problems: Vec<Diagnostic>,
        /// Session files the index does not have.
        unknown: usize,
    },
}

/// Home's list of a data folder when the index has it, else (see
/// [`HomeFirst::Partial`]) of the newest files: at most `4 × recent` files
/// (at least 32) are read, newest name (= id, = start time) first, until
/// `recent` finished ones are found.
pub fn home_first(data_dir: &Path, lang: Lang, cache: &Cache, recent: usize) -> HomeFirst {
    let dir = data_dir.join("sessions");
    let names = session_names(&dir);
    let unknown = {
        let db = cache.open_db();
        let full = std::fs::canonicalize(&dir).unwrap_or_else(|_| dir.clone());
        let known: HashSet<String> = match db.folder(&full) {
            Ok(Some(id)) => db
                .rows(id)
                .map(|rows| rows.into_iter().map(|r| r.name).collect())
                .unwrap_or_default(),
            _ => HashSet::new(),
        };
        names.iter().filter(|n| !known.contains(*n)).count()
    };
    if unknown < COLD_FROM {
        let (sessions, problems) = home_sessions(data_dir, lang, cache, recent);
        return HomeFirst::Complete(sessions, problems);
    }
    let mut found: Vec<LoadedSession> = Vec::new();
    let mut problems = Vec::new();
    let mut finished = 0;
    for name in names.iter().rev().take((4 * recent).max(32)) {
        if finished >= recent {
            break;
        }
        let path = dir.join(name);
        match summary(&path) {
            Ok(s) => {
                let session = s.into_session();
                finished += usize::from(session.is_finished());
                found.push(LoadedSession { session, path });
            }
            Err(problem) => problems.push(problem),
        }
    }
    // As home_sessions lists: each id once, newest first, every unfinished
    // one and the `recent` newest finished.
    found.sort_by(|a, b| b.session.id.cmp(&a.session.id));
    found.dedup_by(|a, b| a.session.id == b.session.id);
    let mut finished = 0;
    found.retain(|l| {
        finished += usize::from(l.session.is_finished());
        !l.session.is_finished() || finished <= recent
    });
    problems.reverse();
    HomeFirst::Partial {
        sessions: found,
        problems,
        unknown,
    }
}

/// The session files of a folder by name, as the index lists them (hidden
/// files are editors' locks and backups).
pub(super) fn session_names(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .filter_map(|e| e.ok()?.file_name().into_string().ok())
                .filter(|n| !n.starts_with('.') && n.ends_with(".ron"))
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    names
}
