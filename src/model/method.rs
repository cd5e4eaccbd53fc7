//! Methods: the phases a session runs through, in order.

use serde::{Deserialize, Serialize};

/// A method file (`methods/*.ron`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Method {
    /// File format version; absent means 1.
    #[serde(default = "super::default_schema_version")]
    pub schema_version: u32,
    /// Unique id among methods.
    pub id: String,
    /// Title of the method.
    pub title: String,
    /// What the method is for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The phases, in order.
    pub phases: Vec<Phase>,
    /// Indicators the group scores from 1 to 6 (optional; `model/score.rs`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub scores: Vec<super::Indicator>,
}

/// One phase of a method.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Phase {
    /// Unique id within the method.
    pub id: String,
    /// Title shown in the header.
    pub title: String,
    /// Planned length, 1 to 240.
    pub minutes: u32,
    /// What the group does in this phase.
    pub kind: PhaseKind,
    /// What the facilitator reads out.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub prompt: Option<String>,
}

/// What a phase is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum PhaseKind {
    /// The group's free notes.
    Notes,
    /// Walking the case's decision points.
    Steps,
    /// Lessons, bottlenecks and actions.
    Closing,
}
