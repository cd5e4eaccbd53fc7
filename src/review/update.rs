//! Saving one change to one knelpunt or action back into the session file it
//! came from: from the register, and from a later session's terugblik.
//!
//! Following up is work done after the session, so an update changes that
//! one item and nothing else in the file (not even `updated`, which records
//! when the group last worked in the session). The file is re-read first, so
//! what a colleague or a sync changed since it was loaded survives.

use std::fmt;
use std::path::{Path, PathBuf};

use jiff::Timestamp;
use jiff::civil::Date;

use crate::i18n::{Lang, fill};
use crate::library::Diagnostic;
use crate::model::{Action, ActionStatus, Bottleneck, BottleneckStatus, Level, Session};
use crate::store::{read_session, write_session};

/// How a status change is recorded in the item's history.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stamp {
    /// When it was recorded.
    pub at: Timestamp,
    /// What happened, in the group's words (may be empty).
    pub note: String,
    /// The session whose terugblik recorded it; `None` from the register.
    pub session: Option<String>,
}

impl Stamp {
    /// A change recorded at `at` with no note, outside any session.
    pub fn at(at: Timestamp) -> Stamp {
        Stamp {
            at,
            note: String::new(),
            session: None,
        }
    }
}

/// The one field of one knelpunt that an update changes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BottleneckChange {
    /// Set the status, recorded in its history.
    Status(BottleneckStatus, Stamp),
    /// Set the owner (an empty or blank owner becomes none).
    Owner(Option<String>),
    /// Set the date an answer is expected by.
    Due(Option<Date>),
    /// Set the owner's answer (blank clears it).
    Answer(String),
    /// Set the level.
    Level(Option<Level>),
    /// Tag or untag a theme (`SET/THEME`): tagging twice removes it.
    ToggleTheme(String),
    /// Link the same signal in another session (`SESSION_ID/k-…`), or unlink it
    /// when already linked.
    ToggleLink(String),
}

/// The one field of one action that an update changes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ActionChange {
    /// Set the status, recorded in its history.
    Status(ActionStatus, Stamp),
    /// Set the owner (an empty or blank owner becomes none).
    Owner(Option<String>),
    /// Set the date it should be done by.
    Due(Option<Date>),
}

/// A change to a knelpunt or to an action.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ItemChange {
    /// To the knelpunt with the item's id.
    Bottleneck(BottleneckChange),
    /// To the action with the item's id.
    Action(ActionChange),
}

/// Why an item could not be updated; the file is unchanged in every case.
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
    /// The session has no such item any more (removed since loading).
    NoSuchItem {
        /// A knelpunt (`true`) or an action.
        bottleneck: bool,
        /// The file.
        path: PathBuf,
        /// The item's id.
        id: String,
        /// Its text as it was shown, to name it to the user.
        text: String,
    },
    /// Writing failed.
    Write(PathBuf, std::io::Error),
}

fn owner(o: &Option<String>) -> Option<String> {
    o.as_deref()
        .map(str::trim)
        .filter(|o| !o.is_empty())
        .map(String::from)
}

fn toggle(list: &mut Vec<String>, value: &str) {
    match list.iter().position(|v| v == value) {
        Some(i) => {
            list.remove(i);
        }
        None => list.push(value.to_string()),
    }
}

impl BottleneckChange {
    /// Applies the change to `b`.
    pub fn apply(&self, b: &mut Bottleneck) {
        match self {
            Self::Status(status, s) => {
                b.set_status(*status, s.at, s.note.clone(), s.session.clone())
            }
            Self::Owner(o) => b.owner = owner(o),
            Self::Due(d) => b.due = *d,
            Self::Answer(a) => b.answer = a.trim().to_string(),
            Self::Level(l) => b.level = *l,
            Self::ToggleTheme(t) => toggle(&mut b.themes, t),
            Self::ToggleLink(l) => toggle(&mut b.links, l),
        }
    }
}

impl ActionChange {
    /// Applies the change to `a`.
    pub fn apply(&self, a: &mut Action) {
        match self {
            Self::Status(status, s) => {
                a.set_status(*status, s.at, s.note.clone(), s.session.clone())
            }
            Self::Owner(o) => a.owner = owner(o),
            Self::Due(d) => a.due = *d,
        }
    }
}

impl ItemChange {
    /// Applies the change to the item `id` of `session`; `false` when it has none.
    pub fn apply(&self, session: &mut Session, id: &str) -> bool {
        match self {
            Self::Bottleneck(change) => session
                .bottlenecks
                .iter_mut()
                .find(|b| b.id == id)
                .map(|b| change.apply(b))
                .is_some(),
            Self::Action(change) => session
                .actions
                .iter_mut()
                .find(|a| a.id == id)
                .map(|a| change.apply(a))
                .is_some(),
        }
    }

    /// The item's index in its list of `session` (for showing it).
    pub fn index_in(&self, session: &Session, id: &str) -> Option<usize> {
        match self {
            Self::Bottleneck(_) => session.bottleneck(id).map(|(i, _)| i),
            Self::Action(_) => session.action(id).map(|(i, _)| i),
        }
    }
}

/// Re-reads the session file as it is now, applies `change` to the item with
/// id `item` and writes the file back atomically; every other field stays as
/// the file has it. `text` names the item in the error when it is gone.
/// Returns the session as written, so a screen can show it without reloading.
pub fn update_item(
    path: &Path,
    session_id: &str,
    item: &str,
    text: &str,
    change: &ItemChange,
) -> Result<Session, UpdateError> {
    let mut session = read_session(path).map_err(UpdateError::Read)?;
    if session.id != session_id {
        return Err(UpdateError::OtherSession {
            path: path.to_path_buf(),
            found: session.id,
        });
    }
    if !change.apply(&mut session, item) {
        return Err(UpdateError::NoSuchItem {
            bottleneck: matches!(change, ItemChange::Bottleneck(_)),
            path: path.to_path_buf(),
            id: item.to_string(),
            text: text.to_string(),
        });
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
            UpdateError::NoSuchItem {
                bottleneck,
                path,
                text,
                ..
            } => fill(
                if *bottleneck {
                    r.update_no_bottleneck
                } else {
                    r.followup.update_no_action
                },
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn toggling_a_theme_or_link_twice_removes_it_and_blank_owners_become_none() {
        let mut b = Bottleneck::default();
        BottleneckChange::ToggleTheme("eigenwijs/integraal".into()).apply(&mut b);
        assert_eq!(b.themes, ["eigenwijs/integraal"]);
        BottleneckChange::ToggleTheme("eigenwijs/integraal".into()).apply(&mut b);
        assert!(b.themes.is_empty());
        BottleneckChange::Owner(Some("  ".into())).apply(&mut b);
        assert_eq!(b.owner, None);
        let t: Timestamp = "2026-12-03T10:00:00Z".parse().unwrap();
        BottleneckChange::Status(BottleneckStatus::Raised, Stamp::at(t)).apply(&mut b);
        assert_eq!(b.history.len(), 1);
        let mut a = Action::default();
        ActionChange::Status(ActionStatus::Done, Stamp::at(t)).apply(&mut a);
        assert_eq!((a.status, a.history.len()), (ActionStatus::Done, 1));
    }
}
