//! Dutch phone numbers: ten digits from a leading 0, nine after +31 or 0031,
//! and the 0800/0900 service numbers with four or seven digits after them.

use super::{Finding, FindingKind, date, ends_token, space_len, starts_token};

/// Longest number we read: 0800/0900 with seven more digits.
const MAX: usize = 11;

/// The digits of a number as written, with the byte just past each one.
struct Digits {
    value: [u8; MAX],
    end: [usize; MAX],
    group: [usize; MAX],
    group_end: [bool; MAX],
    n: usize,
}

/// Pushes every phone number in `text`, sorted and never overlapping;
/// `starts` are the first digits of digit runs.
pub(super) fn find(text: &str, starts: &[usize], out: &mut Vec<Finding>) {
    let b = text.as_bytes();
    let mut done = 0;
    for &d in starts {
        if d < done {
            continue;
        }
        // "+31 ..." and "(020) ..." start one byte before their first digit.
        let before = d
            .checked_sub(1)
            .filter(|&p| matches!(b[p], b'+' | b'(') && p >= done);
        let zero = (b[d] == b'0').then_some(d);
        for start in before.into_iter().chain(zero) {
            if (starts_token(text, start) || after_list_mark(b, start))
                && !in_account(b, start)
                && let Some(end) = match_at(text, start)
            {
                out.push(Finding {
                    kind: FindingKind::Phone,
                    start,
                    end,
                });
                done = end;
                break;
            }
        }
    }
}

/// End of the phone number starting at `i`, if one does.
fn match_at(text: &str, i: usize) -> Option<usize> {
    let b = text.as_bytes();
    let rest = &b[i..];
    if rest.starts_with(b"+31") || rest.starts_with(b"0031") {
        let mut p = i + if rest[0] == b'+' { 3 } else { 4 };
        p = skip_space_or_dash(b, p);
        // The trunk zero is often kept: "+31 (0)20 ..." or even "+31 06 ...".
        if b[p..].starts_with(b"(0)") {
            p = skip_space_or_dash(b, p + 3);
        } else if b.get(p) == Some(&b'0') {
            p += 1;
        }
        let d = read(b, p);
        if d.n == 0 || d.value[0] == b'0' {
            return None;
        }
        return accept(text, &d, 9);
    }
    if let Some(p) = foreign(rest) {
        return abroad(text, i + p);
    }
    let paren = b[i] == b'(';
    let d = read(b, i + usize::from(paren));
    if d.n < 8 || d.value[0] != b'0' || d.value[1] == b'0' {
        return None;
    }
    // "(020) 123 4567" keeps its parenthesis; "(0612345678)" does not.
    if paren && (b.get(first_group_end(&d)) != Some(&b')') || d.group[d.n - 1] == 0) {
        return None;
    }
    // "01-02-2019 12" has ten digits from a zero, but it is a date and an hour.
    let at = i + usize::from(paren);
    if date::numeric_at(text, at).is_some() || date::birth_digits(text, at).is_some() {
        return None;
    }
    let service = matches!(&d.value[..4], b"0800" | b"0900" | b"0906" | b"0909");
    let counts: &[usize] = if service { &[11, 8] } else { &[10] };
    counts.iter().find_map(|&count| accept(text, &d, count))
}

/// Country codes of the countries families in Dutch youth care most often call.
const COUNTRIES: &[&[u8]] = &[
    b"32", b"49", b"44", b"33", b"34", b"39", b"41", b"43", b"45", b"46", b"47", b"48", b"351",
    b"352", b"353", b"90", b"212", b"213", b"216", b"297", b"599", b"597", b"1", b"380", b"20",
    b"27", b"234", b"251", b"252", b"963", b"964", b"98", b"93", b"291", b"30", b"40", b"36",
    b"420", b"359", b"385", b"381", b"355", b"233", b"92", b"91", b"86", b"62", b"63", b"55",
];

/// Bytes of "+32" or "0049" at the start of `rest` when it is a known foreign country code.
fn foreign(rest: &[u8]) -> Option<usize> {
    let skip = if rest.starts_with(b"+") {
        1
    } else if rest.starts_with(b"00") {
        2
    } else {
        return None;
    };
    let code = &rest[skip..];
    // Country codes are prefix-free, so at most one matches.
    COUNTRIES
        .iter()
        .find(|c| code.starts_with(c))
        .map(|c| skip + c.len())
}

/// End of the national part of a foreign number at `p`: eight to eleven digits in groups.
fn abroad(text: &str, mut p: usize) -> Option<usize> {
    let b = text.as_bytes();
    p = skip_space_or_dash(b, p);
    if b[p..].starts_with(b"(0)") {
        p = skip_space_or_dash(b, p + 3);
    }
    let d = read(b, p);
    if d.n < 8 {
        return None;
    }
    (8..=d.n).rev().find_map(|count| accept(text, &d, count))
}

/// End of the first `count` digits, if they form whole groups of a number.
fn accept(text: &str, d: &Digits, count: usize) -> Option<usize> {
    if d.n < count || !d.group_end[count - 1] {
        return None;
    }
    // A lone digit after the first group ("020 1 234567") is no way anyone
    // writes a number down, but it is how lists of small numbers look.
    let mut size = 0;
    for k in 0..count {
        size += 1;
        if d.group_end[k] {
            if d.group[k] > 0 && size < 2 {
                return None;
            }
            size = 0;
        }
    }
    let end = d.end[count - 1];
    (ends_token(text, end) || after_list_mark(text.as_bytes(), end + 1)).then_some(end)
}

