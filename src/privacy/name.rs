//! Personal names, found by what surrounds them rather than by a list of every
//! surname: a title ("mevrouw Jansen", "dhr. De Vries"), a first name from the
//! list followed by a surname ("Jan de Vries", "Lotte Bakker") or by an age
//! ("Lotte (14)", "Sem, 9 jaar"). A first name alone is not flagged: it is how
//! anonymised cases name people, and many are ordinary words ("Roos", "Floor").

use super::words::{PARTICLES, is_capitalised, is_first_name, next_word, word_at, word_starts};
use super::{Finding, FindingKind, digit_run};

/// Words that announce a name, in lower case; abbreviations may carry a dot.
const TITLES: &[&str] = &[
    "mevrouw", "meneer", "mevr", "mw", "dhr", "mr", "mej", "juffrouw", "heer", "familie", "gezin",
    "dr", "drs", "ir", "ing", "juf", "meester",
];

/// Roles that name someone when a surname follows at once ("dokter Visser",
/// "Vader Jansen"), but not through particles ("de mentor van het Vathorst College").
const ROLES: &[&str] = &[
    "dokter",
    "huisarts",
    "mentor",
    "docent",
    "vader",
    "moeder",
    "opa",
    "oma",
    "oom",
    "tante",
    "buurman",
    "buurvrouw",
];

/// Endings of capitalised words that name an organisation, not a family:
/// "Iris Jeugdzorg", "Kim Basisteam" are a first name before a service.
const ORGANISATIONS: &[&str] = &[
    "zorg",
    "team",
    "teams",
    "groep",
    "centrum",
    "huis",
    "dienst",
    "raad",
    "school",
    "college",
    "punt",
    "lijn",
    "werk",
    "thuis",
    "net",
    "bureau",
    "kliniek",
    "instituut",
    "stichting",
];

/// Titles that are abbreviations and may end in a dot.
const ABBREVIATIONS: &[&str] = &["mevr", "mw", "dhr", "mr", "mej", "dr", "drs", "ir", "ing"];

/// Pushes every name in `text`; `words` are where runs of letters start.
pub(super) fn find(text: &str, words: &[usize], out: &mut Vec<Finding>) {
    let mut done = 0;
    for &i in words {
        if i < done || !word_starts(text, i) {
            continue;
        }
        let end = titled(text, i)
            .or_else(|| first_named(text, i))
            .or_else(|| initialled(text, i));
        if let Some(end) = end {
            out.push(Finding {
                kind: FindingKind::Name,
                start: i,
                end,
            });
            done = end;
        }
    }
}

/// End of "mevrouw (J.) (van der) Jansen" at `i`.
fn titled(text: &str, i: usize) -> Option<usize> {
    let word = word_at(text, i);
    let role = ROLES.iter().any(|t| t.eq_ignore_ascii_case(word));
    if word.len() > 9 || !role && !TITLES.iter().any(|t| t.eq_ignore_ascii_case(word)) {
        return None;
    }
    let lower = word.to_ascii_lowercase();
    let mut p = i + word.len();
    // Only abbreviations carry a dot: "gezin. Moeder" ends a sentence.
    if text.as_bytes().get(p) == Some(&b'.') {
        if !ABBREVIATIONS.contains(&lower.as_str()) {
            return None;
        }
        p += 1;
    }
    let p = next_word(text, p)?;
    if role {
        return surname(text, p, false, 0);
    }
    let p = initials(text, p);
    surname(text, p, false, 3)
}

/// End of "J. de Vries" or "A.B. van der Meer" at `i`: initials need a particle.
fn initialled(text: &str, i: usize) -> Option<usize> {
    let p = initials(text, i);
    let particle = word_at(text, p);
    if p == i || !PARTICLES.contains(&particle) || matches!(particle, "in" | "op" | "te" | "het") {
        return None;
    }
    surname(text, p, false, 3)
}

/// End of "Jan de Vries", "Lotte Bakker" or "Lotte (14)" at `i`.
fn first_named(text: &str, i: usize) -> Option<usize> {
    if !text.as_bytes()[i].is_ascii_uppercase() {
        return None;
    }
    let word = word_at(text, i);
    if !is_first_name(word) {
        return None;
    }
    let mut end = i + word.len();
    // "Jan Willem de Vries": a second first name joins the first.
    if let Some(p) = next_word(text, end) {
        let second = word_at(text, p);
        if is_first_name(second) {
            end = p + second.len();
        }
    }
    age(text, end).or_else(|| next_word(text, end).and_then(|p| surname(text, p, true, 3)))
}

