//! `casus list bottlenecks|actions [FILTER] [--format table|csv|json]`
//! (also `knelpunten`, `acties`): the register as a list, with every field.
//!
//! JSON and standard CSV carry the model's stable keys (`raised`,
//! `municipality`, `done`) under English field names; `--excel-nl` writes
//! Dutch headers and words for Dutch Excel. Practice sessions are left out
//! unless the filter asks for them (`oefen:ja`, `oefen:alles`).

use std::path::PathBuf;
use std::process::ExitCode;

use jiff::Timestamp;
use jiff::tz::TimeZone;
use serde_json::json;

use crate::export::csv::{self, Dialect};
use crate::i18n::Lang;
use crate::review::{ActionRow, LoadedSession, RegisterRow, actions, local_date, register};
use crate::safe_text;
use crate::table::Table;

use super::{ListFormat, print, read, usage};

/// Which of the two lists.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Kind {
    /// The knelpunten.
    Bottlenecks,
    /// The actions.
    Actions,
}

/// Runs `casus list bottlenecks|actions`.
pub(super) fn list(
    dirs: &[PathBuf],
    lang: Lang,
    tz: &TimeZone,
    kind: Kind,
    words: &[String],
    format: ListFormat,
    excel_nl: bool,
) -> ExitCode {
    let r = lang.review();
    if excel_nl && !matches!(format, ListFormat::Csv) {
        return usage(r.export_excel_md);
    }
    let (mut scan, filter) = match read::scan_filtered(dirs, lang, words) {
        Ok(x) => x,
        Err(code) => return code,
    };
    let mut matching: Vec<(usize, LoadedSession)> = Vec::new();
    scan.visit(|rank, l| {
        if filter.matches(&l.session, tz) {
            matching.push((rank, l.clone()));
        }
    });
    let unreadable = read::report(&scan);
    matching.sort_by_key(|(rank, _)| *rank);
    let sessions: Vec<LoadedSession> = matching.into_iter().map(|(_, l)| l).collect();
    // The one reading of the clock: ages are counted to today, where casus runs.
    let today = local_date(Timestamp::now(), tz);
    let dialect = if excel_nl {
        Dialect::ExcelNl
    } else {
        Dialect::Standard
    };
    let out = match kind {
        Kind::Bottlenecks => {
            let rows = register(&sessions, &filter, tz, today);
            match format {
                ListFormat::Json => json_bottlenecks(&rows),
                ListFormat::Csv => csv_out(bottleneck_cells(&rows, words_of(dialect)), dialect),
                ListFormat::Table if rows.is_empty() => {
                    super::warn(r.register.no_bottlenecks);
                    String::new()
                }
                ListFormat::Table => table_out(bottleneck_cells(&rows, Some(lang))),
            }
        }
        Kind::Actions => {
            let rows = actions(&sessions, &filter, tz, today);
            match format {
                ListFormat::Json => json_actions(&rows),
                ListFormat::Csv => csv_out(action_cells(&rows, words_of(dialect)), dialect),
                ListFormat::Table if rows.is_empty() => {
                    super::warn(r.register.no_actions);
                    String::new()
                }
                ListFormat::Table => table_out(action_cells(&rows, Some(lang))),
            }
        }
    };
    let code = print(&out);
    read::or_problem(code, unreadable)
}

/// A header and rows of cells, for CSV and the table.
struct Cells {
    head: Vec<&'static str>,
    rows: Vec<Vec<String>>,
}

fn date(d: Option<jiff::civil::Date>) -> String {
    d.map(|d| d.to_string()).unwrap_or_default()
}

/// Standard CSV carries keys (`None`); Dutch Excel Dutch words.
fn words_of(dialect: Dialect) -> Option<Lang> {
    match dialect {
        Dialect::Standard => None,
        Dialect::ExcelNl => Some(Lang::Nl),
    }
}

