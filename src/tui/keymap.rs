//! Keys to commands, per context. The help overlay is drawn from this table,
//! so what `?` shows is always what the keys do.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::action::{Action, Command};
use crate::i18n::Strings;

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
    /// Review: typing a bottleneck's owner.
    ReviewOwner,
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
    fn matches(self, ev: &KeyEvent) -> bool {
        let ctrl = ev.modifiers.contains(KeyModifiers::CONTROL);
        match self {
            Key::Char(c) => !ctrl && ev.code == KeyCode::Char(c),
            Key::Ctrl(c) => ctrl && ev.code == KeyCode::Char(c),
            Key::Code(code) => ev.code == code,
        }
    }

    /// How the key is shown in the help overlay.
    pub fn label(self) -> String {
        match self {
            Key::Char(' ') => "Space".into(),
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
            Key::Code(other) => format!("{other:?}"),
        }
    }
}

/// One line of the keymap: keys and the command they give.
#[derive(Debug, Clone, Copy)]
pub struct Binding {
    /// The keys, all equivalent.
    pub keys: &'static [Key],
    /// What they do.
    pub command: Command,
}

const fn b(keys: &'static [Key], command: Command) -> Binding {
    Binding { keys, command }
}

use Command as C;
use Key::{Char as Ch, Code, Ctrl};

const HELP: Binding = b(&[Ch('?'), Code(KeyCode::F(1))], C::Help);
const HELP_F1: Binding = b(&[Code(KeyCode::F(1))], C::Help);
const QUIT: Binding = b(&[Ch('q'), Ctrl('c')], C::Quit);
const QUIT_CTRL: Binding = b(&[Ctrl('c')], C::Quit);
const UP: Binding = b(&[Code(KeyCode::Up), Ch('k')], C::Up);
const DOWN: Binding = b(&[Code(KeyCode::Down), Ch('j')], C::Down);
const UP_ARROW: Binding = b(&[Code(KeyCode::Up)], C::Up);
const DOWN_ARROW: Binding = b(&[Code(KeyCode::Down)], C::Down);
const CONFIRM: Binding = b(&[Code(KeyCode::Enter)], C::Confirm);
const BACK: Binding = b(&[Code(KeyCode::Esc)], C::Back);
const PREV: Binding = b(&[Code(KeyCode::Left), Ch('h'), Ch('p')], C::Prev);
const NEXT: Binding = b(&[Code(KeyCode::Right), Ch('l'), Ch('n')], C::Next);
const PREV_PHASE: Binding = b(&[Code(KeyCode::BackTab)], C::PrevPhase);
const NEXT_PHASE: Binding = b(&[Code(KeyCode::Tab)], C::NextPhase);
const EXPORT: Binding = b(&[Ch('e')], C::Export);
const PRESENT: Binding = b(&[Ch('v')], C::TogglePresent);

const HOME: &[Binding] = &[UP, DOWN, CONFIRM, b(&[Ch('r')], C::Review), HELP, QUIT];
const SETUP_FILTER: &[Binding] = &[UP_ARROW, DOWN_ARROW, CONFIRM, BACK, HELP_F1, QUIT_CTRL];
const SETUP_LIST: &[Binding] = &[
    UP,
    DOWN,
    b(&[Ch(' ')], C::Toggle),
    CONFIRM,
    BACK,
    HELP,
    QUIT,
];
const SETUP_TEXT: &[Binding] = &[CONFIRM, BACK, HELP_F1, QUIT_CTRL];
const NOTES: &[Binding] = &[
    b(
        &[Code(KeyCode::Up), Ch('k'), Code(KeyCode::PageUp)],
        C::ScrollUp,
    ),
    b(
        &[Code(KeyCode::Down), Ch('j'), Code(KeyCode::PageDown)],
        C::ScrollDown,
    ),
    PREV,
    NEXT,
    b(&[Code(KeyCode::Enter), Ch('i')], C::EditNotes),
    PREV_PHASE,
    NEXT_PHASE,
    PRESENT,
    EXPORT,
    HELP,
    QUIT,
];
const STEPS: &[Binding] = &[
    PREV,
    NEXT,
    b(
        &[Code(KeyCode::Up), Ch('k'), Code(KeyCode::PageUp)],
        C::ScrollUp,
    ),
    b(
        &[Code(KeyCode::Down), Ch('j'), Code(KeyCode::PageDown)],
        C::ScrollDown,
    ),
    b(&[Ch('d'), Code(KeyCode::Enter)], C::EditDecision),
    b(&[Ch('t')], C::TagThemes),
    b(&[Ch('r')], C::AddReflection),
    b(&[Ch('b')], C::EditBottleneck),
    b(&[Ch('o')], C::Reveal),
    PREV_PHASE,
    NEXT_PHASE,
    PRESENT,
    EXPORT,
    HELP,
    QUIT,
];
const CLOSING: &[Binding] = &[
    UP,
    DOWN,
    b(&[Code(KeyCode::Enter)], C::Confirm),
    b(&[Ch('i')], C::EditLessons),
    b(&[Ch('b')], C::EditBottleneck),
    b(&[Ch('a')], C::AddAction),
    PREV,
    NEXT,
    PREV_PHASE,
    NEXT_PHASE,
    PRESENT,
    EXPORT,
    HELP,
    QUIT,
];
const SUMMARY: &[Binding] = &[
    b(
        &[Code(KeyCode::Up), Ch('k'), Code(KeyCode::PageUp)],
        C::ScrollUp,
    ),
    b(
        &[Code(KeyCode::Down), Ch('j'), Code(KeyCode::PageDown)],
        C::ScrollDown,
    ),
    EXPORT,
    b(&[Code(KeyCode::Left), Ch('h'), Ch('p')], C::Prev),
    b(&[Code(KeyCode::Esc), Code(KeyCode::Enter)], C::Back),
    HELP,
    QUIT,
];
const EDITOR: &[Binding] = &[
    b(&[Code(KeyCode::Esc)], C::Done),
    b(&[Ctrl('s')], C::SaveNow),
    b(&[Ctrl('r')], C::Redact),
    b(&[Code(KeyCode::Tab)], C::SwitchField),
    HELP_F1,
    QUIT_CTRL,
];
const PICKER: &[Binding] = &[
    UP_ARROW,
    DOWN_ARROW,
    b(&[Ch(' ')], C::Toggle),
    b(&[Code(KeyCode::Enter), Code(KeyCode::Esc)], C::Confirm),
    HELP_F1,
    QUIT_CTRL,
];

