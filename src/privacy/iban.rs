//! IBAN (ISO 13616): country code, two check digits and a national account
//! number, compact or in groups of four, valid when it leaves 1 modulo 97.

use super::{Finding, FindingKind, char_at, is_word};

/// IBAN lengths of the countries a Dutch family most likely banks in.
const LENGTHS: &[(&[u8; 2], usize)] = &[
    (b"NL", 18),
    (b"BE", 16),
    (b"DE", 22),
    (b"FR", 27),
    (b"GB", 22),
    (b"ES", 24),
    (b"IT", 27),
    (b"LU", 20),
    (b"AT", 20),
    (b"CH", 21),
    (b"DK", 18),
    (b"FI", 18),
    (b"IE", 22),
    (b"NO", 15),
    (b"PL", 28),
    (b"PT", 25),
    (b"SE", 24),
    (b"TR", 26),
];

/// Pushes every IBAN in `text`; `words` are where runs of letters start.
pub(super) fn find(text: &str, words: &[usize], out: &mut Vec<Finding>) {
    let b = text.as_bytes();
    for &i in words {
        let shape = b.get(i..i + 4).is_some_and(|s| {
            s[1].is_ascii_alphabetic() && s[2].is_ascii_digit() && s[3].is_ascii_digit()
        });
        if shape && let Some(end) = match_at(text, i) {
            out.push(Finding {
                kind: FindingKind::Iban,
                start: i,
                end,
            });
        }
    }
}

/// End of the IBAN starting at `i`.
fn match_at(text: &str, i: usize) -> Option<usize> {
    let b = text.as_bytes();
    let country = [b[i].to_ascii_uppercase(), b[i + 1].to_ascii_uppercase()];
    let len = LENGTHS.iter().find(|(c, _)| **c == country)?.1;
    let mut chars = [0u8; 34];
    let mut n = 0;
    let mut p = i;
    while n < len {
        // A space (or a dash) may only fall between groups of four, as banks print them.
        if n > 0 && n % 4 == 0 && matches!(b.get(p), Some(b' ' | b'-')) {
            p += 1;
        }
        let c = *b.get(p).filter(|c| c.is_ascii_alphanumeric())?;
        chars[n] = c.to_ascii_uppercase();
        n += 1;
        p += 1;
    }
    if !chars[2..4].iter().all(u8::is_ascii_digit) || char_at(text, p).is_some_and(is_word) {
        return None;
    }
    (mod97(&chars[..len]) == 1).then_some(p)
}

/// The IBAN rearranged (first four to the end, letters as 10..35) modulo 97.
fn mod97(iban: &[u8]) -> u32 {
    iban[4..].iter().chain(&iban[..4]).fold(0, |rest, &c| {
        if c.is_ascii_digit() {
            (rest * 10 + u32::from(c - b'0')) % 97
        } else {
            (rest * 100 + u32::from(c - b'A') + 10) % 97
        }
    })
}

#[cfg(test)]
mod tests {
    use crate::privacy::FindingKind::*;
    use crate::privacy::scan;
    use crate::privacy::tests::{found, kinds};

    #[test]
    fn iban_with_valid_check_digits_is_found() {
        for text in [
            "NL91ABNA0417164300",
            "NL91 ABNA 0417 1643 00",
            "BE68 5390 0754 7034",
            "DE89 3704 0044 0532 0130 00",
        ] {
            assert_eq!(
                found(&format!("rekening {text}.")),
                [(Iban, text)],
                "{text}"
            );
        }
    }

    #[test]
    fn iban_with_no_break_spaces_is_found() {
        for text in [
            "NL91\u{a0}ABNA\u{a0}0417\u{a0}1643\u{a0}00",
            "NL91\u{202f}ABNA\u{202f}0417\u{202f}1643\u{202f}00",
        ] {
            assert_eq!(
                found(&format!("rekening {text}.")),
                [(Iban, text)],
                "{text}"
            );
        }
    }

    #[test]
    fn iban_with_wrong_check_digits_is_not_found() {
        assert!(scan("NL92ABNA0417164300").is_empty());
    }

    #[test]
    fn iban_in_lower_case_or_with_dashes_is_found() {
        assert_eq!(kinds("nl91abna0417164300"), [Iban]);
        assert_eq!(kinds("NL91-ABNA-0417-1643-00"), [Iban]);
    }

    #[test]
    fn iban_glued_to_more_text_is_not_found() {
        assert!(scan("NL91ABNA0417164300X").is_empty());
        assert!(scan("XNL91ABNA0417164300").is_empty());
    }
}
