//! Keys to commands, per context. The help overlay is drawn from this table,
//! so what `?` shows is always what the keys do.

use super::action::Command;
use crate::i18n::Strings;

pub mod names;
mod tables;
mod types;
mod user;

pub use tables::bindings;
pub use types::{Binding, Context, Key};
pub use user::Keymap;

use Command as C;

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
        C::TogglePresent => s.settings.cmd_present,
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
        C::CloseHelp => s.cmd_close_help,
        C::Select => s.edit.cmd_select,
        C::Remove => s.edit.cmd_remove,
        C::EditGroup => s.edit.cmd_edit_group,
        C::ViewPages => s.clock.cmd_view_pages,
        C::Reopen => s.clock.cmd_reopen,
        C::PauseTimer => s.clock.cmd_pause,
        C::AddTime => s.clock.cmd_add_time,
        C::PageUp => s.clock.cmd_page_up,
        C::PageDown => s.clock.cmd_page_down,
        C::Top => s.clock.cmd_top,
        C::Bottom => s.clock.cmd_bottom,
        C::AddStep => s.own.cmd_add_step,
        C::EditStep => s.own.cmd_edit_step,
        C::MoveStepUp => s.own.cmd_move_up,
        C::MoveStepDown => s.own.cmd_move_down,
        C::RemoveStep => s.own.cmd_remove_step,
        C::EditOwnCase => s.own.cmd_edit_own,
        C::ExportCase => s.own.cmd_export_case,
        C::OpenRound => s.stance.cmd_round,
        C::ShowPositions => s.stance.cmd_show,
        C::MarkActual => s.stance.cmd_actual,
        C::EditReason => s.stance.cmd_reason,
        C::AddVoter => s.stance.cmd_add_voter,
        C::OpenVotes => s.stance.cmd_votes,
        C::Vote => s.stance.cmd_vote,
        C::Unvote => s.stance.cmd_unvote,
        C::MoreVotes => s.stance.cmd_more_votes,
        C::FewerVotes => s.stance.cmd_fewer_votes,
        C::OpenScores => s.scores.cmd_open,
        C::Score(_) => s.scores.cmd_score,
        C::EditDue => s.register.cmd_due,
        C::EditAnswer => s.register.cmd_answer,
        C::CycleLevel => s.register.cmd_level,
        C::LinkItem => s.register.cmd_link,
        C::SwitchList => s.register.cmd_switch_list,
        C::EditThemes => s.cmd_tag_themes,
        C::TogglePractice => s.terugblik.cmd_practice,
    }
}

/// The keys of a binding as the help shows them: `←/h/p`.
pub fn keys_label(binding: &Binding, s: &Strings) -> String {
    binding
        .keys
        .iter()
        .map(|k| k.label(s))
        .collect::<Vec<_>>()
        .join("/")
}

/// True where typed characters are text, not commands. In help they are
/// neither: they reach `update`, which only says how to close help.
pub(crate) fn takes_text(context: Context) -> bool {
    matches!(
        context,
        Context::Help
            | Context::SetupFilter
            | Context::SetupText
            | Context::Editor
            | Context::Picker
            | Context::ReviewFilter
            | Context::ReviewOwner
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tui::action::Action;
    use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

    fn action_for(context: Context, ev: KeyEvent) -> Option<Action> {
        Keymap::default().action_for(context, ev)
    }

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
