//! School names: a school type and a name ("OBS De Regenboog", "basisschool
//! 't Palet", "SO De Piramide") or a name and a type ("Stedelijk Gymnasium",
//! "Da Vinci College"). A type alone ("de basisschool", "het college") is
//! no school anyone can be found at and is not flagged.

use super::words::{is_capitalised, next_word, previous_word, word_at, word_starts};
use super::{Finding, FindingKind};

/// Types written before the name; the abbreviations only in capitals.
const BEFORE: &[&str] = &[
    "OBS",
    "CBS",
    "RKBS",
    "PCBS",
    "KBS",
    "SBO",
    "SBAO",
    "SO",
    "VSO",
    "IKC",
    "ZMLK",
    "basisschool",
    "Basisschool",
    "school",
    "School",
    "kindcentrum",
    "Kindcentrum",
    "scholengemeenschap",
    "Scholengemeenschap",
    "college",
    "College",
    "lyceum",
    "Lyceum",
    "gymnasium",
    "Gymnasium",
    "montessorischool",
    "Montessorischool",
    "daltonschool",
    "Daltonschool",
    "jenaplanschool",
    "Jenaplanschool",
    "praktijkschool",
    "Praktijkschool",
    "mavo",
    "vmbo",
];

/// Types written after the name, capitalised as part of it.
const AFTER: &[&str] = &[
    "College",
    "Lyceum",
    "Gymnasium",
    "Scholengemeenschap",
    "Campus",
];

/// Capitalised words that do not make a name: articles and sentence openers.
const ARTICLES: &[&str] = &["De", "Het", "Een", "'t", "Op", "In", "Naar", "Bij", "Van"];

/// Pushes every school name in `text`; `words` are where runs of letters start.
pub(super) fn find(text: &str, words: &[usize], out: &mut Vec<Finding>) {
    let mut done = 0;
    for &i in words {
        if i < done || !word_starts(text, i) {
            continue;
        }
        let word = word_at(text, i);
        let before = AFTER
            .contains(&word)
            .then(|| named_before(text, i))
            .flatten()
            .map(|start| (start.max(done), i + word.len()));
        // "4920 SO Deventer" is a postcode, not a school.
        let after_number = text[..i]
            .strip_suffix(' ')
            .is_some_and(|t| t.ends_with(|c: char| c.is_ascii_digit()));
        let found = before.or_else(|| {
            if after_number {
                return None;
            }
            BEFORE
                .contains(&word)
                .then(|| named_after(text, i + word.len()))
                .flatten()
                .map(|end| (i, end))
        });
        if let Some((start, end)) = found {
            out.push(Finding {
                kind: FindingKind::School,
                start,
                end,
            });
            done = end;
        }
    }
}

/// End of the name after a school type at `p`: an optional article and up to three capitalised words.
fn named_after(text: &str, p: usize) -> Option<usize> {
    let mut p = next_word(text, p)?;
    let first = word_at(text, p);
    if matches!(first, "de" | "het" | "De" | "Het" | "'t") {
        p = next_word(text, p + first.len())?;
    }
    let mut end = None;
    for _ in 0..3 {
        let word = word_at(text, p);
        if !is_capitalised(word) || ARTICLES.contains(&word) {
            break;
        }
        end = Some(p + word.len());
        match next_word(text, p + word.len()) {
            Some(q) => p = q,
            None => break,
        }
    }
    end
}

/// Start of the name before a school type at `i`: up to three capitalised words, not only articles.
fn named_before(text: &str, mut i: usize) -> Option<usize> {
    let mut named = false;
    for _ in 0..3 {
        let Some(w) = previous_word(text, i) else {
            break;
        };
        if !is_capitalised(w) || ARTICLES.contains(&w) {
            break;
        }
        named = true;
        i -= 1 + w.len();
    }
    named.then_some(i)
}

#[cfg(test)]
mod tests {
    use crate::privacy::FindingKind::*;
    use crate::privacy::tests::found;

    #[test]
    fn named_schools_are_found() {
        for (text, school) in [
            (
                "Hij zit op OBS De Regenboog in groep 6.",
                "OBS De Regenboog",
            ),
            (
                "Ze gaat naar basisschool de Wilgen.",
                "basisschool de Wilgen",
            ),
            (
                "Leerling van het Stedelijk Gymnasium sinds maart.",
                "Stedelijk Gymnasium",
            ),
            ("Het Da Vinci College belde.", "Da Vinci College"),
            ("Aangemeld bij SO De Piramide.", "SO De Piramide"),
        ] {
            assert_eq!(found(text), [(School, school)], "{text}");
        }
    }

    #[test]
    fn school_types_alone_are_not_schools() {
        for text in [
            "Op de basisschool ging het goed.",
            "Het college van B en W besloot.",
            "Ze zit op school in groep 7.",
            "Na het SO gaat hij naar het VSO.",
        ] {
            assert_eq!(found(text), [], "{text}");
        }
    }
}
