//! Which sessions of a [`Scan`] pass a [`Filter`], answered in the database
//! where that is exact, for counting, searching and the review screens.
//!
//! [`passing`] leaves the sessions that pass in the temporary table
//!
//! ```text
//! temp.pass  file, rank, quarter   file.id; the place newest first; the
//!                                  quarter it started in (counts::quarter_key)
//! ```
//!
//! for a query to join with its own tables (`JOIN temp.pass p ON p.file = …`),
//! and hands back the sessions that pass but have no per-file rows
//! (`counts.rs`), read whole. Nothing that passes is missed and nothing that
//! fails gets in: the result is that of [`Filter::matches`] on every
//! session.
//!
//! - `since:`/`until:` and `status:` are answered from the scan's own rows
//!   (start and finish are in memory), the day in the caller's time zone;
//! - `oefen:`, `group:`, `case:`, `method:`, `theme:`, `knelpunt:`,
//!   `actie:`, `eigenaar:` and `niveau:` in SQL, on the folded texts and keys
//!   `counts.rs` stores;
//! - free words are fuzzy, so only [`Filter::matches`] answers them (and a
//!   `theme:` value holding a NUL, see `counts.rs`): when
//!   there are any, the summaries of the sessions left are decoded and
//!   matched, and those that fail leave the table;
//! - a session without per-file rows (its summary did not decode, or the
//!   database lost them) is read from its summary or file and matched whole.
//!
//! Call it inside a read transaction when the answer must be of one moment
//! (another casus may write between queries), and [`done`] after.

use std::collections::HashMap;

use jiff::tz::TimeZone;
use rusqlite::{Connection, ToSql};

use crate::review::filter::{Practice, SessionStatus};
use crate::review::stats::Quarter;
use crate::review::{Filter, LoadedSession, local_date};

use super::counts::{key, quarter_key};
use super::scan::Scan;

/// The sessions that pass besides those in `temp.pass`.
pub(super) struct Passing {
    /// Sessions without per-file rows that pass: `(rank, session)`.
    pub(super) read: Vec<(usize, LoadedSession)>,
}

/// Fills `temp.pass` with the sessions of `scan` that pass `filter` and
/// have per-file rows (see the module doc); days and quarters in `tz`.
pub(super) fn passing(
    scan: &mut Scan,
    filter: &Filter,
    tz: &TimeZone,
) -> rusqlite::Result<Passing> {
    let parts = filter.parts();
    // What SQL cannot answer exactly: the sessions left are matched whole.
    let whole = !parts.words.is_empty() || parts.themes.iter().any(|t| t.contains('\0'));
    let conn = &scan.db().conn;
    conn.execute_batch(
        "CREATE TEMP TABLE IF NOT EXISTS pass \
         (file INTEGER PRIMARY KEY, rank INTEGER NOT NULL, quarter INTEGER NOT NULL); \
         DELETE FROM temp.pass;",
    )?;
    // Rows without per-file rows: (folder, row, rank), read below.
    let mut unindexed: Vec<(usize, usize, usize)> = Vec::new();
    // Where each file id is, for the words.
    let mut at: HashMap<i64, (usize, usize, usize)> = HashMap::new();
    let mut passed: Vec<[i64; 3]> = Vec::new();
    {
        let mut files = conn.prepare_cached(
            "SELECT f.name, f.id, f.session_id, s.file IS NOT NULL FROM file f \
             LEFT JOIN count_session s ON s.file = f.id WHERE f.folder = ?1 ORDER BY f.name",
        )?;
        for (f, folder, ranks) in scan.ranked() {
            // Row i's file id, when it has count rows of the same session;
            // both lists are in name order.
            let mut found: Vec<Option<i64>> = vec![None; folder.rows.len()];
            let mut rows = files.query([folder.id])?;
            let mut i = 0;
            while let Some(r) = rows.next()? {
                let name = r.get_ref(0)?.as_str()?;
                while i < folder.rows.len() && folder.rows[i].name.as_str() < name {
                    i += 1;
                }
                let Some(row) = folder.rows.get(i).filter(|row| row.name == name) else {
                    continue;
                };
                let same =
                    row.good.as_ref().map(|g| g.id.as_str()) == r.get_ref(2)?.as_str_or_null()?;
                if same && r.get::<_, bool>(3)? {
                    found[i] = Some(r.get(1)?);
                }
            }
            for (i, row) in folder.rows.iter().enumerate() {
                let (rank, Some(good)) = (ranks[i], &row.good) else {
                    continue;
                };
                if rank == usize::MAX {
                    continue;
                }
                let Some(file) = found[i] else {
                    unindexed.push((f, i, rank));
                    continue;
                };
                let date = local_date(good.started, tz);
                let passes = parts.since.is_none_or(|s| date >= s)
                    && parts.until.is_none_or(|u| date <= u)
                    && parts.status.iter().all(|s| match s {
                        SessionStatus::Open => !good.finished,
                        SessionStatus::Finished => good.finished,
                    });
                if passes {
                    let quarter = Quarter {
                        year: date.year(),
                        quarter: (date.month() - 1) / 3 + 1,
                    };
                    passed.push([file, rank as i64, quarter_key(quarter)]);
                    if whole {
                        at.insert(file, (f, i, rank));
                    }
                }
            }
        }
    }
    insert(conn, &passed)?;
    narrow(conn, filter)?;
    if whole {
        unindexed.extend(matched_whole(scan, filter, tz, &at)?);
    }
    let mut read = Vec::new();
    for (f, i, rank) in unindexed {
        if let Some(l) = scan.read(f, i)
            && filter.matches(&l.session, tz)
        {
            read.push((rank, l));
        }
    }
    Ok(Passing { read })
}

