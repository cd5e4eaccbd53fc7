//! Tellen en vertellen: how often each theme came up, per quarter, and the
//! decisions and reflections behind each number.
//!
//! A theme's count is the number of decision points tagged with it: that is
//! what a group did when it tagged, and it does not grow with the length of a
//! discussion. Labels and set titles come from the sessions' own copies of the
//! theme sets (newest session first), so counting works without the files.

use std::collections::{BTreeMap, HashMap};
use std::fmt;
use std::str::FromStr;

use jiff::tz::TimeZone;
use serde::{Serialize, Serializer};

use crate::model::Session;

use super::tally::{RenameTally, SessionTally, ThemeTally};
use super::{Story, session_date, step_stories};

/// A calendar quarter, shown as `2026-Q1`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Quarter {
    /// The year.
    pub year: i16,
    /// 1 to 4.
    pub quarter: i8,
}

impl Quarter {
    /// The quarter a session started in, in the time zone `tz`.
    pub fn of(session: &Session, tz: &TimeZone) -> Quarter {
        let date = session_date(session, tz);
        Quarter {
            year: date.year(),
            quarter: (date.month() - 1) / 3 + 1,
        }
    }

    /// The quarter after this one.
    pub fn next(self) -> Quarter {
        if self.quarter == 4 {
            Quarter {
                year: self.year + 1,
                quarter: 1,
            }
        } else {
            Quarter {
                quarter: self.quarter + 1,
                ..self
            }
        }
    }
}

impl fmt::Display for Quarter {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}-Q{}", self.year, self.quarter)
    }
}

impl FromStr for Quarter {
    type Err = ();

    /// Parses `2026-Q1` (or `2026-q1`).
    fn from_str(s: &str) -> Result<Quarter, ()> {
        let (year, q) = s.split_once(['-']).ok_or(())?;
        let q = q.strip_prefix(['Q', 'q']).ok_or(())?;
        let quarter: i8 = q.parse().map_err(|_| ())?;
        let year: i16 = year.parse().map_err(|_| ())?;
        (1..=4)
            .contains(&quarter)
            .then_some(Quarter { year, quarter })
            .ok_or(())
    }
}

impl Serialize for Quarter {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// The counts over a set of sessions.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Stats {
    /// Number of sessions counted.
    pub sessions: usize,
    /// Decision points in those sessions.
    pub decision_points: usize,
    /// Decision points with a decision written.
    pub decided: usize,
    /// Every quarter from the first session to the last, empty ones included,
    /// so a quiet quarter shows as a zero instead of vanishing from the trend.
    pub quarters: Vec<Quarter>,
    /// Per theme set, the set with the most tags first.
    pub sets: Vec<SetCount>,
    /// Positions before the reveal: rounds, agreement, a differing majority.
    pub positions: super::positions::PositionCounts,
}

/// The counts of one theme set.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SetCount {
    /// The set's id.
    pub id: String,
    /// The set's title.
    pub title: String,
    /// Tags of all its themes together.
    pub count: usize,
    /// Its themes that were tagged at least once, most tagged first; ties keep the set's own order.
    pub themes: Vec<ThemeCount>,
}

/// The count of one theme.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ThemeCount {
    /// `SET/THEME`.
    pub reference: String,
    /// The theme's id within its set.
    pub id: String,
    /// The label people read.
    pub label: String,
    /// Decision points tagged with it.
    pub count: usize,
    /// The same count per quarter, aligned with [`Stats::quarters`].
    pub per_quarter: Vec<usize>,
}

/// What is collected per theme before sorting.
struct Tally {
    /// Rank of the session the label and order come from (lowest wins: newest).
    source: usize,
    label: String,
    order: usize,
    count: usize,
    per_quarter: HashMap<Quarter, usize>,
}

/// Counts sessions one at a time, in any order, so a caller can stream them
/// ([`super::index::Scan::visit`]) instead of holding them all; the result is
/// the same as [`Stats::compute`] over the sessions sorted by rank.
#[derive(Default)]
pub struct StatsBuilder {
    /// Per set: rank of the session its title comes from, the title, its themes.
    sets: BTreeMap<String, (usize, String, BTreeMap<String, Tally>)>,
    sessions: usize,
    decision_points: usize,
    decided: usize,
    first: Option<Quarter>,
    last: Option<Quarter>,
    positions: super::positions::PositionCounts,
    renames: super::renames::Renames,
}

