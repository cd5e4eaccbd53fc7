//! The own case's row in the set-up's case list: always the first row
//! (`casus new --own-case` chooses it), found by its name in either language.

use ratatui::text::Line;

use crate::fuzzy::{Field, Haystack};
use crate::tui::ctx::Ctx;

/// What the case filter matches the own case's row on.
pub(super) fn haystack() -> Haystack {
    let (nl, en) = (crate::i18n::Lang::Nl, crate::i18n::Lang::En);
    Haystack::new()
        .with(Field::Label, nl.strings().own.case_row)
        .with(Field::Alias, en.strings().own.case_row)
        .with(Field::Alias, "eigen inbreng")
}

/// The preview beside the list: what an own case is, and how to anonymise.
pub(super) fn preview(ctx: &Ctx) -> Vec<Line<'static>> {
    let s = ctx.strings().own;
    let p = ctx.palette;
    vec![
        Line::styled(s.case_row.trim_start_matches('✚').trim(), p.title()),
        Line::raw(""),
        Line::styled(s.case_row_preview, p.label()),
        Line::raw(""),
        Line::styled(format!("⚠ {}", s.privacy_reminder), p.warning()),
    ]
}
