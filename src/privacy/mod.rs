//! Finds personal data in case text before it is stored.
//!
//! Intervision material must be anonymised (NRGD guidance, see DOMAIN.md): a BSN
//! may never be stored, other direct identifiers should be removed. The scan
//! runs on a normalised copy of the text (normalize.rs) and maps what it finds
//! back onto the original, so a finding's range is always on char boundaries
//! of the text the caller passed, whatever it holds.
//!
//! Number detectors (bsn, phone, postcode, iban, date) and e-mail work on
//! bytes from the starts found in one pass. The word detectors (name,
//! address, school, place) are warnings only: they use context (a title, a
//! surname particle, an age, a house number, a school type, a preposition)
//! and the word lists under `data/`, each of which names its source.

use crate::i18n::Lang;
use std::collections::BTreeMap;

mod address;
mod bsn;
mod date;
mod email;
mod iban;
mod name;
mod normalize;
mod phone;
mod place;
mod postcode;
mod school;
#[cfg(test)]
mod tests;
mod words;

/// What kind of personal data a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FindingKind {
    /// Citizen service number; processing it needs a legal basis we never have.
    Bsn,
    /// Dutch phone number, national, international or service.
    Phone,
    /// E-mail address.
    Email,
    /// Dutch postcode, which with an age or a street often identifies a family.
    Postcode,
    /// Bank account number.
    Iban,
    /// Full date, usually a birth date; a year alone is what courts keep.
    Date,
    /// A person's name: "mevrouw Jansen", "Jan de Vries", "Lotte (14)".
    Name,
    /// A street and house number: "Kerkstraat 12a".
    Address,
    /// A named school: "OBS De Regenboog".
    School,
    /// A municipality, which with an age or a school narrows a family down.
    Place,
}

impl FindingKind {
    /// True for kinds that must never be stored (only Bsn).
    pub fn blocks(self) -> bool {
        self == FindingKind::Bsn
    }

    /// The Dutch placeholder that replaces the text, "[BSN verwijderd]", "[telefoonnummer]"…; see [`FindingKind::placeholder_in`].
    pub fn placeholder(self) -> &'static str {
        self.placeholder_in(Lang::Nl)
    }

    /// The placeholder in the interface language: "[BSN verwijderd]" or "[BSN removed]", "[telefoonnummer]" or "[phone]"…
    pub fn placeholder_in(self, lang: Lang) -> &'static str {
        lang.strings().marks.placeholder(self)
    }

    /// Stable lowercase key: "bsn", "phone", "email", "postcode", "iban", "date", "name", "address", "school", "place" (used for translated labels elsewhere).
    pub fn key(self) -> &'static str {
        match self {
            FindingKind::Bsn => "bsn",
            FindingKind::Phone => "phone",
            FindingKind::Email => "email",
            FindingKind::Postcode => "postcode",
            FindingKind::Iban => "iban",
            FindingKind::Date => "date",
            FindingKind::Name => "name",
            FindingKind::Address => "address",
            FindingKind::School => "school",
            FindingKind::Place => "place",
        }
    }
}

/// One finding: its kind and its byte range in the scanned text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    /// What was found; decides the placeholder and whether storing is refused.
    pub kind: FindingKind,
    /// Byte offset of the first byte, so callers can slice the scanned text.
    pub start: usize,
    /// Byte offset just past the last byte.
    pub end: usize,
}

impl Finding {
    /// 1-based line and column (column in characters, not bytes) of the finding's start in `text`.
    pub fn line_col(&self, text: &str) -> (usize, usize) {
        // A finding from another text may point anywhere: fall back to the
        // nearest char boundary before it instead of panicking.
        let mut at = self.start.min(text.len());
        while !text.is_char_boundary(at) {
            at -= 1;
        }
        let before = &text[..at];
        let line = before.bytes().filter(|&b| b == b'\n').count() + 1;
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        (line, before[line_start..].chars().count() + 1)
    }
}

/// Every finding in `text`, sorted by start, never overlapping (when two detectors claim overlapping text, keep the one that blocks, else the longer).
pub fn scan(text: &str) -> Vec<Finding> {
    let Some(norm) = normalize::normalize(text) else {
        return scan_plain(text);
    };
    let mut out: Vec<Finding> = Vec::new();
    for f in scan_plain(&norm.text) {
        let (start, end) = norm.original(f.start, f.end);
        // Two findings that end and start inside one ligature both map onto
        // it; the first keeps it.
        if out.last().is_none_or(|p| p.end <= start) {
            out.push(Finding {
                kind: f.kind,
                start,
                end,
            });
        }
    }
    out
}

