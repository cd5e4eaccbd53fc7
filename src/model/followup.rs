//! What a session hands on to be followed up (session schema version 4):
//! knelpunten ([`Bottleneck`]) and actions ([`Action`]), each with an
//! owner, a date by which something is expected, a status and the dated
//! history of that status, and the [`FollowUp`]s a later session's
//! terugblik recorded about them.
//!
//! Every field added in version 4 has a serde default and is written only
//! when set, so a version 1 to 3 file reads as knelpunten and actions that
//! are open, with no level, themes, due date or history.

use jiff::Timestamp;
use jiff::civil::Date;
use serde::{Deserialize, Serialize};

/// A system bottleneck (knelpunt) a case exposes.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Bottleneck {
    /// Stable id within the session (`k-` and six letters or digits), so a
    /// register can update exactly this knelpunt. Empty only in a version 1
    /// file, where [`super::Session::migrate`] derives one from step and text.
    #[serde(default)]
    pub id: String,
    /// The step it was named at; `None` when named in the closing.
    #[serde(default)]
    pub step: Option<String>,
    /// What is stuck in the system.
    pub text: String,
    /// Who can change it.
    #[serde(default)]
    pub owner: Option<String>,
    /// Where it stands.
    #[serde(default)]
    pub status: BottleneckStatus,
    /// Dot-votes in the closing: one voter's label per dot (schema version 3).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub votes: Vec<String>,

    // ---- Follow-up (schema version 4).
    /// Where it has to be solved.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub level: Option<Level>,
    /// Themes as `SET/THEME`, from any loaded set (the Kwaliteitskompas
    /// blocks too: which block of the cycle has to act).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub themes: Vec<String>,
    /// The date by which an answer is expected.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub due: Option<Date>,
    /// The owner's answer, in their words (or the group's summary of it).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub answer: String,
    /// Every change of `status`, oldest first. Empty for a knelpunt that was
    /// never changed: it has been open since the session started.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub history: Vec<StatusChange<BottleneckStatus>>,
    /// The same signal raised in other sessions, as `SESSION_ID/k-xxxxxx`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub links: Vec<String>,
}

/// How far a knelpunt has come: open → raised (aangekaart) → answered
/// (beantwoord) → resolved (opgelost), or not taken up (niet opgepakt).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum BottleneckStatus {
    /// Named, nothing done yet.
    #[default]
    Open,
    /// Raised with the owner (aangekaart).
    Raised,
    /// The owner answered (beantwoord; schema version 4).
    Answered,
    /// Solved (opgelost).
    Resolved,
    /// The owner will not take it up (niet opgepakt; schema version 4).
    NotTaken,
}

impl BottleneckStatus {
    /// All statuses, in order.
    pub const ALL: [BottleneckStatus; 5] = [
        Self::Open,
        Self::Raised,
        Self::Answered,
        Self::Resolved,
        Self::NotTaken,
    ];

    /// The next status in the cycle open → raised → answered → resolved →
    /// not taken up → open.
    pub fn next(self) -> Self {
        match self {
            Self::Open => Self::Raised,
            Self::Raised => Self::Answered,
            Self::Answered => Self::Resolved,
            Self::Resolved => Self::NotTaken,
            Self::NotTaken => Self::Open,
        }
    }

    /// Stable lowercase key, used in filters, CSV and JSON.
    pub fn key(self) -> &'static str {
        match self {
            Self::Open => "open",
            Self::Raised => "raised",
            Self::Answered => "answered",
            Self::Resolved => "resolved",
            Self::NotTaken => "not-taken",
        }
    }

    /// Still waiting for something: open, raised or answered but not solved.
    /// Only these come back in a terugblik.
    pub fn is_open(self) -> bool {
        matches!(self, Self::Open | Self::Raised | Self::Answered)
    }
}

/// The level at which a knelpunt has to be solved.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Level {
    /// The team itself.
    Team,
    /// The organisation (organisatie).
    Organisation,
    /// The municipality (gemeente).
    Municipality,
    /// The region (regio).
    Region,
    /// National (landelijk).
    National,
}

impl Level {
    /// All levels, from nearest to farthest.
    pub const ALL: [Level; 5] = [
        Self::Team,
        Self::Organisation,
        Self::Municipality,
        Self::Region,
        Self::National,
    ];

    /// Stable lowercase key, used in filters, CSV and JSON.
    pub fn key(self) -> &'static str {
        match self {
            Self::Team => "team",
            Self::Organisation => "organisation",
            Self::Municipality => "municipality",
            Self::Region => "region",
            Self::National => "national",
        }
    }
}

/// An action agreed in the closing.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Action {
    /// Stable id within the session (`a-` and six letters or digits; schema
    /// version 4). Empty only in an older file, where
    /// [`super::Session::migrate`] derives one from the text.
    #[serde(default)]
    pub id: String,
    /// What will be done.
    pub text: String,
    /// Who does it.
    #[serde(default)]
    pub owner: Option<String>,
    /// Dot-votes in the closing: one voter's label per dot (schema version 3).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub votes: Vec<String>,

    // ---- Follow-up (schema version 4).
    /// The date by which it should be done.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub due: Option<Date>,
    /// Where it stands.
    #[serde(default, skip_serializing_if = "ActionStatus::is_default")]
    pub status: ActionStatus,
    /// Every change of `status`, oldest first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub history: Vec<StatusChange<ActionStatus>>,
}

