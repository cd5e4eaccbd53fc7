//! The `casus` binary: parse the command line in the interface language and
//! hand over to the library crate.

fn main() -> std::process::ExitCode {
    match casus::cli::parse(std::env::args_os().collect()) {
        Ok(cli) => casus::cli::run(cli),
        Err(code) => code,
    }
}
