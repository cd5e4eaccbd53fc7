//! The commands that open the terminal app: none (home), `new`, `resume`
//! and `review`. What can be checked before the terminal is taken is checked
//! here; `resume` finds its session with [`crate::review::find()`] in
//! [`crate::tui::prepare`], before the terminal is taken too.

use std::process::ExitCode;

use super::{Cli, Context};
use crate::i18n::fill;

/// `casus new`: the ids given must exist (exit 2), and the case must not hold
/// a BSN (exit 1, naming its place; [`crate::library::Library::refused`]);
/// then the set-up opens with them filled in.
pub(super) fn new(
    cli: &Cli,
    ctx: Context,
    preset: crate::tui::screens::setup::Preset,
    tz: jiff::tz::TimeZone,
) -> ExitCode {
    let lib = &ctx.library;
    let (case, method, themes, group) =
        (&preset.case, &preset.method, &preset.themes, &preset.group);
    // A case with a BSN never starts a session (nothing is written): exit 1,
    // naming the place of the number.
    if let Some(refused) = case.as_deref().and_then(|id| lib.refused(id)) {
        let r = ctx.lang.review();
        let diagnostic = refused.diagnostic.to_string();
        super::warn(&fill(
            r.case_refused,
            &[&format!("{:?}", refused.id), &diagnostic],
        ));
        return ExitCode::from(1);
    }
    let c = ctx.lang.strings().cli;
    let unknown = case
        .as_ref()
        .filter(|id| lib.case(id).is_none())
        .map(|id| fill(c.unknown_case, &[&format!("{id:?}")]))
        .or_else(|| {
            method
                .as_ref()
                .filter(|id| lib.method(id).is_none())
                .map(|id| fill(c.unknown_method, &[&format!("{id:?}")]))
        })
        .or_else(|| {
            themes
                .iter()
                .flatten()
                .find(|id| lib.theme_set(id).is_none())
                .map(|id| fill(c.unknown_theme_set, &[&format!("{id:?}")]))
        });
    if let Some(problem) = unknown {
        super::warn(&problem);
        return ExitCode::from(2);
    }
    // Never replaced silently: the user is told, and nothing starts or is saved.
    if group.as_deref().is_some_and(crate::privacy::has_blocking) {
        super::warn(&format!("casus: {}", ctx.lang.strings().group_bsn));
        return ExitCode::from(2);
    }
    if preset
        .title
        .as_deref()
        .is_some_and(crate::privacy::has_blocking)
    {
        super::warn(&format!("casus: {}", ctx.lang.strings().own.case_bsn));
        return ExitCode::from(2);
    }
    tui(cli, ctx, crate::tui::Start::New(preset), tz)
}

/// Runs the terminal app from `start`, writing to the primary data folder.
/// `ctx` is the one the command line resolved: the library is read once.
pub(super) fn tui(
    cli: &Cli,
    ctx: Context,
    start: crate::tui::Start,
    tz: jiff::tz::TimeZone,
) -> ExitCode {
    let Some(data_dir) = crate::dirs::primary_data_dir(&cli.data_dir) else {
        super::warn(ctx.lang.strings().cli.no_data_dir);
        return ExitCode::from(2);
    };
    let options = crate::tui::Options {
        lang: ctx.lang,
        library: ctx.library,
        data_dir,
        present: cli.present,
        config: ctx
            .config
            .with_palette(cli.palette.map(super::PaletteArg::palette)),
        start,
        review_dirs: crate::dirs::data_dirs(&cli.data_dir),
        cases_dir: crate::dirs::config_dir().map(|d| d.join("cases")),
        tz,
    };
    match crate::tui::run(options) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            super::warn(&format!("casus: {e}"));
            ExitCode::from(1)
        }
    }
}
