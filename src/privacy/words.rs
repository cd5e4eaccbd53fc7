//! Word lists and word-level helpers shared by the name, address, school and
//! place detectors. The lists are data files under `data/`, each naming its source.

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

const FIRST_NAMES: &str = include_str!("data/first_names.txt");
const MUNICIPALITIES: &str = include_str!("data/municipalities.txt");

/// Surname particles, lower case; "van der" and the like are read one word at a time.
pub(super) const PARTICLES: &[&str] = &[
    "van", "de", "der", "den", "ter", "ten", "te", "het", "'t", "la", "le", "el", "al", "von",
    "di", "da", "du", "des",
];

/// Lines of a data file: comments and blank lines dropped.
fn entries(data: &'static str) -> impl Iterator<Item = &'static str> {
    data.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// True if `word` is in the first-name list (as written: "Jan", not "jan").
pub(super) fn is_first_name(word: &str) -> bool {
    static SET: OnceLock<HashSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| entries(FIRST_NAMES).collect())
        .contains(word)
}

/// One municipality: its name as written and whether it needs a preposition.
pub(super) struct Municipality {
    pub name: &'static str,
    /// Bytes of `name` before its first ASCII letter (the "'" of "'s-Hertogenbosch").
    pub lead: usize,
    pub ambiguous: bool,
}

/// Municipalities by their first run of ASCII letters ("Den" for "Den Haag"), longest first.
pub(super) fn municipalities(first: &str) -> &'static [Municipality] {
    static MAP: OnceLock<HashMap<&'static str, Vec<Municipality>>> = OnceLock::new();
    let map = MAP.get_or_init(|| {
        let mut map: HashMap<&'static str, Vec<Municipality>> = HashMap::new();
        for line in entries(MUNICIPALITIES) {
            let (name, ambiguous) = match line.strip_suffix(" *") {
                Some(name) => (name, true),
                None => (line, false),
            };
            let lead = name.find(|c: char| c.is_ascii_alphabetic()).unwrap_or(0);
            let key_len = name[lead..]
                .find(|c: char| !c.is_ascii_alphabetic())
                .unwrap_or(name.len() - lead);
            let key = &name[lead..lead + key_len];
            map.entry(key).or_default().push(Municipality {
                name,
                lead,
                ambiguous,
            });
        }
        for list in map.values_mut() {
            list.sort_by_key(|m| usize::MAX - m.name.len());
        }
        map
    });
    map.get(first).map_or(&[], Vec::as_slice)
}

/// The word starting at `i`: letters of any script, with inner "-" or "'".
pub(super) fn word_at(text: &str, i: usize) -> &str {
    let rest = &text[i..];
    let mut end = 0;
    let mut chars = rest.char_indices().peekable();
    while let Some((j, c)) = chars.next() {
        if c.is_alphabetic() {
            end = j + c.len_utf8();
        } else if (c == '-' || c == '\'') && chars.peek().is_some_and(|(_, n)| n.is_alphabetic()) {
            continue;
        } else {
            break;
        }
    }
    &rest[..end]
}

/// True if `word` starts with a capital and goes on in lower case ("Jansen", "IJssel").
pub(super) fn is_capitalised(word: &str) -> bool {
    let rest = word.strip_prefix("IJ").or_else(|| {
        let mut chars = word.chars();
        chars
            .next()
            .filter(|c| c.is_uppercase())
            .map(|_| chars.as_str())
    });
    rest.is_some_and(|r| r.chars().next().is_some_and(char::is_lowercase))
}

/// Position of the next word after one space at `p`, if there is one.
pub(super) fn next_word(text: &str, p: usize) -> Option<usize> {
    let b = text.as_bytes();
    (b.get(p) == Some(&b' ')
        && b.get(p + 1)
            .is_some_and(|c| c.is_ascii_alphabetic() || *c == b'\''))
    .then_some(p + 1)
}

/// The word that ends just before `i` (one space in between), lower case.
pub(super) fn previous_word(text: &str, i: usize) -> Option<&str> {
    let before = text.get(..i)?.strip_suffix(' ')?;
    let start = before
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_alphabetic())
        .last()?
        .0;
    Some(&before[start..])
}

/// True if a word may start at `i` (no letter or digit glued before it).
pub(super) fn word_starts(text: &str, i: usize) -> bool {
    super::char_before(text, i).is_none_or(|c| !super::is_word(c))
}

/// True if no letter or digit follows at `i`.
pub(super) fn word_ends(text: &str, i: usize) -> bool {
    super::char_at(text, i).is_none_or(|c| !super::is_word(c))
}
