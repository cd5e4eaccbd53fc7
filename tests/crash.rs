//! Nothing lost: the real binary in a pseudo-terminal.
//!
//! * The kill test types into editors, commits, moves between decision points
//!   and kills casus (SIGKILL) at random moments, mid-typing and mid-write
//!   included; then every session file must parse and hold every text that was
//!   committed before the kill, and `casus resume` must open the session again
//!   (the killed process's lock does not block). A bounded number of rounds
//!   runs in `cargo test`; `scripts/soak.sh` runs hundreds.
//! * The panic test forces a panic (debug builds: `CASUS_TEST_PANIC`) and
//!   checks, from the bytes written to the terminal and from its termios, that
//!   bracketed paste, mouse capture, the alternate screen and raw mode are off.
//! * The second-writer test opens one session in two terminals: the second
//!   casus refuses with a message, exits non-zero and writes nothing.
//!
//! Waits for the screen have a generous deadline only so that a broken build
//! fails instead of hanging; nothing asserts how long anything took.
#![cfg(unix)]

use std::collections::BTreeMap;
use std::io::{Read, Write};
use std::num::NonZero;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use casus::i18n::{Lang, fill};
use casus::library::Library;
use casus::model::{PhaseKind, Session};
use casus::store::{Store, read_session};
use portable_pty::{Child, CommandBuilder, MasterPty, PtySize, SlavePty, native_pty_system};

const ROWS: u16 = 60;
const COLS: u16 = 160;
/// How long to wait for a screen before calling the run broken.
const PATIENCE: Duration = Duration::from_secs(40);
/// crossterm reads a lone ESC as the Esc key only when no byte follows it at once.
const AFTER_ESC: Duration = Duration::from_millis(150);

const CASE: &str = "signaal-van-school";
const METHOD: &str = "casusbespreking";
const GROUP: &str = "Test";

fn new_args() -> Vec<&'static str> {
    vec![
        "new",
        "--case",
        CASE,
        "--method",
        METHOD,
        "--themes",
        "eigenwijs",
        "--group",
        GROUP,
    ]
}

// ---------------------------------------------------------------- harness

/// A private HOME, XDG folders and data folder for one test.
struct Env {
    root: tempfile::TempDir,
}

impl Env {
    fn new() -> Env {
        let root = tempfile::tempdir().expect("a temp dir");
        for d in ["home", "config", "share", "cache", "state"] {
            std::fs::create_dir_all(root.path().join(d)).expect("a folder");
        }
        Env { root }
    }

    fn data(&self) -> PathBuf {
        self.root.path().join("data")
    }

    fn sessions(&self) -> PathBuf {
        self.data().join("sessions")
    }

