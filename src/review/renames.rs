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
        for rename in crate::review::tally::RenameTally::of(session) {
            self.learn(rank, &rename);
        }
    }

    /// Learns one rename the session at `rank` knows (see
    /// [`crate::review::tally::SessionTally::renames`]); the lowest rank's word wins.
    pub fn learn(&mut self, rank: usize, r: &crate::review::tally::RenameTally) {
        let key = (r.set.clone(), r.old.clone());
        if self.map.get(&key).is_some_and(|s| s.rank <= rank) {
            return;
        }
        let (id, label, order) = (r.id.clone(), r.label.clone(), r.order);
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Theme, ThemeSet};

    fn set(themes: &[(&str, &[&str])]) -> ThemeSet {
        ThemeSet {
            schema_version: 1,
            id: "s".into(),
            title: "S".into(),
            source: None,
            description: None,
            themes: themes
                .iter()
                .map(|(id, replaces)| Theme {
                    id: id.to_string(),
                    label: id.to_uppercase(),
                    description: None,
                    aliases: Vec::new(),
                    replaces: replaces.iter().map(|r| r.to_string()).collect(),
                })
                .collect(),
        }
    }

    #[test]
    fn a_chain_of_renames_ends_at_the_live_theme_and_a_cycle_ends() {
        let chain = set(&[("c", &["b"]), ("b2", &["a"])]);
        assert_eq!(chain.current_id("b"), "c");
        assert_eq!(chain.current_id("a"), "b2");
        assert_eq!(chain.current_id("c"), "c", "a live id stays");
        assert_eq!(chain.current_id("x"), "x", "an unknown id stays");
        let mut renames = Renames::default();
        let mut map = HashMap::new();
        let succ = |id: &str| Successor {
            rank: 0,
            id: id.into(),
            label: id.into(),
            order: 0,
        };
        map.insert(("s".to_string(), "a".to_string()), succ("b"));
        map.insert(("s".to_string(), "b".to_string()), succ("c"));
        renames.map = map;
        assert_eq!(renames.current("s/a"), "s/c");
        assert_eq!(renames.current("s/c"), "s/c");
        assert_eq!(renames.current("t/a"), "t/a", "another set's id");
        renames
            .map
            .insert(("s".to_string(), "c".to_string()), succ("a"));
        // a -> b -> c -> a: ends after as many steps as there are renames.
        assert!(renames.successor("s", "a").is_some());
    }

    #[test]
    fn the_newest_session_says_where_a_replaced_id_went() {
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
            schema_version: 1,
            id: "m".into(),
            title: "M".into(),
            description: None,
            phases: vec![],
            scores: vec![],
        };
        let at = "2026-11-23T09:00:00Z".parse().unwrap();
        let sets = vec![set(&[("new", &["old"])])];
        let s = Session::new("x".into(), at, "G".into(), case, method, sets);
        let mut older = s.clone();
        older.theme_sets = vec![set(&[("other", &["old"])])];
        let renames = Renames::of(&[&s, &older]);
        assert_eq!(renames.current("s/old"), "s/new");
        let renames = Renames::of(&[&older, &s]);
        assert_eq!(renames.current("s/old"), "s/other");
    }
}
