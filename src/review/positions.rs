//! Counting positions across sessions: at how many decision points a group
//! took positions before the reveal, how often it agreed, and how often the
//! majority's position differed from what actually happened, a question
//! only sessions that recorded positions can answer.
//!
//! "What actually happened" is the option the facilitator marked in the
//! session ([`crate::model::StepRecord::actual`]); a decision point without
//! that mark, or without a majority (a tie), is not compared (see
//! `model/stance.rs` for why casus does not guess from the outcome's text).

use serde::Serialize;

use crate::model::Session;

/// The position counts over a set of sessions.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct PositionCounts {
    /// Decision points where at least one position was recorded.
    pub rounds: usize,
    /// Of those, where at least two positions were recorded and all were the same.
    pub agreed: usize,
    /// Decision points with both a majority and an option marked as what happened.
    pub compared: usize,
    /// Of those, where the majority's position was not that option.
    pub differed: usize,
}

impl PositionCounts {
    /// Counts the decision points of one session.
    pub fn add(&mut self, session: &Session) {
        for step in session.steps.iter().filter(|s| !s.stances.is_empty()) {
            self.rounds += 1;
            self.agreed += usize::from(step.agreed());
            if let Some(differed) = step.majority_differed() {
                self.compared += 1;
                self.differed += usize::from(differed);
            }
        }
    }

    /// Adds the counts of other sessions.
    pub fn merge(&mut self, other: &PositionCounts) {
        self.rounds += other.rounds;
        self.agreed += other.agreed;
        self.compared += other.compared;
        self.differed += other.differed;
    }

    /// The counts in one line, in the language of `r`; `None` when no
    /// positions were recorded (nothing to say).
    pub fn line(&self, r: &crate::i18n::ReviewStrings) -> Option<String> {
        (self.rounds > 0).then(|| {
            crate::i18n::fill(
                r.stance.stats_positions,
                &[&self.rounds, &self.agreed, &self.differed, &self.compared],
            )
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Choice, Stance, StepRecord};

    fn step(choices: &[&str], actual: Option<&str>) -> StepRecord {
        StepRecord {
            stances: choices
                .iter()
                .enumerate()
                .map(|(i, c)| Stance {
                    who: format!("P{i}"),
                    choice: Choice::Option(c.to_string()),
                    reason: None,
                })
                .collect(),
            actual: actual.map(String::from),
            ..StepRecord::default()
        }
    }

    #[test]
    fn agreement_and_a_differing_majority_are_counted_where_they_can_be_said() {
        let case = crate::model::Case {
            schema_version: 1,
            id: "c".into(),
            title: "C".into(),
            language: "nl".into(),
            summary: String::new(),
            context: String::new(),
            tags: vec![],
            steps: vec![],
        };
        let method = crate::model::Method {
            scores: Vec::new(),
            schema_version: 1,
            id: "m".into(),
            title: "M".into(),
            description: None,
            phases: vec![],
        };
        let now = "2026-11-23T09:00:00Z".parse().unwrap();
        let mut s = Session::new("id".into(), now, "G".into(), case, method, vec![]);
        s.steps = vec![
            step(&["x", "x"], Some("x")),      // agreed, majority as happened
            step(&["x", "y", "y"], Some("x")), // majority differed
            step(&["x", "y"], Some("x")),      // a tie: not compared
            step(&["y", "y", "x"], None),      // nothing marked: not compared
            step(&[], Some("x")),              // no positions: no round
        ];
        let mut counts = PositionCounts::default();
        counts.add(&s);
        counts.add(&s); // a second session counts on
        assert_eq!(
            counts,
            PositionCounts {
                rounds: 8,
                agreed: 2,
                compared: 4,
                differed: 2
            }
        );
        let r = crate::i18n::Lang::En.review();
        assert_eq!(
            counts.line(r).unwrap(),
            "Positions at 8 decision points · the group agreed 2 times · the majority differed from what actually happened 2 of 4 times."
        );
        assert_eq!(PositionCounts::default().line(r), None);
    }
}
