//! The knelpunten register of the review screens, which writes status and
//! owner back into the session files. Keys go through the real keymap and
//! `update`; effects go through the real `Runner`, on copies of the fixture
//! folders. (The other review pages and their snapshots: `tui_review.rs`.)

mod common;
mod review_fixtures;

use std::path::PathBuf;

use crossterm::event::KeyCode;

use casus::i18n::Lang;
use casus::model::{BottleneckStatus, Session};
use casus::review::{BottleneckChange, ItemChange, Stamp};
use casus::store::read_session;
use casus::tui::Runner;
use casus::tui::action::Effect;
use casus::tui::app::App;
use casus::tui::keymap::Context;
use casus::tui::screens::review::Page;

use common::*;
use review_fixtures as fx;
use review_fixtures::{S1, S2, S4};

// ---------------------------------------------------------------- knelpunten register

/// Review over copies of Noord and Zuid, on the register.
fn register_on_copies() -> (App, Runner, tempfile::TempDir, Vec<PathBuf>) {
    let (tmp, dirs) = fx::temp_copy(&["noord", "zuid"]);
    let (mut app, runner) = review_over(Lang::Nl, dirs.clone(), &dirs[0]);
    press(&mut app, ch('k'));
    assert_eq!(app.context(), Context::ReviewRegister);
    (app, runner, tmp, dirs)
}

fn rows(app: &App) -> Vec<(String, BottleneckStatus, Option<String>)> {
    let Page::Register(reg) = &review(app).page else {
        panic!("register")
    };
    reg.rows
        .iter()
        .map(|r| (r.text.clone(), r.status, r.owner.clone()))
        .collect()
}

fn file(dir: &std::path::Path, id: &str) -> PathBuf {
    dir.join("sessions").join(format!("{id}.ron"))
}

/// Every file under the copies, with its bytes.
fn snapshot_files(dirs: &[PathBuf]) -> Vec<(PathBuf, Vec<u8>)> {
    let mut out = Vec::new();
    for dir in dirs {
        for entry in std::fs::read_dir(dir.join("sessions")).unwrap() {
            let path = entry.unwrap().path();
            out.push((path.clone(), std::fs::read(&path).unwrap()));
        }
    }
    out.sort();
    out
}

#[test]
fn the_register_lists_every_bottleneck_longest_waiting_first() {
    let (app, _runner, _tmp, _dirs) = register_on_copies();
    use BottleneckStatus::*;
    // No dot-votes in these sessions, so the oldest session's come first.
    assert_eq!(
        rows(&app),
        [
            (
                "Geen gedeeld dossier met school".into(),
                Raised,
                Some("Gemeente".into())
            ),
            ("Wachttijd specialistische ggz".into(), Open, None),
            ("Wachtlijst jeugd-ggz".into(), Raised, Some("Regio".into())),
            (
                "Geen budget voor overbrugging".into(),
                Resolved,
                Some("Wethouder".into())
            ),
        ]
    );
}

#[test]
fn s_cycles_the_status_and_persists_it_to_that_file_and_nothing_else() {
    let (mut app, runner, _tmp, dirs) = register_on_copies();
    let path = file(&dirs[0], S1);
    let before: Session = read_session(&path).unwrap();
    let untouched: Vec<_> = snapshot_files(&dirs)
        .into_iter()
        .filter(|(p, _)| *p != path)
        .collect();
    // The first row: Geen gedeeld dossier met school (S1, raised).
    let effects = press(&mut app, ch('s'));
    assert_eq!(
        effects,
        vec![Effect::UpdateItem {
            path: path.clone(),
            session_id: S1.into(),
            item: before.bottlenecks[0].id.clone(),
            text: "Geen gedeeld dossier met school".into(),
            change: ItemChange::Bottleneck(BottleneckChange::Status(
                BottleneckStatus::Answered,
                Stamp::at(common::now())
            )),
        }]
    );
    run(&mut app, &runner, effects);

    let mut expected = before.clone();
    expected.bottlenecks[0].set_status(
        BottleneckStatus::Answered,
        common::now(),
        String::new(),
        None,
    );
    assert_eq!(
        read_session(&path).unwrap(),
        expected,
        "only that status changed"
    );
    let others: Vec<_> = snapshot_files(&dirs)
        .into_iter()
        .filter(|(p, _)| *p != path)
        .collect();
    assert_eq!(others, untouched, "no other file changed");
    assert_eq!(
        rows(&app)[0].1,
        BottleneckStatus::Answered,
        "the row shows it"
    );
    assert!(app.status.clone().unwrap().text.contains("beantwoord"));
}

#[test]
fn a_session_in_two_folders_is_updated_in_the_copy_that_was_read() {
    let (mut app, runner, _tmp, dirs) = register_on_copies();
    let old_copy = std::fs::read(file(&dirs[0], S2)).unwrap();
    press_code(&mut app, KeyCode::Down);
    press_code(&mut app, KeyCode::Down); // Wachtlijst jeugd-ggz, read from Zuid (newer)
    let effects = press(&mut app, ch('s'));
    run(&mut app, &runner, effects);
    let zuid = read_session(&file(&dirs[1], S2)).unwrap();
    assert_eq!(zuid.bottlenecks[0].status, BottleneckStatus::Answered);
    assert_eq!(std::fs::read(file(&dirs[0], S2)).unwrap(), old_copy);
}

