//! Hint sentences without key names: shown instead of the sentences that name
//! a built-in key (`setup_group_hint`, `picker_hint`, …) once the user's
//! `keys.ron` moves one of those keys, or while presenting (see
//! `Ctx::key_hints`). The footer and the `?` help name the user's keys, so
//! these only keep what the sentence says besides the keys. Its own file so
//! that `strings.rs` stays under 400 lines; [`super::Strings::hints`] points
//! here.

/// Key-free hint sentences, in one language.
#[derive(Debug)]
pub struct HintStrings {
    /// Set-up, theme sets page, without Space and Enter.
    pub setup_themes: &'static str,
    /// Set-up, group page, without Enter.
    pub setup_group: &'static str,
    /// Set-up, participants page, without Enter.
    pub setup_participants: &'static str,
    /// Review filter line when empty, without `/`.
    pub review_filter: &'static str,
    /// Review filter typed but not applied, without Enter.
    pub review_filter_pending: &'static str,
    /// Review filter line, unapplied text, without `/`.
    pub review_filter_unapplied: &'static str,
    /// Register, typing an owner, without Enter and Esc.
    pub register_owner: &'static str,
    /// Register, typing a due date or answer, without Enter and Esc.
    pub register_field: &'static str,
}

/// Dutch.
pub static NL: HintStrings = HintStrings {
    setup_themes: "Kies de themasets om beslissingen mee te labelen",
    setup_group: "De naam van het team of de training, bijvoorbeeld \"Intervisie buurtteam Noord\".",
    setup_participants: "Optioneel: initialen of rollen, gescheiden door komma's (bijv. \"AB, gedragswetenschapper\"). Nooit volledige namen.",
    review_filter: "Filteren op woorden en thema:, casus:, groep:, methode:, sinds:, tot:, status:, knelpunt:",
    review_filter_pending: "(nog niet toegepast)",
    review_filter_unapplied: "(niet toegepast)",
    register_owner: "Leeg laten = geen eigenaar",
    register_field: "Leeg laten = leeg veld",
};

/// English.
pub static EN: HintStrings = HintStrings {
    setup_themes: "Choose the theme sets to tag decisions with",
    setup_group: "The name of the team or training, e.g. \"Intervision team North\".",
    setup_participants: "Optional: initials or roles, separated by commas (e.g. \"AB, behavioural scientist\"). Never full names.",
    review_filter: "Filter on words and theme:, case:, group:, method:, since:, until:, status:, knelpunt:",
    review_filter_pending: "(not applied yet)",
    review_filter_unapplied: "(not applied)",
    register_owner: "Leave empty for no owner",
    register_field: "Leave empty to clear",
};
