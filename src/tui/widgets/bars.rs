//! Horizontal bars drawn with block characters, in eighths of a cell, so
//! counts of 3 and 4 differ visibly even in a narrow column.

const EIGHTHS: [char; 8] = [' ', '▏', '▎', '▍', '▌', '▋', '▊', '▉'];

/// A bar for `count` out of `max`, at most `width` cells; any count above
/// zero shows at least a sliver, so a theme tagged once is not invisible.
pub fn bar(count: usize, max: usize, width: usize) -> String {
    if count == 0 || max == 0 || width == 0 {
        return String::new();
    }
    let eighths = (count.min(max) * width * 8).div_ceil(max).max(1);
    let mut out = "█".repeat(eighths / 8);
    if !eighths.is_multiple_of(8) {
        out.push(EIGHTHS[eighths % 8]);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_largest_count_fills_the_width_and_one_is_never_empty() {
        assert_eq!(bar(4, 4, 10), "█".repeat(10));
        assert_eq!(bar(2, 4, 10), "█".repeat(5));
        assert_eq!(bar(1, 100, 10), "▏");
        assert_eq!(bar(0, 4, 10), "");
    }
}
