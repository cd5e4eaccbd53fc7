//! `update` as a facilitator meets it: real keys through the real keymap,
//! no terminal, no files. Every test reads as a sentence of the spec.

mod common;

use crossterm::event::KeyCode;

use casus::i18n::Lang;
use casus::model::{BottleneckStatus, Draft, DraftTarget, PhaseKind, Reflection};
use casus::store::to_ron;
use casus::tui::action::{Action, Effect};
use casus::tui::app::Screen;
use casus::tui::keymap::Context;
use casus::tui::screens::session::SessionScreen;
use casus::tui::screens::setup::{Page, Preset};

use common::*;

fn nl() -> &'static casus::i18n::Strings {
    Lang::Nl.strings()
}

fn setup_page(app: &casus::tui::app::App) -> Page {
    match &app.screen {
        Screen::Setup(s) => s.page,
        other => panic!("expected the set-up, got {}", screen_name(other)),
    }
}

fn status(app: &casus::tui::app::App) -> (String, bool) {
    let s = app.status.as_ref().expect("a status message");
    (s.text.clone(), s.error)
}

fn editor_text(app: &casus::tui::app::App) -> String {
    session(app).editor.as_ref().expect("an open editor").text()
}

/// Asserts that no saved session holds `needle` anywhere in its file.
fn assert_never_saved(effects: &[Effect], needle: &str) {
    for s in saves(effects) {
        assert!(
            !to_ron(s).contains(needle),
            "a saved session contains {needle:?}"
        );
    }
}

/// Seconds after the fixed start.
fn at(secs: i64) -> jiff::Timestamp {
    now() + jiff::SignedDuration::from_secs(secs)
}

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
    // Default is casusbespreking; move to the first method in the list.
    for _ in 0..5 {
        press(&mut app, ch('k'));
    }
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

// ---------------------------------------------------------------- moving through phases and steps

#[test]
fn next_moves_from_the_opening_to_the_first_decision_point_and_saves_the_position() {
    let mut app = started(Lang::Nl);
    let effects = press_code(&mut app, KeyCode::Right);
    let saved = last_save(&effects);
    assert_eq!(saved.position.phase, 1);
    assert_eq!(saved.position.step, 0);
    assert_eq!(saved.method.phases[1].kind, PhaseKind::Steps);
    assert_eq!(app.context(), Context::Steps);
}

#[test]
fn next_and_prev_move_through_decision_points_and_save_the_position() {
    let mut app = at_first_step(Lang::Nl);
    let effects = press(&mut app, ch('n'));
    assert_eq!(last_save(&effects).position.step, 1);
    let effects = press(&mut app, ch('l'));
    assert_eq!(last_save(&effects).position.step, 2);
    let effects = press(&mut app, ch('p'));
    assert_eq!(last_save(&effects).position.step, 1);
    let effects = press_code(&mut app, KeyCode::Left);
    let saved = last_save(&effects);
    assert_eq!((saved.position.phase, saved.position.step), (1, 0));
    let effects = press(&mut app, ch('h'));
    let saved = last_save(&effects);
    assert_eq!(
        saved.position.phase, 0,
        "before the first step: the previous phase"
    );
    assert_eq!(app.context(), Context::Notes);
}

#[test]
fn after_the_last_decision_point_next_goes_to_the_closing() {
    let mut app = at_first_step(Lang::Nl);
    let steps = session(&app).session.steps.len();
    for _ in 1..steps {
        press(&mut app, ch('n'));
    }
    assert_eq!(session(&app).session.position.step, steps - 1);
    let effects = press(&mut app, ch('n'));
    assert_eq!(last_save(&effects).position.phase, 2);
    assert_eq!(app.context(), Context::Closing);
}

#[test]
fn tab_skips_the_decision_points_and_shift_tab_comes_back_to_the_same_step() {
    let mut app = at_first_step(Lang::Nl);
    press(&mut app, ch('n'));
    let effects = press_code(&mut app, KeyCode::Tab);
    assert_eq!(last_save(&effects).position.phase, 2);
    let effects = press_code(&mut app, KeyCode::BackTab);
    let saved = last_save(&effects);
    assert_eq!((saved.position.phase, saved.position.step), (1, 1));
}

