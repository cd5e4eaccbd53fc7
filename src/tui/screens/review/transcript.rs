//! The detail page's text: the whole session as lines, phase by phase, each
//! decision point with what the group made of it, then the closing.

use ratatui::style::Style;
use ratatui::text::{Line, Span};

use crate::i18n::{Lang, fill};
use crate::model::{Bottleneck, PhaseKind, Session};
use crate::tui::ctx::Ctx;
use crate::tui::style::Palette;
use crate::tui::widgets::text;

/// The whole session as lines, before wrapping.
pub fn lines(session: &Session, ctx: &Ctx) -> Vec<Line<'static>> {
    let (lang, p) = (ctx.lang, ctx.palette);
    let s = lang.strings();
    let r = lang.review();
    let mut out = vec![Line::styled(session.case.title.clone(), p.title())];
    let status = match session.finished {
        Some(at) => fill(r.md_finished_on, &[&ctx.date(at)]),
        None => r.md_unfinished.to_string(),
    };
    out.push(Line::styled(
        format!(
            "{} · {} · {} · {status}",
            ctx.date(session.started),
            session.group,
            session.method.title
        ),
        p.dim(),
    ));
    if !session.participants.is_empty() {
        out.push(Line::styled(
            format!("{}: {}", r.md_participants, session.participants.join(", ")),
            p.dim(),
        ));
    }
    let sets: Vec<&str> = session
        .theme_sets
        .iter()
        .map(|t| t.title.as_str())
        .collect();
    out.push(Line::styled(
        format!("{}: {}", r.md_theme_sets, sets.join("; ")),
        p.dim(),
    ));
    let mut steps_shown = false;
    let mut closing_shown = false;
    for (n, phase) in session.method.phases.iter().enumerate() {
        out.push(Line::raw(""));
        out.push(Line::styled(
            format!("{}. {}", n + 1, phase.title),
            p.title(),
        ));
        let notes = session
            .phases
            .iter()
            .find(|rec| rec.phase == phase.id)
            .map(|rec| rec.notes.trim())
            .unwrap_or("");
        if notes.is_empty() {
            if phase.kind == PhaseKind::Notes {
                out.push(Line::styled(format!("   {}", s.detail_no_notes), p.dim()));
            }
        } else {
            out.extend(text::lines(notes, "   ", Style::new()));
        }
        match phase.kind {
            PhaseKind::Steps if !steps_shown => {
                steps(session, lang, p, &mut out);
                steps_shown = true;
            }
            PhaseKind::Closing if !closing_shown => {
                closing(session, lang, p, &mut out);
                closing_shown = true;
            }
            _ => {}
        }
    }
    // A hand-made method without these phases still shows everything recorded.
    if !steps_shown {
        steps(session, lang, p, &mut out);
    }
    if !closing_shown {
        closing(session, lang, p, &mut out);
    }
    scores(session, lang, p, &mut out);
    out
}

/// The scores per part, each with its number, sign and word (the marking
/// reads without colour) and the why under it; nothing when none was given.
fn scores(session: &Session, lang: Lang, p: Palette, out: &mut Vec<Line<'static>>) {
    use unicode_width::UnicodeWidthStr;
    let r = lang.review().scores;
    let rows = session.score_rows();
    if rows.is_empty() {
        return;
    }
    out.push(Line::raw(""));
    out.push(Line::styled(r.heading, p.title()));
    out.extend(text::lines(r.scale, "   ", p.dim()));
    let width = rows.iter().map(|(i, _)| i.label.width()).max().unwrap_or(0);
    let mut part = None;
    for (ind, score) in rows {
        if part != Some(ind.part) {
            out.push(Line::styled(
                format!("   {}: {}", r.part(ind.part), r.question(ind.part)),
                p.label(),
            ));
            part = Some(ind.part);
        }
        let pad = " ".repeat(width.saturating_sub(ind.label.width()));
        let mut spans = vec![Span::raw(format!("     {}{pad}  ", ind.label))];
        match score {
            Some(sc) => {
                let mark = if sc.is_acceptable() {
                    p.ok()
                } else {
                    p.warning()
                };
                spans.push(Span::styled(format!("{} ", sc.value), p.title()));
                spans.push(Span::styled(r.marking(sc.value), mark));
            }
            None => spans.push(Span::styled(r.not_scored, p.dim())),
        }
        out.push(Line::from(spans));
        if let Some(note) = score.map(|s| s.note.trim()).filter(|n| !n.is_empty()) {
            out.extend(text::lines(note, "       ", p.dim()));
        }
    }
}

