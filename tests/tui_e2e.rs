//! The real `casus` binary in a pseudo-terminal (pure Rust: `portable-pty`
//! plus a `vt100` parser, no tmux): a whole session walked by keys, and
//! resuming after quitting mid-edit. The saved RON and the Markdown report
//! must hold everything that was typed.

use std::io::{Read, Write};
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

use portable_pty::{Child, CommandBuilder, PtySize, native_pty_system};

use casus::model::Session;
use casus::store::read_session;

const BIN: &str = env!("CARGO_BIN_EXE_casus");
const ROWS: u16 = 40;
const COLS: u16 = 120;
/// How long to wait for the screen to show something.
const TIMEOUT: Duration = Duration::from_secs(10);

const ESC: &str = "\x1b";
const ENTER: &str = "\r";
const TAB: &str = "\t";
const RIGHT: &str = "\x1b[C";
const CTRL_C: &str = "\x03";

/// An isolated home, config and data folder for one run of tests.
struct Env {
    root: tempfile::TempDir,
}

impl Env {
    fn new() -> Env {
        Env {
            root: tempfile::tempdir().expect("a temp dir"),
        }
    }

    fn data_dir(&self) -> PathBuf {
        self.root.path().join("data-dir")
    }

    /// `casus <args> --data-dir <tmp> --lang nl` in a 120×40 pseudo-terminal.
    fn spawn(&self, args: &[&str]) -> Term {
        let home = self.root.path().join("home");
        let mut cmd = CommandBuilder::new(BIN);
        cmd.args(args);
        cmd.arg("--data-dir");
        cmd.arg(self.data_dir());
        cmd.args(["--lang", "nl"]);
        cmd.cwd(self.root.path());
        cmd.env("HOME", &home);
        cmd.env("XDG_CONFIG_HOME", home.join(".config"));
        cmd.env("XDG_DATA_HOME", home.join(".local/share"));
        cmd.env("TERM", "xterm-256color");
        cmd.env("LANG", "nl_NL.UTF-8");
        for var in [
            "CASUS_DATA_DIR",
            "CASUS_LIBRARY",
            "NO_COLOR",
            "LC_ALL",
            "LC_MESSAGES",
        ] {
            cmd.env_remove(var);
        }
        Term::spawn(cmd)
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

/// A running `casus` in a pseudo-terminal, its screen parsed as it draws.
struct Term {
    screen: Arc<Mutex<vt100::Parser>>,
    writer: Box<dyn Write + Send>,
    child: Box<dyn Child + Send + Sync>,
    reader: Option<thread::JoinHandle<()>>,
}

impl Term {
    fn spawn(cmd: CommandBuilder) -> Term {
        let pair = native_pty_system()
            .openpty(PtySize {
                rows: ROWS,
                cols: COLS,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("a pseudo-terminal");
        let child = pair.slave.spawn_command(cmd).expect("casus starts");
        // Only the child holds the slave now, so the reader sees EOF when it exits.
        drop(pair.slave);
        let mut reader = pair.master.try_clone_reader().expect("a pty reader");
        let writer = pair.master.take_writer().expect("a pty writer");
        let screen = Arc::new(Mutex::new(vt100::Parser::new(
            nonzero(ROWS),
            nonzero(COLS),
            0,
        )));
        let parser = Arc::clone(&screen);
        let master = pair.master;
        let reader = thread::spawn(move || {
            let _master = master; // kept open while reading
            let mut buf = [0u8; 8192];
            loop {
                match reader.read(&mut buf) {
                    Ok(0) | Err(_) => break,
                    Ok(n) => parser.lock().expect("the parser").process(&buf[..n]),
                }
            }
        });
        Term {
            screen,
            writer,
            child,
            reader: Some(reader),
        }
    }

    /// The screen as text, one line per row.
    fn contents(&self) -> String {
        self.screen.lock().expect("the parser").screen().contents()
    }

    /// Waits until the screen shows `text`; fails with the screen as it is.
    #[track_caller]
    fn wait_for(&self, text: &str) {
        let start = Instant::now();
        loop {
            let screen = self.contents();
            if screen.contains(text) {
                return;
            }
            if start.elapsed() > TIMEOUT {
                panic!("the screen never showed {text:?}; it shows:\n{screen}");
            }
            thread::sleep(Duration::from_millis(20));
        }
    }

    /// Waits until the screen no longer shows `text`.
    #[track_caller]
    fn wait_gone(&self, text: &str) {
        let start = Instant::now();
        loop {
            let screen = self.contents();
            if !screen.contains(text) {
                return;
            }
            if start.elapsed() > TIMEOUT {
                panic!("the screen kept showing {text:?}:\n{screen}");
            }
            thread::sleep(Duration::from_millis(20));
        }
    }

    /// Sends keys as the terminal would. After a lone Esc it pauses, so
    /// crossterm does not read Esc plus the next key as Alt-key.
    fn send(&mut self, keys: &str) {
        self.writer
            .write_all(keys.as_bytes())
            .expect("keys are sent");
        self.writer.flush().expect("keys are sent");
        if keys.ends_with(ESC) {
            thread::sleep(Duration::from_millis(150));
        }
    }

    /// Types text into a field; waits until it shows so no key is lost to a redraw race.
    #[track_caller]
    fn type_text(&mut self, text: &str) {
        self.send(text);
        self.wait_for(text);
    }

    /// Waits for the program to end and returns whether it succeeded.
    #[track_caller]
    fn wait_exit(mut self) -> bool {
        let start = Instant::now();
        loop {
            if let Some(status) = self.child.try_wait().expect("the child's status") {
                if let Some(reader) = self.reader.take() {
                    let _ = reader.join();
                }
                return status.success();
            }
            if start.elapsed() > TIMEOUT {
                let screen = self.contents();
                let _ = self.child.kill();
                panic!("casus did not exit; the screen shows:\n{screen}");
            }
            thread::sleep(Duration::from_millis(20));
        }
    }
}

impl Drop for Term {
    fn drop(&mut self) {
        // A failed test must not leave casus running.
        if let Ok(None) = self.child.try_wait() {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

fn nonzero(n: u16) -> std::num::NonZeroU16 {
    std::num::NonZeroU16::new(n).expect("a size above zero")
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

    // Home → new session → set-up.
    t.wait_for("Nieuwe sessie");
    t.send(ENTER);
    t.wait_for("Zoek:");
    t.type_text("signaal");
    t.wait_for("5 beslismomenten");
    t.send(ENTER);
    t.wait_for("Casusbespreking (90 min)");
    t.send(ENTER);
    t.wait_for("[x] Reflectie");
    t.send(ENTER);
    t.wait_for("Groep:");
    t.type_text("Team Noord");
    t.send(ENTER);
    t.wait_for("Deelnemers:");
    t.type_text("AB, CD");
    t.send(ENTER);

    // The opening: the group's notes.
    t.wait_for("1. Opening");
    t.wait_for("Nog niets genoteerd");
    t.send("i");
    t.wait_for("Esc klaar en bewaren");
    t.type_text("Rollen verdeeld, vader heeft gezag");
    t.send(ESC);
    t.wait_gone("Esc klaar en bewaren");
    t.wait_gone("Nog niets genoteerd");

    // The first decision point.
    t.send("n");
    t.wait_for("Beslismoment 1 van 5");
    t.send("d");
    t.wait_for("Esc klaar en bewaren");
    t.type_text("De IB'er belt vandaag de moeder");
    t.send(ESC);
    t.wait_gone("Esc klaar en bewaren");
    t.wait_for("✓ 1.");

    // A theme, found by typing its name without the accent.
    t.send("t");
    t.wait_for("Thema's labelen");
    t.type_text("residentiele");
    t.wait_for("▶ [ ]   Minder residentiële plaatsingen");
    t.send(" ");
    t.wait_for("▶ [x]   Minder residentiële plaatsingen");
    t.send(ENTER);
    t.wait_gone("Thema's labelen");
    t.wait_for("[Minder residentiële plaatsingen]");

    // A reflection with its author.
    t.send("r");
    t.wait_for("Door (initialen):");
    t.type_text("Ik had eerder gebeld");
    t.send(TAB);
    t.type_text("AB");
    t.send(ESC);
    t.wait_for("AB: Ik had eerder gebeld");

    // A knelpunt with its owner.
    t.send("b");
    t.wait_for("Eigenaar");
    t.type_text("Zorgoverleg duurt zes weken");
    t.send(TAB);
    t.type_text("schoolbestuur");
    t.send(ESC);
    t.wait_for("Knelpunt: Zorgoverleg duurt zes weken (eigenaar: schoolbestuur)");

    // What actually happened.
    t.send("o");
    t.wait_for("Wat er werkelijk gebeurde");

    // The other decision points, then the closing.
    for n in 2..=5 {
        t.send(RIGHT);
        t.wait_for(&format!("Beslismoment {n} van 5"));
    }
    t.send(RIGHT);
    t.wait_for("Knelpunten in het systeem");
    t.wait_for("Zorgoverleg duurt zes weken");
    t.send("a");
    t.wait_for("Esc klaar en bewaren");
    t.type_text("Spreekuur op elke school regelen");
    t.send(TAB);
    t.type_text("IB");
    t.send(ESC);
    t.wait_for("Spreekuur op elke school regelen (eigenaar: IB)");

    // The evaluation, then the summary.
    t.send("n");
    t.wait_for("Hoe verliep de bespreking");
    t.send("n");
    t.wait_for("Samenvatting van de sessie");
    t.wait_for("1  Minder residentiële plaatsingen");

    // Export, then quit.
    t.send("e");
    t.wait_for("Geëxporteerd naar");
    t.send("q");
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
    t.send(ENTER);
    t.wait_for("1. Opening");
    t.send("n");
    t.wait_for("Beslismoment 1 van 5");
    t.send("n");
    t.wait_for("Beslismoment 2 van 5");
    t.send("d");
    t.wait_for("Esc klaar en bewaren");
    t.send("Huisbezoek plannen\rmet de buurtteamwerker");
    t.wait_for("met de buurtteamwerker");
    t.send(CTRL_C);
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
    t.send(ESC);
    t.wait_gone("Esc klaar en bewaren");
    t.wait_for("✓ 2.");
    t.send("q");
    assert!(t.wait_exit());

    let s = env.session();
    assert_eq!(
        s.steps[1].decision,
        "Huisbezoek plannen\nmet de buurtteamwerker, volgende week"
    );
    assert!(s.draft.is_none(), "the committed text is no longer a draft");
    assert_eq!(s.group, "Team Zuid");
}