impl StatsBuilder {
    /// Adds a session; `rank` is its place in the order whose labels should
    /// win (newest first: 0 is the newest), each rank used once; its quarter
    /// is the one it started in, in the time zone `tz`.
    pub fn add(&mut self, rank: usize, session: &Session, tz: &TimeZone) {
        let quarter = Quarter::of(session, tz);
        let tally = SessionTally::of(session);
        self.add_totals(1, &tally, quarter, quarter);
        for theme in &tally.themes {
            self.add_theme(rank, theme);
            self.add_count(&theme.set, &theme.id, quarter, theme.count);
        }
        for rename in &tally.renames {
            self.add_rename(rank, rename);
        }
    }

    /// Adds `sessions` sessions whose decision points and positions sum to
    /// those of `sum` (its themes and renames are not looked at), started
    /// from quarter `first` to `last`.
    pub(crate) fn add_totals(
        &mut self,
        sessions: usize,
        sum: &SessionTally,
        first: Quarter,
        last: Quarter,
    ) {
        self.first = Some(self.first.map_or(first, |q| q.min(first)));
        self.last = Some(self.last.map_or(last, |q| q.max(last)));
        self.sessions += sessions;
        self.decision_points += sum.decision_points;
        self.decided += sum.decided;
        self.positions.merge(&sum.positions);
    }

    /// What the session at `rank` calls a theme it tagged (the lowest rank's
    /// word wins), without counting it.
    pub(crate) fn add_theme(&mut self, rank: usize, t: &ThemeTally) {
        let (source, set_title, themes) = self
            .sets
            .entry(t.set.clone())
            .or_insert_with(|| (rank, t.set_title.clone(), BTreeMap::new()));
        if rank < *source {
            (*source, *set_title) = (rank, t.set_title.clone());
        }
        let tally = themes.entry(t.id.clone()).or_insert_with(|| Tally {
            source: rank,
            label: t.label.clone(),
            order: t.order,
            count: 0,
            per_quarter: HashMap::new(),
        });
        if rank < tally.source {
            (tally.source, tally.label, tally.order) = (rank, t.label.clone(), t.order);
        }
    }

    /// Counts `n` decision points tagged with a theme in `quarter`, once the
    /// theme was added ([`StatsBuilder::add_theme`]).
    pub(crate) fn add_count(&mut self, set: &str, id: &str, quarter: Quarter, n: usize) {
        if let Some(t) = self.sets.get_mut(set).and_then(|(_, _, th)| th.get_mut(id)) {
            t.count += n;
            *t.per_quarter.entry(quarter).or_default() += n;
        }
    }

    /// Learns a rename the session at `rank` knows.
    pub(crate) fn add_rename(&mut self, rank: usize, rename: &RenameTally) {
        self.renames.learn(rank, rename);
    }

    /// The counts, sorted for showing.
    pub fn finish(mut self) -> Stats {
        merge_renamed(&mut self.sets, &self.renames);
        let quarters = match (self.first, self.last) {
            (Some(first), Some(last)) => std::iter::successors(Some(first), |q| Some(q.next()))
                .take_while(|q| *q <= last)
                .collect(),
            _ => Vec::new(),
        };
        let mut sets: Vec<SetCount> = self
            .sets
            .into_iter()
            .map(|(id, (_, title, themes))| {
                let mut themes: Vec<(usize, ThemeCount)> = themes
                    .into_iter()
                    .map(|(theme_id, t)| {
                        let count = ThemeCount {
                            reference: if id.is_empty() {
                                theme_id.clone()
                            } else {
                                format!("{id}/{theme_id}")
                            },
                            id: theme_id,
                            label: t.label,
                            count: t.count,
                            per_quarter: quarters
                                .iter()
                                .map(|q| t.per_quarter.get(q).copied().unwrap_or(0))
                                .collect(),
                        };
                        (t.order, count)
                    })
                    .collect();
                themes.sort_by(|(oa, a), (ob, b)| b.count.cmp(&a.count).then(oa.cmp(ob)));
                SetCount {
                    count: themes.iter().map(|(_, t)| t.count).sum(),
                    id,
                    title,
                    themes: themes.into_iter().map(|(_, t)| t).collect(),
                }
            })
            .collect();
        sets.sort_by(|a, b| b.count.cmp(&a.count).then(a.id.cmp(&b.id)));
        Stats {
            sessions: self.sessions,
            decision_points: self.decision_points,
            decided: self.decided,
            quarters,
            sets,
            positions: self.positions,
        }
    }
}