    /// Runs `casus ARGS --data-dir <data> --lang nl` in a fresh pseudo-terminal.
    fn spawn(&self, args: &[&str], extra_env: &[(&str, &str)]) -> Term {
        let pair = native_pty_system()
            .openpty(PtySize {
                rows: ROWS,
                cols: COLS,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("a pseudo-terminal");
        let initial = termios(pair.master.as_ref());
        let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_casus"));
        cmd.args(args);
        cmd.arg("--data-dir");
        cmd.arg(self.data());
        cmd.args(["--lang", "nl"]);
        cmd.env_clear();
        let p = self.root.path();
        cmd.env("HOME", p.join("home"));
        cmd.env("XDG_CONFIG_HOME", p.join("config"));
        cmd.env("XDG_DATA_HOME", p.join("share"));
        cmd.env("XDG_CACHE_HOME", p.join("cache"));
        cmd.env("XDG_STATE_HOME", p.join("state"));
        cmd.env("TERM", "xterm-256color");
        cmd.env("LANG", "C.UTF-8");
        for (k, v) in extra_env {
            cmd.env(k, v);
        }
        cmd.cwd(p);
        let child = pair.slave.spawn_command(cmd).expect("casus starts");
        let mut reader = pair.master.try_clone_reader().expect("a reader");
        let writer = pair.master.take_writer().expect("a writer");
        let output = Arc::new(Mutex::new(Output {
            parser: vt100::Parser::new(
                NonZero::new(ROWS).expect("rows"),
                NonZero::new(COLS).expect("cols"),
                0,
            ),
            raw: Vec::new(),
        }));
        let sink = Arc::clone(&output);
        std::thread::spawn(move || {
            let mut buf = [0u8; 8192];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 {
                    break;
                }
                let mut out = sink.lock().expect("the output lock");
                out.parser.process(&buf[..n]);
                out.raw.extend_from_slice(&buf[..n]);
            }
        });
        Term {
            child,
            master: pair.master,
            _slave: pair.slave,
            writer,
            output,
            initial,
        }
    }
}

struct Output {
    parser: vt100::Parser,
    raw: Vec<u8>,
}

/// One running casus in its own pseudo-terminal.
struct Term {
    child: Box<dyn Child + Send + Sync>,
    master: Box<dyn MasterPty + Send>,
    _slave: Box<dyn SlavePty + Send>,
    writer: Box<dyn Write + Send>,
    output: Arc<Mutex<Output>>,
    /// The terminal settings before casus started.
    initial: libc::termios,
}

impl Term {
    fn screen(&self) -> String {
        self.output
            .lock()
            .expect("output")
            .parser
            .screen()
            .contents()
    }

    fn raw(&self) -> Vec<u8> {
        self.output.lock().expect("output").raw.clone()
    }

    /// Waits until the screen satisfies `done`; a run that never gets there fails.
    fn wait_for(&self, what: &str, done: impl Fn(&str) -> bool) -> String {
        let start = Instant::now();
        loop {
            let screen = self.screen();
            if done(&screen) {
                return screen;
            }
            assert!(
                start.elapsed() < PATIENCE,
                "waited in vain for {what}; the screen:\n{screen}"
            );
            std::thread::sleep(Duration::from_millis(15));
        }
    }

    /// Like [`Term::wait_for`], and the bottom row is drawn too. A first frame
    /// is drawn top to bottom, so then it has fully arrived.
    fn wait_for_whole_frame(&self, what: &str, done: impl Fn(&str) -> bool) -> String {
        self.wait_for(what, |s| {
            let bottom = {
                let out = self.output.lock().expect("output");
                out.parser.screen().rows(0, COLS).last().unwrap_or_default()
            };
            done(s) && !bottom.trim().is_empty()
        })
    }

    fn send(&mut self, bytes: &[u8]) {
        self.writer.write_all(bytes).expect("write to the pty");
        self.writer.flush().expect("flush the pty");
    }

    fn esc(&mut self) {
        self.send(b"\x1b");
        std::thread::sleep(AFTER_ESC);
    }

    fn pid(&self) -> i32 {
        self.child.process_id().expect("a pid") as i32
    }

    fn signal(&self, sig: i32) {
        // SAFETY: sends a signal to our own child process, by its id.
        let r = unsafe { libc::kill(self.pid(), sig) };
        assert_eq!(r, 0, "kill({}, {sig}) failed", self.pid());
    }

    /// SIGKILL: no handler, no destructor, no restore runs.
    fn kill(&mut self) {
        self.signal(libc::SIGKILL);
        self.child.wait().expect("the killed child is reaped");
    }

    /// Waits for the child to exit by itself and returns its exit code.
    fn exit_code(&mut self) -> u32 {
        let start = Instant::now();
        loop {
            if let Some(status) = self.child.try_wait().expect("try_wait") {
                return status.exit_code();
            }
            assert!(
                start.elapsed() < PATIENCE,
                "casus did not exit; the screen:\n{}",
                self.screen()
            );
            std::thread::sleep(Duration::from_millis(15));
        }
    }

