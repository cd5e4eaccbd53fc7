//! Markdown building blocks for the reports: each writes whole lines with
//! the blank lines Markdown needs around blocks, so the reports read the same
//! as plain text and rendered.

use std::fmt::Write;

use crate::safe_text;

/// User text escaped for Markdown (see [`safe_text::markdown`]). Every
/// builder below escapes its text once, so callers pass raw text.
pub(super) fn esc(text: &str) -> String {
    safe_text::markdown(text).into_owned()
}

/// Newlines (`\r\n` too) as spaces, for headings and table cells.
pub(super) fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

pub(super) fn line(out: &mut String, text: &str) {
    let _ = writeln!(out, "{text}");
}

pub(super) fn blank(out: &mut String) {
    out.push('\n');
}

pub(super) fn heading(out: &mut String, level: usize, text: &str) {
    line(
        out,
        &format!("{} {}", "#".repeat(level), esc(&one_line(text))),
    );
    blank(out);
}

/// `- **Label:** value` in the header list.
pub(super) fn field(out: &mut String, label: &str, value: &str) {
    line(out, &format!("- **{label}:** {}", esc(&one_line(value))));
}

/// `- **Label:** `value`` with the value as code: shown as typed, never
/// rendered (backticks and controls removed so it cannot leave the span).
pub(super) fn field_code(out: &mut String, label: &str, value: &str) {
    let value: String = safe_text::terminal_line(&one_line(value))
        .chars()
        .filter(|c| *c != '`')
        .collect();
    line(out, &format!("- **{label}:** `{value}`"));
}

/// A bold label on its own line, with a blank line after so a list may follow.
pub(super) fn label(out: &mut String, text: &str) {
    line(out, &format!("**{}**", esc(text)));
    blank(out);
}

pub(super) fn labelled(out: &mut String, title: &str, text: &str) {
    label(out, title);
    paragraph(out, text);
}

/// The user's text with its own line breaks, trimmed, then a blank line.
pub(super) fn paragraph(out: &mut String, text: &str) {
    let text = text.replace("\r\n", "\n");
    let text = text.trim();
    if text.is_empty() {
        return;
    }
    line(out, &esc(text));
    blank(out);
}

/// The user's text as a block quote, each line escaped, then a blank line.
pub(super) fn quote(out: &mut String, text: &str) {
    let text = text.replace("\r\n", "\n");
    let text = text.trim();
    if text.is_empty() {
        return;
    }
    for l in text.lines() {
        line(out, format!("> {}", esc(l)).trim_end());
    }
    blank(out);
}

/// A list item; continuation lines are indented so they stay in the item.
pub(super) fn item(out: &mut String, text: &str) {
    let text = esc(&text.replace("\r\n", "\n"));
    let mut lines = text.trim().lines();
    line(out, &format!("- {}", lines.next().unwrap_or("")));
    for l in lines {
        line(out, format!("  {l}").trim_end());
    }
}

/// A table header; columns from `right_from` on hold numbers and align right.
pub(super) fn table_head(out: &mut String, cells: &[&str], right_from: Option<usize>) {
    // Column names are shared with the command line, which writes them in lower case.
    let capitalised: Vec<String> = cells
        .iter()
        .map(|c| {
            let mut chars = c.chars();
            chars
                .next()
                .map_or_else(String::new, |f| f.to_uppercase().chain(chars).collect())
        })
        .collect();
    row(
        out,
        &capitalised.iter().map(String::as_str).collect::<Vec<_>>(),
    );
    let rule: Vec<&str> = (0..cells.len())
        .map(|i| {
            if right_from.is_some_and(|r| i >= r) {
                "---:"
            } else {
                "---"
            }
        })
        .collect();
    line(out, &format!("| {} |", rule.join(" | ")));
}

pub(super) fn row(out: &mut String, cells: &[&str]) {
    let cells: Vec<String> = cells
        .iter()
        .map(|c| esc(&one_line(c)).replace('|', "\\|"))
        .collect();
    line(out, &format!("| {} |", cells.join(" | ")));
}
