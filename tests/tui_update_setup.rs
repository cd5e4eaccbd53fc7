//! Home and the set-up as a facilitator meets them: real keys through the
//! real keymap, no terminal, no files.

mod common;

use crossterm::event::KeyCode;

use casus::i18n::Lang;
use casus::tui::action::{Action, Effect};
use casus::tui::app::Screen;
use casus::tui::keymap::Context;
use casus::tui::screens::setup::{Page, Preset};

use common::*;

// ---------------------------------------------------------------- home and set-up

#[test]
fn enter_on_home_opens_the_setup_at_the_case_list() {
    let mut app = app(Lang::Nl);
    assert_eq!(app.context(), Context::Home);
    let effects = press_code(&mut app, KeyCode::Enter);
    assert!(effects.is_empty());
    assert_eq!(setup_page(&app), Page::Case);
    assert_eq!(app.context(), Context::SetupFilter);
}

#[test]
fn esc_on_the_first_setup_page_goes_home() {
    let mut app = app(Lang::Nl);
    press_code(&mut app, KeyCode::Enter);
    type_text(&mut app, "signaal");
    let effects = press_code(&mut app, KeyCode::Esc);
    assert!(effects.is_empty(), "going home saves nothing: {effects:?}");
    assert!(matches!(app.screen, Screen::Home));
}

#[test]
fn esc_on_a_later_setup_page_goes_back_one_page() {
    let mut app = app(Lang::Nl);
    press_code(&mut app, KeyCode::Enter);
    press_code(&mut app, KeyCode::Enter);
    assert_eq!(setup_page(&app), Page::Method);
    press_code(&mut app, KeyCode::Esc);
    assert_eq!(setup_page(&app), Page::Case);
}

#[test]
fn q_in_the_case_filter_is_typed_not_quit() {
    let mut app = app(Lang::Nl);
    press_code(&mut app, KeyCode::Enter);
    let effects = press(&mut app, ch('q'));
    assert!(!effects.contains(&Effect::Quit));
    assert!(matches!(app.screen, Screen::Setup(_)));
}

#[test]
fn starting_a_session_from_setup_creates_a_session_and_a_save_effect() {
    let mut app = app(Lang::Nl);
    let effects = start_session(&mut app, "signaal");
    assert_eq!(effects.len(), 1, "exactly one effect: {effects:?}");
    let saved = last_save(&effects);
    assert_eq!(saved.id, ID);
    assert_eq!(saved.case.id, "signaal-van-school");
    assert_eq!(saved.method.id, "casusbespreking", "the default method");
    assert_eq!(
        saved.theme_sets.len(),
        app.library.theme_sets.len(),
        "all sets by default"
    );
    assert_eq!(saved.group, GROUP);
    assert_eq!(saved.participants, vec!["AB".to_string(), "CD".to_string()]);
    assert_eq!(saved.started, now());
    assert_eq!(saved.language, "nl");
    assert_eq!(saved.position.phase, 0);
    assert!(saved.finished.is_none());
    assert_eq!(saved.steps.len(), saved.case.steps.len());
    let screen = session(&app);
    assert_eq!(&screen.session, saved, "the screen shows what was saved");
    assert_eq!(
        app.context(),
        Context::Notes,
        "the method starts with a Notes phase"
    );
    assert!(
        app.home.sessions.iter().any(|s| s.id == ID && !s.finished),
        "home knows the new session"
    );
}

#[test]
fn the_case_filter_folds_case_and_accents() {
    let mut app = app(Lang::Nl);
    press_code(&mut app, KeyCode::Enter);
    type_text(&mut app, "SCHÜLDEN");
    press_code(&mut app, KeyCode::Enter);
    assert_eq!(setup_page(&app), Page::Method);
    press_code(&mut app, KeyCode::Enter);
    press_code(&mut app, KeyCode::Enter);
    type_text(&mut app, "G");
    press_code(&mut app, KeyCode::Enter);
    press_code(&mut app, KeyCode::Enter);
    assert_eq!(session(&app).session.case.id, "schulden-en-zorg");
}

#[test]
fn a_filter_that_matches_nothing_does_not_go_on() {
    let mut app = app(Lang::Nl);
    press_code(&mut app, KeyCode::Enter);
    type_text(&mut app, "zzqqxx");
    press_code(&mut app, KeyCode::Enter);
    assert_eq!(setup_page(&app), Page::Case);
}

