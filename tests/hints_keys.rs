//! Hint sentences that name keys follow the user's `keys.ron` (issue 11's
//! leftovers): on the set-up pages, in the theme picker and on the review's
//! filter line, a sentence naming a key the user moved gives way to the same
//! sentence without keys; with the built-in keys it is unchanged.

mod common;

use casus::config::{Config, keys};
use casus::i18n::Lang;
use casus::tui::app::App;
use crossterm::event::KeyCode;

use common::*;

fn with_keys(mut app: App, text: &str) -> App {
    let (keys, problems) = keys::parse("keys.ron", text, Lang::Nl);
    assert!(problems.is_empty(), "{problems:?}");
    let config = Config {
        keys,
        ..Config::default()
    };
    casus::tui::start::configure(&mut app, &config);
    app
}

/// The screen at 200x60, wide enough for every hint on one line.
fn flat(app: &App) -> String {
    render(app, 200, 60)
}

#[test]
fn the_theme_sets_hint_names_space_and_enter_only_while_they_are_built_in() {
    let s = nl();
    let app = setup_on(2);
    let screen = flat(&app);
    assert!(screen.contains(s.setup_themes_hint), "{screen}");
    let app = with_keys(
        setup_on(2),
        r#"(screens: { "setup_list": { "toggle": ["x"] } })"#,
    );
    let screen = flat(&app);
    assert!(!screen.contains("spatie: aan/uit"), "{screen}");
    assert!(screen.contains(s.hints.setup_themes), "{screen}");
    let footer = screen.lines().last().unwrap_or_default();
    assert!(footer.contains(" x "), "the footer names x: {footer}");
}

#[test]
fn the_group_and_participants_hints_drop_enter_when_confirm_moves() {
    let s = nl();
    for (page, built_in, plain) in [
        (3, s.setup_group_hint, s.hints.setup_group),
        (4, s.setup_participants_hint, s.hints.setup_participants),
    ] {
        let screen = flat(&setup_on(page));
        assert!(screen.contains(built_in), "{screen}");
        let app = with_keys(
            setup_on(page),
            r#"(screens: { "setup_text": { "confirm": ["Ctrl-s"] } })"#,
        );
        let screen = flat(&app);
        assert!(!screen.contains("Enter:"), "page {page}:\n{screen}");
        assert!(screen.contains(plain), "page {page}:\n{screen}");
    }
}

#[test]
fn the_pickers_hint_names_tab_enter_and_esc_only_while_they_are_built_in() {
    let s = nl();
    let mut app = at_first_step(Lang::Nl);
    press(&mut app, ch('t'));
    assert!(flat(&app).contains(s.picker_hint));
    let mut app = with_keys(
        at_first_step(Lang::Nl),
        r#"(screens: { "picker": { "back": ["Ctrl-q"] } })"#,
    );
    press(&mut app, ch('t'));
    assert!(session(&app).picker.is_some(), "t opens the picker");
    let screen = flat(&app);
    assert!(!screen.contains(s.picker_hint), "{screen}");
    assert!(!screen.contains("Esc sluiten"), "{screen}");
    assert!(
        screen.contains(&format!("★ {}", s.picker_suggested)),
        "the legend stays:\n{screen}"
    );
    // And the new key does what the footer says.
    press(&mut app, ctrl('q'));
    assert!(session(&app).picker.is_none(), "Ctrl-q closes the picker");
    press(&mut app, ch('t'));
    press_code(&mut app, KeyCode::Esc);
    assert!(session(&app).picker.is_some(), "Esc no longer closes it");
}

#[test]
fn the_review_filter_hint_names_slash_only_while_it_is_built_in() {
    let s = nl();
    let dir = tempfile::tempdir().unwrap();
    let (app, _runner) = review_over(Lang::Nl, vec![dir.path().to_path_buf()], dir.path());
    let screen = flat(&app);
    assert!(screen.contains(s.review_filter_hint), "{screen}");
    let (app, _runner) = review_over(Lang::Nl, vec![dir.path().to_path_buf()], dir.path());
    let app = with_keys(app, r#"(screens: { "review_list": { "filter": ["f"] } })"#);
    let screen = flat(&app);
    assert!(!screen.contains(s.review_filter_hint), "{screen}");
    assert!(screen.contains(s.hints.review_filter), "{screen}");
}
