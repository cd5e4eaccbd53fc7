//! Classes of codes: postcodes and IBANs.

use casus::privacy::FindingKind::*;

use super::{Rng, Snippet, fullwidth, near, put};

/// Letters a postcode may have (not SA, SD or SS), chosen at random.
fn postcode_letters(rng: &mut Rng) -> String {
    loop {
        let a = char::from(b'A' + rng.below(26) as u8);
        let b = char::from(b'A' + rng.below(26) as u8);
        let s = format!("{a}{b}");
        if !matches!(s.as_str(), "SA" | "SD" | "SS") {
            return s;
        }
    }
}

pub fn postcode(out: &mut Vec<Snippet>) {
    let mut rng = Rng::new(3);
    let contexts = [
        "Het gezin woont op {} in de wijk.",
        "Postcode: {}",
        "({}) is de postcode van oma",
        "Verhuisd naar {}, vorige maand.",
        "{} ligt buiten ons gebied.",
    ];
    for context in contexts {
        for _ in 0..3 {
            let d = 1000 + rng.below(9000);
            let l = postcode_letters(&mut rng);
            let lower = l.to_lowercase();
            let (a, b) = l.split_at(1);
            for (name, value) in [
                ("space", format!("{d} {l}")),
                ("compact", format!("{d}{l}")),
                ("dash", format!("{d}-{l}")),
                ("lower case", format!("{d} {lower}")),
                ("lower compact", format!("{d}{lower}")),
                ("spaced letters", format!("{d} {a} {b}")),
                ("no-break space", format!("{d}\u{a0}{l}")),
                ("fullwidth", fullwidth(&format!("{d} {l}"))),
            ] {
                out.push(put(Postcode, name, context, &value));
            }
        }
    }
    for (template, value) in [
        ("In {} 1991 verhuisde het gezin.", "1990 EN"),
        ("{} een druk jaar geweest.", "2024 IS"),
        ("Het bestand is {} groot.", "1500 MB"),
        ("Een bijlage van {}.", "1024 KB"),
        ("In {} daarna ging het mis.", "1990 en"),
        ("Sinds {} het jaar van de verhuizing.", "2019 is"),
        ("Het formulier {}-A is ingevuld.", "1200 ABC"),
        ("Een schuld van {}.", "2000 EUR"),
        ("Code {} is geen postcode.", "1234 SA"),
        ("Nummer {} is te lang.", "13511 AB"),
        ("Ze fietst {} per week.", "20 KM"),
        ("In {} trouwden ze.", "1985 OP"),
        ("Telefoon opslag {}.", "64 GB"),
    ] {
        out.push(near("postcode: near miss", template, value));
        out.push(near(
            "postcode: near miss",
            &format!("Volgens het verslag: {template}"),
            value,
        ));
    }
}

/// An IBAN of this country and account with computed check digits.
fn iban_of(country: &str, account: &str) -> String {
    let rearranged = format!("{account}{country}00");
    let rest = rearranged.bytes().fold(0u32, |rest, c| {
        if c.is_ascii_digit() {
            (rest * 10 + u32::from(c - b'0')) % 97
        } else {
            (rest * 100 + u32::from(c - b'A') + 10) % 97
        }
    });
    format!("{country}{:02}{account}", 98 - rest)
}

/// `iban` in groups of four joined by `sep`.
fn in_fours(iban: &str, sep: &str) -> String {
    iban.as_bytes()
        .chunks(4)
        .map(|c| std::str::from_utf8(c).unwrap())
        .collect::<Vec<_>>()
        .join(sep)
}

pub fn iban(out: &mut Vec<Snippet>) {
    let mut rng = Rng::new(4);
    let banks = [
        "ABNA", "INGB", "RABO", "SNSB", "TRIO", "ASNB", "KNAB", "BUNQ",
    ];
    let contexts = [
        "Rekening {} staat op naam van vader.",
        "IBAN: {}",
        "Maak het over naar {}, graag.",
        "{} is het rekeningnummer",
    ];
    for context in contexts {
        for _ in 0..3 {
            let nl = iban_of("NL", &format!("{}{}", rng.pick(&banks), rng.digits(10)));
            let be = iban_of("BE", &rng.digits(12));
            let de = iban_of("DE", &rng.digits(18));
            for (name, value) in [
                ("compact", nl.clone()),
                ("spaced", in_fours(&nl, " ")),
                ("no-break spaces", in_fours(&nl, "\u{a0}")),
                ("narrow no-break spaces", in_fours(&nl, "\u{202f}")),
                ("dashes", in_fours(&nl, "-")),
                ("lower case", nl.to_lowercase()),
                ("belgian", in_fours(&be, " ")),
                ("german", in_fours(&de, " ")),
            ] {
                out.push(put(Iban, name, context, &value));
            }
        }
    }
    for _ in 0..8 {
        let nl = iban_of("NL", &format!("{}{}", rng.pick(&banks), rng.digits(10)));
        let mut wrong = nl.clone().into_bytes();
        wrong[17] = b'0' + (wrong[17] - b'0' + 1) % 10;
        let wrong = String::from_utf8(wrong).unwrap();
        out.push(near(
            "iban: wrong check digits",
            "Rekening {} klopt niet.",
            &in_fours(&wrong, " "),
        ));
        out.push(near("iban: wrong check digits", "IBAN {}?", &wrong));
        out.push(near(
            "iban: too short",
            "Rekening {} is onvolledig.",
            &nl[..17],
        ));
        out.push(near("iban: glued", "Code X{} is intern.", &nl));
    }
}
