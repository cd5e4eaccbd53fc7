//! The keymap in use: the tables with the user's `keys.ron` over them.
//!
//! An entry under `all` changes a command on every screen where letters are
//! commands (not where one types: editors, the picker, filters, text
//! fields); an entry under `screens` changes it on that screen only, and
//! wins. A name that is not a command or a screen, a letter where letters
//! are text, or a key that another command on the same screen already has,
//! is reported at its place in the file, and that command keeps its default
//! keys there. `Ctrl-C` always quits.

use std::collections::HashMap;

use crossterm::event::{KeyCode, KeyEvent};

use super::names::{self, CONTEXTS, command_name, context_name};
use super::types::{Binding, Context, Key};
use super::{bindings, takes_text};
use crate::config::{KeyOverride, KeyOverrides, KeySpec, NamedKey};
use crate::i18n::{Lang, fill};
use crate::library::Diagnostic;
use crate::tui::action::{Action, Command};

/// Keys to commands on every screen.
#[derive(Debug, Clone)]
pub struct Keymap {
    /// One table per context, in the order of [`CONTEXTS`].
    tables: Vec<Vec<Binding>>,
}

impl Default for Keymap {
    /// The built-in tables.
    fn default() -> Keymap {
        Keymap {
            tables: CONTEXTS
                .iter()
                .map(|&(c, _)| bindings(c).to_vec())
                .collect(),
        }
    }
}

fn index(context: Context) -> usize {
    CONTEXTS
        .iter()
        .position(|&(c, _)| c == context)
        .expect("every context has a name")
}

/// True where a plain character must stay text.
fn typing(context: Context) -> bool {
    takes_text(context) && context != Context::Help
}

/// The keymap's key for what the user wrote.
fn key_of(spec: KeySpec) -> Key {
    match spec {
        KeySpec::Char(c) => Key::Char(c),
        KeySpec::Ctrl(c) => Key::Ctrl(c),
        KeySpec::Named(named) => Key::Code(match named {
            NamedKey::Enter => KeyCode::Enter,
            NamedKey::Esc => KeyCode::Esc,
            NamedKey::Tab => KeyCode::Tab,
            NamedKey::BackTab => KeyCode::BackTab,
            NamedKey::Backspace => KeyCode::Backspace,
            NamedKey::Delete => KeyCode::Delete,
            NamedKey::Insert => KeyCode::Insert,
            NamedKey::Home => KeyCode::Home,
            NamedKey::End => KeyCode::End,
            NamedKey::PageUp => KeyCode::PageUp,
            NamedKey::PageDown => KeyCode::PageDown,
            NamedKey::Up => KeyCode::Up,
            NamedKey::Down => KeyCode::Down,
            NamedKey::Left => KeyCode::Left,
            NamedKey::Right => KeyCode::Right,
            NamedKey::F(n) => KeyCode::F(n),
        }),
    }
}

impl Keymap {
    /// The bindings of a context, in the order footers and help list them.
    pub fn bindings(&self, context: Context) -> &[Binding] {
        &self.tables[index(context)]
    }

    /// True when `command` has its built-in keys in `context`.
    pub fn is_default(&self, context: Context, command: Command) -> bool {
        let mine = self
            .bindings(context)
            .iter()
            .filter(|b| b.command == command);
        let built_in = bindings(context).iter().filter(|b| b.command == command);
        mine.map(|b| &b.keys).eq(built_in.map(|b| &b.keys))
    }

    /// The action for a key press in a context.
    pub fn action_for(&self, context: Context, ev: KeyEvent) -> Option<Action> {
        if let Some(binding) = self
            .bindings(context)
            .iter()
            .find(|b| b.keys.iter().any(|k| k.matches(&ev)))
        {
            return Some(Action::Command(binding.command));
        }
        takes_text(context).then_some(Action::Key(ev))
    }

