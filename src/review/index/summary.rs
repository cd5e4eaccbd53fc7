//! What the index keeps of a session: the part review reads, as a type of
//! its own ([`SessionSummary`]), so nothing takes a summary for a whole
//! session by accident.

use std::collections::HashSet;

use serde::{Deserialize, Serialize};

use crate::model::{
    Case, Method, Phase, PhaseRecord, Session, Step, Theme, ThemeSet, split_theme_ref,
};

/// The part of a session review reads: everything that filters, stats,
/// search, `list sessions`, the register and the home list use, and none of
/// the texts they do not (the case's situations and questions, the method's
/// prompts, theme descriptions, phase notes, lessons, drafts).
///
/// Untagged themes keep only their id (and, when they replace others, their
/// `replaces` and label, which counting under them needs), so a theme's
/// place in its set (the tie-break in stats) stays what it was. Exports and the detail view read
/// the session file itself. Stored in the index as the session's own RON
/// fields (serde `transparent`), so an index file reads back as summaries.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct SessionSummary(Session);

impl SessionSummary {
    /// The summary of a whole session.
    pub fn of(session: &Session) -> SessionSummary {
        SessionSummary(summary(session))
    }

    /// The kept fields, in the shape of a session: what is dropped (see the
    /// type's doc) is empty. Review queries read this.
    pub fn session(&self) -> &Session {
        &self.0
    }

    /// The same, owned, for the review's lists ([`crate::review::LoadedSession`]
    /// from the index holds one).
    pub fn into_session(self) -> Session {
        self.0
    }
}

/// What a summary keeps of a case's decision point: its id and title.
pub(super) fn kept_step(id: String, title: String) -> Step {
    Step {
        id,
        title,
        situation: String::new(),
        question: String::new(),
        options: Vec::new(),
        outcome: None,
        facilitator_notes: None,
        suggested_themes: Vec::new(),
    }
}

/// The kept fields of `session` (see [`SessionSummary`]).
fn summary(session: &Session) -> Session {
    let tagged: HashSet<(&str, &str)> = session
        .steps
        .iter()
        .flat_map(|s| &s.themes)
        .filter_map(|r| split_theme_ref(r))
        .collect();
    let case = &session.case;
    let method = &session.method;
    Session {
        schema_version: session.schema_version,
        id: session.id.clone(),
        started: session.started,
        updated: session.updated,
        finished: session.finished,
        group: session.group.clone(),
        participants: session.participants.clone(),
        language: session.language.clone(),
        case: Case {
            schema_version: case.schema_version,
            id: case.id.clone(),
            title: case.title.clone(),
            language: case.language.clone(),
            summary: String::new(),
            context: String::new(),
            tags: Vec::new(),
            steps: case
                .steps
                .iter()
                .map(|s| kept_step(s.id.clone(), s.title.clone()))
                .collect(),
        },
        method: Method {
            schema_version: method.schema_version,
            id: method.id.clone(),
            title: method.title.clone(),
            description: None,
            scores: method.scores.clone(),
            phases: method
                .phases
                .iter()
                .map(|p| Phase {
                    id: p.id.clone(),
                    title: p.title.clone(),
                    minutes: p.minutes,
                    kind: p.kind,
                    prompt: None,
                })
                .collect(),
        },
        theme_sets: session
            .theme_sets
            .iter()
            .map(|set| ThemeSet {
                schema_version: set.schema_version,
                id: set.id.clone(),
                title: set.title.clone(),
                source: None,
                description: None,
                themes: set
                    .themes
                    .iter()
                    .map(|t| {
                        if tagged.contains(&(set.id.as_str(), t.id.as_str())) {
                            Theme {
                                description: None,
                                ..t.clone()
                            }
                        } else {
                            Theme {
                                id: t.id.clone(),
                                // A tag it replaces counts under it, with its label.
                                label: if t.replaces.is_empty() {
                                    String::new()
                                } else {
                                    t.label.clone()
                                },
                                description: None,
                                aliases: Vec::new(),
                                // Counting follows renames through untagged themes too.
                                replaces: t.replaces.clone(),
                            }
                        }
                    })
                    .collect(),
            })
            .collect(),
        position: session.position,
        phases: session
            .phases
            .iter()
            .map(|p| PhaseRecord {
                phase: p.phase.clone(),
                notes: String::new(),
                elapsed_secs: p.elapsed_secs,
                extra_minutes: p.extra_minutes,
            })
            .collect(),
        steps: session.steps.clone(),
        bottlenecks: session.bottlenecks.clone(),
        lessons: String::new(),
        // Kept whole: the register lists them beside the knelpunten.
        actions: session.actions.clone(),
        draft: None,
        timer_paused: session.timer_paused,
        // The preparation is text people typed: the index keeps none of it.
        own_case: None,
        votes_each: session.votes_each,
        practice: session.practice,
        follow_ups: session.follow_ups.clone(),
        scores: session.scores.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::PhaseKind;

    fn session() -> Session {
        let step = Step {
            id: "a".into(),
            title: "A".into(),
            situation: "the situation".into(),
            question: "the question".into(),
            options: vec!["one".into()],
            outcome: Some("what happened".into()),
            facilitator_notes: None,
            suggested_themes: vec![],
        };
        let case = Case {
            schema_version: 1,
            id: "c".into(),
            title: "C".into(),
            language: "nl".into(),
            summary: "a summary".into(),
            context: "the context".into(),
            tags: vec![],
            steps: vec![step],
        };
        let method = Method {
            schema_version: 1,
            id: "m".into(),
            title: "M".into(),
            description: Some("how".into()),
            phases: vec![Phase {
                id: "p".into(),
                title: "P".into(),
                minutes: 5,
                kind: PhaseKind::Steps,
                prompt: Some("a prompt".into()),
            }],
            scores: vec![],
        };
        let theme = |id: &str| Theme {
            id: id.into(),
            label: id.to_uppercase(),
            description: Some("long".into()),
            aliases: vec![format!("{id}-alias")],
            replaces: Vec::new(),
        };
        let set = ThemeSet {
            schema_version: 1,
            id: "set".into(),
            title: "Set".into(),
            source: None,
            description: Some("a set".into()),
            themes: vec![theme("x"), theme("y")],
        };
        let now = "2026-11-23T09:00:00Z".parse().unwrap();
        let mut s = Session::new("id".into(), now, "G".into(), case, method, vec![set]);
        s.steps[0].decision = "we decide".into();
        s.steps[0].themes = vec!["set/y".into()];
        s.phases[0].notes = "notes".into();
        s.lessons = "lessons".into();
        s
    }

    #[test]
    fn a_summary_keeps_what_review_reads_and_drops_the_rest() {
        let full = session();
        let s = SessionSummary::of(&full).into_session();
        assert_eq!(s.id, full.id);
        assert_eq!(s.steps, full.steps, "decisions, themes, reflections");
        assert_eq!(s.case.steps[0].title, "A");
        assert!(s.case.steps[0].situation.is_empty() && s.case.steps[0].outcome.is_none());
        assert!(s.case.context.is_empty() && s.method.phases[0].prompt.is_none());
        assert!(s.phases[0].notes.is_empty() && s.lessons.is_empty());
        let themes = &s.theme_sets[0].themes;
        // The tagged theme keeps its label and aliases; the other only its id and place.
        assert_eq!(
            (themes[1].label.as_str(), themes[1].aliases.len()),
            ("Y", 1)
        );
        assert_eq!((themes[0].id.as_str(), themes[0].label.as_str()), ("x", ""));
        assert!(themes.iter().all(|t| t.description.is_none()));
    }
}
