//! The terugblik with the real binary in a pseudo-terminal: a first session
//! of Team Noord holds a knelpunt (owner, level, a due date that passed) and
//! an action (owner, due date); `casus new` for the same group (spelled
//! otherwise) opens with both, oldest first; a status changed by keys and a
//! note reach the first session's file, stamped with the new session's id,
//! and the new session's file keeps them as follow-ups.

mod common;

use std::path::PathBuf;

use casus::model::{ActionStatus, BottleneckStatus, Level, Session};
use casus::store::{read_session, write_session};

use common::bin::Sandbox;
use common::bin::keys::{ENTER, ESC, TAB};
use common::bin::script::{CASE, METHOD};

const SIZE: (u16, u16) = (120, 40);
const FIRST: &str = "20261101-090000-eerst1";

/// The first session, finished, as a facilitator left it.
fn first_session(sandbox: &Sandbox) -> PathBuf {
    let mut s: Session = ron::from_str(include_str!("fixtures/session_versions/v4.ron")).unwrap();
    s.id = FIRST.into();
    s.group = "Team Noord".into();
    s.started = "2026-11-01T09:00:00Z".parse().unwrap();
    s.finished = Some("2026-11-01T10:30:00Z".parse().unwrap());
    s.practice = false;
    s.draft = None;
    s.follow_ups.clear();
    s.bottlenecks.truncate(1);
    let b = &mut s.bottlenecks[0];
    b.text = "Beschikking duurt zes weken.".into();
    b.owner = Some("gemeente".into());
    b.level = Some(Level::Municipality);
    b.status = BottleneckStatus::Open;
    b.due = Some("2026-11-15".parse().unwrap());
    b.answer.clear();
    b.history.clear();
    s.actions.truncate(1);
    let a = &mut s.actions[0];
    a.text = "Spreekuur op school verdubbelen.".into();
    a.owner = Some("teamleider".into());
    a.due = Some("2027-01-10".parse().unwrap());
    a.status = ActionStatus::Open;
    a.history.clear();
    casus::store::create_private_dir(&sandbox.data()).unwrap();
    casus::store::create_private_dir(&sandbox.sessions()).unwrap();
    let path = sandbox.sessions().join(format!("{FIRST}.ron"));
    write_session(&path, &s).unwrap();
    path
}

fn other_session(sandbox: &Sandbox) -> Session {
    let files: Vec<PathBuf> = std::fs::read_dir(sandbox.sessions())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "ron"))
        .filter(|p| !p.ends_with(format!("{FIRST}.ron")))
        .collect();
    assert_eq!(files.len(), 1, "one new session: {files:?}");
    read_session(&files[0]).unwrap_or_else(|d| panic!("{d}"))
}

