//! Writes realistic sessions for benchmarks, through the real save path.
//!
//! ```text
//! cargo run --release --example gen_sessions -- --count 10000 --out /tmp/casus-10k [--seed 7] [--lines FILE]
//! ```
//!
//! `--lines FILE` also writes one line per decision and reflection, the
//! texts `casus search` looks in, for `fzf --filter` in `scripts/bench.sh`.
//!
//! Every session is a built-in case (cut to 4 decision points or lengthened
//! to 6–7 with decision points of another case, as a trainer's variant would
//! be), a built-in method and one to three built-in theme sets, saved with
//! [`Store::save`] into `OUT/sessions/`. Each decision point has a decision,
//! 1–4 themes from the chosen sets and 1–3 reflections of 1–3 Dutch
//! sentences; about a third of the sessions name bottlenecks. The sessions
//! are spread over three years (2023–2025) and twenty groups; about nineteen in
//! twenty are finished. The same seed gives the same files, byte for byte.

use std::path::PathBuf;
use std::process::ExitCode;

use casus::library::Library;
use casus::model::{
    Action, Bottleneck, BottleneckStatus, Case, PhaseKind, Position, Reflection, Session, Step,
    ThemeSet,
};
use casus::store::Store;
use jiff::{SignedDuration, Timestamp};

/// SplitMix64: small, fast and the same everywhere, so a seed means the same data.
pub struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `lo..=hi`.
    fn range(&mut self, lo: usize, hi: usize) -> usize {
        lo + (self.next() % (hi - lo + 1) as u64) as usize
    }

    /// True with probability `percent`/100.
    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.range(0, items.len() - 1)]
    }
}

// Explicit, so the benches that include this file by path find it too.
#[path = "words.rs"]
mod words;
use words::*;

struct Args {
    count: usize,
    out: PathBuf,
    seed: u64,
    lines: Option<PathBuf>,
}

fn parse_args() -> Result<Args, String> {
    let mut count = None;
    let mut out = None;
    let mut seed = 1;
    let mut lines = None;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let mut value = || args.next().ok_or(format!("{arg} needs a value"));
        match arg.as_str() {
            "--count" => count = Some(value()?.parse().map_err(|e| format!("--count: {e}"))?),
            "--out" => out = Some(PathBuf::from(value()?)),
            "--seed" => seed = value()?.parse().map_err(|e| format!("--seed: {e}"))?,
            "--lines" => lines = Some(PathBuf::from(value()?)),
            other => return Err(format!("unknown argument {other}")),
        }
    }
    Ok(Args {
        count: count.ok_or("--count N is required")?,
        out: out.ok_or("--out DIR is required")?,
        seed,
        lines,
    })
}

fn main() -> ExitCode {
    let args = match parse_args() {
        Ok(a) => a,
        Err(e) => {
            eprintln!(
                "gen_sessions: {e}\nusage: gen_sessions --count N --out DIR [--seed S] [--lines FILE]"
            );
            return ExitCode::from(2);
        }
    };
    let store = match Store::open(&args.out) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("gen_sessions: {}: {e}", args.out.display());
            return ExitCode::from(1);
        }
    };
    let mut lines = match args.lines.as_deref().map(std::fs::File::create) {
        None => None,
        Some(Ok(f)) => Some(std::io::BufWriter::new(f)),
        Some(Err(e)) => {
            eprintln!("gen_sessions: --lines: {e}");
            return ExitCode::from(1);
        }
    };
    for (n, session) in sessions(args.seed).take(args.count).enumerate() {
        if let Err(e) = store.save(&session) {
            eprintln!("gen_sessions: {}: {e}", store.dir().display());
            return ExitCode::from(1);
        }
        if let Some(out) = lines.as_mut()
            && let Err(e) = write_lines(out, &session)
        {
            eprintln!("gen_sessions: --lines: {e}");
            return ExitCode::from(1);
        }
        if (n + 1) % 10_000 == 0 {
            eprintln!("{} sessions", n + 1);
        }
    }
    if let Some(Err(e)) = lines.as_mut().map(std::io::Write::flush) {
        eprintln!("gen_sessions: --lines: {e}");
        return ExitCode::from(1);
    }
    eprintln!("{} sessions in {}", args.count, store.dir().display());
    ExitCode::SUCCESS
}

/// One line per decision and reflection (what `casus search` searches), for
/// comparing with `fzf --filter` over the same texts.
fn write_lines(out: &mut impl std::io::Write, session: &Session) -> std::io::Result<()> {
    for step in &session.steps {
        let texts = std::iter::once(step.decision.as_str())
            .chain(step.reflections.iter().map(|r| r.text.as_str()));
        for text in texts.filter(|t| !t.trim().is_empty()) {
            writeln!(out, "{}", text.replace('\n', " "))?;
        }
    }
    Ok(())
}

/// The sessions of a seed, one after another (the benches use them in memory).
pub fn sessions(seed: u64) -> impl Iterator<Item = Session> {
    let library = Library::load(None, &[]);
    let mut rng = Rng(seed);
    // Three years, 2023 to 2025, from 07:00 UTC on the first day.
    let first: Timestamp = "2023-01-01T07:00:00Z".parse().expect("a valid timestamp");
    let span = 3 * 365 * 24 * 3600;
    std::iter::from_fn(move || Some(generate(&mut rng, &library, first, span)))
}

