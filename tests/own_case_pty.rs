//! An own case (eigen inbreng) with the real binary in a pseudo-terminal:
//! `casus new --own-case` walked by keys (title, preparation, two decision
//! points added live, a decision, a theme, what happened), the RON checked,
//! and `casus export --format case` giving a case file that `casus check`
//! accepts; and `casus new --own-case --title T` reaching the first phase.

mod common;

use std::path::PathBuf;

use casus::model::Session;
use casus::store::read_session;

use common::bin::keys::{ENTER, ESC, TAB};
use common::bin::{Sandbox, code, stderr, stdout};

const SIZE: (u16, u16) = (120, 40);

fn only_session(sandbox: &Sandbox) -> Session {
    let dir = sandbox.sessions();
    let files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.expect("an entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "ron"))
        .collect();
    assert_eq!(files.len(), 1, "one session file: {files:?}");
    read_session(&files[0]).unwrap_or_else(|d| panic!("{d}"))
}

#[test]
fn an_own_case_by_keys_is_saved_and_kept_as_a_case_file_that_check_accepts() {
    let sandbox = Sandbox::new();
    let mut t = sandbox.spawn(&["new", "--own-case"], SIZE, &[]);
    // The case list is skipped: method, theme sets, group, participants.
    t.wait_for("Casusbespreking (90 min)");
    t.keys(ENTER);
    t.wait_for("[x] Reflectie");
    t.keys(ENTER);
    t.wait_for("Groep:");
    t.type_text("Team Noord");
    t.keys(ENTER);
    t.wait_for("Deelnemers:");
    t.keys(ENTER);

    // The preparation, one question after the other, with the reminder.
    t.wait_for("Anonimiseer");
    t.wait_for("▶ Titel van de casus");
    t.type_text("Stil meisje in groep 5");
    t.keys(ESC);
    t.wait_for("▶ Rol van de inbrenger");
    t.type_text("jeugdconsulent");
    t.keys(ESC);
    t.wait_for("▶ Wat is je vraag aan de groep?");
    t.type_text("Wanneer schaal ik op?");
    t.keys(ESC);
    t.wait_for("▶ Wat is er gebeurd?");
    t.type_text("De school belde over haar stilte.");
    t.keys(ESC);
    t.wait_for("▶ Wat heb je al geprobeerd?");
    t.keys(ESC);
    t.wait_for("▶ Wat wil je van de groep?");
    t.type_text("Meedenken");
    t.keys(ESC);
    t.wait_gone("Voorbereiding van de inbrenger");
    t.wait_for("Vraag aan de groep");

    // The decision points, added live.
    t.keys("n");
    t.wait_for("Nog geen beslismomenten");
    t.keys("+");
    t.wait_for("Nieuw beslismoment");
    t.type_text("De melding");
    t.keys(ESC);
    t.wait_for("Beslismoment 1 van 1");
    t.keys("+");
    t.wait_for("Nieuw beslismoment");
    t.type_text("Het huisbezoek");
    t.keys(ESC);
    t.wait_for("Beslismoment 2 van 2");
    t.keys("p");
    t.wait_for("Beslismoment 1 van 2");

    // A decision, a theme, what actually happened.
    t.keys("d");
    t.wait_for("Esc klaar en bewaren");
    t.type_text("De school belt vandaag");
    t.keys(ESC);
    t.wait_for("✓ 1.");
    t.keys("t");
    t.wait_for("Thema's labelen");
    t.type_text("residentiele");
    t.wait_for("▶ [ ]   Minder residentiële plaatsingen");
    t.keys(TAB);
    t.keys(ENTER);
    t.wait_for("[Minder residentiële plaatsingen]");
    t.keys("o");
    t.wait_for("Esc klaar en bewaren");
    t.type_text("De IB'er belde dezelfde dag.");
    t.keys(ESC);
    t.wait_for("Wat er werkelijk gebeurde");
    t.keys("q");
    assert!(t.wait_exit(), "casus exits cleanly");

    let s = only_session(&sandbox);
    let own = s.own_case.as_ref().expect("an own case in the session");
    assert_eq!(s.schema_version, casus::model::SESSION_SCHEMA_VERSION);
    assert_eq!(s.case.title, "Stil meisje in groep 5");
    assert_eq!(own.role, "jeugdconsulent");
    assert_eq!(own.question, "Wanneer schaal ik op?");
    assert_eq!(own.tried, "");
    assert!(s.case.context.contains("De school belde over haar stilte."));
    let titles: Vec<&str> = s.case.steps.iter().map(|st| st.title.as_str()).collect();
    assert_eq!(titles, ["De melding", "Het huisbezoek"]);
    assert_eq!(s.steps[0].decision, "De school belt vandaag");
    assert_eq!(s.steps[0].themes, ["hervormingsagenda/minder-residentieel"]);
    assert_eq!(
        s.case.steps[0].outcome.as_deref(),
        Some("De IB'er belde dezelfde dag.")
    );

    // Kept as a case file in the config folder's cases/, which check accepts.
    let data = sandbox.data();
    let data = data.to_str().unwrap();
    let out = sandbox.run(&["--data-dir", data, "export", &s.id, "--format", "case"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let file = sandbox
        .config_dir()
        .join("cases/stil-meisje-in-groep-5.ron");
    assert!(
        stderr(&out).contains("stil-meisje-in-groep-5.ron"),
        "{}",
        stderr(&out)
    );
    let text = std::fs::read_to_string(&file).expect("the case file");
    assert!(
        text.contains("outcome: \"De IB'er belde dezelfde dag.\""),
        "{text}"
    );
    let check = sandbox.run(&["check", file.to_str().unwrap()]);
    assert_eq!(code(&check), 0, "{}{}", stdout(&check), stderr(&check));
    // It is in the library now: the next `casus new` lists it.
    let list = sandbox.run(&["list", "cases"]);
    assert!(
        stdout(&list).contains("stil-meisje-in-groep-5"),
        "{}",
        stdout(&list)
    );

    // Never over an existing file: a second export takes the next free name,
    // and -o to an existing file writes nothing.
    let again = sandbox.run(&["--data-dir", data, "export", &s.id, "--format", "case"]);
    assert_eq!(code(&again), 0, "{}", stderr(&again));
    assert!(
        sandbox
            .config_dir()
            .join("cases/stil-meisje-in-groep-5-2.ron")
            .is_file()
    );
    let path = file.to_str().unwrap();
    let refused = sandbox.run(&[
        "--data-dir",
        data,
        "export",
        &s.id,
        "--format",
        "case",
        "-o",
        path,
    ]);
    assert_eq!(code(&refused), 1);
    assert!(
        stderr(&refused).contains("bestaat al"),
        "{}",
        stderr(&refused)
    );
    assert_eq!(std::fs::read_to_string(&file).unwrap(), text, "unchanged");
}

#[test]
fn new_own_case_with_a_title_reaches_the_first_phase() {
    let sandbox = Sandbox::new();
    let args = [
        "new",
        "--own-case",
        "--title",
        "Ruzie over de omgang",
        "--method",
        "casusbespreking",
        "--themes",
        "reflectie",
        "--group",
        "Team Noord",
    ];
    let mut t = sandbox.spawn(&args, SIZE, &[]);
    t.wait_for("Deelnemers:");
    t.keys(ENTER);
    // The title was given: the preparation starts at the role.
    t.wait_for("▶ Rol van de inbrenger");
    let screen = t.screen();
    assert!(screen.contains("Ruzie over de omgang"), "{screen}");
    for next in [
        "▶ Wat is je vraag aan de groep?",
        "▶ Wat is er gebeurd?",
        "▶ Wat heb je al geprobeerd?",
        "▶ Wat wil je van de groep?",
    ] {
        t.keys(ESC);
        t.wait_for(next);
    }
    t.keys(ESC);
    t.wait_gone("Voorbereiding van de inbrenger");
    t.wait_for("1. Opening");
    t.keys("q");
    assert!(t.wait_exit(), "casus exits cleanly");
    let s = only_session(&sandbox);
    assert_eq!(s.case.title, "Ruzie over de omgang");
    assert!(s.own_case.is_some());
    assert_eq!(s.position.phase, 0);
}

#[test]
fn export_format_case_of_a_prepared_case_is_refused_and_writes_nothing() {
    let sandbox = Sandbox::new();
    let fixture = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/session_versions/v2.ron");
    let out = sandbox.run(&["export", fixture.to_str().unwrap(), "--format", "case"]);
    assert_eq!(code(&out), 1);
    assert!(
        stderr(&out).contains("geen eigen casus"),
        "{}",
        stderr(&out)
    );
    assert!(!sandbox.config_dir().join("cases").exists());
    let notes = sandbox.run(&["export", fixture.to_str().unwrap(), "--with-notes"]);
    assert_eq!(code(&notes), 2, "{}", stderr(&notes));
}
