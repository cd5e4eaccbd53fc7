//! Drawing the set-up: the pages as crumbs, then the page on show.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, List, ListItem, ListState, Paragraph, Wrap};

use super::{PAGES, Page, Setup};
use crate::i18n::fill;
use crate::tui::action::Command;
use crate::tui::ctx::Ctx;
use crate::tui::widgets::text;

/// Draws the set-up screen.
pub fn draw(setup: &Setup, ctx: &Ctx, frame: &mut Frame, area: Rect) {
    let s = ctx.strings();
    let p = ctx.palette;
    let lib = ctx.library;
    let steps: Vec<Span> = PAGES
        .iter()
        .filter(|pg| !setup.skip.contains(pg))
        .map(|pg| {
            let name = match pg {
                Page::Case => s.setup_case,
                Page::Method => s.setup_method,
                Page::Themes => s.setup_themes,
                Page::Group => s.setup_group,
                Page::Participants => s.setup_participants,
            };
            let style = if *pg == setup.page {
                p.selected()
            } else {
                p.dim()
            };
            Span::styled(format!(" {name} "), style)
        })
        .collect();
    let [crumbs, body] = Layout::vertical([Constraint::Length(2), Constraint::Min(3)]).areas(area);
    frame.render_widget(Paragraph::new(Line::from(steps)), crumbs);
    match setup.page {
        Page::Case => {
            let [left, right] =
                Layout::horizontal([Constraint::Percentage(45), Constraint::Percentage(55)])
                    .areas(body);
            let [query, list_area] =
                Layout::vertical([Constraint::Length(1), Constraint::Min(1)]).areas(left);
            frame.render_widget(filter_line(ctx, setup.cases.query.value()), query);
            let items: Vec<ListItem> = setup
                .cases
                .matches
                .iter()
                .map(|&i| {
                    // Room for the selection mark; a cut title shows that it is cut.
                    let room = (list_area.width as usize).saturating_sub(2);
                    let title = match i {
                        0 => s.own.case_row,
                        i => &lib.cases[i - 1].item.title,
                    };
                    ListItem::new(crate::tui::widgets::text::fit_words(title, room))
                })
                .collect();
            let empty = items.is_empty();
            let list = List::new(items)
                .highlight_style(p.selected())
                .highlight_symbol("▶ ");
            let mut state = ListState::default().with_selected(Some(setup.cases.selected));
            frame.render_stateful_widget(list, list_area, &mut state);
            let preview = match setup.cases.current() {
                Some(0) => super::own::preview(ctx),
                Some(i) => {
                    let c = &lib.cases[i - 1].item;
                    vec![
                        Line::styled(c.title.clone(), p.title()),
                        Line::styled(
                            fill(s.setup_case_meta, &[&c.steps.len(), &c.tags.join(", ")]),
                            p.dim(),
                        ),
                        Line::raw(""),
                        Line::styled(c.summary.clone(), p.label()),
                        Line::raw(""),
                    ]
                    .into_iter()
                    .chain(crate::tui::widgets::text::lines(
                        &c.context,
                        "",
                        ratatui::style::Style::new(),
                    ))
                    .collect()
                }
                None if empty => vec![Line::styled(s.setup_no_match, p.warning())],
                None => Vec::new(),
            };
            frame.render_widget(
                Paragraph::new(preview)
                    .wrap(Wrap { trim: true })
                    .block(Block::default().borders(Borders::LEFT)),
                right,
            );
        }
        Page::Method => {
            let [query, list_area] =
                Layout::vertical([Constraint::Length(2), Constraint::Min(1)]).areas(body);
            frame.render_widget(filter_line(ctx, setup.methods.query.value()), query);
            let items: Vec<ListItem> = setup
                .method_matches()
                .iter()
                .map(|&i| {
                    let m = &lib.methods[i].item;
                    let minutes: u32 = m.phases.iter().map(|p| p.minutes).sum();
                    // Whole phase names only, as many as fit (the highlight takes 2 columns).
                    let room = usize::from(body.width).saturating_sub(5);
                    ListItem::new(vec![
                        Line::styled(fill(s.setup_method_line, &[&m.title, &minutes]), p.label()),
                        Line::styled(format!("   {}", phase_chain(m, room)), p.dim()),
                    ])
                })
                .collect();
            if items.is_empty() {
                let none = Paragraph::new(Line::styled(s.setup_no_match, p.warning()));
                frame.render_widget(none, list_area);
            } else {
                let list = List::new(items)
                    .highlight_style(p.selected())
                    .highlight_symbol("▶ ");
                let mut state = ListState::default().with_selected(Some(setup.methods.selected));
                frame.render_stateful_widget(list, list_area, &mut state);
            }
        }
        Page::Themes => {
            let items: Vec<ListItem> = lib
                .theme_sets
                .iter()
                .zip(&setup.sets)
                .map(|(e, on)| {
                    let mark = if *on { "[x]" } else { "[ ]" };
                    ListItem::new(Line::from(vec![
                        Span::raw(format!("{mark} ")),
                        Span::styled(e.item.title.clone(), p.label()),
                        Span::styled(fill(s.setup_theme_count, &[&e.item.themes.len()]), p.dim()),
                    ]))
                })
                .collect();
            // The hint wraps at word boundaries instead of running off the edge.
            let keys = ctx.key_hints(
                crate::tui::keymap::Context::SetupList,
                &[Command::Toggle, Command::Confirm],
            );
            let said = if keys {
                s.setup_themes_hint
            } else {
                s.hints.setup_themes
            };
            let hint = text::wrap(&[Line::raw(said)], usize::from(body.width));
            let [hint_area, list_area] =
                Layout::vertical([Constraint::Length(hint.len() as u16), Constraint::Min(1)])
                    .areas(body);
            frame.render_widget(Paragraph::new(hint), hint_area);
            let list = List::new(items)
                .highlight_style(p.selected())
                .highlight_symbol("▶ ");
            let mut state = ListState::default().with_selected(Some(setup.set_cursor));
            frame.render_stateful_widget(list, list_area, &mut state);
        }
        Page::Group | Page::Participants => {
            let keys = ctx.key_hint(crate::tui::keymap::Context::SetupText, Command::Confirm);
            let (label, hint, input) = match (setup.page == Page::Group, keys) {
                (true, true) => (s.setup_group, s.setup_group_hint, &setup.group),
                (true, false) => (s.setup_group, s.hints.setup_group, &setup.group),
                (false, true) => (
                    s.setup_participants,
                    s.setup_participants_hint,
                    &setup.participants,
                ),
                (false, false) => (
                    s.setup_participants,
                    s.hints.setup_participants,
                    &setup.participants,
                ),
            };
            let mut lines = vec![
                Line::from(vec![
                    Span::styled(format!("{label}: "), p.label()),
                    Span::raw(input.value().to_string()),
                    Span::styled("▏", p.dim()),
                ]),
                Line::raw(""),
                Line::styled(hint, p.dim()),
            ];
            if setup.page == Page::Participants {
                lines.extend(practice_lines(setup, ctx));
            }
            // The warning of this field, while its text is the one warned about.
            if let Some(w) = setup
                .warning
                .as_ref()
                .filter(|w| w.page == setup.page && w.text == input.value())
            {
                let kinds: Vec<&str> = w.kinds.iter().map(|k| s.finding_label(*k)).collect();
                let (style, text) = if w.blocking {
                    (p.error(), fill(s.privacy_blocked, &[&kinds.join(", ")]))
                } else {
                    (
                        p.warning(),
                        fill(s.setup_privacy_warning, &[&kinds.join(", ")]),
                    )
                };
                lines.push(Line::raw(""));
                lines.push(Line::styled(format!("⚠ {text}"), style));
            }
            frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: true }), body);
        }
    }
}

