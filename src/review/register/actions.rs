//! The actions beside the knelpunten: every action of the sessions that pass
//! the filter (and only those its item tokens let through), most dot-votes
//! first, then the oldest first.

use std::cmp::Reverse;
use std::path::PathBuf;

use jiff::civil::Date;
use jiff::tz::TimeZone;

use crate::model::ActionStatus;
use crate::review::{Filter, LoadedSession, local_date, session_date};

use super::{STALE_DAYS, days_between};

/// One action with where it was agreed and its follow-up fields.
#[derive(Debug, Clone, PartialEq)]
pub struct ActionRow {
    /// The session file; [`crate::review::update_item`] writes here.
    pub path: PathBuf,
    /// The session's id.
    pub session_id: String,
    /// The day the session started.
    pub date: Date,
    /// The group.
    pub group: String,
    /// The case's title.
    pub case_title: String,
    /// Index in the session's `actions` when it was read (for showing).
    pub index: usize,
    /// The action's stable id (`a-…`).
    pub id: String,
    /// What will be done.
    pub text: String,
    /// Who does it.
    pub owner: Option<String>,
    /// Where it stands.
    pub status: ActionStatus,
    /// The dot-votes it got in the closing.
    pub votes: usize,
    /// The date it should be done by.
    pub due: Option<Date>,
    /// The day the status last changed; `None` when it never did.
    pub changed: Option<Date>,
    /// Days since the session that agreed it.
    pub age: i64,
    /// Still open after more than [`STALE_DAYS`] days.
    pub stale: bool,
}

/// The actions of the sessions that pass the filter, in the register's
/// order; days in the time zone `tz`, ages counted to `today`.
pub fn actions(
    sessions: &[LoadedSession],
    filter: &Filter,
    tz: &TimeZone,
    today: Date,
) -> Vec<ActionRow> {
    let mut rows = Vec::new();
    for loaded in sessions.iter().filter(|l| filter.matches(&l.session, tz)) {
        let s = &loaded.session;
        let date = session_date(s, tz);
        let age = days_between(date, today);
        let ranked = crate::model::ranking(s.actions.iter().map(|a| a.votes.as_slice()));
        for (index, a) in ranked.into_iter().map(|i| (i, &s.actions[i])) {
            if !filter.matches_action(a, age) {
                continue;
            }
            rows.push(ActionRow {
                path: loaded.path.clone(),
                session_id: s.id.clone(),
                date,
                group: s.group.clone(),
                case_title: s.case.title.clone(),
                index,
                id: a.id.clone(),
                text: a.text.clone(),
                owner: a.owner.clone(),
                status: a.status,
                votes: a.votes.len(),
                due: a.due,
                changed: a.history.last().map(|c| local_date(c.at, tz)),
                age,
                stale: a.status.is_open() && age > STALE_DAYS,
            });
        }
    }
    // Stable: equal keys keep the sessions' order and each session's ranking.
    rows.sort_by_key(|r| (Reverse(r.votes), r.date));
    rows
}
