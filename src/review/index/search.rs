//! [`Scan::search`]: the decisions and reflections holding every word of a
//! query, found through the story tables (`stories.rs`) instead of by
//! decoding every summary.
//!
//! 1. The files with story rows are read (a few columns per file); a file
//!    without them (its gated summary did not decode, or the rows are of
//!    another session) is searched the old way: its summary, or its file.
//! 2. The trigram index gives the candidate stories; each is checked on its
//!    text with the folding of [`Searcher`], so the result is exactly what
//!    searching the summaries gives.
//! 3. The filter: what the index answers itself ([`Narrow`]: the default
//!    filter, practice sessions left out, from `file.practice`) is answered
//!    from the rows; any other filter decodes the summaries of only the
//!    files with a candidate and asks [`Filter::matches`] (when the trigram
//!    index counts more candidates than half the files, every summary is
//!    read in file order instead, as before: one scan is cheaper than that
//!    many look-ups).
//!
//! Stories come newest session first, then in step order with the decision
//! before the reflections, as [`crate::review::search`] gives them. When the
//! database fails, the search is done the old way (damage also throws the
//! database away, as elsewhere).

use std::collections::HashMap;

use jiff::tz::TimeZone;

use super::db::is_damage;
use super::scan::Scan;
use super::stories::{self, StoryRow};
use crate::review::search::Searcher;
use crate::review::{Filter, Practice, Story, local_date};

/// What of a filter the story tables answer without decoding a summary.
///
/// The seam for a filter pushed down into SQL (`file` columns, or tables
/// of themes and knelpunten): a filter this does not know is
/// [`Narrow::Decode`], which is always right, only slower. Today only the
/// default filter is answered here.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Narrow {
    /// Nothing but which practice sessions pass (`file.practice`).
    Practice(Practice),
    /// Decode the summaries of the files with hits and ask [`Filter::matches`].
    Decode,
}

impl Narrow {
    pub(super) fn of(filter: &Filter) -> Narrow {
        if filter.is_empty() {
            Narrow::Practice(filter.practice())
        } else {
            Narrow::Decode
        }
    }
}

/// A file with story rows that takes part in the scan.
struct Covered {
    f: usize,
    i: usize,
    rank: usize,
    practice: bool,
}

/// The files with story rows, and by `file.id` their place in that list.
type Coverage = (Vec<Covered>, HashMap<i64, usize>);

/// Per session found, its rank and its stories.
type Hits = Vec<(usize, Vec<Story>)>;

impl Scan {
    /// The decisions and reflections that contain every word of `query`, in
    /// the sessions that pass the filter, newest session first; days in the time zone `tz`.
    pub fn search(&mut self, filter: &Filter, query: &str, tz: &TimeZone) -> Vec<Story> {
        let searcher = Searcher::new(query);
        if searcher.is_empty() {
            return Vec::new();
        }
        // The stories parsed since the last search go into the trigram index
        // first; when that cannot be written, every summary is searched.
        if let Err(e) = stories::index_pending(&self.db.conn) {
            if is_damage(&e) {
                self.db.discard();
            }
            return self.search_each(filter, &searcher, tz);
        }
        let (covered, mut hits) = match self.search_indexed(filter, &searcher, tz) {
            Ok(Some(found)) => found,
            Ok(None) => return self.search_each(filter, &searcher, tz),
            Err(e) => {
                if is_damage(&e) {
                    self.db.discard();
                }
                return self.search_each(filter, &searcher, tz);
            }
        };
        // The files the story tables do not cover: as before, one by one.
        let mut seen: Vec<Vec<bool>> = self.rank.iter().map(|r| vec![false; r.len()]).collect();
        for c in &covered {
            seen[c.f][c.i] = true;
        }
        for (f, seen) in seen.into_iter().enumerate() {
            for (i, seen) in seen.into_iter().enumerate() {
                let rank = self.rank[f][i];
                if seen || rank == usize::MAX {
                    continue;
                }
                if let Some(l) = self.read(f, i)
                    && filter.matches(&l.session, tz)
                {
                    let found = searcher.hits(&l.session, tz);
                    if !found.is_empty() {
                        hits.push((rank, found));
                    }
                }
            }
        }
        // Stable: runs of one file (one rank) keep their story order.
        hits.sort_by_key(|(rank, _)| *rank);
        hits.into_iter().flat_map(|(_, h)| h).collect()
    }

