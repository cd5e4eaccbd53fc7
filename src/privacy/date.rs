//! Full dates, which in case notes are mostly birth dates: "3-4-2012",
//! "2012-04-03", "3 april 2012", "April 3, 2012". A year or a day and month
//! alone identify nobody, so both parts are required.

use super::{
    Finding, FindingKind, Starts, char_at, digit_run, ends_token, is_word, number, space_len,
    starts_token,
};

/// Dutch and English month names and their usual abbreviations.
const MONTHS: &[(&str, u32)] = &[
    ("januari", 1),
    ("january", 1),
    ("jan", 1),
    ("februari", 2),
    ("february", 2),
    ("feb", 2),
    ("maart", 3),
    ("march", 3),
    ("mrt", 3),
    ("mar", 3),
    ("april", 4),
    ("apr", 4),
    ("mei", 5),
    ("may", 5),
    ("juni", 6),
    ("june", 6),
    ("jun", 6),
    ("juli", 7),
    ("july", 7),
    ("jul", 7),
    ("augustus", 8),
    ("august", 8),
    ("aug", 8),
    ("september", 9),
    ("sept", 9),
    ("sep", 9),
    ("oktober", 10),
    ("october", 10),
    ("okt", 10),
    ("oct", 10),
    ("november", 11),
    ("nov", 11),
    ("december", 12),
    ("dec", 12),
];

/// Pushes every full date in `text`.
pub(super) fn find(text: &str, starts: &Starts, out: &mut Vec<Finding>) {
    let mut done = 0;
    for &i in &starts.digits {
        if i >= done
            && starts_token(text, i)
            && let Some(end) = numeric_at(text, i)
                .or_else(|| day_month_year(text, i))
                .or_else(|| birth_digits(text, i))
        {
            out.push(Finding {
                kind: FindingKind::Date,
                start: i,
                end,
            });
            done = end;
        }
    }
    for &i in &starts.words {
        if let Some(end) = month_day_year(text, i) {
            out.push(Finding {
                kind: FindingKind::Date,
                start: i,
                end,
            });
        }
    }
}

/// End of a numeric date at `i`: d-m-jjjj with "-", "/" or ".", ISO
/// jjjj-mm-dd, a two-digit year ("3-3-12", "3/3/'12") or a month name
/// between dashes ("3-mrt-2012"); never after "versie" ("versie 1.2.2012").
pub(super) fn numeric_at(text: &str, i: usize) -> Option<usize> {
    let b = text.as_bytes();
    let r1 = digit_run(b, i);
    let sep = *b.get(i + r1)?;
    if !matches!(sep, b'-' | b'/' | b'.') || versioned(text, i) {
        return None;
    }
    let j = i + r1 + 1;
    let r2 = digit_run(b, j);
    let (month, k) = if r2 == 0 && r1 <= 2 {
        let (month, len) = month_at(text, j)?;
        (
            month,
            j + len - usize::from(b.get(j + len - 1) == Some(&b'.')),
        )
    } else {
        (number(&b[j..j + r2]), j + r2)
    };
    if b.get(k) != Some(&sep) {
        return None;
    }
    let k = k + 1;
    let quoted = b.get(k) == Some(&b'\'');
    let k = k + usize::from(quoted);
    let r3 = digit_run(b, k);
    let short = match sep {
        b'.' => r1 == 2 && r2 == 2,
        _ => true,
    };
    let (day, year) = match (r1, r2, r3) {
        (1 | 2, 0..=2, 4) if !quoted => (number(&b[i..i + r1]), number(&b[k..k + 4])),
        (1 | 2, 0..=2, 2) if short || quoted => {
            (number(&b[i..i + r1]), century(number(&b[k..k + 2])))
        }
        (4, 1 | 2, 1 | 2) if sep != b'.' && !quoted => {
            (number(&b[k..k + r3]), number(&b[i..i + 4]))
        }
        _ => return None,
    };
    let end = k + r3;
    (valid(day, month, year) && ends_token(text, end)).then_some(end)
}

/// A two-digit year read as the nearest: "12" is 2012, "85" is 1985.
fn century(yy: u32) -> u32 {
    if yy <= 40 { 2000 + yy } else { 1900 + yy }
}

/// True after words that number versions and articles, not days.
fn versioned(text: &str, i: usize) -> bool {
    let before = text[..i].trim_end_matches([' ', ':']);
    let word: String = before
        .chars()
        .rev()
        .take_while(|c| c.is_alphabetic() || *c == '.')
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect::<String>()
        .to_lowercase();
    let word = word.trim_end_matches('.');
    matches!(
        word,
        "versie"
            | "version"
            | "v"
            | "vs"
            | "release"
            | "build"
            | "update"
            | "artikel"
            | "art"
            | "hoofdstuk"
            | "paragraaf"
            | "par"
            | "lid"
            | "sectie"
            | "bijlage"
            | "stap"
    )
}

/// End of "3 april 2012", "3e april 2012" or "3 maart '12" at `i`.
fn day_month_year(text: &str, i: usize) -> Option<usize> {
    let b = text.as_bytes();
    let r = digit_run(b, i);
    if r > 2 {
        return None;
    }
    let day = number(&b[i..i + r]);
    let mut p = i + r;
    p += ordinal_len(b, p);
    p = after_space(b, p)?;
    let (month, len) = month_at(text, p)?;
    p = after_space(b, p + len)?;
    let (year, end) = year_at(text, p).or_else(|| quoted_year(text, p))?;
    valid(day, month, year).then_some(end)
}

