//! `--help` in the interface language: the clap command of [`Cli`], with every
//! text (about, subcommands, arguments, `-h`/`-V`, headings, examples) set
//! from [`TEXTS`] for the language asked.
//!
//! Why a table here and not in `src/i18n`: these texts are keyed by clap's
//! command path and argument id (`list.format`), not by a struct field, and
//! they are only ever read by this module; keeping Dutch and English side by
//! side on one row makes it easy to see that both say the same, and a test
//! checks that every subcommand and argument of the command has a row. The
//! doc comments in `args.rs` stay as developer docs; what users see comes
//! from here, in both languages.

use clap::{Arg, ArgAction, Command, CommandFactory};

use super::Cli;
use super::help_more::{Text, t};
use crate::i18n::Lang;

/// Every help text. Possible and default values are added by [`arg`].
const TEXTS: &[Text] = &[
    t("@usage", "Gebruik", "Usage"),
    t("@commands", "Opdrachten", "Commands"),
    t("@arguments", "Argumenten", "Arguments"),
    t("@options", "Opties", "Options"),
    t("@values", "mogelijk", "possible values"),
    t("@default", "standaard", "default"),
    t("@command", "OPDRACHT", "COMMAND"),
    t("@options_tag", "[OPTIES]", "[OPTIONS]"),
    t(
        "@examples",
        "Voorbeelden:\n  casus new --case veilig-thuis --group \"Team Noord\"\n  casus list sessions sinds:2026-01-01\n  casus stats thema:mandaat --format csv --excel-nl > tellen.csv\n  casus export --all groep:\"team noord\" -o sessies.md\n  casus completions bash > ~/.local/share/bash-completion/completions/casus",
        "Examples:\n  casus new --case veilig-thuis --group \"Team North\"\n  casus list sessions since:2026-01-01\n  casus stats theme:mandaat --format csv > counts.csv\n  casus export --all group:\"team north\" -o sessions.md\n  casus completions bash > ~/.local/share/bash-completion/completions/casus",
    ),
    t(
        "",
        "casus: leren van casuïstiek. Loop met een team een geanonimiseerde casus door, beslismoment voor beslismoment. Zonder opdracht opent casus het beginscherm (buiten een terminal: deze hulp).",
        "casus: leren van casuïstiek. Walk a team through an anonymised case, decision point by decision point. Without a command casus opens its home screen (outside a terminal: this help).",
    ),
    t(
        ".data_dir",
        "Map met sessies (herhaalbaar voor review, stats en search). Omgeving: CASUS_DATA_DIR.",
        "Folder with sessions (repeatable for review, stats and search). Env: CASUS_DATA_DIR.",
    ),
    t(
        ".library",
        "Extra map met cases/, themes/ en methods/ (herhaalbaar). Omgeving: CASUS_LIBRARY.",
        "Extra folder with cases/, themes/ and methods/ (repeatable). Env: CASUS_LIBRARY.",
    ),
    t(
        ".lang",
        "Taal van casus: nl (Nederlands) of en (English); standaard uit LC_ALL/LANG, anders nl.",
        "Interface language: nl (Nederlands) or en (English); default from LC_ALL/LANG, else nl.",
    ),
    t(
        ".present",
        "Presenteren op een beamer: de vraag, de mogelijkheden en het besluit groot en rustig, zonder aantekeningen voor de gespreksleider en zonder toetsenregels; `v` wisselt het in de app.",
        "Presenting on a projector: the question, the options and the decision large and uncluttered, without facilitator notes or key hints; `v` toggles it in the app.",
    ),
    t(
        ".palette",
        "Kleuren: dark of donker (standaard), light of licht (een lichte terminal), high-contrast of hoog-contrast (een beamer). Gaat voor colors.ron in de configuratiemap; NO_COLOR gaat voor allebei.",
        "Colours: dark (default), light (a light terminal) or high-contrast (a projector); Dutch donker, licht, hoog-contrast work too. Wins over colors.ron in the config folder; NO_COLOR wins over both.",
    ),
    t(".help", "Toon deze hulp", "Print help"),
    t(".version", "Toon de versie", "Print version"),
    t(
        "new",
        "Begin een nieuwe sessie; wat hier staat, wordt niet gevraagd.",
        "Start a new session; what is given here is not asked.",
    ),
    t("new.case", "De id van de casus.", "The case id."),
    t(
        "new.method",
        "De id van de werkvorm (standaard: casusbespreking).",
        "The method id (default: casusbespreking).",
    ),
    t(
        "new.themes",
        "Id's van themasets, gescheiden door komma's.",
        "Theme set ids, comma-separated.",
    ),
    t("new.group", "De naam van de groep.", "The group's name."),
    t(
        "new.own_case",
        "Breng een eigen casus in.",
        "Bring own case.",
    ),
    t("new.title", "Titel eigen casus.", "Own case title."),
    t(
        "resume",
        "Ga verder met een onafgemaakte sessie (standaard: de laatste).",
        "Continue an unfinished session (default: the most recent one).",
    ),
    t(
        "resume.session",
        "De id van de sessie, of het begin ervan.",
        "The session id, or the start of it.",
    ),
    t(
        "review",
        "Terugkijken: de sessies, tellen en vertellen, het knelpuntenregister (leest elke --data-dir).",
        "Look back: the sessions, counting and telling, the knelpunten register (reads every --data-dir).",
    ),
    t(
        "list",
        "Toon de casussen, themasets, werkvormen, sessies, knelpunten of acties.",
        "List cases, theme sets, methods, sessions, bottlenecks or actions.",
    ),
    t(
        "list.what",
        "Wat te tonen: cases (casussen), themes (themasets), methods (werkvormen), sessions (sessies, nieuwste eerst), bottlenecks of knelpunten (het register), actions of acties.",
        "What to list: cases, themes (theme sets), methods, sessions (newest first), bottlenecks (the register; also knelpunten) or actions (also acties).",
    ),
    t(
        "list.format",
        "Uitvoer: table (een leesbare tabel), csv (knelpunten en acties, elk veld een kolom) of json (voor scripts).",
        "Output format: table (a readable table), csv (bottlenecks and actions, a column per field) or json (for scripts).",
    ),
    t(
        "list.filter",
        "Filter (sessies, knelpunten, acties): vrije tekst en woorden als thema:, groep:, sinds:, eigenaar:, niveau:, knelpunt:, actie:, ouder:90, oefen:alles.",
        "Filter (sessions, bottlenecks, actions): free text and tokens such as theme:, group:, since:, owner:, level:, knelpunt:, action:, older:90, practice:all.",
    ),
    t(
        "check",
        "Controleer bestanden met casussen, themasets en werkvormen (standaard: de hele geladen bibliotheek).",
        "Validate case, theme-set and method files (default: the whole loaded library).",
    ),
    t(
        "check.paths",
        "Bestanden of mappen om te controleren.",
        "Files or folders to check.",
    ),
    t(
        "check.strict",
        "Faal ook bij waarschuwingen.",
        "Fail on warnings too.",
    ),
    t(
        "stats",
        "Tel thema's over sessies (tellen), per themaset en per kwartaal.",
        "Count themes over sessions (tellen), per theme set and per quarter.",
    ),
    t(
        "stats.filter",
        "Filter: vrije tekst en woorden als thema:, casus:, groep:, sinds:, tot:, status:.",
        "Filter: free text and tokens such as theme:, case:, group:, since:, until:, status:.",
    ),
    t(
        "stats.format",
        "Uitvoer: table (een tabel per themaset, een kolom per kwartaal), csv (een rij per thema) of json (alles, voor scripts).",
        "Output format: table (a table per theme set, a column per quarter), csv (a row per theme) or json (everything, for scripts).",
    ),
    t(
        "stats.scores",
        "Tel de scores per indicator (zoals in de QSR): sessies, gemiddelde, laagste, hoogste en het aandeel aanvaardbaar (4 tot 6), per gezin en systeem.",
        "Count the scores per indicator (as in the QSR): sessions, mean, lowest, highest and the share acceptable (4 to 6), per family and system.",
    ),
    t(
        "stats.excel_nl",
        "Met --format csv: voor Nederlandse Excel (puntkomma's, UTF-8 met BOM, Nederlandse kopregel).",
        "With --format csv: for Dutch Excel (semicolons, UTF-8 with BOM, Dutch header).",
    ),
    t(
        "search",
        "Zoek besluiten en reflecties die elk woord bevatten.",
        "Find decisions and reflections that contain every word.",
    ),
    t(
        "search.query",
        "Waarnaar te zoeken (zet meerdere woorden tussen aanhalingstekens).",
        "What to look for (quote several words).",
    ),
    t(
        "search.filter",
        "Filter op de doorzochte sessies.",
        "Filter on the sessions searched.",
    ),
    t(
        "completions",
        "Schrijf een script voor het aanvullen met Tab in de shell naar standaarduitvoer.",
        "Print a shell completion script to standard output.",
    ),
    t(
        "completions.shell",
        "Voor welke shell.",
        "The shell to complete in.",
    ),
    t(
        "man",
        "Schrijf de man-pagina (roff) naar standaarduitvoer.",
        "Print the man page (roff) to standard output.",
    ),
];