#[test]
fn the_status_goes_round_open_raised_answered_resolved_not_taken() {
    let (mut app, runner, _tmp, _dirs) = register_on_copies();
    press_code(&mut app, KeyCode::Down); // Wachttijd specialistische ggz, open
    let mut seen = Vec::new();
    for _ in 0..5 {
        let effects = press(&mut app, ch('s'));
        run(&mut app, &runner, effects);
        seen.push(rows(&app)[1].1);
    }
    use BottleneckStatus::*;
    assert_eq!(seen, [Raised, Answered, Resolved, NotTaken, Open]);
}

#[test]
fn the_owner_is_saved_a_bsn_is_refused_and_other_personal_data_warned_once() {
    let (mut app, runner, _tmp, dirs) = register_on_copies();
    press_code(&mut app, KeyCode::Down); // Wachttijd specialistische ggz, no owner
    press(&mut app, ch('o'));
    assert_eq!(app.context(), Context::ReviewOwner);

    type_text(&mut app, "BSN 111222333");
    assert!(
        press_code(&mut app, KeyCode::Enter).is_empty(),
        "a BSN is never saved"
    );
    assert!(app.status.clone().unwrap().error);
    assert_eq!(
        app.context(),
        Context::ReviewOwner,
        "the text stays to be fixed"
    );

    press(&mut app, ctrl('u'));
    type_text(&mut app, "Wethouder 06-12345678");
    assert!(
        press_code(&mut app, KeyCode::Enter).is_empty(),
        "first a warning"
    );
    assert!(app.status.clone().unwrap().text.contains("telefoonnummer"));
    let effects = press_code(&mut app, KeyCode::Enter);
    assert_eq!(effects.len(), 1, "the second time it is saved");
    run(&mut app, &runner, effects);

    press(&mut app, ch('o'));
    press(&mut app, ctrl('u'));
    type_text(&mut app, "Wethouder zorg");
    let effects = press_code(&mut app, KeyCode::Esc);
    run(&mut app, &runner, effects);
    let saved = read_session(&file(&dirs[0], S1)).unwrap();
    assert_eq!(
        saved.bottlenecks[1].owner.as_deref(),
        Some("Wethouder zorg")
    );
    assert_eq!(rows(&app)[1].2.as_deref(), Some("Wethouder zorg"));
}

#[test]
fn a_session_open_in_another_casus_is_not_written() {
    let (mut app, runner, _tmp, dirs) = register_on_copies();
    let store = casus::store::Store::existing(&dirs[0]);
    let _held = store.lock(S1).expect("the other casus holds the session");
    let path = file(&dirs[0], S1);
    let before = std::fs::read(&path).unwrap();
    let effects = press(&mut app, ch('s'));
    run(&mut app, &runner, effects);
    assert_eq!(std::fs::read(&path).unwrap(), before);
    let status = app.status.clone().unwrap();
    assert!(status.error && status.text.contains(S1), "{}", status.text);
    assert_eq!(
        rows(&app)[0].1,
        BottleneckStatus::Raised,
        "the row is unchanged"
    );
}

#[test]
fn ctrl_c_while_typing_an_owner_saves_it_before_leaving() {
    let (mut app, runner, _tmp, dirs) = register_on_copies();
    for _ in 0..3 {
        press_code(&mut app, KeyCode::Down); // Geen budget voor overbrugging (S4, Zuid)
    }
    press(&mut app, ch('o'));
    press(&mut app, ctrl('u'));
    type_text(&mut app, "Gemeente Zuid");
    let effects = press(&mut app, ctrl('c'));
    assert!(matches!(effects.last(), Some(Effect::Quit)), "{effects:?}");
    run(&mut app, &runner, effects);
    let saved = read_session(&file(&dirs[1], S4)).unwrap();
    assert_eq!(saved.bottlenecks[0].owner.as_deref(), Some("Gemeente Zuid"));
}

#[test]
fn enter_on_a_bottleneck_opens_its_session_and_esc_returns_to_the_register() {
    let (mut app, runner, _tmp, _dirs) = register_on_copies();
    for _ in 0..3 {
        press_code(&mut app, KeyCode::Down); // Geen budget voor overbrugging (S4, Zuid)
    }
    press_run(&mut app, &runner, KeyCode::Enter);
    assert_eq!(app.context(), Context::ReviewDetail);
    assert!(render(&app, 80, 24).contains("Team Zuid"));
    press_code(&mut app, KeyCode::Esc);
    assert_eq!(app.context(), Context::ReviewRegister);
}

#[test]
fn the_register_follows_the_knelpunt_token() {
    let (mut app, _runner, _tmp, _dirs) = register_on_copies();
    review_filter(&mut app, "knelpunt:open");
    let texts: Vec<String> = rows(&app).into_iter().map(|r| r.0).collect();
    assert_eq!(texts, ["Wachttijd specialistische ggz"]);
}
