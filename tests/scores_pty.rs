//! The real binary in a pseudo-terminal: a casus-review session started from
//! the command line, the scores opened with `o`, two indicators scored and
//! one given its why, all by keys; then the RON file holds them and
//! `casus stats --scores` counts them.

mod common;

use casus::store::read_session;

use common::bin::keys::{ENTER, ESC};
use common::bin::{Sandbox, stdout};

#[test]
fn scores_given_by_keys_are_saved_and_counted() {
    let sandbox = Sandbox::new();
    let args = [
        "new",
        "--case",
        "veilig-thuis",
        "--method",
        "casus-review",
        "--themes",
        "reflectie",
        "--group",
        "Team Noord",
    ];
    let mut t = sandbox.spawn(&args, (120, 40), &[]);
    t.wait_for("Deelnemers");
    t.keys(ENTER);
    t.wait_for("Opening en reviewvraag");
    t.keys("o");
    t.wait_for("0 van 12 indicatoren gescoord");
    t.keys("2");
    t.wait_for("2 ! vraagt aandacht");
    t.keys(ENTER);
    t.wait_for("Onderbouwing · Veiligheid");
    t.type_text("Geen veiligheidsplan");
    t.keys(ESC);
    t.wait_gone("Onderbouwing · Veiligheid");
    t.keys("j5");
    t.wait_for("5 ✓ aanvaardbaar");
    t.wait_for("2 van 12 indicatoren gescoord");
    t.keys(ESC);
    t.wait_gone("indicatoren gescoord");
    t.keys("q");
    assert!(t.wait_exit(), "casus exits cleanly");

    let dir = sandbox.sessions();
    let file = (std::fs::read_dir(&dir).unwrap())
        .map(|e| e.unwrap().path())
        .find(|p| p.extension().is_some_and(|x| x == "ron"))
        .expect("a session file");
    let s = read_session(&file).unwrap_or_else(|d| panic!("the session reads back: {d}"));
    let got: Vec<_> = s
        .scores
        .iter()
        .map(|x| (x.indicator.as_str(), x.value, x.note.as_str()))
        .collect();
    assert_eq!(
        got,
        [
            ("veiligheid", 2, "Geen veiligheidsplan"),
            ("stabiliteit", 5, "")
        ]
    );

    let data = sandbox.data().display().to_string();
    let out = sandbox.run(&["--data-dir", &data, "--lang", "nl", "stats", "--scores"]);
    let table = stdout(&out);
    assert!(table.starts_with("Scores: 1 sessie met scores."), "{table}");
    assert!(table.contains("Stabiliteit"), "{table}");
}
