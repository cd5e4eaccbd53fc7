//! Multi-line text as ratatui lines: `Line::raw` would fold newlines away.

use ratatui::style::Style;
use ratatui::text::Line;

/// One `Line` per line of `text`, with `indent` before each.
pub fn lines(text: &str, indent: &str, style: Style) -> Vec<Line<'static>> {
    text.split('\n')
        .map(|l| Line::styled(format!("{indent}{l}"), style))
        .collect()
}
