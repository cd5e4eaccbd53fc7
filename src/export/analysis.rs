//! Analysis exports that BI tools read (DuckDB, Excel, Power BI): one long
//! table ([`long_csv`]) and a theme × quarter × group matrix
//! ([`matrix_csv`]), over the sessions that pass a filter; practice
//! sessions are left out ([`super::report::counts`]).
//!
//! Both count a theme by its live id: a tag with an id a theme `replaces`
//! is written under that theme ([`crate::review::renames`]), so the numbers
//! stay together after a rename or merge. The column names are stable (the
//! Dutch Excel dialect has Dutch ones); README.md documents them.

use std::collections::{BTreeMap, BTreeSet};

use jiff::tz::TimeZone;

use crate::export::csv::{Dialect, writer_for};
use crate::i18n::Lang;
use crate::model::{Session, split_theme_ref};
use crate::review::renames::Renames;
use crate::review::{Filter, Quarter, session_date, step_title};
use crate::safe_text;

use super::report::counts;

/// The long table's header (stable names).
pub const LONG_COLUMNS: [&str; 15] = [
    "session",
    "date",
    "group",
    "quarter",
    "case_id",
    "case",
    "row",
    "step_id",
    "step",
    "item_id",
    "theme_set",
    "theme_id",
    "theme",
    "level",
    "status",
];

/// The long table's header in the Dutch Excel dialect.
pub const LONG_COLUMNS_NL: [&str; 15] = [
    "sessie",
    "datum",
    "groep",
    "kwartaal",
    "casus_id",
    "casus",
    "soort",
    "beslismoment_id",
    "beslismoment",
    "item_id",
    "themaset",
    "thema_id",
    "thema",
    "niveau",
    "status",
];

/// The sessions counted, newest first (so the newest word on a rename wins).
fn counted<'a>(sessions: &[&'a Session], filter: &Filter, tz: &TimeZone) -> Vec<&'a Session> {
    let mut kept: Vec<&Session> = sessions
        .iter()
        .copied()
        .filter(|s| filter.matches(s, tz) && counts(s, filter))
        .collect();
    kept.sort_by(|a, b| b.started.cmp(&a.started).then(a.id.cmp(&b.id)));
    kept
}

/// A tag as `(set, live theme id, label)`.
fn resolve<'a>(
    session: &'a Session,
    renames: &'a Renames,
    reference: &'a str,
) -> (&'a str, &'a str, &'a str) {
    let (set, id) = split_theme_ref(reference).unwrap_or(("", reference));
    match renames.successor(set, id) {
        Some(next) => (set, next.id.as_str(), next.label.as_str()),
        None => (set, id, session.theme_label(reference).unwrap_or(id)),
    }
}

/// Each tag once, by its live id, in the order tagged.
fn tags<'a>(
    session: &'a Session,
    renames: &'a Renames,
    refs: &'a [String],
) -> Vec<(&'a str, &'a str, &'a str)> {
    let mut out: Vec<(&str, &str, &str)> = Vec::new();
    for r in refs {
        let t = resolve(session, renames, r);
        if !out.iter().any(|o| (o.0, o.1) == (t.0, t.1)) {
            out.push(t);
        }
    }
    out
}

/// One row per session × decision point × theme (a decision point without
/// themes: one row with the theme columns empty), then per knelpunt × theme
/// (likewise); sessions oldest first, dates and quarters in `tz`.
pub fn long_csv(sessions: &[&Session], filter: &Filter, dialect: Dialect, tz: &TimeZone) -> String {
    let mut kept = counted(sessions, filter, tz);
    let renames = Renames::of(&kept);
    kept.reverse();
    let nl = Lang::Nl.review().followup;
    let word = |key: &'static str, dutch: &'static str| match dialect {
        Dialect::Standard => key,
        Dialect::ExcelNl => dutch,
    };
    let mut bytes = Vec::new();
    {
        let mut csv = writer_for(dialect, &mut bytes).expect("writing to memory does not fail");
        let _ = csv.write_record(match dialect {
            Dialect::Standard => LONG_COLUMNS,
            Dialect::ExcelNl => LONG_COLUMNS_NL,
        });
        for s in kept {
            let date = session_date(s, tz).to_string();
            let quarter = Quarter::of(s, tz).to_string();
            let mut emit = |kind: &str,
                            step: &str,
                            item: &str,
                            tags: Vec<(&str, &str, &str)>,
                            level: &str,
                            status: &str| {
                let untagged = [("", "", "")];
                let tags: &[(&str, &str, &str)] = if tags.is_empty() { &untagged } else { &tags };
                for (set, id, label) in tags {
                    let row = [
                        s.id.as_str(),
                        &date,
                        s.group.trim(),
                        &quarter,
                        &s.case.id,
                        &s.case.title,
                        kind,
                        step,
                        if step.is_empty() {
                            ""
                        } else {
                            step_title(s, step)
                        },
                        item,
                        set,
                        id,
                        label,
                        level,
                        status,
                    ];
                    let _ =
                        csv.write_record(row.iter().map(|c| safe_text::csv_cell(c).into_owned()));
                }
            };
            for record in &s.steps {
                let tags = tags(s, &renames, &record.themes);
                emit(word("decision", "besluit"), &record.step, "", tags, "", "");
            }
            for b in s.bottlenecks.iter().filter(|b| !b.text.trim().is_empty()) {
                let level = b.level.map_or("", |l| match dialect {
                    Dialect::Standard => l.key(),
                    Dialect::ExcelNl => nl.level(l),
                });
                let status = match dialect {
                    Dialect::Standard => b.status.key(),
                    Dialect::ExcelNl => nl.status(b.status),
                };
                let tags = tags(s, &renames, &b.themes);
                let step = b.step.as_deref().unwrap_or("");
                emit(
                    word("bottleneck", "knelpunt"),
                    step,
                    &b.id,
                    tags,
                    level,
                    status,
                );
            }
        }
        let _ = csv.flush();
    }
    String::from_utf8(bytes).expect("every field is a Rust string, so UTF-8")
}