/// Where an action stands.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ActionStatus {
    /// Agreed, not done yet.
    #[default]
    Open,
    /// Done (gedaan).
    Done,
    /// No longer needed (vervallen).
    Dropped,
}

impl ActionStatus {
    /// All statuses, in order.
    pub const ALL: [ActionStatus; 3] = [Self::Open, Self::Done, Self::Dropped];

    /// The next status in the cycle open → done → dropped → open.
    pub fn next(self) -> Self {
        match self {
            Self::Open => Self::Done,
            Self::Done => Self::Dropped,
            Self::Dropped => Self::Open,
        }
    }

    /// Stable lowercase key, used in filters, CSV and JSON.
    pub fn key(self) -> &'static str {
        match self {
            Self::Open => "open",
            Self::Done => "done",
            Self::Dropped => "dropped",
        }
    }

    /// Still to be done: only these come back in a terugblik.
    pub fn is_open(self) -> bool {
        self == Self::Open
    }

    fn is_default(&self) -> bool {
        *self == Self::Open
    }
}

/// One change of an item's status, with when it happened and why.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StatusChange<S> {
    /// When the change was recorded.
    pub at: Timestamp,
    /// The status from then on.
    pub status: S,
    /// What happened, in the group's words (optional).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
    /// The session in which it was recorded (a later session's terugblik);
    /// `None` when changed in the item's own session or in the register.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub session: Option<String>,
}

/// What a session's terugblik recorded about an open item of an earlier
/// session (the change itself is written to that session's file too).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FollowUp {
    /// When it was recorded.
    pub at: Timestamp,
    /// The session the item came from.
    pub session: String,
    /// The item's id there (`k-…` or `a-…`).
    pub item: String,
    /// The item's text as it was, so this session reads on its own.
    pub text: String,
    /// The new status's key ([`BottleneckStatus::key`] or
    /// [`ActionStatus::key`]); `None` when only progress was noted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// Progress or the answer, in the group's words.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
}

/// Sets `status` to `to` and records the change in `history` (no change and
/// no note, no record): the one rule for knelpunten and actions.
fn record<S: Copy + PartialEq>(
    status: &mut S,
    history: &mut Vec<StatusChange<S>>,
    to: S,
    at: Timestamp,
    note: String,
    session: Option<String>,
) {
    if to == *status && note.is_empty() {
        return;
    }
    *status = to;
    history.push(StatusChange {
        at,
        status: to,
        note,
        session,
    });
}

impl Bottleneck {
    /// Sets the status and records the change (no change, no record).
    pub fn set_status(
        &mut self,
        status: BottleneckStatus,
        at: Timestamp,
        note: String,
        session: Option<String>,
    ) {
        record(
            &mut self.status,
            &mut self.history,
            status,
            at,
            note,
            session,
        );
    }

    /// When the status last changed; `None` when it never did.
    pub fn changed(&self) -> Option<Timestamp> {
        self.history.last().map(|c| c.at)
    }
}

impl Action {
    /// Sets the status and records the change (no change, no record).
    pub fn set_status(
        &mut self,
        status: ActionStatus,
        at: Timestamp,
        note: String,
        session: Option<String>,
    ) {
        record(
            &mut self.status,
            &mut self.history,
            status,
            at,
            note,
            session,
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_status_change_is_recorded_once_with_its_time_and_note() {
        let mut b = Bottleneck::default();
        let t: Timestamp = "2026-12-03T10:00:00Z".parse().unwrap();
        b.set_status(BottleneckStatus::Open, t, String::new(), None);
        assert!(b.history.is_empty(), "no change, no record");
        b.set_status(BottleneckStatus::Raised, t, "gemaild".into(), None);
        assert_eq!(b.status, BottleneckStatus::Raised);
        assert_eq!(b.history.len(), 1);
        assert_eq!(b.history[0].note, "gemaild");
        assert_eq!(b.changed(), Some(t));
    }

    #[test]
    fn only_unsolved_items_are_open() {
        let open: Vec<_> = BottleneckStatus::ALL
            .iter()
            .filter(|s| s.is_open())
            .map(|s| s.key())
            .collect();
        assert_eq!(open, ["open", "raised", "answered"]);
        assert!(ActionStatus::Open.is_open() && !ActionStatus::Done.is_open());
    }

    #[test]
    fn the_cycles_visit_every_status_once() {
        let mut s = BottleneckStatus::Open;
        for _ in 0..BottleneckStatus::ALL.len() {
            s = s.next();
        }
        assert_eq!(s, BottleneckStatus::Open);
        let mut a = ActionStatus::Open;
        for _ in 0..ActionStatus::ALL.len() {
            a = a.next();
        }
        assert_eq!(a, ActionStatus::Open);
    }
}
