//! What the session screen says about its clocks and about a finished
//! session shown read-only. Its own file beside the interface table (the
//! same rule: these are the interface's words), so that `strings.rs` stays
//! under 400 lines; [`super::Strings::clock`] points here and the
//! placeholder test sees these fields as `clock.NAME`.

/// Clocks and read-only viewing, in one language.
#[derive(Debug)]
pub struct ClockStrings {
    /// Summary: no actions (nothing to add there).
    pub summary_no_actions: &'static str,
    /// Header badge: a finished session shown read-only.
    pub read_only_badge: &'static str,
    /// Command: view the finished session's pages read-only (summary).
    pub cmd_view_pages: &'static str,
    /// Command: reopen a finished session for editing.
    pub cmd_reopen: &'static str,
    /// The question before reopening.
    pub reopen_ask: &'static str,
    /// Status: reopened.
    pub reopened: &'static str,
    /// Status: reopening cancelled.
    pub reopen_cancelled: &'static str,
    /// Command: pause or resume the timer.
    pub cmd_pause: &'static str,
    /// Command: five more minutes for this phase.
    pub cmd_add_time: &'static str,
    /// Header: the timer is paused.
    pub paused_badge: &'static str,
    /// Status: the timer is paused.
    pub paused: &'static str,
    /// Status: the timer runs again.
    pub resumed: &'static str,
    /// Status: {} minutes added to this phase.
    pub time_added: &'static str,
    /// Header: the whole session, {} elapsed of {} planned.
    pub session_clock: &'static str,
    /// Command: a page up.
    pub cmd_page_up: &'static str,
    /// Command: a page down.
    pub cmd_page_down: &'static str,
    /// Command: to the top.
    pub cmd_top: &'static str,
    /// Command: to the bottom.
    pub cmd_bottom: &'static str,
    /// Read-only notes page: no notes (no key to write them).
    pub ro_notes_empty: &'static str,
    /// Read-only decision point: no decision.
    pub ro_no_decision: &'static str,
    /// Read-only decision point and summary: no themes.
    pub ro_no_themes: &'static str,
    /// Read-only closing: no lessons.
    pub ro_no_lessons: &'static str,
    /// Read-only closing and summary: no knelpunten.
    pub ro_no_bottlenecks: &'static str,
    /// Read-only decision point: the facilitator's notes (no key hides them).
    pub ro_facilitator: &'static str,
    /// Footer: ↑ and ↓ in one hint, moving in a list.
    pub cmd_move_pair: &'static str,
    /// Footer: ↑ and ↓ in one hint, scrolling a text.
    pub cmd_scroll_pair: &'static str,
}

/// Dutch.
pub static NL: ClockStrings = ClockStrings {
    summary_no_actions: "Geen acties.",
    read_only_badge: "alleen lezen",
    cmd_view_pages: "sessie bekijken",
    cmd_reopen: "heropenen",
    reopen_ask: "Heropenen? Enter: ja · Esc: nee",
    reopened: "Heropend: de sessie is weer niet afgerond.",
    reopen_cancelled: "Niet heropend.",
    cmd_pause: "timer pauzeren/hervatten",
    cmd_add_time: "5 minuten erbij",
    paused_badge: "gepauzeerd",
    paused: "Timer gepauzeerd.",
    resumed: "Timer loopt weer.",
    time_added: "{} minuten erbij voor deze fase.",
    session_clock: "totaal {}/{}",
    cmd_page_up: "pagina omhoog",
    cmd_page_down: "pagina omlaag",
    cmd_top: "naar boven",
    cmd_bottom: "naar beneden",
    ro_notes_empty: "Niets genoteerd.",
    ro_no_decision: "Geen besluit.",
    ro_no_themes: "geen",
    ro_no_lessons: "Geen lessen.",
    ro_no_bottlenecks: "Geen knelpunten.",
    ro_facilitator: "Voor de gespreksleider:",
    cmd_move_pair: "bewegen",
    cmd_scroll_pair: "tekst schuiven",
};

/// English.
pub static EN: ClockStrings = ClockStrings {
    summary_no_actions: "No actions.",
    read_only_badge: "read-only",
    cmd_view_pages: "view pages",
    cmd_reopen: "reopen",
    reopen_ask: "Reopen? Enter: yes · Esc: no",
    reopened: "Reopened: the session is unfinished again.",
    reopen_cancelled: "Not reopened.",
    cmd_pause: "pause/resume timer",
    cmd_add_time: "5 more minutes",
    paused_badge: "paused",
    paused: "Timer paused.",
    resumed: "Timer running again.",
    time_added: "{} more minutes for this phase.",
    session_clock: "total {}/{}",
    cmd_page_up: "page up",
    cmd_page_down: "page down",
    cmd_top: "to the top",
    cmd_bottom: "to the bottom",
    ro_notes_empty: "Nothing noted.",
    ro_no_decision: "No decision.",
    ro_no_themes: "none",
    ro_no_lessons: "No lessons.",
    ro_no_bottlenecks: "No bottlenecks.",
    ro_facilitator: "For the facilitator:",
    cmd_move_pair: "move",
    cmd_scroll_pair: "scroll the text",
};
