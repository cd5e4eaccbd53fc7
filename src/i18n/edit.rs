//! What the session screen says about correcting what was written:
//! selecting, removing, the group's editor. Its own file beside the interface
//! table (the same rule: these are the interface's words), so that
//! `strings.rs` stays under 400 lines; [`super::Strings::edit`] points here.

/// Corrections, in one language.
#[derive(Debug)]
pub struct EditStrings {
    /// Command: select the next reflection or knelpunt of the decision point.
    pub cmd_select: &'static str,
    /// Command: remove the selected item (asks first).
    pub cmd_remove: &'static str,
    /// Command: edit the group name and participants.
    pub cmd_edit_group: &'static str,
    /// Command (decision point): Enter opens the selected item, or the decision.
    pub cmd_open_selected: &'static str,
    /// The question before removing.
    pub confirm_remove: &'static str,
    /// Status: removed.
    pub removed: &'static str,
    /// Status: kept after all.
    pub kept: &'static str,
    /// Status: nothing is selected to remove.
    pub nothing_selected: &'static str,
    /// Editor title: the group.
    pub editor_group: &'static str,
    /// Editor side field: participants.
    pub editor_participants: &'static str,
    /// Hint under a decision point with items: how to select.
    pub select_hint: &'static str,
}

/// Dutch.
pub static NL: EditStrings = EditStrings {
    cmd_select: "selecteren (reflectie, knelpunt)",
    cmd_remove: "verwijderen",
    cmd_edit_group: "groep en deelnemers",
    cmd_open_selected: "selectie of besluit openen",
    confirm_remove: "Verwijderen? Enter: ja · Esc: nee",
    removed: "Verwijderd.",
    kept: "Niet verwijderd.",
    nothing_selected: "Niets geselecteerd.",
    editor_group: "Groep",
    editor_participants: "Deelnemers (initialen, komma's)",
    select_hint: "s: selecteren · Enter: openen · x: verwijderen",
};

/// English.
pub static EN: EditStrings = EditStrings {
    cmd_select: "select (reflection, knelpunt)",
    cmd_remove: "remove",
    cmd_edit_group: "group and participants",
    cmd_open_selected: "open selection or decision",
    confirm_remove: "Remove? Enter: yes · Esc: no",
    removed: "Removed.",
    kept: "Not removed.",
    nothing_selected: "Nothing selected.",
    editor_group: "Group",
    editor_participants: "Participants (initials, commas)",
    select_hint: "s: select · Enter: open · x: remove",
};
