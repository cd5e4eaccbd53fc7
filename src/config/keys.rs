//! `keys.ron`: the user's keys, as plain data with the place of every entry.
//! Which names are commands and screens, and whether two keys clash, is the
//! keymap's to say (`tui::keymap::Keymap::with`); this file only reads.
//!
//! ```ron
//! (
//!     // On every screen where letters are commands:
//!     all: { "tag_themes": ["T"], "add_reflection": ["r", "Ctrl-r"] },
//!     // On one screen only (wins over `all`):
//!     screens: { "steps": { "reveal": ["u"] } },
//! )
//! ```

use std::collections::BTreeMap;

use serde::Deserialize;

use crate::i18n::{Lang, fill};
use crate::library::{Diagnostic, line_col};

/// A key as the user wrote it, without any terminal's types.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeySpec {
    /// A plain character (`"t"`, `"T"`, `"?"`, `"Space"`).
    Char(char),
    /// Control plus a character (`"Ctrl-r"`).
    Ctrl(char),
    /// A named key (`"Enter"`, `"F1"`).
    Named(NamedKey),
}

/// The keys that have a name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NamedKey {
    /// Enter.
    Enter,
    /// Esc.
    Esc,
    /// Tab.
    Tab,
    /// Shift-Tab.
    BackTab,
    /// Backspace.
    Backspace,
    /// Delete.
    Delete,
    /// Insert.
    Insert,
    /// Home.
    Home,
    /// End.
    End,
    /// Page up.
    PageUp,
    /// Page down.
    PageDown,
    /// ↑.
    Up,
    /// ↓.
    Down,
    /// ←.
    Left,
    /// →.
    Right,
    /// A function key, 1 to 12.
    F(u8),
}

const NAMES: &[(&str, NamedKey)] = &[
    ("enter", NamedKey::Enter),
    ("esc", NamedKey::Esc),
    ("escape", NamedKey::Esc),
    ("tab", NamedKey::Tab),
    ("shift-tab", NamedKey::BackTab),
    ("backtab", NamedKey::BackTab),
    ("backspace", NamedKey::Backspace),
    ("delete", NamedKey::Delete),
    ("del", NamedKey::Delete),
    ("insert", NamedKey::Insert),
    ("ins", NamedKey::Insert),
    ("home", NamedKey::Home),
    ("end", NamedKey::End),
    ("pgup", NamedKey::PageUp),
    ("pageup", NamedKey::PageUp),
    ("pgdn", NamedKey::PageDown),
    ("pagedown", NamedKey::PageDown),
    ("up", NamedKey::Up),
    ("↑", NamedKey::Up),
    ("down", NamedKey::Down),
    ("↓", NamedKey::Down),
    ("left", NamedKey::Left),
    ("←", NamedKey::Left),
    ("right", NamedKey::Right),
    ("→", NamedKey::Right),
];

impl KeySpec {
    /// Reads `"t"`, `"Space"`/`"Spatie"`, `"Ctrl-r"`, `"Enter"`, `"F1"`…
    /// (names in any case; a letter is the letter, so `"T"` is Shift-t).
    pub fn parse(text: &str) -> Option<KeySpec> {
        let lower = text.trim().to_lowercase();
        if let Some(&(_, key)) = NAMES.iter().find(|(name, _)| *name == lower) {
            return Some(KeySpec::Named(key));
        }
        let mut chars = text.chars();
        if let (Some(c), None) = (chars.next(), chars.next()) {
            return (!c.is_control()).then_some(KeySpec::Char(c));
        }
        if lower == "space" || lower == "spatie" {
            return Some(KeySpec::Char(' '));
        }
        for prefix in ["ctrl-", "ctrl+"] {
            if let Some(rest) = lower.strip_prefix(prefix) {
                let mut chars = rest.chars();
                return match (chars.next(), chars.next()) {
                    (Some(c), None) if c.is_alphanumeric() => Some(KeySpec::Ctrl(c)),
                    _ => None,
                };
            }
        }
        let n = lower.strip_prefix('f')?.parse::<u8>().ok()?;
        (1..=12)
            .contains(&n)
            .then_some(KeySpec::Named(NamedKey::F(n)))
    }
}

/// One command's new keys, on every screen (`screen: None`) or on one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeyOverride {
    /// The screen's name as written, or `None` for `all`.
    pub screen: Option<String>,
    /// The command's name as written.
    pub command: String,
    /// The keys, all equivalent.
    pub keys: Vec<KeySpec>,
    /// The file, as the user knows it.
    pub path: String,
    /// Where the entry stands: 1-based line and column.
    pub at: (usize, usize),
}