    /// Waits until everything the child wrote contains `needle`.
    fn wait_for_bytes(&self, needle: &[u8]) -> Vec<u8> {
        let start = Instant::now();
        loop {
            let raw = self.raw();
            if find(&raw, needle).is_some() {
                return raw;
            }
            assert!(
                start.elapsed() < PATIENCE,
                "casus never wrote {:?}; it wrote:\n{}",
                String::from_utf8_lossy(needle),
                String::from_utf8_lossy(&raw)
            );
            std::thread::sleep(Duration::from_millis(15));
        }
    }

    fn termios(&self) -> libc::termios {
        termios(self.master.as_ref())
    }
}

fn termios(master: &dyn MasterPty) -> libc::termios {
    master
        .get_termios()
        .expect("the pty's termios can be read")
        .into()
}

/// Raw mode as crossterm sets it: no line editing, no echo, no signals from keys.
fn is_raw(t: &libc::termios) -> bool {
    t.c_lflag & (libc::ICANON | libc::ECHO | libc::ISIG) == 0
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

fn rfind(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).rposition(|w| w == needle)
}

/// A small seeded generator (splitmix64): the test needs reproducible choices, not quality.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n`.
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }

    fn chance(&mut self, one_in: u64) -> bool {
        self.below(one_in) == 0
    }

    fn millis(&mut self, max: u64) -> Duration {
        Duration::from_millis(self.below(max + 1))
    }
}

fn env_u64(name: &str) -> Option<u64> {
    let value = std::env::var(name).ok()?;
    Some(
        value
            .parse()
            .unwrap_or_else(|_| panic!("{name}={value:?} is not a number")),
    )
}

// ---------------------------------------------------------------- the session as seen on screen

/// What the screens of the built-in case and method show, taken from the crate itself.
struct Script {
    /// One marker per place in the session, in `n` order: a text only that place shows.
    markers: Vec<String>,
    /// The top border of an open editor, one per kind of text: `┌ Besluit `.
    editor_tops: Vec<String>,
    /// The case's title, shown in the header of every session screen.
    case_title: String,
}

impl Script {
    fn new() -> Script {
        let lib = Library::load(None, &[]);
        let case = lib.case(CASE).expect("the built-in case").clone();
        let method = lib.method(METHOD).expect("the built-in method").clone();
        let s = Lang::Nl.strings();
        let mut markers = Vec::new();
        for phase in &method.phases {
            match phase.kind {
                PhaseKind::Steps => {
                    let n = case.steps.len();
                    for (k, step) in case.steps.iter().enumerate() {
                        markers.push(fill(s.step_heading, &[&(k + 1), &n, &step.title]));
                    }
                }
                PhaseKind::Notes | PhaseKind::Closing => {
                    let prompt = phase.prompt.as_deref().expect("every phase has a prompt");
                    markers.push(prompt.chars().take(30).collect());
                }
            }
        }
        Script {
            markers,
            editor_tops: [
                s.editor_notes,
                s.editor_decision,
                s.editor_reflection,
                s.editor_bottleneck,
                s.editor_lessons,
                s.editor_action,
            ]
            .iter()
            .map(|title| format!("┌ {title} "))
            .collect(),
            case_title: case.title,
        }
    }

    /// The place in `markers` a saved session is at.
    fn place(&self, session: &Session) -> usize {
        let mut place = 0;
        for (i, phase) in session.method.phases.iter().enumerate() {
            if i == session.position.phase {
                return place
                    + if phase.kind == PhaseKind::Steps {
                        session.position.step
                    } else {
                        0
                    };
            }
            place += if phase.kind == PhaseKind::Steps {
                session.steps.len()
            } else {
                1
            };
        }
        place
    }

    fn last(&self) -> usize {
        self.markers.len() - 1
    }

    fn editor_open(&self, screen: &str) -> bool {
        self.editor_tops
            .iter()
            .any(|top| screen.contains(top.as_str()))
    }
}

