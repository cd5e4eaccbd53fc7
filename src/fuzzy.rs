//! Fuzzy matching as a Dutch user means it.
//!
//! `SkimMatcherV2` alone is smart-case, does not fold accents and treats a
//! space as a character. Here both sides are folded (case and diacritics) and
//! a query's space-separated words must all match, so `eerste lijn`,
//! `eerstelijn` and `Éérste` all find "Eerste lijn".
//!
//! [`Skim`] serves the review filter; the lists people pick from (theme
//! picker, case list) use the stricter [`Words`] (see `words.rs`).

use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;

pub mod words;

pub use words::{Field, Haystack, Words};

/// Something that scores how well a folded haystack matches a query.
pub trait Matcher {
    /// `None` when it does not match; higher is better.
    fn score(&self, haystack: &str, query: &Query) -> Option<i64>;
}

/// A parsed query: folded words that must all match.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Query {
    words: Vec<String>,
}

impl Query {
    /// Parses what the user typed.
    pub fn new(text: &str) -> Query {
        Query {
            words: fold(text).split_whitespace().map(str::to_string).collect(),
        }
    }

    /// True when nothing was typed: everything matches.
    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }
}

/// The skim matcher with folding and AND-words.
pub struct Skim {
    inner: SkimMatcherV2,
}

impl Default for Skim {
    fn default() -> Self {
        Skim {
            inner: SkimMatcherV2::default().ignore_case(),
        }
    }
}

impl Skim {
    /// Scores a haystack that is already folded: lists fold their items once, not per keystroke.
    pub fn score_folded(&self, folded: &str, query: &Query) -> Option<i64> {
        query.words.iter().try_fold(0, |total, word| {
            self.inner
                .fuzzy_match(folded, word)
                .map(|score| total + score)
        })
    }
}

impl Matcher for Skim {
    fn score(&self, haystack: &str, query: &Query) -> Option<i64> {
        if query.is_empty() {
            return Some(0);
        }
        self.score_folded(&fold(haystack), query)
    }
}

/// Lowercase without diacritics: `Éérste` becomes `eerste`.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars().flat_map(char::to_lowercase) {
        if ('\u{300}'..='\u{36f}').contains(&c) {
            continue; // combining marks: the base letter stays
        }
        out.push(match c {
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => 'a',
            'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' => 'e',
            'ì' | 'í' | 'î' | 'ï' | 'ī' | 'į' | 'ı' => 'i',
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' => 'o',
            'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' | 'ų' => 'u',
            'ý' | 'ÿ' => 'y',
            'ç' | 'ć' | 'č' => 'c',
            'ñ' | 'ń' | 'ň' => 'n',
            'ś' | 'š' | 'ş' => 's',
            'ź' | 'ż' | 'ž' => 'z',
            'ł' => 'l',
            'ř' => 'r',
            'ď' => 'd',
            'ť' => 't',
            'ğ' => 'g',
            other => other,
        });
    }
    out
}

/// Indices of `items` that match `query`, best first; ties keep their order.
pub fn rank<T>(
    matcher: &dyn Matcher,
    items: &[T],
    query: &Query,
    haystack: impl Fn(&T) -> String,
) -> Vec<usize> {
    let mut scored: Vec<(i64, usize)> = items
        .iter()
        .enumerate()
        .filter_map(|(i, item)| matcher.score(&haystack(item), query).map(|s| (s, i)))
        .collect();
    scored.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    scored.into_iter().map(|(_, i)| i).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn matches(haystack: &str, query: &str) -> bool {
        Skim::default()
            .score(haystack, &Query::new(query))
            .is_some()
    }

    #[test]
    fn folding_removes_case_and_diacritics() {
        assert_eq!(fold("Éérste Lijn"), "eerste lijn");
        assert_eq!(fold("continuïteit"), "continuiteit");
        assert_eq!(fold("e\u{301}e"), "ee");
    }

    #[test]
    fn a_dutch_user_finds_eerste_lijn_however_it_is_typed() {
        let label = "Sterke eerste lijn";
        assert!(matches(label, "eerste lijn"));
        assert!(matches(label, "eerstelijn"));
        assert!(matches(label, "Éérste"));
        assert!(matches(label, "lijn eerste"));
    }

    #[test]
    fn every_word_must_match() {
        assert!(!matches("Sterke eerste lijn", "eerste wachtlijst"));
    }

    #[test]
    fn accented_haystack_is_found_by_plain_query() {
        assert!(matches("Continuïteit", "continuiteit"));
    }

    #[test]
    fn rank_puts_the_best_match_first_and_drops_non_matches() {
        let items = ["Mandaat", "Maatwerk", "Toegang"];
        let order = rank(&Skim::default(), &items, &Query::new("maat"), |s| {
            s.to_string()
        });
        assert_eq!(order.first(), Some(&1));
        assert!(!order.contains(&2));
    }
}
