//! The real `casus` binary in a pseudo-terminal: a reflection is written,
//! selected with `s`, opened with Enter and changed, then removed with `x`
//! and Enter; the session file holds each correction.

mod common;

use std::path::PathBuf;

use casus::model::Session;
use casus::store::read_session;

use common::bin::Sandbox;
use common::bin::keys::{ENTER, ESC, TAB};

fn session(sandbox: &Sandbox) -> Session {
    let dir = sandbox.data().join("sessions");
    let files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.expect("a dir entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "ron"))
        .collect();
    assert_eq!(files.len(), 1, "one session file: {files:?}");
    read_session(&files[0]).unwrap_or_else(|d| panic!("the session reads back: {d}"))
}

#[test]
fn a_reflection_is_edited_then_removed_and_the_file_says_so() {
    let sandbox = Sandbox::new();
    let mut t = sandbox.spawn(&[], (120, 40), &[]);
    t.set_up_signaal_from_home();
    t.keys("n");
    t.wait_for("Beslismoment 1 van 5");

    for (text, who) in [("Eerst bellen", "AB"), ("Huisbezoek", "CD")] {
        t.keys("r");
        t.wait_for("Door (initialen):");
        t.type_text(text);
        t.keys(TAB);
        t.type_text(who);
        t.keys(ESC);
        t.wait_for(&format!("{who}: {text}"));
    }

    // Select the first, open it, change it.
    t.keys("s");
    t.wait_for("▶ AB: Eerst bellen");
    t.keys(ENTER);
    t.wait_for("Esc klaar en bewaren");
    t.type_text(" vandaag");
    t.keys(ESC);
    t.wait_for("▶ AB: Eerst bellen vandaag");

    // Remove it, after the question.
    t.keys("x");
    t.wait_for("Verwijderen? Enter: ja · Esc: nee");
    t.keys(ENTER);
    t.wait_for("Verwijderd.");
    t.wait_gone("Eerst bellen vandaag");
    t.keys("q");
    assert!(t.wait_exit(), "casus exits cleanly");

    let saved = session(&sandbox);
    let r = &saved.steps[0].reflections;
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].text, "Huisbezoek");
    assert_eq!(r[0].author.as_deref(), Some("CD"));
}
