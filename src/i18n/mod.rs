//! Every user-facing string, in two tables, each filled once per language.
//!
//! The rule that splits them: [`Strings`] (`strings.rs`, filled by `nl.rs` and
//! `en.rs`) is what the interface says while someone works: the screens, the
//! library's `list` and `check`, the store's messages. [`ReviewStrings`]
//! (`review.rs`, filled by `review_nl.rs` and `review_en.rs`) is what the
//! review domain says and what leaves casus as output: filter and loading
//! messages, stats, search, register, Markdown and CSV exports, shared by the
//! review screens and the command line.
//!
//! A string with `{}` is filled by [`fill`], in order; a test checks that
//! both languages fill the same number. A count goes through a [`Plural`].

mod check;
mod cli;
mod clock;
mod edit;
mod en;
mod followup;
mod hints;
mod labels;
mod marks;
mod nl;
mod own;
mod register;
mod report;
mod review;
mod review_en;
mod review_nl;
mod save;
mod scores;
mod settings;
mod stance;
mod terugblik;

pub use check::CheckStrings;
pub use cli::CliStrings;
pub use clock::ClockStrings;
pub use edit::EditStrings;
pub use followup::{FollowUpReview, parse_action_status, parse_level, parse_status};
pub use hints::HintStrings;
pub use marks::Marks;
pub use own::OwnStrings;
pub use register::RegisterStrings;
pub use report::ReportStrings;
pub use review::ReviewStrings;
pub use save::SaveStrings;
pub use scores::{ScoreReview, ScoreStrings};
pub use settings::SettingsStrings;
pub use stance::{StanceReview, StanceStrings};
pub use terugblik::TerugblikStrings;

/// An interface language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    /// Dutch, the default.
    #[default]
    Nl,
    /// English.
    En,
}

impl Lang {
    /// Parses `nl` or `en`.
    pub fn parse(code: &str) -> Option<Lang> {
        match code.to_ascii_lowercase().as_str() {
            "nl" => Some(Lang::Nl),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// From `LC_ALL`, `LC_MESSAGES` or `LANG` (the first that is set), else Dutch.
    pub fn from_env() -> Lang {
        let value = ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .filter_map(|k| std::env::var(k).ok())
            .find(|v| !v.is_empty())
            .unwrap_or_default();
        Lang::from_locale(&value)
    }

    /// `en_GB.UTF-8` is English, anything else Dutch (the tool's home language).
    pub fn from_locale(locale: &str) -> Lang {
        if locale.to_ascii_lowercase().starts_with("en") {
            Lang::En
        } else {
            Lang::Nl
        }
    }

    /// The two-letter code.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Nl => "nl",
            Lang::En => "en",
        }
    }

    /// The strings of this language.
    pub fn strings(self) -> &'static Strings {
        match self {
            Lang::Nl => &nl::STRINGS,
            Lang::En => &en::STRINGS,
        }
    }

    /// The strings of review, stats, search and exports in this language.
    pub fn review(self) -> &'static ReviewStrings {
        match self {
            Lang::Nl => &review_nl::STRINGS,
            Lang::En => &review_en::STRINGS,
        }
    }
}

/// The language of messages made far from the user's choice (a refused
/// write in the store, a diagnostic's label), set once at start-up by the
/// command line; until then Dutch, the tool's home language (never the
/// environment's, so a library caller gets the same text on every machine).
static PROCESS_LANG: std::sync::atomic::AtomicU8 = std::sync::atomic::AtomicU8::new(0);

/// Sets the language of messages made without a [`Lang`] at hand.
pub fn set_process_lang(lang: Lang) {
    let code = if lang == Lang::En { 2 } else { 1 };
    PROCESS_LANG.store(code, std::sync::atomic::Ordering::Relaxed);
}

/// The language [`set_process_lang`] chose, else Dutch.
pub fn process_lang() -> Lang {
    match PROCESS_LANG.load(std::sync::atomic::Ordering::Relaxed) {
        2 => Lang::En,
        _ => Lang::Nl,
    }
}

/// A text that depends on a count: `one` for exactly one, `other` for any
/// other number (Dutch and English need no more forms). Each may hold one
/// `{}` for the number.
#[derive(Debug, Clone, Copy)]
pub struct Plural {
    /// For exactly one: "{} sessie".
    pub one: &'static str,
    /// For zero or more than one: "{} sessies".
    pub other: &'static str,
}

impl Plural {
    /// The form for `n`, with `n` filled in.
    pub fn of(&self, n: usize) -> String {
        fill(if n == 1 { self.one } else { self.other }, &[&n])
    }
}

