//! Counting scores (`casus stats --scores`): per indicator, by method and
//! indicator id, how many sessions scored it, the mean, the lowest and
//! highest score and the share acceptable (4 to 6), grouped by part.
//!
//! A session counts once per indicator (its first valid score, as
//! [`Session::score`] reads it); a score whose indicator its own method copy
//! does not list (a hand-edited file) has no part and is left out, and so is
//! a value outside 1 to 6. Labels, parts and the order come from the newest
//! session's copy of the method, so counting works without the method files.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::model::{Part, Session};

/// The counts of one indicator.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct IndicatorCount {
    /// The method's id.
    pub method: String,
    /// The method's title.
    pub method_title: String,
    /// The family's status or the system's performance.
    pub part: Part,
    /// The indicator's id.
    pub indicator: String,
    /// The indicator's label.
    pub label: String,
    /// Sessions that scored it.
    pub sessions: usize,
    /// The mean score.
    pub mean: f64,
    /// The lowest score.
    pub min: u8,
    /// The highest score.
    pub max: u8,
    /// Sessions whose score was acceptable (4 to 6).
    pub acceptable: usize,
    /// `acceptable / sessions`, from 0 to 1.
    pub share_acceptable: f64,
}

/// The counts over a set of sessions.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ScoreStats {
    /// Sessions with at least one score counted.
    pub sessions: usize,
    /// Per method (by id), then part (family first), then the method's order.
    pub indicators: Vec<IndicatorCount>,
}

/// What is known of an indicator while counting.
#[derive(Debug, Default)]
struct Tally {
    method_title: String,
    label: String,
    part: Option<Part>,
    order: usize,
    /// The rank of the session the labels came from (lower is newer).
    rank: usize,
    values: Vec<u8>,
}

/// Counts scores one session at a time (pass a rank: 0 is the newest).
#[derive(Debug, Default)]
pub struct ScoreCounter {
    sessions: usize,
    tallies: BTreeMap<(String, String), Tally>,
}

impl ScoreCounter {
    /// Counts the scores of one session; `rank` orders sessions newest
    /// first, so the newest session's labels win.
    pub fn add(&mut self, rank: usize, session: &Session) {
        let mut any = false;
        for (order, ind) in session.method.scores.iter().enumerate() {
            let Some(score) = session.score(&ind.id) else {
                continue;
            };
            any = true;
            let key = (session.method.id.clone(), ind.id.clone());
            let tally = self.tallies.entry(key).or_insert_with(|| Tally {
                rank: usize::MAX,
                ..Tally::default()
            });
            if rank < tally.rank {
                tally.rank = rank;
                tally.method_title = session.method.title.clone();
                tally.label = ind.label.clone();
                tally.part = Some(ind.part);
                tally.order = order;
            }
            tally.values.push(score.value);
        }
        if any {
            self.sessions += 1;
        }
    }

    /// The counts, ordered by method, part and the method's own order.
    pub fn finish(self) -> ScoreStats {
        let mut indicators: Vec<(usize, IndicatorCount)> = self
            .tallies
            .into_iter()
            .filter_map(|((method, indicator), t)| {
                let n = t.values.len();
                let sum: u32 = t.values.iter().map(|&v| u32::from(v)).sum();
                let acceptable = t
                    .values
                    .iter()
                    .filter(|&&v| v >= crate::model::ACCEPTABLE_FROM);
                let acceptable = acceptable.count();
                let count = IndicatorCount {
                    method,
                    method_title: t.method_title,
                    part: t.part?,
                    indicator,
                    label: t.label,
                    sessions: n,
                    mean: f64::from(sum) / n as f64,
                    min: *t.values.iter().min()?,
                    max: *t.values.iter().max()?,
                    acceptable,
                    share_acceptable: acceptable as f64 / n as f64,
                };
                Some((t.order, count))
            })
            .collect();
        indicators.sort_by(|(a_order, a), (b_order, b)| {
            (&a.method, a.part, a_order).cmp(&(&b.method, b.part, b_order))
        });
        ScoreStats {
            sessions: self.sessions,
            indicators: indicators.into_iter().map(|(_, c)| c).collect(),
        }
    }
}

