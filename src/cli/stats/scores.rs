//! `casus stats --scores`: the QSR-style scores per indicator (by method and
//! indicator id): sessions, mean, lowest, highest and the share acceptable
//! (4 to 6), grouped by part; as tables, CSV or JSON. The counting is
//! [`crate::review::scores`]; this file only prints.

use std::path::PathBuf;
use std::process::ExitCode;

use jiff::tz::TimeZone;

use crate::export::csv::{self, Dialect};
use crate::i18n::{Lang, fill};
use crate::review::scores::{IndicatorCount, ScoreCounter, ScoreStats};
use crate::safe_text;
use crate::table::Table;

use super::super::{StatsArgs, StatsFormat, print, read};

/// `casus stats --scores [FILTER]`.
pub(in crate::cli) fn scores(
    dirs: &[PathBuf],
    lang: Lang,
    tz: &TimeZone,
    args: &StatsArgs,
) -> ExitCode {
    let (mut scan, filter) = match read::scan_filtered(dirs, lang, &args.filter) {
        Ok(x) => x,
        Err(code) => return code,
    };
    // One session at a time, as the theme counts.
    let mut counter = ScoreCounter::default();
    scan.visit(|rank, l| {
        if filter.matches(&l.session, tz) {
            counter.add(rank, &l.session);
        }
    });
    let stats = counter.finish();
    let unreadable = read::report(&scan);
    let code = match args.format {
        StatsFormat::Json => print(&format!("{:#}\n", serde_json::json!(stats))),
        StatsFormat::Csv if args.excel_nl => print(&csv_text(&stats, Dialect::ExcelNl)),
        StatsFormat::Csv => print(&csv_text(&stats, Dialect::Standard)),
        StatsFormat::Table => print(&table_text(&stats, lang)),
    };
    read::or_problem(code, unreadable)
}

/// A number with one decimal, with a comma where the reader expects one.
fn decimal(value: f64, comma: bool) -> String {
    let text = format!("{value:.1}");
    if comma { text.replace('.', ",") } else { text }
}

/// One row per indicator.
fn csv_text(stats: &ScoreStats, dialect: Dialect) -> String {
    let mut out = Vec::new();
    {
        let mut w = csv::writer_for(dialect, &mut out).expect("writing to memory does not fail");
        let head: [&str; 11] = match dialect {
            Dialect::Standard => [
                "method",
                "method_title",
                "part",
                "indicator",
                "label",
                "sessions",
                "mean",
                "min",
                "max",
                "acceptable",
                "share_acceptable",
            ],
            Dialect::ExcelNl => [
                "methode",
                "methode_titel",
                "deel",
                "indicator",
                "label",
                "sessies",
                "gemiddelde",
                "laagst",
                "hoogst",
                "aanvaardbaar",
                "aandeel_aanvaardbaar",
            ],
        };
        let _ = w.write_record(head);
        let comma = dialect == Dialect::ExcelNl;
        for c in &stats.indicators {
            let part = match dialect {
                Dialect::Standard => c.part.key().to_string(),
                Dialect::ExcelNl => Lang::Nl.review().scores.part(c.part).to_lowercase(),
            };
            let share = format!("{:.3}", c.share_acceptable);
            let row = [
                c.method.clone(),
                c.method_title.clone(),
                part,
                c.indicator.clone(),
                c.label.clone(),
                c.sessions.to_string(),
                decimal(c.mean, comma),
                c.min.to_string(),
                c.max.to_string(),
                c.acceptable.to_string(),
                if comma {
                    share.replace('.', ",")
                } else {
                    share
                },
            ];
            let _ = w.write_record(row.iter().map(|c| safe_text::csv_cell(c).into_owned()));
        }
        let _ = w.flush();
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// A heading, then a table per method and part.
fn table_text(stats: &ScoreStats, lang: Lang) -> String {
    let r = lang.review().scores;
    let mut out = fill(r.stats_heading, &[&r.n_sessions.of(stats.sessions)]);
    out.push('\n');
    if stats.indicators.is_empty() {
        out.push_str(r.stats_none);
        out.push('\n');
        return out;
    }
    out.push_str(r.scale);
    out.push('\n');
    for (_, title, part, rows) in stats.groups() {
        out.push_str(&format!(
            "\n{title} · {}: {}\n",
            r.part(part),
            r.question(part)
        ));
        let mut table = Table::new(vec![
            r.col_indicator,
            r.col_id,
            r.col_sessions,
            r.col_mean,
            r.col_min,
            r.col_max,
            r.col_acceptable,
        ]);
        for c in rows {
            table.row(row(c, lang));
        }
        out.push_str(&table.to_string());
    }
    out
}

/// `Veiligheid  veiligheid  3  4,0  2  6  67% (2/3)`.
fn row(c: &IndicatorCount, lang: Lang) -> Vec<String> {
    let share = (c.share_acceptable * 100.0).round();
    vec![
        c.label.clone(),
        c.indicator.clone(),
        c.sessions.to_string(),
        decimal(c.mean, lang == Lang::Nl),
        c.min.to_string(),
        c.max.to_string(),
        format!("{share}% ({}/{})", c.acceptable, c.sessions),
    ]
}
