//! The few sessions the home screen lists, read without a full scan.

use std::collections::HashMap;
use std::path::Path;

use crate::i18n::Lang;
use crate::library::Diagnostic;
use crate::model::Session;
use crate::review::LoadedSession;
use crate::store::read_session;

use super::rows::{FileKey, Row};
use super::summary::SessionSummary;
use super::{Cache, Head, Scan};

/// What the home screen lists of a data folder: every unfinished session and
/// the `recent` newest finished ones (by id, that is by start time), as
/// summaries, newest id first; and the files that could not be read.
///
/// Home must appear at once, so with an index this reads only what it may
/// list: the folder's names, the index, a stat of each unfinished and of the
/// newest finished sessions, and files the index does not know or that
/// changed. A finished session further back that was hand-edited to be
/// unfinished again shows on home after the next full read (`casus stats`,
/// `search`, review). Without an index it reads everything and builds one.
pub fn home_sessions(
    data_dir: &Path,
    lang: Lang,
    cache: &Cache,
    recent: usize,
) -> (Vec<LoadedSession>, Vec<Diagnostic>) {
    home_sessions_with_progress(data_dir, lang, cache, recent, |_, _| {})
}

/// As [`home_sessions`], calling `progress(done, total)` while files are
/// parsed for the index (a first run: [`super::home_first`] does not wait for it).
pub fn home_sessions_with_progress(
    data_dir: &Path,
    lang: Lang,
    cache: &Cache,
    recent: usize,
    progress: impl FnMut(usize, usize),
) -> (Vec<LoadedSession>, Vec<Diagnostic>) {
    let dir = data_dir.join("sessions");
    let db = cache.open_db();
    let _ = db.prune();
    let full = std::fs::canonicalize(&dir).unwrap_or_else(|_| dir.clone());
    let old = match db.folder(&full) {
        Ok(Some(id)) if dir.is_dir() => db.rows(id).ok().map(|rows| (id, rows)),
        _ => None,
    };
    let Some((id, rows)) = old else {
        drop(db);
        let mut scan = Scan::open_with_progress(&[data_dir.to_path_buf()], lang, cache, progress);
        let heads: Vec<Head> = scan.heads().collect();
        let mut ranks: Vec<usize> = (0..heads.len()).collect();
        ranks.sort_by(|&a, &b| heads[b].id.cmp(&heads[a].id));
        let finished = ranks.iter().filter(|&&r| heads[r].finished).take(recent);
        let unfinished = ranks.iter().filter(|&&r| !heads[r].finished);
        let listed: Vec<usize> = unfinished.chain(finished).copied().collect();
        let mut sessions: Vec<LoadedSession> =
            listed.into_iter().filter_map(|r| scan.get(r)).collect();
        sessions.sort_by(|a, b| b.session.id.cmp(&a.session.id));
        return (sessions, scan.problems);
    };
    let by_name: HashMap<&str, &Row> = rows.iter().map(|r| (r.name.as_str(), r)).collect();
    let names = super::home_first::session_names(&dir);
    let mut problems = Vec::new();
    // A file as it is now: from the index when its stat is the indexed one.
    let current = |name: &str, problems: &mut Vec<Diagnostic>| -> Option<Session> {
        let path = dir.join(name);
        if let Some(row) = by_name.get(name)
            && let Some(good) = &row.good
            && row.settled
            && std::fs::metadata(&path).is_ok_and(|m| FileKey::of(&m) == row.key)
            && let Ok(Some(bytes)) = db.summary(id, name)
            && let Ok(summary) = serde_json::from_slice::<SessionSummary>(&bytes)
            && summary.session().id == good.id
        {
            return Some(summary.into_session());
        }
        match read_session(&path) {
            Ok(session) => Some(SessionSummary::of(&session).into_session()),
            Err(problem) => {
                problems.push(problem);
                None
            }
        }
    };
    let mut found: Vec<(&str, Session)> = Vec::new();
    let mut finished_rows: Vec<(&str, &str)> = Vec::new();
    for name in &names {
        match by_name.get(name.as_str()).map(|r| &r.good) {
            Some(Some(good)) if good.finished => finished_rows.push((&good.id, name)),
            // Unfinished, broken, or not in the index: read whatever it is now.
            _ => found.extend(current(name, &mut problems).map(|s| (name.as_str(), s))),
        }
    }
    // The finished ones newest first, until `recent` newer finished ones are known.
    finished_rows.sort_by(|a, b| b.0.cmp(a.0));
    for (id, name) in finished_rows {
        let newer = found
            .iter()
            .filter(|(_, s)| s.is_finished() && s.id.as_str() >= id)
            .count();
        if newer >= recent {
            break;
        }
        found.extend(current(name, &mut problems).map(|s| (name, s)));
    }
    // Every unfinished one and the newest finished by id; each id once.
    found.sort_by(|a, b| b.1.id.cmp(&a.1.id));
    found.dedup_by(|a, b| a.1.id == b.1.id);
    let mut finished = 0;
    found.retain(|(_, s)| {
        finished += usize::from(s.is_finished());
        !s.is_finished() || finished <= recent
    });
    let sessions = found
        .into_iter()
        .map(|(name, session)| LoadedSession {
            session,
            path: dir.join(name),
        })
        .collect();
    (sessions, problems)
}
