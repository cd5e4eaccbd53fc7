//! The headless review commands: `casus list sessions`, `stats`, `search`
//! and `export`. Each reads the session folders with [`load_folders`], applies
//! the same [`Filter`] as the review screens and prints; the numbers come
//! from the same functions the screens use.
//!
//! Exit codes: 0 fine; 1 a data problem (the session asked for is missing,
//! an export cannot be written); 2 wrong usage (a bad filter token). Files
//! that cannot be read are listed on stderr as `path:line:col` but do not
//! change the exit code: the other sessions were still read.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use crate::export::{self, csv::Dialect};
use crate::i18n::{Lang, fill};
use crate::model::Session;
use crate::store::read_session;
use crate::table::Table;

pub use super::args::{ExportArgs, ExportFormat, SearchArgs, StatsArgs, StatsFormat};
use super::index::{Cache, Scan};
use super::load::{data_dirs, sessions_of};
use super::{Filter, Loaded, LoadedSession, StoryKind, load_folders, session_date};

/// `casus list sessions [FILTER...]`: a table (or JSON) of the matching sessions, newest first.
pub fn list_sessions(dirs: &[PathBuf], lang: Lang, filter: &[String], json: bool) -> ExitCode {
    let r = lang.review();
    let (mut scan, filter) = match scan_filtered(dirs, lang, filter) {
        Ok(x) => x,
        Err(code) => return code,
    };
    // Summaries are enough for the list; only the matching ones are kept.
    let mut matching: Vec<(usize, LoadedSession)> = Vec::new();
    scan.visit(|rank, l| {
        if filter.matches(&l.session) {
            matching.push((rank, l.clone()));
        }
    });
    report(&scan);
    matching.sort_by_key(|(rank, _)| *rank);
    let matching: Vec<LoadedSession> = matching.into_iter().map(|(_, l)| l).collect();
    if json {
        let items: Vec<_> = matching
            .iter()
            .map(|l| {
                let s = &l.session;
                serde_json::json!({
                    "id": s.id, "date": session_date(s), "started": s.started,
                    "updated": s.updated, "finished": s.finished, "group": s.group,
                    "case": {"id": s.case.id, "title": s.case.title},
                    "method": {"id": s.method.id, "title": s.method.title},
                    "decided": s.decided_steps(), "decision_points": s.steps.len(),
                    "themes": themes_of(s), "bottlenecks": s.bottlenecks.len(),
                    "path": l.path,
                })
            })
            .collect();
        return print(&format!("{:#}\n", serde_json::Value::Array(items)));
    }
    if matching.is_empty() {
        eprintln!("{}", r.no_sessions);
        return ExitCode::SUCCESS;
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
        table.row(vec![
            s.id.clone(),
            session_date(s).to_string(),
            s.group.clone(),
            s.case.title.clone(),
            s.method.title.clone(),
            format!("{}/{}", s.decided_steps(), s.steps.len()),
            short.join(", "),
        ]);
    }
    print(&table.to_string())
}

/// `casus stats`: theme counts per set, with quarters.
pub fn stats(dirs: &[PathBuf], lang: Lang, args: &StatsArgs) -> ExitCode {
    let r = lang.review();
    let (mut scan, filter) = match scan_filtered(dirs, lang, &args.filter) {
        Ok(x) => x,
        Err(code) => return code,
    };
    // One session at a time: counting 100,000 sessions holds only the counts.
    let stats = scan.stats(&filter);
    report(&scan);
    let quarters: Vec<String> = stats.quarters.iter().map(|q| q.to_string()).collect();
    match args.format {
        StatsFormat::Json => print(&format!("{:#}\n", serde_json::json!(stats))),
        StatsFormat::Csv => {
            let mut out = Vec::new();
            {
                let mut csv = ::csv::Writer::from_writer(&mut out);
                let mut head = vec!["set", "set_title", "theme", "label", "count"];
                head.extend(quarters.iter().map(String::as_str));
                let _ = csv.write_record(&head);
                for (set, t) in stats.themes() {
                    let mut row = vec![
                        set.id.clone(),
                        set.title.clone(),
                        t.reference.clone(),
                        t.label.clone(),
                        t.count.to_string(),
                    ];
                    row.extend(t.per_quarter.iter().map(|n| n.to_string()));
                    let _ = csv.write_record(&row);
                }
                let _ = csv.flush();
            }
            print(&String::from_utf8_lossy(&out))
        }
        StatsFormat::Table => {
            let mut out = fill(
                r.stats_heading,
                &[&stats.sessions, &stats.decided, &stats.decision_points],
            );
            out.push('\n');
            if stats.sets.is_empty() {
                out.push_str(r.no_themes);
                out.push('\n');
            }
            for set in &stats.sets {
                out.push_str(&format!(
                    "\n{}\n",
                    fill(r.set_total, &[&set.title, &set.count])
                ));
                let mut head = vec![r.md_theme, r.col_reference, r.md_count];
                head.extend(quarters.iter().map(String::as_str));
                let mut table = Table::new(head);
                for t in &set.themes {
                    let mut row = vec![t.label.clone(), t.reference.clone(), t.count.to_string()];
                    row.extend(t.per_quarter.iter().map(|n| n.to_string()));
                    table.row(row);
                }
                out.push_str(&table.to_string());
            }
            print(&out)
        }
    }
}

