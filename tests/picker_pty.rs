//! The real binary in a pseudo-terminal, typed at as a facilitator would
//! (issue 11, findings 1, 2 and 4): a two-word theme query with Enter, `Tab`
//! to tick two themes, and `Esc` out of help followed by a key that acts.

mod common;

use std::path::PathBuf;

use casus::model::Session;
use casus::store::read_session;

use common::bin::keys::{ENTER, ESC, TAB};
use common::bin::{Sandbox, Term};

const SIZE: (u16, u16) = (100, 30);

/// A new session on "Een zorgelijk signaal van school", at its first decision point.
fn at_first_step(sandbox: &Sandbox) -> Term {
    let mut t = sandbox.spawn(
        &[
            "new",
            "--case",
            "signaal-van-school",
            "--method",
            "casusbespreking",
            "--themes",
            "eigenwijs,hervormingsagenda,kwaliteitskompas,reflectie,utrecht",
            "--group",
            "Team Noord",
        ],
        SIZE,
        &[],
    );
    t.wait_for("Deelnemers:");
    t.keys(ENTER);
    t.wait_for("1. Opening");
    t.keys("n");
    t.wait_for("Beslismoment 1 van 5");
    t
}

/// The one session file, read back.
fn saved(sandbox: &Sandbox) -> Session {
    let files: Vec<PathBuf> = std::fs::read_dir(sandbox.sessions())
        .expect("the sessions folder")
        .map(|e| e.expect("an entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "ron"))
        .collect();
    assert_eq!(files.len(), 1, "{files:?}");
    read_session(&files[0]).unwrap_or_else(|d| panic!("the session reads back: {d}"))
}

fn quit(mut t: Term) {
    t.keys("q");
    assert!(t.wait_exit(), "casus quits");
}

#[test]
fn typing_eerste_lijn_and_enter_tags_that_theme_and_saves_it() {
    let sandbox = Sandbox::new();
    let mut t = at_first_step(&sandbox);
    t.keys("t");
    t.wait_for("Thema's labelen");
    t.type_text("eerste lijn");
    t.wait_for("Zoek: eerste lijn");
    t.wait_for("▶ [ ] ★ Eerste lijn dichtbij de vindplaatsen");
    t.keys(ENTER);
    t.wait_gone("Thema's labelen");
    t.wait_for("[Eerste lijn dichtbij de vindplaatsen]");
    quit(t);
    assert_eq!(
        saved(&sandbox).steps[0].themes,
        vec!["eigenwijs/eerste-lijn-dichtbij".to_string()]
    );
}

#[test]
fn tab_tab_ticks_two_themes() {
    let sandbox = Sandbox::new();
    let mut t = at_first_step(&sandbox);
    t.keys("t");
    t.wait_for("Thema's labelen");
    t.keys(TAB);
    t.wait_for("[x] ★ Eerste lijn dichtbij de vindplaatsen");
    t.keys(TAB);
    t.wait_for("[x] ★ Preventie en vroegsignalering");
    t.keys(ENTER);
    t.wait_gone("Thema's labelen");
    quit(t);
    assert_eq!(
        saved(&sandbox).steps[0].themes,
        vec![
            "eigenwijs/eerste-lijn-dichtbij".to_string(),
            "utrecht/preventie-vroegsignalering".to_string()
        ]
    );
}

#[test]
fn esc_closes_help_and_the_next_key_acts() {
    let sandbox = Sandbox::new();
    let mut t = at_first_step(&sandbox);
    t.keys("?");
    t.wait_for("Toetsen op dit scherm");
    t.keys(ESC);
    t.wait_gone("Toetsen op dit scherm");
    t.keys("d");
    t.wait_for("Esc klaar en bewaren");
    t.type_text("Bellen");
    t.keys(ESC);
    t.wait_gone("Esc klaar en bewaren");
    quit(t);
    assert_eq!(saved(&sandbox).steps[0].decision, "Bellen");
}
