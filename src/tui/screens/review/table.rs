//! The session list's table: which columns show at which width, how wide
//! each is, and one row per session.

use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span, Text};
use ratatui::widgets::{Cell, Row, Table, TableState};

use crate::model::Session;
use crate::tui::ctx::Ctx;
use crate::tui::widgets::text::{fit, width};

/// The labels of the themes tagged in a session, most tagged first.
pub fn theme_labels(session: &Session) -> Vec<&str> {
    let mut counts: Vec<(&str, usize)> = Vec::new();
    for reference in session.steps.iter().flat_map(|s| &s.themes) {
        match counts.iter_mut().find(|(r, _)| *r == reference.as_str()) {
            Some((_, n)) => *n += 1,
            None => counts.push((reference.as_str(), 1)),
        }
    }
    // Stable sort: equal counts keep the order they were first tagged in.
    counts.sort_by_key(|&(_, n)| std::cmp::Reverse(n));
    counts
        .into_iter()
        .map(|(r, _)| session.theme_label(r).unwrap_or(r))
        .collect()
}

/// Below this width a session takes two rows, so nothing is cut to nothing.
const WIDE: u16 = 110;

/// Draws the sessions in `rows` of the list, `selected` counted over all of
/// them; the column widths come from all of them (`widest`), so they do not
/// shift while scrolling.
pub fn draw_table(
    frame: &mut Frame,
    area: Rect,
    ctx: &Ctx,
    sessions: &[&Session],
    widest: &Widest,
    selected: usize,
    rows: std::ops::Range<usize>,
) {
    let p = ctx.palette;
    let wide = area.width >= WIDE;
    let r = ctx.lang.review();
    let header: Vec<String> = if wide {
        [
            r.col_date,
            r.col_group,
            r.col_case,
            r.col_method,
            r.col_decided,
            r.col_themes,
        ]
        .map(String::from)
        .to_vec()
    } else {
        vec![
            r.col_date.to_string(),
            format!("{} / {}", r.col_group, r.col_method),
            format!("{} / {}", r.col_case, r.col_themes),
            r.col_decided.to_string(),
        ]
    };
    let widths = widths(ctx, widest, &header, area.width, wide);
    let first = rows.start;
    let rows: Vec<Row> = sessions[rows]
        .iter()
        .map(|s| row(ctx, &Cells::of(ctx, s), &widths, wide))
        .collect();
    let table = Table::new(rows, widths.iter().map(|w| Constraint::Length(*w)))
        .header(Row::new(header).style(p.label()))
        .row_highlight_style(p.selected())
        .highlight_symbol("▶ ")
        .column_spacing(1);
    let mut state = TableState::default().with_selected(Some(selected - first));
    frame.render_stateful_widget(table, area, &mut state);
}

/// The widest text of each column over the sessions listed, measured
/// without building their rows.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Widest {
    group: usize,
    method: usize,
    case: usize,
    /// `2/3` of a finished session.
    finished: usize,
    /// `2/3` of a running one (`2/3 lopend` on wide terminals); `None`: none runs.
    running: Option<usize>,
}

impl Widest {
    /// Measures these sessions.
    pub fn of(sessions: &[&Session]) -> Widest {
        let mut w = Widest::default();
        for s in sessions {
            let decided = width(&format!("{}/{}", s.decided_steps(), s.steps.len()));
            w.group = w.group.max(width(&s.group));
            w.method = w.method.max(width(&s.method.title));
            w.case = w.case.max(width(&s.case.title));
            if s.is_finished() {
                w.finished = w.finished.max(decided);
            } else {
                w.running = Some(w.running.unwrap_or(0).max(decided));
            }
        }
        w
    }
}

/// The texts of one session's row, before they are cut to their columns.
struct Cells {
    date: String,
    group: String,
    case: String,
    method: String,
    decided: String,
    open: Option<&'static str>,
    themes: Vec<String>,
}

impl Cells {
    fn of(ctx: &Ctx, session: &Session) -> Cells {
        Cells {
            date: ctx.date(session.started).to_string(),
            group: session.group.clone(),
            case: session.case.title.clone(),
            method: session.method.title.clone(),
            decided: format!("{}/{}", session.decided_steps(), session.steps.len()),
            open: (!session.is_finished()).then_some(ctx.strings().review_unfinished),
            themes: theme_labels(session)
                .into_iter()
                .map(String::from)
                .collect(),
        }
    }

