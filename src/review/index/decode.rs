//! Decoding stored summaries many at a time, on all cores, each held in no
//! more memory than it needs.
//!
//! The review screens hold every summary ([`super::Scan::into_loaded`]);
//! decoding the JSON is most of the time they take to load, and the vectors
//! serde builds grow by doubling, so a decoded summary held as it comes
//! carries about a fifth of unused capacity. [`Batch`] gathers the stored
//! bytes of up to [`BATCH`] files per worker as the database hands them
//! out, decodes them on the workers, trims every vector to its length
//! ([`trim`]) and hands the sessions back on the calling thread in the
//! order they were stored. Only one batch of bytes is held at a time.

use crate::model::{Session, ThemeSet};

use super::rows::Row;
use super::summary::SessionSummary;

/// Summaries per worker in one batch.
const BATCH: usize = 128;

/// Fewer summaries than this are decoded on the calling thread.
const PARALLEL_FROM: usize = 32;

/// The stored summaries of one folder's rows, waiting to be decoded.
pub(super) struct Batch {
    /// `(row, bytes)` in the order the database gave them.
    items: Vec<(usize, Vec<u8>)>,
    workers: usize,
}

impl Batch {
    /// An empty batch, decoded on as many threads as there are cores.
    pub(super) fn new() -> Batch {
        let workers = std::thread::available_parallelism().map_or(1, |n| n.get());
        Batch {
            items: Vec::new(),
            workers,
        }
    }

    /// Adds the stored summary of row `i`; true when the batch is full (call [`Batch::flush`]).
    pub(super) fn push(&mut self, i: usize, bytes: &[u8]) -> bool {
        self.items.push((i, bytes.to_vec()));
        self.items.len() >= BATCH * self.workers
    }

    /// Decodes what was pushed and calls `each(row, session)` for every
    /// summary that decodes and is still of its row's session, in the
    /// order pushed; leaves the batch empty.
    pub(super) fn flush(&mut self, rows: &[Row], mut each: impl FnMut(usize, Session)) {
        let items = std::mem::take(&mut self.items);
        let decode_all = |chunk: &[(usize, Vec<u8>)]| -> Vec<Option<Session>> {
            chunk
                .iter()
                .map(|(i, bytes)| decode(bytes, &rows[*i]))
                .collect()
        };
        let decoded: Vec<Option<Session>> = if items.len() < PARALLEL_FROM || self.workers < 2 {
            decode_all(&items)
        } else {
            let per = items.len().div_ceil(self.workers);
            std::thread::scope(|scope| {
                let mut chunks = items.chunks(per);
                let first = chunks.next().unwrap_or_default();
                let others: Vec<_> = chunks
                    .map(|chunk| scope.spawn(move || decode_all(chunk)))
                    .collect();
                let mut all = decode_all(first);
                for other in others {
                    all.extend(other.join().expect("decoding a summary does not panic"));
                }
                all
            })
        };
        for ((i, _), session) in items.iter().zip(decoded) {
            if let Some(session) = session {
                each(*i, session);
            }
        }
    }
}

/// A stored summary, when it decodes and is still of the session the row
/// names (another casus may have replaced the row since it was read),
/// trimmed to hold no spare capacity.
pub(super) fn decode(bytes: &[u8], row: &Row) -> Option<Session> {
    let good = row.good.as_ref()?;
    let mut session = serde_json::from_slice::<SessionSummary>(bytes)
        .ok()?
        .into_session();
    if session.id != good.id {
        return None;
    }
    trim(&mut session);
    Some(session)
}

/// Gives back the spare capacity of a decoded summary's vectors (the strings
/// serde makes are already exact). Changes nothing that compares or shows.
pub(super) fn trim(s: &mut Session) {
    s.participants.shrink_to_fit();
    s.case.steps.shrink_to_fit();
    s.method.phases.shrink_to_fit();
    s.method.scores.shrink_to_fit();
    s.theme_sets.shrink_to_fit();
    s.theme_sets.iter_mut().for_each(trim_set);
    s.phases.shrink_to_fit();
    s.steps.shrink_to_fit();
    for step in &mut s.steps {
        step.themes.shrink_to_fit();
        step.reflections.shrink_to_fit();
        step.stances.shrink_to_fit();
    }
    s.bottlenecks.shrink_to_fit();
    for b in &mut s.bottlenecks {
        b.votes.shrink_to_fit();
        b.themes.shrink_to_fit();
        b.history.shrink_to_fit();
        b.links.shrink_to_fit();
    }
    s.actions.shrink_to_fit();
    for a in &mut s.actions {
        a.votes.shrink_to_fit();
        a.history.shrink_to_fit();
    }
    s.follow_ups.shrink_to_fit();
    s.scores.shrink_to_fit();
}

fn trim_set(set: &mut ThemeSet) {
    set.themes.shrink_to_fit();
    for theme in &mut set.themes {
        theme.aliases.shrink_to_fit();
        theme.replaces.shrink_to_fit();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::review::index::rows::{FileKey, Good};

    fn fixture() -> Session {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/session_versions/v4.ron");
        crate::store::read_session(&path).expect("a fixture")
    }

    fn row(s: &Session) -> Row {
        Row {
            name: format!("{}.ron", s.id),
            key: FileKey::default(),
            settled: true,
            good: Some(Good {
                id: s.id.clone(),
                started: s.started,
                updated: s.updated,
                finished: s.is_finished(),
            }),
        }
    }

    #[test]
    fn a_batch_decodes_on_the_workers_what_one_thread_would_in_the_order_pushed() {
        let base = fixture();
        let sessions: Vec<Session> = (0..300)
            .map(|n| {
                let mut s = base.clone();
                s.id = format!("s{n:03}");
                s.group = format!("group {n}");
                s
            })
            .collect();
        let mut rows: Vec<Row> = sessions.iter().map(row).collect();
        // Row 9 was replaced by another session since its summary was read.
        rows[9].good.as_mut().unwrap().id = "another".into();
        let mut batch = Batch {
            items: Vec::new(),
            workers: 2,
        };
        let mut got = Vec::new();
        for (i, s) in sessions.iter().enumerate() {
            let json = match i {
                7 => b"{not json".to_vec(),
                _ => serde_json::to_vec(&SessionSummary::of(s)).unwrap(),
            };
            if batch.push(i, &json) {
                assert_eq!(i + 1, BATCH * 2, "full after {} summaries", BATCH * 2);
                batch.flush(&rows, |i, s| got.push((i, s)));
            }
        }
        batch.flush(&rows, |i, s| got.push((i, s)));
        let expected: Vec<(usize, Session)> = (0..300)
            .filter(|&i| i != 7 && i != 9)
            .map(|i| (i, SessionSummary::of(&sessions[i]).into_session()))
            .collect();
        assert_eq!(got.len(), expected.len());
        assert!(got == expected, "the same sessions, in the order pushed");
        assert!(got.iter().all(|(_, s)| s.steps.capacity() == s.steps.len()));
    }

    #[test]
    fn trimming_changes_nothing_that_compares() {
        let mut s = fixture();
        s.steps.reserve(100);
        let before = s.clone();
        trim(&mut s);
        assert_eq!(s, before);
        assert_eq!(s.steps.capacity(), s.steps.len());
    }
}