/// Everything `keys.ron` names, in file order within each section: `all`
/// first, then `screens`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct KeyOverrides {
    /// The entries.
    pub entries: Vec<KeyOverride>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct KeysFile {
    #[serde(default)]
    all: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    screens: BTreeMap<String, BTreeMap<String, Vec<String>>>,
}

/// Reads `keys.ron`. A syntax error keeps nothing; a bad entry (a key that
/// is not a key, no key at all) is left out and reported, the rest applies.
pub fn parse(path: &str, text: &str, lang: Lang) -> (KeyOverrides, Vec<Diagnostic>) {
    let t = lang.strings().settings;
    let file: KeysFile = match crate::library::from_ron(path, text) {
        Ok(file) => file,
        Err(d) => return (KeyOverrides::default(), vec![d]),
    };
    let mut out = KeyOverrides::default();
    let mut problems = Vec::new();
    let mut entry = |screen: Option<&str>, command: &str, keys: &[String], from: usize| {
        let at = find(text, command, from);
        let pos = line_col(text, at);
        if keys.is_empty() {
            problems.push(Diagnostic::error(
                path,
                pos,
                fill(t.key_empty, &[&format!("{command:?}")]),
            ));
            return;
        }
        let mut parsed = Vec::new();
        for key in keys {
            match KeySpec::parse(key) {
                Some(k) => parsed.push(k),
                None => {
                    let place = line_col(text, find(text, key, at));
                    problems.push(Diagnostic::error(
                        path,
                        place,
                        fill(t.key_bad, &[&format!("{key:?}")]),
                    ));
                    return;
                }
            }
        }
        out.entries.push(KeyOverride {
            screen: screen.map(str::to_string),
            command: command.to_string(),
            keys: parsed,
            path: path.to_string(),
            at: pos,
        });
    };
    let all = crate::library::find_key(text, "all", 0).unwrap_or(0);
    for (command, keys) in &file.all {
        entry(None, command, keys, all);
    }
    let screens = crate::library::find_key(text, "screens", 0).unwrap_or(0);
    for (screen, commands) in &file.screens {
        let from = find(text, screen, screens);
        for (command, keys) in commands {
            entry(Some(screen), command, keys, from);
        }
    }
    (out, problems)
}

/// Byte offset of the string literal `"value"` at or after `from` (else `from`).
pub(super) fn find(text: &str, value: &str, from: usize) -> usize {
    crate::library::find_literal(text, &format!("{value:?}"), from).unwrap_or(from)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_read_as_written() {
        assert_eq!(KeySpec::parse("t"), Some(KeySpec::Char('t')));
        assert_eq!(KeySpec::parse("T"), Some(KeySpec::Char('T')));
        assert_eq!(KeySpec::parse("Spatie"), Some(KeySpec::Char(' ')));
        assert_eq!(KeySpec::parse("Ctrl-R"), Some(KeySpec::Ctrl('r')));
        assert_eq!(KeySpec::parse("ctrl+s"), Some(KeySpec::Ctrl('s')));
        assert_eq!(
            KeySpec::parse("PgDn"),
            Some(KeySpec::Named(NamedKey::PageDown))
        );
        assert_eq!(KeySpec::parse("F12"), Some(KeySpec::Named(NamedKey::F(12))));
        assert_eq!(KeySpec::parse("←"), Some(KeySpec::Named(NamedKey::Left)));
        for bad in ["", "F13", "Ctrl-", "Ctrl-ab", "tt", "Hyper-x", "\u{7}"] {
            assert_eq!(KeySpec::parse(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn entries_keep_their_place_and_bad_keys_are_reported_there() {
        let text = "(\n    all: {\n        \"tag_themes\": [\"T\"],\n        \"reveal\": [\"Hyper-x\"],\n    },\n    screens: { \"steps\": { \"add_reflection\": [] } },\n)\n";
        let (keys, problems) = parse("keys.ron", text, Lang::En);
        assert_eq!(keys.entries.len(), 1);
        assert_eq!(keys.entries[0].command, "tag_themes");
        assert_eq!(keys.entries[0].at, (3, 9));
        assert_eq!(keys.entries[0].keys, vec![KeySpec::Char('T')]);
        let shown: Vec<String> = problems
            .iter()
            .map(|d| format!("{}:{}", d.line, d.col))
            .collect();
        assert_eq!(shown, ["4:20", "6:27"], "{problems:?}");
        assert!(
            problems[0].message.contains("\"Hyper-x\""),
            "{}",
            problems[0].message
        );
        assert!(problems[1].message.contains("add_reflection"));
    }

    #[test]
    fn a_syntax_error_keeps_nothing_and_says_where() {
        let (keys, problems) = parse("keys.ron", "(all: { \"quit\": [\"x\"] ", Lang::Nl);
        assert!(keys.entries.is_empty());
        assert_eq!(problems.len(), 1);
        assert_eq!(problems[0].line, 1);
    }
}
