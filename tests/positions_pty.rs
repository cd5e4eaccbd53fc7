//! The real binary in a pseudo-terminal (issue 12): a position round at a
//! decision point, the positions shown at once, what happened marked, and
//! dot-voting in the closing, all by keys; then the RON file, the Markdown
//! report and the CSV export hold every position and every dot.

mod common;

use std::path::PathBuf;

use casus::model::{Choice, Session};
use casus::store::read_session;

use common::bin::keys::{ENTER, ESC, RIGHT, TAB};
use common::bin::{Sandbox, stdout};

/// The one session file in the data folder.
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
fn a_position_round_the_reveal_and_dot_votes_by_keys_are_saved_and_exported() {
    let sandbox = Sandbox::new();
    let mut t = sandbox.spawn(&[], (120, 40), &[]);
    t.set_up_signaal_from_home();
    t.keys("n");
    t.wait_for("Beslismoment 1 van 5");

    // The round: AB takes option 2, CD own words with a reason.
    t.keys("c");
    t.wait_for("Standpuntenronde");
    t.wait_for("Standpunt van AB:");
    t.keys("j");
    t.keys(ENTER);
    t.wait_for("Standpunt van CD:");
    t.wait_for("AB ✓");
    t.keys("jjjj");
    t.wait_for("▶ Eigen woorden");
    t.keys(ENTER);
    t.wait_for("Standpunt in eigen woorden · CD");
    t.type_text("Eerst de huisarts bellen");
    t.keys(TAB);
    t.type_text("die kent het gezin");
    t.keys(ESC);
    t.wait_for("CD ✓");
    t.wait_for("2 van 2 standpunten vastgelegd");
    let hidden = t.screen();
    assert!(!hidden.contains('█'), "nothing shown yet:\n{hidden}");

    // Shown all at once: the tally beside the options.
    t.keys("u");
    t.wait_for("Standpunten getoond:");
    t.wait_for("“Eerst de huisarts bellen”  █ 1");
    t.keys(ESC);
    t.wait_gone("Standpuntenronde");

    // What actually happened, then marked: option 1.
    t.keys("o");
    t.wait_for("Wat er werkelijk gebeurde");
    t.keys("c");
    t.wait_for("Standpuntenronde");
    t.keys("w");
    t.wait_for("✓ werkelijk gebeurd");
    t.keys(ESC);
    t.wait_gone("Standpuntenronde");

    // A knelpunt here, an action in the closing, and dots on both.
    t.keys("b");
    t.wait_for("Eigenaar");
    t.type_text("Zorgoverleg duurt zes weken");
    t.keys(ESC);
    t.wait_for("Knelpunt: Zorgoverleg duurt zes weken");
    for n in 2..=5 {
        t.keys(RIGHT);
        t.wait_for(&format!("Beslismoment {n} van 5"));
    }
    t.keys(RIGHT);
    t.wait_for("Knelpunten in het systeem");
    t.keys("a");
    t.wait_for("Esc klaar en bewaren");
    t.type_text("Spreekuur op elke school");
    t.keys(ESC);
    t.wait_gone("Esc klaar en bewaren");
    t.keys("s");
    t.wait_for("Stemmen met stippen");
    t.keys(ENTER); // AB: the knelpunt
    t.wait_for("AB: nog 2 van 3 stippen");
    t.keys("j ");
    t.wait_for("AB: nog 1 van 3 stippen");
    t.keys("l");
    t.wait_for("CD: nog 3 van 3 stippen");
    t.keys(" ");
    t.wait_for("CD: nog 2 van 3 stippen");
    t.keys(ESC);
    t.wait_gone("Stemmen met stippen");
    t.wait_for("Spreekuur op elke school  ●● 2 stippen");

    // Past the evaluation: the summary, ranked; export, quit.
    t.keys("n");
    t.wait_for("Hoe verliep de bespreking");
    t.keys("n");
    t.wait_for("Samenvatting van de sessie");
    t.wait_for("Acties (op volgorde van stippen)");
    t.keys("e");
    t.wait_for("Geëxporteerd naar");
    t.keys("q");
    assert!(t.wait_exit(), "casus exits cleanly");

    // The RON file.
    let s = session(&sandbox);
    let first = &s.steps[0];
    let options = &s.case.steps[0].options;
    assert_eq!(first.stances.len(), 2);
    assert_eq!(first.stances[0].who, "AB");
    assert_eq!(first.stances[0].choice, Choice::Option(options[1].clone()));
    assert_eq!(
        first.stances[1].choice,
        Choice::Own("Eerst de huisarts bellen".into())
    );
    assert_eq!(
        first.stances[1].reason.as_deref(),
        Some("die kent het gezin")
    );
    assert!(first.stances_shown && first.revealed);
    assert_eq!(first.actual.as_deref(), Some(options[0].as_str()));
    assert_eq!(s.bottlenecks[0].votes, ["AB"]);
    assert_eq!(s.actions[0].votes, ["AB", "CD"]);
    let ron = std::fs::read_to_string(sandbox.sessions().join(format!("{}.ron", s.id))).unwrap();
    assert!(
        ron.contains(&format!(
            "schema_version: {},",
            casus::model::SESSION_SCHEMA_VERSION
        )),
        "{ron}"
    );
    assert!(
        ron.contains("choice: Own(\"Eerst de huisarts bellen\")"),
        "{ron}"
    );

    // The Markdown report written by `e`.
    let md_path = sandbox.data().join("exports").join(format!("{}.md", s.id));
    let md =
        std::fs::read_to_string(&md_path).unwrap_or_else(|e| panic!("{}: {e}", md_path.display()));
    for needle in [
        "**Standpunten vóór de onthulling**",
        "- CD: “Eerst de huisarts bellen” (reden: die kent het gezin)",
        "**Werkelijk gebeurd (gemarkeerd)**",
        "Spreekuur op elke school (2 stippen)",
        "(1 stip)",
    ] {
        assert!(md.contains(needle), "the report lacks {needle:?}:\n{md}");
    }

    // The CSV, through the command line.
    let out = sandbox.run(&[
        "export",
        &s.id,
        "--format",
        "csv",
        "--data-dir",
        &sandbox.data().display().to_string(),
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let csv = stdout(&out);
    let mut reader = csv::ReaderBuilder::new().from_reader(csv.as_bytes());
    let rows: Vec<Vec<String>> = reader
        .records()
        .map(|r| r.unwrap().iter().map(String::from).collect())
        .collect();
    let positions: Vec<_> = rows.iter().filter(|r| r[5] == "position").collect();
    assert_eq!(positions.len(), 2, "{csv}");
    assert_eq!(positions[1][8], "Eerst de huisarts bellen");
    assert_eq!(
        (positions[1][9].as_str(), positions[1][14].as_str()),
        ("CD", "die kent het gezin")
    );
    let action = rows.iter().find(|r| r[5] == "action").unwrap();
    assert_eq!(action[13], "2", "the action's dots");
}
