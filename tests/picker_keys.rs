//! The theme picker behaves like fzf (issue 11, findings 1 and 2): what is
//! typed, spaces included, is the query; `Tab` toggles and moves down;
//! `Enter` takes the highlighted theme when nothing was toggled in this
//! visit; `Esc` closes. Real keys through `update`, no files.

mod common;

use crossterm::event::KeyCode;

use casus::i18n::Lang;
use casus::tui::app::App;
use casus::tui::keymap::Context;

use common::*;

fn picker(app: &App) -> &casus::tui::screens::session::picker::ThemePicker {
    session(app).picker.as_ref().expect("the picker is open")
}

fn themes(app: &App) -> Vec<String> {
    session(app).session.steps[0].themes.clone()
}

fn highlighted(app: &App) -> String {
    picker(app)
        .current()
        .expect("a theme is highlighted")
        .to_string()
}

#[test]
fn a_space_in_the_query_is_typed_and_ticks_nothing() {
    for query in ["eerste lijn", "een regisseur", "wie betaalt"] {
        let mut app = at_first_step(Lang::Nl);
        press(&mut app, ch('t'));
        let effects = type_text(&mut app, query);
        assert!(saves(&effects).is_empty(), "{query}: nothing saved");
        assert_eq!(picker(&app).list.query.value(), query);
        assert!(themes(&app).is_empty(), "{query}: nothing ticked");
    }
}

#[test]
fn enter_with_a_query_takes_the_highlighted_theme_and_closes() {
    let mut app = at_first_step(Lang::Nl);
    press(&mut app, ch('t'));
    type_text(&mut app, "eerste lijn");
    assert_eq!(highlighted(&app), "eigenwijs/eerste-lijn-dichtbij");
    let effects = press_code(&mut app, KeyCode::Enter);
    assert_eq!(
        last_save(&effects).steps[0].themes,
        vec!["eigenwijs/eerste-lijn-dichtbij".to_string()]
    );
    assert_eq!(app.context(), Context::Steps, "Enter closes the picker");
}

#[test]
fn enter_with_regie_tags_the_best_match() {
    let mut app = at_first_step(Lang::Nl);
    press(&mut app, ch('t'));
    type_text(&mut app, "regie");
    let top = highlighted(&app);
    press_code(&mut app, KeyCode::Enter);
    assert_eq!(themes(&app), vec![top]);
}

#[test]
fn tab_twice_ticks_two_themes_and_enter_then_only_closes() {
    let mut app = at_first_step(Lang::Nl);
    press(&mut app, ch('t'));
    let first = highlighted(&app);
    press_code(&mut app, KeyCode::Tab);
    let second = highlighted(&app);
    assert_ne!(first, second, "Tab moves down");
    press_code(&mut app, KeyCode::Tab);
    assert_eq!(themes(&app), vec![first.clone(), second.clone()]);
    let effects = press_code(&mut app, KeyCode::Enter);
    assert!(
        saves(&effects).is_empty(),
        "toggled this visit: Enter adds nothing"
    );
    assert_eq!(themes(&app), vec![first, second]);
    assert_eq!(app.context(), Context::Steps);
}

#[test]
fn enter_on_a_theme_ticked_before_keeps_it() {
    let mut app = at_first_step(Lang::Nl);
    press(&mut app, ch('t'));
    press_code(&mut app, KeyCode::Enter);
    let tagged = themes(&app);
    assert_eq!(tagged.len(), 1);
    press(&mut app, ch('t'));
    assert_eq!(highlighted(&app), tagged[0], "ticked themes come first");
    press_code(&mut app, KeyCode::Enter);
    assert_eq!(themes(&app), tagged, "Enter never unticks");
}

#[test]
fn esc_closes_without_taking_the_highlighted_theme() {
    let mut app = at_first_step(Lang::Nl);
    press(&mut app, ch('t'));
    type_text(&mut app, "mandaat");
    let effects = press_code(&mut app, KeyCode::Esc);
    assert!(saves(&effects).is_empty());
    assert!(themes(&app).is_empty());
    assert_eq!(app.context(), Context::Steps);
}

#[test]
fn enter_without_a_match_tags_nothing() {
    let mut app = at_first_step(Lang::Nl);
    press(&mut app, ch('t'));
    type_text(&mut app, "zzqq");
    assert!(picker(&app).list.matches.is_empty());
    assert!(render(&app, 80, 24).contains("geen thema gevonden"));
    press_code(&mut app, KeyCode::Enter);
    assert!(themes(&app).is_empty());
}

#[test]
fn ticked_themes_stay_listed_above_the_query_results() {
    let mut app = at_first_step(Lang::En);
    press(&mut app, ch('t'));
    press_code(&mut app, KeyCode::Tab);
    type_text(&mut app, "mandaat");
    let screen = render(&app, 120, 40);
    assert!(
        screen.contains("Ticked: Eerste lijn dichtbij de vindplaatsen"),
        "{screen}"
    );
    assert!(screen.contains("no theme found") || screen.contains("Groot mandaat"));
}

#[test]
fn the_footer_and_help_of_the_picker_offer_tab_not_space() {
    let mut app = at_first_step(Lang::Nl);
    press(&mut app, ch('t'));
    let screen = render(&app, 120, 40);
    let footer = screen.lines().rev().find(|l| !l.is_empty()).unwrap();
    assert!(footer.contains("Tab aan/uit"), "{footer}");
    assert!(!footer.contains("Space"), "{footer}");
}