    /// `2/3` or, for a session still running, `2/3 lopend`.
    fn progress(&self) -> String {
        match self.open {
            Some(word) => format!("{} {word}", self.decided),
            None => self.decided.clone(),
        }
    }
}

/// Column widths from what the cells hold (capped), the themes taking the rest:
/// they are what a team lead scans for, so they get every column left over.
fn widths(ctx: &Ctx, w: &Widest, header: &[String], total: u16, wide: bool) -> Vec<u16> {
    let widest = |col: usize, cells: usize, cap: usize| {
        let head = header.get(col).map_or(0, |h| h.chars().count());
        cells.max(head).min(cap) as u16
    };
    // `2/3`, `2/3 lopend`, and `lopend` on a line of its own.
    let open = w
        .running
        .map_or(0, |_| width(ctx.strings().review_unfinished));
    let decided = w.finished.max(w.running.unwrap_or(0));
    let progress = w.finished.max(w.running.map_or(0, |d| d + 1 + open));
    // Two columns for the highlight symbol, one space between columns.
    let gaps = header.len() as u16 + 1;
    if wide {
        let mut group = widest(1, w.group, 18);
        let mut method = widest(3, w.method, 16);
        let decided = widest(4, progress, 16);
        let mut case = widest(2, w.case, 30);
        let themes_min = 24;
        // A wide window gives cut columns their whole text (method, case,
        // group), while the themes keep two fifths of the width.
        let themes_keep = themes_min.max(total * 2 / 5);
        let mut spare =
            total.saturating_sub(10 + group + method + decided + case + gaps + themes_keep);
        for (col, cells) in [
            (&mut method, w.method),
            (&mut case, w.case),
            (&mut group, w.group),
        ] {
            let add = (cells as u16).saturating_sub(*col).min(spare);
            *col += add;
            spare -= add;
        }
        let fixed = 10 + group + method + decided + gaps;
        let rest = total.saturating_sub(fixed);
        case = case.min(rest.saturating_sub(themes_min).max(12));
        vec![10, group, case, method, decided, rest.saturating_sub(case)]
    } else {
        let second = widest(1, w.group.max(w.method), 16);
        let last = widest(3, decided.max(open), 12);
        let rest = total.saturating_sub(10 + second + last + gaps);
        vec![10, second, rest, last]
    }
}

/// As many whole labels as fit, then `+2` for the rest: a label cut in the
/// middle reads as a different theme, a count sends the reader to the detail.
fn fit_labels(labels: &[String], max: usize) -> String {
    let more = |n: usize| {
        if n > 0 {
            format!(" +{n}")
        } else {
            String::new()
        }
    };
    let mut out = String::new();
    let mut shown = 0;
    for (i, label) in labels.iter().enumerate() {
        let candidate = if out.is_empty() {
            label.clone()
        } else {
            format!("{out}, {label}")
        };
        if width(&candidate) + width(&more(labels.len() - i - 1)) > max {
            break;
        }
        out = candidate;
        shown = i + 1;
    }
    if shown == 0 && !labels.is_empty() {
        // Not even one label fits whole: cut it, keep the count of the others.
        let rest = more(labels.len() - 1);
        return format!(
            "{}{rest}",
            fit(&labels[0], max.saturating_sub(width(&rest)))
        );
    }
    format!("{out}{}", more(labels.len() - shown))
}