/// A sentence or three, built from the phrase lists.
fn decision(rng: &mut Rng) -> String {
    let sentences = rng.range(1, 3);
    (0..sentences)
        .map(|_| {
            format!(
                "{} {} {}.",
                rng.pick(&OPENINGS),
                rng.pick(&ACTS),
                rng.pick(&REASONS)
            )
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// `n` different sentences from the list.
fn sentences(rng: &mut Rng, from: &[&str], n: usize) -> String {
    let mut chosen: Vec<&str> = Vec::new();
    while chosen.len() < n.min(from.len()) {
        let s = *rng.pick(from);
        if !chosen.contains(&s) {
            chosen.push(s);
        }
    }
    chosen.join(" ")
}

/// A trainer's variant of a built-in case: 4 to 7 decision points.
fn case_variant(rng: &mut Rng, library: &Library) -> Case {
    let cases: Vec<&Case> = library.cases.iter().map(|e| &e.item).collect();
    let mut case = (*rng.pick(&cases)).clone();
    let wanted = rng.range(4, 7);
    let mut extra = 0;
    while case.steps.len() < wanted {
        let other = rng.pick(&cases);
        let mut step: Step = rng.pick(&other.steps).clone();
        extra += 1;
        step.id = format!("{}-extra-{extra}", step.id);
        case.steps.push(step);
    }
    case.steps.truncate(wanted);
    case
}

fn generate(rng: &mut Rng, library: &Library, first: Timestamp, span: i64) -> Session {
    // A working day's morning or afternoon (UTC), any day of the three years.
    let day = rng.range(0, (span / 86_400) as usize - 1) as i64;
    let second = rng.range(0, 9 * 3600) as i64;
    let started = first + SignedDuration::from_secs(day * 86_400 + second);
    let suffix: String = (0..6)
        .map(|_| b"abcdefghijkmnpqrstuvwxyz23456789"[rng.range(0, 31)] as char)
        .collect();
    let id = format!("{}-{suffix}", started.strftime("%Y%m%d-%H%M%S"));
    let case = case_variant(rng, library);
    let method = rng.pick(&library.methods).item.clone();
    let mut sets: Vec<ThemeSet> = library.theme_sets.iter().map(|e| e.item.clone()).collect();
    let keep = rng.range(1, 3);
    while sets.len() > keep {
        let drop = rng.range(0, sets.len() - 1);
        sets.remove(drop);
    }
    let group = rng.pick(&GROUPS).to_string();
    let mut s = Session::new(id, started, group, case, method, sets);
    s.participants = (0..rng.range(2, 6))
        .map(|_| rng.pick(&INITIALS).to_string())
        .collect();
    let finished = rng.chance(95);
    // An unfinished session stopped somewhere in the steps.
    let done_steps = if finished {
        s.steps.len()
    } else {
        rng.range(0, s.steps.len())
    };
    let refs: Vec<String> = s
        .theme_sets
        .iter()
        .flat_map(|set| {
            set.themes
                .iter()
                .map(move |t| format!("{}/{}", set.id, t.id))
        })
        .collect();
    let step_ids: Vec<String> = s.case.steps.iter().map(|st| st.id.clone()).collect();
    for record in s.steps.iter_mut().take(done_steps) {
        record.decision = decision(rng);
        for _ in 0..rng.range(1, 4) {
            let theme = rng.pick(&refs).clone();
            if !record.themes.contains(&theme) {
                record.themes.push(theme);
            }
        }
        record.reflections = (0..rng.range(1, 3))
            .map(|_| {
                let n = rng.range(1, 3);
                Reflection {
                    author: rng.chance(60).then(|| rng.pick(&INITIALS).to_string()),
                    text: sentences(rng, &REFLECTIONS, n),
                }
            })
            .collect();
        record.revealed = rng.chance(70);
    }
    if rng.chance(35) {
        for _ in 0..rng.range(1, 2) {
            let at_step = rng.chance(60) && done_steps > 0;
            let id = format!("k-{}", s.bottlenecks.len() + 1);
            s.bottlenecks.push(Bottleneck {
                id,
                step: at_step.then(|| step_ids[rng.range(0, done_steps - 1)].clone()),
                text: rng.pick(&BOTTLENECKS).to_string(),
                owner: rng.chance(50).then(|| rng.pick(&OWNERS).to_string()),
                status: *rng.pick(&BottleneckStatus::ALL),
                ..Bottleneck::default()
            });
        }
    }
    let steps_phase = s.steps_phase().unwrap_or(0);
    let mut clock = started;
    let phase_count = s.phases.len();
    for (i, phase) in s.phases.iter_mut().enumerate() {
        let reached = finished || i <= steps_phase;
        if !reached {
            break;
        }
        let minutes = s.method.phases[i].minutes as u64;
        phase.elapsed_secs = minutes * 60 * rng.range(70, 130) as u64 / 100;
        clock += SignedDuration::from_secs(phase.elapsed_secs as i64);
        if s.method.phases[i].kind == PhaseKind::Notes && rng.chance(60) {
            phase.notes = sentences(rng, &REFLECTIONS, 1);
        }
    }
    if finished {
        let n = rng.range(1, 3);
        s.lessons = sentences(rng, &LESSONS, n);
        s.actions = (0..rng.range(0, 3))
            .map(|i| Action {
                id: format!("a-{}", i + 1),
                text: format!("Agenderen: {}", rng.pick(&ACTS)),
                owner: rng.chance(70).then(|| rng.pick(&INITIALS).to_string()),
                ..Action::default()
            })
            .collect();
        s.finished = Some(clock);
        s.position = Position {
            phase: phase_count - 1,
            step: s.steps.len() - 1,
        };
    } else {
        s.position = Position {
            phase: steps_phase,
            step: done_steps.min(s.steps.len() - 1),
        };
    }
    s.updated = clock;
    s
}
