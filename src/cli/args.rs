//! Every command-line argument (clap): the [`Cli`] itself, its subcommands
//! and their options. Nothing here reads files or prints. The doc comments
//! are developer docs: what `--help` says, in Dutch and English, is set from
//! the table in `help.rs` (a test there checks every argument has a row).

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

/// casus: leren van casuïstiek. Walk a team through an anonymised case, decision point by decision point.
#[derive(Debug, Parser)]
#[command(name = "casus", version, about, long_about = None)]
pub struct Cli {
    /// Folder with sessions (repeatable for review, stats and search). Env: CASUS_DATA_DIR.
    #[arg(long = "data-dir", global = true, value_name = "DIR")]
    pub data_dir: Vec<PathBuf>,
    /// Extra folder with cases/, themes/ and methods/ (repeatable). Env: CASUS_LIBRARY.
    #[arg(long, global = true, value_name = "DIR")]
    pub library: Vec<PathBuf>,
    /// Interface language (default from LC_ALL/LANG, else nl).
    #[arg(long, global = true, value_enum)]
    pub lang: Option<LangArg>,
    /// Presenting on a projector: no facilitator notes, no key hints; `v` toggles it in the app.
    #[arg(long, global = true)]
    pub present: bool,
    /// Colours: dark (default), light (light terminals) or high-contrast (a projector);
    /// Dutch names too. Wins over the config folder's colors.ron; NO_COLOR wins over both.
    #[arg(long, global = true, value_enum, value_name = "PALETTE")]
    pub palette: Option<PaletteArg>,
    /// What to do; without a command casus opens its home screen (or prints this help when not in a terminal).
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// `--lang` values.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum LangArg {
    /// Nederlands.
    Nl,
    /// English.
    En,
}

/// `--palette` values, in English or Dutch.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum PaletteArg {
    /// For dark terminals.
    #[value(alias = "donker")]
    Dark,
    /// For light terminals.
    #[value(alias = "licht")]
    Light,
    /// For a projector.
    #[value(alias = "hoog-contrast")]
    HighContrast,
}

impl PaletteArg {
    /// The palette it names.
    pub fn palette(self) -> crate::config::PaletteName {
        match self {
            PaletteArg::Dark => crate::config::PaletteName::Dark,
            PaletteArg::Light => crate::config::PaletteName::Light,
            PaletteArg::HighContrast => crate::config::PaletteName::HighContrast,
        }
    }
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Start a new session; what is given here is not asked.
    New {
        /// The case id.
        #[arg(long)]
        case: Option<String>,
        /// The method id (default: casusbespreking).
        #[arg(long)]
        method: Option<String>,
        /// Theme set ids, comma-separated.
        #[arg(long, value_delimiter = ',')]
        themes: Option<Vec<String>>,
        /// The group's name.
        #[arg(long)]
        group: Option<String>,
        /// Bring your own case (eigen inbreng) instead of a prepared one.
        #[arg(long = "own-case", conflicts_with = "case")]
        own_case: bool,
        /// The own case's title.
        #[arg(long, requires = "own_case")]
        title: Option<String>,
        /// A practice session: no terugblik, left out of the register and counts.
        #[arg(long)]
        practice: bool,
    },
    /// Continue an unfinished session (default: the most recent one).
    Resume {
        /// The session id, the start of it, or the path of a session file
        /// (to choose one of the files of a sync conflict).
        session: Option<String>,
    },
    /// Look back: the sessions, counting and telling, the knelpunten register (reads every --data-dir).
    Review,
    /// List cases, theme sets, methods, sessions, bottlenecks or actions.
    List {
        /// What to list.
        what: ListWhat,
        /// Output format.
        #[arg(long, value_enum, default_value_t = ListFormat::Table)]
        format: ListFormat,
        /// Filter (sessions, bottlenecks, actions): free text and tokens.
        #[arg(value_name = "FILTER")]
        filter: Vec<String>,
        /// With --format csv: for Dutch Excel (semicolons, UTF-8 with BOM, Dutch header).
        #[arg(long = "excel-nl")]
        excel_nl: bool,
    },
    /// Validate case, theme-set and method files (default: the whole loaded library).
    Check {
        /// Files or folders to check.
        paths: Vec<PathBuf>,
        /// Fail on warnings too.
        #[arg(long)]
        strict: bool,
    },
    /// Count themes over sessions (tellen), per theme set and per quarter.
    Stats(StatsArgs),
    /// Find decisions and reflections that contain every word.
    Search(SearchArgs),
    /// Export a session or a filtered set as Markdown or CSV.
    Export(ExportArgs),
    /// The signalenrapportage: knelpunten per quarter and owner, for the municipality.
    Report(ReportArgs),
    /// Print a shell completion script to standard output.
    Completions {
        /// The shell to complete in.
        shell: clap_complete::Shell,
    },
    /// Print the man page (roff) to standard output.
    Man,
}

