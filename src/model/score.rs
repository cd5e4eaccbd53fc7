//! Structured scores (session schema version 4), in the spirit of the
//! Quality Service Review: a method may list indicators ([`Indicator`]),
//! each scored from 1 to 6 (4 to 6 acceptable), with the family's status and
//! the system's performance kept apart ([`Part`]). A session stores the
//! scores it gave ([`Score`]) by indicator id; the method's copy in the
//! session says what each id meant.

use serde::{Deserialize, Serialize};

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
    /// Which of the two is scored.
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
}
