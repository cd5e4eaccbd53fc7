//! Markdown reports, readable as plain text too (by someone without casus).
//!
//! [`session_report`] is what a trainer mails to participants after a
//! session; [`set_report`] is "tellen en vertellen" for a filtered set of
//! sessions: the counts as tables and the stories behind them. Facilitator
//! notes and unsaved drafts never appear: the report is for the group, and
//! only what the group committed belongs in it. An outcome appears only when
//! it was revealed in the session.

use jiff::tz::TimeZone;

use crate::i18n::{Lang, ReviewStrings, fill};
use crate::model::{Bottleneck, Session};
use crate::review::stats::{Stats, stories};
use crate::review::{Story, StoryKind, session_date, step_title};

use super::long_date;
use super::md::{
    blank, esc, field, field_code, heading, item, label, labelled, line, one_line, paragraph,
    quote, row, table_head,
};
use super::positions::votes_suffix;

/// The report of one session: what was decided, said and named, in order;
/// dates in the time zone `tz`.
pub fn session_report(session: &Session, lang: Lang, tz: &TimeZone) -> String {
    let r = lang.review();
    let mut out = String::new();
    let s = session;
    heading(&mut out, 1, &s.case.title);
    field(&mut out, r.md_date, &long_date(session_date(s, tz), lang));
    field(&mut out, r.md_group, &s.group);
    let participants: Vec<&str> = s
        .participants
        .iter()
        .map(|p| p.trim())
        .filter(|p| !p.is_empty())
        .collect();
    if !participants.is_empty() {
        field(&mut out, r.md_participants, &participants.join(", "));
    }
    field(&mut out, r.md_method, &s.method.title);
    let sets: Vec<&str> = s.theme_sets.iter().map(|t| t.title.as_str()).collect();
    if !sets.is_empty() {
        field(&mut out, r.md_theme_sets, &sets.join("; "));
    }
    let status = match s.finished {
        Some(at) => fill(
            r.md_finished_on,
            &[&long_date(crate::review::local_date(at, tz), lang)],
        ),
        None => r.md_unfinished.to_string(),
    };
    field(&mut out, r.md_status, &status);
    blank(&mut out);
    super::followups::section(&mut out, s, lang);

    heading(&mut out, 2, r.md_case);
    if !s.case.summary.trim().is_empty() {
        paragraph(&mut out, &format!("_{}_", one_line(&s.case.summary)));
    }
    paragraph(&mut out, &s.case.context);

    heading(&mut out, 2, r.md_decision_points);
    for (i, record) in s.steps.iter().enumerate() {
        let step = s.case.steps.iter().find(|c| c.id == record.step);
        heading(
            &mut out,
            3,
            &format!("{}. {}", i + 1, step_title(s, &record.step)),
        );
        if let Some(step) = step {
            labelled(&mut out, r.md_situation, &step.situation);
            labelled(&mut out, r.md_question, &step.question);
            if !step.options.is_empty() {
                label(&mut out, r.md_options);
                step.options.iter().for_each(|o| item(&mut out, o));
                blank(&mut out);
            }
        }
        super::positions::step_positions(&mut out, s, i, lang);
        if record.decision.trim().is_empty() {
            labelled(&mut out, r.md_decision, &format!("_{}_", r.md_no_decision));
        } else {
            labelled(&mut out, r.md_decision, &record.decision);
        }
        let labels: Vec<&str> = record
            .themes
            .iter()
            .map(|t| s.theme_label(t).unwrap_or(t))
            .collect();
        if !labels.is_empty() {
            paragraph(
                &mut out,
                &format!("**{}:** {}", r.md_themes, labels.join(", ")),
            );
        }
        let reflections: Vec<_> = record
            .reflections
            .iter()
            .filter(|x| !x.text.trim().is_empty())
            .collect();
        if !reflections.is_empty() {
            label(&mut out, r.md_reflections);
            for x in reflections {
                item(&mut out, &with_author(&x.text, x.author.as_deref()));
            }
            blank(&mut out);
        }
        let here = s.step_bottlenecks(i);
        if !here.is_empty() {
            let title = if here.len() == 1 {
                r.md_bottleneck
            } else {
                r.md_bottlenecks
            };
            label(&mut out, title);
            for b in here {
                item(&mut out, &bottleneck_line(&s.bottlenecks[b], lang));
            }
            blank(&mut out);
        }
        if let Some(outcome) = step
            .and_then(|c| c.outcome.as_deref())
            .filter(|_| record.revealed)
        {
            labelled(&mut out, r.md_outcome, outcome);
        }
    }

    let notes: Vec<(&str, &str)> = s
        .phases
        .iter()
        .filter(|p| !p.notes.trim().is_empty())
        .map(|p| {
            let title = s
                .method
                .phases
                .iter()
                .find(|m| m.id == p.phase)
                .map_or(p.phase.as_str(), |m| m.title.as_str());
            (title, p.notes.as_str())
        })
        .collect();
    if !notes.is_empty() {
        heading(&mut out, 2, r.md_phase_notes);
        for (title, text) in notes {
            heading(&mut out, 3, title);
            paragraph(&mut out, text);
        }
    }

    let actions: Vec<_> = s
        .ranked_actions()
        .into_iter()
        .filter(|a| !a.text.trim().is_empty())
        .collect();
    if !s.lessons.trim().is_empty() || !s.bottlenecks.is_empty() || !actions.is_empty() {
        heading(&mut out, 2, r.md_closing);
        if !s.lessons.trim().is_empty() {
            heading(&mut out, 3, r.md_lessons);
            paragraph(&mut out, &s.lessons);
        }
        if !s.bottlenecks.is_empty() {
            heading(&mut out, 3, r.md_bottlenecks);
            for b in s.ranked_bottlenecks() {
                let place = b
                    .step
                    .as_deref()
                    .map(|id| format!("{}: ", step_title(s, id)));
                item(
                    &mut out,
                    &format!("{}{}", place.unwrap_or_default(), bottleneck_line(b, lang)),
                );
            }
            blank(&mut out);
        }
        if !actions.is_empty() {
            heading(&mut out, 3, r.md_actions);
            for a in actions {
                let owner = a.owner.as_deref().map(str::trim).filter(|o| !o.is_empty());
                let text = match owner {
                    Some(o) => format!("{} ({}: {o})", a.text.trim(), r.md_owner),
                    None => a.text.trim().to_string(),
                };
                item(&mut out, &(text + &votes_suffix(&a.votes, lang)));
            }
            blank(&mut out);
        }
    }

    super::scores::section(&mut out, s, lang);
    heading(&mut out, 2, r.md_themes_counted);
    theme_table(&mut out, &Stats::compute(&[s], tz), r, false);
    line(&mut out, "---");
    blank(&mut out);
    line(
        &mut out,
        &format!("_{}_", esc(&fill(r.md_footer, &[&s.id]))),
    );
    out
}

