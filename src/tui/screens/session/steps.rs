//! The `Steps` phase: a decision point with its situation, question and options,
//! and what the group made of it.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, List, ListItem, ListState, Paragraph, Wrap};

use super::correct::step_items;
use super::state::SessionScreen;
use crate::i18n::fill;
use crate::model::DraftTarget;
use crate::tui::ctx::Ctx;
use crate::tui::widgets::text;
use ratatui::style::Style;

/// Draws the list of decision points and the current one.
pub fn draw(screen: &SessionScreen, ctx: &Ctx, frame: &mut Frame, area: Rect) {
    let s = ctx.strings();
    let p = ctx.palette;
    let session = &screen.session;
    let i = session.position.step;
    let ro = screen.read_only;
    // Wide windows show whole titles: the mark, the number, the title, the border.
    let needs = session
        .case
        .steps
        .iter()
        .enumerate()
        .map(|(n, step)| text::width(&format!("✓ {}. {}", n + 1, step.title)) + 2)
        .max()
        .unwrap_or(0);
    let list_width = text::side_width(if area.width >= 90 { 30 } else { 22 }, needs, area.width);
    let [left, right] =
        Layout::horizontal([Constraint::Length(list_width), Constraint::Min(20)]).areas(area);
    let items: Vec<ListItem> = session
        .case
        .steps
        .iter()
        .zip(&session.steps)
        .enumerate()
        .map(|(n, (step, record))| {
            let mark = if record.decision.trim().is_empty() {
                " "
            } else {
                "✓"
            };
            ListItem::new(text::fit_words(
                &format!("{mark} {}. {}", n + 1, step.title),
                usize::from(list_width.saturating_sub(1)),
            ))
        })
        .collect();
    let list = List::new(items)
        .block(Block::default().borders(Borders::RIGHT).title(s.steps_list))
        .highlight_style(p.selected());
    let mut state = ListState::default().with_selected(Some(i));
    frame.render_stateful_widget(list, left, &mut state);

    let (Some(step), Some(record)) = (session.case.steps.get(i), session.steps.get(i)) else {
        return;
    };
    let mut lines = vec![
        Line::styled(
            fill(
                s.step_heading,
                &[&(i + 1), &session.steps.len(), &step.title],
            ),
            p.title(),
        ),
        Line::raw(""),
    ];
    // While the group writes, the question and the options matter most: they stay in view.
    let writing = screen.editor.is_some();
    if !writing {
        lines.push(Line::styled(s.step_situation, p.label()));
        lines.extend(text::lines(&step.situation, "", Style::new()));
        lines.push(Line::raw(""));
    }
    lines.push(Line::styled(s.step_question, p.label()));
    lines.extend(text::lines(&step.question, "", Style::new()));
    if !step.options.is_empty() {
        lines.push(Line::raw(""));
        lines.push(Line::styled(s.step_options, p.label()));
        lines.extend(step.options.iter().map(|o| Line::raw(format!("  • {o}"))));
    }
    if writing {
        frame.render_widget(
            Paragraph::new(lines).wrap(Wrap { trim: false }),
            right.inner(ratatui::layout::Margin::new(1, 0)),
        );
        return;
    }
    lines.push(Line::raw(""));
    lines.push(Line::styled(s.step_decision, p.label()));
    if record.decision.trim().is_empty() {
        let none = if ro {
            s.clock.ro_no_decision
        } else {
            s.step_no_decision
        };
        lines.push(Line::styled(none, p.dim()));
    } else {
        lines.extend(text::lines(&record.decision, "", Style::new()));
    }
    lines.push(Line::raw(""));
    let mut chips = vec![Span::styled(format!("{} ", s.step_themes), p.label())];
    if record.themes.is_empty() {
        let none = if ro {
            s.clock.ro_no_themes
        } else {
            s.step_no_themes
        };
        chips.push(Span::styled(none, p.dim()));
    }
    for t in &record.themes {
        let label = session.theme_label(t).unwrap_or(t);
        chips.push(Span::styled(format!("[{label}]"), p.chip()));
        chips.push(Span::raw(" "));
    }
    lines.push(Line::from(chips));
    let selected = screen.selected();
    let mut selected_line = None;
    let mark = |t: DraftTarget| if selected == Some(t) { "▶ " } else { "• " };
    let style = |t: DraftTarget| {
        if selected == Some(t) {
            p.selected()
        } else {
            Style::new()
        }
    };
    if !record.reflections.is_empty() {
        lines.push(Line::raw(""));
        lines.push(Line::styled(s.step_reflections, p.label()));
        for (n, r) in record.reflections.iter().enumerate() {
            let target = DraftTarget::Reflection {
                step: i,
                index: Some(n),
            };
            let who = r
                .author
                .as_deref()
                .map(|a| format!("{a}: "))
                .unwrap_or_default();
            if selected == Some(target) {
                selected_line = Some(lines.len());
            }
            lines.extend(text::lines(
                &format!("{}{who}{}", mark(target), r.text),
                "  ",
                style(target),
            ));
        }
    }
    let knelpunten = session.step_bottlenecks(i);
    if !knelpunten.is_empty() {
        lines.push(Line::raw(""));
    }
    for n in knelpunten {
        let b = &session.bottlenecks[n];
        let target = DraftTarget::Bottleneck {
            index: Some(n),
            step: Some(i),
        };
        let owner = b
            .owner
            .as_deref()
            .map(|o| fill(s.owner_suffix, &[&o]))
            .unwrap_or_default();
        let lead = if selected == Some(target) {
            selected_line = Some(lines.len());
            "▶ "
        } else {
            ""
        };
        lines.push(Line::from(vec![
            Span::styled(format!("{lead}{} ", s.step_bottleneck), p.warning()),
            Span::styled(format!("{}{owner}", b.text), style(target)),
        ]));
    }
    if !ro && !step_items(session, i).is_empty() {
        lines.push(Line::styled(s.edit.select_hint, p.dim()));
    }
    let mut outcome_line = None;
    // Read-only, an outcome not revealed stays hidden without a key to reveal it.
    if let Some(outcome) = step.outcome.as_ref().filter(|_| record.revealed || !ro) {
        lines.push(Line::raw(""));
        outcome_line = Some(lines.len());
        if record.revealed {
            lines.push(Line::styled(s.step_outcome, p.label()));
            lines.extend(text::lines(outcome, "", Style::new()));
        } else {
            lines.push(Line::styled(s.step_outcome_hidden, p.dim()));
        }
    }
    if let Some(notes) = step.facilitator_notes.as_ref().filter(|_| !ctx.present) {
        lines.push(Line::raw(""));
        let label = if ro {
            s.clock.ro_facilitator
        } else {
            s.step_facilitator
        };
        lines.push(Line::styled(label, p.dim()));
        lines.extend(text::lines(notes, "", p.dim()));
    }
    let area = right.inner(ratatui::layout::Margin::new(1, 0));
    // A selected item is always in view: scroll down to it when it is below.
    let scroll = match selected_line {
        Some(at) => {
            let row = text::wrap(&lines[..at], usize::from(area.width)).len();
            let height = usize::from(area.height);
            let floor = (row + 2).saturating_sub(height);
            screen.scroll.max(floor as u16).min(row as u16)
        }
        None => screen.scroll,
    };
    screen.seen.set(text::render_seen(
        frame,
        area,
        &lines,
        (scroll, outcome_line),
        s.more_below,
        p.title(),
    ));
}