/// All the text a group can type into a session, in one string.
fn typed_text(s: &Session) -> String {
    let mut out = vec![s.group.clone(), s.lessons.clone()];
    out.extend(s.participants.iter().cloned());
    out.extend(s.phases.iter().map(|p| p.notes.clone()));
    for r in &s.steps {
        out.push(r.decision.clone());
        out.extend(r.reflections.iter().map(|x| x.text.clone()));
    }
    out.extend(s.bottlenecks.iter().map(|b| b.text.clone()));
    out.extend(s.actions.iter().map(|a| a.text.clone()));
    if let Some(d) = &s.draft {
        out.push(d.text.clone());
        out.extend(d.side.clone());
    }
    out.join("\n")
}

/// The session `casus resume` picks: the unfinished one changed last.
fn most_recent(store: &Store) -> Option<Session> {
    let (sessions, problems) = store.load_all();
    assert!(problems.is_empty(), "unreadable sessions: {problems:?}");
    sessions
        .into_iter()
        .filter(|s| !s.is_finished())
        .max_by(|a, b| a.updated.cmp(&b.updated))
}

/// Words of letters only, so the privacy guard never stops them.
fn token(n: usize) -> String {
    let mut word = String::from("kw");
    let mut k = n + 26 * 26;
    while k > 0 {
        word.push((b'a' + (k % 26) as u8) as char);
        k /= 26;
    }
    word
}

// ---------------------------------------------------------------- the kill test

/// What a round of the kill test drives and remembers.
struct Run<'a> {
    env: &'a Env,
    script: Script,
    rng: Rng,
    /// Texts that reached the disk before a kill: committed (the screen showed
    /// them outside the editor) or seen in a saved draft.
    kept: Vec<String>,
    next_token: usize,
    /// Where the running session is (index into the script's markers).
    place: usize,
    /// Rounds since the last `casus new`.
    since_new: u64,
}

