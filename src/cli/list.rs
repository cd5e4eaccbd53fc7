//! `casus list`: the library's cases, theme sets and methods, or the
//! sessions in the data folders (filtered, newest first).

use std::path::PathBuf;
use std::process::ExitCode;

use jiff::tz::TimeZone;

use crate::i18n::Lang;
use crate::model::Session;
use crate::review::{LoadedSession, session_date};
use crate::table::Table;

use super::{Context, ListFormat, ListWhat, print, read};

/// `casus list sessions [FILTER...]`: a table (or JSON) of the matching sessions, newest first.
pub(super) fn sessions(
    dirs: &[PathBuf],
    lang: Lang,
    tz: &TimeZone,
    filter: &[String],
    json: bool,
) -> ExitCode {
    let r = lang.review();
    let (mut scan, filter) = match read::scan_filtered(dirs, lang, filter) {
        Ok(x) => x,
        Err(code) => return code,
    };
    // Practice sessions are listed too (marked), unless `oefen:` says otherwise.
    let filter = filter.listing();
    // Summaries are enough for the list; only the matching ones are kept.
    let mut matching: Vec<(usize, LoadedSession)> = Vec::new();
    scan.visit(|rank, l| {
        if filter.matches(&l.session, tz) {
            matching.push((rank, l.clone()));
        }
    });
    let unreadable = read::report(&scan);
    // Both always reported: `|`, not `||`.
    let conflicted = report_conflicts(dirs, lang) | unreadable;
    matching.sort_by_key(|(rank, _)| *rank);
    let matching: Vec<LoadedSession> = matching.into_iter().map(|(_, l)| l).collect();
    if json {
        let items: Vec<_> = matching
            .iter()
            .map(|l| {
                let s = &l.session;
                serde_json::json!({
                    "id": s.id, "date": session_date(s, tz), "started": s.started,
                    "updated": s.updated, "finished": s.finished, "group": s.group,
                    "case": {"id": s.case.id, "title": s.case.title},
                    "method": {"id": s.method.id, "title": s.method.title},
                    "decided": s.decided_steps(), "decision_points": s.steps.len(),
                    "themes": themes_of(s), "bottlenecks": s.bottlenecks.len(),
                    "practice": s.practice, "path": l.path,
                })
            })
            .collect();
        let code = print(&format!("{:#}\n", serde_json::Value::Array(items)));
        return if conflicted { ExitCode::from(1) } else { code };
    }
    if matching.is_empty() {
        super::warn(r.no_sessions);
        return if conflicted {
            ExitCode::from(1)
        } else {
            ExitCode::SUCCESS
        };
    }
    let mut table = Table::new(vec![
        r.col_id,
        r.col_date,
        r.col_group,
        r.col_case,
        r.col_method,
        r.col_decided,
        r.col_themes,
    ]);
    for l in &matching {
        let s = &l.session;
        let short: Vec<&str> = themes_of(s)
            .into_iter()
            .map(|t| t.split_once('/').map_or(t, |(_, id)| id))
            .collect();
        let group = if s.practice {
            format!("{} ({})", s.group, lang.strings().terugblik.practice_badge)
        } else {
            s.group.clone()
        };
        table.row(vec![
            s.id.clone(),
            session_date(s, tz).to_string(),
            group,
            s.case.title.clone(),
            s.method.title.clone(),
            format!("{}/{}", s.decided_steps(), s.steps.len()),
            short.join(", "),
        ]);
    }
    let code = print(&table.to_string());
    if conflicted { ExitCode::from(1) } else { code }
}

/// Names, on stderr, every session that is in more than one file of a
/// sessions folder (a sync tool's conflict copy, or casus's own when a save
/// found the file changed); `true` when there was one. That is a problem in
/// the user's files (DESIGN: exit code 1), though every session is listed.
fn report_conflicts(dirs: &[PathBuf], lang: Lang) -> bool {
    let r = lang.review();
    let mut any = false;
    for dir in crate::dirs::data_dirs(dirs) {
        for c in crate::store::conflict::conflicts(&dir.join("sessions")) {
            any = true;
            let line =
                crate::i18n::fill(r.conflict_files, &[&c.id, &c.files.len(), &c.files_shown()]);
            super::warn(&format!("casus: {line}"));
        }
    }
    any
}

/// `casus list cases|themes|methods`: a table (or JSON) of the loaded library.
pub(super) fn library(ctx: &Context, what: ListWhat, format: ListFormat) -> ExitCode {
    let s = ctx.lang.strings();
    let lib = &ctx.library;
    let (headers, rows, json): (Vec<&str>, Vec<Vec<String>>, serde_json::Value) = match what {
        ListWhat::Cases => (
            vec![s.col_id, s.col_title, s.col_steps, s.col_source],
            lib.cases
                .iter()
                .map(|e| vec![e.item.id.clone(), e.item.title.clone(), e.item.steps.len().to_string(), e.path.clone()])
                .collect(),
            serde_json::json!(lib.cases.iter().map(|e| serde_json::json!({
                "id": e.item.id, "title": e.item.title, "summary": e.item.summary,
                "steps": e.item.steps.len(), "tags": e.item.tags, "path": e.path,
            })).collect::<Vec<_>>()),
        ),
        ListWhat::Themes => (
            vec![s.col_id, s.col_title, s.col_themes, s.col_source],
            lib.theme_sets
                .iter()
                .map(|e| vec![e.item.id.clone(), e.item.title.clone(), e.item.themes.len().to_string(), e.path.clone()])
                .collect(),
            serde_json::json!(lib.theme_sets.iter().map(|e| serde_json::json!({
                "id": e.item.id, "title": e.item.title, "themes": e.item.themes.len(),
                "theme_ids": e.item.themes.iter().map(|t| t.id.as_str()).collect::<Vec<_>>(), "path": e.path,
            })).collect::<Vec<_>>()),
        ),
        ListWhat::Methods => (
            vec![s.col_id, s.col_title, s.col_phases, s.col_minutes, s.col_source],
            lib.methods
                .iter()
                .map(|e| {
                    let minutes: u32 = e.item.phases.iter().map(|p| p.minutes).sum();
                    vec![e.item.id.clone(), e.item.title.clone(), e.item.phases.len().to_string(), minutes.to_string(), e.path.clone()]
                })
                .collect(),
            serde_json::json!(lib.methods.iter().map(|e| serde_json::json!({
                "id": e.item.id, "title": e.item.title, "phases": e.item.phases.len(),
                "minutes": e.item.phases.iter().map(|p| p.minutes).sum::<u32>(), "path": e.path,
            })).collect::<Vec<_>>()),
        ),
        ListWhat::Sessions | ListWhat::Bottlenecks | ListWhat::Actions => {
            unreachable!("run routes the lists of sessions and their items elsewhere")
        }
    };
    let out = match format {
        ListFormat::Table => {
            let mut table = Table::new(headers);
            for row in rows {
                table.row(row);
            }
            table.to_string()
        }
        ListFormat::Json => format!("{json:#}\n"),
        ListFormat::Csv => unreachable!("run refuses --format csv for the library"),
    };
    print(&out)
}

/// The distinct `SET/THEME` tags of a session, in first-tagged order.
fn themes_of(session: &Session) -> Vec<&str> {
    let mut out: Vec<&str> = Vec::new();
    for t in session.steps.iter().flat_map(|s| &s.themes) {
        if !out.contains(&t.as_str()) {
            out.push(t);
        }
    }
    out
}
