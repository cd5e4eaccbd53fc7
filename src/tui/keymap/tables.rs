//! The binding tables, one per context. The order is the order of the footer
//! hints and of the help overlay.

use crossterm::event::KeyCode;

use super::types::{Binding, Context, Key};
use crate::tui::action::Command;

const fn b(keys: &'static [Key], command: Command) -> Binding {
    Binding {
        keys: std::borrow::Cow::Borrowed(keys),
        command,
    }
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
const GROUP: Binding = b(&[Ch('g')], C::EditGroup);
const REMOVE: Binding = b(&[Ch('x'), Code(KeyCode::Delete)], C::Remove);
const PRESENT: Binding = b(&[Ch('v')], C::TogglePresent);
// The facilitator's clock: `z` pauses and resumes, `m` gives five more minutes.
const PAUSE: Binding = b(&[Ch('z')], C::PauseTimer);
const MORE_TIME: Binding = b(&[Ch('m')], C::AddTime);
// An own case: `C` edits the preparation in every phase (`c` is the position round); the decision
// points are added, edited, moved and removed in the Steps phase.
const OWN_CASE: Binding = b(&[Ch('C')], C::EditOwnCase);
const ADD_STEP: Binding = b(&[Ch('+')], C::AddStep);
const EDIT_STEP: Binding = b(&[Ch('w')], C::EditStep);
const STEP_UP: Binding = b(&[Ch('<')], C::MoveStepUp);
const STEP_DOWN: Binding = b(&[Ch('>')], C::MoveStepDown);
const REMOVE_STEP: Binding = b(&[Ch('-')], C::RemoveStep);

const SCROLL_UP: Binding = b(
    &[Code(KeyCode::Up), Ch('k'), Code(KeyCode::PageUp)],
    C::ScrollUp,
);
const SCROLL_DOWN: Binding = b(
    &[Code(KeyCode::Down), Ch('j'), Code(KeyCode::PageDown)],
    C::ScrollDown,
);

// A session's pages: the arrows scroll a line, PgUp/PgDn a page, Home/End the ends.
const LINE_UP: Binding = b(&[Code(KeyCode::Up), Ch('k')], C::ScrollUp);
const LINE_DOWN: Binding = b(&[Code(KeyCode::Down), Ch('j')], C::ScrollDown);
const PAGE_UP: Binding = b(&[Code(KeyCode::PageUp)], C::PageUp);
const PAGE_DOWN: Binding = b(&[Code(KeyCode::PageDown)], C::PageDown);
const TOP: Binding = b(&[Code(KeyCode::Home)], C::Top);
const BOTTOM: Binding = b(&[Code(KeyCode::End)], C::Bottom);

const HOME: &[Binding] = &[CONFIRM, QUIT, UP, DOWN, b(&[Ch('r')], C::Review), HELP];
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
// Ctrl-R last: the footer keeps Ctrl-C, the help overlay lists it.
const SETUP_TEXT: &[Binding] = &[
    CONFIRM,
    BACK,
    HELP_F1,
    QUIT_CTRL,
    b(&[Ctrl('r')], C::Redact),
    b(&[Ctrl('p')], C::TogglePractice),
];
const NOTES: &[Binding] = &[
    LINE_UP,
    LINE_DOWN,
    PREV,
    NEXT,
    b(&[Code(KeyCode::Enter), Ch('i')], C::EditNotes),
    OPEN_SCORES,
    PREV_PHASE,
    NEXT_PHASE,
    OWN_CASE,
    GROUP,
    PRESENT,
    EXPORT,
    PAUSE,
    MORE_TIME,
    PAGE_UP,
    PAGE_DOWN,
    TOP,
    BOTTOM,
    HELP,
    QUIT,
];
// The group's actions first: the footer shows as many as fit, in this order.
const STEPS: &[Binding] = &[
    ADD_STEP,
    b(&[Ch('d')], C::EditDecision),
    b(&[Ch('t')], C::TagThemes),
    b(&[Ch('r')], C::AddReflection),
    b(&[Ch('b')], C::EditBottleneck),
    b(&[Ch('o')], C::Reveal),
    ROUND,
    SHOW_POSITIONS,
    PREV,
    NEXT,
    QUIT,
    EDIT_STEP,
    b(&[Ch('s')], C::Select),
    CONFIRM,
    REMOVE,
    STEP_UP,
    STEP_DOWN,
    REMOVE_STEP,
    LINE_UP,
    LINE_DOWN,
    PREV_PHASE,
    NEXT_PHASE,
    OWN_CASE,
    GROUP,
    PRESENT,
    EXPORT,
    PAUSE,
    MORE_TIME,
    PAGE_UP,
    PAGE_DOWN,
    TOP,
    BOTTOM,
    HELP,
];
const CLOSING: &[Binding] = &[
    UP,
    DOWN,
    b(&[Code(KeyCode::Enter)], C::Confirm),
    b(&[Ch('i')], C::EditLessons),
    b(&[Ch('b')], C::EditBottleneck),
    b(&[Ch('a')], C::AddAction),
    b(&[Ch('s')], C::OpenVotes),
    OPEN_SCORES,
    REMOVE,
    PREV,
    NEXT,
    PREV_PHASE,
    NEXT_PHASE,
    OWN_CASE,
    GROUP,
    PRESENT,
    EXPORT,
    PAUSE,
    MORE_TIME,
    HELP,
    QUIT,
];
// Positions before the reveal: `c` opens the round, `u` shows them all at once.
const ROUND: Binding = b(&[Ch('c')], C::OpenRound);
const SHOW_POSITIONS: Binding = b(&[Ch('u')], C::ShowPositions);
const ADD_VOTER: Binding = b(&[Ch('a')], C::AddVoter);
const CLOSE_PANEL: Binding = b(&[Code(KeyCode::Esc)], C::Back);
// The round: ↑/↓ an option, Enter records it for the participant on show,
// ←/→ the participant. Nothing else of the decision point acts meanwhile.
const ROUND_KEYS: &[Binding] = &[
    UP,
    DOWN,
    CONFIRM,
    PREV,
    NEXT,
    b(&[Ch('r')], C::EditReason),
    SHOW_POSITIONS,
    b(&[Ch('w')], C::MarkActual),
    ADD_VOTER,
    REMOVE,
    CLOSE_PANEL,
    HELP,
    QUIT,
];
// Dot-voting: ↑/↓ an item, ←/→ the participant, Enter or Space a dot.
const VOTES: &[Binding] = &[
    UP,
    DOWN,
    b(&[Code(KeyCode::Enter), Ch(' ')], C::Vote),
    b(&[Ch('-'), Code(KeyCode::Backspace)], C::Unvote),
    PREV,
    NEXT,
    b(&[Ch('>')], C::MoreVotes),
    b(&[Ch('<')], C::FewerVotes),
    ADD_VOTER,
    CLOSE_PANEL,
    HELP,
    QUIT,
];
// Scores (QSR style): `o` opens them where the method has them; ↑/↓ an
// indicator, 1 to 6 its score, Enter the why, x clears.
const OPEN_SCORES: Binding = b(&[Ch('o')], C::OpenScores);
const SCORES: &[Binding] = &[
    UP,
    DOWN,
    b(&[Ch('1')], C::Score(1)),
    b(&[Ch('2')], C::Score(2)),
    b(&[Ch('3')], C::Score(3)),
    b(&[Ch('4')], C::Score(4)),
    b(&[Ch('5')], C::Score(5)),
    b(&[Ch('6')], C::Score(6)),
    b(&[Code(KeyCode::Enter)], C::Confirm),
    REMOVE,
    CLOSE_PANEL,
    HELP,
    QUIT,
];
const REOPEN: Binding = b(&[Ch('R')], C::Reopen);
// Viewing a finished session never changes it: `R` asks before reopening.
const SUMMARY: &[Binding] = &[
    SCROLL_UP,
    SCROLL_DOWN,
    EXPORT,
    b(&[Ch('c')], C::ExportCase),
    b(&[Code(KeyCode::Left), Ch('h'), Ch('p')], C::ViewPages),
    REOPEN,
    b(&[Code(KeyCode::Esc), Code(KeyCode::Enter)], C::Back),
    HELP,
    QUIT,
];
const READ_ONLY: &[Binding] = &[
    PREV,
    NEXT,
    b(&[Code(KeyCode::Esc)], C::Back),
    REOPEN,
    SCROLL_UP,
    SCROLL_DOWN,
    PREV_PHASE,
    NEXT_PHASE,
    EXPORT,
    HELP,
    QUIT,
];
const REOPEN_ASK: &[Binding] = &[CONFIRM, BACK, QUIT_CTRL];
const EDITOR: &[Binding] = &[
    b(&[Code(KeyCode::Esc)], C::Done),
    b(&[Ctrl('s')], C::SaveNow),
    b(&[Ctrl('r')], C::Redact),
    b(&[Code(KeyCode::Tab)], C::SwitchField),
    HELP_F1,
    QUIT_CTRL,
];
// Like fzf: every character, Space included, goes to the query.
const PICKER: &[Binding] = &[
    b(&[Code(KeyCode::Tab)], C::Toggle),
    CONFIRM,
    BACK,
    UP_ARROW,
    DOWN_ARROW,
    HELP_F1,
    QUIT_CTRL,
];

// Review: `k` opens the register, so lists there move with the arrows only.
const FILTER: Binding = b(&[Ch('/')], C::Filter);
const CHART: Binding = b(&[Ch('c')], C::Chart);
const REGISTER: Binding = b(&[Ch('k')], C::Register);
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
const REVIEW_DETAIL: &[Binding] = &[EXPORT, PREV, NEXT, SCROLL_UP, SCROLL_DOWN, BACK, HELP, QUIT];
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
const SWITCH_LIST: Binding = b(&[Code(KeyCode::Tab)], C::SwitchList);
const REVIEW_REGISTER: &[Binding] = &[
    b(&[Ch('s')], C::CycleStatus),
    b(&[Ch('o')], C::EditOwner),
    SWITCH_LIST,
    b(&[Ch('d')], C::EditDue),
    b(&[Ch('a')], C::EditAnswer),
    b(&[Ch('l')], C::CycleLevel),
    b(&[Ch('t')], C::EditThemes),
    b(&[Ch('m')], C::LinkItem),
    EXPORT,
    CONFIRM,
    CHART,
    FILTER,
    UP_ARROW,
    DOWN_ARROW,
    BACK,
    HELP,
    QUIT,
];
const REVIEW_ACTIONS: &[Binding] = &[
    b(&[Ch('s')], C::CycleStatus),
    b(&[Ch('o')], C::EditOwner),
    SWITCH_LIST,
    b(&[Ch('d')], C::EditDue),
    EXPORT,
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
// Help closes with Esc, `?` or `q` and does nothing else; it scrolls when it
// does not fit. Ctrl-C still quits.
const HELP_OVERLAY: &[Binding] = &[
    b(
        &[Code(KeyCode::Esc), Ch('?'), Ch('q'), Code(KeyCode::F(1))],
        C::CloseHelp,
    ),
    b(&[Code(KeyCode::Up), Ch('k')], C::Up),
    b(&[Code(KeyCode::Down), Ch('j')], C::Down),
    b(&[Code(KeyCode::PageUp)], C::ScrollUp),
    b(&[Code(KeyCode::PageDown)], C::ScrollDown),
    QUIT_CTRL,
];

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
        Context::ReviewActions => REVIEW_ACTIONS,
        Context::Help => HELP_OVERLAY,
        Context::ReadOnly => READ_ONLY,
        Context::ReopenAsk => REOPEN_ASK,
        Context::Round => ROUND_KEYS,
        Context::Votes => VOTES,
        Context::Scores => SCORES,
        Context::Terugblik => TERUGBLIK,
    }
}

// The terugblik before the first phase: `s` the status (as in the register),
// Enter a note, Tab or → on to the first phase, Esc skips it.
const TERUGBLIK: &[Binding] = &[
    b(&[Ch('s')], C::CycleStatus),
    b(&[Code(KeyCode::Enter), Ch('i')], C::EditNotes),
    b(
        &[Code(KeyCode::Tab), Code(KeyCode::Right), Ch('n')],
        C::NextPhase,
    ),
    BACK,
    UP,
    DOWN,
    PRESENT,
    HELP,
    QUIT,
];
