//! Nothing lost when casus is killed: the real binary in a pseudo-terminal.
//!
//! The kill test types into editors, commits, moves between decision points
//! and kills casus (SIGKILL) at each moment of [`Moment`], mid-typing and
//! mid-write included; then every session file must parse and hold every
//! text that was committed before the kill, and `casus resume` must open the
//! session again (the killed process's lock does not block). `cargo test`
//! kills once at every moment, in turn; `scripts/soak.sh` runs hundreds of
//! rounds at random moments.
#![cfg(unix)]

mod common;

use std::path::Path;
use std::time::{Duration, Instant};

use casus::i18n::Lang;
use casus::store::{Store, read_session};

use common::bin::script::{SIZE, Script, most_recent, new_args, token, typed_text};
use common::bin::{Sandbox, Term};

/// The moments a round kills casus at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Moment {
    /// Idle on a session screen.
    Idle,
    /// Mid-typing: the text is in the editor only.
    MidTyping,
    /// Just after Esc: the commit's save may be under way.
    JustAfterEsc,
    /// With a saved draft in an open editor.
    WithSavedDraft,
    /// Mid-move: the position's save may be under way.
    MidMove,
}

impl Moment {
    const ALL: [Moment; 5] = [
        Moment::Idle,
        Moment::MidTyping,
        Moment::JustAfterEsc,
        Moment::WithSavedDraft,
        Moment::MidMove,
    ];
}

/// How long to wait for a draft to reach the disk before calling the run broken.
const PATIENCE: Duration = Duration::from_secs(40);

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

/// What a round of the kill test drives and remembers.
struct Run<'a> {
    env: &'a Sandbox,
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
            let mut term = self.env.spawn(&new_args(), SIZE, &[]);
            let participants = Lang::Nl.strings().setup_participants;
            term.wait_until("the participants page", |s| s.contains(participants));
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
        let mut term = self.env.spawn(&args, SIZE, &[]);
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
            term.wait_until("the draft's text in the editor", |s| s.contains(last));
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
        term.wait_until(&format!("the session at {marker:?}"), |s| {
            s.contains(marker.as_str()) && s.contains(title.as_str())
        })
    }

    fn wait_closed_with(&self, term: &Term, text: &str) {
        term.wait_until(&format!("the editor closed showing {text:?}"), |s| {
            !self.script.editor_open(s) && s.contains(text)
        });
    }

    /// Enter opens the editor of the place: notes, the decision, or (closing) the lessons.
    fn open_editor(&self, term: &mut Term) {
        term.send(b"\r");
        term.wait_until("an open editor", |s| self.script.editor_open(s));
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

    /// One round: start or resume, a few actions, a kill at `moment`, the checks.
    fn round(&mut self, round: usize, moment: Moment) {
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
        match moment {
            Moment::Idle => {}
            Moment::MidTyping => {
                let word = self.token();
                self.open_editor(&mut term);
                term.send(format!(" {word}").as_bytes());
                std::thread::sleep(self.rng.millis(40));
            }
            Moment::JustAfterEsc => {
                let word = self.token();
                self.open_editor(&mut term);
                term.send(format!(" {word}\x1b").as_bytes());
                std::thread::sleep(self.rng.millis(30));
            }
            Moment::WithSavedDraft => {
                self.draft(&mut term);
            }
            Moment::MidMove => {
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
        self.check(round, Some(moment));
        eprintln!(
            "round {round}: killed {moment:?}, {} texts kept so far",
            self.kept.len()
        );
    }

    /// After a kill: every session file parses and all kept text is in one of them.
    fn check(&self, round: usize, moment: Option<Moment>) {
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
                panic!("round {round} (killed {moment:?}): a session file does not parse: {d}")
            });
            all.push_str(&typed_text(&session));
            all.push('\n');
        }
        for word in &self.kept {
            assert!(
                all.contains(word.as_str()),
                "round {round} (killed {moment:?}): {word:?} was committed before the kill but is in no session file"
            );
        }
    }
}

/// How the kill moment of each round is chosen.
#[derive(Debug, Clone, Copy)]
enum Moments {
    /// Every moment in turn, so a short run kills at each of them.
    EachInTurn,
    /// A random moment each round (the soak).
    Random,
}

fn kill_rounds(rounds: u64, seed: u64, moments: Moments) {
    eprintln!("kill test: {rounds} rounds, seed {seed} (set CASUS_CRASH_SEED to repeat)");
    let env = Sandbox::new();
    let mut run = Run {
        env: &env,
        script: Script::new(),
        rng: Rng(seed),
        kept: Vec::new(),
        next_token: 0,
        place: 0,
        since_new: 0,
    };
    if let Moments::EachInTurn = moments {
        assert!(
            rounds >= Moment::ALL.len() as u64,
            "{rounds} rounds cannot kill at every moment"
        );
    }
    for round in 0..rounds as usize {
        if round == 2 {
            plant_half_written_temp_file(&env.sessions());
        }
        let moment = match moments {
            Moments::EachInTurn => Moment::ALL[round % Moment::ALL.len()],
            Moments::Random => Moment::ALL[run.rng.below(Moment::ALL.len() as u64) as usize],
        };
        run.round(round, moment);
    }
    // The last kill did not keep anyone out either.
    let mut term = run.start();
    term.send(b"q");
    assert_eq!(term.exit_code(), 0, "q leaves casus cleanly");
    run.check(rounds as usize, None);
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

/// Every kill moment once, in turn, in every `cargo test`.
#[test]
fn killed_at_every_moment_casus_keeps_every_committed_text() {
    let seed = env_u64("CASUS_CRASH_SEED").unwrap_or(0x00C0_FFEE);
    kill_rounds(Moment::ALL.len() as u64, seed, Moments::EachInTurn);
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
    kill_rounds(rounds, seed, Moments::Random);
}