    /// The hits in the files the story tables cover, and those files;
    /// `None` when reading every summary in file order is the cheaper way.
    fn search_indexed(
        &mut self,
        filter: &Filter,
        searcher: &Searcher,
        tz: &TimeZone,
    ) -> rusqlite::Result<Option<(Vec<Covered>, Hits)>> {
        let practice = match Narrow::of(filter) {
            Narrow::Practice(p) => p,
            Narrow::Decode => return self.search_decoding(filter, searcher, tz),
        };
        let conn = &self.db.conn;
        conn.execute_batch("BEGIN")?;
        // One read transaction: one snapshot, whatever another casus writes meanwhile.
        let read = (|| {
            let (covered, slots) = self.coverage()?;
            let mut folded = String::new();
            let scope = slots.keys().copied();
            let rows = stories::candidates(conn, searcher.words(), scope, |file, text| {
                let slot = *slots.get(&file)?;
                searcher.matches(text, &mut folded).then_some(slot)
            })?;
            Ok::<_, rusqlite::Error>((covered, rows))
        })();
        let _ = conn.execute_batch("COMMIT");
        let (covered, rows) = read?;
        // The candidates of a file come one after the other (a file's rows
        // are written together, in story order); the stable sort by rank
        // keeps them in that order even if they did not.
        let mut runs: Vec<Vec<StoryRow>> = Vec::new();
        for row in rows {
            match runs.last_mut() {
                Some(run) if run[0].slot == row.slot => run.push(row),
                _ => runs.push(vec![row]),
            }
        }
        let mut hits = Vec::with_capacity(runs.len());
        for rows in runs {
            let c = &covered[rows[0].slot];
            if !lets(practice, c.practice) {
                continue;
            }
            let row = &self.folders[c.f].rows[c.i];
            let started = row.good.as_ref().expect("covered rows are good").started;
            let date = local_date(started, tz);
            hits.push((c.rank, rows.into_iter().map(|r| story(date, r)).collect()));
        }
        Ok(Some((covered, hits)))
    }

    /// A filter the story tables do not answer: the files with a candidate
    /// story (no text read: the decoded session is searched) have their
    /// summaries decoded and filtered. `None` when there are more candidate
    /// stories than half the files (or no word is long enough to narrow):
    /// decoding that many one by one is slower than reading every summary
    /// in file order.
    fn search_decoding(
        &mut self,
        filter: &Filter,
        searcher: &Searcher,
        tz: &TimeZone,
    ) -> rusqlite::Result<Option<(Vec<Covered>, Hits)>> {
        let conn = &self.db.conn;
        conn.execute_batch("BEGIN")?;
        let read = (|| -> rusqlite::Result<Option<(Vec<Covered>, Vec<usize>)>> {
            // Counted in the trigram index alone: when more than half of
            // the files may hold a hit, reading every summary in file order
            // is cheaper than reading them one by one.
            let (covered, slots) = self.coverage()?;
            let scope = slots.keys().copied();
            let Some(count) = stories::candidate_count(conn, searcher.words(), scope)? else {
                return Ok(None);
            };
            if count * 2 > covered.len() {
                return Ok(None);
            }
            let mut files = Vec::new();
            let mut taken = vec![false; covered.len()];
            let narrowed = stories::candidate_files(conn, searcher.words(), |file| {
                if let Some(&slot) = slots.get(&file)
                    && !std::mem::replace(&mut taken[slot], true)
                {
                    files.push(slot);
                }
            })?;
            Ok(narrowed.then_some((covered, files)))
        })();
        let _ = conn.execute_batch("COMMIT");
        let Some((covered, files)) = read? else {
            return Ok(None);
        };
        let mut hits = Vec::with_capacity(files.len());
        for slot in files {
            let c = &covered[slot];
            if let Some(l) = self.read(c.f, c.i)
                && filter.matches(&l.session, tz)
            {
                let found = searcher.hits(&l.session, tz);
                if !found.is_empty() {
                    hits.push((c.rank, found));
                }
            }
        }
        Ok(Some((covered, hits)))
    }

    /// The files of the scan that have story rows of the session their row
    /// names, by `file.id`.
    fn coverage(&self) -> rusqlite::Result<Coverage> {
        let mut covered = Vec::new();
        let mut slots = HashMap::new();
        for (f, folder) in self.folders.iter().enumerate() {
            stories::sessions(&self.db.conn, folder.id, |file, name, practice, id| {
                let Ok(i) = folder.rows.binary_search_by(|r| r.name.as_str().cmp(name)) else {
                    return;
                };
                let rank = self.rank[f][i];
                let of_row = folder.rows[i].good.as_ref().is_some_and(|g| g.id == id);
                if rank != usize::MAX && of_row {
                    slots.insert(file, covered.len());
                    covered.push(Covered {
                        f,
                        i,
                        rank,
                        practice,
                    });
                }
            })?;
        }
        Ok((covered, slots))
    }

    /// Searching every summary (the way before the story tables, and the
    /// way when the database fails).
    fn search_each(&mut self, filter: &Filter, searcher: &Searcher, tz: &TimeZone) -> Vec<Story> {
        let mut hits: Vec<(usize, Vec<Story>)> = Vec::new();
        self.visit(|rank, l| {
            if filter.matches(&l.session, tz) {
                let found = searcher.hits(&l.session, tz);
                if !found.is_empty() {
                    hits.push((rank, found));
                }
            }
        });
        hits.sort_by_key(|(rank, _)| *rank);
        hits.into_iter().flat_map(|(_, h)| h).collect()
    }
}

/// Whether `oefen:` lets a session through, by its practice flag (as
/// [`Filter::lets_practice`] decides from the session).
fn lets(practice: Practice, is_practice: bool) -> bool {
    match practice {
        Practice::Leave => !is_practice,
        Practice::Only => is_practice,
        Practice::All => true,
    }
}

/// A story row as the [`Story`] that [`crate::review::search`] gives.
fn story(date: jiff::civil::Date, row: StoryRow) -> Story {
    Story {
        session_id: row.session_id,
        date,
        group: row.group,
        case_id: row.case_id,
        case_title: row.case_title,
        step_index: row.step,
        step_id: row.step_id,
        step_title: row.step_title,
        kind: row.kind,
        text: row.text,
    }
}