/// `casus search`: every matching decision and reflection, with where it was said.
pub fn search(dirs: &[PathBuf], lang: Lang, args: &SearchArgs) -> ExitCode {
    let r = lang.review();
    let (mut scan, filter) = match scan_filtered(dirs, lang, &args.filter) {
        Ok(x) => x,
        Err(code) => return code,
    };
    let hits = scan.search(&filter, &args.query);
    report(&scan);
    if hits.is_empty() {
        eprintln!("{}", fill(r.search_none, &[&args.query]));
        return ExitCode::SUCCESS;
    }
    let mut out = String::new();
    for hit in &hits {
        let kind = match &hit.kind {
            StoryKind::Decision => r.kind_decision.to_string(),
            StoryKind::Reflection { author: Some(a) } => format!("{} ({a})", r.kind_reflection),
            StoryKind::Reflection { author: None } => r.kind_reflection.to_string(),
        };
        out.push_str(&format!(
            "{} · {} · {} › {} · {kind} [{}]\n",
            hit.date, hit.group, hit.case_title, hit.step_title, hit.session_id
        ));
        for line in hit.text.trim().lines() {
            out.push_str(&format!("    {line}\n"));
        }
        out.push('\n');
    }
    out.push_str(&fill(r.search_count, &[&hits.len()]));
    out.push('\n');
    print(&out)
}

/// `casus export`: Markdown or CSV of one session or a filtered set.
pub fn export(dirs: &[PathBuf], lang: Lang, args: &ExportArgs) -> ExitCode {
    let r = lang.review();
    let from_extension = args
        .output
        .as_deref()
        .and_then(|p| p.extension())
        .is_some_and(|e| e.eq_ignore_ascii_case("csv"));
    let format = args.format.unwrap_or(if from_extension {
        ExportFormat::Csv
    } else {
        ExportFormat::Md
    });
    if args.excel_nl && format == ExportFormat::Md {
        return usage(r.export_excel_md);
    }
    let dialect = if args.excel_nl {
        Dialect::ExcelNl
    } else {
        Dialect::Standard
    };
    // Nothing leaves casus with a BSN in it; other personal data is named before it is written.
    let guarded = if args.all {
        let (loaded, filter) = match load_filtered(dirs, lang, &args.args) {
            Ok(x) => x,
            Err(code) => return code,
        };
        let sessions = sessions_of(&loaded.matching(&filter));
        let text = match format {
            ExportFormat::Md => export::markdown::set_report(&sessions, filter.source(), lang),
            ExportFormat::Csv => export::csv::to_string(&sessions, dialect),
        };
        export::guard(&text, &sessions)
    } else {
        let session = match args.args.as_slice() {
            [] => return usage(r.export_needs_session),
            [one] => match find_session(dirs, lang, one) {
                Ok(s) => s,
                Err(code) => return code,
            },
            _ => return usage(r.export_one_session),
        };
        let text = match format {
            ExportFormat::Md => export::markdown::session_report(&session, lang),
            ExportFormat::Csv => export::csv::to_string(&[&session], dialect),
        };
        export::guard(&text, &[&session])
    };
    let shown = args
        .output
        .as_ref()
        .map_or("-".to_string(), |p| p.display().to_string());
    for (kind, found) in &guarded.findings {
        let at = guarded.text.find(found.as_str()).unwrap_or(0);
        let (line, col) = crate::library::line_col(&guarded.text, at);
        eprintln!(
            "{}",
            fill(r.export_personal_data, &[&shown, &line, &col, &kind.key()])
        );
    }
    let text = guarded.text;
    match &args.output {
        None => print(&text),
        Some(path) => match export::write_file(path, text.as_bytes()) {
            Ok(()) => {
                eprintln!("{}", fill(r.export_written, &[&path.display()]));
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("{}", fill(r.export_write_failed, &[&path.display(), &e]));
                ExitCode::from(1)
            }
        },
    }
}

