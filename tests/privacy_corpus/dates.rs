//! Classes of dates: numeric, with month names, short years and birth dates.

use casus::privacy::FindingKind::*;

use super::{Rng, Snippet, fullwidth, near, put};

/// Dutch month names and abbreviations, by month.
const MONTHS: [&str; 12] = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
];
const ABBREVIATIONS: [&str; 12] = [
    "jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec",
];

pub fn date(out: &mut Vec<Snippet>) {
    let mut rng = Rng::new(5);
    let contexts = [
        "Geboren op {}.",
        "Zoon, geb. {}, woont bij oma.",
        "Datum van het gesprek: {}",
        "De melding ({}) kwam via school.",
        "{} is de geboortedatum",
    ];
    for context in contexts {
        for _ in 0..2 {
            let (d, m, y) = (
                1 + rng.below(28) as usize,
                1 + rng.below(12) as usize,
                1950 + rng.below(75) as usize,
            );
            let yy = y % 100;
            let month = MONTHS[m - 1];
            let abbr = ABBREVIATIONS[m - 1];
            for (name, value) in [
                ("d-m-yyyy", format!("{d}-{m}-{y}")),
                ("dd-mm-yyyy", format!("{d:02}-{m:02}-{y}")),
                ("d/m/yyyy", format!("{d}/{m}/{y}")),
                ("d.m.yyyy", format!("{d}.{m}.{y}")),
                ("iso", format!("{y}-{m:02}-{d:02}")),
                ("en dashes", format!("{d}\u{2013}{m}\u{2013}{y}")),
                ("d-m-yy", format!("{d}-{m}-{yy:02}")),
                ("d/m/'yy", format!("{d}/{m}/'{yy:02}")),
                ("dd.mm.yy", format!("{d:02}.{m:02}.{yy:02}")),
                ("d-mon-yyyy", format!("{d}-{abbr}-{y}")),
                ("d month yyyy", format!("{d} {month} {y}")),
                ("d month 'yy", format!("{d} {month} '{yy:02}")),
                ("de month yyyy", format!("{d}e {month} {y}")),
                ("d mon. yyyy", format!("{d} {abbr}. {y}")),
                ("no-break spaces", format!("{d}\u{a0}{month}\u{a0}{y}")),
                ("fullwidth", fullwidth(&format!("{d}-{m}-{y}"))),
            ] {
                out.push(put(Date, name, context, &value));
            }
        }
    }
    for (template, value) in [
        ("Geïnstalleerd: versie {}.", "1.2.2012"),
        ("Zie versie {} van het protocol.", "3.4.12"),
        ("Artikel {} van de wet.", "1.2.2012"),
        ("Sinds {} woont het gezin hier.", "maart 2024"),
        ("Op {} is er een gesprek.", "12 maart"),
        ("In {} verhuisde het gezin.", "2019"),
        ("Datum {} bestaat niet.", "32-01-2012"),
        ("Datum {} bestaat ook niet.", "12-13-2012"),
        ("In week {} is de school dicht.", "16-27"),
        ("Uitslag {} na verlenging.", "3-4"),
        ("Oud formulier uit {}.", "3-4-1899"),
        ("Hoofdstuk {} gaat over veiligheid.", "2.3.1"),
    ] {
        out.push(near("date: near miss", template, value));
        out.push(near(
            "date: near miss",
            &format!("Uit het verslag: {template}"),
            value,
        ));
    }
}
