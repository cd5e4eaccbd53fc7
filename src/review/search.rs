//! Searching what groups decided and reflected.
//!
//! Unlike the filter line this is not fuzzy: a search is for finding back a
//! sentence, so every word of the query must occur in the text (folded case
//! and diacritics, so `coordinatie` finds "coördinatie").

use jiff::tz::TimeZone;

use crate::fuzzy::fold;
use crate::model::Session;

use super::{Story, step_stories};

/// Decisions and reflections that contain every word of `query`, session by
/// session in the order given, step by step, dated in the time zone `tz`.
/// An empty query finds nothing.
pub fn search(sessions: &[&Session], query: &str, tz: &TimeZone) -> Vec<Story> {
    let searcher = Searcher::new(query);
    sessions.iter().flat_map(|s| searcher.hits(s, tz)).collect()
}

/// A parsed query, for searching sessions one at a time.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Searcher {
    words: Vec<String>,
}

impl Searcher {
    /// The folded words of `query`.
    pub fn new(query: &str) -> Searcher {
        Searcher {
            words: fold(query).split_whitespace().map(String::from).collect(),
        }
    }

    /// The folded words, each of which a text must contain.
    pub(crate) fn words(&self) -> &[String] {
        &self.words
    }

    /// True when the query has no words (and so finds nothing).
    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    /// The decisions and reflections of one session that contain every word,
    /// step by step, dated in the time zone `tz`.
    pub fn hits(&self, session: &Session, tz: &TimeZone) -> Vec<Story> {
        if self.words.is_empty() {
            return Vec::new();
        }
        let mut folded = String::new();
        let mut out = Vec::new();
        for (i, step) in session.steps.iter().enumerate() {
            let texts = std::iter::once(step.decision.as_str())
                .chain(step.reflections.iter().map(|r| r.text.as_str()));
            let mut any = false;
            for text in texts {
                any |= self.matches(text, &mut folded);
            }
            // Stories are only built for a step that has a hit: most have none.
            if any {
                out.extend(
                    step_stories(session, i, tz)
                        .into_iter()
                        .filter(|story| self.matches(&story.text, &mut folded)),
                );
            }
        }
        out
    }

    /// True when the folded text holds every word; `folded` is scratch space.
    pub(crate) fn matches(&self, text: &str, folded: &mut String) -> bool {
        fold_into(text, folded);
        self.words.iter().all(|w| folded.contains(w.as_str()))
    }
}

/// [`fold`] into a reused buffer, with runs of ASCII lowercased in bulk.
/// Folding works character by character, so folding the pieces and joining
/// them is the same as folding the whole.
fn fold_into(text: &str, out: &mut String) {
    out.clear();
    let mut rest = text;
    while !rest.is_empty() {
        let ascii = rest
            .bytes()
            .position(|b| !b.is_ascii())
            .unwrap_or(rest.len());
        let start = out.len();
        out.push_str(&rest[..ascii]);
        out[start..].make_ascii_lowercase();
        rest = &rest[ascii..];
        if let Some(c) = rest.chars().next() {
            out.push_str(&fold(c.encode_utf8(&mut [0; 4])));
            rest = &rest[c.len_utf8()..];
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ascii_and_accented_texts_fold_the_same_way() {
        let s = Searcher::new("Coördinatie WACHTLIJST");
        let mut buf = String::new();
        assert!(s.matches("de coordinatie en de wachtlijst", &mut buf));
        assert!(s.matches("De Coördinatie, de Wachtlijst", &mut buf));
        assert!(!s.matches("de coördinatie", &mut buf));
    }

    #[test]
    fn folding_in_pieces_is_folding_the_whole() {
        let mut buf = String::new();
        for text in [
            "",
            "ASCII only",
            "Éérste Lijn, één coördinatie",
            "e\u{301}e ÅB 18-/18+",
        ] {
            fold_into(text, &mut buf);
            assert_eq!(buf, fold(text), "{text}");
        }
    }
}
