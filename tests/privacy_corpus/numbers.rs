//! Classes of numbers: BSN, phone, postcode, IBAN and dates.

use casus::privacy::FindingKind::*;

use super::{Rng, Snippet, fullwidth, near, put};

/// Sentence positions and punctuation around a number, with and without its label.
const BSN_CONTEXTS: &[&str] = &[
    "BSN {} staat in het dossier.",
    "Het burgerservicenummer van de moeder is {}, dat moet eruit.",
    "{} is het BSN van het kind",
    "In de verwijzing stond (bsn: {}) nog vermeld.",
    "Zoek op {}.",
    "BSN:{}",
    "Nummer in de brief: {}; graag verwijderen.",
];

/// A nine-digit string passing the elfproef, first digit not zero.
pub fn valid_bsn(rng: &mut Rng) -> String {
    valid_bsn_from(rng, false)
}

/// A nine-digit string passing the elfproef; `zero` forces a leading zero.
fn valid_bsn_from(rng: &mut Rng, zero: bool) -> String {
    loop {
        let mut d: Vec<u32> = (0..8).map(|_| rng.below(10) as u32).collect();
        if zero {
            d[0] = 0;
        } else if d[0] == 0 {
            continue;
        }
        let sum: u32 = d
            .iter()
            .zip([9, 8, 7, 6, 5, 4, 3, 2])
            .map(|(d, w)| d * w)
            .sum();
        let last = sum % 11;
        if last < 10 {
            d.push(last);
            return d.iter().map(|d| char::from(b'0' + *d as u8)).collect();
        }
    }
}

/// A nine-digit string failing the elfproef.
fn invalid_bsn(rng: &mut Rng) -> String {
    let mut s = valid_bsn(rng).into_bytes();
    s[8] = b'0' + (s[8] - b'0' + 1 + rng.below(8) as u8) % 10;
    let sum: i32 = s
        .iter()
        .zip([9, 8, 7, 6, 5, 4, 3, 2, -1])
        .map(|(d, w)| i32::from(d - b'0') * w)
        .sum();
    if sum.rem_euclid(11) == 0 {
        s[8] = b'0' + (s[8] - b'0' + 1) % 10;
    }
    String::from_utf8(s).unwrap()
}

/// `n` written in groups of these sizes joined by `sep`.
fn grouped(n: &str, sizes: &[usize], seps: &[&str]) -> String {
    let mut out = String::new();
    let mut at = 0;
    for (k, size) in sizes.iter().enumerate() {
        if k > 0 {
            out.push_str(seps[(k - 1) % seps.len()]);
        }
        out.push_str(&n[at..at + size]);
        at += size;
    }
    out
}

/// The ways a BSN is written: separators, groupings, fullwidth, zero-width spaces.
fn bsn_formats(n: &str) -> Vec<(&'static str, String)> {
    let mut out = vec![("plain", n.to_string())];
    for (name, sep) in [
        ("dots", "."),
        ("spaces", " "),
        ("dashes", "-"),
        ("en dashes", "\u{2013}"),
        ("slashes", "/"),
        ("underscores", "_"),
        ("no-break spaces", "\u{a0}"),
        ("non-breaking hyphens", "\u{2011}"),
    ] {
        out.push((name, grouped(n, &[3, 3, 3], &[sep])));
    }
    out.push(("4-2-3", grouped(n, &[4, 2, 3], &["."])));
    out.push(("4-2-3 spaces", grouped(n, &[4, 2, 3], &[" "])));
    out.push(("2-3-4", grouped(n, &[2, 3, 4], &[" "])));
    out.push(("2-3-4 dots", grouped(n, &[2, 3, 4], &["."])));
    out.push(("mixed", grouped(n, &[3, 3, 3], &[".", " "])));
    out.push(("mixed dash", grouped(n, &[3, 3, 3], &["-", "."])));
    out.push(("fullwidth", fullwidth(n)));
    out.push(("zero-width", grouped(n, &[3, 3, 3], &["\u{200b}"])));
    out.push(("soft hyphen", grouped(n, &[4, 5], &["\u{ad}"])));
    out
}

