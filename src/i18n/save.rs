//! What the session screen says about saving, exporting and rescue copies.
//! Its own file beside the interface table (the same rule: these are the
//! interface's words), so that `strings.rs` stays under 400 lines;
//! [`super::Strings::save`] points here and the placeholder test sees these
//! fields as `save.NAME`.

/// Saving, exporting and rescuing, in one language.
#[derive(Debug)]
pub struct SaveStrings {
    /// Status: saved.
    pub saved: &'static str,
    /// Status: save failed: {}.
    pub save_failed: &'static str,
    /// Status: exported to {}.
    pub exported: &'static str,
    /// Status: export failed: {}.
    pub export_failed: &'static str,
    /// Another window of casus has this session open: {} id.
    pub session_locked: &'static str,
    /// Quitting while the last save failed ({}): Enter writes a rescue copy, Esc stays.
    pub unsaved_question: &'static str,
    /// Status: the user chose to stay after a failed save.
    pub unsaved_stay: &'static str,
    /// Footer while the last save failed and casus retries.
    pub save_pending: &'static str,
    /// Status: a retried save worked.
    pub saved_again: &'static str,
    /// Status: a retried save worked while quitting was asked.
    pub saved_quit_now: &'static str,
    /// Status: rescue copy written to {} path.
    pub rescue_written: &'static str,
    /// Status: the rescue copy failed too: {} why.
    pub rescue_failed: &'static str,
    /// Stderr after quitting: the session folder lacks the last text; the rescue copy is {}.
    pub rescue_exit: &'static str,
}

/// Dutch.
pub static NL: SaveStrings = SaveStrings {
    saved: "Bewaard.",
    save_failed: "Bewaren mislukt: {}. De tekst staat nog in dit programma, dat het elke paar seconden opnieuw probeert.",
    exported: "Geëxporteerd naar {}",
    export_failed: "Exporteren mislukt: {}",
    session_locked: "Sessie {} is al geopend in een ander venster van dit programma. Sluit dat eerst; er is niets veranderd.",
    unsaved_question: "Niet bewaard ({}). Enter: reservekopie in een andere map en stoppen · Esc: blijven.",
    unsaved_stay: "Dit programma blijft open en probeert elke paar seconden opnieuw te bewaren.",
    save_pending: "Niet bewaard: het programma probeert het elke paar seconden opnieuw. q biedt een reservekopie.",
    saved_again: "Weer bewaard: alles staat op schijf.",
    saved_quit_now: "Weer bewaard: alles staat op schijf. q stopt nu.",
    rescue_written: "Reservekopie geschreven: {}",
    rescue_failed: "Ook de reservekopie lukte niet ({}). Het programma blijft open; Esc om te blijven.",
    rescue_exit: "de sessie kon niet in de sessiemap worden bewaard; de reservekopie staat in {} (`casus resume` leest hem niet vanzelf: zet hem terug in de sessiemap)",
};

/// English.
pub static EN: SaveStrings = SaveStrings {
    saved: "Saved.",
    save_failed: "Saving failed: {}. The text is still in casus, which tries again every few seconds.",
    exported: "Exported to {}",
    export_failed: "Export failed: {}",
    session_locked: "Session {} is already open in another window of this program. Close that one first; nothing was changed.",
    unsaved_question: "Not saved ({}). Enter: write a rescue copy to another folder and quit · Esc: stay.",
    unsaved_stay: "casus stays open and tries to save again every few seconds.",
    save_pending: "Not saved: casus retries every few seconds. q offers a rescue copy.",
    saved_again: "Saved again: everything is on disk.",
    saved_quit_now: "Saved again: everything is on disk. q quits now.",
    rescue_written: "Rescue copy written: {}",
    rescue_failed: "The rescue copy failed too ({}). casus stays open; Esc to stay.",
    rescue_exit: "the session could not be saved in the sessions folder; the rescue copy is {} (`casus resume` does not read it by itself: put it back in the sessions folder)",
};