/// "Tellen en vertellen" over a set of sessions (pass them newest first):
/// the filter used, the sessions, the counts per theme set and quarter, the
/// stories per theme, and the bottlenecks; dates and quarters in the time zone `tz`.
pub fn set_report(sessions: &[&Session], filter: &str, lang: Lang, tz: &TimeZone) -> String {
    let r = lang.review();
    let mut out = String::new();
    let stats = Stats::compute(sessions, tz);
    line(&mut out, &format!("# {}", r.md_set_title));
    blank(&mut out);
    let filter = filter.trim();
    if filter.is_empty() {
        field(&mut out, r.md_filter, &format!("_{}_", r.md_no_filter));
    } else {
        field_code(&mut out, r.md_filter, filter);
    }
    let dates: Vec<_> = sessions.iter().map(|s| session_date(s, tz)).collect();
    let mut count = stats.sessions.to_string();
    if let (Some(first), Some(last)) = (dates.iter().min(), dates.iter().max()) {
        count = fill(
            r.md_sessions_range,
            &[&count, &long_date(*first, lang), &long_date(*last, lang)],
        );
    }
    field(&mut out, r.md_sessions, &count);
    field(
        &mut out,
        r.md_decision_points,
        &fill(r.md_decided_of, &[&stats.decided, &stats.decision_points]),
    );
    blank(&mut out);
    if let Some(counts) = stats.positions.line(r) {
        paragraph(&mut out, &counts);
    }
    if sessions.is_empty() {
        paragraph(&mut out, &format!("_{}_", r.md_no_sessions));
        return out;
    }

    heading(&mut out, 2, r.md_sessions);
    table_head(
        &mut out,
        &[
            r.col_date,
            r.col_group,
            r.col_case,
            r.col_method,
            r.col_decided,
        ],
        Some(4),
    );
    for s in sessions {
        let decided = format!("{}/{}", s.decided_steps(), s.steps.len());
        row(
            &mut out,
            &[
                &session_date(s, tz).to_string(),
                &s.group,
                &s.case.title,
                &s.method.title,
                &decided,
            ],
        );
    }
    blank(&mut out);

    heading(&mut out, 2, r.md_themes_counted);
    theme_table(&mut out, &stats, r, true);

    heading(&mut out, 2, r.md_stories);
    if stats.sets.is_empty() {
        paragraph(&mut out, &format!("_{}_", r.md_no_themes));
    }
    for (set, theme) in stats.themes() {
        heading(
            &mut out,
            3,
            &format!("{} ({})", one_line(&theme.label), theme.count),
        );
        paragraph(
            &mut out,
            &format!("_{}_ · `{}`", one_line(&set.title), theme.reference),
        );
        write_stories(&mut out, &stories(sessions, &theme.reference, tz), r);
    }

    let bottlenecks: Vec<(&Session, &Bottleneck)> = sessions
        .iter()
        .flat_map(|s| s.ranked_bottlenecks().into_iter().map(move |b| (*s, b)))
        .collect();
    if !bottlenecks.is_empty() {
        heading(&mut out, 2, r.md_bottlenecks);
        table_head(
            &mut out,
            &[
                r.col_date,
                r.col_case,
                r.col_step,
                r.md_bottleneck,
                r.md_owner,
                r.md_status,
            ],
            None,
        );
        for (s, b) in bottlenecks {
            let step = b.step.as_deref().map_or("", |id| step_title(s, id));
            let owner = b.owner.as_deref().unwrap_or("");
            row(
                &mut out,
                &[
                    &session_date(s, tz).to_string(),
                    &s.case.title,
                    step,
                    &b.text,
                    owner,
                    lang.review().status_label(b.status),
                ],
            );
        }
        blank(&mut out);
    }
    out
}

