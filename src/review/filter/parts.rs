//! The parts of a [`Filter`], for code that answers them elsewhere than in
//! [`Filter::matches`] (the index answers the exact ones in SQL,
//! `review/index/pass.rs`).

use jiff::civil::Date;

use crate::model::{ActionStatus, BottleneckStatus, Level};

use super::{Filter, Practice, SessionStatus};

/// A filter's parts, borrowed; values are folded as [`Filter::parse`] left them.
#[derive(Debug, Clone, Copy)]
pub struct Parts<'a> {
    /// Free words (fuzzy: [`Filter::matches`] alone can answer them).
    pub words: &'a [String],
    /// `theme:` values.
    pub themes: &'a [String],
    /// `case:` values.
    pub cases: &'a [String],
    /// `group:` values.
    pub groups: &'a [String],
    /// `method:` values.
    pub methods: &'a [String],
    /// `since:`, the first day.
    pub since: Option<Date>,
    /// `until:`, the last day.
    pub until: Option<Date>,
    /// `status:` values.
    pub status: &'a [SessionStatus],
    /// `knelpunt:` values.
    pub bottleneck: &'a [BottleneckStatus],
    /// `actie:` values.
    pub actions: &'a [ActionStatus],
    /// `eigenaar:` values.
    pub owners: &'a [String],
    /// `niveau:` values.
    pub levels: &'a [Level],
    /// What `oefen:` lets through.
    pub practice: Practice,
}

impl Filter {
    /// The filter's parts (`ouder:` is left out: it picks items, not sessions).
    pub fn parts(&self) -> Parts<'_> {
        Parts {
            words: &self.words,
            themes: &self.themes,
            cases: &self.cases,
            groups: &self.groups,
            methods: &self.methods,
            since: self.since,
            until: self.until,
            status: &self.status,
            bottleneck: &self.bottleneck,
            actions: &self.actions,
            owners: &self.owners,
            levels: &self.levels,
            practice: self.practice(),
        }
    }
}