/// Every row: this table's, `help_report.rs`'s (export and report) and
/// `help_more.rs`'s (lists).
fn all_texts() -> impl Iterator<Item = &'static Text> {
    TEXTS
        .iter()
        .chain(super::help_report::TEXTS)
        .chain(super::help_more::TEXTS)
}

/// The text for `key` in `lang`, if the table has it.
fn text(key: &str, lang: Lang) -> Option<&'static str> {
    all_texts().find(|t| t.key == key).map(|t| match lang {
        Lang::Nl => t.nl,
        Lang::En => t.en,
    })
}

/// A text of the chrome, which the table always has.
fn chrome(key: &str, lang: Lang) -> &'static str {
    text(key, lang).unwrap_or_default()
}

/// The whole command line of casus, with its help in `lang`: what parses
/// (see `parse.rs`), prints `--help`, and generates completions and the man page.
pub fn command(lang: Lang) -> Command {
    let cmd = Cli::command()
        .disable_help_flag(true)
        .disable_version_flag(true)
        .disable_help_subcommand(true)
        .arg(
            Arg::new("help")
                .short('h')
                .long("help")
                .action(ArgAction::Help)
                .global(true),
        )
        .arg(
            Arg::new("version")
                .short('V')
                .long("version")
                .action(ArgAction::Version),
        )
        .long_about(None)
        .after_help(chrome("@examples", lang));
    localize(cmd, "", lang)
}

