//! The table of user-facing strings; `nl.rs` and `en.rs` each fill it.

/// All user-facing strings of one language.
#[derive(Debug)]
pub struct Strings {
    // Command line
    /// Column header: id.
    pub col_id: &'static str,
    /// Column header: title.
    pub col_title: &'static str,
    /// Column header: number of decision points.
    pub col_steps: &'static str,
    /// Column header: number of themes.
    pub col_themes: &'static str,
    /// Column header: number of phases.
    pub col_phases: &'static str,
    /// Column header: minutes.
    pub col_minutes: &'static str,
    /// Column header: where the file comes from.
    pub col_source: &'static str,
    /// `check` found nothing: {} files.
    pub check_clean: &'static str,
    /// `check` summary: {} errors, {} warnings, {} files.
    pub check_summary: &'static str,
    /// No files found to check at the paths.
    pub check_nothing: &'static str,
}
