//! Counting in the database: per file, what `casus stats` counts and what
//! the exact parts of a filter ask about, so `stats` over 10,000 sessions is
//! a few SQL aggregates instead of decoding 10,000 summaries.
//!
//! ```text
//! count_session  file, steps, decided,        a session's totals (its SessionTally)
//!                rounds, agreed, compared, differed
//! count_match    file, grp, case_id,          folded (crate::fuzzy::fold), for
//!                case_title, method_id,       group:, case:, method:,
//!                method_title, themes         theme: (see theme_texts)
//! count_theme    file, set_id, theme_id, n    per theme tagged: decision points tagged
//! count_label    file, set_id, theme_id,      and what this session calls it (read
//!                set_title, label, ord        only for the newest session's, so apart)
//! count_rename   file, set_id, old, theme_id, a rename this session's sets know
//!                label, ord
//! count_knelpunt file, status, level, owner   its knelpunten (owner folded)
//! count_action   file, status, owner          its actions (owner folded)
//! ```
//!
//! The rows are written in [`super::db::Db::put`] from the gated summary
//! ([`super::parse::Parsed::summary`]), never from the file, so they hold no
//! BSN; a file whose summary does not decode has none, and is counted from
//! its summary or file instead ([`super::pass`]). What a session adds to the
//! counts is its [`SessionTally`], the same one [`StatsBuilder::add`] counts,
//! so the two ways cannot drift apart. Folded texts are stored as blobs and
//! matched with `instr`: a byte substring of UTF-8 is a character substring.
//!
//! [`stats`] reads the sessions that pass a filter ([`super::pass`]): their
//! totals as one SQL aggregate, and their `count_theme` rows summed per
//! `(set, theme, quarter)` as they are read (a GROUP BY would sort some
//! 90,000 rows at 10,000 sessions), the quarter of each session computed in
//! Rust in the caller's time zone (`temp.pass`); labels and titles are
//! those of the lowest rank (the newest session), as `StatsBuilder` has
//! them, read from `count_label` once per theme.

use std::collections::HashMap;

use jiff::tz::TimeZone;
use rusqlite::{Connection, params};

use crate::fuzzy::fold;
use crate::model::Session;
use crate::review::Filter;
use crate::review::stats::{Quarter, Stats, StatsBuilder};
use crate::review::tally::{RenameTally, SessionTally, ThemeTally};

use super::db::is_damage;
use super::scan::Scan;

/// The tables (added to the schema in `db.rs`).
pub(super) const CREATE: &str = "
CREATE TABLE count_session (
    file INTEGER PRIMARY KEY,
    steps INTEGER NOT NULL, decided INTEGER NOT NULL,
    rounds INTEGER NOT NULL, agreed INTEGER NOT NULL,
    compared INTEGER NOT NULL, differed INTEGER NOT NULL
);
CREATE TABLE count_match (
    file INTEGER PRIMARY KEY,
    grp BLOB NOT NULL, case_id BLOB NOT NULL, case_title BLOB NOT NULL,
    method_id BLOB NOT NULL, method_title BLOB NOT NULL, themes BLOB NOT NULL
);
CREATE TABLE count_theme (
    file INTEGER NOT NULL, set_id TEXT NOT NULL, theme_id TEXT NOT NULL, n INTEGER NOT NULL
);
CREATE INDEX count_theme_file ON count_theme (file);
CREATE TABLE count_label (
    file INTEGER NOT NULL, set_id TEXT NOT NULL, theme_id TEXT NOT NULL,
    set_title TEXT NOT NULL, label TEXT NOT NULL, ord INTEGER
);
CREATE INDEX count_label_file ON count_label (file);
CREATE TABLE count_rename (
    file INTEGER NOT NULL, set_id TEXT NOT NULL, old TEXT NOT NULL,
    theme_id TEXT NOT NULL, label TEXT NOT NULL, ord INTEGER NOT NULL
);
CREATE INDEX count_rename_file ON count_rename (file);
CREATE TABLE count_knelpunt (
    file INTEGER NOT NULL, status TEXT NOT NULL, level TEXT, owner BLOB
);
CREATE INDEX count_knelpunt_file ON count_knelpunt (file);
CREATE TABLE count_action (file INTEGER NOT NULL, status TEXT NOT NULL, owner BLOB);
CREATE INDEX count_action_file ON count_action (file);
";

/// How a status or level is stored: its variant's name (the format tag
/// rebuilds the index when casus changes, so the names need not be stable).
pub(super) fn key(value: impl std::fmt::Debug) -> String {
    format!("{value:?}")
}