#[test]
fn past_the_last_phase_the_session_is_finished_and_the_summary_shows() {
    let mut app = at_first_step(Lang::Nl);
    press_code(&mut app, KeyCode::Tab); // closing
    press(&mut app, ch('n')); // evaluation
    assert_eq!(app.context(), Context::Notes);
    app.now = at(3600);
    let effects = press(&mut app, ch('n'));
    let saved = last_save(&effects).clone();
    assert_eq!(saved.finished, Some(at(3600)));
    assert_eq!(saved.updated, at(3600));
    match &app.screen {
        Screen::Summary(sum) => assert_eq!(sum.session, saved),
        other => panic!("expected the summary, got {}", screen_name(other)),
    }
    assert!(app.home.sessions.iter().any(|s| s.id == ID && s.finished));
}

#[test]
fn moving_between_phases_never_loses_notes() {
    let mut app = started(Lang::Nl);
    press_code(&mut app, KeyCode::Enter);
    type_text(&mut app, "Rollen verdeeld");
    press_code(&mut app, KeyCode::Esc);
    press(&mut app, ch('n'));
    press(&mut app, ch('n'));
    let effects = press_code(&mut app, KeyCode::BackTab);
    let effects = [effects, press(&mut app, ch('p'))].concat();
    let saved = last_save(&effects);
    assert_eq!(saved.position.phase, 0);
    assert_eq!(saved.phases[0].notes, "Rollen verdeeld");
}

#[test]
fn q_during_a_session_saves_then_quits() {
    let mut app = at_first_step(Lang::Nl);
    let effects = press(&mut app, ch('q'));
    assert_eq!(effects.len(), 2);
    assert!(matches!(effects[0], Effect::Save(_)));
    assert_eq!(effects[1], Effect::Quit);
}

// ---------------------------------------------------------------- editors

#[test]
fn i_in_a_notes_phase_writes_the_groups_notes() {
    let mut app = started(Lang::Nl);
    press(&mut app, ch('i'));
    assert_eq!(app.context(), Context::Editor);
    type_text(&mut app, "Vragen:\nwie is regisseur?");
    let effects = press_code(&mut app, KeyCode::Esc);
    assert_eq!(
        last_save(&effects).phases[0].notes,
        "Vragen:\nwie is regisseur?"
    );
    assert_eq!(app.context(), Context::Notes);
}

#[test]
fn d_typed_keys_and_esc_commit_the_decision_and_save_it() {
    let mut app = at_first_step(Lang::Nl);
    let effects = press(&mut app, ch('d'));
    assert!(effects.is_empty(), "opening the editor saves nothing");
    assert_eq!(app.context(), Context::Editor);
    let typed = type_text(&mut app, "Vandaag nog bellen");
    assert!(typed.is_empty(), "typing is not saved key by key");
    let effects = press_code(&mut app, KeyCode::Esc);
    assert_eq!(effects.len(), 1);
    let saved = last_save(&effects);
    assert_eq!(saved.steps[0].decision, "Vandaag nog bellen");
    assert!(saved.draft.is_none(), "a committed text is no draft");
    assert!(session(&app).editor.is_none());
    assert_eq!(app.context(), Context::Steps);
}

#[test]
fn enter_on_a_decision_point_also_edits_the_decision_and_keeps_what_was_there() {
    let mut app = at_first_step(Lang::Nl);
    press(&mut app, ch('d'));
    type_text(&mut app, "Eerst");
    press_code(&mut app, KeyCode::Esc);
    press_code(&mut app, KeyCode::Enter);
    assert_eq!(editor_text(&app), "Eerst");
    type_text(&mut app, " bellen");
    let effects = press_code(&mut app, KeyCode::Esc);
    assert_eq!(last_save(&effects).steps[0].decision, "Eerst bellen");
}

#[test]
fn letters_in_the_editor_are_text_not_commands() {
    let mut app = at_first_step(Lang::Nl);
    press(&mut app, ch('d'));
    let effects = type_text(&mut app, "qtronbe?");
    assert!(effects.is_empty());
    assert_eq!(editor_text(&app), "qtronbe?");
    assert!(!app.help);
    assert_eq!(app.context(), Context::Editor);
}

