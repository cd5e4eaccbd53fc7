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
    for (i, row) in rows.iter().enumerate() {
        match out.iter_mut().find(|s| s.number == row.signal) {
            Some(s) => {
                s.rows.push(i);
                s.votes += row.votes;
            }
            None => out.push(Signal {
                number: row.signal,
                rows: vec![i],
                sessions: row.signal_sessions.clone(),
                votes: row.votes,
            }),
        }
    }
    out
}