/// The cells of the knelpunten: with `words` `None` the stable keys under
/// English field names (CSV, as JSON has them), else headers and words in
/// that language (the table, Dutch Excel).
fn bottleneck_cells(rows: &[RegisterRow], words: Option<Lang>) -> Cells {
    let keys = words.is_none();
    let lang = words.unwrap_or(Lang::En);
    let w = lang.review();
    let c = w.register;
    let head = if keys {
        vec![
            "session",
            "id",
            "date",
            "group",
            "case",
            "step",
            "text",
            "level",
            "themes",
            "owner",
            "due",
            "status",
            "changed",
            "answer",
            "links",
            "votes",
            "age_days",
            "stale",
            "signal",
            "signal_sessions",
        ]
    } else {
        vec![
            c.col_session,
            c.col_item,
            c.col_date,
            c.col_group,
            c.col_case,
            c.col_step,
            c.col_bottleneck,
            c.col_level,
            c.col_themes,
            c.col_owner,
            c.col_due,
            c.col_status,
            c.col_changed,
            c.col_answer,
            c.col_links,
            c.col_votes,
            c.col_age,
            c.stale,
            c.col_signal_no,
            c.col_signal,
        ]
    };
    let rows = rows
        .iter()
        .map(|r| {
            vec![
                r.session_id.clone(),
                r.id.clone(),
                r.date.to_string(),
                r.group.clone(),
                r.case_title.clone(),
                r.step_title.clone().unwrap_or_default(),
                r.text.clone(),
                r.level
                    .map(|l| if keys { l.key() } else { w.followup.level(l) })
                    .unwrap_or_default()
                    .to_string(),
                r.themes.join(" | "),
                r.owner.clone().unwrap_or_default(),
                date(r.due),
                if keys {
                    r.status.key()
                } else {
                    w.followup.status(r.status)
                }
                .to_string(),
                date(r.changed),
                r.answer.clone(),
                r.links.join(" | "),
                r.votes.to_string(),
                r.age.to_string(),
                yes_no(r.stale, words),
                r.signal.to_string(),
                r.signal_sessions.join(" | "),
            ]
        })
        .collect();
    Cells { head, rows }
}

/// The cells of the actions (see [`bottleneck_cells`]).
fn action_cells(rows: &[ActionRow], words: Option<Lang>) -> Cells {
    let keys = words.is_none();
    let lang = words.unwrap_or(Lang::En);
    let w = lang.review();
    let c = w.register;
    let head = if keys {
        vec![
            "session", "id", "date", "group", "case", "text", "owner", "due", "status", "changed",
            "votes", "age_days", "stale",
        ]
    } else {
        vec![
            c.col_session,
            c.col_item,
            c.col_date,
            c.col_group,
            c.col_case,
            c.col_action,
            c.col_owner,
            c.col_due,
            c.col_status,
            c.col_changed,
            c.col_votes,
            c.col_age,
            c.stale,
        ]
    };
    let rows = rows
        .iter()
        .map(|r| {
            vec![
                r.session_id.clone(),
                r.id.clone(),
                r.date.to_string(),
                r.group.clone(),
                r.case_title.clone(),
                r.text.clone(),
                r.owner.clone().unwrap_or_default(),
                date(r.due),
                if keys {
                    r.status.key()
                } else {
                    w.followup.action_status(r.status)
                }
                .to_string(),
                date(r.changed),
                r.votes.to_string(),
                r.age.to_string(),
                yes_no(r.stale, words),
            ]
        })
        .collect();
    Cells { head, rows }
}

/// `true`/`false` as keys; in words a yes, or nothing.
fn yes_no(value: bool, words: Option<Lang>) -> String {
    match (words, value) {
        (None, v) => v.to_string(),
        (Some(_), false) => String::new(),
        (Some(lang), true) => lang.review().register.yes.to_string(),
    }
}

fn csv_out(cells: Cells, dialect: Dialect) -> String {
    let mut out = Vec::new();
    {
        let mut w = csv::writer_for(dialect, &mut out).expect("writing to memory does not fail");
        let _ = w.write_record(&cells.head);
        for row in &cells.rows {
            let _ = w.write_record(row.iter().map(|c| safe_text::csv_cell(c).into_owned()));
        }
        let _ = w.flush();
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn table_out(cells: Cells) -> String {
    let mut table = Table::new(cells.head);
    for row in cells.rows {
        table.row(row);
    }
    table.to_string()
}

fn json_bottlenecks(rows: &[RegisterRow]) -> String {
    let items: Vec<_> = rows
        .iter()
        .map(|r| {
            json!({
                "session": r.session_id, "id": r.id, "date": r.date, "group": r.group,
                "case": r.case_title,
                "step": r.step_id.as_ref().map(|id| json!({"id": id, "title": r.step_title})),
                "text": r.text, "level": r.level.map(|l| l.key()), "themes": r.themes,
                "owner": r.owner, "due": r.due, "status": r.status.key(), "changed": r.changed,
                "answer": r.answer, "links": r.links, "votes": r.votes, "age_days": r.age,
                "stale": r.stale, "signal": r.signal, "signal_sessions": r.signal_sessions,
                "path": r.path,
            })
        })
        .collect();
    format!("{:#}\n", serde_json::Value::Array(items))
}

fn json_actions(rows: &[ActionRow]) -> String {
    let items: Vec<_> = rows
        .iter()
        .map(|r| {
            json!({
                "session": r.session_id, "id": r.id, "date": r.date, "group": r.group,
                "case": r.case_title, "text": r.text, "owner": r.owner, "due": r.due,
                "status": r.status.key(), "changed": r.changed, "votes": r.votes,
                "age_days": r.age, "stale": r.stale, "path": r.path,
            })
        })
        .collect();
    format!("{:#}\n", serde_json::Value::Array(items))
}