#[test]
fn ctrl_s_saves_a_draft_without_leaving_the_editor() {
    let mut app = at_first_step(Lang::Nl);
    press(&mut app, ch('d'));
    type_text(&mut app, "Halverwege");
    let effects = press(&mut app, ctrl('s'));
    let saved = last_save(&effects);
    assert_eq!(
        saved.draft,
        Some(Draft {
            target: DraftTarget::Decision(0),
            text: "Halverwege".into(),
            side: None,
        })
    );
    assert_eq!(saved.steps[0].decision, "", "not committed yet");
    assert_eq!(app.context(), Context::Editor, "the editor stays open");
    assert_eq!(editor_text(&app), "Halverwege");
    assert_eq!(status(&app), (nl().saved.to_string(), false));
}

#[test]
fn a_bsn_blocks_the_commit_and_no_save_ever_carries_it() {
    let mut app = at_first_step(Lang::Nl);
    let mut all = Vec::new();
    all.extend(press(&mut app, ch('d')));
    all.extend(type_text(&mut app, "Dossier BSN 111222333 opvragen"));
    let effects = press_code(&mut app, KeyCode::Esc);
    assert!(saves(&effects).is_empty(), "nothing saved: {effects:?}");
    all.extend(effects);
    assert_eq!(app.context(), Context::Editor, "the editor stays open");
    assert_eq!(
        editor_text(&app),
        "Dossier BSN 111222333 opvragen",
        "the text is kept"
    );
    let warning = session(&app)
        .editor
        .as_ref()
        .unwrap()
        .warning
        .clone()
        .expect("a warning");
    assert!(warning.blocking);
    assert_eq!(status(&app), (nl().privacy_blocked_short.to_string(), true));
    // A second Esc still refuses.
    let effects = press_code(&mut app, KeyCode::Esc);
    assert!(saves(&effects).is_empty());
    assert_eq!(app.context(), Context::Editor);
    all.extend(effects);
    // Ctrl-S, the draft clock and quitting never store it either.
    all.extend(press(&mut app, ctrl('s')));
    for t in 0..10 {
        all.extend(act(&mut app, Action::Tick(at(t))));
    }
    all.extend(press(&mut app, ctrl('c')));
    assert!(all.contains(&Effect::Quit));
    assert!(!saves(&all).is_empty(), "quitting saves the session");
    assert_never_saved(&all, "111222333");
}

#[test]
fn ctrl_r_replaces_a_bsn_by_a_placeholder_and_then_esc_commits() {
    let mut app = at_first_step(Lang::Nl);
    press(&mut app, ch('d'));
    type_text(&mut app, "BSN 111222333 nodig");
    press_code(&mut app, KeyCode::Esc);
    let effects = press(&mut app, ctrl('r'));
    assert!(effects.is_empty());
    assert_eq!(editor_text(&app), "BSN [BSN verwijderd] nodig");
    assert!(session(&app).editor.as_ref().unwrap().warning.is_none());
    let effects = press_code(&mut app, KeyCode::Esc);
    assert_eq!(
        last_save(&effects).steps[0].decision,
        "BSN [BSN verwijderd] nodig"
    );
    assert_never_saved(&effects, "111222333");
}

#[test]
fn a_phone_number_warns_once_and_a_second_esc_keeps_it() {
    let mut app = at_first_step(Lang::Nl);
    press(&mut app, ch('d'));
    type_text(&mut app, "Moeder belt 06-12345678");
    let effects = press_code(&mut app, KeyCode::Esc);
    assert!(effects.is_empty(), "first Esc only warns");
    assert_eq!(app.context(), Context::Editor);
    let warning = session(&app)
        .editor
        .as_ref()
        .unwrap()
        .warning
        .clone()
        .expect("a warning");
    assert!(!warning.blocking);
    assert_eq!(status(&app), (nl().privacy_warning_short.to_string(), true));
    let effects = press_code(&mut app, KeyCode::Esc);
    assert_eq!(
        last_save(&effects).steps[0].decision,
        "Moeder belt 06-12345678"
    );
    assert_eq!(app.context(), Context::Steps);
}

#[test]
fn changing_the_text_after_a_warning_warns_again() {
    let mut app = at_first_step(Lang::Nl);
    press(&mut app, ch('d'));
    type_text(&mut app, "Bel 06-12345678");
    press_code(&mut app, KeyCode::Esc);
    type_text(&mut app, " of 06-87654321");
    let effects = press_code(&mut app, KeyCode::Esc);
    assert!(effects.is_empty(), "new text, new warning");
    assert_eq!(app.context(), Context::Editor);
}

