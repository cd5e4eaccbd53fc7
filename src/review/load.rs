//! Reading several session folders at once.
//!
//! A team's synced folder, a colleague's copy and a git repository of several
//! teams can hold the same session (ids are unique per session, not per
//! folder), so the same id is read once and the most recently updated copy
//! wins. Several files for one id in the same folder (a sync tool's conflict
//! copy) are a conflict, named in a note ([`conflict_notes`]). A file that cannot be read becomes a diagnostic with its position;
//! it never hides the others and is never written to.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use jiff::tz::TimeZone;

use crate::i18n::{Lang, fill};
use crate::library::Diagnostic;
use crate::model::Session;
use crate::store::{Store, read_session};

use super::Filter;

/// A session with the file it was read from (the register writes back to it).
#[derive(Debug, Clone, PartialEq)]
pub struct LoadedSession {
    /// The session.
    pub session: Session,
    /// The file it came from.
    pub path: PathBuf,
}

/// Everything read from the session folders.
#[derive(Debug, Clone, Default)]
pub struct Loaded {
    /// The sessions, newest start first, each id once.
    pub sessions: Vec<LoadedSession>,
    /// Files that could not be read, with `path:line:col`.
    pub problems: Vec<Diagnostic>,
    /// Things worth knowing that are not errors (a duplicate id, a missing folder).
    pub notes: Vec<String>,
}

impl Loaded {
    /// The sessions that pass the filter (`since:`/`until:` in the time zone `tz`), newest first.
    pub fn matching(&self, filter: &Filter, tz: &TimeZone) -> Vec<&LoadedSession> {
        self.sessions
            .iter()
            .filter(|l| filter.matches(&l.session, tz))
            .collect()
    }
}

/// Just the sessions, for the functions in `stats`, `search` and `export`.
pub fn sessions_of<'a>(loaded: &[&'a LoadedSession]) -> Vec<&'a Session> {
    loaded.iter().map(|l| &l.session).collect()
}

/// Reads `<dir>/sessions/*.ron` of every folder; see the module docs.
pub fn load_folders(dirs: &[PathBuf], lang: Lang) -> Loaded {
    let r = lang.review();
    let mut loaded = Loaded::default();
    let mut files = Vec::new();
    for dir in dirs {
        let store = Store::existing(dir);
        if !store.dir().is_dir() {
            let shown = store.dir().display().to_string();
            loaded.notes.push(fill(r.note_no_folder, &[&shown]));
            continue;
        }
        // Hidden files are editors' locks and backups, not sessions.
        files.extend(store.files().into_iter().filter(|p| !is_hidden(p)));
        loaded.notes.extend(conflict_notes(store.dir(), lang));
    }
    // Index of each id in `loaded.sessions`, to find duplicates in one pass.
    let mut by_id: HashMap<String, usize> = HashMap::new();
    for path in files {
        match read_session(&path) {
            Err(problem) => loaded.problems.push(problem),
            Ok(session) => {
                let new = LoadedSession { session, path };
                match by_id.get(&new.session.id) {
                    None => {
                        by_id.insert(new.session.id.clone(), loaded.sessions.len());
                        loaded.sessions.push(new);
                    }
                    Some(&i) => {
                        let old = &mut loaded.sessions[i];
                        // Strictly newer wins; on a tie the folder named first stays.
                        let (kept, skipped) = if new.session.updated > old.session.updated {
                            let skipped = std::mem::replace(old, new);
                            (old.path.clone(), skipped.path)
                        } else {
                            (old.path.clone(), new.path)
                        };
                        loaded.notes.push(fill(
                            r.note_duplicate,
                            &[
                                &loaded.sessions[i].session.id,
                                &kept.display(),
                                &skipped.display(),
                            ],
                        ));
                    }
                }
            }
        }
    }
    loaded.sessions.sort_by(|a, b| {
        (b.session.started, &b.session.id).cmp(&(a.session.started, &a.session.id))
    });
    loaded
}

/// One note per session that is in several files of the sessions folder
/// `dir` (a sync conflict): the newest is shown, but the user must choose.
pub fn conflict_notes(dir: &Path, lang: Lang) -> Vec<String> {
    let r = lang.review();
    crate::store::conflict::conflicts(dir)
        .iter()
        .map(|c| fill(r.conflict_files, &[&c.id, &c.files.len(), &c.files_shown()]))
        .collect()
}

fn is_hidden(path: &Path) -> bool {
    path.file_name()
        .and_then(|n| n.to_str())
        .is_some_and(|n| n.starts_with('.'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_folder_without_sessions_is_a_note_not_a_problem() {
        let dir = tempfile::tempdir().unwrap();
        let loaded = load_folders(&[dir.path().to_path_buf()], Lang::En);
        assert!(loaded.sessions.is_empty());
        assert!(loaded.problems.is_empty());
        assert_eq!(loaded.notes.len(), 1);
        assert!(loaded.notes[0].contains("sessions"));
    }

    #[test]
    fn hidden_files_are_skipped() {
        assert!(is_hidden(Path::new("/x/.#20260101.ron")));
        assert!(!is_hidden(Path::new("/x/20260101.ron")));
    }
}
