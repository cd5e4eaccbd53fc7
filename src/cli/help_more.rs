//! The shape of a row of the help table of [`super::help`], and more rows,
//! kept apart so that file stays under 400 lines: the options of `casus
//! list bottlenecks|actions`.

/// One text in both languages: `key` is `""` for the root, a subcommand's
/// name, `PATH.ID` for an argument (`.ID` for the root's), or `@NAME` for
/// the chrome (headings, examples).
pub(super) struct Text {
    pub(super) key: &'static str,
    pub(super) nl: &'static str,
    pub(super) en: &'static str,
}

pub(super) const fn t(key: &'static str, nl: &'static str, en: &'static str) -> Text {
    Text { key, nl, en }
}

/// Help texts, looked up after `help.rs`'s own.
pub(super) const TEXTS: &[Text] = &[
    t(
        "list.excel_nl",
        "Met --format csv: voor Nederlandse Excel (puntkomma's, UTF-8 met BOM, Nederlandse kopregel).",
        "With --format csv: for Dutch Excel (semicolons, UTF-8 with BOM, Dutch header).",
    ),
    t(
        "new.practice",
        "Een oefensessie (training): geen terugblik, en niet in het register, de tellingen, het zoeken en de rapportages, tenzij een filter erom vraagt.",
        "A practice session (training): no terugblik, and left out of the register, counts, search and reports unless a filter asks for it.",
    ),
];
