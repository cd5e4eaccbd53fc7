//! Structured scores (session schema version 4), in the spirit of the
//! Quality Service Review: a method may list indicators ([`Indicator`]),
//! each scored from 1 to 6 (4 to 6 acceptable), with the family's status and
//! the system's performance kept apart ([`Part`]). A session stores the
//! scores it gave ([`Score`]) by indicator id; the method's copy in the
//! session says what each id meant.

use serde::{Deserialize, Serialize};

use super::{Method, Session};

/// The lowest score.
pub const MIN_SCORE: u8 = 1;
/// The highest score.
pub const MAX_SCORE: u8 = 6;
/// The lowest score that counts as acceptable.
pub const ACCEPTABLE_FROM: u8 = 4;

/// One indicator a method asks the group to score.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Indicator {
    /// Unique id within the method.
    pub id: String,
    /// What is scored, as shown to the group.
    pub label: String,
    /// Which of the two is scored: `side` in the file, as FORMAT.md names it
    /// (`part`, which casus wrote before it followed FORMAT.md, is read too).
    #[serde(rename = "side", alias = "part")]
    pub part: Part,
    /// What a high or low score means (optional).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

/// Which of the two QSR parts an indicator belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Part {
    /// How the child and family are doing (status).
    Family,
    /// How well the system of care performs for them (performance).
    System,
}

impl Part {
    /// Stable lowercase key, used in CSV and JSON.
    pub fn key(self) -> &'static str {
        match self {
            Self::Family => "family",
            Self::System => "system",
        }
    }
}

/// A score the group gave.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Score {
    /// The indicator's id in the session's method.
    pub indicator: String,
    /// From [`MIN_SCORE`] to [`MAX_SCORE`].
    pub value: u8,
    /// Why, in the group's words (optional).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
}

impl Score {
    /// Whether the score is in the acceptable range (4 to 6).
    pub fn is_acceptable(&self) -> bool {
        self.value >= ACCEPTABLE_FROM
    }

    /// Whether the value is one a score can have.
    pub fn is_valid_value(value: u8) -> bool {
        (MIN_SCORE..=MAX_SCORE).contains(&value)
    }
}

impl Method {
    /// The indicators in the order they are scored and shown: the family's,
    /// then the system's, each in the file's order, with their index in `scores`.
    pub fn indicators(&self) -> Vec<(usize, &Indicator)> {
        let mut out: Vec<(usize, &Indicator)> = self.scores.iter().enumerate().collect();
        out.sort_by_key(|(i, ind)| (ind.part, *i));
        out
    }
}

impl Session {
    /// The score given to the indicator with this id (the first, when a
    /// hand-edited file has two); `None` when none was given or its value is not 1 to 6.
    pub fn score(&self, indicator: &str) -> Option<&Score> {
        self.scores
            .iter()
            .find(|s| s.indicator == indicator)
            .filter(|s| Score::is_valid_value(s.value))
    }

    /// Every indicator of the session's method in the order they are shown,
    /// with the score given (if any); empty when no indicator was scored.
    pub fn score_rows(&self) -> Vec<(&Indicator, Option<&Score>)> {
        let rows: Vec<_> = (self.method.indicators().into_iter())
            .map(|(_, ind)| (ind, self.score(&ind.id)))
            .collect();
        if rows.iter().all(|(_, s)| s.is_none()) {
            return Vec::new();
        }
        rows
    }

    /// The score of the method's indicator at `index` (into `method.scores`).
    pub fn score_at(&self, index: usize) -> Option<&Score> {
        self.score(&self.method.scores.get(index)?.id)
    }

