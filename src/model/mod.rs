//! Domain types: plain data, no I/O, no terminal.
//!
//! Cases, theme sets and methods are written by trainers (FORMAT.md); sessions
//! are written by casus. All of them (de)serialise with serde as RON.

mod case;
mod correct;
mod draft;
mod edit;
mod followup;
mod id;
mod knelpunt_id;
mod method;
mod own_case;
mod score;
mod session;
mod stance;
mod stance_edit;
mod theme;
mod vote;

pub use case::{Case, Step};
pub use draft::{Draft, DraftTarget};
pub use followup::{
    Action, ActionStatus, Bottleneck, BottleneckStatus, FollowUp, Level, StatusChange,
};
pub use id::{is_valid_id, split_theme_ref};
pub use method::{Method, Phase, PhaseKind};
pub use own_case::{OwnCase, OwnField, StepField};
pub use score::{ACCEPTABLE_FROM, Indicator, MAX_SCORE, MIN_SCORE, Part, Score};
pub use session::{PhaseRecord, Position, Reflection, SESSION_SCHEMA_VERSION, Session, StepRecord};
pub use stance::{Choice, Stance, Tally};
pub use theme::{Theme, ThemeSet};
pub use vote::{DEFAULT_VOTES, MAX_VOTES, Votable, ranking};

/// The schema version of case, theme-set and method files this casus writes and reads.
pub const FILE_SCHEMA_VERSION: u32 = 1;

fn default_schema_version() -> u32 {
    FILE_SCHEMA_VERSION
}