/// Rendered help or version with clap's one fixed English word (the
/// `[OPTIONS]` of the usage line) in `lang`.
pub fn tidy(text: &str, lang: Lang) -> String {
    text.replace("[OPTIONS]", chrome("@options_tag", lang))
}

/// Sets the texts of `cmd` (at `path`) and of everything under it.
fn localize(cmd: Command, path: &str, lang: Lang) -> Command {
    let template = format!(
        "{{before-help}}{{about-with-newline}}\n{}: {{usage}}\n\n{{all-args}}{{after-help}}",
        chrome("@usage", lang)
    );
    let mut cmd = cmd
        .help_template(template)
        .subcommand_help_heading(chrome("@commands", lang))
        .subcommand_value_name(chrome("@command", lang));
    // Arguments are listed in the order they are given on the command line.
    let mut position = 0;
    cmd = cmd.mut_args(|a| {
        let a = arg(a, path, lang);
        if a.is_positional() {
            position += 1;
            a.display_order(position)
        } else {
            a
        }
    });
    if let Some(about) = text(path, lang) {
        cmd = cmd.about(about);
    }
    let names: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    for name in names {
        cmd = cmd.mut_subcommand(&name, |s| localize(s, &name, lang));
    }
    cmd
}

/// Sets an argument's help, its heading, and its possible and default
/// values in `lang` (clap would write those in English).
fn arg(a: Arg, path: &str, lang: Lang) -> Arg {
    let key = format!("{path}.{}", a.get_id());
    let mut help = text(&key, lang)
        .map(str::to_string)
        .or_else(|| a.get_help().map(|h| h.to_string()))
        .unwrap_or_default();
    let values: Vec<String> = a
        .get_possible_values()
        .iter()
        .filter(|v| !v.is_hide_set())
        .map(|v| v.get_name().to_string())
        .collect();
    let mut a = a;
    let takes_values = a.get_action().takes_values();
    if takes_values && !values.is_empty() && !a.is_hide_possible_values_set() {
        help.push_str(&format!(
            " [{}: {}]",
            chrome("@values", lang),
            values.join(", ")
        ));
        a = a.hide_possible_values(true);
    }
    let defaults: Vec<String> = a
        .get_default_values()
        .iter()
        .map(|v| v.to_string_lossy().into_owned())
        .collect();
    if takes_values && !defaults.is_empty() && !a.is_hide_default_value_set() {
        help.push_str(&format!(
            " [{}: {}]",
            chrome("@default", lang),
            defaults.join(", ")
        ));
        a = a.hide_default_value(true);
    }
    let heading = if a.is_positional() {
        "@arguments"
    } else {
        "@options"
    };
    a.help(help)
        .long_help(None)
        .help_heading(chrome(heading, lang))
}

#[cfg(test)]
mod tests;