/// The scan proper, on text that is already normalised.
fn scan_plain(text: &str) -> Vec<Finding> {
    let starts = Starts::of(text);
    let mut phones = Vec::new();
    phone::find(text, &starts.digits, &mut phones);
    let mut found = Vec::new();
    bsn::find(text, &starts.digits, &mut found);
    // "06 12345678" holds an 8-digit run that may pass the elfproef; since a
    // BSN always wins an overlap, the phone has to veto it here instead.
    found.retain(|f| !overlaps_any(&phones, f));
    found.extend(phones);
    email::find(text, &starts.ats, &mut found);
    postcode::find(text, &starts.digits, &mut found);
    iban::find(text, &starts.words, &mut found);
    date::find(text, &starts, &mut found);
    email::find_spelled(text, &mut found);
    name::find(text, &starts.words, &mut found);
    address::find(text, &starts.words, &mut found);
    school::find(text, &starts.words, &mut found);
    place::find(text, &starts.words, &mut found);
    resolve(found)
}

/// `text` with every finding replaced by its Dutch placeholder.
pub fn redact(text: &str, findings: &[Finding]) -> String {
    redact_in(text, findings, Lang::Nl)
}

/// `text` with every finding replaced by its placeholder in `lang`.
pub fn redact_in(text: &str, findings: &[Finding], lang: Lang) -> String {
    let mut sorted: Vec<&Finding> = findings.iter().collect();
    sorted.sort_by_key(|f| (f.start, f.end));
    let mut out = String::with_capacity(text.len());
    let mut done = 0;
    for f in sorted {
        // Findings may come from an older version of the text: skip what no
        // longer fits rather than cut a character in half.
        if f.start < done || f.start >= f.end || text.get(f.start..f.end).is_none() {
            continue;
        }
        out.push_str(&text[done..f.start]);
        out.push_str(f.kind.placeholder_in(lang));
        done = f.end;
    }
    out.push_str(&text[done..]);
    out
}

/// `text` with every finding replaced by its placeholder in `lang`, and no
/// BSN left that a placeholder's word "BSN" names (see [`redact_blocking_in`]).
pub fn redact_all_in(text: &str, lang: Lang) -> String {
    redact_blocking_in(&redact_in(text, &scan(text), lang), lang)
}

/// `text` with only what may never be stored (a BSN) replaced: what drafts,
/// set-up fields and exports may keep. Other findings stay for the user to
/// judge. The placeholder is Dutch; see [`redact_blocking_in`].
pub fn redact_blocking(text: &str) -> String {
    redact_blocking_in(text, Lang::Nl)
}

/// [`redact_blocking`] with the placeholder in `lang`.
pub fn redact_blocking_in(text: &str, lang: Lang) -> String {
    // A placeholder holds the word "BSN", which names a number glued on
    // after it ("BSN: 111222333 x111222333" leaves "[BSN verwijderd]
    // x111222333"): redact until nothing blocks. Every pass replaces digits
    // by a placeholder without digits, so the loop ends.
    let mut text = text.to_string();
    loop {
        let blocking: Vec<Finding> = scan(&text)
            .into_iter()
            .filter(|f| f.kind.blocks())
            .collect();
        if blocking.is_empty() {
            return text;
        }
        text = redact_in(&text, &blocking, lang);
    }
}

/// True if `text` holds a finding that blocks storing it (a BSN).
pub fn has_blocking(text: &str) -> bool {
    // The same answer as `scan(text)` has a blocking finding, without the
    // warning-only detectors: the store asks this of every file it writes.
    // A BSN wins every overlap but a phone's (see `scan_plain`), so BSN and
    // phone are all it takes.
    let norm = normalize::normalized_text(text);
    let text = norm.as_deref().unwrap_or(text);
    let digits = bsn::digit_starts(text);
    let mut phones = Vec::new();
    phone::find(text, &digits, &mut phones);
    let mut found = Vec::new();
    bsn::find(text, &digits, &mut found);
    found.iter().any(|f| !overlaps_any(&phones, f))
}

/// True when `f` overlaps one of `sorted`, which is sorted and non-overlapping.
fn overlaps_any(sorted: &[Finding], f: &Finding) -> bool {
    let i = sorted.partition_point(|p| p.start < f.end);
    i > 0 && sorted[i - 1].end > f.start
}

/// Keeps the strongest of overlapping findings: blocking first, then longest.
fn resolve(mut found: Vec<Finding>) -> Vec<Finding> {
    found.sort_unstable_by_key(|f| (f.start, f.end));
    let mut kept = Vec::with_capacity(found.len());
    let mut cluster: Vec<Finding> = Vec::new();
    let mut reach = 0;
    for f in found {
        if f.start >= reach && !cluster.is_empty() {
            settle(&mut cluster, &mut kept);
        }
        reach = reach.max(f.end);
        cluster.push(f);
    }
    settle(&mut cluster, &mut kept);
    kept
}

