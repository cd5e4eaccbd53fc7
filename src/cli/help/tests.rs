//! Every subcommand and argument has a help text in both languages, and
//! every row of the table is used.

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
        let row = all_texts().find(|t| t.key == key);
        let row = row.unwrap_or_else(|| panic!("no help text for {key}"));
        assert!(!row.nl.is_empty() && !row.en.is_empty(), "{key}");
    }
}

#[test]
fn every_row_of_the_table_is_used() {
    let mut all = vec![String::new()];
    keys(&command(Lang::En), "", &mut all);
    for t in all_texts().filter(|t| !t.key.starts_with('@')) {
        assert!(all.iter().any(|k| k == t.key), "unused row {}", t.key);
    }
}

#[test]
fn the_command_is_valid_in_both_languages() {
    command(Lang::Nl).debug_assert();
    command(Lang::En).debug_assert();
}
