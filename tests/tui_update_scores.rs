//! Scores in the casus-review method (`o`): real keys through the keymap, no
//! files. The group scores each indicator 1 to 6, writes why, clears a
//! score after asking; every change is saved at once.

mod common;

use crossterm::event::KeyCode;

use casus::i18n::Lang;
use casus::model::PhaseKind;
use casus::tui::app::App;
use casus::tui::keymap::Context;
use casus::tui::screens::setup::Preset;

use common::*;

/// A running casus-review session in its first (Notes) phase.
pub fn review_session(lang: Lang) -> App {
    let mut app = app(lang);
    app.start_setup(Preset {
        case: Some("veilig-thuis".into()),
        method: Some("casus-review".into()),
        themes: Some(vec!["reflectie".into()]),
        group: Some(GROUP.into()),
        ..Preset::default()
    });
    type_text(&mut app, "AB, CD");
    press_code(&mut app, KeyCode::Enter);
    assert_eq!(session(&app).session.method.id, "casus-review");
    app
}

#[test]
fn o_opens_the_scores_on_the_first_family_indicator() {
    let mut app = review_session(Lang::Nl);
    assert_eq!(session(&app).kind(), PhaseKind::Notes);
    press(&mut app, ch('o'));
    assert_eq!(app.context(), Context::Scores);
    let screen = render(&app, 120, 40);
    assert!(
        screen.contains("▶ Veiligheid") && screen.contains("0 van 12 indicatoren gescoord"),
        "{screen}"
    );
    assert!(screen.contains("Gezin: hoe gaat het met kind en gezin?"));
    assert!(screen.contains("Systeem: hoe presteerde het systeem?"));
    press_code(&mut app, KeyCode::Esc);
    assert_eq!(app.context(), Context::Notes);
}

#[test]
fn a_number_key_scores_the_selected_indicator_and_saves_at_once() {
    let mut app = review_session(Lang::Nl);
    press(&mut app, ch('o'));
    let effects = press(&mut app, ch('2'));
    let saved = last_save(&effects);
    assert_eq!(saved.scores.len(), 1);
    assert_eq!(
        (saved.scores[0].indicator.as_str(), saved.scores[0].value),
        ("veiligheid", 2)
    );
    assert_eq!(status(&app).0, "Veiligheid: 2 (! vraagt aandacht)");
    press(&mut app, ch('j'));
    let effects = press(&mut app, ch('5'));
    assert_eq!(last_save(&effects).scores[1].indicator, "stabiliteit");
    assert_eq!(status(&app).0, "Stabiliteit: 5 (✓ aanvaardbaar)");
    // The same score again changes nothing and saves nothing.
    assert!(saves(&press(&mut app, ch('5'))).is_empty());
    // 7 is no score: the key is not bound here.
    assert!(saves(&press(&mut app, ch('7'))).is_empty());
    let screen = render(&app, 120, 40);
    assert!(screen.contains("2 ! vraagt aandacht"), "{screen}");
    assert!(screen.contains("5 ✓ aanvaardbaar"), "{screen}");
}

#[test]
fn the_system_indicators_follow_the_family_ones() {
    let mut app = review_session(Lang::En);
    press(&mut app, ch('o'));
    for _ in 0..6 {
        press(&mut app, ch('j'));
    }
    let effects = press(&mut app, ch('4'));
    assert_eq!(last_save(&effects).scores[0].indicator, "betrokkenheid");
    assert_eq!(
        status(&app).0,
        "Betrokkenheid van kind en gezin: 4 (✓ acceptable)"
    );
}

#[test]
fn enter_writes_why_after_a_score_and_is_refused_before_one() {
    let mut app = review_session(Lang::Nl);
    press(&mut app, ch('o'));
    assert!(press_code(&mut app, KeyCode::Enter).is_empty());
    assert_eq!(
        status(&app),
        (
            "Geef eerst een score (1 tot 6), dan de onderbouwing.".into(),
            true
        )
    );
    press(&mut app, ch('3'));
    press_code(&mut app, KeyCode::Enter);
    assert_eq!(app.context(), Context::Editor);
    type_text(&mut app, "Geen veiligheidsplan na de melding");
    let effects = press_code(&mut app, KeyCode::Esc);
    let saved = last_save(&effects);
    assert_eq!(saved.scores[0].note, "Geen veiligheidsplan na de melding");
    assert_eq!(saved.scores[0].value, 3, "the why keeps the score");
    assert_eq!(app.context(), Context::Scores, "back in the scores");
}

#[test]
fn the_why_is_scanned_for_personal_data_like_every_editor() {
    let mut app = review_session(Lang::Nl);
    press(&mut app, ch('o'));
    press(&mut app, ch('3'));
    press_code(&mut app, KeyCode::Enter);
    type_text(&mut app, "bel 0612345678");
    let effects = press_code(&mut app, KeyCode::Esc);
    assert!(saves(&effects).is_empty(), "the first Esc warns");
    assert_eq!(app.context(), Context::Editor);
    assert_never_saved(&effects, "0612345678");
}

