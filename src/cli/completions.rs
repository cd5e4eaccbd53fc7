//! `casus completions SHELL` and `casus man`: generated from the same clap
//! command that parses ([`super::help::command`]), so they never drift from
//! the flags, with the help texts in the interface language.

use std::io::Write;
use std::process::ExitCode;

use clap_complete::Shell;

use super::help;
use crate::i18n::Lang;

/// Prints the completion script for `shell` to stdout.
pub fn completions(lang: Lang, shell: Shell) -> ExitCode {
    let mut cmd = help::command(lang);
    let mut out = Vec::new();
    clap_complete::generate(shell, &mut cmd, "casus", &mut out);
    write(&out)
}

/// Prints the man page (roff) to stdout, its section names in `lang`.
pub fn man(lang: Lang) -> ExitCode {
    let mut out = Vec::new();
    if clap_mangen::Man::new(help::command(lang))
        .render(&mut out)
        .is_err()
    {
        return ExitCode::FAILURE;
    }
    let roff = String::from_utf8_lossy(&out);
    write(sections(&roff, lang).as_bytes())
}

/// clap_mangen writes its section names in English; in Dutch they are renamed.
fn sections(roff: &str, lang: Lang) -> String {
    const NL: [(&str, &str); 7] = [
        ("NAME", "NAAM"),
        ("SYNOPSIS", "OVERZICHT"),
        ("DESCRIPTION", "BESCHRIJVING"),
        ("OPTIONS", "OPTIES"),
        ("SUBCOMMANDS", "OPDRACHTEN"),
        ("EXTRA", "VOORBEELDEN"),
        ("VERSION", "VERSIE"),
    ];
    let mut out = String::with_capacity(roff.len());
    for line in roff.lines() {
        let renamed = line.strip_prefix(".SH ").and_then(|name| {
            let name = name.trim_matches('"');
            match lang {
                Lang::Nl => NL.iter().find(|(en, _)| *en == name).map(|(_, nl)| *nl),
                Lang::En => (name == "EXTRA").then_some("EXAMPLES"),
            }
        });
        match renamed {
            Some(name) => out.push_str(&format!(".SH {name}")),
            None => out.push_str(line),
        }
        out.push('\n');
    }
    out
}

/// Writes generated text to stdout as it is (a closed pipe is no error).
fn write(bytes: &[u8]) -> ExitCode {
    let mut stdout = std::io::stdout().lock();
    let _ = stdout.write_all(bytes);
    let _ = stdout.flush();
    ExitCode::SUCCESS
}
