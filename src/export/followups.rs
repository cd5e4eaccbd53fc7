//! The terugblik in a session's Markdown report: a practice session says
//! so, and what the terugblik recorded about earlier sessions' open items
//! (`Session::follow_ups`) is a short list, one item per line: its text, the
//! status it was given, what was noted, and the session it came from.

use super::md::{blank, heading, item, paragraph};
use crate::i18n::{Lang, fill, parse_action_status, parse_status};
use crate::model::Session;

/// The practice line and the terugblik's section (nothing when neither applies).
pub(super) fn section(out: &mut String, session: &Session, lang: Lang) {
    let t = lang.strings().terugblik;
    if session.practice {
        paragraph(out, &format!("_{}_", t.md_practice));
    }
    if session.follow_ups.is_empty() {
        return;
    }
    let f = lang.review().followup;
    heading(out, 2, t.md_heading);
    for up in &session.follow_ups {
        let status = up.status.as_deref().and_then(|key| {
            if up.item.starts_with("a-") {
                parse_action_status(key).map(|s| f.action_status(s))
            } else {
                parse_status(key).map(|s| f.status(s))
            }
        });
        let mut text = up.text.trim().to_string();
        if let Some(status) = status {
            text.push_str(&format!(": {status}"));
        }
        text.push_str(&format!(" ({})", fill(t.md_from, &[&up.session])));
        let note = up.note.trim();
        if !note.is_empty() {
            text.push_str(&format!("\n{note}"));
        }
        item(out, &text);
    }
    blank(out);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_practice_session_says_so_and_its_terugblik_is_a_short_list() {
        let s: Session =
            ron::from_str(include_str!("../../tests/fixtures/session_versions/v4.ron")).unwrap();
        let mut out = String::new();
        section(&mut out, &s, Lang::Nl);
        assert_eq!(
            out,
            "_Oefensessie: telt niet mee in het register en de tellingen._\n\n\
             ## Terugblik\n\n\
             - Terugkoppelen aan de school: gedaan (uit sessie 20261001-090000-eerder)\n  \
             Gebeld, \"prima\" contact.\n\n"
        );
        let mut none = s.clone();
        none.practice = false;
        none.follow_ups.clear();
        let mut out = String::new();
        section(&mut out, &none, Lang::En);
        assert_eq!(out, "");
    }
}