#[test]
fn x_clears_a_score_after_asking() {
    let mut app = review_session(Lang::Nl);
    press(&mut app, ch('o'));
    press(&mut app, ch('6'));
    press(&mut app, ch('x'));
    assert!(status(&app).1, "the question shows");
    let effects = press_code(&mut app, KeyCode::Enter);
    assert!(last_save(&effects).scores.is_empty());
    assert_eq!(app.context(), Context::Scores);
    // Nothing left to clear: said, nothing asked.
    press(&mut app, ch('x'));
    assert_eq!(
        status(&app),
        ("Deze indicator heeft nog geen score.".into(), true)
    );
    assert_eq!(app.context(), Context::Scores);
}

#[test]
fn o_opens_in_the_closing_too_and_not_where_the_method_has_no_scores() {
    let mut app = review_session(Lang::Nl);
    while session(&app).kind() != PhaseKind::Closing {
        press_code(&mut app, KeyCode::Tab);
    }
    press(&mut app, ch('o'));
    assert_eq!(app.context(), Context::Scores);

    // The default method lists no scores: `o` is no key there and says so.
    let mut plain = started(Lang::Nl);
    press(&mut plain, ch('o'));
    assert_eq!(plain.context(), Context::Notes);
    assert_eq!(
        status(&plain),
        ("Deze methode kent geen scores.".into(), true)
    );
    let footer = render(&plain, 200, 60);
    assert!(!footer.contains(" o scores"), "{footer}");
}

#[test]
fn the_footer_names_one_to_six_as_one_key() {
    let mut app = review_session(Lang::Nl);
    let notes = render(&app, 200, 60);
    assert!(notes.contains(" o scores"), "{notes}");
    press(&mut app, ch('o'));
    let screen = render(&app, 120, 40);
    let footer = screen.lines().last().unwrap();
    assert!(footer.contains("1–6 geef deze score"), "{footer}");
}

#[test]
fn the_scores_come_back_after_a_resume() {
    let mut app = review_session(Lang::Nl);
    press(&mut app, ch('o'));
    let effects = press(&mut app, ch('4'));
    let saved = last_save(&effects).clone();
    let mut again = app_with(Lang::Nl, &[]);
    again.screen = casus::tui::app::Screen::Session(Box::new(
        casus::tui::screens::session::SessionScreen::new(saved),
    ));
    press(&mut again, ch('o'));
    let screen = render(&again, 120, 40);
    assert!(screen.contains("1 van 12 indicatoren gescoord"), "{screen}");
    assert!(
        screen.contains("▶ Stabiliteit"),
        "opens on the first without a score"
    );
}

#[test]
fn the_detail_page_shows_the_scores_per_part_with_sign_and_word() {
    let mut app = review_session(Lang::Nl);
    press(&mut app, ch('o'));
    press(&mut app, ch('2'));
    press_code(&mut app, KeyCode::Enter);
    type_text(&mut app, "Geen veiligheidsplan");
    press_code(&mut app, KeyCode::Esc);
    for _ in 0..7 {
        press(&mut app, ch('j'));
    }
    let effects = press(&mut app, ch('5'));
    let saved = last_save(&effects).clone();
    let sessions = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(sessions.path().join("sessions")).unwrap();
    let file = sessions.path().join(format!("sessions/{}.ron", saved.id));
    std::fs::write(&file, casus::store::to_ron(&saved)).unwrap();
    let data = tempfile::tempdir().unwrap();
    let (mut app, runner) = review_over(Lang::Nl, vec![sessions.path().into()], data.path());
    assert_eq!(listed_ids(&app), vec![saved.id.clone()]);
    press_run(&mut app, &runner, KeyCode::Enter);
    assert_eq!(app.context(), Context::ReviewDetail);
    let mut seen = String::new();
    for _ in 0..60 {
        seen.push_str(&render(&app, 120, 40));
        press_code(&mut app, KeyCode::PageDown);
    }
    for text in [
        "Gezin: hoe gaat het met kind en gezin?",
        "Veiligheid                       2 ! vraagt aandacht",
        "Geen veiligheidsplan",
        "Stabiliteit                      geen score",
        "Systeem: hoe presteerde het systeem?",
        "Teamvorming en samenwerking      5 ✓ aanvaardbaar",
    ] {
        assert!(seen.contains(text), "{text} in\n{seen}");
    }
}

#[test]
fn help_lists_the_scores_keys() {
    let mut app = review_session(Lang::Nl);
    press(&mut app, ch('o'));
    press(&mut app, ch('4'));
    press(&mut app, ch('?'));
    let screen = render(&app, 80, 24);
    for text in [
        "1",
        "geef deze score",
        "onderbouwing",
        "score wissen",
        "sluiten",
    ] {
        assert!(screen.contains(text), "{text} in\n{screen}");
    }
}
