//! More rows of the help table of [`super::help`], kept apart so that file
//! stays under 400 lines: the options of `casus list bottlenecks|actions`.

use super::help::{Text, t};

/// Help texts, looked up after `help.rs`'s own.
pub(super) const TEXTS: &[Text] = &[t(
    "list.excel_nl",
    "Met --format csv: voor Nederlandse Excel (puntkomma's, UTF-8 met BOM, Nederlandse kopregel).",
    "With --format csv: for Dutch Excel (semicolons, UTF-8 with BOM, Dutch header).",
)];