#[test]
fn ctrl_r_replaces_a_phone_number_by_a_placeholder() {
    let mut app = at_first_step(Lang::Nl);
    press(&mut app, ch('d'));
    type_text(&mut app, "Bel 06-12345678");
    press(&mut app, ctrl('r'));
    let effects = press_code(&mut app, KeyCode::Esc);
    assert_eq!(
        last_save(&effects).steps[0].decision,
        "Bel [telefoonnummer]"
    );
}

#[test]
fn quit_with_an_open_editor_keeps_the_text_as_a_draft_and_emits_save_then_quit() {
    let mut app = at_first_step(Lang::Nl);
    press(&mut app, ch('n'));
    press(&mut app, ch('d'));
    type_text(&mut app, "Nog niet af");
    let effects = press(&mut app, ctrl('c'));
    assert_eq!(effects.len(), 2, "{effects:?}");
    let Effect::Save(saved) = &effects[0] else {
        panic!("first a save, got {:?}", effects[0]);
    };
    assert_eq!(effects[1], Effect::Quit);
    assert_eq!(
        saved.draft,
        Some(Draft {
            target: DraftTarget::Decision(1),
            text: "Nog niet af".into(),
            side: None,
        })
    );
    assert_eq!(saved.position.step, 1);
}

#[test]
fn a_resumed_session_with_a_draft_reopens_the_editor_with_the_draft() {
    let mut app = at_first_step(Lang::Nl);
    press(&mut app, ch('n'));
    press(&mut app, ch('d'));
    type_text(&mut app, "Huisbezoek\nmet buurtteam");
    let effects = press(&mut app, ctrl('c'));
    let saved = last_save(&effects).clone();

    let mut resumed = common::app(Lang::Nl);
    resumed.screen = Screen::Session(Box::new(SessionScreen::new(saved)));
    assert_eq!(resumed.context(), Context::Editor);
    let screen = session(&resumed);
    assert_eq!(screen.session.position.step, 1);
    let editor = screen.editor.as_ref().unwrap();
    assert_eq!(editor.target, DraftTarget::Decision(1));
    assert_eq!(editor.text(), "Huisbezoek\nmet buurtteam");
    type_text(&mut resumed, " samen");
    let effects = press_code(&mut resumed, KeyCode::Esc);
    let saved = last_save(&effects);
    assert_eq!(saved.steps[1].decision, "Huisbezoek\nmet buurtteam samen");
    assert!(saved.draft.is_none(), "committing clears the draft");
}

#[test]
fn quitting_in_a_reflection_editor_keeps_its_author_for_resume() {
    let mut app = at_first_step(Lang::Nl);
    press(&mut app, ch('r'));
    type_text(&mut app, "Ik twijfelde");
    press_code(&mut app, KeyCode::Tab);
    type_text(&mut app, "AB");
    let effects = press(&mut app, ctrl('c'));
    let saved = last_save(&effects).clone();
    assert!(
        to_ron(&saved).contains("Ik twijfelde"),
        "the draft text is saved"
    );
    let resumed = SessionScreen::new(saved);
    let editor = resumed.editor.as_ref().expect("the editor reopens");
    assert_eq!(editor.text(), "Ik twijfelde");
    assert_eq!(
        editor.side().as_deref(),
        Some("AB"),
        "typed author initials are text too and must survive quitting"
    );
}

#[test]
fn an_open_editor_saves_its_draft_within_a_few_seconds() {
    let mut app = at_first_step(Lang::Nl);
    act(&mut app, Action::Tick(at(0)));
    press(&mut app, ch('d'));
    type_text(&mut app, "Concept");
    let mut effects = Vec::new();
    for t in 1..=5 {
        effects.extend(act(&mut app, Action::Tick(at(t))));
    }
    let saved = last_save(&effects);
    assert_eq!(
        saved.draft.as_ref().map(|d| d.text.as_str()),
        Some("Concept")
    );
    assert_eq!(app.context(), Context::Editor);
    // Unchanged text is not saved again and again.
    let mut later = Vec::new();
    for t in 6..=12 {
        later.extend(act(&mut app, Action::Tick(at(t))));
    }
    assert!(saves(&later).is_empty(), "{later:?}");
}

