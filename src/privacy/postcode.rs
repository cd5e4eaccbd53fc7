//! Dutch postcodes: "3511 AB" or "3511AB". With an age or a street name a
//! postcode often points at one family, so it is removed like an address.

use super::{Finding, FindingKind, char_at, digit_run, is_word, space_len, starts_token};

/// Pushes every postcode in `text`; `starts` are the first digits of digit runs.
pub(super) fn find(text: &str, starts: &[usize], out: &mut Vec<Finding>) {
    let b = text.as_bytes();
    for &i in starts {
        if digit_run(b, i) == 4
            && starts_token(text, i)
            && let Some(end) = match_at(text, i)
        {
            out.push(Finding {
                kind: FindingKind::Postcode,
                start: i,
                end,
            });
        }
    }
}

/// Two-letter words that follow a number more often than a postcode's
/// letters do: "in 1990 EN 1991", "2024 IS", "3000 op de wachtlijst".
const WORDS: &[&[u8; 2]] = &[
    b"EN", b"IS", b"IN", b"OP", b"OM", b"AL", b"TE", b"OF", b"ZO", b"NU", b"ER", b"JA", b"NE",
    b"DE", b"ME", b"WE", b"ZE", b"JE", b"IK", b"US", b"AN", b"AT", b"BE", b"BY", b"DO", b"GO",
    b"IF", b"IT", b"MY", b"NO", b"ON", b"OR", b"SO", b"TO", b"AM", b"AS", b"HE", b"PM", b"BC",
    b"AD", b"EU", b"TV", b"PC", b"OK", b"VS", b"NA", b"CA", b"NR", b"JR", b"PP", b"BV", b"NV",
    b"TM", b"ST", b"EX",
];

/// Units, which after a number are never a postcode: "1500 MB", "20 KM".
const UNITS: &[&[u8; 2]] = &[
    b"MB", b"KB", b"GB", b"TB", b"KM", b"CM", b"MM", b"KG", b"MG", b"ML", b"CC", b"PK", b"KW",
    b"MW", b"HZ", b"DB", b"NM", b"XL", b"HA", b"KR",
];

/// True if the number at `i` reads as a year: at the start of a sentence or
/// after "in", "sinds", "tot" and the like ("In 1990 EN 1991", "2024 IS").
fn year_before(text: &str, i: usize) -> bool {
    let before = text[..i].trim_end_matches(' ');
    if before.is_empty() || before.ends_with(['.', '!', '?', ':', '(', '\n']) {
        return true;
    }
    let word = before.rsplit(' ').next().unwrap_or("").to_lowercase();
    matches!(
        word.as_str(),
        "in" | "sinds"
            | "tot"
            | "vanaf"
            | "na"
            | "voor"
            | "rond"
            | "eind"
            | "begin"
            | "medio"
            | "zomer"
            | "winter"
            | "jaar"
            | "en"
            | "of"
            | "t/m"
    )
}

/// End of the postcode whose four digits start at `i`: "3511 AB", "3511AB",
/// "3511-AB", "3511 ab" and "3511 A B".
fn match_at(text: &str, i: usize) -> Option<usize> {
    let b = text.as_bytes();
    if b[i] == b'0' {
        return None;
    }
    let mut p = i + 4;
    let spaced = space_len(b, p);
    if spaced > 0 {
        p += spaced;
    } else if b.get(p) == Some(&b'-') {
        p += 1;
    }
    let first = *b.get(p)?;
    let mut q = p + 1;
    // "3511 A B": a space between the letters, as forms with one box per letter print it.
    if b.get(q) == Some(&b' ')
        && b.get(q + 1).is_some_and(u8::is_ascii_uppercase)
        && first.is_ascii_uppercase()
    {
        q += 1;
    }
    let second = *b.get(q)?;
    let letters = [first, second];
    let upper = letters.iter().all(u8::is_ascii_uppercase);
    let lower = letters.iter().all(u8::is_ascii_lowercase);
    if !(upper || lower) {
        return None;
    }
    let key = [first.to_ascii_uppercase(), second.to_ascii_uppercase()];
    // SA, SD and SS are never issued (they recall the Nazi era).
    if matches!(&key, b"SA" | b"SD" | b"SS") {
        return None;
    }
    // "1200 ABC" or "2000 EUR" is a number before a word, not a postcode.
    if char_at(text, q + 1).is_some_and(is_word) {
        return None;
    }
    // A word or unit counts only before a capitalised place name ("1011 AB
    // Amsterdam"); a word also when written as a postcode is, glued on or in
    // capitals after a number that is no year and before no other number.
    let town = b.get(q + 1) == Some(&b' ')
        && b.get(q + 2).is_some_and(u8::is_ascii_uppercase)
        && b.get(q + 3).is_some_and(u8::is_ascii_lowercase);
    if UNITS.contains(&&key) && !town {
        return None;
    }
    if WORDS.contains(&&key) && !town {
        let glued = p == i + 4;
        let year = (1900..=2099).contains(&super::number(&b[i..i + 4])) && year_before(text, i);
        let before_number =
            b.get(q + 1) == Some(&b' ') && b.get(q + 2).is_some_and(u8::is_ascii_digit);
        let written_as_postcode = glued || upper && !year && !before_number;
        if !written_as_postcode {
            return None;
        }
    }
    Some(q + 1)
}

#[cfg(test)]
mod tests {
    use crate::privacy::FindingKind::*;
    use crate::privacy::scan;
    use crate::privacy::tests::found;

    #[test]
    fn postcode_with_or_without_space_is_found() {
        assert_eq!(
            found("woont in 3511 AB, Utrecht"),
            [(Postcode, "3511 AB"), (Place, "Utrecht")]
        );
        assert_eq!(found("3511AB"), [(Postcode, "3511AB")]);
    }

    #[test]
    fn postcode_with_sa_is_not_found() {
        for text in ["1234 SA", "1234SD", "1234 SS"] {
            assert!(scan(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn postcode_in_lower_case_with_a_dash_or_spaced_letters_is_found() {
        for text in ["3511 ab", "3511ab", "3511-AB", "3511 A B", "3511\u{a0}AB"] {
            assert_eq!(
                found(&format!("woont {text}, ")),
                [(Postcode, text)],
                "{text}"
            );
        }
    }

    #[test]
    fn numbers_before_words_and_units_are_not_postcodes() {
        for text in [
            "in 1990 EN 1991",
            "2024 IS",
            "1500 MB",
            "1024 KB",
            "in 1990 en",
            "3511 Ab",
        ] {
            assert!(scan(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn postcode_needs_a_whole_token() {
        for text in ["1200 ABC", "2000 EUR", "0123 AB", "13511 AB", "3511 ABé"] {
            assert!(scan(text).is_empty(), "{text}");
        }
    }
}
