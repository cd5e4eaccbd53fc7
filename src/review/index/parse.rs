//! Parsing the session files the index does not have, on all cores when
//! there are many (a first run over a large folder): each file is read,
//! parsed and summarised on a worker thread, and handed back to the one
//! thread that writes the database.

use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;

use jiff::Timestamp;

use crate::library::Diagnostic;
use crate::store::read_session;

use super::rows::Good;
use super::summary::SessionSummary;

/// Fewer files than this are parsed on the calling thread.
const PARALLEL_FROM: usize = 16;

/// One session file, parsed and summarised.
pub(super) struct Parsed {
    pub(super) good: Good,
    pub(super) practice: bool,
    pub(super) finished: Option<Timestamp>,
    /// The summary as JSON, through the store's gate ([`guard`]).
    pub(super) json: Vec<u8>,
    /// The same summary, as the per-file tables are written from it: what
    /// the gate let through (the BSN placeholder where the file held one);
    /// `None` when the gated JSON no longer decodes (the file is then read
    /// whole when it is needed, as a damaged summary is).
    pub(super) summary: Option<SessionSummary>,
}

/// The summary of one file: read straight into it ([`super::fast`]), else
/// (whatever is off with the file) as the store reads a session, for the
/// same summary or the same `path:line:col`.
///
/// Unlike [`read_session`] this leaves no fingerprint of the file
/// ([`crate::store::identity`]): nothing saves a session over its file from
/// what the index read (opening one reads it again), and a warm index never
/// reads the file at all, so a cold one need not either.
pub(super) fn summary(path: &Path) -> Result<SessionSummary, Diagnostic> {
    let text = crate::library::read_text(path)?;
    let shown = path.display().to_string();
    match super::fast::summary_of(&shown, path, &text) {
        Some(summary) => Ok(summary),
        None => Ok(SessionSummary::of(&read_session(path)?)),
    }
}

/// Reads and summarises one file.
pub(super) fn parse(path: &Path) -> Result<Parsed, Diagnostic> {
    let made = summary(path)?;
    let session = made.session();
    let good = Good {
        id: session.id.clone(),
        started: session.started,
        updated: session.updated,
        finished: session.is_finished(),
    };
    let (practice, finished) = (session.practice, session.finished);
    let mut json = Vec::new();
    serde_json::to_writer(&mut json, &made).expect("a session always serialises");
    let mut summary = Some(made);
    if guard(&mut json) {
        summary = serde_json::from_slice(&json).ok().flatten();
    }
    Ok(Parsed {
        good,
        practice,
        finished,
        json,
        summary,
    })
}

/// Parses `names` in `dir`, calling `each(i, result)` for `names[i]` on
/// this thread, in the order they are done (not the order of `names`).
pub(super) fn parse_all(
    dir: &Path,
    names: &[&str],
    mut each: impl FnMut(usize, Result<Parsed, Diagnostic>),
) {
    let workers = std::thread::available_parallelism().map_or(1, |n| n.get());
    if names.len() < PARALLEL_FROM || workers < 2 {
        for (i, name) in names.iter().enumerate() {
            each(i, parse(&dir.join(name)));
        }
        return;
    }
    let next = AtomicUsize::new(0);
    // Bounded: parsed summaries wait for the writer, not pile up in memory.
    let (send, receive) = mpsc::sync_channel(workers * 8);
    std::thread::scope(|scope| {
        for _ in 0..workers {
            let send = send.clone();
            let next = &next;
            scope.spawn(move || {
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    let Some(name) = names.get(i) else { break };
                    if send.send((i, parse(&dir.join(name)))).is_err() {
                        break;
                    }
                }
            });
        }
        drop(send);
        for (i, result) in receive {
            each(i, result);
        }
    });
}

/// The store's gate on what the index writes ([`crate::store::refuse_blocking`]):
/// a session file from elsewhere may hold a BSN; its summary keeps the
/// placeholder instead, and when that is no longer valid JSON the summary is
/// left out, to be read from the file (as a damaged summary is). True when
/// it changed the body.
fn guard(body: &mut Vec<u8>) -> bool {
    if crate::store::refuse_blocking(Path::new(""), body).is_ok() {
        return false;
    }
    let text = String::from_utf8_lossy(body).into_owned();
    let redacted = crate::privacy::redact_blocking(&text);
    body.clear();
    let valid = serde_json::from_str::<serde_json::Value>(&redacted).is_ok()
        && crate::store::refuse_blocking(Path::new(""), redacted.as_bytes()).is_ok();
    if valid {
        body.extend_from_slice(redacted.as_bytes());
    } else {
        body.extend_from_slice(b"null");
    }
    true
}