/// What `list` lists.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum ListWhat {
    /// The cases.
    Cases,
    /// The theme sets.
    Themes,
    /// The methods.
    Methods,
    /// The sessions in the data folders, newest first.
    Sessions,
    /// The knelpunten of the sessions (the register).
    #[value(alias = "knelpunten")]
    Bottlenecks,
    /// The actions of the sessions.
    #[value(alias = "acties")]
    Actions,
}

/// Output format of `list`.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum ListFormat {
    /// A readable table.
    Table,
    /// CSV (bottlenecks and actions).
    Csv,
    /// JSON for scripts.
    Json,
}

/// `casus stats`: count themes over the filtered sessions.
#[derive(Debug, Clone, Args)]
pub struct StatsArgs {
    /// Filter: free text and tokens such as theme:, case:, group:, since:, until:, status:.
    #[arg(value_name = "FILTER")]
    pub filter: Vec<String>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = StatsFormat::Table)]
    pub format: StatsFormat,
    /// With --format csv: for Dutch Excel (semicolons, UTF-8 with BOM, Dutch header).
    #[arg(long = "excel-nl")]
    pub excel_nl: bool,
    /// Count the scores per indicator (QSR style) instead of the themes.
    #[arg(long)]
    pub scores: bool,
}

/// Output format of `stats`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum StatsFormat {
    /// Readable tables, one per theme set, with a column per quarter.
    Table,
    /// One row per theme with a column per quarter.
    Csv,
    /// Everything, for scripts.
    Json,
}

/// `casus search`: decisions and reflections containing every word.
#[derive(Debug, Clone, Args)]
pub struct SearchArgs {
    /// What to look for (quote several words).
    pub query: String,
    /// Filter on the sessions searched.
    #[arg(value_name = "FILTER")]
    pub filter: Vec<String>,
}

/// `casus export`: one session, or a filtered set with `--all`.
#[derive(Debug, Clone, Args)]
pub struct ExportArgs {
    /// A session (id, unique start of an id, or a .ron file); with --all: the filter.
    #[arg(value_name = "SESSION|FILTER")]
    pub args: Vec<String>,
    /// Export every session that passes the filter.
    #[arg(long)]
    pub all: bool,
    /// Output format (default: from the -o file's extension, else md).
    #[arg(long, value_enum)]
    pub format: Option<ExportFormat>,
    /// CSV for Dutch Excel: semicolons, UTF-8 with BOM.
    #[arg(long = "excel-nl")]
    pub excel_nl: bool,
    /// Write to this file (atomically) instead of standard output.
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// With --format case: keep the facilitator's notes in the case file.
    #[arg(long = "with-notes")]
    pub with_notes: bool,
    /// Write the loaded theme sets as a code book (--format csv or qdc) instead of sessions.
    #[arg(long)]
    pub codebook: bool,
}

/// Export formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    /// A Markdown report.
    Md,
    /// CSV, one row per item (decision, theme, reflection, knelpunt, note, lesson, action).
    Csv,
    /// The session's own case as a case file (default into the config folder's cases/).
    Case,
    /// Long CSV for BI tools: a row per session × decision point × theme and per knelpunt × theme.
    LongCsv,
    /// Theme × quarter × group: a row per theme and group, a column per quarter.
    MatrixCsv,
    /// With --codebook: a REFI-QDA code book (.qdc).
    Qdc,
}

/// `casus report`: the signalenrapportage of the filtered sessions.
#[derive(Debug, Clone, Args)]
pub struct ReportArgs {
    /// Filter: free text and tokens such as group:, since:, knelpunt:.
    #[arg(value_name = "FILTER")]
    pub filter: Vec<String>,
    /// Output format (default: from the -o file's extension, else md).
    #[arg(long, value_enum)]
    pub format: Option<ReportFormatArg>,
    /// With --format csv: for Dutch Excel (semicolons, UTF-8 with BOM, Dutch header).
    #[arg(long = "excel-nl")]
    pub excel_nl: bool,
    /// Write to this file (atomically) instead of standard output.
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    pub output: Option<PathBuf>,
}

/// Report formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ReportFormatArg {
    /// A Markdown document.
    Md,
    /// A row per signal and per action done.
    Csv,
}