// Review: `k` opens the register, so lists there move with the arrows only.
const FILTER: Binding = b(&[Ch('/')], C::Filter);
const CHART: Binding = b(&[Ch('c')], C::Chart);
const REGISTER: Binding = b(&[Ch('k')], C::Register);
const SCROLL_UP: Binding = b(
    &[Code(KeyCode::Up), Ch('k'), Code(KeyCode::PageUp)],
    C::ScrollUp,
);
const SCROLL_DOWN: Binding = b(
    &[Code(KeyCode::Down), Ch('j'), Code(KeyCode::PageDown)],
    C::ScrollDown,
);
// Review tables put the page's own keys first: the footer shows as many
// whole keys as fit, and the arrows need no explaining.
const REVIEW_LIST: &[Binding] = &[
    CHART,
    REGISTER,
    FILTER,
    EXPORT,
    CONFIRM,
    b(&[Ch('u')], C::Problems),
    UP_ARROW,
    DOWN_ARROW,
    BACK,
    HELP,
    QUIT,
];
const REVIEW_FILTER: &[Binding] = &[CONFIRM, BACK, HELP_F1, QUIT_CTRL];
const REVIEW_DETAIL: &[Binding] = &[
    EXPORT,
    PREV,
    NEXT,
    SCROLL_UP,
    SCROLL_DOWN,
    BACK,
    HELP,
    QUIT,
];
const REVIEW_CHART: &[Binding] = &[
    CONFIRM, REGISTER, FILTER, EXPORT, UP_ARROW, DOWN_ARROW, BACK, HELP, QUIT,
];
const REVIEW_STORIES: &[Binding] = &[
    b(&[Code(KeyCode::Left)], C::Prev),
    b(&[Code(KeyCode::Right)], C::Next),
    b(&[Code(KeyCode::Up), Code(KeyCode::PageUp)], C::ScrollUp),
    b(
        &[Code(KeyCode::Down), Code(KeyCode::PageDown)],
        C::ScrollDown,
    ),
    BACK,
    HELP,
    QUIT,
];
const REVIEW_REGISTER: &[Binding] = &[
    b(&[Ch('s')], C::CycleStatus),
    b(&[Ch('o')], C::EditOwner),
    CONFIRM,
    CHART,
    FILTER,
    UP_ARROW,
    DOWN_ARROW,
    BACK,
    HELP,
    QUIT,
];
const REVIEW_OWNER: &[Binding] = &[CONFIRM, BACK, HELP_F1, QUIT_CTRL];

/// The bindings of a context, in the order the help overlay lists them.
pub fn bindings(context: Context) -> &'static [Binding] {
    match context {
        Context::Home => HOME,
        Context::SetupFilter => SETUP_FILTER,
        Context::SetupList => SETUP_LIST,
        Context::SetupText => SETUP_TEXT,
        Context::Notes => NOTES,
        Context::Steps => STEPS,
        Context::Closing => CLOSING,
        Context::Summary => SUMMARY,
        Context::Editor => EDITOR,
        Context::Picker => PICKER,
        Context::ReviewList => REVIEW_LIST,
        Context::ReviewFilter => REVIEW_FILTER,
        Context::ReviewDetail => REVIEW_DETAIL,
        Context::ReviewChart => REVIEW_CHART,
        Context::ReviewStories => REVIEW_STORIES,
        Context::ReviewRegister => REVIEW_REGISTER,
        Context::ReviewOwner => REVIEW_OWNER,
    }
}

