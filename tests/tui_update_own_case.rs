//! An own case (eigen inbreng) as a facilitator runs it: the first row of
//! the case list, the inbrenger's preparation one question at a time, the
//! decision points added live with `+`, edited, moved and removed, and the
//! summary's `c` keeping it as a case file. Real keys through the real
//! keymap, no terminal, no files.

mod common;

use crossterm::event::KeyCode;

use casus::i18n::Lang;
use casus::model::{DraftTarget, OwnField, PhaseKind, StepField};
use casus::tui::action::Effect;
use casus::tui::app::Screen;
use casus::tui::screens::setup::Preset;

use common::*;

/// From home to an own case, every set-up page by Enter: the own case is
/// the first row of the case list.
fn own_from_home(lang: Lang) -> casus::tui::app::App {
    let mut app = app(lang);
    press_code(&mut app, KeyCode::Enter);
    for _ in 0..3 {
        press_code(&mut app, KeyCode::Enter); // own case, method, theme sets
    }
    type_text(&mut app, GROUP);
    press_code(&mut app, KeyCode::Enter);
    press_code(&mut app, KeyCode::Enter); // no participants
    assert!(matches!(app.screen, Screen::Session(_)));
    app
}

fn editor_target(app: &casus::tui::app::App) -> Option<DraftTarget> {
    session(app).editor.as_ref().map(|e| e.target)
}

/// Answers every preparation question, Esc after each; returns the effects.
fn prepare(app: &mut casus::tui::app::App, answers: [&str; 6]) -> Vec<Effect> {
    let mut effects = Vec::new();
    for answer in answers {
        type_text(app, answer);
        effects.extend(press_code(app, KeyCode::Esc));
    }
    effects
}

/// An own case with its preparation done, at its Steps phase (no decision point yet).
fn at_own_steps() -> casus::tui::app::App {
    let mut app = own_from_home(Lang::Nl);
    prepare(&mut app, ["Stil meisje", "jeugdconsulent", "", "", "", ""]);
    press(&mut app, ch('n'));
    assert_eq!(session(&app).kind(), PhaseKind::Steps);
    app
}

fn add_step(app: &mut casus::tui::app::App, text: &str) -> Vec<Effect> {
    press(app, ch('+'));
    type_text(app, text);
    press_code(app, KeyCode::Esc)
}

#[test]
fn the_case_list_starts_with_the_own_case() {
    let mut app = app(Lang::Nl);
    press_code(&mut app, KeyCode::Enter);
    let screen = render(&app, 120, 40);
    let first = screen.lines().find(|l| l.contains("▶")).unwrap_or("");
    assert!(first.contains("Eigen casus inbrengen"), "{screen}");
    assert!(
        screen.contains("Anonimiseer"),
        "the reminder is in the preview:\n{screen}"
    );
    type_text(&mut app, "eigen inbreng");
    let screen = render(&app, 120, 40);
    assert!(screen.contains("▶ ✚ Eigen casus inbrengen"), "{screen}");
}

#[test]
fn an_own_case_opens_on_its_preparation_one_question_after_the_other() {
    let mut app = own_from_home(Lang::Nl);
    let s = session(&app);
    assert!(s.session.is_own_case());
    assert!(s.session.case.steps.is_empty());
    assert_eq!(editor_target(&app), Some(DraftTarget::Own(OwnField::Title)));
    let screen = render(&app, 80, 24);
    assert!(screen.contains("Anonimiseer"), "{screen}");
    type_text(&mut app, "Stil meisje");
    let effects = press_code(&mut app, KeyCode::Esc);
    assert_eq!(
        last_save(&effects).case.title,
        "Stil meisje",
        "saved at once"
    );
    assert_eq!(editor_target(&app), Some(DraftTarget::Own(OwnField::Role)));
    let mut effects = Vec::new();
    for answer in [
        "jeugdconsulent",
        "Wanneer schaal ik op?",
        "De school belde.",
        "",
        "Meedenken",
    ] {
        type_text(&mut app, answer);
        effects.extend(press_code(&mut app, KeyCode::Esc));
    }
    let saved = saves(&effects);
    let last = saved.last().expect("saved");
    let own = last.own_case.as_ref().unwrap();
    assert_eq!(own.role, "jeugdconsulent");
    assert_eq!(own.question, "Wanneer schaal ik op?");
    assert_eq!(own.tried, "", "a question may stay empty");
    assert_eq!(own.wish, "Meedenken");
    assert!(
        last.case
            .context
            .contains("Vraag aan de groep\nWanneer schaal ik op?")
    );
    assert!(!last.case.context.contains("Al geprobeerd"));
    assert_eq!(editor_target(&app), None, "the walk is over");
    let screen = render(&app, 120, 40);
    assert!(
        screen.contains("Wanneer schaal ik op?"),
        "the context shows:\n{screen}"
    );
}

