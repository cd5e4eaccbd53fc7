//! The editor as a group meets it: typing, saving drafts, the privacy
//! checks, pastes; real keys through the real keymap, no files.

mod common;

use crossterm::event::KeyCode;

use casus::i18n::Lang;
use casus::model::{Draft, DraftTarget};
use casus::store::to_ron;
use casus::tui::action::{Action, Effect};
use casus::tui::app::Screen;
use casus::tui::keymap::Context;
use casus::tui::screens::session::SessionScreen;

use common::*;

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
    assert_eq!(status(&app), (nl().save.saved.to_string(), false));
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
fn a_draft_keeps_the_bsn_placeholder_in_the_sessions_language() {
    for (lang, placeholder, other) in [
        (Lang::En, "[BSN removed]", "[BSN verwijderd]"),
        (Lang::Nl, "[BSN verwijderd]", "[BSN removed]"),
    ] {
        let mut app = at_first_step(lang);
        press(&mut app, ch('d'));
        type_text(&mut app, "Dossier BSN 111222333 opvragen");
        let effects = press(&mut app, ctrl('c'));
        let draft = last_save(&effects).draft.clone().expect("the draft");
        assert_eq!(
            draft.text,
            format!("Dossier BSN {placeholder} opvragen"),
            "{lang:?}"
        );
        assert!(!draft.text.contains(other), "{lang:?}");
    }
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
fn ctrl_r_in_english_uses_english_placeholders() {
    let mut app = at_first_step(Lang::En);
    press(&mut app, ch('d'));
    type_text(&mut app, "BSN 111222333, call 06-12345678");
    press(&mut app, ctrl('r'));
    let effects = press_code(&mut app, KeyCode::Esc);
    assert_eq!(
        last_save(&effects).steps[0].decision,
        "BSN [BSN removed], call [phone]"
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
fn a_key_in_the_help_over_an_editor_is_not_typed_into_it_and_esc_closes_help() {
    // A letter typed while help hides the editor must not land, unseen, in
    // the text; help stays open and says how to close it (issue 11).
    let mut app = at_first_step(Lang::Nl);
    press(&mut app, ch('d'));
    type_text(&mut app, "abc");
    press_code(&mut app, KeyCode::F(1));
    assert!(app.help);
    press(&mut app, ch('x'));
    assert!(app.help, "another key leaves help open");
    assert_eq!(editor_text(&app), "abc", "and is not typed behind it");
    press_code(&mut app, KeyCode::Esc);
    assert!(!app.help, "Esc closes help");
    assert_eq!(app.context(), Context::Editor, "and only help");
    assert_eq!(editor_text(&app), "abc");
}
