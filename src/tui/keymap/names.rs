//! The names of commands and screens in `keys.ron`: snake case, stable
//! (they are a file format; README lists them).

use super::types::Context;
use crate::tui::action::Command;

/// Every command, with its name in `keys.ron`.
pub const COMMANDS: &[(Command, &str)] = &[
    (Command::Quit, "quit"),
    (Command::Help, "help"),
    (Command::Back, "back"),
    (Command::Done, "done"),
    (Command::Confirm, "confirm"),
    (Command::Up, "up"),
    (Command::Down, "down"),
    (Command::Prev, "prev"),
    (Command::Next, "next"),
    (Command::PrevPhase, "prev_phase"),
    (Command::NextPhase, "next_phase"),
    (Command::EditNotes, "edit_notes"),
    (Command::EditDecision, "edit_decision"),
    (Command::TagThemes, "tag_themes"),
    (Command::AddReflection, "add_reflection"),
    (Command::EditBottleneck, "edit_bottleneck"),
    (Command::Reveal, "reveal"),
    (Command::AddAction, "add_action"),
    (Command::EditLessons, "edit_lessons"),
    (Command::Export, "export"),
    (Command::TogglePresent, "present"),
    (Command::Toggle, "toggle"),
    (Command::SaveNow, "save_now"),
    (Command::Redact, "redact"),
    (Command::SwitchField, "switch_field"),
    (Command::ScrollUp, "scroll_up"),
    (Command::ScrollDown, "scroll_down"),
    (Command::Review, "review"),
    (Command::Filter, "filter"),
    (Command::Chart, "chart"),
    (Command::Register, "register"),
    (Command::Problems, "problems"),
    (Command::CycleStatus, "cycle_status"),
    (Command::EditOwner, "edit_owner"),
    (Command::CloseHelp, "close_help"),
    (Command::Select, "select"),
    (Command::Remove, "remove"),
    (Command::EditGroup, "edit_group"),
    (Command::ViewPages, "view_pages"),
    (Command::Reopen, "reopen"),
    (Command::PauseTimer, "pause_timer"),
    (Command::AddTime, "add_time"),
    (Command::PageUp, "page_up"),
    (Command::PageDown, "page_down"),
    (Command::Top, "top"),
    (Command::Bottom, "bottom"),
    (Command::AddStep, "add_step"),
    (Command::EditStep, "edit_step"),
    (Command::MoveStepUp, "move_step_up"),
    (Command::MoveStepDown, "move_step_down"),
    (Command::RemoveStep, "remove_step"),
    (Command::EditOwnCase, "edit_own_case"),
    (Command::ExportCase, "export_case"),
    (Command::OpenRound, "open_round"),
    (Command::ShowPositions, "show_positions"),
    (Command::MarkActual, "mark_actual"),
    (Command::EditReason, "edit_reason"),
    (Command::AddVoter, "add_voter"),
    (Command::OpenVotes, "open_votes"),
    (Command::Vote, "vote"),
    (Command::Unvote, "unvote"),
    (Command::MoreVotes, "more_votes"),
    (Command::FewerVotes, "fewer_votes"),
    (Command::OpenScores, "open_scores"),
    (Command::Score(1), "score_1"),
    (Command::Score(2), "score_2"),
    (Command::Score(3), "score_3"),
    (Command::Score(4), "score_4"),
    (Command::Score(5), "score_5"),
    (Command::Score(6), "score_6"),
    (Command::EditDue, "edit_due"),
    (Command::EditAnswer, "edit_answer"),
    (Command::CycleLevel, "cycle_level"),
    (Command::LinkItem, "link"),
    (Command::SwitchList, "switch_list"),
    (Command::EditThemes, "edit_themes"),
    (Command::TogglePractice, "toggle_practice"),
];

/// Every screen (keymap context), with its name in `keys.ron`.
pub const CONTEXTS: &[(Context, &str)] = &[
    (Context::Home, "home"),
    (Context::SetupFilter, "setup_filter"),
    (Context::SetupList, "setup_list"),
    (Context::SetupText, "setup_text"),
    (Context::Notes, "notes"),
    (Context::Steps, "steps"),
    (Context::Closing, "closing"),
    (Context::Summary, "summary"),
    (Context::Editor, "editor"),
    (Context::Picker, "picker"),
    (Context::ReviewList, "review_list"),
    (Context::ReviewFilter, "review_filter"),
    (Context::ReviewDetail, "review_detail"),
    (Context::ReviewChart, "review_chart"),
    (Context::ReviewStories, "review_stories"),
    (Context::ReviewRegister, "review_register"),
    (Context::ReviewOwner, "review_owner"),
    (Context::ReviewActions, "review_actions"),
    (Context::Help, "help"),
    (Context::ReadOnly, "read_only"),
    (Context::ReopenAsk, "reopen_ask"),
    (Context::Round, "round"),
    (Context::Votes, "votes"),
    (Context::Scores, "scores"),
    (Context::Terugblik, "terugblik"),
];

/// The command called `name`.
pub fn command(name: &str) -> Option<Command> {
    COMMANDS.iter().find(|(_, n)| *n == name).map(|&(c, _)| c)
}

/// The screen called `name`.
pub fn context(name: &str) -> Option<Context> {
    CONTEXTS.iter().find(|(_, n)| *n == name).map(|&(c, _)| c)
}

/// The name of a screen.
pub fn context_name(context: Context) -> &'static str {
    CONTEXTS
        .iter()
        .find(|(c, _)| *c == context)
        .map_or("", |&(_, n)| n)
}

/// The name of a command.
pub fn command_name(command: Command) -> &'static str {
    COMMANDS
        .iter()
        .find(|(c, _)| *c == command)
        .map_or("", |&(_, n)| n)
}