#[test]
fn paste_goes_into_the_open_editor() {
    let mut app = at_first_step(Lang::Nl);
    press(&mut app, ch('d'));
    type_text(&mut app, "Begin: ");
    act(&mut app, Action::Paste("regel een\r\nregel twee".into()));
    assert_eq!(editor_text(&app), "Begin: regel een\nregel twee");
    let effects = press_code(&mut app, KeyCode::Esc);
    assert_eq!(
        last_save(&effects).steps[0].decision,
        "Begin: regel een\nregel twee"
    );
}

#[test]
fn a_paste_outside_an_editor_changes_nothing() {
    let mut app = at_first_step(Lang::Nl);
    let before = session(&app).session.clone();
    let effects = act(&mut app, Action::Paste("d t r b".into()));
    assert!(effects.is_empty());
    assert_eq!(session(&app).session, before);
    assert_eq!(app.context(), Context::Steps);
}

#[test]
fn an_empty_new_reflection_adds_nothing() {
    let mut app = at_first_step(Lang::Nl);
    press(&mut app, ch('r'));
    let effects = press_code(&mut app, KeyCode::Esc);
    assert!(last_save(&effects).steps[0].reflections.is_empty());
    assert_eq!(app.context(), Context::Steps);
}

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
fn space_tags_a_theme_and_saves_it_and_tagging_it_again_removes_it() {
    let mut app = at_first_step(Lang::Nl);
    press(&mut app, ch('t'));
    let reference = session(&app)
        .picker
        .as_ref()
        .unwrap()
        .current()
        .unwrap()
        .to_string();
    let effects = press(&mut app, ch(' '));
    assert_eq!(last_save(&effects).steps[0].themes, vec![reference.clone()]);
    assert_eq!(app.context(), Context::Picker, "the picker stays open");
    let effects = press(&mut app, ch(' '));
    assert!(last_save(&effects).steps[0].themes.is_empty());
}

