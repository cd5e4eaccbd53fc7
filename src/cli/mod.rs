//! The command line: parsing (`args.rs`), and every command's front end:
//! reading what it needs, printing, and choosing the exit code. The numbers
//! and texts come from the domain ([`crate::review`], [`crate::export`],
//! [`crate::library`]), which never prints.
//!
//! Exit codes: 0 fine; 1 a problem in the user's files or data (a session
//! asked for is missing, an export cannot be written, a library file has
//! errors, a session file that could not be read or shares its id with
//! another); 2 wrong usage (a bad filter token, an ambiguous id). Session
//! files that cannot be read are listed on stderr as `path:line:col`, and
//! everything else is still printed before the command exits with 1.
//!
//! In files: `args.rs` the clap types; `start.rs` the commands that open the
//! terminal app (none, `new`, `resume`, `review`); `list.rs`, `check.rs`,
//! `stats.rs`, `search.rs`, `export.rs`, `report.rs` one command each; `read.rs` reading
//! session folders and filters for them; `parse.rs` parsing in the
//! interface language (argument errors as one `casus:` sentence, exit 2),
//! `help.rs` the help texts of both languages, `completions.rs` the
//! `completions` and `man` commands.

mod args;
mod check;
mod check_settings;
mod completions;
mod export;
mod help;
mod help_more;
mod help_report;
mod list;
mod list_followup;
mod parse;
mod progress;
mod read;
mod report;
mod search;
mod start;
mod stats;

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use jiff::tz::TimeZone;

use crate::i18n::Lang;
use crate::library::Library;
use crate::safe_text;

pub use args::{
    Cli, Command, ExportArgs, ExportFormat, LangArg, ListFormat, ListWhat, PaletteArg, SearchArgs,
    StatsArgs, StatsFormat,
};
pub use help::command;
pub use parse::{lang_of_args, parse};

/// Everything a command needs from the environment, resolved once.
pub struct Context {
    /// Interface language.
    pub lang: Lang,
    /// The loaded library.
    pub library: Library,
    /// Extra library folders (for `check`).
    pub library_dirs: Vec<PathBuf>,
    /// The config folder's `keys.ron` and `colors.ron`, read once.
    pub config: crate::config::Config,
}

/// The interface language: `--lang`, else the locale, else Dutch.
fn lang_of(cli: &Cli) -> Lang {
    match cli.lang {
        Some(LangArg::Nl) => Lang::Nl,
        Some(LangArg::En) => Lang::En,
        None => Lang::from_env(),
    }
}

impl Context {
    /// Resolves language, folders and the library from flags and environment.
    pub fn from_cli(cli: &Cli) -> Context {
        let lang = lang_of(cli);
        // The store's own messages (a refused write, a skipped file) follow too.
        crate::i18n::set_process_lang(lang);
        let library_dirs = crate::dirs::library_dirs(&cli.library);
        let config = crate::dirs::config_dir();
        let library = Library::load(config.as_deref(), &library_dirs);
        Context {
            lang,
            library,
            library_dirs,
            config: crate::config::Config::load(config.as_deref(), lang),
        }
    }
}

/// Runs the parsed command line.
pub fn run(cli: Cli) -> ExitCode {
    use std::io::IsTerminal;
    // The wall clock's zone, asked once: the domain and the TUI take it as a parameter.
    let tz = TimeZone::system();
    let Some(command) = &cli.command else {
        if std::io::stdout().is_terminal() && std::io::stdin().is_terminal() {
            return start::tui(&cli, Context::from_cli(&cli), crate::tui::Start::Home, tz);
        }
        let lang = lang_of(&cli);
        let text = help::command(lang).render_help().to_string();
        return print(&help::tidy(&text, lang));
    };
    let ctx = Context::from_cli(&cli);
    let dirs = &cli.data_dir;
    match command {
        Command::New {
            case,
            method,
            themes,
            group,
            own_case,
            title,
            practice,
        } => {
            let preset = crate::tui::screens::setup::Preset {
                case: case.clone(),
                method: method.clone(),
                themes: themes.clone(),
                group: group.clone(),
                own_case: *own_case,
                title: title.clone(),
                practice: *practice,
            };
            start::new(&cli, ctx, preset, tz)
        }
        Command::Resume { session } => {
            start::tui(&cli, ctx, crate::tui::Start::Resume(session.clone()), tz)
        }
        Command::Review => start::tui(&cli, ctx, crate::tui::Start::Review, tz),
        Command::List {
            what: what @ (ListWhat::Bottlenecks | ListWhat::Actions),
            format,
            filter,
            excel_nl,
        } => {
            let kind = match what {
                ListWhat::Actions => list_followup::Kind::Actions,
                _ => list_followup::Kind::Bottlenecks,
            };
            list_followup::list(dirs, ctx.lang, &tz, kind, filter, *format, *excel_nl)
        }
        Command::List {
            format: ListFormat::Csv,
            ..
        }
        | Command::List { excel_nl: true, .. } => usage(ctx.lang.review().register.list_csv_only),
        Command::List {
            what: ListWhat::Sessions,
            format,
            filter,
            ..
        } => list::sessions(
            dirs,
            ctx.lang,
            &tz,
            filter,
            matches!(format, ListFormat::Json),
        ),
        Command::List { filter, .. } if !filter.is_empty() => {
            usage(ctx.lang.review().list_filter_only_sessions)
        }
        Command::List { what, format, .. } => list::library(&ctx, *what, *format),
        Command::Check { paths, strict } => check::check(&ctx, paths, *strict),
        Command::Stats(args) => stats::stats(dirs, ctx.lang, &tz, args),
        Command::Search(args) => search::search(dirs, ctx.lang, &tz, args),
        Command::Export(args) if args.codebook => export::codebook(&ctx, args),
        Command::Export(args) => export::export(dirs, ctx.lang, &tz, args),
        Command::Report(args) => report::report(dirs, ctx.lang, &tz, args),
        Command::Completions { shell } => completions::completions(ctx.lang, *shell),
        Command::Man => completions::man(ctx.lang),
    }
}

/// A usage error: the message on stderr, exit code 2. Like every error
/// sentence it starts with `casus:` (added where the string lacks it).
fn usage(message: &str) -> ExitCode {
    warn(&error_sentence(message));
    ExitCode::from(2)
}

/// `message` starting with `casus: `.
fn error_sentence(message: &str) -> std::borrow::Cow<'_, str> {
    if message.starts_with("casus:") {
        message.into()
    } else {
        format!("casus: {message}").into()
    }
}

/// One message on stderr. Messages carry file names, ids and titles from
/// files, so control characters are dropped: an escape sequence in a group
/// name must not retitle or clear the user's terminal.
pub(crate) fn warn(message: &str) {
    eprintln!("{}", safe_text::terminal(message));
}

/// Prints to stdout, without control characters (see [`warn`]); a closed
/// pipe (`casus stats | head`) is not an error worth a message.
fn print(text: &str) -> ExitCode {
    let mut stdout = std::io::stdout().lock();
    let _ = stdout.write_all(safe_text::terminal(text).as_bytes());
    let _ = stdout.flush();
    ExitCode::SUCCESS
}
