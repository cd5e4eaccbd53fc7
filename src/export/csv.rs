//! CSV: one row per item of each session, for a spreadsheet or a script.
//!
//! Everything the group committed is here, as the Markdown report has it:
//! a `kind` column says what a row holds.
//!
//! | kind | one row per | `step_id`, `step` | `text` | `person` | `themes`, `theme_ids` | `status` |
//! |---|---|---|---|---|---|---|
//! | `decision` | decision point (decided or not) | the decision point | the decision | | its themes | |
//! | `theme` | theme tagged on a decision point | the decision point | the theme's label | | that theme | |
//! | `position` | participant's position before the reveal | its decision point | the option chosen, or own words | the participant | | `option`, `own` |
//! | `reflection` | reflection | its decision point | the reflection | its author | | |
//! | `bottleneck` | knelpunt | its decision point, if any | the knelpunt | its owner | | `open`, `raised`, `resolved` |
//! | `note` | phase with notes | the phase | the group's notes | | | |
//! | `lesson` | session with lessons | | the lessons | | | |
//! | `action` | action | | the action | its owner | | |
//!
//! Two more columns at the end (added with session schema version 3, so
//! scripts that read by name keep working): `votes`, the dot-votes of a
//! knelpunt or action (which are listed most dots first), and `reason`, the
//! reason a participant gave for a position.
//!
//! The columns of [`COLUMNS`] are stable names, so scripts keep working
//! whatever the interface language: `themes` holds labels joined by `; `,
//! `theme_ids` the `SET/THEME` references joined by a space. Facilitator notes,
//! unrevealed outcomes and drafts are never written (as in Markdown).
//!
//! Two dialects: `Standard` (comma, UTF-8, `\n`) for scripts, and `ExcelNl`
//! (semicolon, UTF-8 with a byte-order mark, `\r\n`) because Dutch Excel
//! splits on semicolons and needs the BOM to read UTF-8; its header, kinds and
//! statuses are Dutch ([`COLUMNS_NL`]), as its readers are. In both a cell that
//! starts with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading
//! `'` ([`safe_text::csv_cell`]): a spreadsheet opens either dialect and would
//! otherwise run it as a formula (a decision written as "- bel de ouders"
//! shows as `#NAAM?`, and a crafted one could do worse).

use std::io::Write;

use ::csv::{Terminator, WriterBuilder};
use jiff::tz::TimeZone;

use crate::model::{BottleneckStatus, Session};
use crate::review::{session_date, step_title};
use crate::safe_text;

/// The CSV flavour.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Dialect {
    /// Comma, UTF-8, `\n`.
    #[default]
    Standard,
    /// Semicolon, UTF-8 with BOM, `\r\n`, Dutch header: opens right in Dutch Excel.
    ExcelNl,
}

/// The header row (stable names).
pub const COLUMNS: [&str; 15] = [
    "session",
    "date",
    "group",
    "case_id",
    "case",
    "kind",
    "step_id",
    "step",
    "text",
    "person",
    "themes",
    "theme_ids",
    "status",
    "votes",
    "reason",
];

/// The header row of the Dutch Excel dialect, column for column.
pub const COLUMNS_NL: [&str; 15] = [
    "sessie",
    "datum",
    "groep",
    "casus_id",
    "casus",
    "soort",
    "beslismoment_id",
    "beslismoment",
    "tekst",
    "persoon",
    "themas",
    "thema_ids",
    "status",
    "stemmen",
    "reden",
];

/// What a row holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// The group's decision at a decision point.
    Decision,
    /// One theme tagged on a decision point.
    Theme,
    /// A participant's position before the reveal.
    Position,
    /// A reflection.
    Reflection,
    /// A knelpunt.
    Bottleneck,
    /// A phase's notes.
    Note,
    /// The lessons of the closing.
    Lesson,
    /// An action of the closing.
    Action,
}

impl Kind {
    /// The `kind` cell in this dialect.
    pub fn cell(self, dialect: Dialect) -> &'static str {
        let (standard, nl) = match self {
            Kind::Decision => ("decision", "besluit"),
            Kind::Theme => ("theme", "thema"),
            Kind::Position => ("position", "standpunt"),
            Kind::Reflection => ("reflection", "reflectie"),
            Kind::Bottleneck => ("bottleneck", "knelpunt"),
            Kind::Note => ("note", "aantekening"),
            Kind::Lesson => ("lesson", "les"),
            Kind::Action => ("action", "actie"),
        };
        match dialect {
            Dialect::Standard => standard,
            Dialect::ExcelNl => nl,
        }
    }
}

fn status_cell(status: BottleneckStatus, dialect: Dialect) -> &'static str {
    match (dialect, status) {
        (Dialect::Standard, _) => status.key(),
        (Dialect::ExcelNl, status) => crate::i18n::Lang::Nl.review().followup.status(status),
    }
}

