//! The signalenrapportage as Markdown: per quarter a `##`, per owner a
//! `###`, per signal a `####` with its fields, history, answers and
//! stories, and the owner's actions done. Text from files is escaped by the
//! building blocks of `export/md.rs`.

use jiff::tz::TimeZone;

use crate::export::long_date;
use crate::export::md::{blank, field, field_code, heading, item, label, line, paragraph, quote};
use crate::i18n::{Lang, fill};
use crate::review::{StoryKind, local_date, session_date, step_title};

use super::{Gathered, Signal};

/// The whole report; `source` is the filter line as typed.
pub(super) fn write(g: &Gathered, source: &str, lang: Lang, tz: &TimeZone) -> String {
    let (r, rep) = (lang.review(), lang.review().report);
    let mut out = String::new();
    heading(&mut out, 1, rep.title);
    paragraph(&mut out, rep.intro);
    if !source.trim().is_empty() {
        field_code(&mut out, rep.filter, source);
    }
    let totals = fill(
        rep.totals,
        &[
            &r.n_sessions.of(g.sessions),
            &rep.n_signals.of(g.signals()),
            &rep.n_actions.of(g.done()),
        ],
    );
    line(&mut out, &format!("- {totals}"));
    blank(&mut out);
    if g.practice > 0 {
        paragraph(&mut out, &fill(rep.practice_left_out, &[&g.practice]));
    }
    if g.periods.is_empty() {
        paragraph(&mut out, rep.empty);
    }
    for period in &g.periods {
        heading(&mut out, 2, &fill(rep.period, &[&period.quarter]));
        for part in &period.owners {
            heading(&mut out, 3, part.owner.unwrap_or(rep.no_owner));
            for signal in &part.signals {
                write_signal(&mut out, signal, lang, tz);
            }
            if !part.done.is_empty() {
                heading(&mut out, 4, rep.actions_done);
                for d in &part.done {
                    let when = fill(rep.done_on, &[&long_date(d.on, lang)]);
                    let from = format!(
                        "{}, {}",
                        d.session.group.trim(),
                        long_date(session_date(d.session, tz), lang)
                    );
                    item(
                        &mut out,
                        &format!("{} — {when} ({from})", d.action.text.trim()),
                    );
                }
                blank(&mut out);
            }
        }
    }
    out
}

fn write_signal(out: &mut String, signal: &Signal, lang: Lang, tz: &TimeZone) {
    let (r, rep, f) = (lang.review(), lang.review().report, lang.review().followup);
    let face = signal.named[0];
    heading(out, 4, &face.bottleneck.text);
    field(out, rep.status, f.status(signal.status));
    if let Some(level) = signal.level {
        field(out, rep.level, f.level(level));
    }
    let themes = signal.theme_labels();
    if !themes.is_empty() {
        field(out, rep.themes, &themes.join("; "));
    }
    if let Some(due) = signal.due {
        field(out, rep.due, &long_date(due, lang));
    }
    field(out, rep.raised_in, &r.n_sessions.of(signal.sessions));
    blank(out);

    label(out, rep.history);
    for e in signal.history() {
        let what = e.status.map_or(rep.named, |s| f.status(s));
        let mut text = format!("{}: {what}", long_date(local_date(e.at, tz), lang));
        if e.status.is_none() {
            text.push_str(&format!(
                " ({}, {})",
                e.session.group.trim(),
                e.session.case.title.trim()
            ));
        }
        if !e.note.is_empty() {
            text.push_str(&format!(" — {}", e.note));
        }
        item(out, &text);
    }
    blank(out);

    let answers = signal.answers();
    if !answers.is_empty() {
        label(out, rep.answers);
        for a in answers {
            quote(out, a);
        }
    }
    let stories = signal.stories(tz);
    if !stories.is_empty() {
        label(out, rep.stories);
        for story in stories {
            let s = signal
                .named
                .iter()
                .find(|n| n.session.id == story.session_id)
                .map(|n| n.session);
            let step = s.map_or(story.step_title.as_str(), |s| step_title(s, &story.step_id));
            let what = match &story.kind {
                StoryKind::Decision => fill(rep.story_decision, &[&step]),
                StoryKind::Reflection { author: Some(a) } => {
                    format!("{} ({a})", fill(rep.story_reflection, &[&step]))
                }
                StoryKind::Reflection { author: None } => fill(rep.story_reflection, &[&step]),
            };
            item(
                out,
                &format!(
                    "{what}, {} ({}): {}",
                    long_date(story.date, lang),
                    story.group.trim(),
                    story.text.trim()
                ),
            );
        }
        blank(out);
    }
}
