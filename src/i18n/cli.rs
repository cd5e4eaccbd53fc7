//! What the command line says about its own arguments (clap's errors, in
//! the interface language). Its own file, beside the two tables, so that
//! `strings.rs` stays under 400 lines; [`super::Strings::cli`] points here
//! and the placeholder test sees these fields as `cli.NAME`.

/// Argument errors of the command line; each starts with `casus:` and is
/// followed by [`CliStrings::see_help`].
#[derive(Debug)]
pub struct CliStrings {
    /// Said after every argument error.
    pub see_help: &'static str,
    /// An unknown argument: {} the argument.
    pub unknown_argument: &'static str,
    /// An unknown argument with a suggestion: {} the argument, {} the suggestion.
    pub unknown_argument_tip: &'static str,
    /// An unknown subcommand: {} the name.
    pub unknown_command: &'static str,
    /// An unknown subcommand with a suggestion: {} the name, {} the suggestion.
    pub unknown_command_tip: &'static str,
    /// A value not among the possible ones: {} the value, {} the argument, {} the possible values.
    pub invalid_value: &'static str,
    /// A value that cannot be read: {} the value, {} the argument.
    pub bad_value: &'static str,
    /// An option given without its value: {} the option.
    pub value_missing: &'static str,
    /// A required argument is missing: {} the argument(s).
    pub missing_argument: &'static str,
    /// No subcommand where one is needed.
    pub missing_command: &'static str,
    /// A value for an argument that takes none (or no more): {} the argument, {} the value.
    pub unexpected_value: &'static str,
    /// Two arguments that cannot be combined: {} and {}.
    pub conflict: &'static str,
    /// An argument that is not UTF-8.
    pub not_utf8: &'static str,
    /// Any other argument error.
    pub other: &'static str,
    /// Joins the last two possible values: "a, b of c".
    pub or: &'static str,
    /// `casus new --case`: {} the id.
    pub unknown_case: &'static str,
    /// `casus new --method`: {} the id.
    pub unknown_method: &'static str,
    /// `casus new --themes`: {} the id.
    pub unknown_theme_set: &'static str,
    /// No data folder at all.
    pub no_data_dir: &'static str,
}

/// Dutch.
pub static NL: CliStrings = CliStrings {
    see_help: "Zie `casus --help`.",
    unknown_argument: "casus: onbekend argument `{}`.",
    unknown_argument_tip: "casus: onbekend argument `{}` (bedoelde je `{}`?).",
    unknown_command: "casus: onbekende opdracht `{}`.",
    unknown_command_tip: "casus: onbekende opdracht `{}` (bedoelde je `{}`?).",
    invalid_value: "casus: `{}` is geen geldige waarde voor {}; mogelijk zijn: {}.",
    bad_value: "casus: `{}` is geen geldige waarde voor {}.",
    value_missing: "casus: {} heeft een waarde nodig.",
    missing_argument: "casus: {} ontbreekt.",
    missing_command: "casus: geef een opdracht.",
    unexpected_value: "casus: {} neemt geen (verdere) waarde `{}`.",
    conflict: "casus: {} en {} gaan niet samen.",
    not_utf8: "casus: een argument is geen geldige UTF-8.",
    other: "casus: deze opdrachtregel klopt niet.",
    or: "of",
    unknown_case: "casus: onbekende casus {}; zie `casus list cases`.",
    unknown_method: "casus: onbekende methode {}; zie `casus list methods`.",
    unknown_theme_set: "casus: onbekende themaset {}; zie `casus list themes`.",
    no_data_dir: "casus: er is geen map voor de gegevens te vinden; geef --data-dir MAP.",
};

/// English.
pub static EN: CliStrings = CliStrings {
    see_help: "See `casus --help`.",
    unknown_argument: "casus: unknown argument `{}`.",
    unknown_argument_tip: "casus: unknown argument `{}` (did you mean `{}`?).",
    unknown_command: "casus: unknown command `{}`.",
    unknown_command_tip: "casus: unknown command `{}` (did you mean `{}`?).",
    invalid_value: "casus: `{}` is not a valid value for {}; possible values: {}.",
    bad_value: "casus: `{}` is not a valid value for {}.",
    value_missing: "casus: {} needs a value.",
    missing_argument: "casus: {} is missing.",
    missing_command: "casus: a command is needed.",
    unexpected_value: "casus: {} takes no (further) value `{}`.",
    conflict: "casus: {} and {} cannot be used together.",
    not_utf8: "casus: an argument is not valid UTF-8.",
    other: "casus: this command line is not right.",
    or: "or",
    unknown_case: "casus: unknown case {}; see `casus list cases`.",
    unknown_method: "casus: unknown method {}; see `casus list methods`.",
    unknown_theme_set: "casus: unknown theme set {}; see `casus list themes`.",
    no_data_dir: "casus: no data folder could be found; pass --data-dir DIR.",
};