/// A session by file path, exact id or unique id prefix.
fn find_session(dirs: &[PathBuf], lang: Lang, wanted: &str) -> Result<Session, ExitCode> {
    let r = lang.review();
    let as_path = Path::new(wanted);
    if wanted.ends_with(".ron") || as_path.is_file() {
        return read_session(as_path).map_err(|d| {
            eprintln!("{d}");
            ExitCode::from(1)
        });
    }
    let loaded = load_reported(dirs, lang);
    if let Some(l) = loaded.sessions.iter().find(|l| l.session.id == wanted) {
        return Ok(l.session.clone());
    }
    let candidates: Vec<&Session> = loaded
        .sessions
        .iter()
        .map(|l| &l.session)
        .filter(|s| s.id.starts_with(wanted))
        .collect();
    match candidates.as_slice() {
        [one] => Ok((*one).clone()),
        [] => {
            eprintln!("{}", fill(r.export_not_found, &[&wanted]));
            Err(ExitCode::from(1))
        }
        many => {
            let ids: Vec<&str> = many.iter().map(|s| s.id.as_str()).collect();
            Err(usage(&fill(
                r.export_ambiguous,
                &[&wanted, &ids.join(", ")],
            )))
        }
    }
}

/// Reads the folders and parses the filter; a bad filter is a usage error (2).
fn load_filtered(
    dirs: &[PathBuf],
    lang: Lang,
    filter: &[String],
) -> Result<(Loaded, Filter), ExitCode> {
    let filter = Filter::parse(&join_args(filter)).map_err(|e| usage(&e.message(lang)))?;
    Ok((load_reported(dirs, lang), filter))
}

/// Reads the folders through their summary index ([`super::index`]) and
/// parses the filter; a bad filter is a usage error (2), found before any reading.
fn scan_filtered(
    dirs: &[PathBuf],
    lang: Lang,
    filter: &[String],
) -> Result<(Scan, Filter), ExitCode> {
    let filter = Filter::parse(&join_args(filter)).map_err(|e| usage(&e.message(lang)))?;
    Ok((
        Scan::open(&data_dirs(dirs), lang, &Cache::from_env()),
        filter,
    ))
}

/// Lists unreadable files and notes on stderr, as [`load_reported`] does.
fn report(scan: &Scan) {
    for problem in &scan.problems {
        eprintln!("{problem}");
    }
    for note in &scan.notes {
        eprintln!("{note}");
    }
}

/// Reads the folders, listing unreadable files and notes on stderr.
fn load_reported(dirs: &[PathBuf], lang: Lang) -> Loaded {
    let loaded = load_folders(&data_dirs(dirs), lang);
    for problem in &loaded.problems {
        eprintln!("{problem}");
    }
    for note in &loaded.notes {
        eprintln!("{note}");
    }
    loaded
}

/// Joins command-line words into one filter line. The shell has already
/// removed quotes, so a word that holds a space is quoted again:
/// `group:"team noord"` arrives as `group:team noord` and must stay one token.
pub fn join_args(args: &[String]) -> String {
    let quoted: Vec<String> = args
        .iter()
        .map(|a| {
            if !a.contains(char::is_whitespace) || a.contains('"') {
                return a.clone();
            }
            match a.split_once(':') {
                Some((key, value)) if !key.is_empty() && key.chars().all(char::is_alphabetic) => {
                    format!("{key}:\"{value}\"")
                }
                _ => format!("\"{a}\""),
            }
        })
        .collect();
    quoted.join(" ")
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

fn usage(message: &str) -> ExitCode {
    eprintln!("{message}");
    ExitCode::from(2)
}

fn print(text: &str) -> ExitCode {
    let mut stdout = std::io::stdout().lock();
    // A closed pipe (`casus stats | head`) is not an error worth a message.
    let _ = stdout.write_all(text.as_bytes());
    let _ = stdout.flush();
    ExitCode::SUCCESS
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_with_spaces_are_quoted_again_after_the_shell() {
        let args = ["group:team noord", "since:2026", "eerste lijn"].map(String::from);
        assert_eq!(
            join_args(&args),
            r#"group:"team noord" since:2026 "eerste lijn""#
        );
    }
}
