//! The decisions and reflections of every session as rows of their own,
//! with a trigram index over their folded text, so `casus search` looks up
//! the few stories that can hold a word instead of decoding every summary.
//!
//! ```text
//! story_session file, session_id, grp,   per session file: what every story of it shares
//!               case_id, case_title,   and whether its stories are in `story_text` yet
//!               indexed
//! story         id, file, step,         one row per decision and reflection, in the
//!               step_id, step_title,    order `step_stories` gives them (by `id`
//!               kind, author, text      within a file: id = file << 20 | place)
//! story_text    rowid = story.id,       FTS5, trigram, contentless: the index of the
//!               folded                  folded text only (`crate::fuzzy::fold`), no copy
//! ```
//!
//! Everything is written from the gated summary ([`Parsed::summary`]), so
//! the rows hold what the summary holds (the BSN placeholder where the file
//! held one). The FTS table keeps no text (`content=''`): a trigram query
//! narrows to candidate rows, and the words are checked again on `story.text`
//! with the same folding as [`crate::review::search::Searcher`]. `detail=none`
//! keeps no positions (a smaller index, and no order of the trigrams from which
//! a text could be put together again): a word's trigrams all occurring in
//! a row makes it a candidate, the check in Rust decides.
//!
//! A refresh writes the `story` rows; the trigram index is filled by the
//! next search ([`index_pending`]), so the cost of ~150 trigrams per story
//! falls on the first search after files changed, not on every cold start
//! of `casus stats` or review. A file whose stories are not in it yet
//! (another casus wrote them since) is searched from its summary. Deleting a
//! `story` row of an indexed file deletes its FTS entry (a trigger), so the
//! `PER_FILE` list in `table.rs` covers these tables; FTS5's own
//! `secure-delete` removes the entry from the index at once.
//!
//! [`Parsed::summary`]: super::parse::Parsed::summary

use jiff::tz::TimeZone;
use rusqlite::{Connection, params};

use super::summary::SessionSummary;
use crate::review::{StoryKind, step_stories};

/// `story.kind` of a decision; a reflection is 1.
const DECISION: i64 = 0;
const REFLECTION: i64 = 1;

/// A story's id is its file's id shifted by this many bits plus its place
/// in the file, so a trigram lookup can keep to the files of one scan
/// (`rowid >> FILE_SHIFT`) before it reads a single story row.
const FILE_SHIFT: u32 = 20;

/// Writes the stories of one file's gated summary (its old rows are gone:
/// `Db::put` deleted them). A summary that is no longer of the session
/// `id` names (the gate changed its id), or with more stories than an id
/// leaves room for, gets no rows: it is read whole.
pub(super) fn write(
    conn: &Connection,
    file: i64,
    id: &str,
    summary: &SessionSummary,
) -> rusqlite::Result<()> {
    let session = summary.session();
    if session.id != id {
        return Ok(());
    }
    // The zone only dates a story, and dates are not stored.
    let stories: Vec<(usize, crate::review::Story)> = (0..session.steps.len())
        .flat_map(|step| {
            step_stories(session, step, &TimeZone::UTC)
                .into_iter()
                .map(move |s| (step, s))
        })
        .collect();
    if stories.len() >= 1 << FILE_SHIFT {
        return Ok(());
    }
    conn.prepare_cached(
        "INSERT INTO story_session (file, session_id, grp, case_id, case_title) \
         VALUES (?1, ?2, ?3, ?4, ?5)",
    )?
    .execute(params![
        file,
        session.id,
        session.group,
        session.case.id,
        session.case.title
    ])?;
    let mut story = conn.prepare_cached(
        "INSERT INTO story (id, file, step, step_id, step_title, kind, author, text) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
    )?;
    for (n, (step, s)) in stories.into_iter().enumerate() {
        let (kind, author) = match &s.kind {
            StoryKind::Decision => (DECISION, None),
            StoryKind::Reflection { author } => (REFLECTION, author.as_deref()),
        };
        story.execute(params![
            (file << FILE_SHIFT) | n as i64,
            file,
            step as i64,
            s.step_id,
            s.step_title,
            kind,
            author,
            s.text
        ])?;
    }
    Ok(())
}

