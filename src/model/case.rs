//! A case: anonymised background and the decision points a group walks through.

use serde::{Deserialize, Serialize};

/// A case file (`cases/*.ron`), exactly as FORMAT.md describes it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Case {
    /// File format version; absent means 1.
    #[serde(default = "super::default_schema_version")]
    pub schema_version: u32,
    /// Unique id among cases.
    pub id: String,
    /// Title shown in lists and headers.
    pub title: String,
    /// Language of the text, default `nl`.
    #[serde(default = "default_language")]
    pub language: String,
    /// One or two lines for the case list.
    pub summary: String,
    /// Background the group reads first.
    pub context: String,
    /// Free tags for finding the case.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<String>,
    /// The decision points, in order.
    pub steps: Vec<Step>,
}

/// One decision point of a case.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Step {
    /// Unique id within the case.
    pub id: String,
    /// Short title.
    pub title: String,
    /// What is known and seen at this moment.
    pub situation: String,
    /// What the group must decide.
    pub question: String,
    /// Alternatives the group may weigh.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub options: Vec<String>,
    /// What actually happened next, revealed on request.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outcome: Option<String>,
    /// A hint for the facilitator, hidden when presenting.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub facilitator_notes: Option<String>,
    /// Themes as `SET/THEME`, offered first in the picker.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub suggested_themes: Vec<String>,
}

fn default_language() -> String {
    "nl".to_string()
}
