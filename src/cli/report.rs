//! `casus report`: the signalenrapportage ([`crate::export::report`]) of the
//! filtered sessions as Markdown or CSV, to standard output or atomically to
//! a file (as `casus export -o` does: the file is replaced whole), after the
//! privacy guard. [`deliver`] is that last step, shared with the analysis
//! exports and the code book of `casus export`.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use jiff::tz::TimeZone;

use crate::export::csv::Dialect;
use crate::export::report::{ReportFormat, counts, report as build};
use crate::export::{self, Guarded};
use crate::i18n::{Lang, fill};
use crate::review::load::sessions_of;

use super::args::{ReportArgs, ReportFormatArg};
use super::{print, read, usage};

/// `casus report [FILTER] [--format md|csv] [--excel-nl] [-o FILE]`.
pub(super) fn report(dirs: &[PathBuf], lang: Lang, tz: &TimeZone, args: &ReportArgs) -> ExitCode {
    let csv_by_name = args
        .output
        .as_deref()
        .and_then(Path::extension)
        .is_some_and(|e| e.eq_ignore_ascii_case("csv"));
    let format = args.format.unwrap_or(if csv_by_name {
        ReportFormatArg::Csv
    } else {
        ReportFormatArg::Md
    });
    if args.excel_nl && format != ReportFormatArg::Csv {
        return usage(lang.review().report.excel_needs_csv);
    }
    let (loaded, filter) = match read::load_filtered(dirs, lang, &args.filter) {
        Ok(x) => x,
        Err(code) => return code,
    };
    let unreadable = !loaded.problems.is_empty();
    // Every session read: the report applies the filter itself, and says how
    // many practice sessions it left out.
    let all: Vec<_> = loaded.sessions.iter().collect();
    let sessions = sessions_of(&all);
    let format = match format {
        ReportFormatArg::Md => ReportFormat::Markdown,
        ReportFormatArg::Csv if args.excel_nl => ReportFormat::Csv(Dialect::ExcelNl),
        ReportFormatArg::Csv => ReportFormat::Csv(Dialect::Standard),
    };
    // The one reading of the clock: `ouder:` counts ages to today, where casus runs.
    let today = crate::review::local_date(jiff::Timestamp::now(), tz);
    let text = build(&sessions, &filter, lang, tz, today, format);
    let counted: Vec<_> = sessions
        .into_iter()
        .filter(|s| counts(s, &filter))
        .collect();
    let code = deliver(
        export::guard(&text, &counted, lang),
        args.output.as_deref(),
        lang,
    );
    read::or_problem(code, unreadable)
}

/// Names the personal data the guard found, then prints the text or writes
/// it atomically to `output`.
pub(super) fn deliver(guarded: Guarded, output: Option<&Path>, lang: Lang) -> ExitCode {
    let r = lang.review();
    let shown = output.map_or("-".to_string(), |p| p.display().to_string());
    for (kind, found) in &guarded.findings {
        let at = guarded.text.find(found.as_str()).unwrap_or(0);
        let (line, col) = crate::library::line_col(&guarded.text, at);
        super::warn(&fill(
            r.export_personal_data,
            &[&shown, &line, &col, &lang.strings().finding_label(*kind)],
        ));
    }
    match output {
        None => print(&guarded.text),
        Some(path) => match export::write_file(path, guarded.text.as_bytes()) {
            Ok(()) => {
                super::warn(&fill(r.export_written, &[&path.display()]));
                ExitCode::SUCCESS
            }
            Err(e) => {
                let failed = fill(r.export_write_failed, &[&path.display(), &e]);
                super::warn(&super::error_sentence(&failed));
                ExitCode::from(1)
            }
        },
    }
}
