//! Scores in the Markdown report of a session: per part (the family's
//! status, the system's performance) every indicator with its score and its
//! marking as a sign and a word (`✓ aanvaardbaar`, `! vraagt aandacht`), and
//! the group's why under it; indicators not scored say so. Nothing when the
//! group gave no score.

use crate::i18n::{Lang, fill};
use crate::model::Session;

use super::md::{blank, heading, item, paragraph};

/// The scores section, if the session has any score.
pub(super) fn section(out: &mut String, s: &Session, lang: Lang) {
    let r = lang.review().scores;
    let rows = s.score_rows();
    if rows.is_empty() {
        return;
    }
    heading(out, 2, r.heading);
    paragraph(out, &format!("_{}_", r.scale));
    let mut part = None;
    for (ind, score) in rows {
        if part != Some(ind.part) {
            if part.is_some() {
                blank(out);
            }
            heading(
                out,
                3,
                &fill("{}: {}", &[&r.part(ind.part), &r.question(ind.part)]),
            );
            part = Some(ind.part);
        }
        let text = match score {
            Some(sc) => {
                let mut t = format!(
                    "{}: {} ({})",
                    ind.label.trim(),
                    sc.value,
                    r.marking(sc.value)
                );
                if !sc.note.trim().is_empty() {
                    t = format!("{t}\n{}", sc.note.trim());
                }
                t
            }
            None => format!("{}: {}", ind.label.trim(), r.not_scored),
        };
        item(out, &text);
    }
    blank(out);
}

#[cfg(test)]
mod tests {
    use crate::i18n::Lang;
    use crate::model::{Indicator, Part, Score};

    #[test]
    fn the_report_gives_each_part_its_scores_with_sign_and_word() {
        let mut s = crate::export::tests::session("");
        let ind = |id: &str, part| Indicator {
            id: id.into(),
            label: id.to_uppercase(),
            part,
            description: None,
        };
        s.method.scores = vec![ind("plan", Part::System), ind("veiligheid", Part::Family)];
        let mut out = String::new();
        super::section(&mut out, &s, Lang::Nl);
        assert!(out.is_empty(), "no score, no section");
        s.scores.push(Score {
            indicator: "veiligheid".into(),
            value: 2,
            note: "Geen plan".into(),
        });
        super::section(&mut out, &s, Lang::Nl);
        let family = out
            .find("### Gezin: hoe gaat het met kind en gezin?")
            .unwrap();
        let system = out
            .find("### Systeem: hoe presteerde het systeem?")
            .unwrap();
        assert!(family < system, "{out}");
        assert!(
            out.contains("- VEILIGHEID: 2 (! vraagt aandacht)\n  Geen plan\n"),
            "{out}"
        );
        assert!(out.contains("- PLAN: geen score\n"), "{out}");
    }
}
