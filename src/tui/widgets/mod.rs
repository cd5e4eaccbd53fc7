//! Widgets that recur across screens.

pub mod bars;
pub mod editor;
pub mod filter_list;
pub mod text;
pub mod timer;

/// The rows of a table worth building: a table drawn with a fresh
/// `TableState` shows the selected row on the first page, or else as its
/// last row, so a slice with `height` rows on either side of the selection
/// (`height` being at least the rows that fit) draws exactly what the whole
/// table would. With 100,000 sessions the other rows are never made.
pub fn table_window(selected: usize, len: usize, height: u16) -> std::ops::Range<usize> {
    let height = usize::from(height);
    let selected = selected.min(len.saturating_sub(1));
    selected.saturating_sub(height)..(selected + height + 1).min(len)
}

/// A rectangle of `pw`% by `ph`% in the middle of `area`.
pub fn popup(area: ratatui::layout::Rect, pw: u16, ph: u16) -> ratatui::layout::Rect {
    use ratatui::layout::{Constraint, Flex, Layout};
    let [v] = Layout::vertical([Constraint::Percentage(ph)])
        .flex(Flex::Center)
        .areas(area);
    let [h] = Layout::horizontal([Constraint::Percentage(pw)])
        .flex(Flex::Center)
        .areas(v);
    h
}
