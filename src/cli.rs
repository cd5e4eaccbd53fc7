//! The command line: parsing (clap) and the headless commands.
//!
//! Exit codes: 0 fine, 1 a problem in the user's files or data, 2 wrong usage.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

use crate::i18n::{Lang, fill};
use crate::library::{Library, Severity, path_sources};
use crate::table::Table;

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
    /// Hide facilitator notes (presenting on a projector); `v` toggles it in the app.
    #[arg(long, global = true)]
    pub present: bool,
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
    },
    /// Continue an unfinished session (default: the most recent one).
    Resume {
        /// The session id, or the start of it.
        session: Option<String>,
    },
    /// Look back: the sessions, tellen en vertellen, the knelpunten register (reads every --data-dir).
    Review,
    /// List cases, theme sets, methods or sessions.
    List {
        /// What to list.
        what: ListWhat,
        /// Output format.
        #[arg(long, value_enum, default_value_t = ListFormat::Table)]
        format: ListFormat,
        /// Filter (sessions only): free text and tokens such as theme:, group:, since:.
        #[arg(value_name = "FILTER")]
        filter: Vec<String>,
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
    Stats(crate::review::commands::StatsArgs),
    /// Find decisions and reflections that contain every word.
    Search(crate::review::commands::SearchArgs),
    /// Export a session or a filtered set as Markdown or CSV.
    Export(crate::review::commands::ExportArgs),
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
}

/// Output format of `list`.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum ListFormat {
    /// A readable table.
    Table,
    /// JSON for scripts.
    Json,
}

/// Everything a command needs from the environment, resolved once.
pub struct Context {
    /// Interface language.
    pub lang: Lang,
    /// The loaded library.
    pub library: Library,
    /// Extra library folders (for `check`).
    pub library_dirs: Vec<PathBuf>,
}

impl Context {
    /// Resolves language, folders and the library from flags and environment.
    pub fn from_cli(cli: &Cli) -> Context {
        let lang = match cli.lang {
            Some(LangArg::Nl) => Lang::Nl,
            Some(LangArg::En) => Lang::En,
            None => Lang::from_env(),
        };
        let library_dirs = paths_or_env(&cli.library, "CASUS_LIBRARY");
        let config = crate::dirs::config_dir();
        let library = Library::load(config.as_deref(), &library_dirs);
        Context {
            lang,
            library,
            library_dirs,
        }
    }
}

/// The flag's values, else the environment variable split on the platform's path separator.
pub fn paths_or_env(flag: &[PathBuf], var: &str) -> Vec<PathBuf> {
    if !flag.is_empty() {
        return flag.to_vec();
    }
    std::env::var_os(var)
        .map(|v| {
            std::env::split_paths(&v)
                .filter(|p| !p.as_os_str().is_empty())
                .collect()
        })
        .unwrap_or_default()
}

/// Runs the parsed command line.
pub fn run(cli: Cli) -> ExitCode {
    use std::io::IsTerminal;
    let Some(command) = &cli.command else {
        if std::io::stdout().is_terminal() && std::io::stdin().is_terminal() {
            return tui(&cli, crate::tui::Start::Home);
        }
        let mut cmd = <Cli as clap::CommandFactory>::command();
        let _ = cmd.print_help();
        return ExitCode::SUCCESS;
    };
    let ctx = Context::from_cli(&cli);
    match command {
        Command::New {
            case,
            method,
            themes,
            group,
        } => {
            let lib = &ctx.library;
            let unknown = case
                .as_ref()
                .filter(|id| lib.case(id).is_none())
                .map(|id| format!("unknown case {id:?}; see `casus list cases`"))
                .or_else(|| {
                    method
                        .as_ref()
                        .filter(|id| lib.method(id).is_none())
                        .map(|id| format!("unknown method {id:?}; see `casus list methods`"))
                })
                .or_else(|| {
                    themes
                        .iter()
                        .flatten()
                        .find(|id| lib.theme_set(id).is_none())
                        .map(|id| format!("unknown theme set {id:?}; see `casus list themes`"))
                });
            if let Some(problem) = unknown {
                eprintln!("casus: {problem}");
                return ExitCode::from(2);
            }
            let preset = crate::tui::screens::setup::Preset {
                case: case.clone(),
                method: method.clone(),
                themes: themes.clone(),
                group: group.clone(),
            };
            tui(&cli, crate::tui::Start::New(preset))
        }
        Command::Resume { session } => tui(&cli, crate::tui::Start::Resume(session.clone())),
        Command::Review => tui(&cli, crate::tui::Start::Review),
        Command::List {
            what: ListWhat::Sessions,
            format,
            filter,
        } => crate::review::commands::list_sessions(
            &cli.data_dir,
            ctx.lang,
            filter,
            matches!(format, ListFormat::Json),
        ),
        Command::List { filter, .. } if !filter.is_empty() => {
            eprintln!("{}", ctx.lang.review().list_filter_only_sessions);
            ExitCode::from(2)
        }
        Command::List { what, format, .. } => list(&ctx, *what, *format),
        Command::Check { paths, strict } => check(&ctx, paths, *strict),
        Command::Stats(args) => crate::review::commands::stats(&cli.data_dir, ctx.lang, args),
        Command::Search(args) => crate::review::commands::search(&cli.data_dir, ctx.lang, args),
        Command::Export(args) => crate::review::commands::export(&cli.data_dir, ctx.lang, args),
    }
}

/// The folder new sessions are written to: the first `--data-dir`, else `CASUS_DATA_DIR`, else the platform's.
pub fn primary_data_dir(cli: &Cli) -> Option<PathBuf> {
    paths_or_env(&cli.data_dir, "CASUS_DATA_DIR")
        .into_iter()
        .next()
        .or_else(crate::dirs::data_dir)
}

