//! The command-line arguments of the review commands (clap), kept here so
//! `cli.rs` only names them.

use std::path::PathBuf;

use clap::{Args, ValueEnum};

/// `casus stats`: count themes over the filtered sessions.
#[derive(Debug, Clone, Args)]
pub struct StatsArgs {
    /// Filter: free text and tokens such as theme:, case:, group:, since:, until:, status:.
    #[arg(value_name = "FILTER")]
    pub filter: Vec<String>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = StatsFormat::Table)]
    pub format: StatsFormat,
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
}

/// Export formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    /// A Markdown report.
    Md,
    /// CSV, one row per decision point.
    Csv,
}
