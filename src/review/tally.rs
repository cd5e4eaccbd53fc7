//! What one session adds to the theme counts ([`super::stats`]), decided
//! once: [`StatsBuilder::add`](super::stats::StatsBuilder::add) counts a
//! session through its [`SessionTally`], and the index stores the same
//! tally per file (`index/counts.rs`), so counting in the database and
//! counting the sessions one by one cannot drift apart.

use crate::model::{Session, split_theme_ref};

use super::positions::PositionCounts;

/// What one session adds to the counts, apart from its rank and quarter.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SessionTally {
    /// Its decision points.
    pub decision_points: usize,
    /// Those with a decision written.
    pub decided: usize,
    /// Its positions before the reveal.
    pub positions: PositionCounts,
    /// Per theme tagged, in the order first tagged.
    pub themes: Vec<ThemeTally>,
    /// The renames its theme sets know, the first word per `(set, old id)`.
    pub renames: Vec<RenameTally>,
}

/// One theme as a session tagged it: the ids it counts under, how many of
/// the session's decision points carry it, and what the session calls it.
#[derive(Debug, Clone, PartialEq)]
pub struct ThemeTally {
    /// The set's id (empty for a tag that is not `SET/THEME`).
    pub set: String,
    /// The theme's id after the session's own renames (`current_id`).
    pub id: String,
    /// Decision points tagged with it (a tag twice on one step counts once).
    pub count: usize,
    /// The set's title in this session (its id when the session lacks the set).
    pub set_title: String,
    /// The theme's label in this session (the tag itself when it lacks one).
    pub label: String,
    /// Its place in the session's copy of the set; `usize::MAX` when not there.
    pub order: usize,
}

/// A replaced id and the theme that replaces it, in one session's copy.
#[derive(Debug, Clone, PartialEq)]
pub struct RenameTally {
    /// The set's id.
    pub set: String,
    /// The replaced id.
    pub old: String,
    /// The theme replacing it.
    pub id: String,
    /// Its label.
    pub label: String,
    /// Its place in the set.
    pub order: usize,
}

impl SessionTally {
    /// The tally of one session.
    pub fn of(session: &Session) -> SessionTally {
        let mut positions = PositionCounts::default();
        positions.add(session);
        let mut themes: Vec<ThemeTally> = Vec::new();
        for step in &session.steps {
            let mut seen: Vec<(&str, &str)> = Vec::new();
            for reference in &step.themes {
                let (set_id, theme_id) =
                    split_theme_ref(reference).unwrap_or(("", reference.as_str()));
                let set = session.theme_sets.iter().find(|s| s.id == set_id);
                // A replaced id counts under its successor in this session's own copy.
                let theme_id = set.map_or(theme_id, |s| s.current_id(theme_id));
                if seen.contains(&(set_id, theme_id)) {
                    continue; // a tag twice on one step is still one decision point
                }
                seen.push((set_id, theme_id));
                if let Some(t) = themes
                    .iter_mut()
                    .find(|t| t.set == set_id && t.id == theme_id)
                {
                    t.count += 1;
                    continue;
                }
                let label = set
                    .and_then(|s| s.theme(theme_id))
                    .map(|t| t.label.clone())
                    .or_else(|| session.theme_label(reference).map(String::from))
                    .unwrap_or_else(|| reference.clone());
                themes.push(ThemeTally {
                    set: set_id.to_string(),
                    id: theme_id.to_string(),
                    count: 1,
                    set_title: set.map_or(set_id, |s| s.title.as_str()).to_string(),
                    label,
                    order: set
                        .and_then(|s| s.themes.iter().position(|t| t.id == theme_id))
                        .unwrap_or(usize::MAX),
                });
            }
        }
        SessionTally {
            decision_points: session.steps.len(),
            decided: session.decided_steps(),
            positions,
            themes,
            renames: RenameTally::of(session),
        }
    }
}

impl RenameTally {
    /// The renames a session's theme sets know: per `(set, old id)` no
    /// longer in the set, the theme that replaces it (the first word counts).
    pub fn of(session: &Session) -> Vec<RenameTally> {
        let mut renames: Vec<RenameTally> = Vec::new();
        for set in &session.theme_sets {
            for (order, theme) in set.themes.iter().enumerate() {
                for old in theme.replaces.iter().filter(|r| set.theme(r).is_none()) {
                    if renames.iter().any(|r| r.set == set.id && r.old == *old) {
                        continue;
                    }
                    renames.push(RenameTally {
                        set: set.id.clone(),
                        old: old.clone(),
                        id: theme.id.clone(),
                        label: theme.label.clone(),
                        order,
                    });
                }
            }
        }
        renames
    }
}
