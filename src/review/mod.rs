//! Review: looking back over many sessions, counting and telling.
//!
//! Queries over sessions that were already read: they return data and
//! never print, draw or choose an exit code, so the TUI's review screens and
//! the headless commands (`casus list sessions`, `stats`, `search`,
//! `export`, in `cli/`) share one implementation and therefore give
//! the same numbers. Where a day matters (dates, quarters, `since:`/`until:`)
//! the time zone is a parameter; nothing here asks the system for it.
//!
//! - [`load`]: read one or more session folders at once, deduplicated;
//! - [`index`]: the same through a summary index, for counting, searching and the review screens;
//! - [`find`](mod@find): one session by id or unique prefix;
//! - [`filter`]: the filter line (free text plus `theme:`, `case:` … tokens);
//! - [`stats`]: counts per theme and per quarter, and the stories behind them;
//! - [`search`](mod@search): decisions and reflections that contain every word of a query;
//! - [`scores`]: the QSR-style scores counted per indicator (`stats --scores`);
//! - [`register`](mod@register): the knelpunten register; [`update`](mod@update): saving one
//!   change to a knelpunt or action back into its file;
//! - [`open_items`](mod@open_items): what a new session's terugblik brings back.

pub mod filter;
pub mod find;
pub mod index;
pub mod load;
pub mod open_items;
pub mod positions;
pub mod register;
pub mod renames;
pub mod scores;
pub mod search;
pub mod stats;
pub mod tally;
pub mod update;

use jiff::Timestamp;
use jiff::civil::Date;
use jiff::tz::TimeZone;
use serde::Serialize;

use crate::model::Session;

pub use filter::{Filter, FilterError, Practice};
pub use find::{FindError, find};
pub use load::{Loaded, LoadedSession, load_folders};
pub use open_items::{ItemStatus, OpenItem, open_items, same_group};
pub use register::{ActionRow, RegisterRow, STALE_DAYS, Signal, actions, register, signals};
pub use search::search;
pub use stats::{Quarter, Stats, stories};
pub use update::{ActionChange, BottleneckChange, ItemChange, Stamp, UpdateError, update_item};

/// The calendar day of a moment in the time zone `tz`.
///
/// People remember "the session of 12 March", so dates, `since:`/`until:` and
/// quarters all use the day on the wall clock where casus runs: the
/// front ends pass the system's time zone, tests a fixed one. Every query
/// below that needs a day takes the zone as a parameter; none reads the
/// system's itself.
pub fn local_date(at: Timestamp, tz: &TimeZone) -> Date {
    tz.to_datetime(at).date()
}

/// The day a session started, in the time zone `tz`.
pub fn session_date(session: &Session, tz: &TimeZone) -> Date {
    local_date(session.started, tz)
}

/// The title of a case step by id, from the session's own copy of the case;
/// the id itself when the copy lacks it (a hand-edited file), so nothing is hidden.
pub fn step_title<'a>(session: &'a Session, step_id: &'a str) -> &'a str {
    session
        .case
        .steps
        .iter()
        .find(|s| s.id == step_id)
        .map_or(step_id, |s| s.title.as_str())
}

/// A decision or a reflection at one decision point, with where it was said.
///
/// The unit of "vertellen": stats show them beside a theme's count, search
/// returns them, and the Markdown set report prints them per theme.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Story {
    /// The session's id.
    pub session_id: String,
    /// The day the session started.
    pub date: Date,
    /// The group that ran it.
    pub group: String,
    /// The case's id.
    pub case_id: String,
    /// The case's title.
    pub case_title: String,
    /// Index of the decision point in the session's steps (for opening it in the TUI).
    pub step_index: usize,
    /// The case step's id.
    pub step_id: String,
    /// The case step's title.
    pub step_title: String,
    /// Decision or reflection.
    pub kind: StoryKind,
    /// The text, as written.
    pub text: String,
}

/// What a [`Story`] is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum StoryKind {
    /// The group's decision at the step.
    Decision,
    /// A reflection, with its author's initials or role when given.
    Reflection {
        /// Initials or role.
        author: Option<String>,
    },
}

/// The decision (when written) and the reflections of one step, in that order.
pub(crate) fn step_stories(session: &Session, step_index: usize, tz: &TimeZone) -> Vec<Story> {
    let Some(record) = session.steps.get(step_index) else {
        return Vec::new();
    };
    let story = |kind: StoryKind, text: &str| Story {
        session_id: session.id.clone(),
        date: session_date(session, tz),
        group: session.group.clone(),
        case_id: session.case.id.clone(),
        case_title: session.case.title.clone(),
        step_index,
        step_id: record.step.clone(),
        step_title: step_title(session, &record.step).to_string(),
        kind,
        text: text.to_string(),
    };
    let mut out = Vec::new();
    if !record.decision.trim().is_empty() {
        out.push(story(StoryKind::Decision, &record.decision));
    }
    for reflection in &record.reflections {
        if reflection.text.trim().is_empty() {
            continue;
        }
        let author = reflection.author.clone().filter(|a| !a.trim().is_empty());
        out.push(story(StoryKind::Reflection { author }, &reflection.text));
    }
    out
}
