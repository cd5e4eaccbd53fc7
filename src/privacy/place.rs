//! Municipalities (data/municipalities.txt, after the CBS list): with an age
//! and a school a place narrows a family down to one. Names that are also
//! ordinary words ("Best", "Putten") count only after a preposition.

use super::words::{municipalities, previous_word, word_ends};
use super::{Finding, FindingKind};

/// Words after which an ambiguous name is a place: "in Best", "gemeente Buren".
const PREPOSITIONS: &[&str] = &["in", "uit", "te", "naar", "regio", "gemeente", "Gemeente"];

/// Pushes every municipality in `text`; `words` are where runs of letters start.
pub(super) fn find(text: &str, words: &[usize], out: &mut Vec<Finding>) {
    let b = text.as_bytes();
    let mut done = 0;
    for &i in words {
        if i < done || !b[i].is_ascii_uppercase() && b[i] != b's' {
            continue;
        }
        let key = &text[i..i + b[i..]
            .iter()
            .take_while(|c| c.is_ascii_alphabetic())
            .count()];
        for m in municipalities(key) {
            let Some(start) = i.checked_sub(m.lead) else {
                continue;
            };
            let end = start + m.name.len();
            let glued = start > 0 && super::char_before(text, start).is_some_and(super::is_word);
            if glued
                || !text.get(start..).is_some_and(|t| t.starts_with(m.name))
                || !word_ends(text, end)
            {
                continue;
            }
            // "Den Haag-Zuid" and "Utrecht-Noord" are still the place; "Utrechtse" is not.
            if m.ambiguous && !previous_word(text, start).is_some_and(|w| PREPOSITIONS.contains(&w))
            {
                continue;
            }
            out.push(Finding {
                kind: FindingKind::Place,
                start,
                end,
            });
            done = end;
            break;
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::privacy::FindingKind::*;
    use crate::privacy::tests::found;

    #[test]
    fn municipalities_are_found() {
        for (text, place) in [
            ("Het gezin woont in Utrecht.", "Utrecht"),
            ("Verhuisd naar Den Haag vorig jaar.", "Den Haag"),
            ("Ze komt uit 's-Hertogenbosch.", "'s-Hertogenbosch"),
            ("Opa woont in Best.", "Best"),
            ("Zwolle heeft een wachtlijst.", "Zwolle"),
            ("Jeugdzorg in Alphen aan den Rijn.", "Alphen aan den Rijn"),
        ] {
            assert_eq!(found(text), [(Place, place)], "{text}");
        }
    }

    #[test]
    fn ordinary_words_and_derived_words_are_not_places() {
        for text in [
            "Hij deed zijn Best op school.",
            "De Utrechtse aanpak werkt.",
            "Ze moesten Putten graven.",
            "Het ging best goed.",
        ] {
            assert_eq!(found(text), [], "{text}");
        }
    }
}