#[test]
fn own_case_from_the_command_line_skips_the_case_list_and_a_given_title() {
    let mut app = app(Lang::Nl);
    app.start_setup(Preset {
        own_case: true,
        title: Some("Ruzie over de omgang".into()),
        method: Some("casusbespreking".into()),
        themes: Some(vec!["reflectie".into()]),
        group: Some(GROUP.into()),
        ..Preset::default()
    });
    assert_eq!(
        setup_page(&app),
        casus::tui::screens::setup::Page::Participants
    );
    press_code(&mut app, KeyCode::Enter);
    let s = session(&app);
    assert_eq!(s.session.case.title, "Ruzie over de omgang");
    assert_eq!(editor_target(&app), Some(DraftTarget::Own(OwnField::Role)));
}

#[test]
fn a_bsn_in_a_preparation_answer_blocks_and_is_never_saved() {
    let mut app = own_from_home(Lang::Nl);
    press_code(&mut app, KeyCode::Esc); // title
    press_code(&mut app, KeyCode::Esc); // role
    type_text(&mut app, "Het kind met BSN 111222333");
    let effects = press_code(&mut app, KeyCode::Esc);
    assert_never_saved(&effects, "111222333");
    assert_eq!(
        editor_target(&app),
        Some(DraftTarget::Own(OwnField::Question))
    );
    assert!(status(&app).1, "said as a complaint");
}

#[test]
fn a_name_in_a_decision_point_warns_once_with_the_placeholder_choice() {
    let mut app = at_own_steps();
    press(&mut app, ch('+'));
    type_text(&mut app, "Gesprek met Jan de Vries");
    let effects = press_code(&mut app, KeyCode::Esc);
    assert!(saves(&effects).is_empty(), "warned first");
    let screen = render(&app, 120, 40);
    assert!(
        screen.contains("Ctrl-R"),
        "the placeholder choice:\n{screen}"
    );
    let effects = press_code(&mut app, KeyCode::Esc);
    assert_eq!(
        last_save(&effects).case.steps.len(),
        1,
        "kept the second time"
    );
}

#[test]
fn plus_adds_a_decision_point_from_one_line_saved_at_once() {
    let mut app = at_own_steps();
    let screen = render(&app, 120, 40);
    assert!(screen.contains("Nog geen beslismomenten"), "{screen}");
    let effects = add_step(&mut app, "De melding");
    let saved = last_save(&effects);
    assert_eq!(saved.case.steps[0].title, "De melding");
    assert_eq!(saved.steps.len(), 1);
    let effects = add_step(&mut app, "Het huisbezoek\nMoeder doet niet open.");
    let saved = last_save(&effects);
    assert_eq!(saved.case.steps[1].situation, "Moeder doet niet open.");
    assert_eq!(saved.position.step, 1, "the new one shows");
    let screen = render(&app, 120, 40);
    assert!(screen.contains("Beslismoment 2 van 2"), "{screen}");
    assert!(screen.contains("nog niet ingevuld (w)"), "{screen}");
}

#[test]
fn w_walks_through_the_fields_of_a_decision_point() {
    let mut app = at_own_steps();
    add_step(&mut app, "De melding");
    press(&mut app, ch('w'));
    let field = |f| Some(DraftTarget::StepField { step: 0, field: f });
    assert_eq!(editor_target(&app), field(StepField::Title));
    press_code(&mut app, KeyCode::Esc);
    press_code(&mut app, KeyCode::Esc); // situation
    assert_eq!(editor_target(&app), field(StepField::Question));
    type_text(&mut app, "Wie belt?");
    press_code(&mut app, KeyCode::Esc);
    type_text(&mut app, "School\nBuurtteam");
    let effects = press_code(&mut app, KeyCode::Esc);
    let saved = last_save(&effects);
    assert_eq!(saved.case.steps[0].question, "Wie belt?");
    assert_eq!(saved.case.steps[0].options, ["School", "Buurtteam"]);
    assert_eq!(editor_target(&app), field(StepField::Outcome));
    press_code(&mut app, KeyCode::Esc);
    press_code(&mut app, KeyCode::Esc); // notes
    assert_eq!(editor_target(&app), None);
}

