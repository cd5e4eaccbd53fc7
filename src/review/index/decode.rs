//! Decoding stored summaries on all cores, each held in no more memory
//! than it needs.
//!
//! The review screens hold every summary ([`super::Scan::into_loaded`]);
//! decoding the JSON is most of the time they take to load, and the vectors
//! serde builds grow by doubling, so a decoded summary held as it comes
//! carries about a fifth of unused capacity. [`decode_all`] hands the stored
//! bytes, as the database reads them out on the calling thread, to one
//! worker per core, which decodes them and trims every vector to its length
//! ([`trim`]); the sessions come back to the calling thread as they are
//! done. Both queues are bounded, so a few dozen summaries are in flight at
//! any time, however many the folder holds.

use std::sync::Mutex;
use std::sync::mpsc::{self, TrySendError};

use crate::model::{Session, ThemeSet};

use super::rows::Row;
use super::summary::SessionSummary;

/// Folders with fewer rows than this are decoded on the calling thread.
const PARALLEL_FROM: usize = 32;

/// Summaries waiting for a worker, and decoded ones waiting to be taken, per worker.
const QUEUE: usize = 16;

/// Workers at most, however many cores there are.
const MAX_WORKERS: usize = 8;

/// Calls `read(push)`, which calls `push(row, bytes)` for the stored summary
/// of each row it reads, and `each(row, session)` on this thread for every
/// one that decodes and is still of its row's session, in no particular
/// order; returns what `read` returned. `kept`: the caller keeps the
/// sessions, so they are trimmed ([`trim`]; a caller that counts and drops
/// each one would only pay for it).
pub(super) fn decode_all<R>(
    rows: &[Row],
    kept: bool,
    read: impl FnOnce(&mut dyn FnMut(usize, &[u8])) -> R,
    mut each: impl FnMut(usize, Session),
) -> R {
    // One thread reads the database for all of them: more than a few
    // workers would only wait for it, each with its queue full.
    let workers = std::thread::available_parallelism().map_or(1, |n| n.get().min(MAX_WORKERS));
    decode_on(workers, rows, kept, read, &mut each)
}

fn decode_on<R>(
    workers: usize,
    rows: &[Row],
    kept: bool,
    read: impl FnOnce(&mut dyn FnMut(usize, &[u8])) -> R,
    each: &mut dyn FnMut(usize, Session),
) -> R {
    if workers < 2 || rows.len() < PARALLEL_FROM {
        return read(&mut |i, bytes| {
            if let Some(session) = decode_kept(bytes, &rows[i], kept) {
                each(i, session);
            }
        });
    }
    let (work, jobs) = mpsc::sync_channel::<(usize, Vec<u8>)>(workers * QUEUE);
    let (finished, done) = mpsc::sync_channel::<(usize, Option<Session>)>(workers * QUEUE);
    let jobs = Mutex::new(jobs);
    std::thread::scope(|scope| {
        for _ in 0..workers {
            let (jobs, finished) = (&jobs, finished.clone());
            scope.spawn(move || {
                loop {
                    let job = jobs
                        .lock()
                        .map_err(drop)
                        .and_then(|j| j.recv().map_err(drop));
                    let Ok((i, bytes)) = job else { break };
                    // Sent even when it does not decode, so every job is answered.
                    if finished
                        .send((i, decode_kept(&bytes, &rows[i], kept)))
                        .is_err()
                    {
                        break;
                    }
                }
            });
        }
        drop(finished);
        let mut take = |(i, session): (usize, Option<Session>)| {
            if let Some(session) = session {
                each(i, session);
            }
        };
        let result = read(&mut |i, bytes| {
            let mut job = (i, bytes.to_vec());
            // A full queue: the workers are busy, so take what they finished
            // until there is room (they never wait on a full answer queue for long).
            loop {
                match work.try_send(job) {
                    Ok(()) => break,
                    Err(TrySendError::Full(back)) => match done.recv() {
                        Ok(d) => {
                            take(d);
                            job = back;
                        }
                        Err(_) => return,
                    },
                    Err(TrySendError::Disconnected(_)) => return,
                }
            }
            while let Ok(d) = done.try_recv() {
                take(d);
            }
        });
        drop(work);
        for d in done {
            take(d);
        }
        result
    })
}

/// A stored summary, when it decodes and is still of the session the row
/// names (another casus may have replaced the row since it was read),
/// trimmed to hold no spare capacity.
pub(super) fn decode(bytes: &[u8], row: &Row) -> Option<Session> {
    decode_kept(bytes, row, true)
}

/// As [`decode`]; trimmed only when `kept`.
fn decode_kept(bytes: &[u8], row: &Row, kept: bool) -> Option<Session> {
    let good = row.good.as_ref()?;
    let mut session = serde_json::from_slice::<SessionSummary>(bytes)
        .ok()?
        .into_session();
    if session.id != good.id {
        return None;
    }
    if kept {
        trim(&mut session);
    }
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
    fn the_workers_decode_what_one_thread_would() {
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
        let stored: Vec<Vec<u8>> = sessions
            .iter()
            .enumerate()
            .map(|(i, s)| match i {
                7 => b"{not json".to_vec(),
                _ => serde_json::to_vec(&SessionSummary::of(s)).unwrap(),
            })
            .collect();
        let expected: Vec<(usize, Session)> = (0..300)
            .filter(|&i| i != 7 && i != 9)
            .map(|i| (i, SessionSummary::of(&sessions[i]).into_session()))
            .collect();
        for workers in [1, 2, 3] {
            let mut got = Vec::new();
            let read = |push: &mut dyn FnMut(usize, &[u8])| {
                stored.iter().enumerate().for_each(|(i, b)| push(i, b));
                "read"
            };
            let said = decode_on(workers, &rows, true, read, &mut |i, s| got.push((i, s)));
            assert_eq!(said, "read");
            got.sort_by_key(|(i, _)| *i);
            assert_eq!(got.len(), expected.len(), "{workers} workers");
            assert!(got == expected, "{workers} workers: the same sessions");
            assert!(got.iter().all(|(_, s)| s.steps.capacity() == s.steps.len()));
        }
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
