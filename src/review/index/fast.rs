//! Reading a session file as its summary without building the whole session
//! first: the copy of the case, the method and the theme sets is most of a
//! file, and the summary drops most of that (situations, questions, options,
//! outcomes, prompts, descriptions, notes, lessons).
//!
//! The types here mirror the model's, field for field, with the same serde
//! contract (names, defaults, `deny_unknown_fields`, struct names, which RON
//! checks), so a file is accepted exactly when [`crate::store::read_session`]
//! accepts it; a dropped text is checked to be a string ([`Text`]) but never
//! copied. What they keep is what [`SessionSummary::of`] keeps, and the
//! summary is made by that very function. The file is parsed once (the
//! store reads the schema version in a pass of its own first).
//!
//! When anything is off (the file does not parse, a newer schema version, an
//! id that is not the file's) this gives up and the caller reads the file
//! the ordinary way, for the same `path:line:col` as always. The test
//! `tests/index_fast.rs` holds the two ways equal.

use std::fmt;
use std::path::Path;

use jiff::Timestamp;
use serde::de::{Deserializer, Error, Visitor};
use serde::{Deserialize, de};

use crate::model::{
    Action, Bottleneck, Case, DEFAULT_VOTES, Draft, FILE_SCHEMA_VERSION, FollowUp, Indicator,
    Method, OwnCase, Phase, PhaseKind, PhaseRecord, Position, SESSION_SCHEMA_VERSION, Score,
    Session, StepRecord, Theme, ThemeSet,
};

use super::summary::SessionSummary;

/// The summary of the session in `text` (read from `path`, shown as
/// `shown`), or `None` when the file must be read the ordinary way.
pub(super) fn summary_of(shown: &str, path: &Path, text: &str) -> Option<SessionSummary> {
    let part: SessionPart = crate::library::from_ron(shown, text).ok()?;
    if part.schema_version > SESSION_SCHEMA_VERSION {
        return None;
    }
    crate::store::check_id(shown, Some(path), text, &part.id).ok()?;
    let mut session = part.into_session();
    session.migrate();
    Some(SessionSummary::of(&session))
}

/// A text the summary drops: checked to be a string, as `String` would be, never kept.
#[derive(Default)]
struct Text;

impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Text, D::Error> {
        struct Checked;
        impl Visitor<'_> for Checked {
            type Value = Text;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a string")
            }
            fn visit_str<E: Error>(self, _: &str) -> Result<Text, E> {
                Ok(Text)
            }
            fn visit_bytes<E: Error>(self, v: &[u8]) -> Result<Text, E> {
                // As `String` takes bytes: only UTF-8.
                std::str::from_utf8(v)
                    .map(|_| Text)
                    .map_err(|_| E::invalid_value(de::Unexpected::Bytes(v), &self))
            }
        }
        d.deserialize_string(Checked)
    }
}

fn default_language() -> String {
    // As `Session` and `Case` default it.
    "nl".to_string()
}

fn default_schema_version() -> u32 {
    FILE_SCHEMA_VERSION
}

fn default_votes_each() -> u32 {
    DEFAULT_VOTES
}

/// [`Session`], with the case, the method, the theme sets and the phase
/// records as their parts below, and the lessons dropped.
#[derive(Deserialize)]
#[serde(rename = "Session")]
struct SessionPart {
    schema_version: u32,
    id: String,
    started: Timestamp,
    updated: Timestamp,
    #[serde(default)]
    finished: Option<Timestamp>,
    group: String,
    #[serde(default)]
    participants: Vec<String>,
    #[serde(default = "default_language")]
    language: String,
    case: CasePart,
    method: MethodPart,
    theme_sets: Vec<ThemeSetPart>,
    #[serde(default)]
    position: Position,
    phases: Vec<PhaseRecordPart>,
    steps: Vec<StepRecord>,
    #[serde(default)]
    bottlenecks: Vec<Bottleneck>,
    #[serde(default)]
    #[allow(dead_code)]
    lessons: Text,
    #[serde(default)]
    actions: Vec<Action>,
    // Checked whole; the summary keeps neither.
    #[serde(default)]
    #[allow(dead_code)]
    draft: Option<Draft>,
    #[serde(default)]
    timer_paused: bool,
    #[serde(default)]
    #[allow(dead_code)]
    own_case: Option<OwnCase>,
    #[serde(default = "default_votes_each")]
    votes_each: u32,
    #[serde(default)]
    practice: bool,
    #[serde(default)]
    follow_ups: Vec<FollowUp>,
    #[serde(default)]
    scores: Vec<Score>,
}

/// [`Case`] without its texts.
#[derive(Deserialize)]
#[serde(rename = "Case", deny_unknown_fields)]
#[allow(dead_code)]
struct CasePart {
    #[serde(default = "default_schema_version")]
    schema_version: u32,
    id: String,
    title: String,
    #[serde(default = "default_language")]
    language: String,
    summary: Text,
    context: Text,
    #[serde(default)]
    tags: Vec<Text>,
    steps: Vec<StepPart>,
}