fn row(ctx: &Ctx, c: &Cells, w: &[u16], wide: bool) -> Row<'static> {
    let p = ctx.palette;
    let cut = |text: &str, col: usize| fit(text, w[col] as usize);
    if wide {
        return Row::new(vec![
            Cell::from(c.date.clone()),
            Cell::from(cut(&c.group, 1)),
            Cell::from(Span::styled(cut(&c.case, 2), p.label())),
            Cell::from(cut(&c.method, 3)),
            Cell::from(cut(&c.progress(), 4)),
            Cell::from(Span::styled(fit_labels(&c.themes, w[5] as usize), p.dim())),
        ]);
    }
    let two = |a: String, b: String, first: Style| {
        Cell::from(Text::from(vec![
            Line::styled(a, first),
            Line::styled(b, p.dim()),
        ]))
    };
    Row::new(vec![
        Cell::from(c.date.clone()),
        two(cut(&c.group, 1), cut(&c.method, 1), Style::new()),
        two(
            cut(&c.case, 2),
            fit_labels(&c.themes, w[2] as usize),
            p.label(),
        ),
        two(
            c.decided.clone(),
            c.open.map(|o| cut(o, 3)).unwrap_or_default(),
            Style::new(),
        ),
    ])
    .height(2)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn theme_labels_are_whole_or_counted() {
        let labels = ["Sterke eerste lijn", "Normatief", "Persoonlijk"].map(String::from);
        assert_eq!(
            fit_labels(&labels, 80),
            "Sterke eerste lijn, Normatief, Persoonlijk"
        );
        assert_eq!(fit_labels(&labels, 32), "Sterke eerste lijn, Normatief +1");
        assert_eq!(fit_labels(&labels, 12), "Sterke e… +2");
        assert_eq!(fit_labels(&[], 12), "");
    }
}

#[cfg(test)]
mod window_tests {
    use super::*;
    use crate::i18n::Lang;
    use crate::library::Library;
    use crate::model::{Case, Method, Step};
    use crate::tui::widgets::table_window;
    use ratatui::Terminal;
    use ratatui::backend::TestBackend;

    /// Sessions of differing widths: groups, case titles, progress, some running.
    fn sessions(n: usize) -> Vec<Session> {
        (0..n)
            .map(|i| {
                let step = |id: &str| Step {
                    id: id.into(),
                    title: id.into(),
                    ..Step::default()
                };
                let case = Case {
                    schema_version: 1,
                    id: "c".into(),
                    title: format!("Casus {}", "x".repeat(i % 37)),
                    language: "nl".into(),
                    summary: String::new(),
                    context: String::new(),
                    tags: vec![],
                    steps: (0..1 + i % 12).map(|k| step(&format!("s{k}"))).collect(),
                };
                let method = Method {
                    scores: Vec::new(),
                    schema_version: 1,
                    id: "m".into(),
                    title: format!("Methode {}", i % 7),
                    description: None,
                    phases: vec![],
                };
                let at = jiff::Timestamp::from_second(1_700_000_000 - i as i64 * 86_400).unwrap();
                let group = format!("Team {}", "n".repeat(i * 7 % 23));
                let mut s = Session::new(format!("s{i:04}"), at, group, case, method, vec![]);
                for (k, step) in s.steps.iter_mut().enumerate() {
                    if k % 3 != 1 {
                        step.decision = "besloten".into();
                    }
                }
                if i % 5 != 0 {
                    s.finished = Some(at);
                }
                s
            })
            .collect()
    }

    #[test]
    fn a_window_of_the_rows_draws_what_the_whole_table_draws() {
        let library = Library::load(None, &[]);
        let ids = crate::tui::ctx::Ids::Random;
        let ctx = Ctx {
            lang: Lang::Nl,
            now: jiff::Timestamp::now(),
            tz: &jiff::tz::TimeZone::UTC,
            ids: &ids,
            library: &library,
            palette: crate::tui::style::Palette::new(false),
            present: false,
            keymap: &crate::tui::keymap::Keymap::default(),
            export_warned: None,
        };
        let all = sessions(400);
        let refs: Vec<&Session> = all.iter().collect();
        let widest = Widest::of(&refs);
        for (w, h) in [(80, 24), (120, 40), (200, 7)] {
            for selected in [0, 1, 10, 21, 22, 23, 37, 38, 39, 200, 398, 399] {
                let draw = |rows: std::ops::Range<usize>| {
                    let mut term = Terminal::new(TestBackend::new(w, h)).unwrap();
                    term.draw(|f| draw_table(f, f.area(), &ctx, &refs, &widest, selected, rows))
                        .unwrap();
                    term.backend().buffer().clone()
                };
                assert_eq!(
                    draw(table_window(selected, refs.len(), h)),
                    draw(0..refs.len()),
                    "{w}x{h}, row {selected}"
                );
            }
        }
    }
}
