//! Text helpers for drawing: multi-line text as lines, cutting to a width,
//! and word wrapping that the screens can count (so scrolling stops at the end).

use ratatui::style::Style;
use ratatui::text::{Line, Span};

/// One `Line` per line of `text`, with `indent` before each.
pub fn lines(text: &str, indent: &str, style: Style) -> Vec<Line<'static>> {
    text.split('\n')
        .map(|l| Line::styled(format!("{indent}{l}"), style))
        .collect()
}

/// Columns the text takes on a terminal.
pub fn width(text: &str) -> usize {
    Span::raw(text).width()
}

fn char_width(c: char) -> usize {
    let mut buf = [0u8; 4];
    width(c.encode_utf8(&mut buf))
}

/// The columns the main text keeps beside a side column on a wide window:
/// a comfortable line, and the rest of the width for the side.
pub const MAIN_TEXT: u16 = 100;

/// The width of a side column (a list of titles, an owner column): `base`,
/// or on a wide window what its widest text `needs`, as long as the main
/// text keeps [`MAIN_TEXT`] columns of `total`. Space is not left empty
/// while a title is cut.
pub fn side_width(base: u16, needs: usize, total: u16) -> u16 {
    let room = total.saturating_sub(MAIN_TEXT);
    let needs = u16::try_from(needs).unwrap_or(u16::MAX);
    base.max(needs.min(room))
}

/// [`fit`] at a word's end: "1. De leerkracht…" rather than "1. De
/// leerkracht m…" (a title cut mid-word reads as another word); a first
/// word too long for `max` is cut as `fit` cuts it.
pub fn fit_words(text: &str, max: usize) -> String {
    let cut = fit(text, max);
    let Some(kept) = cut.strip_suffix('…') else {
        return cut;
    };
    let whole = kept.ends_with(' ')
        || text
            .get(kept.len()..)
            .is_some_and(|rest| rest.starts_with(' '));
    if whole {
        return format!("{}…", kept.trim_end());
    }
    match kept.trim_end().rfind(' ') {
        Some(i) if !kept[..i].trim().is_empty() => format!("{}…", kept[..i].trim_end()),
        _ => cut,
    }
}

