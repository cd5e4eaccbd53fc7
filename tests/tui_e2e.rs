//! The real `casus` binary in a pseudo-terminal (pure Rust: `portable-pty`
//! plus a `vt100` parser, no tmux): a whole session walked by keys, and
//! resuming after quitting mid-edit. The saved RON and the Markdown report
//! must hold everything that was typed.

mod common;

use std::path::PathBuf;

use casus::model::Session;
use casus::store::read_session;

use common::bin::keys::{CTRL_C, ENTER, ESC, RIGHT, TAB};
use common::bin::{Sandbox, Term};

/// The terminal size: 120×40.
const SIZE: (u16, u16) = (120, 40);

/// A sandbox for one test: its own home, XDG folders and data folder.
struct Env {
    sandbox: Sandbox,
}

impl Env {
    fn new() -> Env {
        Env {
            sandbox: Sandbox::new(),
        }
    }

    fn data_dir(&self) -> PathBuf {
        self.sandbox.data()
    }

    /// `casus <args> --data-dir <tmp> --lang nl` in a 120×40 pseudo-terminal.
    fn spawn(&self, args: &[&str]) -> Term {
        self.sandbox.spawn(args, SIZE, &[])
    }

    /// The one session file in the data folder.
    fn session(&self) -> Session {
        let dir = self.data_dir().join("sessions");
        let files: Vec<PathBuf> = std::fs::read_dir(&dir)
            .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
            .map(|e| e.expect("a dir entry").path())
            .filter(|p| p.extension().is_some_and(|x| x == "ron"))
            .collect();
        assert_eq!(files.len(), 1, "one session file: {files:?}");
        read_session(&files[0]).unwrap_or_else(|d| panic!("the session reads back: {d}"))
    }
}

