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

/// End of the postcode whose four digits start at `i`.
fn match_at(text: &str, i: usize) -> Option<usize> {
    let b = text.as_bytes();
    if b[i] == b'0' {
        return None;
    }
    let p = i + 4 + space_len(b, i + 4);
    let letters = b.get(p..p + 2)?;
    // SA, SD and SS are never issued (they recall the Nazi era).
    if !letters.iter().all(u8::is_ascii_uppercase) || matches!(letters, b"SA" | b"SD" | b"SS") {
        return None;
    }
    // "1200 ABC" or "2000 EUR" is a number before a word, not a postcode.
    (!char_at(text, p + 2).is_some_and(is_word)).then_some(p + 2)
}

#[cfg(test)]
mod tests {
    use crate::privacy::FindingKind::*;
    use crate::privacy::scan;
    use crate::privacy::tests::found;

    #[test]
    fn postcode_with_or_without_space_is_found() {
        assert_eq!(found("woont in 3511 AB, Utrecht"), [(Postcode, "3511 AB"), (Place, "Utrecht")]);
        assert_eq!(found("3511AB"), [(Postcode, "3511AB")]);
    }

    #[test]
    fn postcode_with_sa_is_not_found() {
        for text in ["1234 SA", "1234SD", "1234 SS"] {
            assert!(scan(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn postcode_needs_capitals_and_a_whole_token() {
        for text in [
            "3511 ab",
            "1200 ABC",
            "2000 EUR",
            "0123 AB",
            "13511 AB",
            "3511 ABé",
        ] {
            assert!(scan(text).is_empty(), "{text}");
        }
    }
}
