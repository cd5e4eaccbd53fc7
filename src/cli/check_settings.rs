//! `casus check` and the settings files (`keys.ron`, `colors.ron`): the
//! config folder's when no path is given, else those named among the paths.
//! The same checks the app makes at start: the files' own
//! (syntax, values) and the keymap's (names, clashes).

use std::path::PathBuf;

use crate::config::Config;
use crate::library::Diagnostic;

use super::Context;

/// The problems of the settings files to check, how many files those are,
/// and the paths left for the library check.
pub(super) fn split(ctx: &Context, paths: &[PathBuf]) -> (Vec<Diagnostic>, usize, Vec<PathBuf>) {
    let mut named = Config::default();
    let rest: Vec<PathBuf> = paths
        .iter()
        .filter(|p| !(p.is_file() && named.read(p, ctx.lang)))
        .cloned()
        .collect();
    let config = if paths.is_empty() {
        &ctx.config
    } else {
        &named
    };
    let mut problems = config.diagnostics.clone();
    problems.extend(crate::tui::keymap::Keymap::with(&config.keys, ctx.lang).1);
    (problems, config.files.len(), rest)
}
