//! The knelpunten register: every system bottleneck across sessions
//! (saving a change back into its file is `update.rs`).

use std::path::PathBuf;

use jiff::civil::Date;
use jiff::tz::TimeZone;

use crate::model::BottleneckStatus;

use super::{Filter, LoadedSession, session_date, step_title};

/// One bottleneck with where it was named.
#[derive(Debug, Clone, PartialEq)]
pub struct RegisterRow {
    /// The session file; [`super::update_item`] writes here.
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
    /// [`super::update_item`] finds the knelpunt by `id`, which stays put).
    pub index: usize,
    /// The knelpunt's stable id, for [`super::update_item`].
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