/// Inserts rows into `temp.pass`, many per statement.
fn insert(conn: &Connection, rows: &[[i64; 3]]) -> rusqlite::Result<()> {
    const MANY: usize = 100;
    let sql = |n: usize| {
        let values = vec!["(?, ?, ?)"; n].join(", ");
        format!("INSERT INTO temp.pass (file, rank, quarter) VALUES {values}")
    };
    let mut many = conn.prepare_cached(&sql(MANY))?;
    let mut chunks = rows.chunks_exact(MANY);
    for chunk in &mut chunks {
        many.execute(rusqlite::params_from_iter(chunk.iter().flatten()))?;
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        conn.execute(
            &sql(rest.len()),
            rusqlite::params_from_iter(rest.iter().flatten()),
        )?;
    }
    Ok(())
}

/// Ends what [`passing`] began: empties `temp.pass`.
pub(super) fn done(db: &super::db::Db) {
    let _ = db.conn.execute_batch("DELETE FROM temp.pass");
}

/// Deletes from `temp.pass` the sessions that fail the parts SQL answers.
fn narrow(conn: &Connection, filter: &Filter) -> rusqlite::Result<()> {
    let parts = filter.parts();
    let mut cond: Vec<String> = Vec::new();
    let mut args: Vec<Box<dyn ToSql>> = Vec::new();
    let mut arg = |v: Box<dyn ToSql>| {
        args.push(v);
        format!("?{}", args.len())
    };
    let blob = |s: &String| -> Box<dyn ToSql> { Box::new(s.as_bytes().to_vec()) };
    match parts.practice {
        Practice::Leave => cond.push("f.practice = 0".into()),
        Practice::Only => cond.push("f.practice = 1".into()),
        Practice::All => {}
    }
    for g in parts.groups {
        cond.push(format!("instr(s.grp, {}) > 0", arg(blob(g))));
    }
    for (values, column) in [(parts.cases, "case"), (parts.methods, "method")] {
        for v in values {
            let a = arg(blob(v));
            cond.push(format!(
                "(instr(s.{column}_id, {a}) > 0 OR instr(s.{column}_title, {a}) > 0)"
            ));
        }
    }
    let exists = |table: &str, what: String| {
        format!("EXISTS (SELECT 1 FROM {table} x WHERE x.file = f.id AND {what})")
    };
    // A value with a NUL could span two of the joined texts: left to whole().
    for t in parts.themes.iter().filter(|t| !t.contains('\0')) {
        cond.push(format!("instr(s.themes, {}) > 0", arg(blob(t))));
    }
    for st in parts.bottleneck {
        cond.push(exists(
            "count_knelpunt",
            format!("x.status = {}", arg(Box::new(key(st)))),
        ));
    }
    for st in parts.actions {
        cond.push(exists(
            "count_action",
            format!("x.status = {}", arg(Box::new(key(st)))),
        ));
    }
    for o in parts.owners {
        let a = arg(blob(o));
        let what = format!("instr(x.owner, {a}) > 0");
        let (k, ac) = (
            exists("count_knelpunt", what.clone()),
            exists("count_action", what),
        );
        cond.push(format!("({k} OR {ac})"));
    }
    for l in parts.levels {
        cond.push(exists(
            "count_knelpunt",
            format!("x.level = {}", arg(Box::new(key(l)))),
        ));
    }
    if cond.is_empty() {
        return Ok(());
    }
    let sql = format!(
        "DELETE FROM temp.pass WHERE NOT EXISTS (SELECT 1 FROM file f \
         JOIN count_match s ON s.file = f.id WHERE f.id = pass.file AND {})",
        cond.join(" AND ")
    );
    let args: Vec<&dyn ToSql> = args.iter().map(|a| a.as_ref()).collect();
    conn.execute(&sql, args.as_slice())?;
    Ok(())
}

/// Matches the sessions left in `temp.pass` whole (free words are fuzzy),
/// deleting those that fail; hands back those whose summary does not decode.
fn matched_whole(
    scan: &Scan,
    filter: &Filter,
    tz: &TimeZone,
    at: &HashMap<i64, (usize, usize, usize)>,
) -> rusqlite::Result<Vec<(usize, usize, usize)>> {
    let conn = &scan.db().conn;
    let mut failed: Vec<i64> = Vec::new();
    let mut unread = Vec::new();
    {
        let mut stmt = conn.prepare(
            "SELECT p.file, s.json FROM temp.pass p LEFT JOIN summary s ON s.file = p.file",
        )?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            let file: i64 = r.get(0)?;
            let Some(&(f, i, rank)) = at.get(&file) else {
                continue;
            };
            let session = r
                .get_ref(1)?
                .as_bytes_or_null()?
                .and_then(|b| scan.decode_row(f, i, b));
            match session {
                Some(s) if filter.matches(&s, tz) => {}
                Some(_) => failed.push(file),
                None => {
                    failed.push(file);
                    unread.push((f, i, rank));
                }
            }
        }
    }
    let mut delete = conn.prepare_cached("DELETE FROM temp.pass WHERE file = ?1")?;
    for file in failed {
        delete.execute([file])?;
    }
    Ok(unread)
}
