//! Tagging themes with the theme picker: real keys, no files.

mod common;

use crossterm::event::KeyCode;

use casus::i18n::Lang;
use casus::tui::action::Action;
use casus::tui::keymap::Context;

use common::*;

// ---------------------------------------------------------------- themes

#[test]
fn t_opens_the_picker_with_the_steps_suggested_themes_first() {
    let mut app = at_first_step(Lang::Nl);
    let effects = press(&mut app, ch('t'));
    assert!(effects.is_empty());
    assert_eq!(app.context(), Context::Picker);
    let screen = session(&app);
    let suggested = screen.session.case.steps[0].suggested_themes.clone();
    assert!(!suggested.is_empty());
    let picker = screen.picker.as_ref().unwrap();
    let shown: Vec<&str> = picker
        .list
        .matches
        .iter()
        .map(|&i| picker.items[i].reference.as_str())
        .collect();
    let mut first: Vec<&str> = shown[..suggested.len()].to_vec();
    first.sort();
    let mut want: Vec<&str> = suggested.iter().map(String::as_str).collect();
    want.sort();
    assert_eq!(first, want, "suggested themes come first");
    assert!(
        picker.items[picker.list.matches[suggested.len()]]
            .suggested
            .eq(&false)
    );
    let total: usize = screen
        .session
        .theme_sets
        .iter()
        .map(|s| s.themes.len())
        .sum();
    assert_eq!(
        shown.len(),
        total,
        "every theme of the chosen sets is offered"
    );
}

#[test]
fn the_picker_follows_the_step_it_was_opened_on() {
    let mut app = at_first_step(Lang::Nl);
    press(&mut app, ch('n'));
    press(&mut app, ch('t'));
    let screen = session(&app);
    let picker = screen.picker.as_ref().unwrap();
    let top = &picker.items[picker.list.matches[0]];
    assert!(top.suggested);
    assert!(
        screen.session.case.steps[1]
            .suggested_themes
            .contains(&top.reference)
    );
}

#[test]
fn tab_tags_a_theme_saves_it_moves_down_and_tab_on_it_again_removes_it() {
    let mut app = at_first_step(Lang::Nl);
    press(&mut app, ch('t'));
    let reference = session(&app)
        .picker
        .as_ref()
        .unwrap()
        .current()
        .unwrap()
        .to_string();
    let effects = press_code(&mut app, KeyCode::Tab);
    assert_eq!(last_save(&effects).steps[0].themes, vec![reference.clone()]);
    assert_eq!(app.context(), Context::Picker, "the picker stays open");
    assert_eq!(session(&app).picker.as_ref().unwrap().list.selected, 1);
    press_code(&mut app, KeyCode::Up);
    let effects = press_code(&mut app, KeyCode::Tab);
    assert!(last_save(&effects).steps[0].themes.is_empty());
}

#[test]
fn the_arrows_move_in_the_picker_and_several_themes_can_be_tagged() {
    let mut app = at_first_step(Lang::Nl);
    press(&mut app, ch('t'));
    press_code(&mut app, KeyCode::Tab); // the first, then on to the second
    press_code(&mut app, KeyCode::Down);
    let effects = press_code(&mut app, KeyCode::Tab); // the third
    let themes = &last_save(&effects).steps[0].themes;
    assert_eq!(themes.len(), 2);
    for _ in 0..3 {
        press_code(&mut app, KeyCode::Up);
    }
    let effects = press_code(&mut app, KeyCode::Tab);
    assert_eq!(
        last_save(&effects).steps[0].themes.len(),
        1,
        "the first one untagged"
    );
}

fn picker_top(app: &casus::tui::app::App) -> Vec<String> {
    let picker = session(app).picker.as_ref().unwrap();
    picker
        .list
        .matches
        .iter()
        .map(|&i| picker.items[i].reference.clone())
        .collect()
}

#[test]
fn typing_eerstelijn_without_a_space_finds_the_first_line_themes() {
    let mut app = at_first_step(Lang::Nl);
    press(&mut app, ch('t'));
    type_text(&mut app, "eerstelijn");
    let found = picker_top(&app);
    assert!(
        [
            "eigenwijs/sterke-eerste-lijn",
            "eigenwijs/eerste-lijn-dichtbij"
        ]
        .contains(&found[0].as_str()),
        "best match {found:?}"
    );
    assert!(found.contains(&"eigenwijs/sterke-eerste-lijn".to_string()));
    assert!(found.contains(&"eigenwijs/eerste-lijn-dichtbij".to_string()));
}

#[test]
fn typing_with_odd_accents_and_capitals_still_finds_the_theme() {
    let mut app = at_first_step(Lang::Nl);
    press(&mut app, ch('t'));
    type_text(&mut app, "Eérste");
    let found = picker_top(&app);
    assert!(
        found.contains(&"eigenwijs/sterke-eerste-lijn".to_string()),
        "{found:?}"
    );
}

#[test]
fn typing_without_accents_finds_a_label_with_accents() {
    let mut app = at_first_step(Lang::Nl);
    press(&mut app, ch('t'));
    type_text(&mut app, "residentiele");
    let found = picker_top(&app);
    assert_eq!(
        found[0], "hervormingsagenda/minder-residentieel",
        "{found:?}"
    );
}

#[test]
fn a_filtered_theme_is_tagged_with_tab_and_enter_then_only_closes_the_picker() {
    let mut app = at_first_step(Lang::Nl);
    press(&mut app, ch('t'));
    type_text(&mut app, "mandaat");
    let effects = press_code(&mut app, KeyCode::Tab);
    assert_eq!(
        last_save(&effects).steps[0].themes,
        vec!["eigenwijs/mandaat".to_string()]
    );
    let effects = press_code(&mut app, KeyCode::Enter);
    assert!(effects.is_empty(), "already saved when toggled");
    assert_eq!(app.context(), Context::Steps);
    assert_eq!(
        session(&app).session.steps[0].themes,
        vec!["eigenwijs/mandaat".to_string()]
    );
}

#[test]
fn esc_closes_the_picker_keeping_the_tags() {
    let mut app = at_first_step(Lang::Nl);
    press(&mut app, ch('t'));
    press_code(&mut app, KeyCode::Tab);
    press_code(&mut app, KeyCode::Esc);
    assert_eq!(app.context(), Context::Steps);
    assert_eq!(session(&app).session.steps[0].themes.len(), 1);
}

#[test]
fn pasting_into_the_picker_filters_it() {
    let mut app = at_first_step(Lang::Nl);
    press(&mut app, ch('t'));
    act(&mut app, Action::Paste("mandaat".into()));
    assert_eq!(picker_top(&app)[0], "eigenwijs/mandaat");
}
