//! What a new session's terugblik brings back: the open knelpunten and
//! actions of the same group's earlier sessions, in every folder read.
//!
//! A pure function over sessions already loaded ([`open_items`]): the TUI's
//! runner reads the folders through the index when a session starts and
//! hands them in. The same group means the same name folded
//! ([`same_group`]): case, diacritics and runs of spaces do not count, so
//! `Team Noord`, `team noord` and ` Téam  Noord ` are one group; any other
//! difference (a dash, a typo) makes another group. Practice sessions
//! (`Session::practice`) neither get a terugblik nor give items to one.

use std::path::PathBuf;

use jiff::Timestamp;
use jiff::civil::Date;

use super::LoadedSession;
use crate::model::{ActionStatus, BottleneckStatus, Session};

/// The status of an open item, whichever kind it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ItemStatus {
    /// A knelpunt's.
    Bottleneck(BottleneckStatus),
    /// An action's.
    Action(ActionStatus),
}

impl ItemStatus {
    /// The next status in the item's cycle (see `next` on each status).
    pub fn next(self) -> ItemStatus {
        match self {
            Self::Bottleneck(s) => Self::Bottleneck(s.next()),
            Self::Action(s) => Self::Action(s.next()),
        }
    }

    /// The stable key (`FollowUp::status` keeps it).
    pub fn key(self) -> &'static str {
        match self {
            Self::Bottleneck(s) => s.key(),
            Self::Action(s) => s.key(),
        }
    }

    /// True for a knelpunt.
    pub fn is_bottleneck(self) -> bool {
        matches!(self, Self::Bottleneck(_))
    }
}

/// One open knelpunt or action of an earlier session, with where it lives.
#[derive(Debug, Clone, PartialEq)]
pub struct OpenItem {
    /// The file of the session it came from (updates are written there).
    pub path: PathBuf,
    /// That session's id.
    pub session_id: String,
    /// When that session started.
    pub started: Timestamp,
    /// That session's case title.
    pub case_title: String,
    /// The item's stable id (`k-…` or `a-…`).
    pub id: String,
    /// What it says.
    pub text: String,
    /// Who has it.
    pub owner: Option<String>,
    /// When an answer or the action is due.
    pub due: Option<Date>,
    /// Where it stands.
    pub status: ItemStatus,
    /// The owner's answer so far (knelpunten; empty for actions).
    pub answer: String,
}

