//! Reading the session folders for a command: the filter from its words,
//! the folders through the index or whole, and what could not be read on
//! stderr (`path:line:col`). A file that could not be read makes the exit
//! code 1, after everything else is printed ([`or_problem`]).

use std::path::PathBuf;
use std::process::ExitCode;

use crate::i18n::Lang;
use crate::review::index::{Cache, Scan};
use crate::review::{Filter, Loaded, load_folders};

use super::usage;

/// Parses the filter words; a bad filter is a usage error (2).
pub(super) fn filter(lang: Lang, words: &[String]) -> Result<Filter, ExitCode> {
    Filter::parse(&join_args(words)).map_err(|e| usage(&e.message(lang)))
}

/// Reads the folders and parses the filter; a bad filter is a usage error (2).
pub(super) fn load_filtered(
    dirs: &[PathBuf],
    lang: Lang,
    words: &[String],
) -> Result<(Loaded, Filter), ExitCode> {
    let filter = filter(lang, words)?;
    Ok((load_reported(dirs, lang), filter))
}

/// Reads the folders through their summary index ([`crate::review::index`]),
/// with a bar on stderr while many files are parsed ([`super::progress`]),
/// and parses the filter; a bad filter is a usage error (2), found before any reading.
pub(super) fn scan_filtered(
    dirs: &[PathBuf],
    lang: Lang,
    words: &[String],
) -> Result<(Scan, Filter), ExitCode> {
    let filter = filter(lang, words)?;
    let mut bar = super::progress::Bar::stderr(lang);
    let dirs = crate::dirs::data_dirs(dirs);
    let scan = Scan::open_with_progress(&dirs, lang, &Cache::from_env(), |done, total| {
        bar.update(done, total)
    });
    Ok((scan, filter))
}

/// Lists unreadable files and notes on stderr, as [`load_reported`] does;
/// true when a file could not be read.
pub(super) fn report(scan: &Scan) -> bool {
    for problem in &scan.problems {
        super::warn(&problem.to_string());
    }
    for note in &scan.notes {
        super::warn(note);
    }
    !scan.problems.is_empty()
}

/// The command's own exit code, or 1 when a file could not be read (DESIGN:
/// a problem in the user's files is 1, and the rest is still printed).
pub(super) fn or_problem(code: ExitCode, problem: bool) -> ExitCode {
    if problem { ExitCode::from(1) } else { code }
}

/// Reads the folders, listing unreadable files and notes on stderr.
pub(super) fn load_reported(dirs: &[PathBuf], lang: Lang) -> Loaded {
    let loaded = load_folders(&crate::dirs::data_dirs(dirs), lang);
    for problem in &loaded.problems {
        super::warn(&problem.to_string());
    }
    for note in &loaded.notes {
        super::warn(note);
    }
    loaded
}

/// Joins command-line words into one filter line. The shell has already
/// removed quotes, so a word that holds a space is quoted again:
/// `group:"team noord"` arrives as `group:team noord` and must stay one token.
pub fn join_args(args: &[String]) -> String {
    let quoted: Vec<String> = args
        .iter()
        .map(|a| {
            if !a.contains(char::is_whitespace) || a.contains('"') {
                return a.clone();
            }
            match a.split_once(':') {
                Some((key, value)) if !key.is_empty() && key.chars().all(char::is_alphabetic) => {
                    format!("{key}:\"{value}\"")
                }
                _ => format!("\"{a}\""),
            }
        })
        .collect();
    quoted.join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_with_spaces_are_quoted_again_after_the_shell() {
        let args = ["group:team noord", "since:2026", "eerste lijn"].map(String::from);
        assert_eq!(
            join_args(&args),
            r#"group:"team noord" since:2026 "eerste lijn""#
        );
    }
}