/// Fills each `{}` in `template` with the next argument.
pub fn fill(template: &str, args: &[&dyn std::fmt::Display]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut args = args.iter();
    let mut rest = template;
    while let Some(i) = rest.find("{}") {
        out.push_str(&rest[..i]);
        if let Some(arg) = args.next() {
            out.push_str(&arg.to_string());
        }
        rest = &rest[i + 2..];
    }
    out.push_str(rest);
    out
}

mod strings;
pub use strings::Strings;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_locale_gives_english_and_anything_else_dutch() {
        assert_eq!(Lang::from_locale("en_US.UTF-8"), Lang::En);
        assert_eq!(Lang::from_locale("nl_NL.UTF-8"), Lang::Nl);
        assert_eq!(Lang::from_locale("C"), Lang::Nl);
        assert_eq!(Lang::from_locale(""), Lang::Nl);
    }

    /// `(field, value)` of every string field of a table, from its pretty
    /// `Debug` output (one field a line, four spaces in), so no list of fields
    /// has to be kept by hand.
    fn fields(table: &dyn std::fmt::Debug) -> Vec<(String, String)> {
        let mut out = Vec::new();
        let mut outer = String::new();
        for l in format!("{table:#?}").lines() {
            // A field of the table, or (eight spaces in) a form of a `Plural`.
            let (name, rest) = if let Some(rest) = l.strip_prefix("        ") {
                match rest.split_once(": ") {
                    Some((form, value)) if !form.starts_with(' ') => {
                        (format!("{outer}.{form}"), value)
                    }
                    _ => continue,
                }
            } else if let Some(rest) = l.strip_prefix("    ") {
                match rest.split_once(": ") {
                    Some((name, value)) if !name.starts_with(' ') => {
                        outer = name.to_string();
                        (outer.clone(), value)
                    }
                    _ => continue,
                }
            } else {
                continue;
            };
            if let Some(value) = rest.strip_prefix('"') {
                let value = value.strip_suffix("\",").unwrap_or(value);
                out.push((name, value.to_string()));
            }
        }
        out
    }

    fn placeholders(text: &str) -> usize {
        text.matches("{}").count()
    }

    fn assert_same_placeholders(nl: &dyn std::fmt::Debug, en: &dyn std::fmt::Debug) {
        let (nl, en) = (fields(nl), fields(en));
        assert_eq!(nl.len(), en.len());
        assert!(nl.len() > 50, "the parser found the fields");
        for ((name, nl), (_, en)) in nl.iter().zip(&en) {
            assert_eq!(
                placeholders(nl),
                placeholders(en),
                "{name}: nl {nl:?} and en {en:?} fill a different number of {{}}"
            );
            assert_eq!(
                nl.is_empty(),
                en.is_empty(),
                "{name} is empty in one language"
            );
        }
    }

    #[test]
    fn every_string_has_the_same_placeholders_in_dutch_and_english() {
        assert_same_placeholders(Lang::Nl.strings(), Lang::En.strings());
        assert_same_placeholders(Lang::Nl.review(), Lang::En.review());
    }

    #[test]
    fn the_placeholder_check_sees_the_forms_of_a_plural() {
        let names: Vec<String> = fields(Lang::Nl.review())
            .into_iter()
            .map(|(n, _)| n)
            .collect();
        assert!(names.contains(&"n_sessions.one".to_string()), "{names:?}");
        assert!(names.contains(&"n_sessions.other".to_string()));
    }

    #[test]
    fn a_plural_says_one_for_one_and_the_other_form_for_any_other_number() {
        let p = Plural {
            one: "{} sessie",
            other: "{} sessies",
        };
        assert_eq!(p.of(1), "1 sessie");
        assert_eq!(p.of(0), "0 sessies");
        assert_eq!(p.of(2), "2 sessies");
        assert_eq!(
            Lang::Nl.review().stats_heading(1, 1, 1),
            "1 sessie, 1 van 1 beslismoment met een besluit."
        );
    }

    #[test]
    fn fill_puts_arguments_in_order() {
        assert_eq!(fill("{} van {}", &[&3, &"vijf"]), "3 van vijf");
        assert_eq!(fill("geen", &[&1]), "geen");
    }

    #[test]
    fn a_session_count_out_of_one_says_one_session() {
        let (s, r) = (Lang::Nl.strings(), Lang::Nl.review());
        let one = r.n_sessions.of(1);
        assert_eq!(fill(s.review_count, &[&1, &one]), "1 van 1 sessie");
        let six = Lang::En.review().n_sessions.of(6);
        assert_eq!(
            fill(Lang::En.strings().review_count, &[&6, &six]),
            "6 of 6 sessions"
        );
    }
}
