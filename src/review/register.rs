//! The knelpunten register: every system bottleneck across sessions, and
//! saving a changed status or owner back into the file it came from.
//!
//! Following a bottleneck up is work done after the session, so an update
//! changes that one bottleneck and nothing else in the file (not even
//! `updated`, which records when the group last worked in the session).

use std::fmt;
use std::path::{Path, PathBuf};

use jiff::civil::Date;
use jiff::tz::TimeZone;

use crate::i18n::{Lang, fill};
use crate::library::Diagnostic;
use crate::model::{BottleneckStatus, Session};
use crate::store::{read_session, write_session};

use super::{Filter, LoadedSession, session_date, step_title};

/// One bottleneck with where it was named.
#[derive(Debug, Clone, PartialEq)]
pub struct RegisterRow {
    /// The session file; [`update_bottleneck`] writes here.
    pub path: PathBuf,
    /// The session's id.
    pub session_id: String,
    /// The day the session started (in the time zone given to [`register`]).
    pub date: Date,
    /// The group.
    pub group: String,
    /// The case's title.
    pub case_title: String,
    /// The step it was named at; `None` for one named in the closing.
    pub step_id: Option<String>,
    /// That step's title.
    pub step_title: Option<String>,
    /// Index in the session's `bottlenecks` when it was read (for showing;
    /// [`update_bottleneck`] finds the knelpunt by `id`, which stays put).
    pub index: usize,
    /// The knelpunt's stable id, for [`update_bottleneck`].
    pub id: String,
    /// What is stuck.
    pub text: String,
    /// Who can change it.
    pub owner: Option<String>,
    /// Where it stands.
    pub status: BottleneckStatus,
    /// The dot-votes it got in the closing.
    pub votes: usize,
}

/// The bottlenecks of the sessions that pass the filter (and, with
/// `knelpunt:`, only those in that status), sessions in the order given;
/// dates and `since:`/`until:` in the time zone `tz`.
pub fn register(sessions: &[LoadedSession], filter: &Filter, tz: &TimeZone) -> Vec<RegisterRow> {
    let mut rows = Vec::new();
    for loaded in sessions.iter().filter(|l| filter.matches(&l.session, tz)) {
        let s = &loaded.session;
        // Within a session, the group's ranking: most dot-votes first.
        let ranked = crate::model::ranking(s.bottlenecks.iter().map(|b| b.votes.as_slice()));
        for (index, b) in ranked.into_iter().map(|i| (i, &s.bottlenecks[i])) {
            if !filter.matches_bottleneck(b) {
                continue;
            }
            rows.push(RegisterRow {
                path: loaded.path.clone(),
                session_id: s.id.clone(),
                date: session_date(s, tz),
                group: s.group.clone(),
                case_title: s.case.title.clone(),
                step_id: b.step.clone(),
                step_title: b.step.as_deref().map(|id| step_title(s, id).to_string()),
                index,
                id: b.id.clone(),
                text: b.text.clone(),
                owner: b.owner.clone(),
                status: b.status,
                votes: b.votes.len(),
            });
        }
    }
    rows
}

/// Why a bottleneck could not be updated; the file is unchanged in every case.
#[derive(Debug)]
pub enum UpdateError {
    /// The file cannot be read (any more), with its position.
    Read(Diagnostic),
    /// The file now holds another session (it was replaced since loading).
    OtherSession {
        /// The file.
        path: PathBuf,
        /// The id found in it.
        found: String,
    },
    /// The session has no knelpunt with this id any more (removed since loading).
    NoSuchBottleneck {
        /// The file.
        path: PathBuf,
        /// The knelpunt's id.
        id: String,
        /// Its text as it was shown, to name it to the user.
        text: String,
    },
    /// Writing failed.
    Write(PathBuf, std::io::Error),
}

/// The one field of one knelpunt that the register changes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BottleneckChange {
    /// Set the status.
    Status(BottleneckStatus),
    /// Set the owner (an empty or blank owner becomes none).
    Owner(Option<String>),
}

/// Re-reads the session file as it is now, changes exactly one field of the
/// knelpunt with id `bottleneck` and writes the file back atomically; every
/// other field, including what a colleague changed since the register was
/// loaded, stays as the file has it. `text` names the knelpunt in the error
/// when it is gone. Returns the session as written, so a screen can show it
/// without reloading.
pub fn update_bottleneck(
    path: &Path,
    session_id: &str,
    bottleneck: &str,
    text: &str,
    change: &BottleneckChange,
) -> Result<Session, UpdateError> {
    // Re-read rather than trust memory: another program or a sync may have
    // changed the file since it was loaded, and those changes must survive.
    let mut session = read_session(path).map_err(UpdateError::Read)?;
    if session.id != session_id {
        return Err(UpdateError::OtherSession {
            path: path.to_path_buf(),
            found: session.id,
        });
    }
    let Some(knelpunt) = session.bottlenecks.iter_mut().find(|b| b.id == bottleneck) else {
        return Err(UpdateError::NoSuchBottleneck {
            path: path.to_path_buf(),
            id: bottleneck.to_string(),
            text: text.to_string(),
        });
    };
    match change {
        BottleneckChange::Status(status) => knelpunt.status = *status,
        BottleneckChange::Owner(owner) => {
            knelpunt.owner = owner
                .as_deref()
                .map(str::trim)
                .filter(|o| !o.is_empty())
                .map(String::from);
        }
    }
    write_session(path, &session).map_err(|e| UpdateError::Write(path.to_path_buf(), e))?;
    Ok(session)
}

impl UpdateError {
    /// One clear sentence in the interface language.
    pub fn message(&self, lang: Lang) -> String {
        let r = lang.review();
        match self {
            UpdateError::Read(d) => d.to_string(),
            UpdateError::OtherSession { path, found } => {
                fill(r.update_other_session, &[&path.display(), &found])
            }
            UpdateError::NoSuchBottleneck { path, text, .. } => fill(
                r.update_no_bottleneck,
                &[&path.display(), &format!("“{text}”")],
            ),
            UpdateError::Write(path, e) => fill(r.update_write, &[&path.display(), &e]),
        }
    }
}

impl fmt::Display for UpdateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for UpdateError {}
