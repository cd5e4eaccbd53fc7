//! English: the second interface language.

use super::Strings;

/// The English strings.
pub static STRINGS: Strings = Strings {
    col_id: "id",
    col_title: "title",
    col_steps: "decision points",
    col_themes: "themes",
    col_phases: "phases",
    col_minutes: "minutes",
    col_source: "file",
    check_clean: "{} files checked: no problems.",
    check_summary: "{} errors, {} warnings in {} files.",
    check_nothing: "No .ron files found to check.",
};
