//! casus: learning from cases (leren van casuïstiek) in Dutch youth care.
//!
//! Pure domain modules (`model`, `library`, `privacy`, `fuzzy`, `review`,
//! `export`) know nothing of terminals; `store` is the only place that writes
//! session files; `tui` is an Elm-style terminal front end; `cli` parses the
//! command line and dispatches.

pub mod cli;
pub mod config;
pub mod dirs;
pub mod export;
pub mod fuzzy;
pub mod i18n;
pub mod library;
pub mod model;
pub mod privacy;
pub mod review;
pub mod safe_text;
pub mod store;
pub mod table;
pub mod tui;