#[test]
fn down_and_up_choose_the_method() {
    let mut app = app(Lang::Nl);
    press_code(&mut app, KeyCode::Enter);
    type_text(&mut app, "signaal");
    press_code(&mut app, KeyCode::Enter);
    // Default is casusbespreking; move to the first method in the list
    // (the arrows: letters are typed into the method search, as in the case list).
    for _ in 0..5 {
        press_code(&mut app, KeyCode::Up);
    }
    press_code(&mut app, KeyCode::Down);
    press_code(&mut app, KeyCode::Up);
    press_code(&mut app, KeyCode::Enter);
    press_code(&mut app, KeyCode::Enter);
    type_text(&mut app, "G");
    press_code(&mut app, KeyCode::Enter);
    press_code(&mut app, KeyCode::Enter);
    let first = app.library.methods[0].item.id.clone();
    assert_eq!(session(&app).session.method.id, first);
}

#[test]
fn space_unchecks_a_theme_set_and_without_any_set_setup_refuses() {
    let mut app = app(Lang::Nl);
    press_code(&mut app, KeyCode::Enter);
    press_code(&mut app, KeyCode::Enter);
    press_code(&mut app, KeyCode::Enter);
    assert_eq!(setup_page(&app), Page::Themes);
    let sets = app.library.theme_sets.len();
    for i in 0..sets {
        press(&mut app, ch(' '));
        if i + 1 < sets {
            press(&mut app, ch('j'));
        }
    }
    press_code(&mut app, KeyCode::Enter);
    assert_eq!(setup_page(&app), Page::Themes, "no set chosen: stay");
    assert_eq!(status(&app), (nl().setup_need_set.to_string(), true));
    // Check the last one again and go on: only that set is in the session.
    press(&mut app, ch(' '));
    press_code(&mut app, KeyCode::Enter);
    type_text(&mut app, "G");
    press_code(&mut app, KeyCode::Enter);
    press_code(&mut app, KeyCode::Enter);
    let chosen: Vec<_> = session(&app)
        .session
        .theme_sets
        .iter()
        .map(|s| s.id.clone())
        .collect();
    assert_eq!(
        chosen,
        vec![app.library.theme_sets[sets - 1].item.id.clone()]
    );
}

#[test]
fn a_group_name_is_required() {
    let mut app = app(Lang::Nl);
    for _ in 0..4 {
        press_code(&mut app, KeyCode::Enter); // home, case, method, theme sets
    }
    assert_eq!(setup_page(&app), Page::Group);
    type_text(&mut app, "   ");
    let effects = press_code(&mut app, KeyCode::Enter);
    assert!(effects.is_empty());
    assert_eq!(setup_page(&app), Page::Group);
    assert_eq!(status(&app), (nl().setup_need_group.to_string(), true));
}

#[test]
fn participants_are_optional() {
    let mut app = app(Lang::Nl);
    for _ in 0..4 {
        press_code(&mut app, KeyCode::Enter); // home, case, method, theme sets
    }
    type_text(&mut app, "Intervisie");
    press_code(&mut app, KeyCode::Enter);
    let effects = press_code(&mut app, KeyCode::Enter);
    let saved = last_save(&effects);
    assert!(saved.participants.is_empty());
    assert_eq!(saved.group, "Intervisie");
}

#[test]
fn pasting_into_the_group_field_types_it() {
    let mut app = app(Lang::Nl);
    for _ in 0..4 {
        press_code(&mut app, KeyCode::Enter); // home, case, method, theme sets
    }
    act(&mut app, Action::Paste("Wijkteam\nZuid".into()));
    press_code(&mut app, KeyCode::Enter);
    let effects = press_code(&mut app, KeyCode::Enter);
    assert_eq!(last_save(&effects).group, "WijkteamZuid");
}

#[test]
fn casus_new_with_every_option_starts_at_the_participants() {
    let mut app = app(Lang::Nl);
    app.start_setup(Preset {
        case: Some("veilig-thuis".into()),
        method: Some("dilemmamethode".into()),
        themes: Some(vec!["reflectie".into()]),
        group: Some("Training".into()),
        ..Preset::default()
    });
    assert_eq!(setup_page(&app), Page::Participants);
    let effects = press_code(&mut app, KeyCode::Enter);
    let saved = last_save(&effects);
    assert_eq!(saved.case.id, "veilig-thuis");
    assert_eq!(saved.method.id, "dilemmamethode");
    assert_eq!(saved.theme_sets.len(), 1);
    assert_eq!(saved.theme_sets[0].id, "reflectie");
    assert_eq!(saved.group, "Training");
}

#[test]
fn casus_new_with_a_case_skips_the_case_page_and_esc_then_goes_home() {
    let mut app = app(Lang::Nl);
    app.start_setup(Preset {
        case: Some("veilig-thuis".into()),
        ..Preset::default()
    });
    assert_eq!(setup_page(&app), Page::Method);
    press_code(&mut app, KeyCode::Esc);
    assert!(matches!(app.screen, Screen::Home));
}