/// Puts the stories not yet in the trigram index into it, in one write
/// transaction: the files parsed since the last search. A refresh writes
/// only the `story` rows (a cold index of 10,000 sessions holds ~160,000
/// stories, ~24 million trigrams: seconds on the one writing thread that
/// `casus stats` and review need not wait for); the first search pays it once.
pub(super) fn index_pending(conn: &Connection) -> rusqlite::Result<()> {
    let pending: bool = conn
        .prepare_cached("SELECT EXISTS (SELECT 1 FROM story_session WHERE indexed = 0)")?
        .query_row([], |r| r.get(0))?;
    if !pending {
        return Ok(());
    }
    conn.execute_batch("BEGIN IMMEDIATE")?;
    let done = (|| {
        let mut insert =
            conn.prepare_cached("INSERT INTO story_text (rowid, folded) VALUES (?1, ?2)")?;
        let mut stmt = conn.prepare_cached(
            "SELECT story.id, story.text FROM story_session s \
             JOIN story ON story.file = s.file WHERE s.indexed = 0",
        )?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            let folded = crate::fuzzy::fold(r.get_ref(1)?.as_str()?);
            insert.execute(params![r.get::<_, i64>(0)?, folded])?;
        }
        drop(rows);
        conn.execute("UPDATE story_session SET indexed = 1 WHERE indexed = 0", [])?;
        Ok(())
    })();
    match done {
        Ok(()) => conn.execute_batch("COMMIT"),
        Err(e) => {
            let _ = conn.execute_batch("ROLLBACK");
            Err(e)
        }
    }
}

/// Calls `each(file, name, practice, session_id)` for every file of a
/// folder whose stories are in the trigram index, in no particular order
/// (nothing allocated per file); the others are searched one by one.
pub(super) fn sessions(
    conn: &Connection,
    folder: i64,
    mut each: impl FnMut(i64, &str, bool, &str),
) -> rusqlite::Result<()> {
    let mut stmt = conn.prepare_cached(
        "SELECT file.id, file.name, file.practice, s.session_id \
         FROM file JOIN story_session s ON s.file = file.id \
         WHERE file.folder = ?1 AND s.indexed = 1",
    )?;
    let mut rows = stmt.query([folder])?;
    while let Some(r) = rows.next()? {
        let practice = r.get::<_, Option<bool>>(2)?.unwrap_or(false);
        each(
            r.get(0)?,
            r.get_ref(1)?.as_str()?,
            practice,
            r.get_ref(3)?.as_str()?,
        );
    }
    Ok(())
}

/// One story row, with what its session's stories share.
#[derive(Debug, Clone)]
pub(super) struct StoryRow {
    /// What `keep` in [`candidates`] returned for it.
    pub(super) slot: usize,
    pub(super) step: usize,
    pub(super) step_id: String,
    pub(super) step_title: String,
    pub(super) kind: StoryKind,
    pub(super) text: String,
    pub(super) session_id: String,
    pub(super) group: String,
    pub(super) case_id: String,
    pub(super) case_title: String,
}

/// The FTS5 query that narrows to the rows holding every trigram of every
/// word of three characters or more (each trigram a quoted string of its
/// own: with `detail=none` FTS5 keeps no positions, so it has no phrases);
/// `None` when no word is that long, as shorter words have no trigram to
/// look up.
pub(super) fn match_query(words: &[String]) -> Option<String> {
    let mut trigrams: Vec<String> = Vec::new();
    for word in words {
        let chars: Vec<char> = word.chars().collect();
        // Trigrams that cover the word without overlapping, and the last
        // one: as narrow in practice as all of them (the check in Rust
        // decides anyway), with a third of the lists to walk.
        let windows: Vec<&[char]> = chars.windows(3).collect();
        let last = windows.len().checked_sub(1);
        let cover = windows
            .iter()
            .enumerate()
            .filter(|(i, _)| i % 3 == 0 || Some(*i) == last)
            .map(|(_, w)| *w);
        for three in cover {
            let quoted = format!("\"{}\"", String::from_iter(three).replace('"', "\"\""));
            if !trigrams.contains(&quoted) {
                trigrams.push(quoted);
            }
        }
    }
    (!trigrams.is_empty()).then(|| trigrams.join(" AND "))
}

