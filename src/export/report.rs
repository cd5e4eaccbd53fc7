//! The signalenrapportage (`casus report`, and later `e` in the register):
//! what a team lead sends to the municipality for the Kwaliteitskompas'
//! improvement cycle (block 6). Per quarter (in the time zone given) and per
//! owner: the knelpunten with their level, themes, status and its dated
//! history, how many sessions raised them, the stories behind them (the
//! decision and reflections at the step they were named at), the answers
//! received, and the actions done in that quarter.
//!
//! A knelpunt's `links` join the same signal raised in other sessions: linked
//! knelpunten (followed both ways, among the sessions reported) are one
//! signal, counted once, in the quarter it was first raised, with the number
//! of distinct sessions behind it. Practice sessions are left out
//! ([`counts`]).
//!
//! [`report`] is pure: sessions in, text out, so the command line and a TUI
//! effect give the same report. `report/md.rs` writes Markdown,
//! `report/csv.rs` CSV; this file gathers.

mod csv;
mod md;

pub use csv::{COLUMNS, COLUMNS_NL};

use std::collections::HashMap;

use jiff::civil::Date;
use jiff::tz::TimeZone;

use crate::export::csv::Dialect;
use crate::i18n::Lang;
use crate::model::{Action, ActionStatus, Bottleneck, BottleneckStatus, Level, Session};
use crate::review::{Filter, Quarter, local_date, session_date};

/// How the report is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReportFormat {
    /// A Markdown document to mail or print.
    Markdown,
    /// One row per signal and per action done, in this dialect.
    Csv(Dialect),
}

/// Whether a session counts in reports and analysis exports: practice
/// sessions never do. `Filter` has no `practice:` token on this branch yet;
/// when it does (issue 13 item 4), this is the one place to ask it.
pub fn counts(session: &Session, filter: &Filter) -> bool {
    filter.lets_practice(session)
}

/// The signalenrapportage of the sessions that pass `filter` (and, with
/// `knelpunt:`, only knelpunten in that status); dates and quarters in `tz`.
pub fn report(
    sessions: &[&Session],
    filter: &Filter,
    lang: Lang,
    tz: &TimeZone,
    today: jiff::civil::Date,
    format: ReportFormat,
) -> String {
    let gathered = gather(sessions, filter, tz, today);
    match format {
        ReportFormat::Markdown => md::write(&gathered, filter.source(), lang, tz),
        ReportFormat::Csv(dialect) => csv::write(&gathered, dialect, tz),
    }
}

/// One knelpunt where it was named.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Named<'a> {
    pub session: &'a Session,
    pub bottleneck: &'a Bottleneck,
}

/// One signal: a knelpunt, or knelpunten linked across sessions.
#[derive(Debug, Clone)]
pub(crate) struct Signal<'a> {
    /// Earliest session first; the first is the signal's face.
    pub named: Vec<Named<'a>>,
    /// Distinct sessions behind it.
    pub sessions: usize,
    /// The status of the knelpunt changed last (the first's when none changed).
    pub status: BottleneckStatus,
    pub level: Option<Level>,
    pub owner: Option<&'a str>,
    pub themes: Vec<&'a str>,
    pub due: Option<Date>,
}

/// An action done, with the day it was done.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Done<'a> {
    pub session: &'a Session,
    pub action: &'a Action,
    pub on: Date,
}

/// One owner's part of a period.
#[derive(Debug, Clone, Default)]
pub(crate) struct OwnerPart<'a> {
    /// `None`: no owner named.
    pub owner: Option<&'a str>,
    pub signals: Vec<Signal<'a>>,
    pub done: Vec<Done<'a>>,
}

/// One quarter of the report.
#[derive(Debug, Clone)]
pub(crate) struct Period<'a> {
    pub quarter: Quarter,
    pub owners: Vec<OwnerPart<'a>>,
}

/// Everything the report says.
#[derive(Debug, Clone, Default)]
pub(crate) struct Gathered<'a> {
    /// Sessions reported (practice ones not among them).
    pub sessions: usize,
    /// Practice sessions that passed the filter and were left out.
    pub practice: usize,
    /// Oldest quarter first.
    pub periods: Vec<Period<'a>>,
}