/// [`Step`]: its id and title.
#[derive(Deserialize)]
#[serde(rename = "Step", deny_unknown_fields)]
#[allow(dead_code)]
struct StepPart {
    id: String,
    title: String,
    situation: Text,
    question: Text,
    #[serde(default)]
    options: Vec<Text>,
    #[serde(default)]
    outcome: Option<Text>,
    #[serde(default)]
    facilitator_notes: Option<Text>,
    #[serde(default)]
    suggested_themes: Vec<Text>,
}

/// [`Method`] without its description and prompts.
#[derive(Deserialize)]
#[serde(rename = "Method", deny_unknown_fields)]
#[allow(dead_code)]
struct MethodPart {
    #[serde(default = "default_schema_version")]
    schema_version: u32,
    id: String,
    title: String,
    #[serde(default)]
    description: Option<Text>,
    phases: Vec<PhasePart>,
    #[serde(default)]
    scores: Vec<Indicator>,
}

/// [`Phase`] without its prompt.
#[derive(Deserialize)]
#[serde(rename = "Phase", deny_unknown_fields)]
#[allow(dead_code)]
struct PhasePart {
    id: String,
    title: String,
    minutes: u32,
    kind: PhaseKind,
    #[serde(default)]
    prompt: Option<Text>,
}

/// [`ThemeSet`] without its source and description.
#[derive(Deserialize)]
#[serde(rename = "ThemeSet", deny_unknown_fields)]
#[allow(dead_code)]
struct ThemeSetPart {
    #[serde(default = "default_schema_version")]
    schema_version: u32,
    id: String,
    title: String,
    #[serde(default)]
    source: Option<Text>,
    #[serde(default)]
    description: Option<Text>,
    themes: Vec<ThemePart>,
}

/// [`Theme`] without its description (which themes keep their label is
/// known once the steps are read: [`SessionSummary::of`] decides).
#[derive(Deserialize)]
#[serde(rename = "Theme", deny_unknown_fields)]
#[allow(dead_code)]
struct ThemePart {
    id: String,
    label: String,
    #[serde(default)]
    description: Option<Text>,
    #[serde(default)]
    aliases: Vec<String>,
    #[serde(default)]
    replaces: Vec<String>,
}

/// [`PhaseRecord`] without its notes.
#[derive(Deserialize)]
#[serde(rename = "PhaseRecord")]
#[allow(dead_code)]
struct PhaseRecordPart {
    phase: String,
    #[serde(default)]
    notes: Text,
    #[serde(default)]
    elapsed_secs: u64,
    #[serde(default)]
    extra_minutes: u32,
}

impl SessionPart {
    /// A session of what was kept; what was dropped is empty. Every field
    /// of every struct is named, so a field added to the model must be
    /// decided on here (and in the parts above).
    fn into_session(self) -> Session {
        let case = self.case;
        let method = self.method;
        Session {
            schema_version: self.schema_version,
            id: self.id,
            started: self.started,
            updated: self.updated,
            finished: self.finished,
            group: self.group,
            participants: self.participants,
            language: self.language,
            case: Case {
                schema_version: case.schema_version,
                id: case.id,
                title: case.title,
                language: case.language,
                summary: String::new(),
                context: String::new(),
                tags: Vec::new(),
                steps: case
                    .steps
                    .into_iter()
                    .map(|s| super::summary::kept_step(s.id, s.title))
                    .collect(),
            },
            method: Method {
                schema_version: method.schema_version,
                id: method.id,
                title: method.title,
                description: None,
                phases: method
                    .phases
                    .into_iter()
                    .map(|p| Phase {
                        id: p.id,
                        title: p.title,
                        minutes: p.minutes,
                        kind: p.kind,
                        prompt: None,
                    })
                    .collect(),
                scores: method.scores,
            },
            theme_sets: self
                .theme_sets
                .into_iter()
                .map(|set| ThemeSet {
                    schema_version: set.schema_version,
                    id: set.id,
                    title: set.title,
                    source: None,
                    description: None,
                    themes: set
                        .themes
                        .into_iter()
                        .map(|t| Theme {
                            id: t.id,
                            label: t.label,
                            description: None,
                            aliases: t.aliases,
                            replaces: t.replaces,
                        })
                        .collect(),
                })
                .collect(),
            position: self.position,
            phases: self
                .phases
                .into_iter()
                .map(|p| PhaseRecord {
                    phase: p.phase,
                    notes: String::new(),
                    elapsed_secs: p.elapsed_secs,
                    extra_minutes: p.extra_minutes,
                })
                .collect(),
            steps: self.steps,
            bottlenecks: self.bottlenecks,
            lessons: String::new(),
            actions: self.actions,
            draft: None,
            timer_paused: self.timer_paused,
            own_case: None,
            votes_each: self.votes_each,
            practice: self.practice,
            follow_ups: self.follow_ups,
            scores: self.scores,
        }
    }
}

#[cfg(test)]
#[path = "fast_tests.rs"]
mod tests;