    /// The built-in tables with `overrides` over them, and what was wrong
    /// with them, in the language `lang`.
    pub fn with(overrides: &KeyOverrides, lang: Lang) -> (Keymap, Vec<Diagnostic>) {
        let t = lang.strings().settings;
        let mut map = Keymap::default();
        let mut problems = Vec::new();
        let mut say = |e: &KeyOverride, message: String| {
            problems.push(Diagnostic::error(&e.path, e.at, message));
        };
        // Which entry set the keys of (table, binding): `all` first, so a
        // screen's own entry wins.
        let mut changed: HashMap<(usize, usize), usize> = HashMap::new();
        let order = (overrides.entries.iter().enumerate())
            .filter(|(_, e)| e.screen.is_none())
            .chain((overrides.entries.iter().enumerate()).filter(|(_, e)| e.screen.is_some()));
        for (n, e) in order {
            let Some(cmd) = names::command(&e.command) else {
                say(
                    e,
                    fill(t.key_unknown_command, &[&format!("{:?}", e.command)]),
                );
                continue;
            };
            let bound = |c: Context| bindings(c).iter().any(|b| b.command == cmd);
            let quoted = format!("{:?}", e.command);
            let targets: Vec<Context> = match &e.screen {
                None => {
                    let targets: Vec<Context> = (CONTEXTS.iter().map(|&(c, _)| c))
                        .filter(|&c| bound(c) && !typing(c))
                        .collect();
                    if targets.is_empty() {
                        say(e, fill(t.key_only_typing, &[&quoted]));
                    }
                    targets
                }
                Some(name) => match names::context(name) {
                    None => {
                        say(e, fill(t.key_unknown_screen, &[&format!("{name:?}")]));
                        continue;
                    }
                    Some(c) if !bound(c) => {
                        say(
                            e,
                            fill(t.key_not_on_screen, &[&quoted, &format!("{name:?}")]),
                        );
                        continue;
                    }
                    Some(c)
                        if typing(c) && e.keys.iter().any(|k| matches!(k, KeySpec::Char(_))) =>
                    {
                        say(e, fill(t.key_typing, &[&format!("{name:?}"), &quoted]));
                        continue;
                    }
                    Some(c) => vec![c],
                },
            };
            let mut keys: Vec<Key> = e.keys.iter().map(|&k| key_of(k)).collect();
            if cmd == Command::Quit && !keys.contains(&Key::Ctrl('c')) {
                keys.push(Key::Ctrl('c'));
            }
            for c in targets {
                let table = index(c);
                for (i, b) in map.tables[table].iter_mut().enumerate() {
                    if b.command == cmd {
                        b.keys = keys.clone().into();
                        changed.insert((table, i), n);
                    }
                }
            }
        }
        // A key two commands share on one screen: the later change yields.
        let lang_strings = lang.strings();
        for (table, &(context, _)) in CONTEXTS.iter().enumerate() {
            while let Some((loser, winner, key)) = clash(&map.tables[table], table, &changed) {
                let n = changed.remove(&(table, loser)).expect("a changed binding");
                let lost = map.tables[table][loser].command;
                map.tables[table][loser].keys = bindings(context)[loser].keys.clone();
                let e = &overrides.entries[n];
                say(
                    e,
                    fill(
                        t.key_clash,
                        &[
                            &format!("{:?}", context_name(context)),
                            &key.label(lang_strings),
                            &command_name(winner),
                            &command_name(lost),
                        ],
                    ),
                );
            }
        }
        (map, problems)
    }
}

