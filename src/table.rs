//! Plain-text tables for the command line, aligned by display width: a CJK
//! character takes two columns, a combining mark none (`unicode-width`, as
//! the terminal screens measure).

use std::fmt;

use unicode_width::UnicodeWidthStr;

/// A table with a header row.
pub struct Table {
    rows: Vec<Vec<String>>,
}

impl Table {
    /// A table with these column headers.
    pub fn new(headers: Vec<&str>) -> Self {
        Table {
            rows: vec![headers.into_iter().map(str::to_string).collect()],
        }
    }

    /// Adds a row.
    pub fn row(&mut self, cells: Vec<String>) {
        self.rows.push(cells);
    }
}

impl fmt::Display for Table {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let columns = self.rows.iter().map(Vec::len).max().unwrap_or(0);
        let widths: Vec<usize> = (0..columns)
            .map(|c| {
                self.rows
                    .iter()
                    .filter_map(|r| r.get(c))
                    .map(|s| s.width())
                    .max()
                    .unwrap_or(0)
            })
            .collect();
        for row in &self.rows {
            let mut line = String::new();
            for (c, cell) in row.iter().enumerate() {
                line.push_str(cell);
                if c + 1 < row.len() {
                    let pad = widths[c] - cell.width() + 2;
                    line.extend(std::iter::repeat_n(' ', pad));
                }
            }
            writeln!(f, "{}", line.trim_end())?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_line_up_in_display_width_with_cjk_emoji_and_combining_marks() {
        let mut table = Table::new(vec!["id", "group", "n"]);
        table.row(vec!["a".into(), "团队北".into(), "1".into()]);
        table.row(vec!["b".into(), "team 🚀".into(), "2".into()]);
        // "Zoë" with a combining diaeresis: four chars, three columns.
        table.row(vec!["c".into(), "Zoe\u{308}".into(), "3".into()]);
        let text = table.to_string();
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(
            lines,
            [
                "id  group    n",
                "a   团队北   1",
                "b   team 🚀  2",
                "c   Zoe\u{308}      3",
            ]
        );
        // The last column starts at the same display column on every line.
        for line in &lines {
            let (before, _) = line.rsplit_once("  ").unwrap();
            assert_eq!(format!("{before}  ").width(), 13, "{line:?}");
        }
    }
}