#[test]
fn o_writes_what_actually_happened_and_reveals_it() {
    let mut app = at_own_steps();
    add_step(&mut app, "De melding");
    press(&mut app, ch('o'));
    type_text(&mut app, "De school belde moeder.");
    let effects = press_code(&mut app, KeyCode::Esc);
    let saved = last_save(&effects);
    assert_eq!(
        saved.case.steps[0].outcome.as_deref(),
        Some("De school belde moeder.")
    );
    assert!(saved.steps[0].revealed);
    let effects = press(&mut app, ch('o'));
    assert!(
        !last_save(&effects).steps[0].revealed,
        "o hides it again as usual"
    );
}

#[test]
fn decision_points_move_and_are_removed_after_a_question() {
    let mut app = at_own_steps();
    add_step(&mut app, "Een");
    add_step(&mut app, "Twee");
    press(&mut app, ch('d'));
    type_text(&mut app, "besluit bij twee");
    press_code(&mut app, KeyCode::Esc);
    let effects = press(&mut app, ch('<'));
    let saved = last_save(&effects);
    assert_eq!(saved.case.steps[0].title, "Twee");
    assert_eq!(saved.steps[0].decision, "besluit bij twee");
    assert_eq!(saved.position.step, 0);
    let effects = press(&mut app, ch('-'));
    assert!(effects.is_empty(), "asked first");
    assert!(status(&app).0.contains("Twee"), "{:?}", status(&app));
    let effects = press_code(&mut app, KeyCode::Enter);
    let saved = last_save(&effects);
    assert_eq!(saved.case.steps.len(), 1);
    assert_eq!(saved.case.steps[0].title, "Een");
    assert_eq!(saved.steps[0].decision, "");
}

#[test]
fn the_footer_and_help_offer_own_case_keys_only_where_they_act() {
    let mut app = at_own_steps();
    let help = |app: &mut casus::tui::app::App| {
        press(app, ch('?'));
        let screen = render(app, 120, 40);
        press_code(app, KeyCode::Esc);
        screen
    };
    let empty = help(&mut app);
    assert!(empty.contains("beslismoment toevoegen"), "{empty}");
    assert!(!empty.contains("beslismoment bewerken"), "{empty}");
    assert!(
        !empty.contains("besluit"),
        "no decision without a decision point:\n{empty}"
    );
    add_step(&mut app, "Een");
    let one = help(&mut app);
    assert!(one.contains("beslismoment bewerken"), "{one}");
    assert!(one.contains("wat er werkelijk gebeurde schrijven"), "{one}");
    assert!(
        !one.contains("beslismoment eerder"),
        "the only one cannot move:\n{one}"
    );
    let mut prepared = at_first_step(Lang::Nl);
    let other = help(&mut prepared);
    assert!(!other.contains("beslismoment toevoegen"), "{other}");
    assert!(!other.contains("voorbereiding bewerken"), "{other}");
}

#[test]
fn shift_c_edits_the_preparation_later_in_any_phase() {
    // `c` on a decision point opens the position round; `C` is the case's.
    let mut app = at_own_steps();
    press(&mut app, ch('C'));
    assert_eq!(editor_target(&app), Some(DraftTarget::Own(OwnField::Title)));
    assert!(render(&app, 80, 24).contains("Voorbereiding van de inbrenger"));
}

#[test]
fn the_summary_keeps_an_own_case_as_a_case_file_with_c() {
    let mut app = at_own_steps();
    for _ in 0..2 {
        press(&mut app, ch('n'));
    }
    press(&mut app, ch('n'));
    assert!(matches!(app.screen, Screen::Summary(_)));
    press(&mut app, ch('c'));
    assert!(
        status(&app).0.contains("minstens één"),
        "{:?}",
        status(&app)
    );
    let mut app = at_own_steps();
    add_step(&mut app, "Een");
    for _ in 0..3 {
        press(&mut app, ch('n'));
    }
    let effects = press(&mut app, ch('c'));
    assert!(
        matches!(effects.as_slice(), [Effect::ExportCase(s, taken)] if s.case.steps.len() == 1 && taken.iter().any(|t| t == "signaal-van-school")),
        "{effects:?}"
    );
}

#[test]
fn c_takes_no_positions_before_the_first_decision_point() {
    // An own case starts without decision points: the position round has
    // nothing to ask about, so `c` is not offered and does nothing.
    let mut app = at_own_steps();
    assert!(!render(&app, 120, 40).contains("c standpuntenronde"));
    press(&mut app, ch('c'));
    let Screen::Session(st) = &app.screen else {
        panic!("left the session");
    };
    assert!(st.round.is_none());
}
