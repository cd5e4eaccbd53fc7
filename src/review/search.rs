//! Searching what groups decided and reflected.
//!
//! Unlike the filter line this is not fuzzy: a search is for finding back a
//! sentence, so every word of the query must occur in the text (folded case
//! and diacritics, so `coordinatie` finds "coördinatie").

use crate::fuzzy::fold;
use crate::model::Session;

use super::{Story, step_stories};

/// Decisions and reflections that contain every word of `query`, session by
/// session in the order given, step by step. An empty query finds nothing.
pub fn search(sessions: &[&Session], query: &str) -> Vec<Story> {
    let words: Vec<String> = fold(query).split_whitespace().map(String::from).collect();
    if words.is_empty() {
        return Vec::new();
    }
    sessions
        .iter()
        .flat_map(|session| (0..session.steps.len()).flat_map(|i| step_stories(session, i)))
        .filter(|story| {
            let text = fold(&story.text);
            words.iter().all(|w| text.contains(w.as_str()))
        })
        .collect()
}
