//! The table of every `--help` text in both languages, read by `help.rs`
//! (its own file so that neither passes 400 lines). Dutch and English side
//! by side on one row, keyed by clap's command path and argument id.

/// One text in both languages: `key` is `""` for the root, a subcommand's
/// name, `PATH.ID` for an argument (`.ID` for the root's), or `@NAME` for
/// the chrome (headings, examples).
pub(super) struct Text {
    pub(super) key: &'static str,
    pub(super) nl: &'static str,
    pub(super) en: &'static str,
}

const fn t(key: &'static str, nl: &'static str, en: &'static str) -> Text {
    Text { key, nl, en }
}

/// Every help text. Possible and default values are added by [`arg`].
pub(super) const TEXTS: &[Text] = &[
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
        "new.practice",
        "Een oefensessie (training): geen terugblik, en niet in het register, de tellingen, het zoeken en de rapportages, tenzij een filter erom vraagt.",
        "A practice session (training): no terugblik, and left out of the register, counts, search and reports unless a filter asks for it.",
    ),
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
        "Toon de casussen, themasets, werkvormen of sessies.",
        "List cases, theme sets, methods or sessions.",
    ),
    t(
        "list.what",
        "Wat te tonen: cases (casussen), themes (themasets), methods (werkvormen) of sessions (sessies, nieuwste eerst).",
        "What to list: cases, themes (theme sets), methods or sessions (newest first).",
    ),
    t(
        "list.format",
        "Uitvoer: table (een leesbare tabel) of json (voor scripts).",
        "Output format: table (a readable table) or json (for scripts).",
    ),
    t(
        "list.filter",
        "Filter (alleen sessies): vrije tekst en woorden als thema:, groep:, sinds:.",
        "Filter (sessions only): free text and tokens such as theme:, group:, since:.",
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
        "export",
        "Exporteer een sessie of een gefilterde reeks als Markdown of CSV.",
        "Export a session or a filtered set as Markdown or CSV.",
    ),
    t(
        "export.args",
        "Een sessie (id, uniek begin van een id, of een .ron-bestand); met --all: het filter.",
        "A session (id, unique start of an id, or a .ron file); with --all: the filter.",
    ),
    t(
        "export.all",
        "Exporteer elke sessie die door het filter komt.",
        "Export every session that passes the filter.",
    ),
    t(
        "export.format",
        "Uitvoer: md (een Markdown-verslag), csv (een rij per onderdeel) of case (de eigen casus als casusbestand, standaard in cases/ van de configuratiemap); standaard uit de extensie van -o, anders md.",
        "Output format: md (a Markdown report), csv (a row per item) or case (the own case as a case file, by default into the config folder's cases/); default from the -o file's extension, else md.",
    ),
    t("export.with_notes", "Notities mee.", "With notes."),
    t(
        "export.excel_nl",
        "CSV voor Nederlandse Excel: puntkomma's, UTF-8 met BOM.",
        "CSV for Dutch Excel: semicolons, UTF-8 with BOM.",
    ),
    t(
        "export.output",
        "Schrijf naar dit bestand (in één keer) in plaats van naar standaarduitvoer.",
        "Write to this file (atomically) instead of standard output.",
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