fn position_cell(own: bool, dialect: Dialect) -> &'static str {
    match (dialect, own) {
        (Dialect::Standard, false) => "option",
        (Dialect::Standard, true) => "own",
        (Dialect::ExcelNl, false) => "optie",
        (Dialect::ExcelNl, true) => "eigen",
    }
}

/// One row after the session's own columns.
struct Item<'a> {
    kind: Kind,
    step: (&'a str, &'a str),
    text: &'a str,
    person: &'a str,
    themes: String,
    theme_ids: String,
    status: &'a str,
    votes: String,
    reason: &'a str,
}

/// Every item of one session, in the order of the Markdown report.
fn items<'a>(s: &'a Session, dialect: Dialect) -> Vec<Item<'a>> {
    let item = |kind, step, text| Item {
        kind,
        step,
        text,
        person: "",
        themes: String::new(),
        theme_ids: String::new(),
        status: "",
        votes: String::new(),
        reason: "",
    };
    let mut out = Vec::new();
    for record in &s.steps {
        let step = (record.step.as_str(), step_title(s, &record.step));
        let label = |t: &'a String| s.theme_label(t).unwrap_or(t);
        out.push(Item {
            themes: record
                .themes
                .iter()
                .map(label)
                .collect::<Vec<_>>()
                .join("; "),
            theme_ids: record.themes.join(" "),
            ..item(Kind::Decision, step, &record.decision)
        });
        for t in &record.themes {
            out.push(Item {
                themes: label(t).to_string(),
                theme_ids: t.clone(),
                ..item(Kind::Theme, step, label(t))
            });
        }
        for p in &record.stances {
            let own = matches!(p.choice, crate::model::Choice::Own(_));
            out.push(Item {
                person: &p.who,
                status: position_cell(own, dialect),
                reason: p.reason.as_deref().unwrap_or(""),
                ..item(Kind::Position, step, p.choice.text())
            });
        }
        for r in record
            .reflections
            .iter()
            .filter(|r| !r.text.trim().is_empty())
        {
            out.push(Item {
                person: r.author.as_deref().unwrap_or(""),
                ..item(Kind::Reflection, step, &r.text)
            });
        }
    }
    let votes = |v: &[String]| {
        if v.is_empty() {
            String::new()
        } else {
            v.len().to_string()
        }
    };
    for b in s.ranked_bottlenecks() {
        let step = b
            .step
            .as_deref()
            .map_or(("", ""), |id| (id, step_title(s, id)));
        out.push(Item {
            person: b.owner.as_deref().unwrap_or(""),
            status: status_cell(b.status, dialect),
            votes: votes(&b.votes),
            ..item(Kind::Bottleneck, step, &b.text)
        });
    }
    for p in s.phases.iter().filter(|p| !p.notes.trim().is_empty()) {
        let title = s
            .method
            .phases
            .iter()
            .find(|m| m.id == p.phase)
            .map_or(p.phase.as_str(), |m| m.title.as_str());
        out.push(item(Kind::Note, (&p.phase, title), &p.notes));
    }
    if !s.lessons.trim().is_empty() {
        out.push(item(Kind::Lesson, ("", ""), &s.lessons));
    }
    for a in s
        .ranked_actions()
        .into_iter()
        .filter(|a| !a.text.trim().is_empty())
    {
        out.push(Item {
            person: a.owner.as_deref().unwrap_or(""),
            votes: votes(&a.votes),
            ..item(Kind::Action, ("", ""), &a.text)
        });
    }
    out
}

/// A CSV writer in this dialect (the BOM already written for `ExcelNl`).
/// Callers pass every cell through [`safe_text::csv_cell`].
pub fn writer_for<W: Write>(dialect: Dialect, mut writer: W) -> ::csv::Result<::csv::Writer<W>> {
    Ok(match dialect {
        Dialect::Standard => WriterBuilder::new().from_writer(writer),
        Dialect::ExcelNl => {
            writer.write_all("\u{feff}".as_bytes())?;
            WriterBuilder::new()
                .delimiter(b';')
                .terminator(Terminator::CRLF)
                .from_writer(writer)
        }
    })
}

/// Writes the header and every item of each session, in the order given;
/// dates in the time zone `tz`.
pub fn write<W: Write>(
    sessions: &[&Session],
    dialect: Dialect,
    tz: &TimeZone,
    writer: W,
) -> ::csv::Result<()> {
    let mut csv = writer_for(dialect, writer)?;
    csv.write_record(match dialect {
        Dialect::Standard => COLUMNS,
        Dialect::ExcelNl => COLUMNS_NL,
    })?;
    for s in sessions {
        let date = session_date(s, tz).to_string();
        for it in items(s, dialect) {
            let row = [
                s.id.as_str(),
                &date,
                &s.group,
                &s.case.id,
                &s.case.title,
                it.kind.cell(dialect),
                it.step.0,
                it.step.1,
                it.text,
                it.person,
                &it.themes,
                &it.theme_ids,
                it.status,
                &it.votes,
                it.reason,
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