/// The story rows that `keep(file, text)` keeps (returns a slot for), of those that may hold
/// every word: the rows the trigram index finds for [`match_query`], or
/// every row when no word is long enough to look up. In `story.id` order
/// (step order within a file). Only a kept row is read whole.
pub(super) fn candidates(
    conn: &Connection,
    words: &[String],
    scope: impl Iterator<Item = i64>,
    mut keep: impl FnMut(i64, &str) -> Option<usize>,
) -> rusqlite::Result<Vec<StoryRow>> {
    fill_scope(conn, scope)?;
    const COLUMNS: &str = "s.file, s.text, s.step, s.step_id, s.step_title, s.kind, s.author, \
                           ss.session_id, ss.grp, ss.case_id, ss.case_title";
    let query = match_query(words);
    let mut stmt = match &query {
        // CROSS JOIN: the index first, then each row by its id; FTS5 gives
        // its rows in rowid order itself, so nothing is sorted.
        Some(_) => conn.prepare_cached(&format!(
            "SELECT {COLUMNS} FROM story_text CROSS JOIN story s ON s.id = story_text.rowid \
             CROSS JOIN story_session ss ON ss.file = s.file \
             WHERE story_text MATCH ?1 \
             AND (story_text.rowid >> {FILE_SHIFT}) IN (SELECT file FROM temp.scope) \
             ORDER BY story_text.rowid"
        ))?,
        None => conn.prepare_cached(&format!(
            "SELECT {COLUMNS} FROM temp.scope sc CROSS JOIN story s ON s.file = sc.file \
             CROSS JOIN story_session ss ON ss.file = s.file ORDER BY s.id"
        ))?,
    };
    let mut rows = match &query {
        Some(q) => stmt.query([q])?,
        None => stmt.query([])?,
    };
    let mut kept = Vec::new();
    while let Some(r) = rows.next()? {
        let Some(slot) = keep(r.get(0)?, r.get_ref(1)?.as_str()?) else {
            continue;
        };
        let kind = match r.get::<_, i64>(5)? {
            DECISION => StoryKind::Decision,
            _ => StoryKind::Reflection { author: r.get(6)? },
        };
        kept.push(StoryRow {
            slot,
            text: r.get(1)?,
            step: r.get::<_, i64>(2)? as usize,
            step_id: r.get(3)?,
            step_title: r.get(4)?,
            kind,
            session_id: r.get(7)?,
            group: r.get(8)?,
            case_id: r.get(9)?,
            case_title: r.get(10)?,
        });
    }
    Ok(kept)
}

/// Puts the files a search reads into `temp.scope`: the trigram index holds
/// the stories of every folder the user read.
fn fill_scope(conn: &Connection, scope: impl Iterator<Item = i64>) -> rusqlite::Result<()> {
    conn.execute_batch(
        "CREATE TEMP TABLE IF NOT EXISTS scope (file INTEGER PRIMARY KEY); \
         DELETE FROM temp.scope;",
    )?;
    let mut add = conn.prepare_cached("INSERT INTO temp.scope (file) VALUES (?1)")?;
    for file in scope {
        add.execute([file])?;
    }
    Ok(())
}

/// How many of the files in `scope` have a story that may hold every word,
/// by the trigram index alone; `None` when no word is long enough to look up.
pub(super) fn candidate_count(
    conn: &Connection,
    words: &[String],
    scope: impl Iterator<Item = i64>,
) -> rusqlite::Result<Option<usize>> {
    let Some(query) = match_query(words) else {
        return Ok(None);
    };
    fill_scope(conn, scope)?;
    conn.prepare_cached(&format!(
        "SELECT count(DISTINCT rowid >> {FILE_SHIFT}) FROM story_text WHERE story_text MATCH ?1 \
         AND (rowid >> {FILE_SHIFT}) IN (SELECT file FROM temp.scope)"
    ))?
    .query_row([query], |r| r.get::<_, i64>(0))
    .map(|n| Some(n as usize))
}

/// Calls `each(file)` for the files of `temp.scope` (as [`candidate_count`]
/// left it) with a story that may hold every word, by the trigram index
/// alone (no row is read; a file may come more than once); false, calling
/// nothing, when no word is long enough to look up.
pub(super) fn candidate_files(
    conn: &Connection,
    words: &[String],
    mut each: impl FnMut(i64),
) -> rusqlite::Result<bool> {
    let Some(query) = match_query(words) else {
        return Ok(false);
    };
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT rowid >> {FILE_SHIFT} FROM story_text WHERE story_text MATCH ?1 \
         AND (rowid >> {FILE_SHIFT}) IN (SELECT file FROM temp.scope)"
    ))?;
    let mut rows = stmt.query([query])?;
    while let Some(r) = rows.next()? {
        each(r.get(0)?);
    }
    Ok(true)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_words_do_not_narrow_and_quotes_are_doubled() {
        let words = |w: &[&str]| w.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(match_query(&words(&["ab", "c"])), None);
        assert_eq!(
            match_query(&words(&["ab", "abcd", "x\"y", "bcd"])).as_deref(),
            Some("\"abc\" AND \"bcd\" AND \"x\"\"y\""),
            "each trigram once"
        );
        assert_eq!(
            match_query(&words(&["één"])).as_deref(),
            Some("\"één\""),
            "three characters, not three bytes"
        );
        assert_eq!(
            match_query(&words(&["wachtlijst"])).as_deref(),
            Some("\"wac\" AND \"htl\" AND \"ijs\" AND \"jst\""),
            "trigrams that cover the word, and the last"
        );
    }
}
