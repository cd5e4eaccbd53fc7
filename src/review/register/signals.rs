//! Linking duplicates into one signal. A knelpunt's `links` name the same
//! signal raised in other sessions (`SESSION_ID/k-…`); linked knelpunten,
//! directly or through others and in either direction, are one signal. The
//! sessions behind it are those of its knelpunten and those its links name
//! (a linked session the filter left out, or one in a folder not read, still
//! counts: the signal was raised there).

use std::cmp::Reverse;
use std::collections::HashMap;

use jiff::civil::Date;

use super::RegisterRow;

/// One signal: knelpunten of the register that are linked.
#[derive(Debug, Clone, PartialEq)]
pub struct Signal {
    /// Its number in the register, from 1 ([`RegisterRow::signal`]).
    pub number: usize,
    /// Indices of its rows in the register, in order.
    pub rows: Vec<usize>,
    /// The sessions behind it, sorted.
    pub sessions: Vec<String>,
    /// The dot-votes of all its knelpunten.
    pub votes: usize,
}

fn find(parent: &mut [usize], mut i: usize) -> usize {
    while parent[i] != i {
        parent[i] = parent[parent[i]];
        i = parent[i];
    }
    i
}

/// Groups the rows into signals and puts them in the register's order (see
/// the module docs of [`super`]); fills `signal` and `signal_sessions`.
pub(super) fn order(rows: Vec<RegisterRow>) -> Vec<RegisterRow> {
    let by_key: HashMap<String, usize> = rows
        .iter()
        .enumerate()
        .map(|(i, r)| (r.link_key(), i))
        .collect();
    let mut parent: Vec<usize> = (0..rows.len()).collect();
    for (i, row) in rows.iter().enumerate() {
        for link in &row.links {
            if let Some(&j) = by_key.get(link) {
                let (a, b) = (find(&mut parent, i), find(&mut parent, j));
                parent[a.max(b)] = a.min(b);
            }
        }
    }
    // Per group (keyed by its root): votes, oldest date, sessions.
    let mut groups: HashMap<usize, (usize, Date, Vec<String>)> = HashMap::new();
    for (i, row) in rows.iter().enumerate() {
        let root = find(&mut parent, i);
        let g = groups.entry(root).or_insert((0, row.date, Vec::new()));
        g.0 += row.votes;
        g.1 = g.1.min(row.date);
        g.2.push(row.session_id.clone());
        g.2.extend(
            row.links
                .iter()
                .filter_map(|l| l.split_once('/').map(|(s, _)| s.to_string())),
        );
    }
    for g in groups.values_mut() {
        g.2.sort();
        g.2.dedup();
    }
    let mut indexed: Vec<(usize, RegisterRow)> = rows
        .into_iter()
        .enumerate()
        .map(|(i, r)| (find(&mut parent, i), r))
        .collect();
    // Stable: equal keys keep the order the rows came in.
    indexed.sort_by_key(|(root, row)| {
        let g = &groups[root];
        (Reverse(g.0), g.1, *root, row.date)
    });
    let mut numbers: HashMap<usize, usize> = HashMap::new();
    indexed
        .into_iter()
        .map(|(root, mut row)| {
            let next = numbers.len() + 1;
            row.signal = *numbers.entry(root).or_insert(next);
            row.signal_sessions = groups[&root].2.clone();
            row
        })
        .collect()
}

/// The signals of a register's rows, in the register's order.
pub fn signals(rows: &[RegisterRow]) -> Vec<Signal> {
    let mut out: Vec<Signal> = Vec::new();
    let mut at: HashMap<usize, usize> = HashMap::new();
    for (i, row) in rows.iter().enumerate() {
        match at.get(&row.signal) {
            Some(&k) => {
                out[k].rows.push(i);
                out[k].votes += row.votes;
            }
            None => {
                at.insert(row.signal, out.len());
                out.push(Signal {
                    number: row.signal,
                    rows: vec![i],
                    sessions: row.signal_sessions.clone(),
                    votes: row.votes,
                });
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::BottleneckStatus;

    fn row(session: &str, id: &str, date: &str, votes: usize, links: &[&str]) -> RegisterRow {
        RegisterRow {
            path: format!("{session}.ron").into(),
            session_id: session.into(),
            date: date.parse().unwrap(),
            group: String::new(),
            case_title: String::new(),
            step_id: None,
            step_title: None,
            index: 0,
            id: id.into(),
            text: format!("{session} {id}"),
            owner: None,
            status: BottleneckStatus::Open,
            votes,
            level: None,
            themes: Vec::new(),
            due: None,
            answer: String::new(),
            links: links.iter().map(|l| l.to_string()).collect(),
            changed: None,
            age: 0,
            stale: false,
            signal: 0,
            signal_sessions: Vec::new(),
        }
    }

    #[test]
    fn links_join_through_others_in_either_direction_and_name_unread_sessions() {
        let rows = order(vec![
            row("s3", "k-1", "2026-03-01", 0, &["s2/k-1"]),
            row("s9", "k-1", "2026-09-01", 2, &[]),
            row("s2", "k-1", "2026-02-01", 0, &[]),
            row("s1", "k-1", "2026-01-01", 1, &["s2/k-1", "s0/k-7"]),
        ]);
        let order: Vec<&str> = rows.iter().map(|r| r.text.as_str()).collect();
        // Most dots first (s9's 2 against the signal's 1), then oldest first.
        assert_eq!(order, ["s9 k-1", "s1 k-1", "s2 k-1", "s3 k-1"]);
        let signals = signals(&rows);
        assert_eq!(signals.len(), 2);
        assert_eq!(signals[1].rows, [1, 2, 3]);
        assert_eq!(signals[1].votes, 1);
        // s0 is not read, but a link names it: the signal was raised there too.
        assert_eq!(signals[1].sessions, ["s0", "s1", "s2", "s3"]);
        assert_eq!((rows[0].signal, rows[1].signal), (1, 2));
        assert_eq!(rows[0].signal_sessions, ["s9"]);
    }
}
