//! Street addresses: a street name with a Dutch street suffix and a house
//! number ("Kerkstraat 12", "Van Goghstraat 14", "Oude Gracht 3bis").
//! A street without a number names no household and is not flagged.

use super::words::{is_capitalised, previous_word, word_at, word_starts};
use super::{Finding, FindingKind, char_at, digit_run, ends_token, is_word};

/// What Dutch street names end in.
const SUFFIXES: &[&str] = &[
    "straat",
    "laan",
    "weg",
    "plein",
    "gracht",
    "kade",
    "singel",
    "dijk",
    "hof",
    "pad",
    "steeg",
    "dreef",
    "plantsoen",
    "markt",
    "kanaal",
    "wal",
    "baan",
    "haven",
    "erf",
    "straatje",
    "laantje",
    "hoven",
    "park",
    "rade",
    "polder",
    "dam",
    "ring",
    "boulevard",
    "allee",
    "veld",
    "oord",
    "wijk",
];

/// Words before a street name that belong to it: "Van Goghstraat", "Burgemeester Visserstraat".
const LEADS: &[&str] = &[
    "Van",
    "De",
    "Den",
    "Burgemeester",
    "Prins",
    "Prinses",
    "Koningin",
    "Koning",
    "Sint",
    "Graaf",
    "Dokter",
    "Oude",
    "Nieuwe",
    "Lange",
    "Korte",
    "Hoge",
    "Lage",
    "Grote",
    "Kleine",
];

/// Numbers after a street word that are counts, not house numbers ("Dorpsweg 2 keer").
const COUNTS: &[&str] = &[
    "jaar",
    "keer",
    "uur",
    "minuten",
    "km",
    "kilometer",
    "meter",
    "procent",
    "weken",
    "dagen",
];

/// Pushes every street address in `text`; `words` are where runs of letters start.
pub(super) fn find(text: &str, words: &[usize], out: &mut Vec<Finding>) {
    let mut done = 0;
    for &i in words {
        if i < done || !word_starts(text, i) {
            continue;
        }
        let word = word_at(text, i);
        if !street(text, i, word) {
            continue;
        }
        let Some(end) = house_number(text, i + word.len()) else {
            continue;
        };
        let start = lead(text, i).max(done);
        out.push(Finding {
            kind: FindingKind::Address,
            start,
            end,
        });
        done = end;
    }
}

/// True if `word` at `i` names a street: "Kerkstraat", or "Gracht" after "Oude".
fn street(text: &str, i: usize, word: &str) -> bool {
    if !is_capitalised(word) && !word.starts_with("'s") {
        return false;
    }
    let w = word.as_bytes();
    SUFFIXES.iter().any(|s| {
        let tail = w.len() >= s.len() && w[w.len() - s.len()..].eq_ignore_ascii_case(s.as_bytes());
        if w.len() > s.len() + 2 {
            tail
        } else {
            tail && w.len() == s.len() && previous_word(text, i).is_some_and(is_capitalised)
        }
    })
}

/// Start of the street name ending at the street word at `i`.
fn lead(text: &str, mut i: usize) -> usize {
    let word = word_at(text, i);
    let bare = SUFFIXES.iter().any(|s| s.eq_ignore_ascii_case(word));
    for k in 0..3 {
        let Some(w) = previous_word(text, i) else {
            break;
        };
        if !(LEADS.contains(&w) || bare && k == 0 && is_capitalised(w)) {
            break;
        }
        i -= 1 + w.len();
    }
    i
}

/// End of a house number after a space at `p`: "12", "12a", "12-2", "12 A", "12bis".
fn house_number(text: &str, p: usize) -> Option<usize> {
    let b = text.as_bytes();
    if b.get(p) != Some(&b' ') {
        return None;
    }
    let n = p + 1;
    let run = digit_run(b, n);
    if !(1..=4).contains(&run) || b[n] == b'0' {
        return None;
    }
    let mut end = n + run;
    let rest = &text[end..];
    if let Some(tail) = ["bis", "hs", "huis"].iter().find(|t| rest.starts_with(**t)) {
        end += tail.len();
    } else if rest.starts_with('-') && digit_run(b, end + 1) > 0 && digit_run(b, end + 1) <= 3 {
        end += 1 + digit_run(b, end + 1);
    } else if b.get(end).is_some_and(u8::is_ascii_alphabetic)
        && !char_at(text, end + 1).is_some_and(is_word)
    {
        end += 1;
    } else if rest.starts_with(' ')
        && b.get(end + 1).is_some_and(u8::is_ascii_uppercase)
        && !char_at(text, end + 2).is_some_and(is_word)
    {
        end += 2;
    }
    if !ends_token(text, end) {
        return None;
    }
    let count = text[end..].starts_with(' ') && COUNTS.contains(&word_at(text, end + 1));
    (!count).then_some(end)
}

#[cfg(test)]
mod tests {
    use crate::privacy::FindingKind::*;
    use crate::privacy::tests::found;

    #[test]
    fn street_and_house_number_are_found() {
        for (text, address) in [
            ("Zij woont Kerkstraat 12a, boven.", "Kerkstraat 12a"),
            ("Adres: Van Goghstraat 14.", "Van Goghstraat 14"),
            ("Op de Oude Gracht 3 woont oma.", "Oude Gracht 3"),
            ("Hij verhuisde naar Dorpsweg 112-2.", "Dorpsweg 112-2"),
            ("Molenlaan 7 A is het huis.", "Molenlaan 7 A"),
        ] {
            assert_eq!(found(text), [(Address, address)], "{text}");
        }
    }

    #[test]
    fn streets_without_a_number_are_not_addresses() {
        for text in [
            "Ze woont in de Kerkstraat.",
            "De straat 12 keer overgestoken.",
            "Dorpsweg 2 keer per dag.",
            "Op straat 3 jongens gezien.",
        ] {
            assert_eq!(found(text), [], "{text}");
        }
    }
}