/// Writes the rows of one file (its old rows are already deleted), from its
/// gated summary.
pub(super) fn put(conn: &Connection, file: i64, session: &Session) -> rusqlite::Result<()> {
    let t = SessionTally::of(session);
    let p = &t.positions;
    conn.prepare_cached(
        "INSERT INTO count_session (file, steps, decided, rounds, agreed, compared, differed) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?
    .execute(params![
        file,
        t.decision_points as i64,
        t.decided as i64,
        p.rounds as i64,
        p.agreed as i64,
        p.compared as i64,
        p.differed as i64,
    ])?;
    conn.prepare_cached(
        "INSERT INTO count_match (file, grp, case_id, case_title, method_id, method_title, \
         themes) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?
    .execute(params![
        file,
        fold(&session.group).as_bytes(),
        fold(&session.case.id).as_bytes(),
        fold(&session.case.title).as_bytes(),
        fold(&session.method.id).as_bytes(),
        fold(&session.method.title).as_bytes(),
        theme_texts(session).join("\0").as_bytes(),
    ])?;
    let mut theme = conn.prepare_cached(
        "INSERT INTO count_theme (file, set_id, theme_id, n) VALUES (?1, ?2, ?3, ?4)",
    )?;
    let mut label = conn.prepare_cached(
        "INSERT INTO count_label (file, set_id, theme_id, set_title, label, ord) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?;
    for th in &t.themes {
        let ord = (th.order != usize::MAX).then_some(th.order as i64);
        theme.execute(params![file, th.set, th.id, th.count as i64])?;
        label.execute(params![file, th.set, th.id, th.set_title, th.label, ord])?;
    }
    let mut rename = conn.prepare_cached(
        "INSERT INTO count_rename (file, set_id, old, theme_id, label, ord) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?;
    for r in &t.renames {
        rename.execute(params![file, r.set, r.old, r.id, r.label, r.order as i64])?;
    }
    let mut knelpunt = conn.prepare_cached(
        "INSERT INTO count_knelpunt (file, status, level, owner) VALUES (?1, ?2, ?3, ?4)",
    )?;
    for b in &session.bottlenecks {
        let owner = b.owner.as_deref().map(fold);
        let owner = owner.as_ref().map(|o| o.as_bytes());
        knelpunt.execute(params![file, key(b.status), b.level.map(key), owner])?;
    }
    let mut action =
        conn.prepare_cached("INSERT INTO count_action (file, status, owner) VALUES (?1, ?2, ?3)")?;
    for a in &session.actions {
        let owner = a.owner.as_deref().map(fold);
        let owner = owner.as_ref().map(|o| o.as_bytes());
        action.execute(params![file, key(a.status), owner])?;
    }
    Ok(())
}

/// The folded texts `theme:` looks in (`has_theme` in `filter/matching.rs`):
/// every tag of every step, and the label and aliases of the theme it names
/// in the session's own copy; each once. Stored joined by NUL, so a value
/// without a NUL is in the joined text exactly when it is in one of them
/// (`pass.rs` leaves a value with a NUL to [`Filter::matches`]).
fn theme_texts(session: &Session) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut push = |text: String| {
        if !out.contains(&text) {
            out.push(text);
        }
    };
    for reference in session.steps.iter().flat_map(|s| &s.themes) {
        push(fold(reference));
        let Some((set, id)) = crate::model::split_theme_ref(reference) else {
            continue;
        };
        let theme = session
            .theme_sets
            .iter()
            .find(|s| s.id == set)
            .and_then(|s| s.theme(id));
        if let Some(t) = theme {
            push(fold(&t.label));
            t.aliases.iter().for_each(|a| push(fold(a)));
        }
    }
    out
}

/// A quarter as one number (`year * 4 + quarter - 1`), to group by in SQL.
pub(super) fn quarter_key(q: Quarter) -> i64 {
    i64::from(q.year) * 4 + i64::from(q.quarter) - 1
}

fn quarter_of_key(k: i64) -> Quarter {
    Quarter {
        year: k.div_euclid(4) as i16,
        quarter: k.rem_euclid(4) as i8 + 1,
    }
}

/// Theme counts over the sessions of `scan` that pass `filter`, counted in
/// the database, in one read transaction; `None` when the database failed
/// (the caller counts the summaries instead, as before).
pub(super) fn stats(scan: &mut Scan, filter: &Filter, tz: &TimeZone) -> Option<Stats> {
    // The temporary table in memory, not in a file of its own.
    let _ = scan.db().conn.execute_batch("PRAGMA temp_store = MEMORY");
    scan.db().conn.execute_batch("BEGIN").ok()?;
    let counted: rusqlite::Result<StatsBuilder> = (|| {
        let passing = super::pass::passing(scan, filter, tz)?;
        let mut builder = StatsBuilder::default();
        for (rank, l) in &passing.read {
            builder.add(*rank, &l.session, tz);
        }
        count(&scan.db().conn, &mut builder)?;
        Ok(builder)
    })();
    super::pass::done(scan.db());
    let _ = scan.db().conn.execute_batch("COMMIT");
    match counted {
        Ok(builder) => Some(builder.finish()),
        Err(e) => {
            // Only a damaged or busy database should end here; anything else
            // is a bug the fallback would hide.
            let busy = matches!(
                e.sqlite_error_code(),
                Some(rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked)
            );
            debug_assert!(
                is_damage(&e) || busy,
                "counting in the database failed: {e}"
            );
            if is_damage(&e) {
                scan.db().discard();
            }
            None
        }
    }
}

/// One theme's rows summed: the lowest rank, its file, the counts per quarter key.
struct Theme {
    rank: i64,
    file: i64,
    per_quarter: Vec<(i64, i64)>,
}

/// Adds what the rows of the sessions in `temp.pass` count.
fn count(conn: &Connection, builder: &mut StatsBuilder) -> rusqlite::Result<()> {
    let totals = conn.query_row(
        "SELECT count(*), sum(s.steps), sum(s.decided), sum(s.rounds), sum(s.agreed), \
         sum(s.compared), sum(s.differed), min(p.quarter), max(p.quarter) \
         FROM temp.pass p CROSS JOIN count_session s ON s.file = p.file",
        [],
        |r| {
            let n = |i: usize| -> rusqlite::Result<usize> {
                Ok(r.get::<_, Option<i64>>(i)?.unwrap_or(0) as usize)
            };
            let mut sum = SessionTally {
                decision_points: n(1)?,
                decided: n(2)?,
                ..SessionTally::default()
            };
            sum.positions.rounds = n(3)?;
            sum.positions.agreed = n(4)?;
            sum.positions.compared = n(5)?;
            sum.positions.differed = n(6)?;
            let first: Option<i64> = r.get(7)?;
            let last: Option<i64> = r.get(8)?;
            Ok((n(0)?, sum, first.zip(last)))
        },
    )?;
    if let (sessions, sum, Some((first, last))) = totals {
        builder.add_totals(sessions, &sum, quarter_of_key(first), quarter_of_key(last));
    }
    // Per theme: the lowest rank's row (for its title and label) and the
    // counts per quarter, summed here (a GROUP BY would sort every row).
    let mut themes: HashMap<String, HashMap<String, Theme>> = HashMap::new();
    let mut stmt = conn.prepare(
        "SELECT t.set_id, t.theme_id, p.quarter, t.n, p.rank, t.file \
         FROM temp.pass p CROSS JOIN count_theme t ON t.file = p.file",
    )?;
    let mut rows = stmt.query([])?;
    while let Some(r) = rows.next()? {
        let (set, id) = (r.get_ref(0)?.as_str()?, r.get_ref(1)?.as_str()?);
        let (quarter, n, rank, file): (i64, i64, i64, i64) =
            (r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?);
        let of_set = match themes.get_mut(set) {
            Some(m) => m,
            None => themes.entry(set.to_string()).or_default(),
        };
        let theme = match of_set.get_mut(id) {
            Some(t) => t,
            None => of_set.entry(id.to_string()).or_insert(Theme {
                rank,
                file,
                per_quarter: Vec::new(),
            }),
        };
        if rank < theme.rank {
            (theme.rank, theme.file) = (rank, file);
        }
        match theme.per_quarter.iter_mut().find(|(q, _)| *q == quarter) {
            Some((_, sum)) => *sum += n,
            None => theme.per_quarter.push((quarter, n)),
        }
    }
    let mut words = conn.prepare(
        "SELECT set_title, label, ord FROM count_label \
         WHERE file = ?1 AND set_id = ?2 AND theme_id = ?3",
    )?;
    for (set, of_set) in themes {
        for (id, theme) in of_set {
            let (set_title, label, ord) = words.query_row(params![theme.file, set, id], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get::<_, Option<i64>>(2)?))
            })?;
            let tally = ThemeTally {
                set: set.clone(),
                id,
                count: 0,
                set_title,
                label,
                order: ord.map_or(usize::MAX, |o| o as usize),
            };
            builder.add_theme(theme.rank as usize, &tally);
            for (quarter, n) in theme.per_quarter {
                builder.add_count(&tally.set, &tally.id, quarter_of_key(quarter), n as usize);
            }
        }
    }
    let mut stmt = conn.prepare(
        "SELECT c.set_id, c.old, c.theme_id, c.label, c.ord, min(p.rank) \
         FROM temp.pass p CROSS JOIN count_rename c ON c.file = p.file GROUP BY c.set_id, c.old",
    )?;
    let mut rows = stmt.query([])?;
    while let Some(r) = rows.next()? {
        let rename = RenameTally {
            set: r.get(0)?,
            old: r.get(1)?,
            id: r.get(2)?,
            label: r.get(3)?,
            order: r.get::<_, i64>(4)? as usize,
        };
        builder.add_rename(r.get::<_, i64>(5)? as usize, &rename);
    }
    Ok(())
}