impl ScoreStats {
    /// Counts the sessions given newest first.
    pub fn compute(sessions: &[&Session]) -> ScoreStats {
        let mut counter = ScoreCounter::default();
        for (rank, s) in sessions.iter().enumerate() {
            counter.add(rank, s);
        }
        counter.finish()
    }

    /// The indicators per (method, part), in order.
    pub fn groups(&self) -> Vec<(&str, &str, Part, Vec<&IndicatorCount>)> {
        let mut out: Vec<(&str, &str, Part, Vec<&IndicatorCount>)> = Vec::new();
        for c in &self.indicators {
            match out.last_mut() {
                Some((m, _, p, rows)) if *m == c.method && *p == c.part => rows.push(c),
                _ => out.push((&c.method, &c.method_title, c.part, vec![c])),
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Case, Indicator, Method, Score};

    fn session(method: &str, label: &str, scores: &[(&str, u8)]) -> Session {
        let ind = |id: &str, part| Indicator {
            id: id.into(),
            label: format!("{label} {id}"),
            part,
            description: None,
        };
        let case = Case {
            schema_version: 1,
            id: "c".into(),
            title: "C".into(),
            language: "nl".into(),
            summary: String::new(),
            context: String::new(),
            tags: vec![],
            steps: vec![],
        };
        let method = Method {
            schema_version: 1,
            id: method.into(),
            title: method.to_uppercase(),
            description: None,
            phases: vec![],
            scores: vec![ind("plan", Part::System), ind("veiligheid", Part::Family)],
        };
        let now = "2026-01-01T00:00:00Z".parse().unwrap();
        let mut s = Session::new("id".into(), now, "g".into(), case, method, vec![]);
        s.scores = scores
            .iter()
            .map(|(id, value)| Score {
                indicator: (*id).into(),
                value: *value,
                note: String::new(),
            })
            .collect();
        s
    }

    #[test]
    fn mean_min_max_and_share_acceptable_per_indicator() {
        let a = session("review", "nieuw", &[("veiligheid", 2), ("plan", 5)]);
        let b = session("review", "oud", &[("veiligheid", 4)]);
        let c = session("review", "oud", &[("veiligheid", 6)]);
        let none = session("review", "oud", &[]);
        let stats = ScoreStats::compute(&[&a, &b, &c, &none]);
        assert_eq!(stats.sessions, 3, "a session without scores is not counted");
        let v = &stats.indicators[0];
        assert_eq!((v.indicator.as_str(), v.part), ("veiligheid", Part::Family));
        assert_eq!((v.sessions, v.min, v.max, v.acceptable), (3, 2, 6, 2));
        assert!((v.mean - 4.0).abs() < 1e-9 && (v.share_acceptable - 2.0 / 3.0).abs() < 1e-9);
        assert_eq!(v.label, "nieuw veiligheid", "the newest session's label");
        let p = &stats.indicators[1];
        assert_eq!(
            (p.indicator.as_str(), p.part, p.sessions),
            ("plan", Part::System, 1)
        );
        assert_eq!(p.share_acceptable, 1.0);
    }

    #[test]
    fn methods_stay_apart_and_group_by_part() {
        let a = session("b-method", "x", &[("plan", 3)]);
        let b = session("a-method", "x", &[("plan", 3), ("veiligheid", 1)]);
        let stats = ScoreStats::compute(&[&a, &b]);
        let keys: Vec<_> = stats
            .groups()
            .iter()
            .map(|(m, _, p, rows)| (m.to_string(), *p, rows.len()))
            .collect();
        assert_eq!(
            keys,
            [
                ("a-method".to_string(), Part::Family, 1),
                ("a-method".to_string(), Part::System, 1),
                ("b-method".to_string(), Part::System, 1),
            ]
        );
    }

    #[test]
    fn an_unknown_indicator_and_a_value_outside_one_to_six_are_left_out() {
        let a = session("m", "x", &[("elders", 5), ("plan", 9), ("veiligheid", 0)]);
        let stats = ScoreStats::compute(&[&a]);
        assert_eq!(stats, ScoreStats::default());
    }

    #[test]
    fn a_second_score_for_one_indicator_counts_once() {
        let a = session("m", "x", &[("plan", 2), ("plan", 6)]);
        let stats = ScoreStats::compute(&[&a]);
        assert_eq!(
            (stats.indicators[0].sessions, stats.indicators[0].max),
            (1, 2)
        );
    }
}
