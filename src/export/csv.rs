//! CSV: one row per decision point, for a spreadsheet or a script.
//!
//! Columns (stable names, so scripts keep working whatever the interface
//! language): `session, date, group, case_id, case, step_id, step, decision,
//! themes, theme_ids, bottleneck, owner, status`. `themes` holds the labels
//! joined by `; `, `theme_ids` the `SET/THEME` references joined by a space;
//! `status` is `open`, `raised` or `resolved`, empty without a bottleneck.
//! Bottlenecks named in the closing belong to no decision point and appear in
//! the Markdown report and the register instead.
//!
//! Two dialects: `Standard` (comma, UTF-8, `\n`) for scripts, and `ExcelNl`
//! (semicolon, UTF-8 with a byte-order mark, `\r\n`) because Dutch Excel
//! splits on semicolons and needs the BOM to read UTF-8. In both a cell that
//! starts with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading
//! `'` ([`safe_text::csv_cell`]): a spreadsheet opens either dialect and would
//! otherwise run it as a formula (a decision written as "- bel de ouders"
//! shows as `#NAAM?`, and a crafted one could do worse).

use std::io::Write;

use ::csv::{Terminator, WriterBuilder};
use jiff::tz::TimeZone;

use crate::model::Session;
use crate::review::{session_date, step_title};
use crate::safe_text;

/// The CSV flavour.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Dialect {
    /// Comma, UTF-8, `\n`.
    #[default]
    Standard,
    /// Semicolon, UTF-8 with BOM, `\r\n`, formula-safe cells: opens right in Dutch Excel.
    ExcelNl,
}

/// The header row.
pub const COLUMNS: [&str; 13] = [
    "session",
    "date",
    "group",
    "case_id",
    "case",
    "step_id",
    "step",
    "decision",
    "themes",
    "theme_ids",
    "bottleneck",
    "owner",
    "status",
];

/// Writes the header and one row per decision point of each session, in the
/// order given; dates in the time zone `tz`.
pub fn write<W: Write>(
    sessions: &[&Session],
    dialect: Dialect,
    tz: &TimeZone,
    mut writer: W,
) -> ::csv::Result<()> {
    if dialect == Dialect::ExcelNl {
        writer.write_all("\u{feff}".as_bytes())?;
    }
    let mut csv = match dialect {
        Dialect::Standard => WriterBuilder::new().from_writer(writer),
        Dialect::ExcelNl => WriterBuilder::new()
            .delimiter(b';')
            .terminator(Terminator::CRLF)
            .from_writer(writer),
    };
    csv.write_record(COLUMNS)?;
    for s in sessions {
        let date = session_date(s, tz).to_string();
        for (i, record) in s.steps.iter().enumerate() {
            let labels: Vec<&str> = record
                .themes
                .iter()
                .map(|t| s.theme_label(t).unwrap_or(t))
                .collect();
            let bottleneck = s.step_bottleneck(i).map(|(_, b)| b);
            let row = [
                s.id.as_str(),
                &date,
                &s.group,
                &s.case.id,
                &s.case.title,
                &record.step,
                step_title(s, &record.step),
                &record.decision,
                &labels.join("; "),
                &record.themes.join(" "),
                bottleneck.map_or("", |b| b.text.as_str()),
                bottleneck.and_then(|b| b.owner.as_deref()).unwrap_or(""),
                bottleneck.map_or("", |b| b.status.key()),
            ];
            // Both dialects: a spreadsheet opens either, and runs a formula in either.
            csv.write_record(row.iter().map(|c| safe_text::csv_cell(c).into_owned()))?;
        }
    }
    csv.flush()?;
    Ok(())
}

/// The CSV as a string, for callers that write it to a file or a pipe at once.
pub fn to_string(sessions: &[&Session], dialect: Dialect, tz: &TimeZone) -> String {
    let mut bytes = Vec::new();
    write(sessions, dialect, tz, &mut bytes).expect("writing to memory does not fail");
    String::from_utf8(bytes).expect("every field is a Rust string, so UTF-8")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_decision_that_looks_like_a_formula_is_text_in_both_dialects() {
        let session = super::super::tests::session("=HYPERLINK(\"http://x\")");
        for dialect in [Dialect::Standard, Dialect::ExcelNl] {
            let out = to_string(&[&session], dialect, &jiff::tz::TimeZone::UTC);
            assert!(out.contains("'=HYPERLINK"), "{dialect:?}: {out}");
        }
    }

    #[test]
    fn no_sessions_still_give_a_header() {
        assert_eq!(
            to_string(&[], Dialect::Standard, &TimeZone::UTC),
            format!("{}\n", COLUMNS.join(","))
        );
    }
}
