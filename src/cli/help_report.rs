//! The help rows of `casus export` and `casus report` (in both languages),
//! beside `help.rs`'s table and read with it (`help::all_texts`), so
//! `help.rs` stays under the size limit.

use super::help_more::{Text, t};

/// The rows of `export` and `report`.
pub(super) const TEXTS: &[Text] = &[
    t(
        "export",
        "Exporteer een sessie of een gefilterde reeks als Markdown of CSV, de sessies als lange tabel of matrix voor BI, of de themasets als codeboek.",
        "Export a session or a filtered set as Markdown or CSV, the sessions as a long table or matrix for BI tools, or the theme sets as a code book.",
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
        "Uitvoer: md (een Markdown-verslag), csv (een rij per onderdeel), case (de eigen casus als casusbestand, standaard in cases/ van de configuratiemap), long-csv (lange tabel voor BI: een rij per sessie × beslismoment × thema en per knelpunt × thema), matrix-csv (thema × kwartaal × groep) of qdc (met --codebook: een REFI-QDA-codeboek); standaard uit de extensie van -o, anders md. Bij long-csv en matrix-csv is wat volgt het filter.",
        "Output format: md (a Markdown report), csv (a row per item), case (the own case as a case file, by default into the config folder's cases/), long-csv (a long table for BI: a row per session × decision point × theme and per knelpunt × theme), matrix-csv (theme × quarter × group) or qdc (with --codebook: a REFI-QDA code book); default from the -o file's extension, else md. With long-csv and matrix-csv the words given are the filter.",
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
        "export.codebook",
        "Schrijf de geladen themasets als codeboek in plaats van sessies: --format csv (een rij per thema, met de id's die het vervangt) of --format qdc (REFI-QDA, voor QualCoder, ATLAS.ti, MAXQDA en NVivo); standaard uit de extensie van -o, anders csv.",
        "Write the loaded theme sets as a code book instead of sessions: --format csv (a row per theme, with the ids it replaces) or --format qdc (REFI-QDA, for QualCoder, ATLAS.ti, MAXQDA and NVivo); default from the -o file's extension, else csv.",
    ),
    t(
        "report",
        "De signalenrapportage voor de gemeente (Kwaliteitskompas, bouwsteen 6): knelpunten per kwartaal en eigenaar, met verloop, verhalen, antwoorden en gedane acties; oefensessies tellen niet mee.",
        "The signals report for the municipality (Kwaliteitskompas, block 6): knelpunten per quarter and owner, with history, stories, answers and actions done; practice sessions do not count.",
    ),
    t(
        "report.filter",
        "Filter: vrije tekst en woorden als groep:, sinds:, tot:, thema:, knelpunt:.",
        "Filter: free text and tokens such as group:, since:, until:, theme:, knelpunt:.",
    ),
    t(
        "report.format",
        "Uitvoer: md (een Markdown-document) of csv (een rij per signaal en per gedane actie); standaard uit de extensie van -o, anders md.",
        "Output format: md (a Markdown document) or csv (a row per signal and per action done); default from the -o file's extension, else md.",
    ),
    t(
        "report.excel_nl",
        "Met --format csv: voor Nederlandse Excel (puntkomma's, UTF-8 met BOM, Nederlandse kop).",
        "With --format csv: for Dutch Excel (semicolons, UTF-8 with BOM, Dutch header).",
    ),
    t(
        "report.output",
        "Schrijf naar dit bestand (in één keer, een bestaand bestand wordt vervangen) in plaats van naar standaarduitvoer.",
        "Write to this file (atomically; an existing file is replaced) instead of standard output.",
    ),
];
