//! BSN: nine digits (eight read with a leading zero) passing the elfproef.

use super::{Finding, FindingKind, digit_run, ends_token, is_word, starts_token};

/// Pushes every BSN in `text`; `starts` are the first digits of digit runs.
pub(super) fn find(text: &str, starts: &[usize], out: &mut Vec<Finding>) {
    let b = text.as_bytes();
    let mut done = 0;
    for &i in starts {
        if i < done || after_currency(b, i) {
            continue;
        }
        // After "BSN" the number may be glued on ("BSN388170104", "bsnnr…")
        // or carry a letter ("123456782B"): the word says what it is.
        let named = named_before(b, i);
        if !(named || starts_token(text, i) && !after_prefix(text, i)) {
            continue;
        }
        let Some(end) = match_at(b, i, digit_run(b, i)) else {
            continue;
        };
        let lettered =
            named && b.get(end).is_some_and(u8::is_ascii_alphabetic) && ends_token(text, end + 1);
        if !(ends_token(text, end) || lettered) || before_currency(b, end) {
            continue;
        }
        if end - i == 8 && birth_date(b, i) {
            continue;
        }
        out.push(Finding {
            kind: FindingKind::Bsn,
            start: i,
            end: if lettered { end + 1 } else { end },
        });
        done = end;
    }
}

/// True if "bsn" or "burgerservicenummer" ends at most a few bytes before `i`.
fn named_before(b: &[u8], i: usize) -> bool {
    let from = i.saturating_sub(28);
    let window = b[from..i].to_ascii_lowercase();
    let Some(at) = rfind(&window, b"bsn").or_else(|| rfind(&window, b"burgerservicenummer")) else {
        return false;
    };
    // Only a label and punctuation in between: "BSN-nr.: ", "bsn van kind: ".
    window[at..].iter().filter(|c| c.is_ascii_digit()).count() == 0
}

fn rfind(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).rposition(|w| w == needle)
}

/// True after a letter and a joiner: "Z-123456782" is a case number.
fn after_prefix(text: &str, i: usize) -> bool {
    let b = text.as_bytes();
    i >= 2
        && matches!(b[i - 1], b'-' | b'/' | b'.' | b'_' | b'#')
        && super::char_before(text, i - 1).is_some_and(is_word)
}

/// True for eight digits that read as a day, month and year after "geb." or "geboren".
fn birth_date(b: &[u8], i: usize) -> bool {
    let n = |k: usize| u32::from(b[i + k] - b'0') * 10 + u32::from(b[i + k + 1] - b'0');
    let (day, month, year) = (n(0), n(2), n(4) * 100 + n(6));
    let date =
        (1..=31).contains(&day) && (1..=12).contains(&month) && (1900..=2099).contains(&year);
    let window = b[i.saturating_sub(16)..i].to_ascii_lowercase();
    date && (rfind(&window, b"geb").is_some() || rfind(&window, b"datum").is_some())
}

/// End of a BSN written as one run or in the 3-3-3, 4-2-3 and 2-3-4 groupings.
fn match_at(b: &[u8], i: usize, run: usize) -> Option<usize> {
    let mut digits = [b'0'; 9];
    let end = match run {
        8 | 9 => {
            digits[9 - run..].copy_from_slice(&b[i..i + run]);
            i + run
        }
        2..=4 => {
            let groups: &[usize] = match run {
                2 => &[2, 3, 4],
                3 => &[3, 3, 3],
                _ => &[4, 2, 3],
            };
            grouped(b, i, groups, &mut digits)?
        }
        _ => return None,
    };
    elfproef(&digits).then_some(end)
}

/// Reads digit groups of exactly these sizes, joined by separators: a dot,
/// dash, slash or underscore (with spaces around it or not) or spaces.
fn grouped(b: &[u8], mut i: usize, groups: &[usize], digits: &mut [u8; 9]) -> Option<usize> {
    let mut n = 0;
    for (g, &size) in groups.iter().enumerate() {
        if g > 0 {
            let start = i;
            while b.get(i) == Some(&b' ') && i - start < 2 {
                i += 1;
            }
            if matches!(b.get(i), Some(b'.' | b'-' | b'/' | b'_')) {
                i += 1;
                while b.get(i) == Some(&b' ') && i - start < 4 {
                    i += 1;
                }
            }
            if i == start {
                return None;
            }
        }
        if digit_run(b, i) != size {
            return None;
        }
        digits[n..n + size].copy_from_slice(&b[i..i + size]);
        n += size;
        i += size;
    }
    Some(i)
}