/// What a command does, in the interface language.
pub fn describe(s: &Strings, command: Command) -> &'static str {
    match command {
        C::Quit => s.cmd_quit,
        C::Help => s.cmd_help,
        C::Back => s.cmd_back,
        C::Done => s.cmd_done,
        C::Confirm => s.cmd_confirm,
        C::Up => s.cmd_up,
        C::Down => s.cmd_down,
        C::Prev => s.cmd_prev,
        C::Next => s.cmd_next,
        C::PrevPhase => s.cmd_prev_phase,
        C::NextPhase => s.cmd_next_phase,
        C::EditNotes => s.cmd_edit_notes,
        C::EditDecision => s.cmd_edit_decision,
        C::TagThemes => s.cmd_tag_themes,
        C::AddReflection => s.cmd_add_reflection,
        C::EditBottleneck => s.cmd_edit_bottleneck,
        C::Reveal => s.cmd_reveal,
        C::AddAction => s.cmd_add_action,
        C::EditLessons => s.cmd_edit_lessons,
        C::Export => s.cmd_export,
        C::TogglePresent => s.cmd_present,
        C::Toggle => s.cmd_toggle,
        C::SaveNow => s.cmd_save_now,
        C::Redact => s.cmd_redact,
        C::SwitchField => s.cmd_switch_field,
        C::ScrollUp => s.cmd_scroll_up,
        C::ScrollDown => s.cmd_scroll_down,
        C::Review => s.cmd_review,
        C::Filter => s.cmd_filter,
        C::Chart => s.cmd_chart,
        C::Register => s.cmd_register,
        C::Problems => s.cmd_problems,
        C::CycleStatus => s.cmd_cycle_status,
        C::EditOwner => s.cmd_edit_owner,
    }
}

/// The keys of a binding as the help shows them: `←/h/p`.
pub fn keys_label(binding: &Binding) -> String {
    binding
        .keys
        .iter()
        .map(|k| k.label())
        .collect::<Vec<_>>()
        .join("/")
}

/// True where typed characters are text, not commands.
fn takes_text(context: Context) -> bool {
    matches!(
        context,
        Context::SetupFilter
            | Context::SetupText
            | Context::Editor
            | Context::Picker
            | Context::ReviewFilter
            | Context::ReviewOwner
    )
}

/// The action for a key press in a context.
pub fn action_for(context: Context, ev: KeyEvent) -> Option<Action> {
    if let Some(binding) = bindings(context)
        .iter()
        .find(|b| b.keys.iter().any(|k| k.matches(&ev)))
    {
        return Some(Action::Command(binding.command));
    }
    takes_text(context).then_some(Action::Key(ev))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(code: KeyCode) -> KeyEvent {
        KeyEvent::new(code, KeyModifiers::NONE)
    }

    #[test]
    fn the_contract_keys_work_on_the_step_screen() {
        let cmd = |c: char| match action_for(Context::Steps, key(KeyCode::Char(c))) {
            Some(Action::Command(cmd)) => Some(cmd),
            _ => None,
        };
        assert_eq!(cmd('d'), Some(C::EditDecision));
        assert_eq!(cmd('t'), Some(C::TagThemes));
        assert_eq!(cmd('r'), Some(C::AddReflection));
        assert_eq!(cmd('b'), Some(C::EditBottleneck));
        assert_eq!(cmd('o'), Some(C::Reveal));
        assert_eq!(cmd('e'), Some(C::Export));
        assert_eq!(cmd('q'), Some(C::Quit));
        assert_eq!(cmd('?'), Some(C::Help));
        assert_eq!(cmd('n'), Some(C::Next));
        assert_eq!(cmd('p'), Some(C::Prev));
    }

    #[test]
    fn in_an_editor_letters_are_text_and_esc_leaves() {
        let a = action_for(Context::Editor, key(KeyCode::Char('q')));
        assert!(matches!(a, Some(Action::Key(_))));
        let esc = action_for(Context::Editor, key(KeyCode::Esc));
        assert!(matches!(esc, Some(Action::Command(C::Done))));
    }

    #[test]
    fn ctrl_c_quits_everywhere() {
        let ctrl_c = KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL);
        for ctx in [
            Context::Home,
            Context::SetupFilter,
            Context::SetupText,
            Context::Steps,
            Context::Editor,
            Context::Picker,
            Context::Summary,
        ] {
            assert!(matches!(
                action_for(ctx, ctrl_c),
                Some(Action::Command(C::Quit))
            ));
        }
    }
}
