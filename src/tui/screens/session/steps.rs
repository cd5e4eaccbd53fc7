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
use crate::tui::action::Command;
use crate::tui::ctx::Ctx;
use crate::tui::keymap::Context;
use crate::tui::widgets::text;
use ratatui::style::Style;

/// Draws the list of decision points and the current one.
pub fn draw(screen: &SessionScreen, ctx: &Ctx, frame: &mut Frame, area: Rect) {
    let s = ctx.strings();
    let p = ctx.palette;
    let session = &screen.session;
    let i = session.position.step;
    let present = ctx.present;
    let ro = screen.read_only;
    // On a projector the decision point alone, in a column that reads well;
    // wide windows show whole titles: the mark, the number, the title, the border.
    let needs = session
        .case
        .steps
        .iter()
        .enumerate()
        .map(|(n, step)| text::width(&format!("✓ {}. {}", n + 1, step.title)) + 2)
        .max()
        .unwrap_or(0);
    let list_width = if present {
        0
    } else {
        text::side_width(if area.width >= 90 { 30 } else { 22 }, needs, area.width)
    };
    let [left, right] =
        Layout::horizontal([Constraint::Length(list_width), Constraint::Min(20)]).areas(area);
    let right = if present { column(right) } else { right };
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
    if !present {
        frame.render_stateful_widget(list, left, &mut state);
    }

    let (Some(step), Some(record)) = (session.case.steps.get(i), session.steps.get(i)) else {
        super::own::draw_no_steps(screen, ctx, frame, right);
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
        lines.extend(super::own::field_lines(
            session,
            &step.situation,
            ctx,
            Style::new(),
        ));
        lines.push(Line::raw(""));
    }
    // What the group answers stands out on a projector.
    let strong = if present { p.label() } else { Style::new() };
    lines.push(Line::styled(s.step_question, p.label()));
    lines.extend(super::own::field_lines(
        session,
        &step.question,
        ctx,
        strong,
    ));
    let options = super::round_draw::option_lines(session, i, s, p);
    if !options.is_empty() {
        lines.push(Line::raw(""));
        if !step.options.is_empty() {
            lines.push(Line::styled(s.step_options, p.label()));
        }
        lines.extend(options);
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
    // Hints that name a key only while that key is the one they name.
    let hint = |cmd: Command| ctx.key_hint(Context::Steps, cmd);
    let t = s.settings;
    let no_decision = match hint(Command::EditDecision) {
        true => s.step_no_decision,
        false => t.present_no_decision,
    };
    let no_themes = match hint(Command::TagThemes) {
        true => s.step_no_themes,
        false => t.present_no_themes,
    };
    if record.decision.trim().is_empty() {
        let none = if ro {
            s.clock.ro_no_decision
        } else {
            no_decision
        };
        lines.push(Line::styled(none, p.dim()));
    } else {
        lines.extend(text::lines(&record.decision, "", strong));
    }
    lines.push(Line::raw(""));
    let mut chips = vec![Span::styled(format!("{} ", s.step_themes), p.label())];
    if record.themes.is_empty() {
        let none = if ro { s.clock.ro_no_themes } else { no_themes };
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
    let select = [Command::Select, Command::Confirm, Command::Remove];
    if !ro && select.into_iter().all(hint) && !step_items(session, i).is_empty() {
        lines.push(Line::styled(s.edit.select_hint, p.dim()));
    }
    let mut outcome_line = None;
    // On a projector (or with another key) the outcome shows once revealed,
    // and no hint before; read-only, an outcome not revealed stays hidden.
    let reveal = hint(Command::Reveal) && !ro;
    if let Some(outcome) = step.outcome.as_ref().filter(|_| record.revealed || reveal) {
        lines.push(Line::raw(""));
        outcome_line = Some(lines.len());
        if record.revealed {
            lines.push(Line::styled(s.step_outcome, p.label()));
            lines.extend(text::lines(outcome, "", Style::new()));
        } else {
            lines.push(Line::styled(s.step_outcome_hidden, p.dim()));
        }
    }
    if let Some(notes) = step.facilitator_notes.as_ref().filter(|_| !present) {
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
        more(ctx),
        p.title(),
    ));
}

/// The column a decision point takes on a projector: centred, at most 100
/// columns wide, with a margin on both sides.
pub fn column(area: Rect) -> Rect {
    let width = area.width.saturating_sub(4).min(100);
    let [_, mid, _] = Layout::horizontal([
        Constraint::Fill(1),
        Constraint::Length(width),
        Constraint::Fill(1),
    ])
    .areas(area);
    mid
}

/// "More below", without a key while presenting.
pub fn more(ctx: &Ctx) -> &'static str {
    if ctx.present {
        ctx.strings().settings.present_more
    } else {
        ctx.strings().more_below
    }
}