pub fn bsn(out: &mut Vec<Snippet>) {
    let mut rng = Rng::new(1);
    for context in BSN_CONTEXTS {
        for (name, value) in bsn_formats(&valid_bsn(&mut rng)) {
            out.push(put(Bsn, name, context, &value));
        }
        // Eight digits are read with a leading zero.
        let n = loop {
            let n = valid_bsn_from(&mut rng, true);
            if n.starts_with('0') {
                break n;
            }
        };
        out.push(put(Bsn, "eight digits", context, &n[1..]));
    }
    for template in [
        "Uit de brief: BSN{}.",
        "bsnnr{} (moeder)",
        "Het BSN-nummer:{} staat erin.",
        "BSN {}B is van het kind.",
        "burgerservicenummer {}a, zie boven",
        "BSN{} en meer",
    ] {
        for _ in 0..3 {
            out.push(put(
                Bsn,
                "glued or lettered",
                template,
                &valid_bsn(&mut rng),
            ));
        }
    }
    // Near misses: failing numbers in every format, birth dates, amounts, case numbers.
    for context in [
        "Klantnummer {} bij de corporatie.",
        "BSN {} klopt niet, zegt de balie.",
        "Zie kenmerk {}.",
    ] {
        for (name, value) in bsn_formats(&invalid_bsn(&mut rng)) {
            let _ = name;
            out.push(near("bsn: fails the elfproef", context, &value));
        }
    }
    let mut dates = 0;
    let mut r = Rng::new(7);
    while dates < 12 {
        let (d, m, y) = (1 + r.below(28), 1 + r.below(12), 1960 + r.below(60));
        let n = format!("{d:02}{m:02}{y}");
        if elfproef(&format!("0{n}")) {
            // Not a BSN, though it passes: a birth date without separators.
            out.push(put(
                Date,
                "geb. ddmmyyyy",
                "Zoon, geb. {}, woont bij vader.",
                &n,
            ));
            out.push(put(
                Date,
                "geb. ddmmyyyy",
                "geboren {} in het ziekenhuis",
                &n,
            ));
            dates += 1;
        }
    }
    for _ in 0..6 {
        let n = valid_bsn(&mut rng);
        out.push(near(
            "bsn: amount",
            "een schuld van €-{} volgens de bank",
            &grouped(&n, &[3, 3, 3], &["."]),
        ));
        out.push(near("bsn: amount", "EUR {} aan schulden", &n));
        out.push(near(
            "bsn: case number",
            "Zaak Z-{} ligt bij de rechtbank.",
            &n,
        ));
        out.push(near("bsn: case number", "Dossier D/{} is gesloten.", &n));
        out.push(near(
            "bsn: inside a longer number",
            "Referentie 1{} is intern.",
            &n,
        ));
    }
}

fn elfproef(n: &str) -> bool {
    let sum: i32 = n
        .bytes()
        .zip([9, 8, 7, 6, 5, 4, 3, 2, -1])
        .map(|(d, w)| i32::from(d - b'0') * w)
        .sum();
    sum.rem_euclid(11) == 0 && n.bytes().any(|d| d != b'0')
}

pub fn phone(out: &mut Vec<Snippet>) {
    let mut rng = Rng::new(2);
    let contexts = [
        "Bel moeder op {}.",
        "Telefoon: {}",
        "{} is het nummer van vader",
        "Bereikbaar via ({}) ook 's avonds.",
        "Vader, tel. {}, belde terug.",
    ];
    for context in contexts {
        let m = rng.digits(8);
        let a = rng.digits(7);
        let formats: Vec<(&'static str, String)> = vec![
            ("mobile dash", format!("06-{m}")),
            ("mobile compact", format!("06{m}")),
            ("mobile spaced", format!("06 {} {}", &m[..4], &m[4..])),
            (
                "mobile pairs",
                format!("06 {} {} {} {}", &m[..2], &m[2..4], &m[4..6], &m[6..]),
            ),
            ("mobile slash", format!("06/{m}")),
            ("mobile nb hyphen", format!("06\u{2011}{m}")),
            ("mobile en dash", format!("06\u{2013}{m}")),
            (
                "mobile nbsp",
                format!("06\u{a0}{}\u{a0}{}", &m[..4], &m[4..]),
            ),
            ("+31", format!("+31 6 {m}")),
            ("+31 (0)", format!("+31 (0)6-{m}")),
            ("0031", format!("0031 6 {m}")),
            ("area dash", format!("020-{a}")),
            ("area slash", format!("020/{a}")),
            (
                "area spaced",
                format!("010 {} {} {}", &a[..3], &a[3..5], &a[5..]),
            ),
            ("area paren", format!("(030) {} {}", &a[..3], &a[3..])),
            ("regional", format!("0318-{}", &a[..6])),
            ("regional en dash", format!("0318\u{2013}{}", &a[..6])),
            (
                "+32",
                format!("+32 470 {} {} {}", &m[..2], &m[2..4], &m[4..6]),
            ),
            (
                "+32 land",
                format!("+32 2 {} {} {}", &a[..3], &a[3..5], &a[5..7]),
            ),
            ("+49", format!("+49 30 {m}")),
            ("+49 mobile", format!("+49 151 {}", &rng.digits(8))),
            ("+44", format!("+44 20 {} {}", &m[..4], &m[4..])),
            ("+44 mobile", format!("+44 7700 {}", &m[..6])),
            ("0032", format!("0032 470 {}", &m[..6])),
            ("service", format!("0800-{}", &a[..4])),
            ("fullwidth", fullwidth(&format!("06-{m}"))),
        ];
        for (name, value) in formats {
            out.push(put(Phone, name, context, &value));
        }
    }
    for (template, value) in [
        ("Nummer {} is te kort.", "061234567"),
        ("Het bedrag was {} euro.", "1.234.567"),
        ("Afspraak om {} uur.", "14:30"),
        ("Zaaknummer {} ligt bij de rechter.", "2023-00123"),
        ("Kamer {} op de eerste verdieping.", "0.12"),
        ("Het dossier {} is dicht.", "0012345678"),
        ("Score {} bij de test.", "12-34-56"),
        ("Week {} is vakantie.", "16\u{2013}27"),
        ("Versie {} is geïnstalleerd.", "2.3.1"),
        ("{} stuks besteld", "0800"),
    ] {
        out.push(near("phone: near miss", template, value));
        out.push(near(
            "phone: near miss",
            &format!("Let op: {template}"),
            value,
        ));
    }
}
