//! `casus check`: validate case, theme-set and method files, as the library
//! loads them, and the settings files (`check_settings.rs`).

use std::path::PathBuf;
use std::process::ExitCode;

use crate::i18n::fill;
use crate::library::{Library, Severity, path_sources};

use super::{Context, print};

/// `casus check [PATH...] [--strict]`: the diagnostics and a one-line summary;
/// exit code 1 on errors (and with `--strict` on warnings).
pub(super) fn check(ctx: &Context, paths: &[PathBuf], strict: bool) -> ExitCode {
    let s = ctx.lang.strings().check;
    let (settings, settings_files, rest) = super::check_settings::split(ctx, paths);
    let (mut diagnostics, files) = if paths.is_empty() {
        let files = ctx.library.cases.len()
            + ctx.library.refused.len()
            + ctx.library.theme_sets.len()
            + ctx.library.methods.len();
        (ctx.library.diagnostics.clone(), files)
    } else if rest.is_empty() {
        (Vec::new(), 0)
    } else {
        let (checked, mut problems) = path_sources(&rest);
        if checked.is_empty() && problems.is_empty() {
            super::warn(s.nothing);
            return ExitCode::from(1);
        }
        let mut sources = crate::library::builtin_sources();
        let config = crate::dirs::config_dir();
        // A checked file that also lives in a library folder is loaded once, as checked.
        let same_file = |path: &str| {
            let real = std::fs::canonicalize(path).ok();
            real.is_some()
                && checked
                    .iter()
                    .any(|f| std::fs::canonicalize(&f.path).ok() == real)
        };
        for dir in config.iter().chain(ctx.library_dirs.iter()) {
            let (found, _) = crate::library::folder_sources(dir, crate::library::Origin::Config);
            sources.extend(found.into_iter().filter(|f| !same_file(&f.path)));
        }
        sources.extend(checked.iter().cloned());
        let lib = Library::from_sources(&sources);
        let count = checked.len() + problems.len();
        problems.extend(
            lib.diagnostics
                .into_iter()
                .filter(|d| checked.iter().any(|f| f.path == d.path)),
        );
        (problems, count)
    };
    diagnostics.extend(settings);
    let files = files + settings_files;
    let errors = diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .count();
    let warnings = diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Warning)
        .count();
    let mut out = String::new();
    for d in &diagnostics {
        out.push_str(&format!("{d}\n"));
    }
    if errors + warnings == 0 {
        out.push_str(&fill(s.clean, &[&files]));
    } else {
        out.push_str(&fill(s.summary, &[&errors, &warnings, &files]));
    }
    out.push('\n');
    let code = print(&out);
    if errors > 0 || (strict && warnings > 0) {
        ExitCode::from(1)
    } else {
        code
    }
}