/// A group name as compared: folded case and diacritics, spaces collapsed.
pub fn group_key(group: &str) -> String {
    crate::fuzzy::fold(group)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// True when two group names name the same group (see the module docs).
pub fn same_group(a: &str, b: &str) -> bool {
    let (a, b) = (group_key(a), group_key(b));
    !a.is_empty() && a == b
}

/// The open items the terugblik of `current` shows: every open knelpunt
/// (`BottleneckStatus::is_open`) and open action of the group's other
/// sessions that are not practice sessions, oldest session first, then
/// knelpunten before actions, each in the session's order. Empty for a
/// practice session, and for one that already finished.
pub fn open_items(sessions: &[LoadedSession], current: &Session) -> Vec<OpenItem> {
    if current.practice || current.finished.is_some() {
        return Vec::new();
    }
    let mut from: Vec<&LoadedSession> = sessions
        .iter()
        .filter(|l| {
            let s = &l.session;
            s.id != current.id && !s.practice && same_group(&s.group, &current.group)
        })
        .collect();
    from.sort_by(|a, b| {
        (a.session.started, &a.session.id).cmp(&(b.session.started, &b.session.id))
    });
    let mut out = Vec::new();
    for l in from {
        let s = &l.session;
        let item =
            |id: &str, text: &str, owner: &Option<String>, due, status, answer: &str| OpenItem {
                path: l.path.clone(),
                session_id: s.id.clone(),
                started: s.started,
                case_title: s.case.title.clone(),
                id: id.to_string(),
                text: text.to_string(),
                owner: owner.clone().filter(|o| !o.trim().is_empty()),
                due,
                status,
                answer: answer.to_string(),
            };
        for b in s.bottlenecks.iter().filter(|b| b.status.is_open()) {
            let status = ItemStatus::Bottleneck(b.status);
            out.push(item(&b.id, &b.text, &b.owner, b.due, status, &b.answer));
        }
        for a in s.actions.iter().filter(|a| a.status.is_open()) {
            let status = ItemStatus::Action(a.status);
            out.push(item(&a.id, &a.text, &a.owner, a.due, status, ""));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Action, Bottleneck};

    fn session(id: &str, group: &str, started: &str) -> Session {
        let mut s: Session =
            ron::from_str(include_str!("../../tests/fixtures/session_versions/v4.ron")).unwrap();
        s.migrate();
        s.id = id.into();
        s.group = group.into();
        s.started = started.parse().unwrap();
        s.finished = None;
        s.practice = false;
        s.bottlenecks.clear();
        s.actions.clear();
        s
    }

    fn loaded(s: Session) -> LoadedSession {
        LoadedSession {
            path: PathBuf::from(format!("/d/sessions/{}.ron", s.id)),
            session: s,
        }
    }

    fn knelpunt(id: &str, status: BottleneckStatus) -> Bottleneck {
        Bottleneck {
            id: id.into(),
            text: format!("knelpunt {id}"),
            status,
            ..Bottleneck::default()
        }
    }

    fn action(id: &str, status: ActionStatus) -> Action {
        Action {
            id: id.into(),
            text: format!("actie {id}"),
            status,
            ..Action::default()
        }
    }

    #[test]
    fn groups_match_folded_and_nothing_else() {
        assert!(same_group("Team Noord", " téam   NOORD "));
        assert!(!same_group("Team Noord", "Team-Noord"));
        assert!(!same_group("", " "));
    }

    #[test]
    fn open_items_of_the_group_come_oldest_first_knelpunten_before_actions() {
        let mut newer = session("s2", "team noord", "2026-11-20T09:00:00Z");
        newer
            .bottlenecks
            .push(knelpunt("k-new", BottleneckStatus::Raised));
        let mut older = session("s1", "Team Noord", "2026-10-01T09:00:00Z");
        older.actions.push(action("a-one", ActionStatus::Open));
        older.actions.push(action("a-done", ActionStatus::Done));
        older
            .bottlenecks
            .push(knelpunt("k-old", BottleneckStatus::Open));
        older
            .bottlenecks
            .push(knelpunt("k-ok", BottleneckStatus::Resolved));
        older
            .bottlenecks
            .push(knelpunt("k-ans", BottleneckStatus::Answered));
        let mut other = session("s3", "Team Zuid", "2026-09-01T09:00:00Z");
        other
            .bottlenecks
            .push(knelpunt("k-zuid", BottleneckStatus::Open));
        let mut practice = session("s4", "Team Noord", "2026-09-01T09:00:00Z");
        practice.practice = true;
        practice
            .bottlenecks
            .push(knelpunt("k-oef", BottleneckStatus::Open));
        let mut current = session("s5", "TEAM NOORD", "2026-12-03T09:00:00Z");
        current
            .bottlenecks
            .push(knelpunt("k-self", BottleneckStatus::Open));
        let all: Vec<_> = [newer, older, other, practice, current.clone()]
            .into_iter()
            .map(loaded)
            .collect();
        let ids: Vec<_> = open_items(&all, &current)
            .into_iter()
            .map(|i| i.id)
            .collect();
        assert_eq!(ids, ["k-old", "k-ans", "a-one", "k-new"]);
        let first = &open_items(&all, &current)[0];
        assert_eq!(first.path, PathBuf::from("/d/sessions/s1.ron"));
        assert_eq!(first.session_id, "s1");
    }

    #[test]
    fn a_practice_session_gets_no_terugblik() {
        let mut older = session("s1", "Team Noord", "2026-10-01T09:00:00Z");
        older
            .bottlenecks
            .push(knelpunt("k-old", BottleneckStatus::Open));
        let mut current = session("s5", "Team Noord", "2026-12-03T09:00:00Z");
        current.practice = true;
        assert!(open_items(&[loaded(older.clone())], &current).is_empty());
        current.practice = false;
        assert_eq!(open_items(&[loaded(older)], &current).len(), 1);
    }
}
