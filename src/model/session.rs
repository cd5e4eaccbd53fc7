//! A session: one group's walk through one case with one method.
//!
//! The file is self-contained (it keeps a copy of the case, the method and
//! the theme sets it used) so it can be reviewed on a machine that has none
//! of them, and it carries `schema_version` so later versions can migrate it.

use jiff::Timestamp;
use serde::{Deserialize, Serialize};

use super::{Action, Bottleneck, Case, Draft, Method, PhaseKind, ThemeSet};

/// The session format this casus writes.
///
/// - 1: the first format.
/// - 2: every knelpunt carries a stable `id` (see `Bottleneck::id`); version 1
///   files get ids derived from their content on load (`Session::migrate`).
/// - 3: an own case (`Session::own_case`): the inbrenger's preparation, and a
///   case whose decision points the group adds during the session; older
///   files have none and read the same.
/// - 3: positions before the reveal (`StepRecord::stances`, `stances_shown`,
///   `actual`) and dot-votes in the closing (`votes` on knelpunten and
///   actions, `Session::votes_each`); all have serde defaults, so a version 1
///   or 2 file reads as a session without positions or votes.
/// - 4: follow-up (`model/followup.rs`): knelpunten with a level, themes, a
///   due date, an answer, a dated status history and links; actions with an
///   id, a due date, a status and its history; `practice` sessions; the
///   terugblik's `follow_ups`; structured `scores` (`model/score.rs`).
///   Older files get action ids derived from their text on load
///   (`Session::migrate`); everything else has a serde default.
pub const SESSION_SCHEMA_VERSION: u32 = 4;

/// A whole session as stored in `<data dir>/sessions/<id>.ron`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Session {
    /// Format version, for migration on load.
    pub schema_version: u32,
    /// Unique id that sorts by start time, e.g. `20261123-073912-k3f9a2`.
    pub id: String,
    /// When the session started.
    pub started: Timestamp,
    /// When it was last changed.
    pub updated: Timestamp,
    /// When the group finished the closing phase; `None` while unfinished.
    #[serde(default)]
    pub finished: Option<Timestamp>,
    /// The group's name (a team, a training).
    pub group: String,
    /// Initials or roles, never full names.
    #[serde(default)]
    pub participants: Vec<String>,
    /// Interface language the session was run in.
    #[serde(default = "default_language")]
    pub language: String,
    /// The case as it was when the session started.
    pub case: Case,
    /// The method as it was when the session started.
    pub method: Method,
    /// The theme sets chosen for tagging, as they were.
    pub theme_sets: Vec<ThemeSet>,
    /// Where the group is: resume returns here.
    #[serde(default)]
    pub position: Position,
    /// One record per method phase, in the method's order.
    pub phases: Vec<PhaseRecord>,
    /// One record per decision point, in the case's order.
    pub steps: Vec<StepRecord>,
    /// System bottlenecks (knelpunten), from the steps or the closing.
    #[serde(default)]
    pub bottlenecks: Vec<Bottleneck>,
    /// Lessons learned, written in the closing.
    #[serde(default)]
    pub lessons: String,
    /// Actions with owners, written in the closing.
    #[serde(default)]
    pub actions: Vec<Action>,
    /// Text of an editor that was open when casus last saved.
    #[serde(default)]
    pub draft: Option<Draft>,
    /// The facilitator paused the timer: phase time does not count.
    /// Written only when true, so files without it read the same.
    #[serde(default, skip_serializing_if = "is_false")]
    pub timer_paused: bool,

    // ---- Own case (schema 3) ----
    /// Set when the group brought its own case (eigen inbreng): the
    /// inbrenger's preparation. `case` then holds the case as built in the
    /// session (its context from the answers, its decision points added live).
    /// Written only when set, so other sessions read the same.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub own_case: Option<super::OwnCase>,
    // ---- Positions and dot-votes (schema version 3): `model/stance.rs`, `model/vote.rs`.
    /// Dots each participant may spread over knelpunten and actions in the closing.
    #[serde(default = "default_votes_each")]
    pub votes_each: u32,

    // ---- Follow-up and scores (schema version 4): `model/followup.rs`, `model/score.rs`.
    /// A training or practice session: left out of the register, stats,
    /// search and reports unless a filter asks for it (`practice:yes`).
    #[serde(default, skip_serializing_if = "is_false")]
    pub practice: bool,
    /// What this session's terugblik recorded about earlier sessions' open items.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub follow_ups: Vec<super::FollowUp>,
    /// Scores per indicator of the method's `scores` list.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub scores: Vec<super::Score>,
}

fn default_votes_each() -> u32 {
    super::vote::DEFAULT_VOTES
}

/// Where in the session the group is.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Position {
    /// Index into the method's phases.
    pub phase: usize,
    /// Index into the case's steps.
    pub step: usize,
}

