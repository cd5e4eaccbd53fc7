//! Drawing dot-voting: who is on show with their dots left, and every
//! knelpunt and action with its dots; and the dots beside an item elsewhere.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};

use super::state::SessionScreen;
use super::votes::{Voting, items};
use crate::i18n::{Strings, fill};
use crate::model::Votable;
use crate::tui::ctx::Ctx;

/// `  ●●● 3 stippen` beside an item with dots; empty without.
pub fn badge(votes: &[String], s: &Strings) -> String {
    if votes.is_empty() {
        return String::new();
    }
    format!(
        "  {} {}",
        "●".repeat(votes.len()),
        s.stance.n_votes.of(votes.len())
    )
}

/// Draws open voting over the closing.
pub fn draw(screen: &SessionScreen, v: &Voting, ctx: &Ctx, frame: &mut Frame, area: Rect) {
    let s = ctx.strings();
    let t = s.stance;
    let p = ctx.palette;
    let session = &screen.session;
    let each = session.votes_each as usize;

    let voters = session.dot_voters();
    let mut lines = Vec::new();
    if voters.is_empty() {
        lines.push(Line::styled(t.round_no_voters, p.warning()));
    } else {
        let mut chips = Vec::new();
        for (i, who) in voters.iter().enumerate() {
            let used = session.votes_by(who);
            let style = if i == v.voter {
                p.selected()
            } else {
                Style::new()
            };
            let dots = format!(
                "{}{}",
                "●".repeat(used),
                "○".repeat(each.saturating_sub(used))
            );
            chips.push(Span::styled(format!("{who} {dots}"), style));
            chips.push(Span::raw("  "));
        }
        lines.push(Line::from(chips));
        let who = &voters[v.voter.min(voters.len() - 1)];
        let left = each.saturating_sub(session.votes_by(who));
        lines.push(Line::styled(
            fill(t.votes_left, &[who, &left, &each]),
            p.label(),
        ));
    }
    let who = v.voter_label(session).unwrap_or_default();
    let mut cursor_line = 0;
    let mut heading = None;
    for (n, item) in items(session).into_iter().enumerate() {
        let (title, text) = match item {
            Votable::Bottleneck(i) => (s.closing_bottlenecks, &session.bottlenecks[i].text),
            Votable::Action(i) => (s.closing_actions, &session.actions[i].text),
        };
        if heading != Some(title) {
            lines.push(Line::raw(""));
            lines.push(Line::styled(title, p.title()));
            heading = Some(title);
        }
        let on = n == v.cursor;
        if on {
            cursor_line = lines.len();
        }
        let votes = session.votes_on(item);
        let mine = votes.iter().filter(|x| **x == who).count();
        let style = if on { p.selected() } else { Style::new() };
        lines.push(Line::from(vec![
            Span::styled(format!("{}{text}", if on { "▶ " } else { "  " }), style),
            Span::styled(badge(votes, s), p.chip()),
            Span::styled(
                if mine > 0 {
                    format!("  ({who}: {mine})")
                } else {
                    String::new()
                },
                p.dim(),
            ),
        ]));
    }
    let title = fill(t.votes_title, &[&t.n_votes.of(each)]);
    super::round_draw::panel(frame, area, &title, &lines, cursor_line, ctx);
}