impl Gathered<'_> {
    pub fn signals(&self) -> usize {
        self.periods
            .iter()
            .flat_map(|p| &p.owners)
            .map(|o| o.signals.len())
            .sum()
    }

    pub fn done(&self) -> usize {
        self.periods
            .iter()
            .flat_map(|p| &p.owners)
            .map(|o| o.done.len())
            .sum()
    }
}

/// An owner's name, trimmed; `None` when empty.
fn owner_of(owner: &Option<String>) -> Option<&str> {
    owner.as_deref().map(str::trim).filter(|o| !o.is_empty())
}

fn gather<'a>(
    sessions: &[&'a Session],
    filter: &Filter,
    tz: &TimeZone,
    today: jiff::civil::Date,
) -> Gathered<'a> {
    let passing: Vec<&Session> = sessions
        .iter()
        .copied()
        .filter(|s| filter.matches_apart_from_practice(s, tz))
        .collect();
    let kept: Vec<&Session> = passing
        .iter()
        .copied()
        .filter(|s| counts(s, filter))
        .collect();
    let mut named: Vec<Named> = kept
        .iter()
        .flat_map(|s| {
            s.bottlenecks.iter().map(move |b| Named {
                session: s,
                bottleneck: b,
            })
        })
        .filter(|n| !n.bottleneck.text.trim().is_empty())
        .collect();
    named.sort_by(|a, b| {
        (a.session.started, &a.session.id, &a.bottleneck.id).cmp(&(
            b.session.started,
            &b.session.id,
            &b.bottleneck.id,
        ))
    });
    let mut periods: Periods = HashMap::new();
    for signal in signals(&named).into_iter().filter(|s| {
        s.named.iter().any(|n| {
            let age = crate::review::register::days_between(session_date(n.session, tz), today);
            filter.matches_bottleneck(n.bottleneck, age)
        })
    }) {
        let q = Quarter::of(signal.named[0].session, tz);
        part(&mut periods, q, signal.owner).signals.push(signal);
    }
    for s in &kept {
        for action in s.actions.iter().filter(|a| a.status == ActionStatus::Done) {
            // Done in the quarter the last change to done was recorded in.
            let on = action
                .history
                .iter()
                .rev()
                .find(|c| c.status == ActionStatus::Done)
                .map_or_else(|| session_date(s, tz), |c| local_date(c.at, tz));
            let q = Quarter {
                year: on.year(),
                quarter: (on.month() - 1) / 3 + 1,
            };
            let done = Done {
                session: s,
                action,
                on,
            };
            part(&mut periods, q, owner_of(&action.owner))
                .done
                .push(done);
        }
    }
    let mut periods: Vec<Period> = periods
        .into_iter()
        .map(|(quarter, owners)| {
            let mut owners: Vec<(String, OwnerPart)> = owners.into_iter().collect();
            // Named owners in alphabetical order, the knelpunten without one last.
            owners.sort_by(|(a, _), (b, _)| (a.is_empty(), a).cmp(&(b.is_empty(), b)));
            let owners = owners
                .into_iter()
                .map(|(_, mut part)| {
                    part.signals.sort_by_key(|s| !s.status.is_open());
                    part.done.sort_by_key(|d| (d.on, d.session.started));
                    part
                })
                .collect();
            Period { quarter, owners }
        })
        .collect();
    periods.sort_by_key(|p| p.quarter);
    Gathered {
        sessions: kept.len(),
        practice: passing.len() - kept.len(),
        periods,
    }
}

/// Per quarter, per folded owner name (empty: no owner).
type Periods<'a> = HashMap<Quarter, HashMap<String, OwnerPart<'a>>>;

/// The owner's part of a quarter, made when it is first needed; owners
/// whose names differ only in case or accents share one.
fn part<'m, 'a>(
    periods: &'m mut Periods<'a>,
    q: Quarter,
    owner: Option<&'a str>,
) -> &'m mut OwnerPart<'a> {
    let key = owner.map_or(String::new(), crate::fuzzy::fold);
    periods
        .entry(q)
        .or_default()
        .entry(key)
        .or_insert_with(|| OwnerPart {
            owner,
            ..OwnerPart::default()
        })
}