    /// Gives the method's indicator at `index` the score `value`, keeping its
    /// note; `false` when there is no such indicator, the value is not 1 to 6,
    /// or it already had this score.
    pub fn set_score(&mut self, index: usize, value: u8) -> bool {
        let Some(id) = self.method.scores.get(index).map(|i| i.id.clone()) else {
            return false;
        };
        if !Score::is_valid_value(value) {
            return false;
        }
        match self.scores.iter_mut().find(|s| s.indicator == id) {
            Some(s) if s.value == value => false,
            Some(s) => {
                s.value = value;
                true
            }
            None => {
                self.scores.push(Score {
                    indicator: id,
                    value,
                    note: String::new(),
                });
                true
            }
        }
    }

    /// Removes the score (and its note) of the indicator at `index`; `false` when it had none.
    pub fn clear_score(&mut self, index: usize) -> bool {
        let Some(id) = self.method.scores.get(index).map(|i| i.id.as_str()) else {
            return false;
        };
        let before = self.scores.len();
        self.scores.retain(|s| s.indicator != id);
        self.scores.len() != before
    }

    /// The note of the score at `index` (empty without one).
    pub(super) fn score_note(&self, index: usize) -> String {
        self.score_at(index)
            .map(|s| s.note.clone())
            .unwrap_or_default()
    }

    /// Writes the note of the score at `index`, trimmed; ignored while the indicator has no score.
    pub(super) fn set_score_note(&mut self, index: usize, text: &str) {
        let Some(id) = self.method.scores.get(index).map(|i| i.id.as_str()) else {
            return;
        };
        if let Some(s) = self
            .scores
            .iter_mut()
            .find(|s| s.indicator == id && Score::is_valid_value(s.value))
        {
            s.note = text.trim().to_string();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn four_to_six_is_acceptable_and_one_to_six_valid() {
        let s = |value| Score {
            indicator: "veiligheid".into(),
            value,
            note: String::new(),
        };
        assert!(!s(3).is_acceptable() && s(4).is_acceptable() && s(6).is_acceptable());
        assert!(!Score::is_valid_value(0) && Score::is_valid_value(1));
        assert!(Score::is_valid_value(6) && !Score::is_valid_value(7));
    }

    fn session() -> Session {
        let ind = |id: &str, part| Indicator {
            id: id.into(),
            label: id.to_uppercase(),
            part,
            description: None,
        };
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
        let method = Method {
            schema_version: 1,
            id: "m".into(),
            title: "M".into(),
            description: None,
            phases: vec![],
            scores: vec![
                ind("plan", Part::System),
                ind("veiligheid", Part::Family),
                ind("stem", Part::Family),
            ],
        };
        let now = "2026-01-01T00:00:00Z".parse().unwrap();
        Session::new("id".into(), now, "g".into(), case, method, vec![])
    }

    #[test]
    fn the_family_comes_first_then_the_system_each_in_the_files_order() {
        let s = session();
        let order: Vec<_> = s.method.indicators().iter().map(|(i, _)| *i).collect();
        assert_eq!(order, [1, 2, 0]);
    }

    #[test]
    fn a_score_is_set_changed_and_cleared_and_keeps_its_note() {
        let mut s = session();
        assert!(s.set_score(1, 2));
        assert!(!s.set_score(1, 2), "the same score changes nothing");
        s.set_score_note(1, "  geen veilig plan ");
        assert!(s.set_score(1, 5));
        let score = s.score("veiligheid").unwrap();
        assert_eq!((score.value, score.note.as_str()), (5, "geen veilig plan"));
        assert!(!s.set_score(1, 7) && !s.set_score(1, 0) && !s.set_score(9, 3));
        assert!(s.clear_score(1) && !s.clear_score(1));
        assert!(s.scores.is_empty());
    }

    #[test]
    fn a_note_needs_a_score_and_an_invalid_value_in_a_file_is_no_score() {
        let mut s = session();
        s.set_score_note(0, "eerst een score");
        assert!(s.scores.is_empty());
        s.scores.push(Score {
            indicator: "plan".into(),
            value: 9,
            note: String::new(),
        });
        assert!(s.score_at(0).is_none());
    }
}