/// Resolves one run of mutually overlapping findings into `kept`, in order.
fn settle(cluster: &mut Vec<Finding>, kept: &mut Vec<Finding>) {
    if cluster.len() == 1 {
        kept.append(cluster);
        return;
    }
    cluster.sort_by_key(|f| (!f.kind.blocks(), usize::MAX - (f.end - f.start), f.start));
    // Accepted ranges never overlap, so the one starting last before a
    // candidate's end is the only one that can collide with it.
    let mut chosen: BTreeMap<usize, Finding> = BTreeMap::new();
    for f in cluster.drain(..) {
        let clash = chosen
            .range(..f.end)
            .next_back()
            .is_some_and(|(_, k)| k.end > f.start);
        if !clash {
            chosen.insert(f.start, f);
        }
    }
    kept.extend(chosen.into_values());
}

/// Where detectors may start, found in one pass so that no detector has to
/// walk the prose between them (the scan runs on every commit of the editor).
struct Starts {
    /// First digit of every run of ASCII digits.
    digits: Vec<usize>,
    /// First letter of every run of ASCII letters that does not continue a word.
    words: Vec<usize>,
    /// Every "@".
    ats: Vec<usize>,
}

impl Starts {
    fn of(text: &str) -> Starts {
        let b = text.as_bytes();
        let mut starts = Starts {
            digits: Vec::new(),
            words: Vec::new(),
            ats: Vec::new(),
        };
        let mut prev = 0u8;
        let mut i = 0;
        // Plain byte matches: this loop sees every byte, even in debug builds.
        while i < b.len() {
            let c = b[i];
            match c {
                b'0'..=b'9' if !prev.is_ascii_digit() => starts.digits.push(i),
                b'a'..=b'z' | b'A'..=b'Z' => {
                    let glued = match prev {
                        b'0'..=b'9' | b'a'..=b'z' | b'A'..=b'Z' | b'_' => true,
                        0x80.. => char_before(text, i).is_some_and(is_word),
                        _ => false,
                    };
                    if !glued {
                        starts.words.push(i);
                    }
                }
                b'@' => starts.ats.push(i),
                _ => {}
            }
            prev = c;
            i += 1;
        }
        starts
    }
}

/// Letters and digits of any script glue to a number, so it is not a token.
fn is_word(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// Punctuation that continues a number when a digit sits on its other side.
fn is_joiner(b: u8) -> bool {
    matches!(b, b'.' | b',' | b'-' | b'/' | b':')
}

/// The character just before byte `i`, if `i` is a boundary with one.
fn char_before(text: &str, i: usize) -> Option<char> {
    text.get(..i)?.chars().next_back()
}

/// The character starting at byte `i`.
fn char_at(text: &str, i: usize) -> Option<char> {
    text.get(i..)?.chars().next()
}

/// True if a token may start at `i`: not inside a word, nor the tail of a
/// longer number such as "Z-2024-001234" or "1.234.567".
fn starts_token(text: &str, i: usize) -> bool {
    match char_before(text, i) {
        None => true,
        Some(c) if is_word(c) => false,
        Some(c) if c.is_ascii() && is_joiner(c as u8) => {
            !(i >= 2 && text.as_bytes()[i - 2].is_ascii_digit())
        }
        Some(_) => true,
    }
}

/// True if a token may end at `i`: no word follows, nor more number such as
/// the ",50" of an amount or the ":30" of a time.
fn ends_token(text: &str, i: usize) -> bool {
    match char_at(text, i) {
        None => true,
        Some(c) if is_word(c) => false,
        Some(c) if c.is_ascii() && is_joiner(c as u8) => {
            !text.as_bytes().get(i + 1).is_some_and(u8::is_ascii_digit)
        }
        Some(_) => true,
    }
}

/// Length of the space at `i`: a plain one, or the no-break spaces that word
/// processors put inside numbers and postcodes.
fn space_len(b: &[u8], i: usize) -> usize {
    match b.get(i..) {
        Some([b' ', ..]) => 1,
        Some([0xC2, 0xA0, ..]) => 2,
        Some([0xE2, 0x80, 0xAF, ..]) => 3,
        _ => 0,
    }
}

/// Length of the run of ASCII digits at `i`, counted up to 32: no detector
/// wants more, and a pasted megabyte of digits must not be walked per detector.
fn digit_run(b: &[u8], i: usize) -> usize {
    let mut n = 0;
    while n < 32 && i + n < b.len() && b[i + n].is_ascii_digit() {
        n += 1;
    }
    n
}

/// Value of the ASCII digits in `b`; a run too long for a `u32` saturates
/// (no detector wants such a number) instead of overflowing.
fn number(b: &[u8]) -> u32 {
    b.iter().fold(0u32, |n, d| {
        n.saturating_mul(10).saturating_add(u32::from(d - b'0'))
    })
}
