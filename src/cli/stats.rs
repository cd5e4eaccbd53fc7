//! `casus stats`: theme counts per theme set, with a column per quarter,
//! as tables, CSV or JSON.

use std::path::PathBuf;
use std::process::ExitCode;

use jiff::tz::TimeZone;

use crate::export::csv::{self, Dialect};
use crate::i18n::{Lang, fill};
use crate::safe_text;
use crate::table::Table;

use super::{StatsArgs, StatsFormat, print, read};

mod scores;

/// `casus stats`: theme counts per set, with quarters (`--scores`: the scores per indicator).
pub(super) fn stats(dirs: &[PathBuf], lang: Lang, tz: &TimeZone, args: &StatsArgs) -> ExitCode {
    if args.scores {
        return scores::scores(dirs, lang, tz, args);
    }
    let r = lang.review();
    let (mut scan, filter) = match read::scan_filtered(dirs, lang, &args.filter) {
        Ok(x) => x,
        Err(code) => return code,
    };
    // One session at a time: counting 100,000 sessions holds only the counts.
    let stats = scan.stats(&filter, tz);
    let unreadable = read::report(&scan);
    let quarters: Vec<String> = stats.quarters.iter().map(|q| q.to_string()).collect();
    let code = match args.format {
        StatsFormat::Json => print(&format!("{:#}\n", serde_json::json!(stats))),
        StatsFormat::Csv => {
            let dialect = if args.excel_nl {
                Dialect::ExcelNl
            } else {
                Dialect::Standard
            };
            let mut out = Vec::new();
            {
                let mut csv =
                    csv::writer_for(dialect, &mut out).expect("writing to memory does not fail");
                let mut head: Vec<&str> = match dialect {
                    Dialect::Standard => vec!["set", "set_title", "theme", "label", "count"],
                    Dialect::ExcelNl => vec!["set", "set_titel", "thema", "label", "aantal"],
                };
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
                    let _ =
                        csv.write_record(row.iter().map(|c| safe_text::csv_cell(c).into_owned()));
                }
                let _ = csv.flush();
            }
            print(&String::from_utf8_lossy(&out))
        }
        StatsFormat::Table => {
            let mut out = r.stats_heading(stats.sessions, stats.decided, stats.decision_points);
            out.push('\n');
            if let Some(line) = stats.positions.line(r) {
                out.push_str(&line);
                out.push('\n');
            }
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
    };
    read::or_problem(code, unreadable)
}