/// End of an age written after a name: " (14)", " (14 jaar)", ", 14 jaar", " is 14 jaar", " 14 jr".
fn age(text: &str, p: usize) -> Option<usize> {
    let b = text.as_bytes();
    let rest = &b[p..];
    let (open, comma) = if rest.starts_with(b" (") {
        (p + 2, false)
    } else if rest.starts_with(b", ") {
        (p + 2, true)
    } else if rest.starts_with(b" is ") {
        (p + 4, true)
    } else if rest.starts_with(b" ") {
        (p + 1, true)
    } else {
        return None;
    };
    let run = digit_run(b, open);
    if !(1..=2).contains(&run) {
        return None;
    }
    let mut q = open + run;
    let tail = &text[q..];
    let years = [" jaar", " jr", "jr", " jaar oud"]
        .iter()
        .filter(|y| tail.starts_with(**y) && super::words::word_ends(text, q + y.len()))
        .map(|y| y.len())
        .max();
    if let Some(len) = years {
        q += len;
    } else if comma {
        return None;
    }
    if !comma {
        if b.get(q) != Some(&b')') {
            return None;
        }
        q += 1;
    }
    Some(q)
}

/// Position after initials such as "J. " or "J.P. " at `p` (or `p` when there are none).
fn initials(text: &str, mut p: usize) -> usize {
    let b = text.as_bytes();
    let start = p;
    while b.get(p).is_some_and(u8::is_ascii_uppercase) && b.get(p + 1) == Some(&b'.') {
        p += 2;
    }
    if p > start && b.get(p) == Some(&b' ') {
        p + 1
    } else {
        start
    }
}

/// End of a surname at `p`: particles (any case) and then a capitalised word.
/// `plain` says whether a capitalised word alone will do, without particles;
/// at most `most` particles may come first.
fn surname(text: &str, mut p: usize, plain: bool, most: usize) -> Option<usize> {
    let mut particles = 0;
    loop {
        let word = word_at(text, p);
        if word.is_empty() {
            return None;
        }
        let lower = word.to_ascii_lowercase();
        let end = p + word.len();
        if PARTICLES.contains(&lower.as_str()) && particles >= most {
            return None;
        }
        if PARTICLES.contains(&lower.as_str())
            && let Some(q) = next_word(text, end)
        {
            particles += 1;
            p = q;
            continue;
        }
        let organisation = particles == 0
            && ORGANISATIONS
                .iter()
                .any(|o| lower.len() >= o.len() && lower.ends_with(o));
        // "Moeder Veilig Thuis": a run of capitals after a plain word names an organisation.
        let run = particles == 0
            && next_word(text, end).is_some_and(|q| is_capitalised(word_at(text, q)));
        let ok = is_capitalised(word)
            && !organisation
            && !run
            && (plain || particles > 0 || !stop_word(&lower));
        return ok.then_some(end);
    }
}

/// Capitalised words that follow a title without being a name ("meneer Zegt").
fn stop_word(lower: &str) -> bool {
    matches!(lower, "de" | "het" | "een" | "en" | "of" | "is" | "was")
}

#[cfg(test)]
mod tests {
    use crate::privacy::FindingKind::*;
    use crate::privacy::tests::found;

    #[test]
    fn names_with_a_title_surname_or_age_are_found() {
        for (text, name) in [
            ("Gesprek met mevrouw Jansen gehad.", "mevrouw Jansen"),
            ("Afspraak met dhr. De Vries.", "dhr. De Vries"),
            ("Mw. J. van der Berg belde.", "Mw. J. van der Berg"),
            ("Daarna kwam Jan de Vries binnen.", "Jan de Vries"),
            ("Het gaat om Lotte (14) en haar broer.", "Lotte (14)"),
            ("Sem, 9 jaar, woont bij zijn moeder.", "Sem, 9 jaar"),
            (
                "Lotte is 14 jaar en zit in de brugklas.",
                "Lotte is 14 jaar",
            ),
            ("Ook Lotte Bakker was er.", "Lotte Bakker"),
            ("De huisarts, dokter Visser, verwijst.", "dokter Visser"),
            ("Vader Jansen kwam niet.", "Vader Jansen"),
        ] {
            assert_eq!(found(text), [(Name, name)], "{text}");
        }
    }

    #[test]
    fn roles_and_first_names_alone_are_not_names() {
        for text in [
            "De mentor belde met moeder.",
            "Mevrouw de mentor is op vakantie.",
            "Het wijkteam en de jeugdconsulent spraken af.",
            "Sem ging naar huis.",
            "Sem is 9 keer te laat gekomen.",
            "Roos en Bram spelen buiten.",
            "Meneer is ziek.",
            "Iris Jeugdzorg en Kim Basisteam zijn aanbieders.",
            "Moeder Veilig Thuis belde.",
            "De mentor van het wijkteam Zuid belde.",
            "Tot 2010 woonde het gezin in Noord.",
            "Het ging om één gezin. Vraag het na.",
        ] {
            assert_eq!(found(text), [], "{text}");
        }
    }
}