fn tui(cli: &Cli, start: crate::tui::Start) -> ExitCode {
    let ctx = Context::from_cli(cli);
    let Some(data_dir) = primary_data_dir(cli) else {
        eprintln!("casus: no data folder could be found; pass --data-dir DIR");
        return ExitCode::from(2);
    };
    let options = crate::tui::Options {
        lang: ctx.lang,
        library: ctx.library,
        data_dir,
        present: cli.present,
        start,
        review_dirs: crate::review::load::data_dirs(&cli.data_dir),
    };
    match crate::tui::run(options) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("casus: {e}");
            ExitCode::from(1)
        }
    }
}

fn list(ctx: &Context, what: ListWhat, format: ListFormat) -> ExitCode {
    let s = ctx.lang.strings();
    let lib = &ctx.library;
    let (headers, rows, json): (Vec<&str>, Vec<Vec<String>>, serde_json::Value) = match what {
        ListWhat::Cases => (
            vec![s.col_id, s.col_title, s.col_steps, s.col_source],
            lib.cases
                .iter()
                .map(|e| vec![e.item.id.clone(), e.item.title.clone(), e.item.steps.len().to_string(), e.path.clone()])
                .collect(),
            serde_json::json!(lib.cases.iter().map(|e| serde_json::json!({
                "id": e.item.id, "title": e.item.title, "summary": e.item.summary,
                "steps": e.item.steps.len(), "tags": e.item.tags, "path": e.path,
            })).collect::<Vec<_>>()),
        ),
        ListWhat::Themes => (
            vec![s.col_id, s.col_title, s.col_themes, s.col_source],
            lib.theme_sets
                .iter()
                .map(|e| vec![e.item.id.clone(), e.item.title.clone(), e.item.themes.len().to_string(), e.path.clone()])
                .collect(),
            serde_json::json!(lib.theme_sets.iter().map(|e| serde_json::json!({
                "id": e.item.id, "title": e.item.title, "themes": e.item.themes.len(),
                "theme_ids": e.item.themes.iter().map(|t| t.id.as_str()).collect::<Vec<_>>(), "path": e.path,
            })).collect::<Vec<_>>()),
        ),
        ListWhat::Methods => (
            vec![s.col_id, s.col_title, s.col_phases, s.col_minutes, s.col_source],
            lib.methods
                .iter()
                .map(|e| {
                    let minutes: u32 = e.item.phases.iter().map(|p| p.minutes).sum();
                    vec![e.item.id.clone(), e.item.title.clone(), e.item.phases.len().to_string(), minutes.to_string(), e.path.clone()]
                })
                .collect(),
            serde_json::json!(lib.methods.iter().map(|e| serde_json::json!({
                "id": e.item.id, "title": e.item.title, "phases": e.item.phases.len(),
                "minutes": e.item.phases.iter().map(|p| p.minutes).sum::<u32>(), "path": e.path,
            })).collect::<Vec<_>>()),
        ),
        ListWhat::Sessions => unreachable!("run routes list sessions to review::commands"),
    };
    let out = match format {
        ListFormat::Table => {
            let mut table = Table::new(headers);
            for row in rows {
                table.row(row);
            }
            table.to_string()
        }
        ListFormat::Json => format!("{json:#}\n"),
    };
    print_stdout(&out)
}

fn check(ctx: &Context, paths: &[PathBuf], strict: bool) -> ExitCode {
    let s = ctx.lang.strings();
    let (diagnostics, files) = if paths.is_empty() {
        let files =
            ctx.library.cases.len() + ctx.library.theme_sets.len() + ctx.library.methods.len();
        (ctx.library.diagnostics.clone(), files)
    } else {
        let (checked, mut problems) = path_sources(paths);
        if checked.is_empty() && problems.is_empty() {
            eprintln!("{}", s.check_nothing);
            return ExitCode::from(1);
        }
        let mut sources = crate::library::builtin_sources();
        let config = crate::dirs::config_dir();
        // A checked file that also lives in a library folder is loaded once, as checked.
        let same_file = |path: &str| {
            let real = std::fs::canonicalize(path).ok();
            real.is_some()
                && checked
                    .iter()
                    .any(|f| std::fs::canonicalize(&f.path).ok() == real)
        };
        for dir in config.iter().chain(ctx.library_dirs.iter()) {
            let (found, _) = crate::library::folder_sources(dir, crate::library::Origin::Config);
            sources.extend(found.into_iter().filter(|f| !same_file(&f.path)));
        }
        sources.extend(checked.iter().cloned());
        let lib = Library::from_sources(&sources);
        let count = checked.len() + problems.len();
        problems.extend(
            lib.diagnostics
                .into_iter()
                .filter(|d| checked.iter().any(|f| f.path == d.path)),
        );
        (problems, count)
    };
    let errors = diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .count();
    let warnings = diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Warning)
        .count();
    let mut out = String::new();
    for d in &diagnostics {
        out.push_str(&format!("{d}\n"));
    }
    if errors + warnings == 0 {
        out.push_str(&fill(s.check_clean, &[&files]));
    } else {
        out.push_str(&fill(s.check_summary, &[&errors, &warnings, &files]));
    }
    out.push('\n');
    let code = print_stdout(&out);
    if errors > 0 || (strict && warnings > 0) {
        ExitCode::from(1)
    } else {
        code
    }
}

fn print_stdout(text: &str) -> ExitCode {
    let mut stdout = std::io::stdout().lock();
    // A closed pipe (`casus list cases | head`) is not an error worth a message.
    let _ = stdout.write_all(text.as_bytes());
    let _ = stdout.flush();
    ExitCode::SUCCESS
}
