//! The terugblik's update, pure: which items it shows and in what order, a
//! status changed by `s`, a note and a knelpunt's answer, what reaches the
//! item's own file (`Effect::UpdateItem`, stamped with this session) and
//! this session (`follow_ups`, saved), a file that refuses the change, the
//! privacy gate, leaving it, and a practice session that gets none.

mod common;
mod looking_back;

use crossterm::event::KeyCode;

use casus::i18n::Lang;
use casus::model::{BottleneckStatus, PhaseKind};
use casus::review::{BottleneckChange, ItemChange, Stamp};
use casus::tui::action::{Action, Effect};
use casus::tui::keymap::Context;
use casus::tui::screens::session::terugblik::{Outcome, wanted};

use common::*;
use looking_back::*;

fn updates(effects: &[Effect]) -> Vec<(&str, &str, &ItemChange)> {
    effects
        .iter()
        .filter_map(|e| match e {
            Effect::UpdateItem {
                session_id,
                item,
                change,
                ..
            } => Some((session_id.as_str(), item.as_str(), change)),
            _ => None,
        })
        .collect()
}

fn looking(lang: Lang) -> casus::tui::app::App {
    let mut app = started(lang);
    look_back(&mut app);
    app
}

#[test]
fn a_new_session_shows_the_groups_open_items_oldest_first_before_the_first_phase() {
    let app = looking(Lang::Nl);
    assert_eq!(app.context(), Context::Terugblik);
    let t = session(&app)
        .terugblik
        .as_ref()
        .expect("the terugblik shows");
    let ids: Vec<&str> = t.entries.iter().map(|e| e.item.id.as_str()).collect();
    assert_eq!(
        ids,
        ["k-open01", "k-answ01", "a-open01"],
        "resolved left out"
    );
    let text = render(&app, 120, 40);
    assert!(text.contains("Terugblik"), "{text}");
    assert!(text.contains("uiterlijk 2026-11-15 (verlopen)"), "{text}");
}

#[test]
fn starting_a_session_asks_the_runner_for_the_folders_when_there_are_any() {
    let mut app = app(Lang::Nl);
    app.review_dirs = vec!["/data".into()];
    let effects = start_session(&mut app, "signaal");
    assert!(
        effects
            .iter()
            .any(|e| matches!(e, Effect::LoadOpenItems(dirs, id) if dirs.len() == 1 && id == ID)),
        "{effects:?}"
    );
}

#[test]
fn s_moves_the_status_on_in_the_items_file_and_notes_it_here() {
    let mut app = looking(Lang::Nl);
    let effects = press(&mut app, ch('s'));
    let stamp = Stamp {
        at: now(),
        note: String::new(),
        session: Some(ID.into()),
    };
    assert_eq!(
        updates(&effects),
        [(
            FIRST,
            "k-open01",
            &ItemChange::Bottleneck(BottleneckChange::Status(BottleneckStatus::Raised, stamp))
        )]
    );
    let saved = last_save(&effects);
    assert_eq!(saved.follow_ups.len(), 1);
    assert_eq!(saved.follow_ups[0].status.as_deref(), Some("raised"));
    assert_eq!(saved.follow_ups[0].session, FIRST);
    // The file took it.
    let mut written = first();
    written.bottlenecks[0].status = BottleneckStatus::Raised;
    act(
        &mut app,
        Action::ItemSaved {
            saved: Box::new(casus::review::LoadedSession {
                session: written,
                path: first_path(),
            }),
            index: 0,
            action: false,
        },
    );
    let (said, error) = status(&app);
    assert!(!error);
    assert_eq!(said, "aangekaart: bijgewerkt in de sessie van 2026-11-01.");
    let t = session(&app).terugblik.as_ref().unwrap();
    assert_eq!(t.entries[0].outcome, Outcome::Saved);
}

#[test]
fn a_file_that_refuses_the_change_is_said_and_the_note_stays_here() {
    let mut app = looking(Lang::Nl);
    press(&mut app, ch('j'));
    press(&mut app, ch('j'));
    press_code(&mut app, KeyCode::Enter);
    type_text(&mut app, "Rooster is rond");
    let effects = press_code(&mut app, KeyCode::Esc);
    assert_eq!(updates(&effects).len(), 1);
    assert_eq!(last_save(&effects).follow_ups[0].note, "Rooster is rond");
    act(&mut app, Action::ItemFailed("Sessie is in gebruik.".into()));
    let (said, error) = status(&app);
    assert!(error);
    assert_eq!(
        said,
        "Niet bijgewerkt in de sessie van 2026-11-01: Sessie is in gebruik. Wat je noteerde staat in deze sessie."
    );
    let t = session(&app).terugblik.as_ref().unwrap();
    assert_eq!(t.entries[2].outcome, Outcome::Failed);
    assert_eq!(session(&app).session.follow_ups[0].note, "Rooster is rond");
    let text = render(&app, 120, 40);
    assert!(text.contains("niet bijgewerkt in die sessie"), "{text}");
    assert!(text.contains("genoteerd: Rooster is rond"), "{text}");
}

