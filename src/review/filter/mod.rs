//! The filter line: free text plus tokens, all combined with AND.
//!
//! ```text
//! mandaat school theme:eigenwijs/mandaat group:"team noord" since:2026-03 status:finished
//! ```
//!
//! - Free words: each must be found in the session, fuzzily (folded case and
//!   diacritics) in its short fields (case title and id, group, method,
//!   labels of the tagged themes) or as a folded substring of its long
//!   texts (decisions, reflections, bottlenecks). A subsequence matcher over a
//!   paragraph finds nearly any short word, so long texts need the word itself.
//! - `theme:` (`thema:`) a tagged theme whose `SET/THEME` reference, label or
//!   alias contains the value: `mandaat`, `eigenwijs/mandaat`, `eigenwijs`
//!   (the whole set) and `"eerste lijn"` all work.
//! - `case:` (`casus:`) case id or title; `group:` (`groep:`, `team:`) group;
//!   `method:` (`methode:`) method id or title; all folded substrings.
//! - `since:` (`sinds:`, `vanaf:`) and `until:` (`tot:`): `2026-03-01`,
//!   `2026-03`, `2026-Q1` or `2026`; both ends inclusive, so `until:2026-03`
//!   includes 31 March.
//! - `status:` the *session*: `open` (`lopend`) or `finished` (`afgerond`).
//! - `knelpunt:` (`bottleneck:`) the session has a bottleneck in that status:
//!   any of the five, as a word in either language or its key (`open`,
//!   `aangekaart`/`raised`, `beantwoord`/`answered`, `opgelost`/`resolved`,
//!   `niet-opgepakt`/`not-taken`); the register also shows only those.
//!   Bottleneck statuses have their own token because `status:open` would
//!   otherwise mean two things.
//! - `actie:` (`action:`) the same for actions: `open`, `gedaan`/`done`,
//!   `vervallen`/`dropped`.
//! - `eigenaar:` (`owner:`) a knelpunt or action whose owner contains the
//!   value (folded); `niveau:` (`level:`) a knelpunt at that level (`team`,
//!   `organisatie`, `gemeente`, `regio`, `landelijk`, or the English words).
//! - `ouder:` (`older:`) items still open after more than that many days
//!   since the session that raised them: `ouder:90`, `ouder:90d`. Only the
//!   register and `casus list bottlenecks|actions` look at it (a session
//!   itself has no age).
//! - `oefen:` (`practice:`) practice sessions: left out unless this asks for
//!   them: `oefen:ja` (`practice:yes`) only those, `oefen:alles`
//!   (`practice:all`) everything, `oefen:nee` (`practice:no`) the default.
//!
//! Item tokens (`knelpunt:`, `actie:`, `eigenaar:`, `niveau:`) pick a session
//! when one of its items passes; the register and the lists then show only
//! the items that pass ([`Filter::matches_bottleneck`], [`Filter::matches_action`]).
//!
//! Token names and keywords fold case. A value with spaces is quoted:
//! `group:"team noord"`. An unclosed quote runs to the end, so a filter line
//! that is still being typed keeps working. A word such as `12:30` (not
//! letters before the colon) is free text; `foo:bar` is an error that names
//! the known tokens.
//!
//! In files: `mod.rs` the types, `parse.rs` reading a line into a
//! [`Filter`], `matching.rs` whether a session passes it, `parts.rs` its
//! parts for the index, which answers the exact ones in SQL.

mod matching;
mod parse;
mod parts;

use std::fmt;

use jiff::civil::Date;

use crate::i18n::{Lang, fill};
use crate::model::{ActionStatus, BottleneckStatus, Level};

pub use parts::Parts;

/// A parsed filter line.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Filter {
    source: String,
    words: Vec<String>,
    themes: Vec<String>,
    cases: Vec<String>,
    groups: Vec<String>,
    methods: Vec<String>,
    since: Option<Date>,
    until: Option<Date>,
    status: Vec<SessionStatus>,
    bottleneck: Vec<BottleneckStatus>,
    actions: Vec<ActionStatus>,
    owners: Vec<String>,
    levels: Vec<Level>,
    older: Option<i64>,
    /// What `oefen:` asked for; `None` without the token.
    practice: Option<Practice>,
}

/// Which sessions `oefen:` (`practice:`) lets through.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Practice {
    /// Real sessions only (no token, or `oefen:nee`).
    #[default]
    Leave,
    /// Practice sessions only (`oefen:ja`).
    Only,
    /// Both (`oefen:alles`).
    All,
}

/// Whether a session was finished, for `status:`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SessionStatus {
    /// The closing phase was not completed yet.
    Open,
    /// The group finished the closing.
    Finished,
}

/// What is wrong with a filter line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FilterError {
    /// `foo:bar`: no such token.
    UnknownToken(String),
    /// `theme:` with nothing after it.
    EmptyValue(String),
    /// `since:` or `until:` with something that is not a date.
    BadDate(String, String),
    /// `status:` with something other than open or finished.
    BadStatus(String),
    /// `knelpunt:` with something that is not a knelpunt status: token, value.
    BadBottleneckStatus(String, String),
    /// `actie:` with something that is not an action status: token, value.
    BadActionStatus(String, String),
    /// `niveau:` with something that is not a level: token, value.
    BadLevel(String, String),
    /// `ouder:` with something that is not a number of days: token, value.
    BadAge(String, String),
    /// `oefen:` with something other than yes, no or all: token, value.
    BadPractice(String, String),
}

impl Filter {
    /// The line as typed (trimmed), for report headers.
    pub fn source(&self) -> &str {
        &self.source
    }

    /// True when the filter lets every session through (but practice sessions).
    pub fn is_empty(&self) -> bool {
        *self == Filter::default()
    }

    /// Which practice sessions pass.
    pub fn practice(&self) -> Practice {
        self.practice.unwrap_or_default()
    }

    /// The filter for listing sessions (`casus list sessions`): a list is how
    /// a trainer finds a practice session again, so without an `oefen:`
    /// token it lets practice sessions through too.
    pub fn listing(&self) -> Filter {
        let mut f = self.clone();
        f.practice = Some(self.practice.unwrap_or(Practice::All));
        f
    }

    /// `ouder:`: open items older than this many days, when asked for.
    pub fn older(&self) -> Option<i64> {
        self.older
    }
}

impl FilterError {
    /// One clear sentence in the interface language.
    pub fn message(&self, lang: Lang) -> String {
        let r = lang.review();
        match self {
            FilterError::UnknownToken(t) => fill(r.filter_unknown, &[&t]),
            FilterError::EmptyValue(t) => fill(r.filter_empty, &[&t]),
            FilterError::BadDate(t, v) => fill(r.filter_bad_date, &[&t, &v]),
            FilterError::BadStatus(v) => fill(r.filter_bad_status, &[&v]),
            FilterError::BadBottleneckStatus(t, v) => fill(r.filter_bad_bottleneck, &[&t, &v]),
            FilterError::BadActionStatus(t, v) => fill(r.register.filter_bad_action, &[&t, &v]),
            FilterError::BadLevel(t, v) => fill(r.register.filter_bad_level, &[&t, &v]),
            FilterError::BadAge(t, v) => fill(r.register.filter_bad_age, &[&t, &v]),
            FilterError::BadPractice(t, v) => fill(r.register.filter_bad_practice, &[&t, &v]),
        }
    }
}

impl fmt::Display for FilterError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for FilterError {}