/// The filter line of a searchable list: the label, what was typed, a caret.
fn filter_line<'a>(ctx: &Ctx, query: &str) -> Paragraph<'a> {
    let p = ctx.palette;
    Paragraph::new(Line::from(vec![
        Span::styled(format!("{} ", ctx.strings().setup_filter), p.label()),
        Span::raw(query.to_string()),
        Span::styled("▏", p.dim()),
    ]))
}

/// A method's phases joined by arrows, whole names only, within `room`
/// columns: the rest as "→ …" rather than a name cut mid-word.
fn phase_chain(method: &crate::model::Method, room: usize) -> String {
    let mut out = String::new();
    for (i, phase) in method.phases.iter().enumerate() {
        let next = if i == 0 {
            phase.title.clone()
        } else {
            format!("{out} → {}", phase.title)
        };
        let rest = if i + 1 < method.phases.len() {
            " → …".len()
        } else {
            0
        };
        if text::width(&next) + rest > room && i > 0 {
            return format!("{out} → …");
        }
        out = next;
    }
    out
}

/// The practice toggle's line (and, while on, what a practice session is).
fn practice_lines(setup: &Setup, ctx: &Ctx) -> Vec<Line<'static>> {
    let p = ctx.palette;
    let t = ctx.strings().terugblik;
    let on = if setup.practice { t.yes } else { t.no };
    let mut line = vec![Span::styled(fill(t.setup_practice, &[&on]), p.label())];
    if ctx.key_hint(
        crate::tui::keymap::Context::SetupText,
        Command::TogglePractice,
    ) {
        line.push(Span::styled("  (Ctrl-P)", p.dim()));
    }
    let mut lines = vec![Line::raw(""), Line::from(line)];
    if setup.practice {
        lines.push(Line::styled(t.setup_practice_hint, p.dim()));
    }
    lines
}