/// Moves the tally of every replaced id into the theme that replaces it
/// (learnt from any session counted), so an old session's tag counts there.
fn merge_renamed(
    sets: &mut BTreeMap<String, (usize, String, BTreeMap<String, Tally>)>,
    renames: &super::renames::Renames,
) {
    for (set_id, (_, _, themes)) in sets.iter_mut() {
        let old: Vec<String> = themes
            .keys()
            .filter(|id| renames.successor(set_id, id).is_some())
            .cloned()
            .collect();
        for id in old {
            let (Some(tally), Some(next)) = (themes.remove(&id), renames.successor(set_id, &id))
            else {
                continue;
            };
            let into = themes.entry(next.id.clone()).or_insert_with(|| Tally {
                source: next.rank,
                label: next.label.clone(),
                order: next.order,
                count: 0,
                per_quarter: HashMap::new(),
            });
            if next.rank < into.source {
                (into.source, into.label, into.order) = (next.rank, next.label.clone(), next.order);
            }
            into.count += tally.count;
            for (q, n) in tally.per_quarter {
                *into.per_quarter.entry(q).or_default() += n;
            }
        }
    }
}

impl Stats {
    /// Counts themes over these sessions (pass them newest first, so the
    /// newest labels win), with quarters in the time zone `tz`.
    pub fn compute(sessions: &[&Session], tz: &TimeZone) -> Stats {
        let mut builder = StatsBuilder::default();
        for (rank, session) in sessions.iter().enumerate() {
            builder.add(rank, session, tz);
        }
        builder.finish()
    }

    /// The count of one `SET/THEME`, if it was tagged.
    pub fn theme(&self, reference: &str) -> Option<&ThemeCount> {
        self.sets
            .iter()
            .flat_map(|s| &s.themes)
            .find(|t| t.reference == reference)
    }

    /// Every theme count, set by set, in display order.
    pub fn themes(&self) -> impl Iterator<Item = (&SetCount, &ThemeCount)> {
        self.sets
            .iter()
            .flat_map(|s| s.themes.iter().map(move |t| (s, t)))
    }
}

/// Every decision and reflection at a decision point tagged with `reference`
/// (`SET/THEME`), session by session in the order given, step by step;
/// their dates in the time zone `tz`.
/// A tag with an id that `reference` replaces is behind its count too.
pub fn stories(sessions: &[&Session], reference: &str, tz: &TimeZone) -> Vec<Story> {
    let renames = super::renames::Renames::of(sessions);
    sessions
        .iter()
        .flat_map(|session| {
            session
                .steps
                .iter()
                .enumerate()
                .filter(|(_, step)| {
                    step.themes
                        .iter()
                        .any(|t| t == reference || renames.current(t) == reference)
                })
                .flat_map(|(i, _)| step_stories(session, i, tz))
        })
        .collect()
}

/// The themes tagged in one session with the decision points tagged with
/// each (a tag twice on one step counts once, as in [`Stats`]), most first,
/// ties by reference: the counts of the session's summary screen.
pub fn theme_counts(session: &Session) -> Vec<(String, usize)> {
    // Counts do not depend on the day, so any zone gives the same numbers.
    let stats = Stats::compute(&[session], &TimeZone::UTC);
    let mut out: Vec<(String, usize)> = stats
        .themes()
        .map(|(_, t)| (t.reference.clone(), t.count))
        .collect();
    out.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quarters_print_parse_and_roll_over_the_year() {
        let q: Quarter = "2025-Q4".parse().unwrap();
        assert_eq!(q.to_string(), "2025-Q4");
        assert_eq!(q.next().to_string(), "2026-Q1");
        assert!("2025-Q5".parse::<Quarter>().is_err());
        assert!(q < q.next());
    }

    #[test]
    fn no_sessions_give_no_quarters_and_no_counts() {
        let stats = Stats::compute(&[], &TimeZone::UTC);
        assert!(stats.quarters.is_empty());
        assert!(stats.sets.is_empty());
    }
}
