//! `casus search`: every decision and reflection that contains every word,
//! with where it was said.

use std::fmt::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use jiff::tz::TimeZone;

use crate::i18n::{Lang, fill};
use crate::review::StoryKind;

use super::{SearchArgs, print, read};

/// `casus search`: every matching decision and reflection, with where it was said.
pub(super) fn search(dirs: &[PathBuf], lang: Lang, tz: &TimeZone, args: &SearchArgs) -> ExitCode {
    let r = lang.review();
    let (mut scan, filter) = match read::scan_filtered(dirs, lang, &args.filter) {
        Ok(x) => x,
        Err(code) => return code,
    };
    let hits = scan.search(&filter, &args.query, tz);
    let unreadable = read::report(&scan);
    if hits.is_empty() {
        super::warn(&fill(r.search_none, &[&args.query]));
        return read::or_problem(ExitCode::SUCCESS, unreadable);
    }
    // Written in place (tens of thousands of hits at scale): the same bytes
    // as one `format!` per line, without a string per line.
    let mut out = String::with_capacity(hits.iter().map(|h| h.text.len() + 160).sum());
    for hit in &hits {
        let _ = write!(
            out,
            "{} · {} · {} › {} · ",
            hit.date, hit.group, hit.case_title, hit.step_title
        );
        match &hit.kind {
            StoryKind::Decision => out.push_str(r.kind_decision),
            StoryKind::Reflection { author: Some(a) } => {
                let _ = write!(out, "{} ({a})", r.kind_reflection);
            }
            StoryKind::Reflection { author: None } => out.push_str(r.kind_reflection),
        }
        let _ = writeln!(out, " [{}]", hit.session_id);
        for line in hit.text.trim().lines() {
            out.push_str("    ");
            out.push_str(line);
            out.push('\n');
        }
        out.push('\n');
    }
    out.push_str(&fill(r.search_count, &[&hits.len()]));
    out.push('\n');
    read::or_problem(print(&out), unreadable)
}
