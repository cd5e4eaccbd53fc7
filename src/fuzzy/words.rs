//! Word matching for the lists people pick from: the theme picker, the case
//! list. A query word matches a word of the item where a reader would see it:
//! the whole word, its start, its start running on into the next words
//! (`eerstelijn` for "Eerste lijn"), a contiguous part of it, or its start with
//! a letter missed (`mandat` for "mandaat", checked by the skim scorer inside
//! that one word). Letters scattered over a label never match.
//!
//! Ranking: the kind of match counts most (whole word, then word start, then
//! the rest), then where it was found (label, then alias, then the rest).

use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;

use super::{Query, fold};

/// Where a text sits in an item; the label counts most.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    /// The title or label.
    Label,
    /// An alias or tag.
    Alias,
    /// Anything else worth finding by: an id, a set's title.
    Other,
}

impl Field {
    fn weight(self) -> i64 {
        match self {
            Field::Label => 2,
            Field::Alias => 1,
            Field::Other => 0,
        }
    }
}

/// An item's texts, folded and cut into words once.
#[derive(Debug, Clone, Default)]
pub struct Haystack {
    texts: Vec<(Field, Vec<String>)>,
}

impl Haystack {
    /// An empty haystack: add texts with [`Haystack::with`].
    pub fn new() -> Haystack {
        Haystack::default()
    }

    /// Adds a text found in `field`.
    pub fn with(mut self, field: Field, text: &str) -> Haystack {
        let words = split(&fold(text));
        if !words.is_empty() {
            self.texts.push((field, words));
        }
        self
    }
}

/// Folded words: split on everything that is not a letter or a digit.
fn split(folded: &str) -> Vec<String> {
    folded
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

/// How a query word met an item's word, best last.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Kind {
    Typo = 1,
    Infix = 2,
    Compound = 3,
    Start = 4,
    Whole = 5,
}

/// The word matcher; the skim scorer checks a start with a letter missed.
pub struct Words {
    skim: SkimMatcherV2,
}

impl Default for Words {
    fn default() -> Self {
        Words {
            skim: SkimMatcherV2::default().ignore_case(),
        }
    }
}

impl Words {
    /// `None` unless every word of the query matches; higher is better.
    pub fn score(&self, haystack: &Haystack, query: &Query) -> Option<i64> {
        let words: Vec<String> = query.words.iter().flat_map(|w| split(w)).collect();
        words.iter().try_fold(0, |total, word| {
            let best = haystack
                .texts
                .iter()
                .filter_map(|(field, words)| {
                    self.best_in(words, word)
                        .map(|(kind, tie)| kind as i64 * 1000 + field.weight() * 100 + tie)
                })
                .max()?;
            Some(total + best)
        })
    }

    /// The best match of `q` in one text's words, with a tie-breaker
    /// (0..=99): fewer letters left over, then an earlier word, is better.
    fn best_in(&self, words: &[String], q: &str) -> Option<(Kind, i64)> {
        let qlen = q.chars().count();
        let mut best: Option<(Kind, i64)> = None;
        for (i, w) in words.iter().enumerate() {
            let left = w.chars().count().abs_diff(qlen).min(9) as i64;
            let tie = 99 - left * 10 - (i as i64).min(9);
            let kind = if w == q {
                Some(Kind::Whole)
            } else if w.starts_with(q) {
                Some(Kind::Start)
            } else if q.starts_with(w.as_str()) && words[i..].concat().starts_with(q) {
                Some(Kind::Compound)
            } else if qlen >= 2 && w.contains(q) {
                Some(Kind::Infix)
            } else if self.start_with_a_slip(w, q) {
                Some(Kind::Typo)
            } else {
                None
            };
            let found = kind.map(|k| {
                (
                    k,
                    if k == Kind::Compound {
                        99 - (i as i64).min(9)
                    } else {
                        tie
                    },
                )
            });
            if found > best {
                best = found;
            }
        }
        best
    }

    /// True when `q` (four letters or more) matches from the start of `w`
    /// with at most one letter in three skipped: `mandat` in `mandaat`.
    fn start_with_a_slip(&self, w: &str, q: &str) -> bool {
        let qlen = q.chars().count();
        if qlen < 4 || w.chars().next() != q.chars().next() {
            return false;
        }
        match self.skim.fuzzy_indices(w, q) {
            Some((_, indices)) => match (indices.first(), indices.last()) {
                (Some(&0), Some(&last)) => last < qlen + qlen.div_ceil(3).min(2),
                _ => false,
            },
            None => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn score(label: &str, aliases: &[&str], query: &str) -> Option<i64> {
        let mut h = Haystack::new().with(Field::Label, label);
        for a in aliases {
            h = h.with(Field::Alias, a);
        }
        Words::default().score(&h, &Query::new(query))
    }

    #[test]
    fn a_word_matches_whole_at_its_start_or_in_one_piece() {
        assert!(score("Sterke eerste lijn", &[], "eerste lijn").is_some());
        assert!(score("Sterke eerste lijn", &[], "eerstelijn").is_some());
        assert!(score("Sterke eerste lijn", &[], "lijn eerste").is_some());
        assert!(score("Sterke eerste lijn", &[], "Éérste").is_some());
        assert!(score("Minder residentiële plaatsingen", &[], "residentiele").is_some());
        assert!(score("Een onderwijs-zorgarrangement", &[], "arrangement").is_some());
        assert!(score("Groot mandaat voor de professional", &[], "mandat").is_some());
    }

    #[test]
    fn letters_scattered_over_a_label_do_not_match() {
        assert_eq!(score("Technisch-instrumenteel", &[], "mandat"), None);
        assert_eq!(
            score("Hoge tevredenheid", &["werkplezier"], "veiligheid"),
            None
        );
        assert_eq!(score("Sterke eerste lijn", &[], "eerste wachtlijst"), None);
        assert_eq!(
            score("Inkoop vanuit een relationeel netwerk", &[], "regisseur"),
            None
        );
    }

    #[test]
    fn whole_words_rank_above_starts_and_labels_above_aliases() {
        let whole = score("Regie", &[], "regie").unwrap();
        let start = score("Regiegesprek", &[], "regie").unwrap();
        let infix = score("Zelfregie", &[], "regie").unwrap();
        assert!(whole > start && start > infix);
        let label = score("Regie bij het gezin", &[], "regie").unwrap();
        let alias = score("Eigen kracht", &["regie"], "regie").unwrap();
        assert!(label > alias);
    }
}
