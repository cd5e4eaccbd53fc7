//! E-mail addresses: local@domain.tld. Handles such as "@jeugdteam" have no
//! local part and are not found; they name organisations, not people.

use super::{Finding, FindingKind};

/// Pushes every e-mail address in `text`; `ats` are where its "@" signs are.
pub(super) fn find(text: &str, ats: &[usize], out: &mut Vec<Finding>) {
    // Each scan stops at the previous and the next "@", so every byte is
    // looked at a bounded number of times however many "@" there are.
    let mut done = 0;
    for &at in ats {
        if at >= done
            && let (Some(start), Some(end)) = (local_start(text, at), domain_end(text, at + 1))
            && start >= done
        {
            out.push(Finding {
                kind: FindingKind::Email,
                start,
                end,
            });
            done = end;
        }
    }
}

/// Start of the local part ending at `at`: letters of any script, digits and ._%+-.
fn local_start(text: &str, at: usize) -> Option<usize> {
    if at == 0 || matches!(text.as_bytes()[at - 1], b'@' | b' ' | b'\n') {
        return None;
    }
    let mut start = at;
    for (i, c) in text[..at].char_indices().rev() {
        if !(c.is_alphanumeric() || "._%+-".contains(c)) {
            break;
        }
        start = i;
    }
    // Dots may not open the local part; a sentence's "zie ...jan@" keeps them out.
    while start < at && text.as_bytes()[start] == b'.' {
        start += 1;
    }
    let local = &text[start..at];
    (!local.is_empty() && !local.ends_with('.') && !local.contains("..")).then_some(start)
}

/// End of a domain with at least two labels and a top level of two or more
/// ASCII letters; labels may hold letters of any script ("müller.de").
fn domain_end(text: &str, from: usize) -> Option<usize> {
    let len: usize = text[from..]
        .chars()
        .take_while(|c| c.is_alphanumeric() || matches!(c, '-' | '.'))
        .map(char::len_utf8)
        .sum();
    if len == 0 {
        return None;
    }
    let mut domain = &text.as_bytes()[from..from + len];
    // A full stop or dash after the address ends the sentence, not the domain.
    while let [rest @ .., b'.' | b'-'] = domain {
        domain = rest;
    }
    let mut labels = 0;
    for label in domain.split(|&c| c == b'.') {
        if label.is_empty() || label[0] == b'-' || label[label.len() - 1] == b'-' {
            return None;
        }
        labels += 1;
    }
    let tld = &domain[domain.iter().rposition(|&c| c == b'.')? + 1..];
    let ok = labels >= 2 && tld.len() >= 2 && tld.iter().all(u8::is_ascii_alphabetic);
    ok.then_some(from + domain.len())
}

/// How people spell out "@" and "." to fool harvesters: "jan [at] gemeente [dot] nl".
const AT: &[&str] = &[
    "[at]",
    "(at)",
    "{at}",
    "[a]",
    "[apenstaartje]",
    "(apenstaartje)",
];
const DOT: &[&str] = &["[dot]", "(dot)", "{dot}", "[punt]", "(punt)", "."];

/// Pushes every spelled-out address: "jan [at] gemeente [dot] nl", "jan(at)x.nl".
pub(super) fn find_spelled(text: &str, out: &mut Vec<Finding>) {
    let b = text.as_bytes();
    let mut from = 0;
    while let Some(k) = b[from..]
        .iter()
        .position(|&c| c == b'[' || c == b'(' || c == b'{')
    {
        let at = from + k;
        from = at + 1;
        let Some(sign) = AT.iter().find(|s| starts_with_ci(&b[at..], s.as_bytes())) else {
            continue;
        };
        let mut l = at;
        if l > 0 && b[l - 1] == b' ' {
            l -= 1;
        }
        let Some(start) = local_start(text, l).filter(|&s| s < l) else {
            continue;
        };
        let mut p = at + sign.len();
        if b.get(p) == Some(&b' ') {
            p += 1;
        }
        if let Some(end) = spelled_domain(text, p) {
            out.push(Finding {
                kind: FindingKind::Email,
                start,
                end,
            });
            from = end;
        }
    }
}

/// End of "gemeente [dot] nl" or "gemeente.nl" at `p`: two labels or more.
fn spelled_domain(text: &str, mut p: usize) -> Option<usize> {
    let b = text.as_bytes();
    let mut labels = 0;
    let mut end = p;
    loop {
        let len = b[p..]
            .iter()
            .take_while(|c| c.is_ascii_alphanumeric() || **c == b'-')
            .count();
        if len == 0 {
            break;
        }
        labels += 1;
        end = p + len;
        let mut q = end;
        if b.get(q) == Some(&b' ') {
            q += 1;
        }
        match DOT.iter().find(|d| starts_with_ci(&b[q..], d.as_bytes())) {
            Some(d) => {
                q += d.len();
                if b.get(q) == Some(&b' ') {
                    q += 1;
                }
                p = q;
            }
            None => break,
        }
    }
    let last = b[..end]
        .iter()
        .rposition(|c| !c.is_ascii_alphanumeric() && *c != b'-');
    let tld_start = last.map_or(0, |l| l + 1);
    let tld = &b[tld_start..end];
    (labels >= 2 && tld.len() >= 2 && tld.iter().all(u8::is_ascii_alphabetic)).then_some(end)
}

fn starts_with_ci(hay: &[u8], needle: &[u8]) -> bool {
    hay.len() >= needle.len() && hay[..needle.len()].eq_ignore_ascii_case(needle)
}

#[cfg(test)]
mod tests {
    use crate::privacy::FindingKind::*;
    use crate::privacy::scan;
    use crate::privacy::tests::found;

    #[test]
    fn email_addresses_are_found() {
        for text in [
            "jan@example.nl",
            "j.de.vries+school@mail.gemeente-utrecht.nl",
            "anne-marie_01@x.co.uk",
        ] {
            assert_eq!(found(&format!("mail {text}.")), [(Email, text)], "{text}");
        }
    }

    #[test]
    fn handles_and_bare_at_signs_are_not_email() {
        for text in [
            "volg @jeugdteam",
            "a @ b.nl",
            "jan@localhost",
            "jan@host.c",
            "x@.nl",
            "@@@",
        ] {
            assert!(scan(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn non_ascii_and_spelled_out_addresses_are_found() {
        for text in [
            "jürgen@müller.de",
            "zoë.özdemir@gemeente.nl",
            "jan [at] gemeente [dot] nl",
            "jan (at) gemeente (dot) nl",
            "jan[at]gemeente.nl",
            "j.de.vries [at] jeugdteam-west [punt] nl",
        ] {
            assert_eq!(found(&format!("mail {text}.")), [(Email, text)], "{text}");
        }
        assert!(scan("we zijn [at] work").is_empty());
    }
}