/// The text on one line, cut to `max` columns with `…` when it is longer.
pub fn fit(text: &str, max: usize) -> String {
    // Newlines in a one-line cell would break the table's rows.
    let flat: String = text
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    if width(&flat) <= max {
        return flat;
    }
    if max == 0 {
        return String::new();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in flat.chars() {
        let w = char_width(c);
        if used + w > max - 1 {
            break;
        }
        used += w;
        out.push(c);
    }
    out.push('…');
    out
}

/// Lines wrapped at word boundaries to `max` columns; continuation rows keep
/// the line's leading indent, so a wrapped decision stays under its label.
///
/// Screens wrap themselves (instead of `Paragraph::wrap`) because they need the
/// number of rows to stop scrolling at the end of the text.
pub fn wrap(lines: &[Line<'static>], max: usize) -> Vec<Line<'static>> {
    let mut out = Vec::new();
    for line in lines {
        wrap_line(line, max.max(8), &mut out);
    }
    out
}

fn wrap_line(line: &Line<'static>, max: usize, out: &mut Vec<Line<'static>>) {
    if line.width() <= max {
        out.push(line.clone());
        return;
    }
    let text: String = line.spans.iter().map(|s| s.content.as_ref()).collect();
    let indent = text.len() - text.trim_start_matches(' ').len();
    let indent = " ".repeat(indent.min(max / 2));
    let mut row: Vec<Span<'static>> = Vec::new();
    let mut used = 0;
    let new_row = |row: &mut Vec<Span<'static>>, used: &mut usize, out: &mut Vec<Line<'static>>| {
        // Spaces at the end of a row would only show as trailing blanks.
        if let Some(last) = row.last_mut() {
            let trimmed = last.content.trim_end().to_string();
            last.content = trimmed.into();
        }
        let mut done = Line::from(std::mem::take(row));
        done.style = line.style;
        out.push(done);
        row.push(Span::raw(indent.clone()));
        *used = indent.len();
    };
    for span in &line.spans {
        for word in words(&span.content) {
            let w = width(word.trim_end());
            if used + w > max && used > indent.len() {
                new_row(&mut row, &mut used, out);
                if word.trim().is_empty() {
                    continue;
                }
            }
            if used + w > max {
                // A word longer than a row: cut it where the row ends.
                let mut piece = String::new();
                for c in word.chars() {
                    let cw = char_width(c);
                    if used + cw > max && used > indent.len() {
                        row.push(Span::styled(std::mem::take(&mut piece), span.style));
                        new_row(&mut row, &mut used, out);
                    }
                    piece.push(c);
                    used += cw;
                }
                row.push(Span::styled(piece, span.style));
                continue;
            }
            used += width(word);
            row.push(Span::styled(word.to_string(), span.style));
        }
    }
    if row.iter().any(|s| !s.content.trim().is_empty()) {
        let mut done = Line::from(row);
        done.style = line.style;
        out.push(done);
    }
}

/// Words with the spaces that follow them: `"a  b"` → `["a  ", "b"]`.
fn words(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut in_space = false;
    for (i, c) in text.char_indices() {
        if c == ' ' {
            in_space = true;
        } else if in_space {
            out.push(&text[start..i]);
            start = i;
            in_space = false;
        }
    }
    if start < text.len() {
        out.push(&text[start..]);
    }
    out
}

/// Draws `lines` wrapped to `area`, scrolled by `scroll` rows (never past the
/// end), with a "more" marker on the last row when text is still below.
pub fn render_scrolled(
    frame: &mut ratatui::Frame,
    area: ratatui::layout::Rect,
    lines: &[Line<'static>],
    scroll: u16,
    more: &str,
    more_style: Style,
) {
    render_seen(frame, area, lines, (scroll, None), more, more_style);
}

/// What a scrolled text looked like when it was last drawn: for paging and
/// for scrolling a line into view (kept in a `Cell` by the screen).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Seen {
    /// Rows visible.
    pub height: u16,
    /// The last offset that still shows something (the text's end at the bottom).
    pub last: u16,
    /// The wrapped row the marked line starts on.
    pub mark: Option<u16>,
}

/// [`render_scrolled`] that says what it drew; `at.1` marks a line by its index.
pub fn render_seen(
    frame: &mut ratatui::Frame,
    area: ratatui::layout::Rect,
    lines: &[Line<'static>],
    at: (u16, Option<usize>),
    more: &str,
    more_style: Style,
) -> Seen {
    let (scroll, mark) = at;
    let rows = wrap(lines, area.width as usize);
    let height = area.height as usize;
    let seen = Seen {
        height: area.height,
        last: rows.len().saturating_sub(height) as u16,
        mark: mark.map(|m| wrap(&lines[..m.min(lines.len())], area.width as usize).len() as u16),
    };
    render_rows(frame, area, rows, scroll, more, more_style);
    seen
}

fn render_rows(
    frame: &mut ratatui::Frame,
    area: ratatui::layout::Rect,
    rows: Vec<Line<'static>>,
    scroll: u16,
    more: &str,
    more_style: Style,
) {
    let height = area.height as usize;
    let top = (scroll as usize).min(rows.len().saturating_sub(height));
    let below = rows.len() > top + height;
    let visible: Vec<Line<'static>> = rows.into_iter().skip(top).take(height).collect();
    frame.render_widget(ratatui::widgets::Paragraph::new(visible), area);
    if below && area.height > 0 {
        let label = format!(" ↓ {more} ");
        let w = (width(&label) as u16).min(area.width);
        let at = ratatui::layout::Rect::new(area.right() - w, area.bottom() - 1, w, 1);
        frame.render_widget(ratatui::widgets::Clear, at);
        frame.render_widget(
            ratatui::widgets::Paragraph::new(label).style(more_style),
            at,
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fit_words_cuts_at_a_words_end() {
        assert_eq!(fit_words("1. De leerkracht maakt", 18), "1. De leerkracht…");
        assert_eq!(fit_words("1. De leerkracht maakt", 17), "1. De leerkracht…");
        assert_eq!(
            fit_words("1. De leerkracht maakt", 30),
            "1. De leerkracht maakt"
        );
        assert_eq!(fit_words("Onderwijszorgarrangement", 8), "Onderwi…");
    }

    #[test]
    fn a_side_column_grows_to_its_text_only_on_a_wide_window() {
        assert_eq!(side_width(30, 48, 80), 30, "80 columns: the base");
        assert_eq!(side_width(30, 48, 120), 30, "the main text keeps 100");
        assert_eq!(side_width(30, 48, 200), 48, "200 columns: all it needs");
        assert_eq!(side_width(30, 148, 200), 100, "never more than the rest");
        assert_eq!(side_width(30, 12, 200), 30, "never less than the base");
    }

    fn plain(lines: &[Line]) -> Vec<String> {
        lines.iter().map(|l| l.to_string()).collect()
    }

    #[test]
    fn fit_cuts_with_an_ellipsis_and_flattens_newlines() {
        assert_eq!(fit("Team Noord", 20), "Team Noord");
        assert_eq!(fit("Team Noord", 6), "Team …");
        assert_eq!(fit("a\nb", 5), "a b");
    }

    #[test]
    fn wrap_keeps_the_indent_and_breaks_long_words() {
        let wrapped = wrap(&[Line::raw("  een twee drie vier")], 10);
        assert_eq!(plain(&wrapped), ["  een twee", "  drie", "  vier"]);
        let long = wrap(&[Line::raw("abcdefghijkl")], 8);
        assert_eq!(plain(&long), ["abcdefgh", "ijkl"]);
    }
}
