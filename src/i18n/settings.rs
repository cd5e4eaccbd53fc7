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
    /// keys.ron: command {} is given no key.
    pub key_empty: &'static str,
    /// keys.ron: {} is not a key.
    pub key_bad: &'static str,
    /// keys.ron: {} is not a command.
    pub key_unknown_command: &'static str,
    /// keys.ron: {} is not a screen.
    pub key_unknown_screen: &'static str,
    /// keys.ron: command {} has no key on screen {}.
    pub key_not_on_screen: &'static str,
    /// keys.ron: on screen {} letters are text, so {} needs Ctrl or a named key.
    pub key_typing: &'static str,
    /// keys.ron: command {} acts only where one types: name it under `screens`.
    pub key_only_typing: &'static str,
    /// keys.ron: on screen {}, key {} already does {}; {} keeps its default keys there.
    pub key_clash: &'static str,
    /// colors.ron: {} is not a colour.
    pub color_bad: &'static str,
    /// colors.ron: {} is not a palette.
    pub palette_bad: &'static str,
    /// Status at start: a setting was ignored ({} is `path:line:col: message`).
    pub config_problem: &'static str,
    /// Status at start: settings were ignored ({} more, then the first).
    pub config_problems: &'static str,
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
    key_empty: "{} krijgt geen toets; geef er minstens één",
    key_bad: "{} is geen toets: schrijf één teken (\"t\", \"T\", \"?\"), Ctrl-x, Spatie of een naam als Enter, Esc, Tab, F1, PgDn",
    key_unknown_command: "{} is geen opdracht van casus (de namen staan in de README, onder Instellingen)",
    key_unknown_screen: "{} is geen scherm van casus (de namen staan in de README, onder Instellingen)",
    key_not_on_screen: "{} heeft geen toets op het scherm {}",
    key_typing: "op het scherm {} is een letter tekst: kies voor {} Ctrl-x of een toets met een naam",
    key_only_typing: "{} werkt alleen op schermen waar je typt; zet het onder screens, bij dat scherm",
    key_clash: "op het scherm {} doet {} al {}; {} houdt daar zijn standaardtoetsen",
    color_bad: "{} is geen kleur: gebruik een naam (red, light-blue, dark-gray, default), een getal 0-255 of #rrggbb",
    palette_bad: "{} is geen palet: dark, light of high-contrast (of donker, licht, hoog-contrast)",
    config_problem: "Instelling genegeerd, de standaard geldt: {}",
    config_problems: "Instellingen genegeerd, de standaard geldt ({} meer: casus check): {}",
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
    key_empty: "{} is given no key; give at least one",
    key_bad: "{} is not a key: write one character (\"t\", \"T\", \"?\"), Ctrl-x, Space or a name such as Enter, Esc, Tab, F1, PgDn",
    key_unknown_command: "{} is not a casus command (the names are in the README, under Settings)",
    key_unknown_screen: "{} is not a casus screen (the names are in the README, under Settings)",
    key_not_on_screen: "{} has no key on the screen {}",
    key_typing: "on the screen {} letters are text: give {} Ctrl-x or a named key",
    key_only_typing: "{} only acts on screens where you type; name it under screens, with that screen",
    key_clash: "on the screen {}, {} already does {}; {} keeps its default keys there",
    color_bad: "{} is not a colour: use a name (red, light-blue, dark-gray, default), a number 0-255 or #rrggbb",
    palette_bad: "{} is not a palette: dark, light or high-contrast (or donker, licht, hoog-contrast)",
    config_problem: "Setting ignored, the default applies: {}",
    config_problems: "Settings ignored, the defaults apply ({} more: casus check): {}",
};
