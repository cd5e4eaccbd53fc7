//! The strings of review, stats, search and exports; `review_nl.rs` and
//! `review_en.rs` each fill this table. A separate table from [`super::Strings`]
//! so the review work does not collide with other screens' strings.
//!
//! Placeholders `{}` are filled in order by [`super::fill`]; counts go
//! through a [`Plural`] so no text says "1 sessies".

use super::{Plural, fill};

/// Every user-facing string of review and export, in one language.
#[derive(Debug)]
pub struct ReviewStrings {
    /// Month names, January first, for dates in reports.
    pub months: [&'static str; 12],
    /// A number of sessions: "1 sessie", "3 sessies".
    pub n_sessions: Plural,
    /// A number of decision points.
    pub n_decision_points: Plural,
    /// A number of files.
    pub n_files: Plural,
    /// A number of stories (decisions and reflections behind a count).
    pub n_stories: Plural,
    /// A number of bottlenecks (knelpunten).
    pub n_bottlenecks: Plural,
    /// A number of notes about the files read.
    pub n_notes: Plural,

    // Loading
    /// A data folder has no sessions folder: {} the folder.
    pub note_no_folder: &'static str,
    /// The same session in two files: {} id, {} file used, {} file skipped.
    pub note_duplicate: &'static str,
    /// While the index is built or brought up to date (a bar on stderr, a
    /// gauge in review and on home): {} files read, {} files in all.
    pub index_progress: &'static str,

    // Filter errors
    /// Unknown token: {} token (the known tokens are in the text, in this language).
    pub filter_unknown: &'static str,
    /// Token without value: {} token.
    pub filter_empty: &'static str,
    /// Not a date: {} token, {} value.
    pub filter_bad_date: &'static str,
    /// Bad `status:` value: {} value.
    pub filter_bad_status: &'static str,
    /// Bad `knelpunt:` value: {} token, {} value.
    pub filter_bad_bottleneck: &'static str,

    // Register updates
    /// The file holds another session: {} file, {} id found.
    pub update_other_session: &'static str,
    /// No bottleneck at that number: {} file, {} number.
    pub update_no_bottleneck: &'static str,
    /// Writing failed: {} file, {} error.
    pub update_write: &'static str,

    // Command line
    /// Column header: session id.
    pub col_id: &'static str,
    /// Column header: date.
    pub col_date: &'static str,
    /// Column header: group.
    pub col_group: &'static str,
    /// Column header: case.
    pub col_case: &'static str,
    /// Column header: method.
    pub col_method: &'static str,
    /// Column header: decision points decided / total.
    pub col_decided: &'static str,
    /// Column header: themes.
    pub col_themes: &'static str,
    /// Column header: step.
    pub col_step: &'static str,
    /// Column header: a theme's `SET/THEME`.
    pub col_reference: &'static str,
    /// No session passes the filter.
    pub no_sessions: &'static str,
    /// Stats heading: {} "N sessions", {} decided, {} "of N decision points"; see [`Self::stats_heading`].
    pub stats_heading: &'static str,
    /// A theme set with its total: {} title, {} tags (no colon: titles may hold one).
    pub set_total: &'static str,
    /// No themes were tagged in the sessions.
    pub no_themes: &'static str,
    /// Search found nothing: {} the query.
    pub search_none: &'static str,
    /// Search summary: {} hits.
    pub search_count: &'static str,
    /// A decision, in search results.
    pub kind_decision: &'static str,
    /// A reflection, in search results.
    pub kind_reflection: &'static str,
    /// Filters were given to `list` for something other than sessions.
    pub list_filter_only_sessions: &'static str,
    /// `export` without SESSION or `--all`.
    pub export_needs_session: &'static str,
    /// `export SESSION` with more words after it.
    pub export_one_session: &'static str,
    /// `--excel-nl` with Markdown.
    pub export_excel_md: &'static str,
    /// No session with that id: {} what was asked.
    pub export_not_found: &'static str,
    /// An id prefix that fits several sessions: {} prefix, {} the candidates.
    pub export_ambiguous: &'static str,
    /// Warning before an export: {} file, {} line, {} col, {} kind.
    pub export_personal_data: &'static str,
    /// An export was written: {} file.
    pub export_written: &'static str,
    /// Writing an export failed: {} file, {} error.
    pub export_write_failed: &'static str,

    // Markdown
    /// Label: date.
    pub md_date: &'static str,
    /// Label: group.
    pub md_group: &'static str,
    /// Label: participants.
    pub md_participants: &'static str,
    /// Label: method.
    pub md_method: &'static str,
    /// Label: theme sets.
    pub md_theme_sets: &'static str,
    /// Label: status.
    pub md_status: &'static str,
    /// Finished on: {} date.
    pub md_finished_on: &'static str,
    /// Not finished.
    pub md_unfinished: &'static str,
    /// Heading: the case.
    pub md_case: &'static str,
    /// Heading: decision points.
    pub md_decision_points: &'static str,
    /// Label: situation.
    pub md_situation: &'static str,
    /// Label: question.
    pub md_question: &'static str,
    /// Label: options.
    pub md_options: &'static str,
    /// Label: the group's decision.
    pub md_decision: &'static str,
    /// No decision was recorded.
    pub md_no_decision: &'static str,
    /// Label: themes.
    pub md_themes: &'static str,
    /// Label: reflections.
    pub md_reflections: &'static str,
    /// Label: a bottleneck.
    pub md_bottleneck: &'static str,
    /// Label: what actually happened.
    pub md_outcome: &'static str,
    /// Heading: notes per phase.
    pub md_phase_notes: &'static str,
    /// Heading: closing.
    pub md_closing: &'static str,
    /// Heading: lessons.
    pub md_lessons: &'static str,
    /// Heading: bottlenecks.
    pub md_bottlenecks: &'static str,
    /// Heading: actions.
    pub md_actions: &'static str,
    /// Label: owner.
    pub md_owner: &'static str,
    /// A bottleneck without owner.
    pub md_no_owner: &'static str,
    /// Heading: themes counted.
    pub md_themes_counted: &'static str,
    /// Column: theme.
    pub md_theme: &'static str,
    /// Column: count.
    pub md_count: &'static str,
    /// No themes were tagged.
    pub md_no_themes: &'static str,
    /// Footer: {} session id.
    pub md_footer: &'static str,
    /// Title of the set report.
    pub md_set_title: &'static str,
    /// Label: filter.
    pub md_filter: &'static str,
    /// No filter was used.
    pub md_no_filter: &'static str,
    /// Label: sessions; also the heading of the sessions table.
    pub md_sessions: &'static str,
    /// {} sessions, from {} to {} (dates).
    pub md_sessions_range: &'static str,
    /// {} of {} decision points decided.
    pub md_decided_of: &'static str,
    /// No session passes the filter.
    pub md_no_sessions: &'static str,
    /// Heading: the stories per theme.
    pub md_stories: &'static str,
    /// A write refused because the text holds a BSN; {} the file.
    pub store_bsn_refused: &'static str,
    /// A session id that is not an id; {} the id.
    pub store_id_invalid: &'static str,
    /// A session id that is not its file's name; {} the id, {} the file name.
    pub store_id_not_file: &'static str,
    /// A lock file that is a symbolic link; {} the path.
    pub store_lock_symlink: &'static str,
    /// A file in a sessions folder that is not a regular file (a FIFO, a device, a folder): skipped.
    pub store_not_regular: &'static str,
    /// A file over the size limit: {} its size in MB, {} the limit in MB.
    pub store_too_large: &'static str,
    /// `casus new --case` on a case that holds a BSN; {} the case id, {} the diagnostic.
    pub case_refused: &'static str,
    /// A save found the session's file changed by someone else; `{}` is the conflict copy.
    pub save_conflict: &'static str,
    /// Files that share a session id: id, how many, the files.
    pub conflict_files: &'static str,
    /// Home: how many sessions are in more than one file: {} the count.
    pub conflict_home: &'static str,
    /// Resumed from a copy the user named: that file, and `<id>.ron`.
    pub resume_in_copy: &'static str,
    /// The label before a diagnostic's message when it is a warning ("warning: ").
    pub diag_warning: &'static str,
    /// The label before a diagnostic's message when it is a note ("note: ").
    pub diag_note: &'static str,
    /// Positions and votes in exports and counts.
    pub stance: &'static super::stance::StanceReview,
    /// Follow-up: statuses, levels and action statuses (`followup.rs`).
    pub followup: &'static super::followup::FollowUpReview,
    /// The signalenrapportage and the analysis exports (`report.rs`).
    pub report: &'static super::report::ReportStrings,
    /// Structured scores in review, reports and `stats --scores` (`scores.rs`).
    pub scores: &'static super::scores::ScoreReview,
    /// The register as a working list: filters, list columns (`register.rs`).
    pub register: &'static super::register::RegisterStrings,
}

impl ReviewStrings {
    /// "3 sessies, 5 van 12 beslismomenten met een besluit." (stats, the chart).
    pub fn stats_heading(&self, sessions: usize, decided: usize, decision_points: usize) -> String {
        fill(
            self.stats_heading,
            &[
                &self.n_sessions.of(sessions),
                &decided,
                &self.n_decision_points.of(decision_points),
            ],
        )
    }

    /// How a bottleneck's status reads (the register, the detail page, exports).
    pub fn status_label(&self, status: crate::model::BottleneckStatus) -> &'static str {
        self.followup.status(status)
    }
}
