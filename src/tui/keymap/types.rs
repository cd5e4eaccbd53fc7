//! What the keymap is made of: contexts, keys and bindings.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use crate::i18n::Strings;
use crate::tui::action::Command;

/// Where the keys are pressed; each context has its own bindings.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Context {
    /// The home screen.
    Home,
    /// A set-up page with a type-to-filter list (the case list).
    SetupFilter,
    /// A set-up page with a plain list (method, theme sets).
    SetupList,
    /// A set-up page with a text field (group, participants).
    SetupText,
    /// A `Notes` phase.
    Notes,
    /// The `Steps` phase.
    Steps,
    /// The `Closing` phase.
    Closing,
    /// The summary at the end.
    Summary,
    /// A text editor is open.
    Editor,
    /// The theme picker is open.
    Picker,
    /// Review: the list of sessions.
    ReviewList,
    /// Review: typing in the filter line.
    ReviewFilter,
    /// Review: one session, read-only.
    ReviewDetail,
    /// Review: tellen, the counts per theme.
    ReviewChart,
    /// Review: vertellen, the stories behind one theme's count.
    ReviewStories,
    /// Review: the knelpunten register.
    ReviewRegister,
    /// Review: typing a knelpunt's or action's owner, due date or answer.
    ReviewOwner,
    /// Review: the register's actions.
    ReviewActions,
    /// The help overlay is open, over any other context.
    Help,
    /// A finished session's pages, read-only.
    ReadOnly,
    /// The question before reopening a finished session.
    ReopenAsk,
    /// The position round of a decision point is open.
    Round,
    /// Dot-voting in the closing is open.
    Votes,
    /// The scores of the method's indicators are open.
    Scores,
    /// The terugblik before a session's first phase.
    Terugblik,
}

/// A key as written in the table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    /// A plain character.
    Char(char),
    /// Control plus a character.
    Ctrl(char),
    /// A named key.
    Code(KeyCode),
}

impl Key {
    /// True when the key press is this key.
    pub(super) fn matches(self, ev: &KeyEvent) -> bool {
        let ctrl = ev.modifiers.contains(KeyModifiers::CONTROL);
        match self {
            Key::Char(c) => !ctrl && ev.code == KeyCode::Char(c),
            Key::Ctrl(c) => ctrl && ev.code == KeyCode::Char(c),
            Key::Code(code) => ev.code == code,
        }
    }

    /// How the key is shown in the help overlay and footers, in the language of `s`.
    pub fn label(self, s: &Strings) -> String {
        match self {
            Key::Char(' ') => s.marks.key_space.into(),
            Key::Char(c) => c.to_string(),
            Key::Ctrl(c) => format!("Ctrl-{}", c.to_ascii_uppercase()),
            Key::Code(KeyCode::Left) => "←".into(),
            Key::Code(KeyCode::Right) => "→".into(),
            Key::Code(KeyCode::Up) => "↑".into(),
            Key::Code(KeyCode::Down) => "↓".into(),
            Key::Code(KeyCode::Enter) => "Enter".into(),
            Key::Code(KeyCode::Esc) => "Esc".into(),
            Key::Code(KeyCode::Tab) => "Tab".into(),
            Key::Code(KeyCode::BackTab) => "Shift-Tab".into(),
            Key::Code(KeyCode::F(n)) => format!("F{n}"),
            Key::Code(KeyCode::PageUp) => "PgUp".into(),
            Key::Code(KeyCode::PageDown) => "PgDn".into(),
            Key::Code(KeyCode::Home) => "Home".into(),
            Key::Code(KeyCode::End) => "End".into(),
            Key::Code(other) => format!("{other:?}"),
        }
    }
}

/// One line of the keymap: keys and the command they give.
#[derive(Debug, Clone)]
pub struct Binding {
    /// The keys, all equivalent: the table's, or the user's (`keys.ron`).
    pub keys: std::borrow::Cow<'static, [Key]>,
    /// What they do.
    pub command: Command,
}
