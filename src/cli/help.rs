//! `--help` in the interface language: the clap command of [`Cli`], with every
//! text (about, subcommands, arguments, `-h`/`-V`, headings, examples) set
//! from [`TEXTS`] for the language asked.
//!
//! Why a table here and not in `src/i18n`: these texts are keyed by clap's
//! command path and argument id (`list.format`), not by a struct field, and
//! they are only ever read by this module; keeping Dutch and English side by
//! side on one row makes it easy to see that both say the same, and a test
//! checks that every subcommand and argument of the command has a row. The
//! doc comments in `args.rs` stay as developer docs; what users see comes
//! from here, in both languages.

use clap::{Arg, ArgAction, Command, CommandFactory};

use super::Cli;
use crate::i18n::Lang;

use super::help_texts::TEXTS;

/// The text for `key` in `lang`, if the table has it.
fn text(key: &str, lang: Lang) -> Option<&'static str> {
    TEXTS.iter().find(|t| t.key == key).map(|t| match lang {
        Lang::Nl => t.nl,
        Lang::En => t.en,
    })
}

/// A text of the chrome, which the table always has.
fn chrome(key: &str, lang: Lang) -> &'static str {
    text(key, lang).unwrap_or_default()
}

/// The whole command line of casus, with its help in `lang`: what parses
/// (see `parse.rs`), prints `--help`, and generates completions and the man page.
pub fn command(lang: Lang) -> Command {
    let cmd = Cli::command()
        .disable_help_flag(true)
        .disable_version_flag(true)
        .disable_help_subcommand(true)
        .arg(
            Arg::new("help")
                .short('h')
                .long("help")
                .action(ArgAction::Help)
                .global(true),
        )
        .arg(
            Arg::new("version")
                .short('V')
                .long("version")
                .action(ArgAction::Version),
        )
        .long_about(None)
        .after_help(chrome("@examples", lang));
    localize(cmd, "", lang)
}

/// Rendered help or version with clap's one fixed English word (the
/// `[OPTIONS]` of the usage line) in `lang`.
pub fn tidy(text: &str, lang: Lang) -> String {
    text.replace("[OPTIONS]", chrome("@options_tag", lang))
}

/// Sets the texts of `cmd` (at `path`) and of everything under it.
fn localize(cmd: Command, path: &str, lang: Lang) -> Command {
    let template = format!(
        "{{before-help}}{{about-with-newline}}\n{}: {{usage}}\n\n{{all-args}}{{after-help}}",
        chrome("@usage", lang)
    );
    let mut cmd = cmd
        .help_template(template)
        .subcommand_help_heading(chrome("@commands", lang))
        .subcommand_value_name(chrome("@command", lang));
    // Arguments are listed in the order they are given on the command line.
    let mut position = 0;
    cmd = cmd.mut_args(|a| {
        let a = arg(a, path, lang);
        if a.is_positional() {
            position += 1;
            a.display_order(position)
        } else {
            a
        }
    });
    if let Some(about) = text(path, lang) {
        cmd = cmd.about(about);
    }
    let names: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    for name in names {
        cmd = cmd.mut_subcommand(&name, |s| localize(s, &name, lang));
    }
    cmd
}

/// Sets an argument's help, its heading, and its possible and default
/// values in `lang` (clap would write those in English).
fn arg(a: Arg, path: &str, lang: Lang) -> Arg {
    let key = format!("{path}.{}", a.get_id());
    let mut help = text(&key, lang)
        .map(str::to_string)
        .or_else(|| a.get_help().map(|h| h.to_string()))
        .unwrap_or_default();
    let values: Vec<String> = a
        .get_possible_values()
        .iter()
        .filter(|v| !v.is_hide_set())
        .map(|v| v.get_name().to_string())
        .collect();
    let mut a = a;
    let takes_values = a.get_action().takes_values();
    if takes_values && !values.is_empty() && !a.is_hide_possible_values_set() {
        help.push_str(&format!(
            " [{}: {}]",
            chrome("@values", lang),
            values.join(", ")
        ));
        a = a.hide_possible_values(true);
    }
    let defaults: Vec<String> = a
        .get_default_values()
        .iter()
        .map(|v| v.to_string_lossy().into_owned())
        .collect();
    if takes_values && !defaults.is_empty() && !a.is_hide_default_value_set() {
        help.push_str(&format!(
            " [{}: {}]",
            chrome("@default", lang),
            defaults.join(", ")
        ));
        a = a.hide_default_value(true);
    }
    let heading = if a.is_positional() {
        "@arguments"
    } else {
        "@options"
    };
    a.help(help)
        .long_help(None)
        .help_heading(chrome(heading, lang))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every subcommand and argument of the command, by its table key.
    fn keys(cmd: &Command, path: &str, out: &mut Vec<String>) {
        for a in cmd.get_arguments() {
            out.push(format!("{path}.{}", a.get_id()));
        }
        for s in cmd.get_subcommands() {
            out.push(s.get_name().to_string());
            keys(s, s.get_name(), out);
        }
    }

    #[test]
    fn every_subcommand_and_argument_has_a_text_in_both_languages() {
        let mut all = Vec::new();
        keys(&command(Lang::Nl), "", &mut all);
        assert!(all.len() > 30, "{all:?}");
        for key in all {
            let row = TEXTS.iter().find(|t| t.key == key);
            let row = row.unwrap_or_else(|| panic!("no help text for {key}"));
            assert!(!row.nl.is_empty() && !row.en.is_empty(), "{key}");
        }
    }

    #[test]
    fn every_row_of_the_table_is_used() {
        let mut all = vec![String::new()];
        keys(&command(Lang::En), "", &mut all);
        for t in TEXTS.iter().filter(|t| !t.key.starts_with('@')) {
            assert!(all.iter().any(|k| k == t.key), "unused row {}", t.key);
        }
    }

    #[test]
    fn the_command_is_valid_in_both_languages() {
        command(Lang::Nl).debug_assert();
        command(Lang::En).debug_assert();
    }
}