#[test]
fn home_lists_sessions_and_enter_opens_the_selected_one() {
    let mut first = app(Lang::Nl);
    let saved = last_save(&start_session(&mut first, "signaal")).clone();
    let mut app = app_with(Lang::Nl, std::slice::from_ref(&saved));
    press(&mut app, ch('j'));
    let effects = press_code(&mut app, KeyCode::Enter);
    assert_eq!(effects, vec![Effect::Open(ID.into())]);
    // The runner reads the file and reports back.
    act(&mut app, Action::Opened(Box::new(saved.clone())));
    assert_eq!(session(&app).session, saved);
}

#[test]
fn a_finished_session_opens_on_its_summary() {
    let mut first = app(Lang::Nl);
    let mut saved = last_save(&start_session(&mut first, "signaal")).clone();
    saved.finished = Some(now());
    let mut app = app_with(Lang::Nl, std::slice::from_ref(&saved));
    act(&mut app, Action::Opened(Box::new(saved)));
    assert!(matches!(app.screen, Screen::Summary(_)));
    assert_eq!(app.context(), Context::Summary);
}

#[test]
fn q_on_home_quits() {
    let mut app = app(Lang::Nl);
    assert_eq!(press(&mut app, ch('q')), vec![Effect::Quit]);
}

#[test]
fn going_back_in_the_setup_keeps_what_was_typed() {
    let mut app = app(Lang::Nl);
    for _ in 0..4 {
        press_code(&mut app, KeyCode::Enter); // home, case, method, theme sets
    }
    type_text(&mut app, "Team West");
    press_code(&mut app, KeyCode::Esc);
    assert_eq!(setup_page(&app), Page::Themes);
    press_code(&mut app, KeyCode::Enter);
    press_code(&mut app, KeyCode::Enter);
    let effects = press_code(&mut app, KeyCode::Enter);
    assert_eq!(last_save(&effects).group, "Team West");
}

// ---------------------------------------------------------------- the method list

/// Home → set-up → the case "signaal" → the method page.
fn at_the_method_page() -> casus::tui::app::App {
    let mut app = app(Lang::Nl);
    press_code(&mut app, KeyCode::Enter);
    type_text(&mut app, "signaal");
    press_code(&mut app, KeyCode::Enter);
    assert_eq!(setup_page(&app), Page::Method);
    app
}

fn method_titles(app: &casus::tui::app::App) -> Vec<String> {
    let Screen::Setup(setup) = &app.screen else {
        panic!("not the set-up");
    };
    setup
        .method_matches()
        .iter()
        .map(|&i| app.library.methods[i].item.title.clone())
        .collect()
}

#[test]
fn typing_on_the_method_page_narrows_the_methods_with_the_case_lists_matcher() {
    let mut app = at_the_method_page();
    assert_eq!(app.context(), Context::SetupFilter, "typed keys are text");
    type_text(&mut app, "oplossing bespreking");
    assert_eq!(
        method_titles(&app),
        vec!["Oplossingsgerichte casusbespreking".to_string()],
        "both words must match (AND), spaces included"
    );
    press_code(&mut app, KeyCode::Enter);
    assert_eq!(setup_page(&app), Page::Themes);
    press_code(&mut app, KeyCode::Enter);
    type_text(&mut app, GROUP);
    press_code(&mut app, KeyCode::Enter);
    let effects = press_code(&mut app, KeyCode::Enter);
    assert_eq!(last_save(&effects).method.id, "oplossingsgericht");
}

#[test]
fn a_method_is_found_by_a_phase_title_and_j_is_typed_not_a_move() {
    let mut app = at_the_method_page();
    type_text(&mut app, "j");
    let Screen::Setup(setup) = &app.screen else {
        panic!("not the set-up");
    };
    assert_eq!(setup.page, Page::Method);
    let titles = method_titles(&app);
    assert!(
        titles.iter().all(|t| !t.is_empty()) && titles.len() < app.library.methods.len(),
        "j narrows the list: {titles:?}"
    );
}

#[test]
fn a_method_query_that_matches_nothing_does_not_go_on() {
    let mut app = at_the_method_page();
    type_text(&mut app, "zzqqxx");
    assert!(method_titles(&app).is_empty());
    press_code(&mut app, KeyCode::Enter);
    assert_eq!(setup_page(&app), Page::Method);
    let screen = render(&app, 80, 24);
    assert!(screen.contains("Zoek: zzqqxx"), "{screen}");
    assert!(screen.contains("Niets gevonden"), "{screen}");
}