#[test]
fn a_note_on_an_answered_knelpunt_is_its_answer_and_goes_in_its_history() {
    let mut app = looking(Lang::En);
    press(&mut app, ch('j'));
    press_code(&mut app, KeyCode::Enter);
    let t = session(&app).terugblik.as_ref().unwrap();
    let editor = t.editor.as_ref().expect("the answer editor");
    assert_eq!(editor.text(), "De regio zoekt een vervoerder.");
    type_text(&mut app, " Per maart.");
    let effects = press_code(&mut app, KeyCode::Esc);
    let answer = "De regio zoekt een vervoerder. Per maart.";
    let changes: Vec<_> = updates(&effects).into_iter().map(|u| u.2.clone()).collect();
    let stamp = Stamp {
        at: now(),
        note: answer.into(),
        session: Some(ID.into()),
    };
    assert_eq!(
        changes,
        [
            ItemChange::Bottleneck(BottleneckChange::Status(BottleneckStatus::Answered, stamp)),
            ItemChange::Bottleneck(BottleneckChange::Answer(answer.into())),
        ]
    );
    let f = &last_save(&effects).follow_ups[0];
    assert_eq!((f.status.as_deref(), f.note.as_str()), (None, answer));
}

#[test]
fn a_bsn_in_a_note_blocks_it_and_nothing_is_written() {
    let mut app = looking(Lang::Nl);
    press_code(&mut app, KeyCode::Enter);
    type_text(&mut app, "Moeder met BSN 111222333");
    let effects = press_code(&mut app, KeyCode::Esc);
    assert!(effects.is_empty(), "{effects:?}");
    assert!(status(&app).1, "a complaint");
    assert_eq!(app.context(), Context::Editor, "the editor stays open");
    assert!(session(&app).session.follow_ups.is_empty());
}

#[test]
fn tab_goes_on_to_the_first_phase_and_esc_skips_it_whole() {
    for key in [KeyCode::Tab, KeyCode::Esc, KeyCode::Right] {
        let mut app = looking(Lang::Nl);
        let effects = press_code(&mut app, key);
        assert!(session(&app).terugblik.is_none(), "{key:?} leaves it");
        assert_eq!(session(&app).kind(), PhaseKind::Notes);
        assert_eq!(session(&app).session.position.phase, 0);
        assert_eq!(saves(&effects).len(), 1);
    }
}

#[test]
fn no_phase_time_counts_while_looking_back_and_a_begun_session_does_not_look_back() {
    let mut app = looking(Lang::Nl);
    for s in 1..=10 {
        act(&mut app, Action::Tick(at(s)));
    }
    assert_eq!(session(&app).session.phases[0].elapsed_secs, 0);
    assert!(
        wanted(&session(&app).session),
        "resumed now, it would look back again"
    );
    press_code(&mut app, KeyCode::Tab);
    for s in 11..=20 {
        act(&mut app, Action::Tick(at(s)));
    }
    assert!(session(&app).session.phases[0].elapsed_secs > 0);
    assert!(
        !wanted(&session(&app).session),
        "resumed now, it goes on where it was"
    );
}

#[test]
fn a_practice_session_gets_no_terugblik() {
    let mut app = started(Lang::Nl);
    session_mut(&mut app).session.practice = true;
    look_back(&mut app);
    assert!(session(&app).terugblik.is_none());
    assert_eq!(app.context(), Context::Notes);
}

#[test]
fn quitting_while_writing_a_note_keeps_it_in_this_session() {
    let mut app = looking(Lang::Nl);
    press_code(&mut app, KeyCode::Enter);
    type_text(&mut app, "Half getypt");
    let effects = press(&mut app, ctrl('c'));
    let saved = last_save(&effects);
    assert_eq!(saved.follow_ups.len(), 1);
    assert_eq!(saved.follow_ups[0].note, "Half getypt");
    assert!(effects.contains(&Effect::Quit));
}

#[test]
fn ctrl_p_on_the_participants_page_makes_it_a_practice_session() {
    let mut app = app(Lang::Nl);
    press_code(&mut app, KeyCode::Enter);
    type_text(&mut app, "signaal");
    press_code(&mut app, KeyCode::Enter);
    press_code(&mut app, KeyCode::Enter);
    press_code(&mut app, KeyCode::Enter);
    type_text(&mut app, GROUP);
    press_code(&mut app, KeyCode::Enter);
    press(&mut app, ctrl('p'));
    assert_eq!(status(&app).0, "Dit wordt een oefensessie.");
    let effects = press_code(&mut app, KeyCode::Enter);
    assert!(last_save(&effects).practice);
    assert!(render(&app, 120, 40).contains("[oefensessie]"));
}

#[test]
fn cycling_back_to_the_status_as_read_leaves_no_status_change_noted() {
    let mut app = looking(Lang::Nl);
    press(&mut app, ch('j'));
    press(&mut app, ch('j')); // the action: open → done → dropped → open
    for _ in 0..2 {
        press(&mut app, ch('s'));
    }
    assert_eq!(
        session(&app).session.follow_ups[0].status.as_deref(),
        Some("dropped")
    );
    let effects = press(&mut app, ch('s'));
    let f = &last_save(&effects).follow_ups[0];
    assert_eq!((f.item.as_str(), f.status.as_deref()), ("a-open01", None));
}
