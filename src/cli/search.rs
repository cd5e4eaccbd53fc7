//! `casus search`: every decision and reflection that contains every word,
//! with where it was said.

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
    read::or_problem(print(&out), unreadable)
}
