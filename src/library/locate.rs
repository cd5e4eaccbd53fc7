//! Finding where a value stands in a RON text, so that problems found after
//! parsing (a bad id, a dangling reference) still get a line and column.

/// 1-based line and character column of byte offset `at` in `text`.
pub fn line_col(text: &str, at: usize) -> (usize, usize) {
    let at = at.min(text.len());
    let before = &text[..floor_char_boundary(text, at)];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, before[line_start..].chars().count() + 1)
}

fn floor_char_boundary(text: &str, mut at: usize) -> usize {
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// Byte offset of the `n`-th (0-based) `field: value` at or after `from`,
/// where `value` is the literal as written (`"id"` with quotes, or `300`).
/// Comments are not skipped: a commented-out copy is rare and only moves the caret.
pub fn find_field(text: &str, field: &str, value: &str, from: usize, n: usize) -> Option<usize> {
    let mut seen = 0;
    let mut pos = from.min(text.len());
    while let Some(rel) = text[pos..].find(field) {
        let start = pos + rel;
        pos = start + field.len();
        let before_ok = text[..start]
            .chars()
            .next_back()
            .is_none_or(|c| !(c.is_alphanumeric() || c == '_'));
        let rest = text[pos..].trim_start();
        let Some(rest) = rest.strip_prefix(':') else {
            continue;
        };
        let value_at = text.len() - rest.trim_start().len();
        if before_ok && text[value_at..].starts_with(value) {
            if seen == n {
                return Some(value_at);
            }
            seen += 1;
        }
    }
    None
}

/// Byte offset of the first `literal` at or after `from`.
pub fn find_literal(text: &str, literal: &str, from: usize) -> Option<usize> {
    let from = from.min(text.len());
    text[from..].find(literal).map(|i| from + i)
}

/// Byte offset of the key `field:` at or after `from`.
pub fn find_key(text: &str, field: &str, from: usize) -> Option<usize> {
    let mut pos = from.min(text.len());
    while let Some(rel) = text[pos..].find(field) {
        let start = pos + rel;
        pos = start + field.len();
        let before_ok = text[..start]
            .chars()
            .next_back()
            .is_none_or(|c| !(c.is_alphanumeric() || c == '_'));
        if before_ok && text[pos..].trim_start().starts_with(':') {
            return Some(start);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_col_counts_characters_from_one() {
        let text = "ab\nëë x";
        assert_eq!(line_col(text, 0), (1, 1));
        assert_eq!(line_col(text, 3), (2, 1));
        assert_eq!(line_col(text, text.find('x').unwrap()), (2, 4));
    }

    #[test]
    fn find_field_skips_other_fields_with_the_same_suffix() {
        let text = "(step_id: \"a\", id: \"a\", id: \"b\")";
        assert_eq!(find_field(text, "id", "\"a\"", 0, 0), Some(19));
        assert_eq!(find_field(text, "id", "\"a\"", 0, 1), None);
        assert_eq!(find_field(text, "id", "\"b\"", 0, 0), Some(28));
    }
}
