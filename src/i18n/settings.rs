//! What the interface says about the user's settings: presenting mode (its
//! texts carry no keys: a projector shows no key noise), palettes, and the
//! config folder's `keys.ron` and `colors.ron`. Its own file beside the
//! interface table, so that `strings.rs` stays under 400 lines;
//! [`super::Strings::settings`] points here and the placeholder test sees
//! these fields as `settings.NAME`.

/// Presenting mode and the config files, in one language.
#[derive(Debug)]
pub struct SettingsStrings {
    /// Status: presenting mode on.
    pub present_on: &'static str,
    /// Status: presenting mode off.
    pub present_off: &'static str,
    /// Header badge in presenting mode.
    pub present_badge: &'static str,
    /// Command: presenting mode.
    pub cmd_present: &'static str,
    /// Command, in presenting mode: leave it.
    pub cmd_stop_present: &'static str,
    /// Presenting: no decision yet.
    pub present_no_decision: &'static str,
    /// Presenting: no themes yet.
    pub present_no_themes: &'static str,
    /// Presenting: no notes yet.
    pub present_notes_empty: &'static str,
    /// Presenting: no lessons yet.
    pub present_no_lessons: &'static str,
    /// Presenting: no bottlenecks yet.
    pub present_no_bottlenecks: &'static str,
    /// Presenting: no actions yet.
    pub present_no_actions: &'static str,
    /// Presenting: there is more below (no key named).
    pub present_more: &'static str,
}

/// Dutch.
pub static NL: SettingsStrings = SettingsStrings {
    present_on: "Presenteren: notities voor de gespreksleider verborgen.",
    present_off: "Notities voor de gespreksleider zichtbaar.",
    present_badge: "presenteren",
    cmd_present: "presenteren aan/uit",
    cmd_stop_present: "stoppen met presenteren",
    present_no_decision: "Nog geen besluit.",
    present_no_themes: "nog geen",
    present_notes_empty: "Nog niets genoteerd.",
    present_no_lessons: "Nog geen lessen.",
    present_no_bottlenecks: "Nog geen knelpunten.",
    present_no_actions: "Nog geen acties.",
    present_more: "meer",
};

/// English.
pub static EN: SettingsStrings = SettingsStrings {
    present_on: "Presenting: facilitator notes hidden.",
    present_off: "Facilitator notes visible.",
    present_badge: "presenting",
    cmd_present: "presenting on/off",
    cmd_stop_present: "stop presenting",
    present_no_decision: "No decision yet.",
    present_no_themes: "none yet",
    present_notes_empty: "Nothing written yet.",
    present_no_lessons: "No lessons yet.",
    present_no_bottlenecks: "No bottlenecks yet.",
    present_no_actions: "No actions yet.",
    present_more: "more",
};