/// The knelpunten (sorted oldest first) joined into signals by their links.
fn signals<'a>(named: &[Named<'a>]) -> Vec<Signal<'a>> {
    let index: HashMap<String, usize> = named
        .iter()
        .enumerate()
        .map(|(i, n)| (format!("{}/{}", n.session.id, n.bottleneck.id), i))
        .collect();
    // Union-find over the links, both ways; the root is the oldest.
    let mut root: Vec<usize> = (0..named.len()).collect();
    fn find(root: &mut [usize], mut i: usize) -> usize {
        while root[i] != i {
            root[i] = root[root[i]];
            i = root[i];
        }
        i
    }
    for (i, n) in named.iter().enumerate() {
        for link in &n.bottleneck.links {
            if let Some(&j) = index.get(link.trim()) {
                let (a, b) = (find(&mut root, i), find(&mut root, j));
                root[a.max(b)] = a.min(b);
            }
        }
    }
    let mut groups: Vec<Vec<Named<'a>>> = Vec::new();
    let mut at: HashMap<usize, usize> = HashMap::new();
    for (i, n) in named.iter().enumerate() {
        let r = find(&mut root, i);
        let g = *at.entry(r).or_insert_with(|| {
            groups.push(Vec::new());
            groups.len() - 1
        });
        groups[g].push(*n);
    }
    groups.into_iter().map(signal).collect()
}

fn signal(named: Vec<Named<'_>>) -> Signal<'_> {
    let mut ids: Vec<&str> = named.iter().map(|n| n.session.id.as_str()).collect();
    ids.sort_unstable();
    ids.dedup();
    let last_changed = named
        .iter()
        .filter(|n| n.bottleneck.changed().is_some())
        .max_by_key(|n| n.bottleneck.changed());
    let mut themes: Vec<&str> = Vec::new();
    for t in named.iter().flat_map(|n| &n.bottleneck.themes) {
        if !themes.contains(&t.as_str()) {
            themes.push(t);
        }
    }
    Signal {
        sessions: ids.len(),
        status: last_changed.unwrap_or(&named[0]).bottleneck.status,
        level: named.iter().find_map(|n| n.bottleneck.level),
        owner: named.iter().find_map(|n| owner_of(&n.bottleneck.owner)),
        themes,
        due: named.iter().find_map(|n| n.bottleneck.due),
        named,
    }
}

/// One line of a signal's history.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Event<'a> {
    pub at: jiff::Timestamp,
    pub session: &'a Session,
    /// `None`: named in that session.
    pub status: Option<BottleneckStatus>,
    /// The status change's note; when named, its text if worded differently.
    pub note: &'a str,
}

impl<'a> Signal<'a> {
    /// Named in each session, then every change of status, oldest first.
    pub fn history(&self) -> Vec<Event<'a>> {
        let mut out: Vec<Event> = Vec::new();
        let face = self.named[0].bottleneck.text.trim();
        for n in &self.named {
            let text = n.bottleneck.text.trim();
            out.push(Event {
                at: n.session.started,
                session: n.session,
                status: None,
                note: if text == face { "" } else { text },
            });
            out.extend(n.bottleneck.history.iter().map(|c| Event {
                at: c.at,
                session: n.session,
                status: Some(c.status),
                note: c.note.trim(),
            }));
        }
        out.sort_by_key(|e| (e.at, e.status.is_some()));
        out
    }

    /// The answers received, each once.
    pub fn answers(&self) -> Vec<&'a str> {
        let mut out: Vec<&str> = Vec::new();
        for a in self.named.iter().map(|n| n.bottleneck.answer.trim()) {
            if !a.is_empty() && !out.contains(&a) {
                out.push(a);
            }
        }
        out
    }

    /// The themes' labels, from the session that tagged each.
    pub fn theme_labels(&self) -> Vec<&'a str> {
        self.themes
            .iter()
            .map(|t| {
                self.named
                    .iter()
                    .find_map(|n| n.session.theme_label(t))
                    .unwrap_or(t)
            })
            .collect()
    }

    /// The decision and reflections at the step each knelpunt was named at
    /// (none for one named in the closing); dates in `tz`.
    pub fn stories(&self, tz: &TimeZone) -> Vec<crate::review::Story> {
        self.named
            .iter()
            .filter_map(|n| {
                let step = n.bottleneck.step.as_deref()?;
                let index = n.session.steps.iter().position(|r| r.step == step)?;
                Some(crate::review::step_stories(n.session, index, tz))
            })
            .flatten()
            .collect()
    }
}
