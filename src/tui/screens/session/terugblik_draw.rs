//! Drawing the terugblik (`terugblik.rs`): the open items, oldest first,
//! each with its kind, status, text, owner, due date (overdue marked), the
//! session it came from, its answer and what was noted here; the note
//! editor under the list while it is open.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph};

use super::terugblik::{Entry, Outcome, Terugblik, status_label};
use crate::i18n::fill;
use crate::safe_text::terminal_line;
use crate::tui::action::Command;
use crate::tui::ctx::Ctx;
use crate::tui::keymap::Context;
use crate::tui::widgets::text::{lines, wrap};

/// Draws the terugblik over the session's body.
pub fn draw(t: &Terugblik, group: &str, ctx: &Ctx, frame: &mut Frame, body: Rect) {
    let s = ctx.strings();
    let w = s.terugblik;
    let p = ctx.palette;
    let (main, editor_area) = match &t.editor {
        Some(_) => {
            let [a, b] = Layout::vertical([Constraint::Percentage(45), Constraint::Percentage(55)])
                .areas(body);
            (a, Some(b))
        }
        None => (body, None),
    };
    let width = usize::from(main.width.max(10));
    let mut head = vec![Line::styled(w.title, p.title())];
    head.extend(wrap(
        &[Line::styled(
            fill(w.intro, &[&terminal_line(group)]),
            p.dim(),
        )],
        width,
    ));
    head.push(Line::raw(""));
    let hint = ctx.key_hint(Context::Terugblik, Command::CycleStatus) && t.editor.is_none();
    let foot = if hint {
        wrap(&[Line::styled(w.hint, p.dim())], width)
    } else {
        Vec::new()
    };
    let mut list = Vec::new();
    let mut cursor_rows = (0, 0);
    for (i, entry) in t.entries.iter().enumerate() {
        let start = list.len();
        list.extend(wrap(&entry_lines(entry, i == t.cursor, ctx), width));
        if i == t.cursor {
            cursor_rows = (start, list.len());
        }
        list.push(Line::raw(""));
    }
    let room = usize::from(main.height).saturating_sub(head.len() + foot.len() + 1);
    // Keep the highlighted item in view, its first row at least.
    let skip = if cursor_rows.1 > room {
        (cursor_rows.1 - room).min(cursor_rows.0)
    } else {
        0
    };
    let mut out = head;
    out.extend(list.into_iter().skip(skip).take(room));
    let [text, hints] =
        Layout::vertical([Constraint::Min(1), Constraint::Length(foot.len() as u16)]).areas(main);
    frame.render_widget(Paragraph::new(out), text);
    frame.render_widget(Paragraph::new(foot), hints);
    if let (Some(editor), Some(area)) = (&t.editor, editor_area) {
        let entry = t.entries.get(t.cursor);
        let name = entry.map(|e| terminal_line(&e.item.text).into_owned());
        let answer = entry.is_some_and(|e| {
            e.status
                == crate::review::ItemStatus::Bottleneck(crate::model::BottleneckStatus::Answered)
        });
        let title = fill(
            if answer {
                w.editor_answer
            } else {
                w.editor_note
            },
            &[&crate::tui::widgets::text::fit(
                &name.unwrap_or_default(),
                60,
            )],
        );
        frame.render_widget(Clear, area);
        editor.draw(frame, area, &title, s, p);
    }
}

/// The rows of one item, before wrapping.
fn entry_lines(entry: &Entry, selected: bool, ctx: &Ctx) -> Vec<Line<'static>> {
    let s = ctx.strings();
    let w = s.terugblik;
    let p = ctx.palette;
    let item = &entry.item;
    let kind = if entry.status.is_bottleneck() {
        w.kind_bottleneck
    } else {
        w.kind_action
    };
    let mark = if selected { "▶ " } else { "  " };
    let head_style = if selected { p.selected() } else { p.label() };
    let mut first = vec![
        Span::styled(format!("{mark}{kind}"), head_style),
        Span::raw(" · "),
        Span::styled(status_label(ctx.lang, entry.status), p.title()),
    ];
    match entry.outcome {
        Outcome::Untouched => {}
        Outcome::Saved => first.push(Span::styled(format!(" · ✓ {}", w.updated), p.dim())),
        Outcome::Failed => first.push(Span::styled(format!(" · ⚠ {}", w.not_updated), p.warning())),
    }
    let mut out = vec![Line::from(first)];
    out.extend(lines(
        &terminal_line(&item.text),
        "    ",
        Default::default(),
    ));
    let owner = match &item.owner {
        Some(o) => fill(w.owner, &[&terminal_line(o)]),
        None => w.no_owner.to_string(),
    };
    let mut meta = vec![Span::styled(format!("    {owner}"), p.dim())];
    if let Some(due) = item.due {
        meta.push(Span::styled(
            format!(" · {}", fill(w.due, &[&due])),
            p.dim(),
        ));
        if due < ctx.date(ctx.now) {
            meta.push(Span::styled(format!(" ({})", w.overdue), p.warning()));
        }
    }
    let from = fill(
        w.from,
        &[&ctx.date(item.started), &terminal_line(&item.case_title)],
    );
    meta.push(Span::styled(format!(" · {from}"), p.dim()));
    out.push(Line::from(meta));
    if !item.answer.trim().is_empty() {
        let answer = fill(w.answer, &[&terminal_line(&item.answer)]);
        out.push(Line::styled(format!("    {answer}"), p.dim()));
    }
    if !entry.note.trim().is_empty() {
        for (i, note) in entry.note.lines().enumerate() {
            let text = if i == 0 {
                fill(w.noted, &[&terminal_line(note)])
            } else {
                terminal_line(note).into_owned()
            };
            out.push(Line::raw(format!("    {text}")));
        }
    }
    out
}
