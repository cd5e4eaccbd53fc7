//! Issue 10, finding 4: the register writes exactly one field of exactly one
//! knelpunt (found by its stable id) into the file as it is now. Keys go
//! through the real keymap and `update`, effects through the real `Runner`,
//! on copies of the fixture folders; a "colleague" edits the file between
//! loading the review and pressing a key.

mod common;
mod review_fixtures;

use std::path::{Path, PathBuf};

use crossterm::event::KeyCode;

use casus::i18n::Lang;
use casus::model::{BottleneckStatus, Session};
use casus::store::{read_session, to_ron};
use casus::tui::Runner;
use casus::tui::app::App;
use casus::tui::keymap::Context;

use common::*;
use review_fixtures as fx;
use review_fixtures::S1;

/// Review over copies of Noord and Zuid, on the register, with row `row` selected.
/// Rows (oldest first): 0 is S1's first knelpunt (raised, Gemeente), 1 its second (open, no owner).
fn register_at(row: usize) -> (App, Runner, tempfile::TempDir, PathBuf) {
    let (tmp, dirs) = fx::temp_copy(&["noord", "zuid"]);
    let (mut app, runner) = review_over(Lang::Nl, dirs.clone(), &dirs[0]);
    press(&mut app, ch('k'));
    assert_eq!(app.context(), Context::ReviewRegister);
    for _ in 0..row {
        press_code(&mut app, KeyCode::Down);
    }
    let path = dirs[0].join("sessions").join(format!("{S1}.ron"));
    (app, runner, tmp, path)
}

/// A colleague's casus changes the file while this one shows the register.
fn colleague(path: &Path, change: impl FnOnce(&mut Session)) {
    let mut s = read_session(path).unwrap();
    change(&mut s);
    std::fs::write(path, to_ron(&s)).unwrap();
}

fn press_and_run(app: &mut App, runner: &Runner, c: char) {
    let effects = press(app, ch(c));
    assert_eq!(effects.len(), 1, "{effects:?}");
    run(app, runner, effects);
}

#[test]
fn s_keeps_the_owner_a_colleague_wrote_after_review_loaded() {
    let (mut app, runner, _tmp, path) = register_at(0);
    colleague(&path, |s| {
        s.bottlenecks[0].owner = Some("Leerplicht".into())
    });
    let before = read_session(&path).unwrap();
    press_and_run(&mut app, &runner, 's');
    let after = read_session(&path).unwrap();
    let mut expected = before;
    let change = after.bottlenecks[0]
        .history
        .last()
        .expect("the change is dated");
    expected.bottlenecks[0].set_status(BottleneckStatus::Answered, change.at, String::new(), None);
    assert_eq!(after, expected, "only the status changed");
    assert_eq!(after.bottlenecks[0].owner.as_deref(), Some("Leerplicht"));
}

#[test]
fn a_new_owner_keeps_the_status_a_colleague_set_after_review_loaded() {
    let (mut app, runner, _tmp, path) = register_at(0);
    colleague(&path, |s| s.bottlenecks[0].status = BottleneckStatus::Open);
    press(&mut app, ch('o'));
    for _ in 0..20 {
        press_code(&mut app, KeyCode::Backspace);
    }
    for c in "Wijkteam".chars() {
        press(&mut app, ch(c));
    }
    let effects = press_code(&mut app, KeyCode::Enter);
    run(&mut app, &runner, effects);
    let after = read_session(&path).unwrap();
    assert_eq!(after.bottlenecks[0].owner.as_deref(), Some("Wijkteam"));
    assert_eq!(after.bottlenecks[0].status, BottleneckStatus::Open);
}

#[test]
fn s_marks_the_right_knelpunt_after_a_colleague_removed_an_earlier_one() {
    let (mut app, runner, _tmp, path) = register_at(1);
    colleague(&path, |s| {
        s.bottlenecks.remove(0);
    });
    press_and_run(&mut app, &runner, 's');
    let after = read_session(&path).unwrap();
    assert_eq!(after.bottlenecks.len(), 1);
    assert_eq!(after.bottlenecks[0].text, "Wachttijd specialistische ggz");
    assert_eq!(after.bottlenecks[0].status, BottleneckStatus::Raised);
}

#[test]
fn a_knelpunt_a_colleague_removed_is_named_and_nothing_is_written() {
    let (mut app, runner, _tmp, path) = register_at(0);
    colleague(&path, |s| {
        s.bottlenecks.remove(0);
    });
    let bytes = std::fs::read(&path).unwrap();
    press_and_run(&mut app, &runner, 's');
    assert_eq!(std::fs::read(&path).unwrap(), bytes, "nothing written");
    let (text, error) = status(&app);
    assert!(error, "{text}");
    assert!(text.contains("Geen gedeeld dossier met school"), "{text}");
}
