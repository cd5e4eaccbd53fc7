//! The `casus` binary: parse the command line and hand over to the library crate.

use clap::Parser;

fn main() -> std::process::ExitCode {
    casus::cli::run(casus::cli::Cli::parse())
}
