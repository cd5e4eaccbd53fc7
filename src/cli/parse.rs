//! Parsing the command line in the interface language: the language is
//! decided from argv before clap parses (`--lang X` or `--lang=X`, else the
//! locale, else Dutch), so `--help` and every argument error are in it.
//! `--help` and `--version` go to stdout with exit code 0; an argument error
//! is one `casus:` sentence on stderr, plus where to look, and exit code 2.

use std::ffi::OsString;
use std::process::ExitCode;

use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{ArgMatches, FromArgMatches};

use super::{Cli, help};
use crate::i18n::{CliStrings, Lang, fill};

/// The interface language as argv and the environment say, before parsing:
/// the last `--lang nl|en` (or `--lang=…`) wins; an unknown value falls back
/// to the locale (clap then reports it).
pub fn lang_of_args(args: &[OsString]) -> Lang {
    let mut lang = None;
    let mut args = args.iter().skip(1).map(|a| a.to_string_lossy());
    while let Some(arg) = args.next() {
        if arg == "--" {
            break;
        }
        let value = match arg.strip_prefix("--lang") {
            Some("") => args.next().map(|v| v.into_owned()),
            Some(rest) => rest.strip_prefix('=').map(str::to_string),
            None => None,
        };
        if let Some(value) = value {
            lang = Lang::parse(&value).or(lang);
        }
    }
    lang.unwrap_or_else(Lang::from_env)
}

/// Parses `args` (the program name first). `Err` holds the exit code after
/// help, the version or an error has been printed.
pub fn parse(args: Vec<OsString>) -> Result<Cli, ExitCode> {
    let lang = lang_of_args(&args);
    let matches: ArgMatches = match help::command(lang).try_get_matches_from(args) {
        Ok(m) => m,
        Err(e) => return Err(report(&e, lang)),
    };
    Cli::from_arg_matches(&matches).map_err(|e| report(&e, lang))
}

/// Prints help or the version (exit 0), or the error as one sentence (exit 2).
fn report(e: &clap::Error, lang: Lang) -> ExitCode {
    match e.kind() {
        ErrorKind::DisplayHelp
        | ErrorKind::DisplayVersion
        | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            super::print(&help::tidy(&e.render().to_string(), lang))
        }
        _ => {
            let s = lang.strings().cli;
            super::warn(&format!("{} {}", message(e, s), s.see_help));
            ExitCode::from(2)
        }
    }
}

/// One context value of the error as text (lists joined with commas).
fn context(e: &clap::Error, kind: ContextKind, or: &str) -> Option<String> {
    match e.get(kind)? {
        ContextValue::String(s) => Some(s.clone()),
        ContextValue::Strings(v) if v.is_empty() => None,
        ContextValue::Strings(v) => Some(join(v, or)),
        ContextValue::StyledStr(s) => Some(s.to_string()),
        ContextValue::StyledStrs(v) if v.is_empty() => None,
        ContextValue::StyledStrs(v) => {
            let v: Vec<String> = v.iter().map(|s| s.to_string()).collect();
            Some(join(&v, or))
        }
        ContextValue::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// `a, b or c`.
fn join(items: &[String], or: &str) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} {or} {last}", rest.join(", ")),
    }
}

/// The sentence for a clap error, in the strings' language.
fn message(e: &clap::Error, s: &CliStrings) -> String {
    let get = |kind| context(e, kind, s.or);
    let arg = get(ContextKind::InvalidArg).unwrap_or_default();
    match e.kind() {
        ErrorKind::UnknownArgument => match get(ContextKind::SuggestedArg) {
            Some(tip) => fill(s.unknown_argument_tip, &[&arg, &tip]),
            None => fill(s.unknown_argument, &[&arg]),
        },
        ErrorKind::InvalidSubcommand => {
            let name = get(ContextKind::InvalidSubcommand).unwrap_or_default();
            match get(ContextKind::SuggestedSubcommand) {
                Some(tip) => fill(s.unknown_command_tip, &[&name, &tip]),
                None => fill(s.unknown_command, &[&name]),
            }
        }
        ErrorKind::InvalidValue | ErrorKind::ValueValidation => {
            let value = get(ContextKind::InvalidValue).unwrap_or_default();
            if value.is_empty() && e.kind() == ErrorKind::InvalidValue {
                return fill(s.value_missing, &[&arg]);
            }
            match get(ContextKind::ValidValue) {
                Some(valid) => fill(s.invalid_value, &[&value, &arg, &valid]),
                None => fill(s.bad_value, &[&value, &arg]),
            }
        }
        ErrorKind::NoEquals | ErrorKind::TooFewValues | ErrorKind::WrongNumberOfValues => {
            fill(s.value_missing, &[&arg])
        }
        ErrorKind::TooManyValues => {
            let value = get(ContextKind::InvalidValue).unwrap_or_default();
            fill(s.unexpected_value, &[&arg, &value])
        }
        ErrorKind::MissingRequiredArgument => fill(s.missing_argument, &[&arg]),
        ErrorKind::MissingSubcommand => s.missing_command.to_string(),
        ErrorKind::ArgumentConflict => {
            let other = get(ContextKind::PriorArg).unwrap_or_default();
            fill(s.conflict, &[&arg, &other])
        }
        ErrorKind::InvalidUtf8 => s.not_utf8.to_string(),
        _ => s.other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> Vec<OsString> {
        list.iter().map(OsString::from).collect()
    }

    #[test]
    fn the_language_comes_from_lang_in_either_spelling() {
        assert_eq!(lang_of_args(&args(&["casus", "--lang", "en"])), Lang::En);
        assert_eq!(
            lang_of_args(&args(&["casus", "list", "--lang=nl"])),
            Lang::Nl
        );
        assert_eq!(
            lang_of_args(&args(&["casus", "--lang=en", "--lang", "nl"])),
            Lang::Nl
        );
    }

    fn error(list: &[&str], lang: Lang) -> String {
        let e = help::command(lang)
            .try_get_matches_from(args(list))
            .unwrap_err();
        message(&e, lang.strings().cli)
    }

    #[test]
    fn clap_errors_become_one_sentence_naming_what_is_wrong() {
        let nl = Lang::Nl;
        assert_eq!(
            error(&["casus", "--frobnicate"], nl),
            "casus: onbekend argument `--frobnicate`."
        );
        assert_eq!(
            error(&["casus", "list", "cases", "--format", "xyz"], nl),
            "casus: `xyz` is geen geldige waarde voor --format <FORMAT>; mogelijk zijn: table, csv of json."
        );
        assert_eq!(error(&["casus", "list"], nl), "casus: <WHAT> ontbreekt.");
        assert_eq!(
            error(&["casus", "new", "--case"], Lang::En),
            "casus: --case <CASE> needs a value."
        );
        assert_eq!(
            error(&["casus", "lsit"], Lang::En),
            "casus: unknown command `lsit` (did you mean `list`?)."
        );
        assert_eq!(
            error(&["casus", "--present=ja"], nl),
            "casus: --present neemt geen (verdere) waarde `ja`."
        );
    }
}