impl Run<'_> {
    fn token(&mut self) -> String {
        self.next_token += 1;
        token(self.next_token)
    }

    fn store(&self) -> Store {
        Store::existing(&self.env.data())
    }

    /// Starts casus on a new session or resumes the last one; returns it with the session on screen.
    fn start(&mut self) -> Term {
        let resumable = most_recent(&self.store());
        let fresh = resumable.is_none() || self.since_new >= 5 || self.rng.chance(4);
        if fresh {
            self.since_new = 0;
            let mut term = self.env.spawn(&new_args(), &[]);
            let participants = Lang::Nl.strings().setup_participants;
            term.wait_for("the participants page", |s| s.contains(participants));
            term.send(b"\r");
            self.place = 0;
            self.wait_place(&term);
            return term;
        }
        self.since_new += 1;
        let session = resumable.expect("a session to resume");
        self.place = self.script.place(&session);
        let args: Vec<&str> = if self.rng.chance(2) {
            vec!["resume", &session.id]
        } else {
            vec!["resume"]
        };
        let mut term = self.env.spawn(&args, &[]);
        let marker = &self.script.markers[self.place];
        let screen = term
            .wait_for_whole_frame(&format!("the resumed session at {marker:?}"), |s| {
                s.contains(marker.as_str()) && s.contains(self.script.case_title.as_str())
            });
        if let Some(draft) = &session.draft {
            // The editor that was open at the kill is open again, with its draft.
            assert!(
                self.script.editor_open(&screen),
                "resume did not reopen the draft {:?}:\n{screen}",
                draft.text
            );
            let last = draft.text.split_whitespace().last().unwrap_or_default();
            term.wait_for("the draft's text in the editor", |s| s.contains(last));
            term.esc();
            self.wait_closed_with(&term, last);
        } else {
            assert!(
                !self.script.editor_open(&screen),
                "an editor opened on resume without a draft:\n{screen}"
            );
        }
        term
    }

    fn wait_place(&self, term: &Term) -> String {
        let marker = &self.script.markers[self.place];
        let title = &self.script.case_title;
        term.wait_for(&format!("the session at {marker:?}"), |s| {
            s.contains(marker.as_str()) && s.contains(title.as_str())
        })
    }

    fn wait_closed_with(&self, term: &Term, text: &str) {
        term.wait_for(&format!("the editor closed showing {text:?}"), |s| {
            !self.script.editor_open(s) && s.contains(text)
        });
    }

    /// Enter opens the editor of the place: notes, the decision, or (closing) the lessons.
    fn open_editor(&self, term: &mut Term) {
        term.send(b"\r");
        term.wait_for("an open editor", |s| self.script.editor_open(s));
    }

    /// Types a word and commits it with Esc; it counts once the screen shows it outside the editor.
    fn commit(&mut self, term: &mut Term) {
        let word = self.token();
        self.open_editor(term);
        term.send(format!(" {word}").as_bytes());
        term.esc();
        self.wait_closed_with(term, &word);
        self.kept.push(word);
    }

    /// Moves to the next or previous place, never past the last phase (that would finish it).
    fn navigate(&mut self, term: &mut Term) {
        let forward = self.place == 0 || (self.place < self.script.last() && self.rng.chance(2));
        if forward {
            term.send(b"n");
            self.place += 1;
        } else {
            term.send(b"p");
            self.place -= 1;
        }
        self.wait_place(term);
    }

    /// Types a word and waits until the draft on disk holds it (drafts are saved every few seconds).
    fn draft(&mut self, term: &mut Term) -> String {
        let word = self.token();
        self.open_editor(term);
        term.send(format!(" {word}").as_bytes());
        let store = self.store();
        let start = Instant::now();
        loop {
            let saved = most_recent(&store)
                .and_then(|s| s.draft)
                .is_some_and(|d| d.text.contains(&word));
            if saved {
                break;
            }
            assert!(
                start.elapsed() < PATIENCE,
                "the draft {word:?} was never saved"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
        self.kept.push(word.clone());
        word
    }

    /// One round: start or resume, a few actions, a kill at a random moment, the checks.
    fn round(&mut self, round: usize) {
        let mut term = self.start();
        for _ in 0..=self.rng.below(3) {
            match self.rng.below(3) {
                0 => self.navigate(&mut term),
                1 => self.commit(&mut term),
                _ => {
                    let word = self.draft(&mut term);
                    term.esc();
                    self.wait_closed_with(&term, &word);
                }
            }
        }
        let moment = self.rng.below(5);
        match moment {
            // Idle on a session screen.
            0 => {}
            // Mid-typing: the text is in the editor only.
            1 => {
                let word = self.token();
                self.open_editor(&mut term);
                term.send(format!(" {word}").as_bytes());
                std::thread::sleep(self.rng.millis(40));
            }
            // Just after Esc: the commit's save may be under way.
            2 => {
                let word = self.token();
                self.open_editor(&mut term);
                term.send(format!(" {word}\x1b").as_bytes());
                std::thread::sleep(self.rng.millis(30));
            }
            // With a saved draft in an open editor.
            3 => {
                self.draft(&mut term);
            }
            // Mid-move: the position's save may be under way.
            _ => {
                let key: &[u8] = if self.place < self.script.last() {
                    b"n"
                } else {
                    b"p"
                };
                term.send(key);
                std::thread::sleep(self.rng.millis(30));
            }
        }
        term.kill();
        self.check(round, moment);
        eprintln!(
            "round {round}: killed at moment {moment}, {} texts kept so far",
            self.kept.len()
        );
    }

    /// After a kill: every session file parses and all kept text is in one of them.
    fn check(&self, round: usize, moment: u64) {
        let dir = self.env.sessions();
        let mut rons = Vec::new();
        let mut temps = Vec::new();
        for entry in std::fs::read_dir(&dir).expect("the sessions folder") {
            let path = entry.expect("an entry").path();
            let name = path.file_name().unwrap_or_default().to_string_lossy();
            if name.ends_with(".ron") {
                rons.push(path.clone());
            } else if name.starts_with(".casus-") && name.ends_with(".tmp") {
                temps.push(path.clone());
            }
        }
        rons.sort();
        let store = self.store();
        assert_eq!(
            store.files(),
            rons,
            "round {round}: Store::files lists exactly the .ron files (temp leftovers: {temps:?})"
        );
        let mut all = String::new();
        for path in &rons {
            let session = read_session(path).unwrap_or_else(|d| {
                panic!("round {round} (kill moment {moment}): a session file does not parse: {d}")
            });
            all.push_str(&typed_text(&session));
            all.push('\n');
        }
        for word in &self.kept {
            assert!(
                all.contains(word.as_str()),
                "round {round} (kill moment {moment}): {word:?} was committed before the kill but is in no session file"
            );
        }
    }
}

fn kill_rounds(rounds: u64, seed: u64) {
    eprintln!("kill test: {rounds} rounds, seed {seed} (set CASUS_CRASH_SEED to repeat)");
    let env = Env::new();
    let mut run = Run {
        env: &env,
        script: Script::new(),
        rng: Rng(seed),
        kept: Vec::new(),
        next_token: 0,
        place: 0,
        since_new: 0,
    };
    for round in 0..rounds as usize {
        if round == 2 {
            plant_half_written_temp_file(&env.sessions());
        }
        run.round(round);
    }
    // The last kill did not keep anyone out either.
    let mut term = run.start();
    term.send(b"q");
    assert_eq!(term.exit_code(), 0, "q leaves casus cleanly");
    run.check(rounds as usize, u64::MAX);
    assert!(
        !run.kept.is_empty() || rounds == 0,
        "the run committed nothing, so it proved nothing (seed {seed})"
    );
}

/// What a crash in the middle of `write_atomic` leaves behind: a partial temp file.
fn plant_half_written_temp_file(sessions: &Path) {
    std::fs::write(
        sessions.join(".casus-AbC123.tmp"),
        "(\n    schema_version: 1,\n    id: \"20260101-000000-halfwe",
    )
    .expect("a temp file");
}

#[test]
fn killed_at_random_moments_casus_keeps_every_committed_text() {
    let seed = env_u64("CASUS_CRASH_SEED").unwrap_or(0x00C0_FFEE);
    kill_rounds(5, seed);
}

/// The long run behind `scripts/soak.sh`: `CASUS_SOAK_ITERATIONS` rounds (500 by default).
#[test]
#[ignore = "soak run: scripts/soak.sh"]
fn soak_kill_many_times() {
    let rounds = env_u64("CASUS_SOAK_ITERATIONS").unwrap_or(500);
    let seed = env_u64("CASUS_CRASH_SEED").unwrap_or_else(|| {
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(1, |d| d.as_secs())
    });
    kill_rounds(rounds, seed);
}

// ---------------------------------------------------------------- terminal restored after a panic

#[cfg(debug_assertions)]
#[test]
fn after_a_panic_the_terminal_is_restored() {
    let env = Env::new();
    let mut term = env.spawn(&new_args(), &[("CASUS_TEST_PANIC", "1")]);
    let code = term.exit_code();
    assert_ne!(code, 0, "a panic exits non-zero");
    let message = b"CASUS_TEST_PANIC is set";
    let raw = term.wait_for_bytes(message);
    let text = String::from_utf8_lossy(&raw);

    let entered = rfind(&raw, b"\x1b[?1049h").unwrap_or_else(|| {
        panic!("casus never entered the alternate screen, so the test proves nothing:\n{text}")
    });
    assert!(
        find(&raw[entered..], b"\x1b[?2004h").is_some(),
        "bracketed paste was never turned on:\n{text}"
    );
    let after = &raw[entered..];
    let at = |seq: &[u8]| {
        find(after, seq).unwrap_or_else(|| {
            panic!(
                "after the panic casus did not write {:?}:\n{text}",
                String::from_utf8_lossy(seq)
            )
        })
    };
    at(b"\x1b[?2004l"); // bracketed paste off
    for mouse in ["1006", "1015", "1003", "1002", "1000"] {
        at(format!("\x1b[?{mouse}l").as_bytes()); // DisableMouseCapture, all of it
    }
    let left = at(b"\x1b[?1049l"); // back on the main screen
    let said = at(message);
    assert!(
        said > left,
        "the panic message was printed before leaving the alternate screen, where nobody sees it:\n{text}"
    );

    let screen = term.output.lock().expect("output").parser.screen().clone();
    assert!(!screen.alternate_screen(), "still on the alternate screen");
    assert!(!screen.bracketed_paste(), "bracketed paste still on");
    assert_eq!(
        screen.mouse_protocol_mode(),
        vt100::MouseProtocolMode::None,
        "mouse capture still on"
    );
    assert!(
        screen.contents().contains("CASUS_TEST_PANIC is set"),
        "the panic message is not legible on the main screen:\n{}",
        screen.contents()
    );

    let now = term.termios();
    assert!(!is_raw(&now), "raw mode is still on after the panic");
    assert_eq!(
        (now.c_lflag, now.c_iflag, now.c_oflag),
        (
            term.initial.c_lflag,
            term.initial.c_iflag,
            term.initial.c_oflag
        ),
        "the terminal settings differ from before casus started"
    );
}

// ---------------------------------------------------------------- one writer per session

fn snapshot(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    std::fs::read_dir(dir)
        .expect("the sessions folder")
        .map(|e| {
            let path = e.expect("an entry").path();
            let name = path
                .file_name()
                .unwrap_or_default()
                .to_string_lossy()
                .into_owned();
            let bytes = std::fs::read(&path).expect("a readable file");
            (name, bytes)
        })
        .collect()
}

#[test]
fn a_second_casus_on_an_open_session_refuses_and_writes_nothing() {
    let env = Env::new();
    let script = Script::new();
    let mut first = env.spawn(&new_args(), &[]);
    first.wait_for("the participants page", |s| {
        s.contains(Lang::Nl.strings().setup_participants)
    });
    first.send(b"\r");
    first.wait_for("the session", |s| s.contains(script.markers[0].as_str()));
    assert!(
        is_raw(&first.termios()),
        "a running casus has the terminal in raw mode (else the panic test's check means nothing)"
    );
    let id = most_recent(&Store::existing(&env.data()))
        .expect("the new session is saved")
        .id;
    // Frozen, the first casus holds its lock but writes nothing while we look.
    first.signal(libc::SIGSTOP);
    let before = snapshot(&env.sessions());

    for args in [vec!["resume", id.as_str()], vec!["resume"]] {
        let mut second = env.spawn(&args, &[]);
        let code = second.exit_code();
        let raw = second.wait_for_bytes(id.as_bytes());
        let said = String::from_utf8_lossy(&raw).into_owned();
        assert_ne!(code, 0, "`casus {args:?}` must refuse; it said:\n{said}");
        assert!(
            find(&raw, b"\x1b[?1049h").is_none(),
            "the second casus opened its screen instead of refusing:\n{said}"
        );
        assert!(
            said.contains(&id) && said.trim_end().lines().count() <= 2,
            "the refusal names the session in a short message:\n{said}"
        );
        assert_eq!(
            snapshot(&env.sessions()),
            before,
            "`casus {args:?}` changed the sessions folder"
        );
    }

    first.signal(libc::SIGCONT);
    first.send(b"q");
    assert_eq!(first.exit_code(), 0, "the first casus leaves cleanly");
    let after = first.termios();
    assert!(!is_raw(&after), "raw mode is still on after q");

    // Once the first has let go, the session opens again.
    let mut again = env.spawn(&["resume", &id], &[]);
    again.wait_for("the session again", |s| {
        s.contains(script.markers[0].as_str())
    });
    again.send(b"q");
    assert_eq!(again.exit_code(), 0);
}
