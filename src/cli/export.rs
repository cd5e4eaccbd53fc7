//! `casus export`: one session or a filtered set as Markdown or CSV, to
//! standard output or atomically to a file, after the privacy guard; an own
//! case as a case file (`--format case`, [`case`]); the analysis exports
//! (`--format long-csv|matrix-csv`) and the code book (`--codebook`).

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use jiff::tz::TimeZone;

use crate::export::{self, csv::Dialect};
use crate::i18n::{Lang, fill};
use crate::model::Session;
use crate::review::load::sessions_of;
use crate::review::{FindError, find};
use crate::store::read_session;

use super::{ExportArgs, ExportFormat, print, read, usage};

/// `casus export`: Markdown or CSV of one session or a filtered set.
pub(super) fn export(dirs: &[PathBuf], lang: Lang, tz: &TimeZone, args: &ExportArgs) -> ExitCode {
    let r = lang.review();
    let from_extension = args
        .output
        .as_deref()
        .and_then(|p| p.extension())
        .is_some_and(|e| e.eq_ignore_ascii_case("csv"));
    let format = args.format.unwrap_or(if from_extension {
        ExportFormat::Csv
    } else {
        ExportFormat::Md
    });
    let csv = matches!(
        format,
        ExportFormat::Csv | ExportFormat::LongCsv | ExportFormat::MatrixCsv
    );
    if args.excel_nl && !csv {
        return usage(r.export_excel_md);
    }
    if format == ExportFormat::Case {
        return case(dirs, lang, args);
    }
    if format == ExportFormat::Qdc {
        return usage(r.report.qdc_needs_codebook);
    }
    if args.with_notes {
        return usage(lang.strings().own.with_notes_needs_case);
    }
    let dialect = if args.excel_nl {
        Dialect::ExcelNl
    } else {
        Dialect::Standard
    };
    if matches!(format, ExportFormat::LongCsv | ExportFormat::MatrixCsv) {
        return analysis(dirs, lang, tz, args, format, dialect);
    }
    // Nothing leaves casus with a BSN in it; other personal data is named before it is written.
    let mut unreadable = false;
    let guarded = if args.all {
        let (loaded, filter) = match read::load_filtered(dirs, lang, &args.args) {
            Ok(x) => x,
            Err(code) => return code,
        };
        unreadable = !loaded.problems.is_empty();
        let sessions = sessions_of(&loaded.matching(&filter, tz));
        let text = match format {
            ExportFormat::Csv => export::csv::to_string(&sessions, dialect, tz),
            _ => export::markdown::set_report(&sessions, filter.source(), lang, tz),
        };
        export::guard(&text, &sessions, lang)
    } else {
        let session = match args.args.as_slice() {
            [] => return usage(r.export_needs_session),
            [one] => match find_session(dirs, lang, one) {
                Ok(s) => s,
                Err(code) => return code,
            },
            _ => return usage(r.export_one_session),
        };
        let text = match format {
            ExportFormat::Csv => export::csv::to_string(&[&session], dialect, tz),
            _ => export::markdown::session_report(&session, lang, tz),
        };
        export::guard(&text, &[&session], lang)
    };
    let shown = args
        .output
        .as_ref()
        .map_or("-".to_string(), |p| p.display().to_string());
    for (kind, found) in &guarded.findings {
        let at = guarded.text.find(found.as_str()).unwrap_or(0);
        let (line, col) = crate::library::line_col(&guarded.text, at);
        super::warn(&fill(
            r.export_personal_data,
            &[&shown, &line, &col, &lang.strings().finding_label(*kind)],
        ));
    }
    let text = guarded.text;
    let code = match &args.output {
        None => print(&text),
        Some(path) => match export::write_file(path, text.as_bytes()) {
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
    };
    read::or_problem(code, unreadable)
}

/// `--format long-csv` and `matrix-csv`: the filtered sessions (the words
/// are the filter, with or without `--all`) for BI tools.
fn analysis(
    dirs: &[PathBuf],
    lang: Lang,
    tz: &TimeZone,
    args: &ExportArgs,
    format: ExportFormat,
    dialect: Dialect,
) -> ExitCode {
    let (loaded, filter) = match read::load_filtered(dirs, lang, &args.args) {
        Ok(x) => x,
        Err(code) => return code,
    };
    let sessions = sessions_of(&loaded.matching(&filter, tz));
    let text = match format {
        ExportFormat::MatrixCsv => export::analysis::matrix_csv(&sessions, &filter, dialect, tz),
        _ => export::analysis::long_csv(&sessions, &filter, dialect, tz),
    };
    let counted: Vec<&Session> = sessions
        .into_iter()
        .filter(|s| export::report::counts(s, &filter))
        .collect();
    let guarded = export::guard(&text, &counted, lang);
    let code = super::report::deliver(guarded, args.output.as_deref(), lang);
    read::or_problem(code, !loaded.problems.is_empty())
}

/// `casus export --codebook [--format csv|qdc]`: the loaded theme sets as a
/// code book (default from the -o file's extension, else CSV).
pub(super) fn codebook(ctx: &super::Context, args: &ExportArgs) -> ExitCode {
    let rep = ctx.lang.review().report;
    if args.all || !args.args.is_empty() || args.with_notes {
        return usage(rep.codebook_no_args);
    }
    let qdc_by_name = args
        .output
        .as_deref()
        .and_then(|p| p.extension())
        .is_some_and(|e| e.eq_ignore_ascii_case("qdc"));
    let format = args.format.unwrap_or(if qdc_by_name {
        ExportFormat::Qdc
    } else {
        ExportFormat::Csv
    });
    let sets: Vec<&crate::model::ThemeSet> =
        ctx.library.theme_sets.iter().map(|e| &e.item).collect();
    let text = match format {
        ExportFormat::Csv if args.excel_nl => export::codebook::csv(&sets, Dialect::ExcelNl),
        ExportFormat::Csv => export::codebook::csv(&sets, Dialect::Standard),
        ExportFormat::Qdc if !args.excel_nl => export::codebook::qdc(&sets),
        _ => return usage(rep.codebook_format),
    };
    let guarded = export::guard(&text, &[], ctx.lang);
    super::report::deliver(guarded, args.output.as_deref(), ctx.lang)
}

/// A session by file path, exact id or unique id prefix ([`find`]): an
/// unknown id is a data problem (1), an ambiguous prefix wrong usage (2).
fn find_session(dirs: &[PathBuf], lang: Lang, wanted: &str) -> Result<Session, ExitCode> {
    let as_path = Path::new(wanted);
    if wanted.ends_with(".ron") || as_path.is_file() {
        return read_session(as_path).map_err(|d| {
            super::warn(&d.to_string());
            ExitCode::from(1)
        });
    }
    let loaded = read::load_reported(dirs, lang);
    match find(&loaded.sessions, |l| &l.session.id, wanted) {
        Ok(l) => Ok(l.session.clone()),
        Err(e @ FindError::NotFound(_)) => {
            super::warn(&super::error_sentence(&e.message(lang)));
            Err(ExitCode::from(1))
        }
        Err(e @ FindError::Ambiguous { .. }) => Err(usage(&e.message(lang))),
    }
}

/// `--format case`: the session's own case as a case file, to `-o FILE` or
/// into the config folder's `cases/` under a free name; never over an
/// existing file, never with a BSN, personal data named before it is written.
fn case(dirs: &[PathBuf], lang: Lang, args: &ExportArgs) -> ExitCode {
    use export::case::{CaseError, case_file, id_from_title, write_into, write_new};
    let s = lang.strings().own;
    let wanted = match args.args.as_slice() {
        _ if args.all => return usage(s.case_one_session),
        [] => return usage(lang.review().export_needs_session),
        [one] => one,
        _ => return usage(lang.review().export_one_session),
    };
    let session = match find_session(dirs, lang, wanted) {
        Ok(s) => s,
        Err(code) => return code,
    };
    let id = id_from_title(&session.case.title, &session.case.id);
    let file = match case_file(&session, &id, args.with_notes) {
        Ok(file) => file,
        Err(e) => {
            super::warn(&format!(
                "casus: {}",
                match e {
                    CaseError::NotOwn => s.case_not_own,
                    CaseError::NoSteps => s.case_no_steps,
                    CaseError::Bsn => s.case_bsn,
                }
            ));
            return ExitCode::from(1);
        }
    };
    let cases = crate::dirs::config_dir().map(|d| d.join("cases"));
    let shown = match (&args.output, &cases) {
        (Some(path), _) => path.clone(),
        (None, Some(dir)) => dir.join(format!("{id}.ron")),
        (None, None) => {
            super::warn(&format!("casus: {}", s.case_no_config));
            return ExitCode::from(1);
        }
    };
    for (kind, found) in &file.findings {
        let at = file.text.find(found.as_str()).unwrap_or(0);
        let (line, col) = crate::library::line_col(&file.text, at);
        let at = [
            &shown.display() as &dyn std::fmt::Display,
            &line,
            &col,
            &kind.key(),
        ];
        super::warn(&fill(s.case_personal_at, &at));
    }
    let written = match (&args.output, &cases) {
        (Some(path), _) => write_new(path, &file).map(|()| path.clone()),
        (None, Some(dir)) => {
            // An id the library has already would hide that case, or be hidden.
            let library = crate::library::Library::load(crate::dirs::config_dir().as_deref(), &[]);
            write_into(dir, &session, args.with_notes, &|id| {
                library.case(id).is_some()
            })
        }
        (None, None) => unreachable!("no folder was reported above"),
    };
    match written {
        Ok(path) => {
            super::warn(&fill(s.case_written, &[&path.display()]));
            ExitCode::SUCCESS
        }
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
            super::warn(&format!(
                "casus: {}",
                fill(s.case_exists, &[&shown.display()])
            ));
            ExitCode::from(1)
        }
        Err(e) => {
            super::warn(&format!(
                "casus: {}",
                fill(s.case_failed, &[&shown.display(), &e])
            ));
            ExitCode::from(1)
        }
    }
}