fn steps(session: &Session, lang: Lang, p: Palette, out: &mut Vec<Line<'static>>) {
    let s = lang.strings();
    let r = lang.review();
    for (i, record) in session.steps.iter().enumerate() {
        let step = session.case.steps.iter().find(|c| c.id == record.step);
        let title = crate::review::step_title(session, &record.step);
        out.push(Line::raw(""));
        out.push(Line::styled(
            format!(
                "   {}",
                fill(s.step_heading, &[&(i + 1), &session.steps.len(), &title])
            ),
            p.label(),
        ));
        if let Some(question) = step.map(|c| c.question.trim()).filter(|q| !q.is_empty()) {
            out.extend(text::lines(question, "     ", p.dim()));
        }
        let decision = record.decision.trim();
        if decision.is_empty() {
            out.push(Line::styled(
                format!("     {}: {}", s.stories_decision, r.md_no_decision),
                p.dim(),
            ));
        } else {
            labelled(out, s.stories_decision, decision, Style::new(), p);
        }
        if !record.themes.is_empty() {
            let mut spans = vec![Span::styled(format!("     {} ", s.step_themes), p.label())];
            for t in &record.themes {
                let label = session.theme_label(t).unwrap_or(t);
                spans.push(Span::styled(format!("[{label}]"), p.chip()));
                spans.push(Span::raw(" "));
            }
            out.push(Line::from(spans));
        }
        for x in record
            .reflections
            .iter()
            .filter(|x| !x.text.trim().is_empty())
        {
            let label = match x.author.as_deref().filter(|a| !a.trim().is_empty()) {
                Some(a) => format!("{} ({a})", s.stories_reflection),
                None => s.stories_reflection.to_string(),
            };
            labelled(out, &label, x.text.trim(), Style::new(), p);
        }
        for b in session
            .bottlenecks
            .iter()
            .filter(|b| b.step.as_deref() == Some(record.step.as_str()))
        {
            labelled(out, r.md_bottleneck, &bottleneck(b, lang), p.warning(), p);
        }
        if let Some(outcome) = step.and_then(|c| c.outcome.as_deref()) {
            let label = if record.revealed {
                s.step_outcome
            } else {
                s.detail_outcome_unrevealed
            };
            labelled(out, label, outcome.trim(), Style::new(), p);
        }
    }
}

fn closing(session: &Session, lang: Lang, p: Palette, out: &mut Vec<Line<'static>>) {
    let s = lang.strings();
    let r = lang.review();
    if !session.lessons.trim().is_empty() {
        out.push(Line::styled(format!("   {}", r.md_lessons), p.label()));
        out.extend(text::lines(session.lessons.trim(), "     ", Style::new()));
    }
    let step_ids: Vec<&str> = session.steps.iter().map(|st| st.step.as_str()).collect();
    // Bottlenecks named at a step show there; these were named in the closing
    // (or at a step the file no longer has).
    let rest: Vec<&Bottleneck> = session
        .bottlenecks
        .iter()
        .filter(|b| b.step.as_deref().is_none_or(|id| !step_ids.contains(&id)))
        .collect();
    if !rest.is_empty() {
        out.push(Line::styled(format!("   {}", r.md_bottlenecks), p.label()));
        for b in rest {
            out.extend(text::lines(
                &format!("• {}", bottleneck(b, lang)),
                "     ",
                Style::new(),
            ));
        }
    }
    if !session.actions.is_empty() {
        out.push(Line::styled(format!("   {}", s.closing_actions), p.label()));
        for a in &session.actions {
            let owner = a
                .owner
                .as_deref()
                .map(|o| fill(s.owner_suffix, &[&o]))
                .unwrap_or_default();
            out.extend(text::lines(
                &format!("• {}{owner}", a.text.trim()),
                "     ",
                Style::new(),
            ));
        }
    }
}

/// `text (eigenaar: X) · aangekaart`.
fn bottleneck(b: &Bottleneck, lang: Lang) -> String {
    let s = lang.strings();
    let owner = b
        .owner
        .as_deref()
        .map(|o| fill(s.owner_suffix, &[&o]))
        .unwrap_or_default();
    format!(
        "{}{owner} · {}",
        b.text.trim(),
        lang.review().status_label(b.status)
    )
}

/// `     Label: first line` and the further lines under it.
fn labelled(out: &mut Vec<Line<'static>>, label: &str, text: &str, style: Style, p: Palette) {
    let mut rows = text.split('\n');
    out.push(Line::from(vec![
        Span::styled(format!("     {label}: "), p.label()),
        Span::styled(rows.next().unwrap_or("").to_string(), style),
    ]));
    let indent = " ".repeat(7 + label.chars().count());
    out.extend(rows.map(|row| Line::styled(format!("{indent}{row}"), style)));
}
