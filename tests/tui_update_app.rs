//! What holds on every screen: the clock, the help overlay, the status
//! line, the window size and the language.

mod common;

use crossterm::event::KeyCode;

use casus::i18n::Lang;
use casus::tui::action::{Action, Effect};
use casus::tui::app::Screen;
use casus::tui::keymap::Context;

use common::*;

// ---------------------------------------------------------------- clock

#[test]
fn ticks_count_time_in_the_current_phase_only() {
    let mut app = started(Lang::Nl);
    for t in 0..=10 {
        act(&mut app, Action::Tick(at(t)));
    }
    assert_eq!(session(&app).session.phases[0].elapsed_secs, 10);
    assert_eq!(app.now, at(10));
    press(&mut app, ch('n'));
    for t in 11..=14 {
        act(&mut app, Action::Tick(at(t)));
    }
    let phases = &session(&app).session.phases;
    assert_eq!((phases[0].elapsed_secs, phases[1].elapsed_secs), (10, 4));
}

#[test]
fn a_long_gap_between_ticks_is_not_counted_as_meeting_time() {
    let mut app = started(Lang::Nl);
    act(&mut app, Action::Tick(at(0)));
    act(&mut app, Action::Tick(at(3600)));
    assert!(session(&app).session.phases[0].elapsed_secs <= 5);
}

#[test]
fn the_phase_clocks_are_saved_now_and_then() {
    let mut app = started(Lang::Nl);
    let mut effects = Vec::new();
    for t in 0..=40 {
        effects.extend(act(&mut app, Action::Tick(at(t))));
    }
    assert!(!saves(&effects).is_empty(), "clock saved within 40 s");
}

#[test]
fn a_timer_over_time_keeps_counting_and_says_so() {
    let mut app = started(Lang::Nl);
    // The opening has 20 minutes; run 21:40.
    for t in (0..=1300).step_by(5) {
        act(&mut app, Action::Tick(at(t)));
    }
    assert_eq!(session(&app).session.phases[0].elapsed_secs, 1300);
    let screen = render(&app, 120, 40);
    assert!(screen.contains("01:40 over tijd"), "{screen}");
    act(&mut app, Action::Tick(at(1305)));
    assert!(render(&app, 120, 40).contains("01:45 over tijd"));
    assert_eq!(app.context(), Context::Notes, "time over never blocks");
    assert!(!press(&mut app, ch('n')).is_empty());
}

#[test]
fn the_timer_counts_down_before_time_is_up() {
    let mut app = started(Lang::Nl);
    for t in (0..=65).step_by(5) {
        act(&mut app, Action::Tick(at(t)));
    }
    assert!(render(&app, 120, 40).contains("nog 18:55"));
}

// ---------------------------------------------------------------- help, status, terminal

#[test]
fn question_mark_toggles_the_help_and_it_lists_this_screens_keys() {
    let mut app = at_first_step(Lang::Nl);
    press(&mut app, ch('?'));
    assert!(app.help);
    let screen = render(&app, 120, 40);
    assert!(screen.contains(nl().help_title), "{screen}");
    assert!(screen.contains(nl().cmd_edit_decision));
    assert!(screen.contains(nl().cmd_tag_themes));
    press(&mut app, ch('?'));
    assert!(!app.help);
}

#[test]
fn a_key_with_the_help_open_does_nothing_and_help_stays_open() {
    let mut app = at_first_step(Lang::Nl);
    press(&mut app, ch('?'));
    let effects = press(&mut app, ch('d'));
    assert!(effects.is_empty());
    assert!(app.help, "only Esc, ? and q close help");
    assert!(session(&app).editor.is_none(), "d did not open the editor");
}

#[test]
fn q_with_the_help_open_closes_it_and_ctrl_c_still_quits_and_saves() {
    let mut app = at_first_step(Lang::Nl);
    press(&mut app, ch('?'));
    let effects = press(&mut app, ch('q'));
    assert!(effects.is_empty(), "q closes help and does not quit");
    assert!(!app.help);
    press(&mut app, ch('?'));
    let effects = press(&mut app, ctrl('c'));
    assert!(effects.contains(&Effect::Quit));
    assert!(!saves(&effects).is_empty());
}

#[test]
fn f1_opens_the_help_in_an_editor_where_question_mark_is_text() {
    let mut app = at_first_step(Lang::Nl);
    press(&mut app, ch('d'));
    press(&mut app, ch('?'));
    assert!(!app.help);
    assert_eq!(editor_text(&app), "?");
    press_code(&mut app, KeyCode::F(1));
    assert!(app.help);
    let screen = render(&app, 120, 40);
    assert!(screen.contains(nl().cmd_save_now), "{screen}");
    press_code(&mut app, KeyCode::F(1));
    assert!(!app.help);
    assert_eq!(editor_text(&app), "?", "the text is untouched");
}

#[test]
fn help_works_on_home_and_in_the_setup() {
    let mut app = app(Lang::Nl);
    press(&mut app, ch('?'));
    assert!(app.help);
    press(&mut app, ch('?'));
    press_code(&mut app, KeyCode::Enter);
    press_code(&mut app, KeyCode::F(1));
    assert!(app.help);
}

#[test]
fn a_failed_save_is_shown_as_an_error_and_the_text_stays() {
    let mut app = at_first_step(Lang::Nl);
    press(&mut app, ch('d'));
    type_text(&mut app, "Belangrijk");
    press_code(&mut app, KeyCode::Esc);
    act(&mut app, Action::SaveFailed("schijf vol".into()));
    let (text, error) = status(&app);
    assert!(error);
    assert!(text.contains("schijf vol"), "{text}");
    assert_eq!(session(&app).session.steps[0].decision, "Belangrijk");
}

#[test]
fn a_failed_open_is_shown_and_home_stays() {
    let mut app = app(Lang::Nl);
    act(&mut app, Action::OpenFailed("kapot.ron:3:1: fout".into()));
    assert!(matches!(app.screen, Screen::Home));
    assert_eq!(status(&app), ("kapot.ron:3:1: fout".to_string(), true));
}

#[test]
fn the_next_command_clears_the_status_line() {
    let mut app = at_first_step(Lang::Nl);
    press(&mut app, ch('v'));
    assert!(app.status.is_some());
    press(&mut app, ch('n'));
    assert!(app.status.is_none());
}

#[test]
fn resize_is_remembered() {
    let mut app = app(Lang::Nl);
    act(&mut app, Action::Resize(100, 30));
    assert_eq!(app.size, (100, 30));
}

#[test]
fn a_tiny_window_asks_to_be_made_larger_down_to_a_single_cell() {
    let app = at_first_step(Lang::Nl);
    let screen = render(&app, 40, 10);
    assert!(screen.contains("Maak het venster"), "{screen}");
    // Even one cell does not panic, and shows the start of that message.
    let first = nl().too_small.chars().next().expect("a message");
    assert_eq!(render(&app, 1, 1), format!("{first}\n"));
}

#[test]
fn the_interface_speaks_english_when_asked() {
    let mut app = app(Lang::En);
    let effects = start_session(&mut app, "signaal");
    assert_eq!(last_save(&effects).language, "en");
    let screen = render(&app, 120, 40);
    assert!(screen.contains(Lang::En.strings().notes_title), "{screen}");
}