#[test]
fn a_new_session_of_the_group_looks_back_and_writes_its_changes_to_the_first_session() {
    let sandbox = Sandbox::new();
    let first = first_session(&sandbox);
    let args = [
        "new",
        "--case",
        CASE,
        "--method",
        METHOD,
        "--group",
        "team  noord",
    ];
    let mut t = sandbox.spawn(&args, SIZE, &[]);
    t.wait_for("[x] Reflectie");
    t.keys(ENTER);
    t.wait_for("Deelnemers:");
    t.keys(ENTER);

    // Both open items, oldest first, before the first phase.
    t.wait_for("Open punten uit eerdere sessies van team  noord");
    t.wait_for("▶ Knelpunt · open");
    t.wait_for("Beschikking duurt zes weken.");
    t.wait_for("eigenaar: gemeente · uiterlijk 2026-11-15 (verlopen)");
    t.wait_for("Spreekuur op school verdubbelen.");
    t.wait_for("eigenaar: teamleider · uiterlijk 2027-01-10");
    t.wait_for("Uit de sessie van 2026-11-01 (Een zorgelijk signaal van school)");

    // The knelpunt is raised; the action gets a note, then is done.
    t.keys("s");
    t.wait_for("Knelpunt · aangekaart · ✓ bijgewerkt");
    t.keys("j");
    t.wait_for("▶ Actie · open");
    t.keys(ENTER);
    t.wait_for("Voortgang: Spreekuur op school verdubbelen.");
    t.type_text("Tweede spreekuur staat in het rooster");
    t.keys(ESC);
    t.wait_for("genoteerd: Tweede spreekuur staat in het rooster");
    t.keys("s");
    t.wait_for("Actie · gedaan · ✓ bijgewerkt");

    // On to the first phase; its clock starts now.
    t.keys(TAB);
    t.wait_gone("Open punten uit eerdere sessies");
    t.keys("q");
    assert!(t.wait_exit(), "casus exits cleanly");

    let new = other_session(&sandbox);
    let s = read_session(&first).unwrap();
    let b = &s.bottlenecks[0];
    assert_eq!(b.status, BottleneckStatus::Raised);
    let last = b.history.last().expect("a history entry");
    assert_eq!(last.session.as_deref(), Some(new.id.as_str()));
    let a = &s.actions[0];
    assert_eq!(a.status, ActionStatus::Done);
    assert_eq!(a.history.len(), 2, "{:?}", a.history);
    assert_eq!(a.history[0].note, "Tweede spreekuur staat in het rooster");
    assert!(
        a.history
            .iter()
            .all(|h| h.session.as_deref() == Some(new.id.as_str()))
    );
    // Following up is not working in that session: its `updated` stays.
    assert_eq!(s.updated, "2026-11-23T10:02:03.5Z".parse().unwrap());

    assert_eq!(new.follow_ups.len(), 2, "{:?}", new.follow_ups);
    let k = &new.follow_ups[0];
    assert_eq!(
        (k.session.as_str(), k.item.as_str()),
        (FIRST, b.id.as_str())
    );
    assert_eq!(k.status.as_deref(), Some("raised"));
    let f = &new.follow_ups[1];
    assert_eq!(f.item, a.id);
    assert_eq!(f.status.as_deref(), Some("done"));
    assert_eq!(f.note, "Tweede spreekuur staat in het rooster");
    assert_eq!(new.group, "team  noord");
}

#[test]
fn a_session_left_before_its_first_phase_looks_back_again_when_resumed() {
    let sandbox = Sandbox::new();
    first_session(&sandbox);
    let args = [
        "new",
        "--case",
        CASE,
        "--method",
        METHOD,
        "--group",
        "Team Noord",
    ];
    let mut t = sandbox.spawn(&args, SIZE, &[]);
    t.wait_for("[x] Reflectie");
    t.keys(ENTER);
    t.wait_for("Deelnemers:");
    t.keys(ENTER);
    t.wait_for("▶ Knelpunt · open");
    t.keys("s");
    t.wait_for("✓ bijgewerkt");
    t.keys("q");
    assert!(t.wait_exit(), "casus exits cleanly");

    // Resumed: the terugblik again, re-read (the knelpunt now raised).
    let mut t = sandbox.spawn(&["resume"], SIZE, &[]);
    t.wait_for("Open punten uit eerdere sessies van Team Noord");
    t.wait_for("▶ Knelpunt · aangekaart");
    t.keys(TAB);
    t.wait_gone("Open punten uit eerdere sessies");
    t.keys("q");
    assert!(t.wait_exit(), "casus exits cleanly");
    assert_eq!(other_session(&sandbox).follow_ups.len(), 1);
}

#[test]
fn new_practice_writes_a_practice_session_that_does_not_look_back() {
    let sandbox = Sandbox::new();
    first_session(&sandbox);
    let args = [
        "new",
        "--practice",
        "--case",
        CASE,
        "--method",
        METHOD,
        "--group",
        "Team Noord",
    ];
    let mut t = sandbox.spawn(&args, SIZE, &[]);
    t.wait_for("[x] Reflectie");
    t.keys(ENTER);
    t.wait_for("Oefensessie: ja");
    t.keys(ENTER);
    t.wait_for("[oefensessie]");
    t.wait_for("Nog niets genoteerd");
    assert!(!t.screen().contains("Terugblik"), "{}", t.screen());
    t.keys("q");
    assert!(t.wait_exit(), "casus exits cleanly");
    let new = other_session(&sandbox);
    assert!(new.practice);
    let file = std::fs::read_to_string(sandbox.sessions().join(format!("{}.ron", new.id))).unwrap();
    assert!(file.contains("practice: true"), "{file}");
}
