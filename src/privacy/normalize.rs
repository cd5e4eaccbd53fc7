//! Normalises text before the scan and maps what the scan finds back.
//!
//! Detectors read plain ASCII digits, dashes and spaces. People (and word
//! processors) write fullwidth digits, no-break spaces, en dashes, soft
//! hyphens and zero-width spaces, often without knowing. The scan therefore
//! runs on a normalised copy: NFKC, zero-width characters removed, every dash
//! a "-", every space a " ". Each byte of the copy remembers the original
//! characters it came from, so a finding still covers exactly the original
//! span (redaction replaces what the user typed, not what we read).

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::canonical_combining_class;

/// The normalised text and, per byte of it, the original range it came from.
pub(super) struct Normalized {
    pub text: String,
    /// Original byte offset of the character each normalised byte came from.
    from: Vec<usize>,
    /// Original byte offset just past that character (or cluster).
    to: Vec<usize>,
    /// Whether `from` and `to` are kept (not for [`normalized_text`]).
    mapped: bool,
}

impl Normalized {
    /// Original byte range of the normalised range `start..end` (never empty input).
    pub fn original(&self, start: usize, end: usize) -> (usize, usize) {
        (self.from[start], self.to[end - 1])
    }
}

/// What one character becomes before any NFKC: removed, "-", " " or "'".
fn fold(c: char) -> Option<Option<char>> {
    Some(match c {
        '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{00AD}' => None,
        '\u{2010}'..='\u{2015}' | '\u{2212}' | '\u{FE58}' | '\u{FE63}' | '\u{FF0D}' => Some('-'),
        '\u{00A0}' | '\u{2000}'..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\u{3000}' => Some(' '),
        '\u{2018}' | '\u{2019}' | '\u{201B}' | '\u{2032}' | '\u{FF07}' => Some('\''),
        _ => return None,
    })
}

/// The normalised copy of `text`, or None when it is plain ASCII (which
/// normalisation leaves unchanged, and which is what nearly every keystroke sees).
pub(super) fn normalize(text: &str) -> Option<Normalized> {
    fold_text(text, true)
}

/// The same normalised text, without the map back (cheaper): for
/// [`super::has_blocking`], which only asks whether there is a finding.
pub(super) fn normalized_text(text: &str) -> Option<String> {
    fold_text(text, false).map(|n| n.text)
}

fn fold_text(text: &str, mapped: bool) -> Option<Normalized> {
    if text.is_ascii() {
        return None;
    }
    let capacity = if mapped { text.len() } else { 0 };
    let mut out = Normalized {
        text: String::with_capacity(text.len()),
        from: Vec::with_capacity(capacity),
        to: Vec::with_capacity(capacity),
        mapped,
    };
    let mut chars = text.char_indices().peekable();
    let mut cluster = String::new();
    while let Some((i, c)) = chars.next() {
        // Without the map: a run of ASCII is copied at once, all but its last
        // character, which a combining mark after it may compose with.
        if !mapped && c.is_ascii() {
            let run = text.as_bytes()[i..]
                .iter()
                .take_while(|b| b.is_ascii())
                .count();
            if run > 1 {
                let last = i + run - 1;
                out.text.push_str(&text[i..last]);
                while chars.next_if(|&(j, _)| j < last).is_some() {}
                continue;
            }
        }
        let end = i + c.len_utf8();
        let marked = chars
            .peek()
            .is_some_and(|&(_, m)| !m.is_ascii() && canonical_combining_class(m) != 0);
        if c.is_ascii() && !marked {
            push(&mut out, c, i, end);
            continue;
        }
        if let Some(folded) = fold(c).filter(|_| !marked) {
            if let Some(f) = folded {
                push(&mut out, f, i, end);
            }
            continue;
        }
        // A base character and the combining marks after it compose together.
        cluster.clear();
        cluster.push(c);
        let mut end = end;
        while let Some(&(j, m)) = chars.peek() {
            if canonical_combining_class(m) == 0 {
                break;
            }
            cluster.push(m);
            end = j + m.len_utf8();
            chars.next();
        }
        for n in cluster.nfkc() {
            match fold(n) {
                Some(Some(f)) => push(&mut out, f, i, end),
                Some(None) => {}
                None => push(&mut out, n, i, end),
            }
        }
    }
    Some(out)
}

fn push(out: &mut Normalized, c: char, from: usize, to: usize) {
    for _ in 0..c.len_utf8() * usize::from(out.mapped) {
        out.from.push(from);
        out.to.push(to);
    }
    out.text.push(c);
}

#[cfg(test)]
mod tests {
    use super::normalize;
    use crate::privacy::FindingKind::*;
    use crate::privacy::tests::found;
    use crate::privacy::{redact, redact_blocking, scan};

    #[test]
    fn the_text_alone_is_the_mapped_text() {
        for text in [
            "１２３\u{200B}４\u{2013}5\u{00A0}x",
            "Jose\u{301} é ﬁ ①",
            "ascii",
            "ab\u{301}cd e\u{308}\u{301}f 12\u{FF13}4 x\u{200B}y é",
            "é",
            "éa",
            "aé",
            "a\u{301}",
        ] {
            let mapped = normalize(text).map(|n| n.text);
            assert_eq!(super::normalized_text(text), mapped, "{text}");
        }
    }

    #[test]
    fn ascii_is_left_alone() {
        assert!(normalize("BSN 123456782").is_none());
    }

    #[test]
    fn fullwidth_zero_width_and_dashes_are_folded() {
        let n = normalize("１２３\u{200B}４\u{2013}5\u{00A0}x").unwrap();
        assert_eq!(n.text, "1234-5 x");
    }

    #[test]
    fn findings_cover_the_original_span() {
        let text = "BSN 123\u{200B}456\u{200B}782 klopt";
        assert_eq!(found(text), [(Bsn, "123\u{200B}456\u{200B}782")]);
        assert_eq!(redact_blocking(text), "BSN [BSN verwijderd] klopt");
        let wide = "nummer １２３４５６７８２.";
        assert_eq!(found(wide), [(Bsn, "１２３４５６７８２")]);
        assert_eq!(redact_blocking(wide), "nummer [BSN verwijderd].");
    }

    #[test]
    fn redaction_of_other_kinds_keeps_the_text_around() {
        let text = "é bel 06\u{2011}1234\u{00A0}5678 of ｊａｎ＠ｖｏｏｒｂｅｅｌｄ．ｎｌ!";
        let clean = redact(text, &scan(text));
        assert_eq!(clean, "é bel [telefoonnummer] of [e-mail]!");
    }

    #[test]
    fn combining_marks_compose_and_map_to_the_whole_cluster() {
        let text = "Jose\u{301} jose\u{301}@voorbeeld.nl";
        assert_eq!(found(text), [(Email, "jose\u{301}@voorbeeld.nl")]);
    }
}
