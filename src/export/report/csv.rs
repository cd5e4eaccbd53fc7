//! The signalenrapportage as CSV: one row per signal and one per action
//! done, with stable column names ([`COLUMNS`]; Dutch ones in the Dutch
//! Excel dialect, [`COLUMNS_NL`]). Every cell goes through
//! [`safe_text::csv_cell`].

use jiff::tz::TimeZone;

use crate::export::csv::{Dialect, writer_for};
use crate::i18n::Lang;
use crate::review::{StoryKind, local_date, step_title};
use crate::safe_text;

use super::{Gathered, Signal};

/// The header row (stable names).
pub const COLUMNS: [&str; 17] = [
    "quarter",
    "owner",
    "kind",
    "session",
    "id",
    "text",
    "level",
    "themes",
    "theme_ids",
    "status",
    "due",
    "sessions",
    "session_ids",
    "history",
    "answer",
    "stories",
    "done",
];

/// The header of the Dutch Excel dialect, column for column.
pub const COLUMNS_NL: [&str; 17] = [
    "kwartaal",
    "eigenaar",
    "soort",
    "sessie",
    "id",
    "tekst",
    "niveau",
    "themas",
    "thema_ids",
    "status",
    "verwacht",
    "sessies",
    "sessie_ids",
    "verloop",
    "antwoord",
    "verhalen",
    "gedaan",
];

/// A word of the CSV: the stable key, or the Dutch word in the Dutch dialect.
fn word<'a>(dialect: Dialect, key: &'a str, nl: &'a str) -> &'a str {
    match dialect {
        Dialect::Standard => key,
        Dialect::ExcelNl => nl,
    }
}

pub(super) fn write(g: &Gathered, dialect: Dialect, tz: &TimeZone) -> String {
    let nl = Lang::Nl.review().followup;
    let mut bytes = Vec::new();
    {
        let mut csv = writer_for(dialect, &mut bytes).expect("writing to memory does not fail");
        let head = match dialect {
            Dialect::Standard => COLUMNS,
            Dialect::ExcelNl => COLUMNS_NL,
        };
        let mut rows: Vec<[String; 17]> = Vec::new();
        for period in &g.periods {
            for part in &period.owners {
                let owner = part.owner.unwrap_or("").to_string();
                for s in &part.signals {
                    rows.push(signal_row(
                        &period.quarter.to_string(),
                        &owner,
                        s,
                        dialect,
                        tz,
                    ));
                }
                for d in &part.done {
                    let mut row: [String; 17] = Default::default();
                    row[0] = period.quarter.to_string();
                    row[1] = owner.clone();
                    row[2] = word(dialect, "action", "actie").into();
                    row[3] = d.session.id.clone();
                    row[4] = d.action.id.clone();
                    row[5] = d.action.text.trim().into();
                    row[9] = word(
                        dialect,
                        d.action.status.key(),
                        nl.action_status(d.action.status),
                    )
                    .into();
                    row[10] = d.action.due.map(|d| d.to_string()).unwrap_or_default();
                    row[16] = d.on.to_string();
                    rows.push(row);
                }
            }
        }
        let _ = csv.write_record(head);
        for row in rows {
            let _ = csv.write_record(row.iter().map(|c| safe_text::csv_cell(c).into_owned()));
        }
        let _ = csv.flush();
    }
    String::from_utf8(bytes).expect("every field is a Rust string, so UTF-8")
}

fn signal_row(
    quarter: &str,
    owner: &str,
    s: &Signal,
    dialect: Dialect,
    tz: &TimeZone,
) -> [String; 17] {
    let nl = Lang::Nl.review().followup;
    let face = s.named[0];
    let mut ids: Vec<&str> = s.named.iter().map(|n| n.session.id.as_str()).collect();
    ids.dedup();
    let history: Vec<String> = s
        .history()
        .iter()
        .map(|e| {
            let what = match e.status {
                None => word(dialect, "named", "gesignaleerd"),
                Some(st) => word(dialect, st.key(), nl.status(st)),
            };
            let day = local_date(e.at, tz);
            if e.note.is_empty() {
                format!("{day} {what}")
            } else {
                format!("{day} {what}: {}", e.note)
            }
        })
        .collect();
    let stories: Vec<String> = s
        .stories(tz)
        .iter()
        .map(|st| {
            let kind = match st.kind {
                StoryKind::Decision => word(dialect, "decision", "besluit"),
                StoryKind::Reflection { .. } => word(dialect, "reflection", "reflectie"),
            };
            let step = s
                .named
                .iter()
                .find(|n| n.session.id == st.session_id)
                .map_or(st.step_title.as_str(), |n| {
                    step_title(n.session, &st.step_id)
                });
            format!("{kind} {} ({}): {}", st.date, step, st.text.trim())
        })
        .collect();
    [
        quarter.to_string(),
        owner.to_string(),
        word(dialect, "signal", "signaal").into(),
        face.session.id.clone(),
        face.bottleneck.id.clone(),
        face.bottleneck.text.trim().into(),
        s.level
            .map(|l| word(dialect, l.key(), nl.level(l)).to_string())
            .unwrap_or_default(),
        s.theme_labels().join("; "),
        s.themes.join(" "),
        word(dialect, s.status.key(), nl.status(s.status)).into(),
        s.due.map(|d| d.to_string()).unwrap_or_default(),
        s.sessions.to_string(),
        ids.join(" "),
        history.join("\n"),
        s.answers().join("\n\n"),
        stories.join("\n"),
        String::new(),
    ]
}
