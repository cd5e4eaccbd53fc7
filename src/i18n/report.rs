//! The words of the signalenrapportage (`casus report`, `export/report/`):
//! its headings, field labels and the codebook's and analysis exports'
//! messages. Reached as [`super::ReviewStrings::report`]; the placeholder test
//! sees these fields as `report.NAME`.

/// Report words, in one language.
#[derive(Debug)]
pub struct ReportStrings {
    /// The report's title.
    pub title: &'static str,
    /// What the report is for, under the title.
    pub intro: &'static str,
    /// Label of the filter line.
    pub filter: &'static str,
    /// The totals: {} sessions, {} signals, {} actions done.
    pub totals: &'static str,
    /// Practice sessions left out: {} how many.
    pub practice_left_out: &'static str,
    /// Nothing to report.
    pub empty: &'static str,
    /// The heading of a period: {} the quarter (`2026-Q1`).
    pub period: &'static str,
    /// The owner heading when no owner was named.
    pub no_owner: &'static str,
    /// Label: the level.
    pub level: &'static str,
    /// Label: the themes.
    pub themes: &'static str,
    /// Label: the status.
    pub status: &'static str,
    /// Label: the date an answer is expected by.
    pub due: &'static str,
    /// Label: the sessions that raised it.
    pub raised_in: &'static str,
    /// {} signals (linked knelpunten count once).
    pub n_signals: super::Plural,
    /// {} actions.
    pub n_actions: super::Plural,
    /// Label: the status history.
    pub history: &'static str,
    /// Label: the answers received.
    pub answers: &'static str,
    /// Label: the stories behind it.
    pub stories: &'static str,
    /// A story's decision: {} the step's title.
    pub story_decision: &'static str,
    /// A story's reflection: {} the step's title.
    pub story_reflection: &'static str,
    /// Heading: the actions done in the period.
    pub actions_done: &'static str,
    /// An action done: {} the date it was done.
    pub done_on: &'static str,
    /// Open since the session: the first history line.
    pub named: &'static str,
    /// `--excel-nl` without CSV (report).
    pub excel_needs_csv: &'static str,
    /// `--codebook` with a format other than csv or qdc.
    pub codebook_format: &'static str,
    /// `--codebook` with sessions or a filter.
    pub codebook_no_args: &'static str,
    /// `--format qdc` without `--codebook`.
    pub qdc_needs_codebook: &'static str,
    /// A theme set file: theme {} replaces {}, an id the set still has.
    pub replaces_live: &'static str,
    /// A theme set file: {} is replaced by more than one theme.
    pub replaces_twice: &'static str,
    /// The report's file in the exports folder, from the register (`e`): {} a time stamp.
    pub export_file: &'static str,
}

/// Dutch.
pub static NL: ReportStrings = ReportStrings {
    title: "Signalenrapportage",
    intro: "Knelpunten die in casusbesprekingen zijn gesignaleerd, per kwartaal en per eigenaar, met wat ermee is gebeurd: voor de verbetercyclus van het Kwaliteitskompas (bouwsteen 6).",
    filter: "Filter",
    totals: "{} · {} · {} gedaan",
    practice_left_out: "Oefensessies tellen niet mee ({} weggelaten).",
    empty: "Er is niets te melden voor dit filter.",
    period: "Kwartaal {}",
    no_owner: "Zonder eigenaar",
    level: "Niveau",
    themes: "Thema's",
    status: "Status",
    due: "Antwoord verwacht voor",
    raised_in: "Gesignaleerd in",
    n_signals: super::Plural {
        one: "{} signaal",
        other: "{} signalen",
    },
    n_actions: super::Plural {
        one: "{} actie",
        other: "{} acties",
    },
    history: "Verloop",
    answers: "Antwoord",
    stories: "Het verhaal erachter",
    story_decision: "Besluit bij {}",
    story_reflection: "Reflectie bij {}",
    actions_done: "Gedane acties",
    done_on: "gedaan op {}",
    named: "gesignaleerd",
    excel_needs_csv: "--excel-nl hoort bij --format csv.",
    codebook_format: "--codebook schrijft csv of qdc; kies --format csv of --format qdc.",
    codebook_no_args: "--codebook schrijft de geladen themasets en neemt geen sessie of filter.",
    qdc_needs_codebook: "--format qdc hoort bij --codebook.",
    replaces_live: "thema {} vervangt {}, maar die id staat nog in de set; een tag met een levende id telt niet onder een ander thema",
    replaces_twice: "{} wordt door meer dan één thema vervangen; het mag er één zijn",
    export_file: "signalenrapportage-{}.md",
};

/// English.
pub static EN: ReportStrings = ReportStrings {
    title: "Signals report",
    intro: "System bottlenecks (knelpunten) found in case discussions, per quarter and per owner, with what became of them: for the Kwaliteitskompas improvement cycle (block 6).",
    filter: "Filter",
    totals: "{} · {} · {} done",
    practice_left_out: "Practice sessions do not count ({} left out).",
    empty: "Nothing to report for this filter.",
    period: "Quarter {}",
    no_owner: "No owner",
    level: "Level",
    themes: "Themes",
    status: "Status",
    due: "Answer expected by",
    raised_in: "Named in",
    n_signals: super::Plural {
        one: "{} signal",
        other: "{} signals",
    },
    n_actions: super::Plural {
        one: "{} action",
        other: "{} actions",
    },
    history: "History",
    answers: "Answer",
    stories: "The story behind it",
    story_decision: "Decision at {}",
    story_reflection: "Reflection at {}",
    actions_done: "Actions done",
    done_on: "done on {}",
    named: "named",
    excel_needs_csv: "--excel-nl goes with --format csv.",
    codebook_format: "--codebook writes csv or qdc; choose --format csv or --format qdc.",
    codebook_no_args: "--codebook writes the loaded theme sets and takes no session or filter.",
    qdc_needs_codebook: "--format qdc goes with --codebook.",
    replaces_live: "theme {} replaces {}, but that id is still in the set; a tag with a live id cannot count under another theme",
    replaces_twice: "{} is replaced by more than one theme; only one may replace it",
    export_file: "signals-report-{}.md",
};