fn markdown(env: &Env, id: &str) -> String {
    let path: PathBuf = env.data_dir().join("exports").join(format!("{id}.md"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn assert_holds(what: &str, text: &str, needles: &[&str]) {
    for needle in needles {
        assert!(text.contains(needle), "{what} lacks {needle:?}:\n{text}");
    }
}

#[test]
fn a_whole_session_by_keys_is_saved_and_exported_with_everything_typed() {
    let env = Env::new();
    let mut t = env.spawn(&[]);

    // Home → new session → set-up → the opening: the group's notes.
    t.set_up_signaal_from_home();
    t.wait_for("Nog niets genoteerd");
    t.keys("i");
    t.wait_for("Esc klaar en bewaren");
    t.type_text("Rollen verdeeld, vader heeft gezag");
    t.keys(ESC);
    t.wait_gone("Esc klaar en bewaren");
    t.wait_gone("Nog niets genoteerd");

    // The first decision point.
    t.keys("n");
    t.wait_for("Beslismoment 1 van 5");
    t.keys("d");
    t.wait_for("Esc klaar en bewaren");
    t.type_text("De IB'er belt vandaag de moeder");
    t.keys(ESC);
    t.wait_gone("Esc klaar en bewaren");
    t.wait_for("✓ 1.");

    // A theme, found by typing its name without the accent.
    t.keys("t");
    t.wait_for("Thema's labelen");
    t.type_text("residentiele");
    t.wait_for("▶ [ ]   Minder residentiële plaatsingen");
    t.keys(TAB);
    t.wait_for("[x]   Minder residentiële plaatsingen");
    t.keys(ENTER);
    t.wait_gone("Thema's labelen");
    t.wait_for("[Minder residentiële plaatsingen]");

    // A reflection with its author.
    t.keys("r");
    t.wait_for("Door (initialen):");
    t.type_text("Ik had eerder gebeld");
    t.keys(TAB);
    t.type_text("AB");
    t.keys(ESC);
    t.wait_for("AB: Ik had eerder gebeld");

    // A knelpunt with its owner.
    t.keys("b");
    t.wait_for("Eigenaar");
    t.type_text("Zorgoverleg duurt zes weken");
    t.keys(TAB);
    t.type_text("schoolbestuur");
    t.keys(ESC);
    t.wait_for("Knelpunt: Zorgoverleg duurt zes weken (eigenaar: schoolbestuur)");

    // What actually happened.
    t.keys("o");
    t.wait_for("Wat er werkelijk gebeurde");

    // The other decision points, then the closing.
    for n in 2..=5 {
        t.keys(RIGHT);
        t.wait_for(&format!("Beslismoment {n} van 5"));
    }
    t.keys(RIGHT);
    t.wait_for("Knelpunten in het systeem");
    t.wait_for("Zorgoverleg duurt zes weken");
    t.keys("a");
    t.wait_for("Esc klaar en bewaren");
    t.type_text("Spreekuur op elke school regelen");
    t.keys(TAB);
    t.type_text("IB");
    t.keys(ESC);
    t.wait_for("Spreekuur op elke school regelen (eigenaar: IB)");

    // The evaluation, then the summary.
    t.keys("n");
    t.wait_for("Hoe verliep de bespreking");
    t.keys("n");
    t.wait_for("Samenvatting van de sessie");
    t.wait_for("1  Minder residentiële plaatsingen");

    // Export, then quit.
    t.keys("e");
    t.wait_for("Geëxporteerd naar");
    t.keys("q");
    assert!(t.wait_exit(), "casus exits cleanly");

    let s = env.session();
    assert!(s.finished.is_some(), "the session is finished");
    assert_eq!(s.group, "Team Noord");
    assert_eq!(s.participants, vec!["AB".to_string(), "CD".to_string()]);
    assert_eq!(s.case.id, "signaal-van-school");
    assert_eq!(s.phases[0].notes, "Rollen verdeeld, vader heeft gezag");
    assert_eq!(s.steps[0].decision, "De IB'er belt vandaag de moeder");
    assert_eq!(
        s.steps[0].themes,
        vec!["hervormingsagenda/minder-residentieel".to_string()]
    );
    assert!(s.steps[0].revealed);
    assert_eq!(s.steps[0].reflections.len(), 1);
    assert_eq!(s.steps[0].reflections[0].text, "Ik had eerder gebeld");
    assert_eq!(s.steps[0].reflections[0].author.as_deref(), Some("AB"));
    assert_eq!(s.bottlenecks.len(), 1);
    assert_eq!(s.bottlenecks[0].text, "Zorgoverleg duurt zes weken");
    assert_eq!(s.bottlenecks[0].owner.as_deref(), Some("schoolbestuur"));
    assert_eq!(
        s.bottlenecks[0].step.as_deref(),
        Some(s.case.steps[0].id.as_str())
    );
    assert_eq!(s.actions.len(), 1);
    assert_eq!(s.actions[0].text, "Spreekuur op elke school regelen");
    assert_eq!(s.actions[0].owner.as_deref(), Some("IB"));
    assert!(s.draft.is_none());

    let md = markdown(&env, &s.id);
    assert_holds(
        "the Markdown report",
        &md,
        &[
            "Een zorgelijk signaal van school",
            "Team Noord",
            "Rollen verdeeld, vader heeft gezag",
            "De IB'er belt vandaag de moeder",
            "Minder residentiële plaatsingen",
            "Ik had eerder gebeld",
            "AB",
            "Zorgoverleg duurt zes weken",
            "schoolbestuur",
            "Spreekuur op elke school regelen",
            "IB",
        ],
    );
    assert!(
        !md.contains("hervormingsagenda/minder-residentieel"),
        "themes by label, not by id:\n{md}"
    );
}

#[test]
fn resume_after_quitting_mid_edit_returns_to_the_step_with_the_editor_and_its_text() {
    let env = Env::new();
    let mut t = env.spawn(&[
        "new",
        "--case",
        "signaal-van-school",
        "--method",
        "casusbespreking",
        "--themes",
        "eigenwijs,reflectie",
        "--group",
        "Team Zuid",
    ]);
    t.wait_for("Deelnemers:");
    t.keys(ENTER);
    t.wait_for("1. Opening");
    t.keys("n");
    t.wait_for("Beslismoment 1 van 5");
    t.keys("n");
    t.wait_for("Beslismoment 2 van 5");
    t.keys("d");
    t.wait_for("Esc klaar en bewaren");
    t.keys("Huisbezoek plannen\rmet de buurtteamwerker");
    t.wait_for("met de buurtteamwerker");
    t.keys(CTRL_C);
    assert!(t.wait_exit(), "Ctrl-C leaves cleanly");

    let saved = env.session();
    assert_eq!((saved.position.phase, saved.position.step), (1, 1));
    let draft = saved
        .draft
        .as_ref()
        .expect("the open editor's text is kept as a draft");
    assert_eq!(draft.text, "Huisbezoek plannen\nmet de buurtteamwerker");

    let mut t = env.spawn(&["resume"]);
    t.wait_for("Beslismoment 2 van 5");
    t.wait_for("Esc klaar en bewaren");
    t.wait_for("Huisbezoek plannen");
    t.wait_for("met de buurtteamwerker");
    t.type_text(", volgende week");
    t.keys(ESC);
    t.wait_gone("Esc klaar en bewaren");
    t.wait_for("✓ 2.");
    t.keys("q");
    assert!(t.wait_exit());

    let s = env.session();
    assert_eq!(
        s.steps[1].decision,
        "Huisbezoek plannen\nmet de buurtteamwerker, volgende week"
    );
    assert!(s.draft.is_none(), "the committed text is no longer a draft");
    assert_eq!(s.group, "Team Zuid");
}
