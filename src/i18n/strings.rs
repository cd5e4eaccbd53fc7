//! The interface's table (rule in [`super`]), filled by `nl.rs` and `en.rs`; labels in `labels.rs`.

/// All user-facing strings of one language.
#[derive(Debug)]
pub struct Strings {
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
    /// Home: title.
    pub home_title: &'static str,
    /// Header on the home screen.
    pub home_tagline: &'static str,
    /// Home: one line of explanation.
    pub home_intro: &'static str,
    /// Home: start a new session.
    pub home_new: &'static str,
    /// Home: list title with {} unfinished and {} recent.
    pub home_sessions: &'static str,
    /// Home: no sessions yet.
    pub home_empty: &'static str,
    /// Home: progress: {} of {} decided, phase {}.
    pub home_progress: &'static str,
    /// Home: a finished session.
    pub home_finished: &'static str,
    /// Set-up: header.
    pub setup_title: &'static str,
    /// Set-up page: case.
    pub setup_case: &'static str,
    /// Set-up page: method.
    pub setup_method: &'static str,
    /// Set-up page: theme sets.
    pub setup_themes: &'static str,
    /// Set-up page: group.
    pub setup_group: &'static str,
    /// Set-up page: participants.
    pub setup_participants: &'static str,
    /// Label of a filter line.
    pub setup_filter: &'static str,
    /// Nothing matches the filter.
    pub setup_no_match: &'static str,
    /// Case preview: {} decision points, tags {}.
    pub setup_case_meta: &'static str,
    /// Method list: {} title, {} minutes.
    pub setup_method_line: &'static str,
    /// Theme set: ({} themes).
    pub setup_theme_count: &'static str,
    /// Theme sets page hint.
    pub setup_themes_hint: &'static str,
    /// Group page hint.
    pub setup_group_hint: &'static str,
    /// Participants page hint.
    pub setup_participants_hint: &'static str,
    /// At least one theme set is needed.
    pub setup_need_set: &'static str,
    /// The group needs a name.
    pub setup_need_group: &'static str,
    /// Group name when none is given.
    pub setup_default_group: &'static str,
    /// Notes phase: notes heading.
    pub notes_title: &'static str,
    /// Notes phase: the case heading.
    pub notes_case_context: &'static str,
    /// Notes phase: none yet.
    pub notes_empty: &'static str,
    /// Steps: list title.
    pub steps_list: &'static str,
    /// Steps: heading {} of {}: {}.
    pub step_heading: &'static str,
    /// Steps: situation label.
    pub step_situation: &'static str,
    /// Steps: question label.
    pub step_question: &'static str,
    /// Steps: options label.
    pub step_options: &'static str,
    /// Steps: decision label.
    pub step_decision: &'static str,
    /// Steps: no decision yet.
    pub step_no_decision: &'static str,
    /// Steps: themes label.
    pub step_themes: &'static str,
    /// Steps: no themes.
    pub step_no_themes: &'static str,
    /// Steps: reflections label.
    pub step_reflections: &'static str,
    /// Steps: bottleneck label.
    pub step_bottleneck: &'static str,
    /// Steps: outcome label.
    pub step_outcome: &'static str,
    /// Steps: outcome hidden.
    pub step_outcome_hidden: &'static str,
    /// Steps: facilitator notes label.
    pub step_facilitator: &'static str,
    /// Owner after a bottleneck or action: {}.
    pub owner_suffix: &'static str,
    /// Closing: lessons heading.
    pub closing_lessons: &'static str,
    /// Closing: no lessons.
    pub closing_no_lessons: &'static str,
    /// Closing: bottlenecks heading.
    pub closing_bottlenecks: &'static str,
    /// Closing: no bottlenecks.
    pub closing_no_bottlenecks: &'static str,
    /// Closing: actions heading.
    pub closing_actions: &'static str,
    /// Closing: no actions.
    pub closing_no_actions: &'static str,
    /// Summary: title.
    pub summary_title: &'static str,
    /// Summary: {} of {} decided, group {}.
    pub summary_meta: &'static str,
    /// Summary: themes heading.
    pub summary_themes: &'static str,
    /// Summary: time heading.
    pub summary_time: &'static str,
    /// Summary: {} spent / {} planned  {} phase.
    pub summary_phase_time: &'static str,
    /// Timer: {} left.
    pub timer_left: &'static str,
    /// Timer: {} over time.
    pub timer_over: &'static str,
    /// Editor side field: author.
    pub editor_author: &'static str,
    /// Editor side field: owner.
    pub editor_owner: &'static str,
    /// Editor title: notes.
    pub editor_notes: &'static str,
    /// Editor title: decision.
    pub editor_decision: &'static str,
    /// Editor title: reflection.
    pub editor_reflection: &'static str,
    /// Editor title: bottleneck.
    pub editor_bottleneck: &'static str,
    /// Editor title: lessons.
    pub editor_lessons: &'static str,
    /// Editor title: action.
    pub editor_action: &'static str,
    /// Editor: a BSN was found ({} kinds).
    pub privacy_blocked: &'static str,
    /// Editor: personal data found ({} kinds).
    pub privacy_warning: &'static str,
    /// Status: BSN blocks saving.
    pub privacy_blocked_short: &'static str,
    /// Status: personal data found.
    pub privacy_warning_short: &'static str,
    /// Finding label: BSN.
    pub finding_bsn: &'static str,
    /// Finding label: phone.
    pub finding_phone: &'static str,
    /// Finding label: e-mail.
    pub finding_email: &'static str,
    /// Finding label: postcode.
    pub finding_postcode: &'static str,
    /// Finding label: IBAN.
    pub finding_iban: &'static str,
    /// Finding label: date.
    pub finding_date: &'static str,
    /// Status: paste was cut to 1 MB.
    pub paste_cut: &'static str,
    /// Picker: title.
    pub picker_title: &'static str,
    /// Picker: suggested mark.
    pub picker_suggested: &'static str,
    /// Picker: hint.
    pub picker_hint: &'static str,
    /// Help overlay title.
    pub help_title: &'static str,
    /// Help overlay: how to close.
    pub help_close: &'static str,
    /// Too small: need {}×{}, have {}×{}.
    pub too_small: &'static str,
    /// Resume: no session {}.
    pub resume_not_found: &'static str,
    /// Resume: nothing unfinished.
    pub resume_nothing: &'static str,
    /// Summary: participants {}.
    pub summary_participants: &'static str,
    /// Summary: started {}, method {}.
    pub summary_started: &'static str,
    /// Last phase: what → does.
    pub notes_last_phase: &'static str,
    /// Status: the export holds personal data ({} kinds); e again exports.
    pub export_personal: &'static str,
    /// Marker: more text below (scroll with j or the arrow key).
    pub more_below: &'static str,
    /// Status: {} folders or files were made owner-only.
    pub permissions_tightened: super::Plural,
    /// Command: quit.
    pub cmd_quit: &'static str,
    /// Command: help.
    pub cmd_help: &'static str,
    /// Command: back.
    pub cmd_back: &'static str,
    /// Command: leave the editor, text saved.
    pub cmd_done: &'static str,
    /// Command: confirm.
    pub cmd_confirm: &'static str,
    /// Command: up.
    pub cmd_up: &'static str,
    /// Command: down.
    pub cmd_down: &'static str,
    /// Command: previous.
    pub cmd_prev: &'static str,
    /// Command: next.
    pub cmd_next: &'static str,
    /// Command: previous phase.
    pub cmd_prev_phase: &'static str,
    /// Command: next phase.
    pub cmd_next_phase: &'static str,
    /// Command: write notes.
    pub cmd_edit_notes: &'static str,
    /// Command: decision.
    pub cmd_edit_decision: &'static str,
    /// Command: tag themes.
    pub cmd_tag_themes: &'static str,
    /// Command: add reflection.
    pub cmd_add_reflection: &'static str,
    /// Command: bottleneck.
    pub cmd_edit_bottleneck: &'static str,
    /// Command: reveal outcome.
    pub cmd_reveal: &'static str,
    /// Command: add action.
    pub cmd_add_action: &'static str,
    /// Command: lessons.
    pub cmd_edit_lessons: &'static str,
    /// Command: export.
    pub cmd_export: &'static str,
    /// Command: toggle.
    pub cmd_toggle: &'static str,
    /// Command: save now.
    pub cmd_save_now: &'static str,
    /// Command: redact.
    pub cmd_redact: &'static str,
    /// Command: switch field.
    pub cmd_switch_field: &'static str,
    /// Command: scroll up.
    pub cmd_scroll_up: &'static str,
    /// Command: scroll down.
    pub cmd_scroll_down: &'static str,
    /// Terugkijken from home.
    pub cmd_review: &'static str,
    /// Focus the filter line.
    pub cmd_filter: &'static str,
    /// Open tellen en vertellen.
    pub cmd_chart: &'static str,
    /// Open the knelpunten register.
    pub cmd_register: &'static str,
    /// Show the files that could not be read.
    pub cmd_problems: &'static str,
    /// Move a bottleneck's status on.
    pub cmd_cycle_status: &'static str,
    /// Edit a bottleneck's owner.
    pub cmd_edit_owner: &'static str,
    /// Home: the entry that opens review.
    pub home_review: &'static str,
    /// Header of the review screens.
    pub review_title: &'static str,
    /// Review tab: the sessions.
    pub review_tab_sessions: &'static str,
    /// Review tab: counts per theme and their stories.
    pub review_tab_chart: &'static str,
    /// Review tab: the bottleneck register.
    pub review_tab_register: &'static str,
    /// Shown while the session folders are read.
    pub review_loading: &'static str,
    /// Label of the filter line.
    pub review_filter: &'static str,
    /// The filter line when empty.
    pub review_filter_hint: &'static str,
    /// Typed but not applied yet.
    pub review_filter_pending: &'static str,
    /// {} matching of {} sessions (the total through `n_sessions`, so "1 sessie").
    pub review_count: &'static str,
    /// No session in the folders: {} the folders.
    pub review_no_sessions: &'static str,
    /// No session passes the filter.
    pub review_no_match: &'static str,
    /// A session that was not finished.
    pub review_unfinished: &'static str,
    /// Files that could not be read: {} count.
    pub review_unreadable: &'static str,
    /// Notes from loading (a session in two folders): {} count.
    pub review_notes: &'static str,
    /// The key that shows the unreadable files and notes.
    pub review_show_problems: &'static str,
    /// Panel of unreadable files and notes.
    pub review_problems_title: &'static str,
    /// Every file was read.
    pub review_problems_none: &'static str,
    /// The filter was applied: {} of {} sessions (the total through `n_sessions`).
    pub review_filter_applied: &'static str,
    /// File name of a set report: {} date and time.
    pub review_export_file: &'static str,
    /// A phase without notes.
    pub detail_no_notes: &'static str,
    /// The outcome, not shown during the session.
    pub detail_outcome_unrevealed: &'static str,
    /// Which session of the list: {} of {}.
    pub detail_position: &'static str,
    /// The detail page while its session file is read.
    pub detail_reading: &'static str,
    /// Heading of the per-quarter columns.
    pub chart_per_quarter: &'static str,
    /// How to see the stories.
    pub chart_hint: &'static str,
    /// Stories of a theme: {} label, {} decision points, {} stories.
    pub stories_heading: &'static str,
    /// A theme without written decisions or reflections.
    pub stories_none: &'static str,
    /// Label: a decision.
    pub stories_decision: &'static str,
    /// Label: a reflection.
    pub stories_reflection: &'static str,
    /// No bottleneck in the filtered sessions.
    pub register_empty: &'static str,
    /// Where a bottleneck named in the closing was named.
    pub register_closing: &'static str,
    /// Under the owner field.
    pub register_owner_hint: &'static str,
    /// A bottleneck was saved: {} status, {} file.
    pub register_saved: &'static str,
    /// The owner holds a BSN.
    pub register_owner_bsn: &'static str,
    /// The owner may hold personal data: {} kinds.
    pub register_owner_warning: &'static str,
    /// The session is open in another casus: {} id.
    pub register_locked: &'static str,
    /// Typed, not applied, line not focused.
    pub review_filter_unapplied: &'static str,
    /// Heading over the theme column.
    pub chart_counted: &'static str,
    /// Heading when only the last {} quarters fit.
    pub chart_last_quarters: super::Plural,
    /// Header of the status and owner column.
    pub register_status_owner: &'static str,
    /// Header of the bottleneck and where it was named.
    pub register_what_where: &'static str,
    /// Finding label: personal name.
    pub finding_name: &'static str,
    /// Finding label: street address.
    pub finding_address: &'static str,
    /// Finding label: school name.
    pub finding_school: &'static str,
    /// Finding label: municipality.
    pub finding_place: &'static str,
    /// Set-up field: possible personal data {} kinds; warn once.
    pub setup_privacy_warning: &'static str,
    /// CLI: --group holds a BSN; nothing is started or saved.
    pub group_bsn: &'static str,
    /// Argument errors of the command line.
    pub cli: &'static super::cli::CliStrings,
    /// Theme picker: nothing matches the query.
    pub picker_no_match: &'static str,
    /// Theme picker: the line of ticked themes.
    pub picker_chosen: &'static str,
    /// Command: close the help overlay.
    pub cmd_close_help: &'static str,
    /// Help overlay: a key that does nothing while help is open.
    pub help_ignored: &'static str,
    /// Command: quit, where nothing is saved yet (set-up).
    pub cmd_quit_unsaved: &'static str,
    /// Saving, exporting and rescuing: what the session screen says about files.
    pub save: &'static super::save::SaveStrings,
    /// Placeholders for personal data and the names of keys.
    pub marks: &'static super::marks::Marks,
    /// Selecting, removing, the group's editor: correcting what was written.
    pub edit: &'static super::edit::EditStrings,
    /// Clocks and read-only viewing.
    pub clock: &'static super::clock::ClockStrings,
    /// An own case: the preparation, decision points added live, the case file.
    pub own: &'static super::own::OwnStrings,
    /// Presenting mode and the config files.
    pub settings: &'static super::settings::SettingsStrings,
    /// The register's tabs, fields and commands (`register.rs`, shared with review).
    pub register: &'static super::register::RegisterStrings,
    /// Positions before the reveal and dot-voting.
    pub stance: &'static super::stance::StanceStrings,
    /// `check`'s diagnostics (`check.rs`).
    pub check: &'static super::check::CheckStrings,
    /// Structured scores: the scoring panel and the method's `scores` list (`scores.rs`).
    pub scores: &'static super::scores::ScoreStrings,
    /// The terugblik and practice sessions (`terugblik.rs`).
    pub terugblik: &'static super::terugblik::TerugblikStrings,
    /// Hint sentences without key names, once the user moved a key (`hints.rs`).
    pub hints: &'static super::hints::HintStrings,
}
