//! BSN: nine digits (eight read with a leading zero) passing the elfproef.

use super::{Finding, FindingKind, digit_run, ends_token, space_len, starts_token};

/// Pushes every BSN in `text`; `starts` are the first digits of digit runs.
pub(super) fn find(text: &str, starts: &[usize], out: &mut Vec<Finding>) {
    let b = text.as_bytes();
    let mut done = 0;
    for &i in starts {
        if i >= done
            && starts_token(text, i)
            && !after_currency(b, i)
            && let Some(end) = match_at(b, i, digit_run(b, i))
            && ends_token(text, end)
            && !before_currency(b, end)
        {
            out.push(Finding {
                kind: FindingKind::Bsn,
                start: i,
                end,
            });
            done = end;
        }
    }
}

/// End of a BSN written as one run or in the 3-3-3 and 4-2-3 groupings.
fn match_at(b: &[u8], i: usize, run: usize) -> Option<usize> {
    let mut digits = [b'0'; 9];
    let end = match run {
        8 | 9 => {
            digits[9 - run..].copy_from_slice(&b[i..i + run]);
            i + run
        }
        3 | 4 => {
            let groups: &[usize] = if run == 3 { &[3, 3, 3] } else { &[4, 2, 3] };
            grouped(b, i, groups, &mut digits)?
        }
        _ => return None,
    };
    elfproef(&digits).then_some(end)
}

/// Reads digit groups of exactly these sizes, joined by one kind of separator.
fn grouped(b: &[u8], mut i: usize, groups: &[usize], digits: &mut [u8; 9]) -> Option<usize> {
    let mut sep: Option<&[u8]> = None;
    let mut n = 0;
    for (g, &size) in groups.iter().enumerate() {
        if g > 0 {
            let len = match b.get(i) {
                Some(b'.' | b'-') => 1,
                _ => space_len(b, i),
            };
            let this = b.get(i..i + len).filter(|_| len > 0)?;
            // Mixed separators ("123.456 782") are more likely two numbers.
            if sep.is_some_and(|s| s != this) {
                return None;
            }
            sep = Some(this);
            i += len;
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
    while j > i.saturating_sub(2) && b[j - 1] == b' ' {
        j -= 1;
    }
    let before = &b[..j];
    before.ends_with("€".as_bytes()) || before.ends_with(b"EUR")
}

#[cfg(test)]
mod tests {
    use crate::privacy::FindingKind::*;
    use crate::privacy::scan;
    use crate::privacy::tests::{found, kinds};

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
    fn bsn_with_mixed_separators_is_not_found() {
        assert!(scan("123.456 782").is_empty());
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