/// What happened in one phase.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PhaseRecord {
    /// The method phase's id.
    pub phase: String,
    /// The group's notes.
    #[serde(default)]
    pub notes: String,
    /// Seconds the group spent in this phase so far.
    #[serde(default)]
    pub elapsed_secs: u64,
    /// Minutes the facilitator added to the method's time for this phase.
    /// Written only when not zero, so files without it read the same.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub extra_minutes: u32,
}

fn is_zero(n: &u32) -> bool {
    *n == 0
}

fn is_false(b: &bool) -> bool {
    !*b
}

/// What the group decided at one decision point.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct StepRecord {
    /// The case step's id.
    pub step: String,
    /// The decision, in the group's words.
    #[serde(default)]
    pub decision: String,
    /// Tagged themes as `SET/THEME`.
    #[serde(default)]
    pub themes: Vec<String>,
    /// Reflections in the order they were added.
    #[serde(default)]
    pub reflections: Vec<Reflection>,
    /// Whether the outcome was revealed to the group.
    #[serde(default)]
    pub revealed: bool,

    // ---- Positions before the reveal (schema version 3): `model/stance.rs`.
    /// Each participant's position, recorded before the reveal.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub stances: Vec<super::Stance>,
    /// The positions were shown to the group, all at once.
    #[serde(default, skip_serializing_if = "is_false")]
    pub stances_shown: bool,
    /// The option the facilitator marked as what actually happened.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub actual: Option<String>,
}

/// A reflection, with optional author initials.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Reflection {
    /// Initials or role.
    #[serde(default)]
    pub author: Option<String>,
    /// The reflection.
    pub text: String,
}

fn default_language() -> String {
    "nl".to_string()
}

impl Session {
    /// A fresh session for this case, method and theme sets.
    pub fn new(
        id: String,
        now: Timestamp,
        group: String,
        case: Case,
        method: Method,
        theme_sets: Vec<ThemeSet>,
    ) -> Self {
        let phases = method
            .phases
            .iter()
            .map(|p| PhaseRecord {
                phase: p.id.clone(),
                ..PhaseRecord::default()
            })
            .collect();
        let steps = case
            .steps
            .iter()
            .map(|s| StepRecord {
                step: s.id.clone(),
                ..StepRecord::default()
            })
            .collect();
        Session {
            schema_version: SESSION_SCHEMA_VERSION,
            id,
            started: now,
            updated: now,
            finished: None,
            group,
            participants: Vec::new(),
            language: default_language(),
            case,
            method,
            theme_sets,
            position: Position::default(),
            phases,
            steps,
            bottlenecks: Vec::new(),
            lessons: String::new(),
            actions: Vec::new(),
            draft: None,
            timer_paused: false,
            own_case: None,
            votes_each: default_votes_each(),
            practice: false,
            follow_ups: Vec::new(),
            scores: Vec::new(),
        }
    }

    /// The label of a `SET/THEME` reference, from the session's own copy of the sets.
    pub fn theme_label(&self, reference: &str) -> Option<&str> {
        let (set, theme) = super::split_theme_ref(reference)?;
        let set = self.theme_sets.iter().find(|s| s.id == set)?;
        set.theme(theme).map(|t| t.label.as_str())
    }

    /// The index of the method's `Steps` phase.
    pub fn steps_phase(&self) -> Option<usize> {
        self.method
            .phases
            .iter()
            .position(|p| p.kind == PhaseKind::Steps)
    }

    /// Decision points that have a decision written.
    pub fn decided_steps(&self) -> usize {
        self.steps
            .iter()
            .filter(|s| !s.decision.trim().is_empty())
            .count()
    }

    /// Everything people typed in this session (not a prepared case, which
    /// trainers check with `casus check`; an own case was typed here, so it is).
    pub fn typed_texts(&self) -> Vec<&str> {
        let mut out: Vec<&str> = vec![self.group.as_str(), self.lessons.as_str()];
        out.extend(self.participants.iter().map(String::as_str));
        out.extend(self.phases.iter().map(|p| p.notes.as_str()));
        out.extend(self.own_typed_texts());
        for step in &self.steps {
            out.push(&step.decision);
            for r in &step.reflections {
                out.push(&r.text);
                out.extend(r.author.as_deref());
            }
        }
        for b in &self.bottlenecks {
            out.push(&b.text);
            out.extend(b.owner.as_deref());
            out.push(&b.answer);
            out.extend(b.links.iter().map(String::as_str));
            out.extend(b.history.iter().map(|c| c.note.as_str()));
        }
        for a in &self.actions {
            out.push(&a.text);
            out.extend(a.owner.as_deref());
            out.extend(a.history.iter().map(|c| c.note.as_str()));
        }
        for f in &self.follow_ups {
            out.push(&f.text);
            out.push(&f.note);
        }
        out.extend(self.scores.iter().map(|s| s.note.as_str()));
        out.extend(self.stance_texts().chain(self.vote_texts()));
        out.retain(|t| !t.is_empty());
        out
    }

    /// True once the closing phase was completed.
    pub fn is_finished(&self) -> bool {
        self.finished.is_some()
    }
}
