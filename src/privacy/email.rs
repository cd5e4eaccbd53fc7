//! E-mail addresses: local@domain.tld. Handles such as "@jeugdteam" have no
//! local part and are not found; they name organisations, not people.

use super::{Finding, FindingKind};

/// Pushes every e-mail address in `text`; `ats` are where its "@" signs are.
pub(super) fn find(text: &str, ats: &[usize], out: &mut Vec<Finding>) {
    let b = text.as_bytes();
    // Each scan stops at the previous and the next "@", so every byte is
    // looked at a bounded number of times however many "@" there are.
    let mut done = 0;
    for &at in ats {
        if at >= done
            && let (Some(start), Some(end)) = (local_start(text, at), domain_end(b, at + 1))
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

/// End of a domain with at least two labels and a top level of two or more letters.
fn domain_end(b: &[u8], from: usize) -> Option<usize> {
    let len = b[from..]
        .iter()
        .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, b'-' | b'.'))
        .count();
    if len == 0 {
        return None;
    }
    let mut domain = &b[from..from + len];
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
}
