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
    let hint = t.editor.is_none()
        && ctx.key_hint(Context::Terugblik, Command::NextPhase)
        && ctx.key_hint(Context::Terugblik, Command::Back);
    let foot = if hint {
        wrap(&[Line::styled(w.hint, p.dim())], width)
    } else {
        Vec::new()
    };
    // Each item as rows, under a heading for each session it came from.
    let heading = |entry: &Entry| {
        let from = fill(
            w.from,
            &[
                &ctx.date(entry.item.started),
                &terminal_line(&entry.item.case_title),
            ],
        );
        wrap(&[Line::styled(from, p.label())], width)
    };
    let mut blocks: Vec<Vec<Line<'static>>> = Vec::new();
    for (i, entry) in t.entries.iter().enumerate() {
        let mut rows = Vec::new();
        let first = i == 0 || t.entries[i - 1].item.session_id != entry.item.session_id;
        if first {
            rows.extend(heading(entry));
        }
        rows.extend(wrap(&entry_lines(entry, i == t.cursor, ctx), width));
        rows.push(Line::raw(""));
        blocks.push(rows);
    }
    let room = usize::from(main.height).saturating_sub(head.len() + foot.len());
    // Whole items from the first that lets the highlighted one show to its end.
    let mut first = 0;
    while first < t.cursor
        && blocks[first..=t.cursor.min(blocks.len().saturating_sub(1))]
            .iter()
            .map(Vec::len)
            .sum::<usize>()
            > room
    {
        first += 1;
    }
    let mut out = head;
    // Scrolled into a session's items: its heading still shows above them.
    if first > 0 && t.entries[first - 1].item.session_id == t.entries[first].item.session_id {
        out.extend(heading(&t.entries[first]));
    }
    out.extend(blocks.into_iter().skip(first).flatten().take(room));
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
