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
    /// Ids of themes of the same set this one replaces (after a rename or a
    /// merge): a tag with such an id is counted and exported under this
    /// theme, so counts stay together. Never an id the set still has.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub replaces: Vec<String>,
}

impl ThemeSet {
    /// The theme with this id, if the set has it.
    pub fn theme(&self, id: &str) -> Option<&Theme> {
        self.themes.iter().find(|t| t.id == id)
    }

    /// The live id a tag with `id` counts under: the theme that replaces it
    /// (following a chain of renames), else `id` itself.
    pub fn current_id<'a>(&'a self, id: &'a str) -> &'a str {
        let mut id = id;
        // At most one step per theme, so a cycle in a hand-edited file ends.
        for _ in 0..self.themes.len() {
            if self.theme(id).is_some() {
                break;
            }
            match self
                .themes
                .iter()
                .find(|t| t.replaces.iter().any(|r| r == id))
            {
                Some(t) => id = &t.id,
                None => break,
            }
        }
        id
    }
}