/// Stories grouped under one heading per decision point.
fn write_stories(out: &mut String, stories: &[Story], r: &ReviewStrings) {
    let mut last: Option<(&str, usize)> = None;
    for story in stories {
        if last != Some((story.session_id.as_str(), story.step_index)) {
            let place = format!(
                "{} · {} · {} › {}",
                story.date,
                one_line(&story.group),
                one_line(&story.case_title),
                one_line(&story.step_title)
            );
            heading(out, 4, &place);
            last = Some((story.session_id.as_str(), story.step_index));
        }
        match &story.kind {
            StoryKind::Decision => labelled(out, r.md_decision, &story.text),
            StoryKind::Reflection { author } => {
                let text = with_author(&story.text, author.as_deref());
                quote(out, &text);
            }
        }
    }
}

/// Themes as a table per set; with quarters when there is more than one.
fn theme_table(out: &mut String, stats: &Stats, r: &ReviewStrings, by_quarter: bool) {
    if stats.sets.is_empty() {
        paragraph(out, &format!("_{}_", r.md_no_themes));
        return;
    }
    let quarters: Vec<String> = if by_quarter && stats.quarters.len() > 1 {
        stats.quarters.iter().map(|q| q.to_string()).collect()
    } else {
        Vec::new()
    };
    for set in &stats.sets {
        heading(out, 3, &fill(r.set_total, &[&set.title, &set.count]));
        let mut head = vec![r.md_theme, r.md_count];
        head.extend(quarters.iter().map(String::as_str));
        table_head(out, &head, Some(1));
        for theme in &set.themes {
            let mut cells = vec![theme.label.clone(), theme.count.to_string()];
            if !quarters.is_empty() {
                cells.extend(theme.per_quarter.iter().map(|n| n.to_string()));
            }
            let cells: Vec<&str> = cells.iter().map(String::as_str).collect();
            row(out, &cells);
        }
        blank(out);
    }
}

fn bottleneck_line(b: &Bottleneck, lang: Lang) -> String {
    let r = lang.review();
    let owner = b.owner.as_deref().map(str::trim).filter(|o| !o.is_empty());
    let owner = owner.map_or(r.md_no_owner.to_string(), |o| {
        format!("{}: {o}", r.md_owner)
    });
    format!(
        "{} ({owner}; {}: {}){}",
        b.text.trim(),
        r.md_status.to_lowercase(),
        lang.review().status_label(b.status),
        votes_suffix(&b.votes, lang)
    )
}

fn with_author(text: &str, author: Option<&str>) -> String {
    match author.map(str::trim).filter(|a| !a.is_empty()) {
        Some(a) => format!("{} — {a}", text.trim()),
        None => text.trim().to_string(),
    }
}