/// "'12" at `p` as a year, and where it ends.
fn quoted_year(text: &str, p: usize) -> Option<(u32, usize)> {
    let b = text.as_bytes();
    if b.get(p) != Some(&b'\'') || digit_run(b, p + 1) != 2 || !ends_token(text, p + 3) {
        return None;
    }
    Some((century(number(&b[p + 1..p + 3])), p + 3))
}

/// End of eight digits read as a birth date after "geb." or "geboren": "geb. 03041990".
pub(super) fn birth_digits(text: &str, i: usize) -> Option<usize> {
    let b = text.as_bytes();
    if digit_run(b, i) != 8 || !ends_token(text, i + 8) {
        return None;
    }
    let mut from = i.saturating_sub(24);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let before = text[from..i]
        .trim_end_matches([' ', ':', '.'])
        .to_lowercase();
    if !(before.ends_with("geb")
        || before.ends_with("geboren")
        || before.ends_with("geboortedatum"))
    {
        return None;
    }
    let day = number(&b[i..i + 2]);
    let month = number(&b[i + 2..i + 4]);
    valid(day, month, number(&b[i + 4..i + 8])).then_some(i + 8)
}

/// End of "April 3, 2012" or "April 3rd 2012" at `i`.
fn month_day_year(text: &str, i: usize) -> Option<usize> {
    let b = text.as_bytes();
    let (month, len) = month_at(text, i)?;
    let mut p = after_space(b, i + len)?;
    let r = digit_run(b, p);
    if !(1..=2).contains(&r) {
        return None;
    }
    let day = number(&b[p..p + r]);
    p += r;
    p += ordinal_len(b, p);
    if b.get(p) == Some(&b',') {
        p += 1;
    }
    let (year, end) = year_at(text, after_space(b, p)?)?;
    valid(day, month, year).then_some(end)
}

/// Month number and length (with an abbreviation's dot) of the month name at `p`.
fn month_at(text: &str, p: usize) -> Option<(u32, usize)> {
    let b = text.as_bytes();
    let len = b[p..]
        .iter()
        .take_while(|c| c.is_ascii_alphabetic())
        .count();
    if !(3..=9).contains(&len)
        || !month_prefix(&b[p..p + 3])
        || char_at(text, p + len).is_some_and(is_word)
    {
        return None;
    }
    let word = &b[p..p + len];
    let month = MONTHS
        .iter()
        .find(|(name, _)| name.as_bytes().eq_ignore_ascii_case(word))?
        .1;
    let dot = usize::from(b.get(p + len) == Some(&b'.'));
    Some((month, len + dot))
}

/// True if a word starting with these three letters may be a month: a cheap
/// test, since every word of the text is tried as the start of "March 3, 2012".
fn month_prefix(prefix: &[u8]) -> bool {
    let lower = [prefix[0] | 0x20, prefix[1] | 0x20, prefix[2] | 0x20];
    matches!(
        &lower,
        b"jan"
            | b"feb"
            | b"maa"
            | b"mar"
            | b"mrt"
            | b"apr"
            | b"mei"
            | b"may"
            | b"jun"
            | b"jul"
            | b"aug"
            | b"sep"
            | b"okt"
            | b"oct"
            | b"nov"
            | b"dec"
    )
}

/// Year 1900-2099 at `p` as a whole token, and where it ends.
fn year_at(text: &str, p: usize) -> Option<(u32, usize)> {
    let b = text.as_bytes();
    if digit_run(b, p) != 4 || !ends_token(text, p + 4) {
        return None;
    }
    Some((number(&b[p..p + 4]), p + 4))
}

/// Length of an ordinal suffix at `p`: the "e" of "3e", the "rd" of "3rd".
fn ordinal_len(b: &[u8], p: usize) -> usize {
    let len = b[p..]
        .iter()
        .take_while(|c| c.is_ascii_alphabetic())
        .count();
    let suffix = &b[p..p + len];
    let ordinal = [&b"e"[..], b"ste", b"de", b"st", b"nd", b"rd", b"th"].contains(&suffix);
    if ordinal { len } else { 0 }
}

/// Position after at least one and at most three spaces at `p`.
fn after_space(b: &[u8], mut p: usize) -> Option<usize> {
    let start = p;
    for _ in 0..3 {
        p += space_len(b, p);
    }
    (p > start).then_some(p)
}

/// True for a real calendar day in 1900-2099 (29 February always passes).
fn valid(day: u32, month: u32, year: u32) -> bool {
    const DAYS: [u32; 12] = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    (1900..=2099).contains(&year)
        && (1..=12).contains(&month)
        && (1..=DAYS[month as usize - 1]).contains(&day)
}

#[cfg(test)]
mod tests {
    use crate::privacy::FindingKind::*;
    use crate::privacy::scan;
    use crate::privacy::tests::found;

    #[test]
    fn full_dates_are_found() {
        for text in [
            "3-4-2012",
            "03-04-2012",
            "3/4/2012",
            "3.4.2012",
            "2012-04-03",
            "3 april 2012",
            "3e april 2012",
            "12 mrt. 2015",
            "1 Sept 1999",
            "3 March 2012",
            "March 3, 2012",
            "29-02-2016",
            "3-3-12",
            "3/3/'12",
            "3-mrt-2012",
            "3 maart '12",
            "3e maart 2012",
            "03.03.12",
        ] {
            assert_eq!(found(&format!("geboren {text}.")), [(Date, text)], "{text}");
        }
    }

    #[test]
    fn partial_or_impossible_dates_are_not_found() {
        for text in [
            "in 2019",
            "maart 2024",
            "12 maart",
            "32-01-2012",
            "12-13-2012",
            "31-04-2012",
            "3-4-1899",
            "versie 1.2.2012",
            "v 3.4.12",
            "artikel 3-4-12",
            "1.2.12",
        ] {
            assert!(scan(text).is_empty(), "{text}");
        }
    }
}