/// Two bindings of a table that share a key where at least one was changed:
/// `(the one that yields, the other's command, the key)`. Of two changed
/// ones the later entry yields.
fn clash(
    table: &[Binding],
    at: usize,
    changed: &HashMap<(usize, usize), usize>,
) -> Option<(usize, Command, Key)> {
    for (i, a) in table.iter().enumerate() {
        for (j, b) in table.iter().enumerate().skip(i + 1) {
            if a.command == b.command {
                continue;
            }
            let Some(&key) = a.keys.iter().find(|k| b.keys.contains(k)) else {
                continue;
            };
            let (ca, cb) = (changed.get(&(at, i)), changed.get(&(at, j)));
            let loser = match (ca, cb) {
                (None, None) => continue,
                (Some(_), None) => i,
                (None, Some(_)) => j,
                (Some(x), Some(y)) => {
                    if x > y {
                        i
                    } else {
                        j
                    }
                }
            };
            let winner = if loser == i { b.command } else { a.command };
            return Some((loser, winner, key));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crossterm::event::KeyModifiers;

    fn keys(text: &str) -> (Keymap, Vec<Diagnostic>) {
        let (overrides, problems) = crate::config::keys::parse("keys.ron", text, Lang::En);
        assert!(problems.is_empty(), "{problems:?}");
        Keymap::with(&overrides, Lang::En)
    }

    fn command(map: &Keymap, context: Context, c: char) -> Option<Command> {
        match map.action_for(context, KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE)) {
            Some(Action::Command(cmd)) => Some(cmd),
            _ => None,
        }
    }

    #[test]
    fn only_the_named_commands_change() {
        let (map, problems) = keys(r#"(all: { "tag_themes": ["T"] })"#);
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(command(&map, Context::Steps, 'T'), Some(Command::TagThemes));
        assert_eq!(
            command(&map, Context::Steps, 't'),
            None,
            "the old key is gone"
        );
        let default = Keymap::default();
        for &(context, _) in CONTEXTS {
            let changed: Vec<_> = (map.bindings(context).iter())
                .zip(default.bindings(context))
                .filter(|(a, b)| a.keys != b.keys)
                .map(|(a, _)| a.command)
                .collect();
            assert!(
                changed.iter().all(|&c| c == Command::TagThemes),
                "{context:?}: {changed:?}"
            );
        }
    }

    #[test]
    fn a_screen_entry_wins_over_all_and_changes_that_screen_only() {
        let (map, problems) =
            keys(r#"(screens: { "summary": { "export": ["E"] } }, all: { "export": ["x"] })"#);
        // `x` removes on the decision points: `export` yields there.
        assert_eq!(problems.len(), 2, "{problems:?}");
        assert_eq!(command(&map, Context::Summary, 'E'), Some(Command::Export));
        assert_eq!(command(&map, Context::Summary, 'x'), None);
        assert_eq!(command(&map, Context::Notes, 'x'), Some(Command::Export));
        assert_eq!(command(&map, Context::Steps, 'e'), Some(Command::Export));
        assert_eq!(command(&map, Context::Steps, 'x'), Some(Command::Remove));
    }

    #[test]
    fn a_clash_is_reported_at_its_place_and_the_later_change_yields() {
        let text = "(all: {\n  \"reveal\": [\"f\"],\n  \"tag_themes\": [\"d\"],\n})";
        let (map, problems) = keys(text);
        assert_eq!(problems.len(), 1, "{problems:?}");
        let d = &problems[0];
        assert_eq!((d.line, d.col), (3, 3));
        assert_eq!(
            d.message,
            "on the screen \"steps\", d already does edit_decision; tag_themes keeps its default keys there"
        );
        assert_eq!(
            command(&map, Context::Steps, 'd'),
            Some(Command::EditDecision)
        );
        assert_eq!(command(&map, Context::Steps, 't'), Some(Command::TagThemes));
        assert_eq!(command(&map, Context::Steps, 'f'), Some(Command::Reveal));
    }

    #[test]
    fn two_changes_may_swap_keys() {
        let (map, problems) = keys(r#"(all: { "tag_themes": ["d"], "edit_decision": ["t"] })"#);
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(command(&map, Context::Steps, 'd'), Some(Command::TagThemes));
        assert_eq!(
            command(&map, Context::Steps, 't'),
            Some(Command::EditDecision)
        );
    }

    #[test]
    fn unknown_names_and_letters_where_one_types_are_refused() {
        let text = r#"(
            all: { "fly": ["f"], "save_now": ["Ctrl-w"] },
            screens: {
                "kitchen": { "quit": ["x"] },
                "editor": { "save_now": ["w"], "reveal": ["Ctrl-u"] },
            },
        )"#;
        let (map, problems) = keys(text);
        let messages: Vec<&str> = problems.iter().map(|d| d.message.as_str()).collect();
        assert_eq!(
            messages,
            [
                "\"fly\" is not a casus command (the names are in the README, under Settings)",
                "\"save_now\" only acts on screens where you type; name it under screens, with that screen",
                "\"reveal\" has no key on the screen \"editor\"",
                "on the screen \"editor\" letters are text: give \"save_now\" Ctrl-x or a named key",
                "\"kitchen\" is not a casus screen (the names are in the README, under Settings)",
            ]
        );
        assert_eq!(
            map.bindings(Context::Editor)[1].keys,
            Keymap::default().bindings(Context::Editor)[1].keys
        );
    }

    #[test]
    fn ctrl_c_always_quits() {
        let (map, _) = keys(r#"(all: { "quit": ["x"] })"#);
        let ctrl_c = KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL);
        assert!(matches!(
            map.action_for(Context::Home, ctrl_c),
            Some(Action::Command(Command::Quit))
        ));
        assert_eq!(command(&map, Context::Home, 'x'), Some(Command::Quit));
        assert_eq!(command(&map, Context::Home, 'q'), None);
    }

    #[test]
    fn every_command_and_screen_has_one_name() {
        let mut seen = std::collections::HashSet::new();
        for &(c, name) in CONTEXTS {
            assert!(seen.insert(name), "{name}");
            assert_eq!(names::context(name), Some(c));
        }
        let mut seen = std::collections::HashSet::new();
        for &(c, name) in names::COMMANDS {
            assert!(seen.insert(name), "{name}");
            assert_eq!(names::command(name), Some(c));
        }
        for &(context, _) in CONTEXTS {
            for b in bindings(context) {
                assert!(!command_name(b.command).is_empty(), "{:?}", b.command);
            }
        }
    }
}