#[test]
fn the_arrows_move_in_the_picker_and_several_themes_can_be_tagged() {
    let mut app = at_first_step(Lang::Nl);
    press(&mut app, ch('t'));
    press(&mut app, ch(' '));
    press_code(&mut app, KeyCode::Down);
    press_code(&mut app, KeyCode::Down);
    let effects = press(&mut app, ch(' '));
    let themes = &last_save(&effects).steps[0].themes;
    assert_eq!(themes.len(), 2);
    press_code(&mut app, KeyCode::Up);
    press_code(&mut app, KeyCode::Up);
    let effects = press(&mut app, ch(' '));
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
fn a_filtered_theme_is_tagged_with_space_and_enter_closes_the_picker() {
    let mut app = at_first_step(Lang::Nl);
    press(&mut app, ch('t'));
    type_text(&mut app, "mandaat");
    let effects = press(&mut app, ch(' '));
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
    press(&mut app, ch(' '));
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

// ---------------------------------------------------------------- reflections, knelpunten, outcome

#[test]
fn r_adds_a_reflection_with_its_author_typed_after_tab() {
    let mut app = at_first_step(Lang::Nl);
    press(&mut app, ch('r'));
    type_text(&mut app, "Ik had eerder gebeld");
    press_code(&mut app, KeyCode::Tab);
    type_text(&mut app, "AB");
    let effects = press_code(&mut app, KeyCode::Esc);
    assert_eq!(
        last_save(&effects).steps[0].reflections,
        vec![Reflection {
            author: Some("AB".into()),
            text: "Ik had eerder gebeld".into()
        }]
    );
}

#[test]
fn tab_back_from_the_author_field_types_into_the_text_again() {
    let mut app = at_first_step(Lang::Nl);
    press(&mut app, ch('r'));
    type_text(&mut app, "Een");
    press_code(&mut app, KeyCode::Tab);
    type_text(&mut app, "CD");
    press_code(&mut app, KeyCode::Tab);
    type_text(&mut app, " twee");
    let effects = press_code(&mut app, KeyCode::Esc);
    let r = &last_save(&effects).steps[0].reflections[0];
    assert_eq!(
        (r.text.as_str(), r.author.as_deref()),
        ("Een twee", Some("CD"))
    );
}

#[test]
fn reflections_without_author_are_kept_in_order() {
    let mut app = at_first_step(Lang::Nl);
    for text in ["eerste", "tweede"] {
        press(&mut app, ch('r'));
        type_text(&mut app, text);
        press_code(&mut app, KeyCode::Esc);
    }
    let r = &session(&app).session.steps[0].reflections;
    assert_eq!(r.len(), 2);
    assert_eq!(
        (r[0].text.as_str(), r[0].author.as_deref()),
        ("eerste", None)
    );
    assert_eq!(r[1].text, "tweede");
}

#[test]
fn b_marks_a_knelpunt_with_an_owner_at_this_decision_point() {
    let mut app = at_first_step(Lang::Nl);
    press(&mut app, ch('n'));
    press(&mut app, ch('b'));
    type_text(&mut app, "Wachtlijst ggz");
    press_code(&mut app, KeyCode::Tab);
    type_text(&mut app, "gemeente");
    let effects = press_code(&mut app, KeyCode::Esc);
    let saved = last_save(&effects);
    assert_eq!(saved.bottlenecks.len(), 1);
    let b = &saved.bottlenecks[0];
    assert_eq!(b.text, "Wachtlijst ggz");
    assert_eq!(b.owner.as_deref(), Some("gemeente"));
    assert_eq!(b.step.as_deref(), Some(saved.case.steps[1].id.as_str()));
    assert_eq!(b.status, BottleneckStatus::Open);
}

#[test]
fn b_again_edits_the_same_knelpunt_and_emptying_it_removes_it() {
    let mut app = at_first_step(Lang::Nl);
    press(&mut app, ch('b'));
    type_text(&mut app, "Geen plek");
    press_code(&mut app, KeyCode::Esc);
    press(&mut app, ch('b'));
    assert_eq!(editor_text(&app), "Geen plek");
    type_text(&mut app, " in de regio");
    let effects = press_code(&mut app, KeyCode::Esc);
    let saved = last_save(&effects);
    assert_eq!(saved.bottlenecks.len(), 1);
    assert_eq!(saved.bottlenecks[0].text, "Geen plek in de regio");
    press(&mut app, ch('b'));
    for _ in 0.."Geen plek in de regio".len() {
        press_code(&mut app, KeyCode::Backspace);
    }
    let effects = press_code(&mut app, KeyCode::Esc);
    assert!(last_save(&effects).bottlenecks.is_empty());
}

#[test]
fn o_reveals_the_outcome_and_o_again_hides_it() {
    let mut app = at_first_step(Lang::Nl);
    let effects = press(&mut app, ch('o'));
    assert!(last_save(&effects).steps[0].revealed);
    let effects = press(&mut app, ch('o'));
    assert!(!last_save(&effects).steps[0].revealed);
}

#[test]
fn the_outcome_shows_only_once_revealed() {
    let mut app = at_first_step(Lang::Nl);
    let outcome = session(&app).session.case.steps[0].outcome.clone().unwrap();
    let first_words: String = outcome
        .split_whitespace()
        .take(4)
        .collect::<Vec<_>>()
        .join(" ");
    assert!(!render(&app, 120, 80).contains(&first_words));
    press(&mut app, ch('o'));
    assert!(render(&app, 120, 80).contains(&first_words));
}

#[test]
fn presenting_mode_hides_the_facilitator_notes() {
    let mut app = at_first_step(Lang::Nl);
    let notes = session(&app).session.case.steps[0]
        .facilitator_notes
        .clone()
        .unwrap();
    let first_words: String = notes
        .split_whitespace()
        .take(4)
        .collect::<Vec<_>>()
        .join(" ");
    assert!(
        render(&app, 120, 80).contains(&first_words),
        "the facilitator sees them"
    );
    let effects = press(&mut app, ch('v'));
    assert!(effects.is_empty());
    assert!(app.present);
    let screen = render(&app, 120, 80);
    assert!(
        !screen.contains(&first_words),
        "hidden on the projector:\n{screen}"
    );
    assert!(!screen.contains(nl().step_facilitator));
    assert!(screen.contains(nl().present_badge));
    press(&mut app, ch('v'));
    assert!(!app.present);
    assert!(render(&app, 120, 80).contains(&first_words));
}

#[test]
fn scrolling_moves_the_text_and_a_new_step_starts_at_the_top() {
    let mut app = at_first_step(Lang::Nl);
    press(&mut app, ch('j'));
    press_code(&mut app, KeyCode::PageDown);
    assert_eq!(session(&app).scroll, 6);
    press(&mut app, ch('k'));
    assert_eq!(session(&app).scroll, 3);
    press(&mut app, ch('n'));
    assert_eq!(session(&app).scroll, 0);
}

// ---------------------------------------------------------------- closing and summary

fn at_closing() -> casus::tui::app::App {
    let mut app = at_first_step(Lang::Nl);
    press(&mut app, ch('b'));
    type_text(&mut app, "Geen spreekuur");
    press_code(&mut app, KeyCode::Tab);
    type_text(&mut app, "schoolbestuur");
    press_code(&mut app, KeyCode::Esc);
    press_code(&mut app, KeyCode::Tab);
    assert_eq!(app.context(), Context::Closing);
    app
}

#[test]
fn a_in_the_closing_adds_an_action_with_an_owner() {
    let mut app = at_closing();
    press(&mut app, ch('a'));
    type_text(&mut app, "Spreekuur regelen");
    press_code(&mut app, KeyCode::Tab);
    type_text(&mut app, "IB");
    let effects = press_code(&mut app, KeyCode::Esc);
    let saved = last_save(&effects);
    assert_eq!(saved.actions.len(), 1);
    assert_eq!(saved.actions[0].text, "Spreekuur regelen");
    assert_eq!(saved.actions[0].owner.as_deref(), Some("IB"));
}

#[test]
fn i_in_the_closing_writes_the_lessons() {
    let mut app = at_closing();
    press(&mut app, ch('i'));
    type_text(&mut app, "Korte lijnen werken");
    let effects = press_code(&mut app, KeyCode::Esc);
    assert_eq!(last_save(&effects).lessons, "Korte lijnen werken");
}

#[test]
fn b_in_the_closing_adds_a_knelpunt_of_the_whole_case() {
    let mut app = at_closing();
    press(&mut app, ch('b'));
    type_text(&mut app, "Te weinig formatie");
    let effects = press_code(&mut app, KeyCode::Esc);
    let saved = last_save(&effects);
    assert_eq!(saved.bottlenecks.len(), 2);
    assert_eq!(saved.bottlenecks[1].step, None);
}

#[test]
fn enter_in_the_closing_edits_the_selected_knelpunt_from_a_step() {
    let mut app = at_closing();
    press(&mut app, ch('j'));
    assert_eq!(session(&app).closing_cursor, 1);
    press_code(&mut app, KeyCode::Enter);
    assert_eq!(editor_text(&app), "Geen spreekuur");
    assert_eq!(
        session(&app).editor.as_ref().unwrap().side().as_deref(),
        Some("schoolbestuur")
    );
    type_text(&mut app, " op school");
    let effects = press_code(&mut app, KeyCode::Esc);
    let saved = last_save(&effects);
    assert_eq!(saved.bottlenecks.len(), 1);
    assert_eq!(saved.bottlenecks[0].text, "Geen spreekuur op school");
    assert!(
        saved.bottlenecks[0].step.is_some(),
        "still belongs to its step"
    );
}

#[test]
fn the_closing_cursor_stays_within_the_items() {
    let mut app = at_closing();
    for _ in 0..5 {
        press_code(&mut app, KeyCode::Down);
    }
    assert_eq!(session(&app).closing_cursor, 1, "lessons and one knelpunt");
    for _ in 0..5 {
        press(&mut app, ch('k'));
    }
    assert_eq!(session(&app).closing_cursor, 0);
}

#[test]
fn e_exports_the_session_as_markdown_during_the_session() {
    let mut app = at_first_step(Lang::Nl);
    let effects = press(&mut app, ch('e'));
    assert_eq!(effects.len(), 1);
    let Effect::ExportMarkdown(s) = &effects[0] else {
        panic!("an export, got {effects:?}");
    };
    assert_eq!(s.id, ID);
}

fn at_summary() -> casus::tui::app::App {
    let mut app = at_closing();
    press(&mut app, ch('n'));
    press(&mut app, ch('n'));
    assert!(matches!(app.screen, Screen::Summary(_)));
    app
}

#[test]
fn e_on_the_summary_exports_the_finished_session() {
    let mut app = at_summary();
    let effects = press(&mut app, ch('e'));
    let [Effect::ExportMarkdown(s)] = effects.as_slice() else {
        panic!("one export, got {effects:?}");
    };
    assert!(s.finished.is_some());
    assert_eq!(s.bottlenecks[0].text, "Geen spreekuur");
    let path = std::path::PathBuf::from("/tmp/x.md");
    act(&mut app, Action::Exported(path));
    let (text, error) = status(&app);
    assert!(text.contains("/tmp/x.md"), "{text}");
    assert!(!error);
}

#[test]
fn left_on_the_summary_reopens_the_session_as_unfinished() {
    let mut app = at_summary();
    let effects = press_code(&mut app, KeyCode::Left);
    let saved = last_save(&effects);
    assert!(saved.finished.is_none());
    assert_eq!(app.context(), Context::Notes, "back in the last phase");
    assert!(app.home.sessions.iter().any(|s| s.id == ID && !s.finished));
}

#[test]
fn esc_on_the_summary_goes_home_and_q_quits() {
    let mut app = at_summary();
    assert!(press_code(&mut app, KeyCode::Esc).is_empty());
    assert!(matches!(app.screen, Screen::Home));
    let mut app = at_summary();
    assert_eq!(press(&mut app, ch('q')), vec![Effect::Quit]);
}

#[test]
fn the_summary_scrolls() {
    let mut app = at_summary();
    press(&mut app, ch('j'));
    let Screen::Summary(sum) = &app.screen else {
        unreachable!()
    };
    assert_eq!(sum.scroll, 3);
}

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
fn a_key_with_the_help_open_only_closes_the_help() {
    let mut app = at_first_step(Lang::Nl);
    press(&mut app, ch('?'));
    let effects = press(&mut app, ch('d'));
    assert!(effects.is_empty());
    assert!(!app.help);
    assert_eq!(app.context(), Context::Steps, "d did not open the editor");
}

#[test]
fn q_with_the_help_open_still_quits_and_saves() {
    let mut app = at_first_step(Lang::Nl);
    press(&mut app, ch('?'));
    let effects = press(&mut app, ch('q'));
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
fn a_tiny_window_asks_to_be_made_larger() {
    let app = at_first_step(Lang::Nl);
    let screen = render(&app, 40, 10);
    assert!(screen.contains("Maak het venster"), "{screen}");
    let screen = render(&app, 1, 1);
    assert_eq!(screen.lines().count(), 1);
}

#[test]
fn the_interface_speaks_english_when_asked() {
    let mut app = app(Lang::En);
    let effects = start_session(&mut app, "signaal");
    assert_eq!(last_save(&effects).language, "en");
    let screen = render(&app, 120, 40);
    assert!(screen.contains(Lang::En.strings().notes_title), "{screen}");
}

#[test]
fn any_key_closes_the_help_over_an_editor_without_typing_into_it() {
    // The overlay says "een toets sluit dit venster"; a letter typed while it
    // hides the editor must not land, unseen, in the text.
    let mut app = at_first_step(Lang::Nl);
    press(&mut app, ch('d'));
    type_text(&mut app, "abc");
    press_code(&mut app, KeyCode::F(1));
    assert!(app.help);
    press(&mut app, ch('x'));
    assert!(!app.help, "a key closes the help");
    assert_eq!(editor_text(&app), "abc", "and is not typed behind it");
}

#[test]
fn a_huge_paste_is_cut_with_a_message_and_the_rest_is_kept() {
    let mut app = at_first_step(Lang::Nl);
    press(&mut app, ch('d'));
    let max = casus::tui::widgets::editor::MAX_PASTE;
    act(&mut app, Action::Paste("a".repeat(max + 10)));
    assert_eq!(editor_text(&app).len(), max);
    assert_eq!(status(&app), (nl().paste_cut.to_string(), true));
    assert_eq!(app.context(), Context::Editor);
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

#[test]
fn an_export_with_personal_data_is_held_back_once_and_named() {
    let mut app = at_first_step(Lang::Nl);
    press(&mut app, ch('d'));
    type_text(&mut app, "Moeder belt op 06-12345678");
    press_code(&mut app, KeyCode::Esc);
    press_code(&mut app, KeyCode::Esc); // keep the phone number on purpose
    assert_eq!(
        session(&app).session.steps[0].decision,
        "Moeder belt op 06-12345678"
    );
    let first = press(&mut app, ch('e'));
    assert!(first.is_empty(), "the first e only warns: {first:?}");
    let status = app.status.clone().expect("a warning is shown");
    assert!(
        status.error && status.text.contains("telefoonnummer"),
        "{status:?}"
    );
    let second = press(&mut app, ch('e'));
    assert!(
        matches!(second.as_slice(), [Effect::ExportMarkdown(_)]),
        "the second e exports: {second:?}"
    );
}
