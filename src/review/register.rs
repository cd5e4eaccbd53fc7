//! The register as a working list: every knelpunt (and, in
//! [`actions`](mod@actions), every action) of the sessions that pass the
//! filter, with each follow-up field, its age and whether it has waited too
//! long; knelpunten linked as the same signal stand together
//! ([`signals`](mod@signals)). Saving a change back into its file is
//! `update.rs`.
//!
//! Order: most dot-votes first (a signal counts the dots of all its
//! knelpunten), then the oldest first (longest waiting), then the sessions
//! newest first and, within one, the group's own ranking.

pub mod actions;
pub mod signals;

use std::path::PathBuf;

use jiff::civil::Date;
use jiff::tz::TimeZone;

use crate::model::{BottleneckStatus, Level};

use super::{Filter, LoadedSession, local_date, session_date, step_title};

pub use actions::{ActionRow, actions};
pub use signals::{Signal, signals};

/// Items still open after this many days are flagged.
pub const STALE_DAYS: i64 = 90;

/// One knelpunt with where it was named and everything follow-up needs.
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
    /// Where it has to be solved.
    pub level: Option<Level>,
    /// Its themes, `SET/THEME`.
    pub themes: Vec<String>,
    /// The date an answer is expected by.
    pub due: Option<Date>,
    /// The owner's answer.
    pub answer: String,
    /// Links to the same signal elsewhere, `SESSION_ID/k-…`.
    pub links: Vec<String>,
    /// The day the status last changed; `None` when it never did.
    pub changed: Option<Date>,
    /// Days since the session that raised it.
    pub age: i64,
    /// Still open after more than [`STALE_DAYS`] days.
    pub stale: bool,
    /// The signal it belongs to: its number in the register (from 1), the
    /// same for every knelpunt linked to this one, directly or not.
    pub signal: usize,
    /// The sessions behind that signal (this one included), sorted.
    pub signal_sessions: Vec<String>,
}

impl RegisterRow {
    /// `SESSION_ID/k-…`: how a link names this knelpunt.
    pub fn link_key(&self) -> String {
        format!("{}/{}", self.session_id, self.id)
    }
}

/// Days from `from` to `today` (0 when `today` is earlier).
pub fn days_between(from: Date, today: Date) -> i64 {
    from.until(today)
        .map_or(0, |span| i64::from(span.get_days()).max(0))
}

/// The knelpunten of the sessions that pass the filter (and only those the
/// filter's item tokens let through), in the register's order; dates,
/// `since:`/`until:` in the time zone `tz`, ages counted to `today`.
pub fn register(
    sessions: &[LoadedSession],
    filter: &Filter,
    tz: &TimeZone,
    today: Date,
) -> Vec<RegisterRow> {
    let mut rows = Vec::new();
    for loaded in sessions.iter().filter(|l| filter.matches(&l.session, tz)) {
        let s = &loaded.session;
        let date = session_date(s, tz);
        let age = days_between(date, today);
        // Within a session, the group's ranking: most dot-votes first.
        let ranked = crate::model::ranking(s.bottlenecks.iter().map(|b| b.votes.as_slice()));
        for (index, b) in ranked.into_iter().map(|i| (i, &s.bottlenecks[i])) {
            if !filter.matches_bottleneck(b, age) {
                continue;
            }
            rows.push(RegisterRow {
                path: loaded.path.clone(),
                session_id: s.id.clone(),
                date,
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
                level: b.level,
                themes: b.themes.clone(),
                due: b.due,
                answer: b.answer.clone(),
                links: b.links.clone(),
                changed: b.changed().map(|at| local_date(at, tz)),
                age,
                stale: b.status.is_open() && age > STALE_DAYS,
                signal: 0,
                signal_sessions: Vec::new(),
            });
        }
    }
    signals::order(rows)
}

/// A date as a Dutch user types it: `2027-01-15`, or day first as
/// `15-1-2027`, `15-01-2027`, `15/1/2027` or `15.1.2027`. `None` for
/// anything else, an impossible day included (`31-2-2027`).
pub fn parse_date(text: &str) -> Option<Date> {
    let text = text.trim();
    let parts: Vec<&str> = text.split(['-', '/', '.']).collect();
    let [a, b, c] = parts[..] else {
        return None;
    };
    let num = |s: &str, len: std::ops::RangeInclusive<usize>| -> Option<i16> {
        (len.contains(&s.len()) && s.chars().all(|c| c.is_ascii_digit()))
            .then(|| s.parse().ok())
            .flatten()
    };
    let (year, month, day) = if a.len() == 4 && text.contains('-') {
        (num(a, 4..=4)?, num(b, 2..=2)?, num(c, 2..=2)?)
    } else {
        (num(c, 4..=4)?, num(b, 1..=2)?, num(a, 1..=2)?)
    };
    if year < 1000 {
        return None;
    }
    Date::new(year, i8::try_from(month).ok()?, i8::try_from(day).ok()?).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_read_iso_or_day_first_and_near_misses_are_not() {
        let d = |s: &str| s.parse::<Date>().unwrap();
        for (typed, day) in [
            ("2027-01-15", "2027-01-15"),
            (" 15-1-2027 ", "2027-01-15"),
            ("15-01-2027", "2027-01-15"),
            ("5/3/2027", "2027-03-05"),
            ("5.3.2027", "2027-03-05"),
        ] {
            assert_eq!(parse_date(typed), Some(d(day)), "{typed}");
        }
        for bad in [
            "",
            "2027-1-15",
            "31-2-2027",
            "15-13-2027",
            "15-1-27",
            "2027/01/15x",
            "morgen",
            "15-1-2027-1",
            "0999-01-01",
        ] {
            assert_eq!(parse_date(bad), None, "{bad}");
        }
    }
}
