//! Theme sets: the institutional lenses a decision is tagged with.

use serde::{Deserialize, Serialize};

/// A theme-set file (`themes/*.ron`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ThemeSet {
    /// File format version; absent means 1.
    #[serde(default = "super::default_schema_version")]
    pub schema_version: u32,
    /// Unique id among theme sets.
    pub id: String,
    /// Title of the set.
    pub title: String,
    /// Where the themes come from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// What the set is for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The themes, in the set's own order.
    pub themes: Vec<Theme>,
}

/// One theme of a set.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Theme {
    /// Unique id within the set.
    pub id: String,
    /// Label shown to people.
    pub label: String,
    /// What the theme means on the work floor.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Other words people use; searched too.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
}

impl ThemeSet {
    /// The theme with this id, if the set has it.
    pub fn theme(&self, id: &str) -> Option<&Theme> {
        self.themes.iter().find(|t| t.id == id)
    }
}