/// Per theme tagged at least once and per group (every group of the counted
/// sessions, zeros included), the decision points tagged with it in each
/// quarter from the first session's to the last's (quiet quarters as 0).
pub fn matrix_csv(
    sessions: &[&Session],
    filter: &Filter,
    dialect: Dialect,
    tz: &TimeZone,
) -> String {
    let kept = counted(sessions, filter, tz);
    let renames = Renames::of(&kept);
    // (set, theme) -> (label, order) from the newest session that has it.
    let mut themes: BTreeMap<(String, String), (String, usize)> = BTreeMap::new();
    let mut set_titles: BTreeMap<String, String> = BTreeMap::new();
    let mut cells: BTreeMap<(String, String, String, Quarter), usize> = BTreeMap::new();
    let mut groups: BTreeSet<String> = BTreeSet::new();
    let mut quarters: BTreeSet<Quarter> = BTreeSet::new();
    for s in &kept {
        let (group, quarter) = (s.group.trim().to_string(), Quarter::of(s, tz));
        groups.insert(group.clone());
        quarters.insert(quarter);
        for record in &s.steps {
            for (set, id, label) in tags(s, &renames, &record.themes) {
                let copy = s.theme_sets.iter().find(|t| t.id == set);
                let order = copy
                    .and_then(|c| c.themes.iter().position(|t| t.id == id))
                    .unwrap_or(usize::MAX);
                themes
                    .entry((set.into(), id.into()))
                    .or_insert((label.into(), order));
                set_titles
                    .entry(set.into())
                    .or_insert_with(|| copy.map_or(set, |c| c.title.as_str()).to_string());
                *cells
                    .entry((set.into(), id.into(), group.clone(), quarter))
                    .or_default() += 1;
            }
        }
    }
    let all: Vec<Quarter> = match (quarters.first(), quarters.last()) {
        (Some(&first), Some(&last)) => std::iter::successors(Some(first), |q| Some(q.next()))
            .take_while(|q| *q <= last)
            .collect(),
        _ => Vec::new(),
    };
    let mut order: Vec<_> = themes.iter().collect();
    order.sort_by(|(a, (_, oa)), (b, (_, ob))| (&a.0, oa, &a.1).cmp(&(&b.0, ob, &b.1)));
    let mut bytes = Vec::new();
    {
        let mut csv = writer_for(dialect, &mut bytes).expect("writing to memory does not fail");
        let mut head: Vec<String> = match dialect {
            Dialect::Standard => [
                "theme_set",
                "set_title",
                "theme_id",
                "theme",
                "group",
                "total",
            ],
            Dialect::ExcelNl => [
                "themaset",
                "set_titel",
                "thema_id",
                "thema",
                "groep",
                "totaal",
            ],
        }
        .map(String::from)
        .to_vec();
        head.extend(all.iter().map(Quarter::to_string));
        let _ = csv.write_record(&head);
        for ((set, id), (label, _)) in order {
            for group in &groups {
                let per: Vec<usize> = all
                    .iter()
                    .map(|q| {
                        cells
                            .get(&(set.clone(), id.clone(), group.clone(), *q))
                            .copied()
                            .unwrap_or(0)
                    })
                    .collect();
                let mut row = vec![
                    set.clone(),
                    set_titles.get(set).cloned().unwrap_or_default(),
                    id.clone(),
                    label.clone(),
                    group.clone(),
                    per.iter().sum::<usize>().to_string(),
                ];
                row.extend(per.iter().map(usize::to_string));
                let _ = csv.write_record(row.iter().map(|c| safe_text::csv_cell(c).into_owned()));
            }
        }
        let _ = csv.flush();
    }
    String::from_utf8(bytes).expect("every field is a Rust string, so UTF-8")
}
