//! The loaded theme sets as a code book: CSV (one row per theme) and a
//! REFI-QDA code book (`.qdc`, namespace `urn:QDA-XML:codebook:1.0`) that
//! QualCoder, ATLAS.ti, MAXQDA and NVivo import: one parent code per theme
//! set, not codable itself, with a codable child code per theme.
//!
//! Every guid is a name-based UUID (version 5) of the set's id, or of
//! `SET/THEME`, in a namespace of casus' own, so exporting the same sets
//! again gives the same guids and a QDA project can be updated from it.
//! XML text and attributes are escaped, and characters XML 1.0 cannot hold
//! (most controls) are dropped: a hostile label cannot break the file.

use crate::export::csv::{Dialect, writer_for};
use crate::model::ThemeSet;
use crate::safe_text;

/// The CSV header (stable names).
pub const COLUMNS: [&str; 5] = ["set", "id", "label", "description", "replaces"];

/// The CSV header in the Dutch Excel dialect.
pub const COLUMNS_NL: [&str; 5] = ["set", "id", "label", "beschrijving", "vervangt"];

/// The namespace of casus' guids: itself a version 5 UUID of a URN.
fn namespace() -> uuid::Uuid {
    uuid::Uuid::new_v5(&uuid::Uuid::NAMESPACE_URL, b"urn:casus:theme-sets")
}

/// The stable guid of a theme set (`theme` `None`) or of one of its themes,
/// as 8-4-4-4-12 lowercase hex.
pub fn guid(set: &str, theme: Option<&str>) -> String {
    let name = match theme {
        Some(t) => format!("{set}/{t}"),
        None => set.to_string(),
    };
    uuid::Uuid::new_v5(&namespace(), name.as_bytes())
        .hyphenated()
        .to_string()
}

/// One row per theme: its set, id, label, description and the ids it
/// replaces (joined by a space).
pub fn csv(sets: &[&ThemeSet], dialect: Dialect) -> String {
    let mut bytes = Vec::new();
    {
        let mut csv = writer_for(dialect, &mut bytes).expect("writing to memory does not fail");
        let _ = csv.write_record(match dialect {
            Dialect::Standard => COLUMNS,
            Dialect::ExcelNl => COLUMNS_NL,
        });
        for set in sets {
            for t in &set.themes {
                let row = [
                    set.id.as_str(),
                    &t.id,
                    &t.label,
                    t.description.as_deref().unwrap_or(""),
                    &t.replaces.join(" "),
                ];
                let _ = csv.write_record(row.iter().map(|c| safe_text::csv_cell(c).into_owned()));
            }
        }
        let _ = csv.flush();
    }
    String::from_utf8(bytes).expect("every field is a Rust string, so UTF-8")
}

/// The REFI-QDA code book of these sets.
pub fn qdc(sets: &[&ThemeSet]) -> String {
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.push_str(&format!(
        "<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\" origin=\"casus {}\">\n  <Codes>\n",
        env!("CARGO_PKG_VERSION")
    ));
    for set in sets {
        let mut description = set.description.clone().unwrap_or_default();
        if let Some(source) = set.source.as_deref().filter(|s| !s.trim().is_empty()) {
            if !description.is_empty() {
                description.push_str("\n\n");
            }
            description.push_str(source);
        }
        open(&mut out, 2, &guid(&set.id, None), &set.title, false);
        self::description(&mut out, 3, &description);
        for t in &set.themes {
            let description = t.description.as_deref().unwrap_or("");
            let (guid, name) = (guid(&set.id, Some(&t.id)), t.label.as_str());
            if description.trim().is_empty() {
                out.push_str(&format!(
                    "{}<Code guid=\"{guid}\" name=\"{}\" isCodable=\"true\"/>\n",
                    indent(3),
                    attr(name)
                ));
            } else {
                open(&mut out, 3, &guid, name, true);
                self::description(&mut out, 4, description);
                out.push_str(&format!("{}</Code>\n", indent(3)));
            }
        }
        out.push_str(&format!("{}</Code>\n", indent(2)));
    }
    out.push_str("  </Codes>\n</CodeBook>\n");
    out
}

fn indent(level: usize) -> String {
    "  ".repeat(level)
}

fn open(out: &mut String, level: usize, guid: &str, name: &str, codable: bool) {
    out.push_str(&format!(
        "{}<Code guid=\"{guid}\" name=\"{}\" isCodable=\"{codable}\">\n",
        indent(level),
        attr(name)
    ));
}

fn description(out: &mut String, level: usize, text: &str) {
    let text = text.trim();
    if !text.is_empty() {
        out.push_str(&format!(
            "{}<Description>{}</Description>\n",
            indent(level),
            xml_text(text)
        ));
    }
}

/// A character XML 1.0 can hold.
fn allowed(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..)
}

/// Element text: `&`, `<` and `>` escaped, what XML cannot hold dropped.
pub fn xml_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars().filter(|c| allowed(*c)) {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            c => out.push(c),
        }
    }
    out
}

/// An attribute value in double quotes: quotes escaped too, and tabs and
/// line breaks as references so a parser keeps them (it would make them spaces).
pub fn attr(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in xml_text(text).chars() {
        match c {
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' => out.push_str("&#9;"),
            '\n' => out.push_str("&#10;"),
            '\r' => out.push_str("&#13;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn guids_are_stable_version_5_uuids_that_differ_per_theme() {
        let a = guid("eigenwijs", Some("mandaat"));
        assert_eq!(a, guid("eigenwijs", Some("mandaat")));
        assert_ne!(a, guid("eigenwijs", None));
        assert_ne!(a, guid("reflectie", Some("mandaat")));
        let parts: Vec<usize> = a.split('-').map(str::len).collect();
        assert_eq!(parts, [8, 4, 4, 4, 12]);
        assert_eq!(&a[14..15], "5", "version 5: {a}");
    }

    #[test]
    fn hostile_text_is_escaped_and_what_xml_cannot_hold_is_dropped() {
        assert_eq!(xml_text("a<b>&c\u{1b}[2J\u{0}"), "a&lt;b&gt;&amp;c[2J");
        assert_eq!(attr("\"x\"\n'y'"), "&quot;x&quot;&#10;&apos;y&apos;");
    }
}