/// The "elfproef" of the BSN: the weighted digit sum divides by eleven.
fn elfproef(digits: &[u8; 9]) -> bool {
    let sum: i32 = digits
        .iter()
        .zip([9, 8, 7, 6, 5, 4, 3, 2, -1])
        .map(|(d, w)| i32::from(d - b'0') * w)
        .sum();
    sum.rem_euclid(11) == 0 && digits.iter().any(|&d| d != b'0')
}

/// True before "euro", "EUR" or "€": a 9-digit amount is no BSN even if it passes.
fn before_currency(b: &[u8], end: usize) -> bool {
    let rest = &b[end..];
    let rest = rest.strip_prefix(b" ").unwrap_or(rest);
    rest.starts_with("€".as_bytes()) || rest.starts_with(b"EUR") || rest.starts_with(b"euro")
}

/// True after "€" or "EUR": a 9-digit amount is no BSN even if it passes.
fn after_currency(b: &[u8], i: usize) -> bool {
    let mut j = i;
    while j > i.saturating_sub(3) && matches!(b[j - 1], b' ' | b'-') {
        j -= 1;
    }
    let before = &b[..j];
    before.ends_with("€".as_bytes()) || before.ends_with(b"EUR")
}

/// The first digit of every run of ASCII digits: the `digits` of
/// `Starts::of` alone, which is all the BSN and phone detectors read.
pub(super) fn digit_starts(text: &str) -> Vec<usize> {
    let b = text.as_bytes();
    (0..b.len())
        .filter(|&i| b[i].is_ascii_digit() && (i == 0 || !b[i - 1].is_ascii_digit()))
        .collect()
}

#[cfg(test)]
mod tests {
    use crate::privacy::FindingKind::*;
    use crate::privacy::tests::{found, kinds};
    use crate::privacy::{has_blocking, scan};

    #[test]
    fn bsn_passing_the_elfproef_is_found() {
        assert_eq!(
            found("BSN 123456782 staat in het dossier"),
            [(Bsn, "123456782")]
        );
        assert_eq!(found("bsn: 111222333."), [(Bsn, "111222333")]);
    }

    #[test]
    fn bsn_failing_the_elfproef_is_not_found() {
        assert!(scan("BSN 123456789 staat in het dossier").is_empty());
    }

    #[test]
    fn all_zeros_is_not_a_bsn() {
        assert!(scan("nummer 000000000").is_empty());
    }

    #[test]
    fn eight_digit_bsn_is_read_with_a_leading_zero() {
        // 012345672 passes the elfproef, so its last eight digits are a BSN too.
        assert_eq!(kinds("bsn 12345672"), [Bsn]);
        assert_eq!(kinds("bsn 012345672"), [Bsn]);
    }

    #[test]
    fn grouped_bsn_is_found() {
        for text in [
            "123 456 782",
            "123.456.782",
            "123-456-782",
            "1234.56.782",
            "1234 56 782",
        ] {
            assert_eq!(kinds(text), [Bsn], "{text}");
        }
    }

    #[test]
    fn bsn_with_mixed_or_odd_separators_is_found() {
        for text in [
            "123.456 782",
            "123/456/782",
            "123_456_782",
            "12 345 6782",
            "123 - 456 - 782",
        ] {
            assert_eq!(kinds(text), [Bsn], "{text}");
        }
    }

    #[test]
    fn bsn_glued_to_its_label_or_with_a_letter_is_found() {
        for text in [
            "BSN388170104",
            "bsnnr388170104",
            "bsn: 123456782B",
            "BSN-123456782",
        ] {
            assert_eq!(kinds(text), [Bsn], "{text}");
        }
    }

    #[test]
    fn case_numbers_amounts_and_birth_dates_are_not_a_bsn() {
        // 02011980 passes the elfproef (read as 002011980) but is a birth date.
        assert!(has_blocking("nummer 02011980"));
        for text in [
            "Z-123456782",
            "€-123.456.782",
            "geb. 02011980",
            "geboren 02011980",
        ] {
            assert!(!kinds(text).contains(&Bsn), "{text}");
        }
        assert_eq!(kinds("geb. 02011980"), [Date]);
    }

    #[test]
    fn bsn_inside_a_longer_number_or_word_is_not_found() {
        for text in [
            "1123456782",
            "1234567820",
            "ab123456782",
            "123456782x",
            "Z-2024-123456782",
            "123456782,50",
        ] {
            assert!(!kinds(text).contains(&Bsn), "{text}");
        }
    }

    #[test]
    fn amount_in_euros_is_not_a_bsn() {
        assert!(scan("een schuld van € 123.456.782").is_empty());
        assert!(scan("EUR 111222333").is_empty());
    }

    #[test]
    fn number_before_euro_is_not_a_bsn() {
        assert!(scan("123 456 782 euro aan schulden").is_empty());
    }
}
