//! Renamed and merged themes: a theme may name the ids it `replaces`, and a
//! tag with such an id counts under the theme that replaces it, so counts
//! stay together after a rename or merge ([`crate::model::Theme::replaces`]).
//!
//! A session carries its own copy of its theme sets, and an old session's
//! copy predates the rename; so the renames are gathered from every session
//! counted (the newest session's word wins) and applied to all of them.

use std::collections::HashMap;

use crate::model::Session;

/// The theme a replaced id now counts under.
#[derive(Debug, Clone, PartialEq)]
pub struct Successor {
    /// Rank of the session this comes from (lowest wins: the newest).
    pub rank: usize,
    /// The live theme's id.
    pub id: String,
    /// Its label.
    pub label: String,
    /// Its place in its set.
    pub order: usize,
}

/// Every rename seen, per `(set, replaced id)`.
#[derive(Debug, Clone, Default)]
pub struct Renames {
    map: HashMap<(String, String), Successor>,
}

impl Renames {
    /// Learns the renames of a session's theme sets; `rank` as in
    /// [`super::stats::StatsBuilder::add`].
    pub fn add(&mut self, rank: usize, session: &Session) {
        for set in &session.theme_sets {
            for (order, theme) in set.themes.iter().enumerate() {
                for old in theme.replaces.iter().filter(|r| set.theme(r).is_none()) {
                    let key = (set.id.clone(), old.clone());
                    if self.map.get(&key).is_some_and(|s| s.rank <= rank) {
                        continue;
                    }
                    let label = theme.label.clone();
                    let id = theme.id.clone();
                    self.map.insert(
                        key,
                        Successor {
                            rank,
                            id,
                            label,
                            order,
                        },
                    );
                }
            }
        }
    }

    /// The live theme `id` of `set` counts under, following a chain of
    /// renames; `None` when it was never replaced.
    pub fn successor(&self, set: &str, id: &str) -> Option<&Successor> {
        let mut found = None;
        let mut id = id.to_string();
        // At most one step per rename known, so a cycle in a hand-edited file ends.
        for _ in 0..=self.map.len() {
            match self.map.get(&(set.to_string(), id.clone())) {
                Some(next) if next.id != id => {
                    id = next.id.clone();
                    found = Some(next);
                }
                _ => break,
            }
        }
        found
    }

    /// `SET/THEME` with the live theme id.
    pub fn current(&self, reference: &str) -> String {
        match crate::model::split_theme_ref(reference) {
            Some((set, id)) => match self.successor(set, id) {
                Some(s) => format!("{set}/{}", s.id),
                None => reference.to_string(),
            },
            None => reference.to_string(),
        }
    }

    /// Renames learnt from these sessions (newest first, so the newest word wins).
    pub fn of(sessions: &[&Session]) -> Renames {
        let mut renames = Renames::default();
        for (rank, s) in sessions.iter().enumerate() {
            renames.add(rank, s);
        }
        renames
    }
}
