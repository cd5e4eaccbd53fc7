//! Every user-facing string, one file per language (`nl.rs`, `en.rs`).
//!
//! A string with `{}` is filled by [`fill`]; keep the placeholders in the
//! same order in both languages.

mod en;
mod nl;
mod review;
mod review_en;
mod review_nl;

pub use review::ReviewStrings;

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
        format!("{table:#?}")
            .lines()
            .filter_map(|l| {
                let rest = l.strip_prefix("    ")?;
                let (name, value) = rest.split_once(": \"")?;
                let value = value.strip_suffix("\",").unwrap_or(value);
                (!name.starts_with(' ')).then(|| (name.to_string(), value.to_string()))
            })
            .collect()
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
    fn fill_puts_arguments_in_order() {
        assert_eq!(fill("{} van {}", &[&3, &"vijf"]), "3 van vijf");
        assert_eq!(fill("geen", &[&1]), "geen");
    }
}