/// True inside a grouped account number such as "NL91 ABNA 0417 1643 01",
/// whose digits look like a phone number even when its check digits fail.
fn in_account(b: &[u8], i: usize) -> bool {
    let Some(head) = i.checked_sub(10).map(|s| &b[s..i]) else {
        return false;
    };
    head[..2].iter().all(u8::is_ascii_uppercase)
        && head[2..4].iter().all(u8::is_ascii_digit)
        && head[4] == b' '
        && head[5..9].iter().all(u8::is_ascii_alphabetic)
        && head[9] == b' '
}

/// True if `i` follows a "/" or "," that itself follows a digit: lists such as
/// "06-12345678/06-87654321" join numbers with no space, unlike amounts which
/// never start with a zero.
fn after_list_mark(b: &[u8], i: usize) -> bool {
    i >= 2
        && matches!(b.get(i - 1), Some(b'/' | b','))
        && b[i - 2].is_ascii_digit()
        && matches!(b.get(i), Some(b'0' | b'+' | b'('))
}

/// Byte just past the first group of digits.
fn first_group_end(d: &Digits) -> usize {
    let last = (0..d.n)
        .take_while(|&k| d.group[k] == 0)
        .last()
        .unwrap_or(0);
    d.end[last]
}

/// Reads up to `MAX` digits from `p` in groups joined by separators.
fn read(b: &[u8], mut p: usize) -> Digits {
    let mut d = Digits {
        value: [0; MAX],
        end: [0; MAX],
        group: [0; MAX],
        group_end: [false; MAX],
        n: 0,
    };
    let mut group = 0;
    loop {
        while d.n < MAX && b.get(p).is_some_and(u8::is_ascii_digit) {
            d.value[d.n] = b[p];
            p += 1;
            d.end[d.n] = p;
            d.group[d.n] = group;
            d.n += 1;
        }
        if d.n == 0 || d.group[d.n - 1] != group {
            return d;
        }
        let ends = !b.get(p).is_some_and(u8::is_ascii_digit);
        d.group_end[d.n - 1] = ends;
        if d.n == MAX || !ends {
            return d;
        }
        let q = skip_separator(b, p);
        if q == p || !b.get(q).is_some_and(u8::is_ascii_digit) {
            return d;
        }
        // A slash parts the area code from the number ("020/1234567"), which
        // never starts with 0: "0800/0900" and "06/06" are two numbers.
        if b[p..q].contains(&b'/') && b[q] == b'0' {
            return d;
        }
        p = q;
        group += 1;
    }
}

/// Skips what may sit between digit groups: ") ", " - ", ".", " (" and the like.
fn skip_separator(b: &[u8], mut p: usize) -> usize {
    if b.get(p) == Some(&b')') {
        p += 1;
    }
    p = skip_space_or_dash(b, p);
    if b.get(p) == Some(&b'(') {
        p += 1;
    }
    p
}

/// Skips an optional space, dash or dot, with optional spaces around it.
fn skip_space_or_dash(b: &[u8], mut p: usize) -> usize {
    p += space_len(b, p);
    if matches!(b.get(p), Some(b'-' | b'.' | b'/')) {
        p += 1;
        p += space_len(b, p);
    }
    p
}

#[cfg(test)]
mod tests {
    use crate::privacy::FindingKind::*;
    use crate::privacy::tests::{found, kinds};
    use crate::privacy::{has_blocking, scan};

    #[test]
    fn mobile_number_is_a_phone_not_a_bsn() {
        // "12345672" alone is an 8-digit run that passes as a BSN with a leading 0.
        assert!(has_blocking("12345672"));
        for text in [
            "06 12345672",
            "06-12345672",
            "0612345672",
            "+31 6 12345672",
            "06 1234 5672",
        ] {
            assert_eq!(found(text), [(Phone, text)]);
            assert!(!has_blocking(text), "{text}");
        }
    }

    #[test]
    fn phone_numbers_in_common_notations_are_found() {
        for text in [
            "06-12345678",
            "06 12 34 56 78",
            "06 - 1234 5678",
            "020-1234567",
            "020 123 45 67",
            "(020) 123 4567",
            "0318-123456",
            "010.123.4567",
            "+31612345678",
            "+31 (0)20 123 4567",
            "+31(0)6-12345678",
            "0031 20 1234567",
            "0031-6-12345678",
            "0800-1234",
            "0800 1234567",
            "0900-1234567",
            "0900-8844",
            "06/12345678",
            "020/123 45 67",
            "+32 470 12 34 56",
            "+49 30 12345678",
            "+44 20 7946 0958",
            "0032 470 123456",
            "+44 7700 900123",
        ] {
            assert_eq!(
                found(&format!("bel {text} vandaag")),
                [(Phone, text)],
                "{text}"
            );
        }
    }

    #[test]
    fn phone_in_parentheses_leaves_the_closing_parenthesis() {
        assert_eq!(found("moeder (0612345678) belde"), [(Phone, "0612345678")]);
    }

    #[test]
    fn numbers_with_too_few_or_too_many_digits_are_not_phones() {
        for text in [
            "061234567",
            "06123456789",
            "0012345678",
            "0800 12345",
            "1234567",
        ] {
            assert!(scan(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn date_with_an_hour_is_not_a_phone() {
        assert_eq!(found("01-02-2019 12 uur"), [(Date, "01-02-2019")]);
    }

    #[test]
    fn prefixes_joined_by_a_slash_are_not_a_phone() {
        assert!(scan("ook 0800/0900 servicenummers").is_empty());
    }

    #[test]
    fn numbers_joined_by_a_slash_or_comma_are_each_found() {
        for text in ["06-12345678/06-87654321", "06-12345678,06-87654321"] {
            assert_eq!(kinds(text), [Phone, Phone], "{text}");
        }
    }
}
