//! Exports: a session or a filtered set of sessions as Markdown (a report a
//! trainer can mail to participants) or CSV (one row per decision point, for
//! a spreadsheet).
//!
//! The functions build text in memory; whoever saves it to a file goes through
//! [`write_file`], the same atomic write as sessions, so an export that is
//! interrupted never leaves half a report behind.

pub mod csv;
pub mod markdown;
mod md;

use std::io;
use std::path::Path;

use jiff::civil::Date;

use crate::i18n::Lang;
use crate::model::BottleneckStatus;

/// Writes an export atomically (temp file, fsync, rename), owner-only like sessions.
pub fn write_file(path: &Path, bytes: &[u8]) -> io::Result<()> {
    crate::store::write_atomic(path, bytes)
}

/// `12 maart 2026` / `12 March 2026`: a date people read in a mailed report.
pub fn long_date(date: Date, lang: Lang) -> String {
    let month = lang.review().months[(date.month() - 1) as usize];
    format!("{} {} {}", date.day(), month, date.year())
}

/// The word for a bottleneck status in the interface language.
pub fn status_label(status: BottleneckStatus, lang: Lang) -> &'static str {
    let r = lang.review();
    match status {
        BottleneckStatus::Open => r.status_open,
        BottleneckStatus::Raised => r.status_raised,
        BottleneckStatus::Resolved => r.status_resolved,
    }
}
