//! Tests of the scanner as a whole; each detector's own cases sit in its file.

use super::*;
use FindingKind::*;

/// The kinds and texts found, which reads better in failures than byte ranges.
pub(super) fn found(text: &str) -> Vec<(FindingKind, &str)> {
    scan(text)
        .into_iter()
        .map(|f| (f.kind, &text[f.start..f.end]))
        .collect()
}

/// Just the kinds found, for texts with several findings.
pub(super) fn kinds(text: &str) -> Vec<FindingKind> {
    scan(text).into_iter().map(|f| f.kind).collect()
}

#[test]
fn amounts_times_and_case_numbers_are_not_found() {
    for text in [
        "€ 800.000",
        "€ 1.250,50",
        "1.234.567",
        "om 14:30",
        "om 9.15 uur",
        "zaaknummer 2023-00123",
        "Z-2024-001234",
        "45%",
        "12 jaar",
        "versie 2.3.1",
        "week 16–27",
        "3,14159",
    ] {
        assert!(scan(text).is_empty(), "{text}");
    }
}

#[test]
fn blocking_finding_wins_an_overlap() {
    let f = resolve(vec![
        Finding {
            kind: Phone,
            start: 0,
            end: 12,
        },
        Finding {
            kind: Bsn,
            start: 3,
            end: 12,
        },
    ]);
    assert_eq!(
        f,
        [Finding {
            kind: Bsn,
            start: 3,
            end: 12
        }]
    );
}

#[test]
fn longer_finding_wins_an_overlap() {
    // The digits of a spaced IBAN also read as a phone number.
    assert_eq!(kinds("NL91 ABNA 0417 1643 00"), [Iban]);
}

#[test]
fn findings_are_sorted_and_do_not_overlap() {
    let text = "3511 AB, 06-12345678, jan@x.nl, 111222333, 3-4-2012";
    assert_eq!(kinds(text), [Postcode, Phone, Email, Bsn, Date]);
}

#[test]
fn redact_replaces_bsn_with_placeholder() {
    let text = "BSN 111222333 van moeder";
    assert_eq!(redact(text, &scan(text)), "BSN [BSN verwijderd] van moeder");
}

#[test]
fn redact_replaces_every_kind_with_its_own_placeholder() {
    let text = "06-12345678 jan@x.nl 3511 AB NL91ABNA0417164300 3-4-2012";
    assert_eq!(
        redact(text, &scan(text)),
        "[telefoonnummer] [e-mail] [postcode] [IBAN] [datum]"
    );
}

#[test]
fn redact_skips_findings_that_do_not_fit_the_text() {
    let bad = [
        Finding {
            kind: Date,
            start: 1,
            end: 2,
        },
        Finding {
            kind: Date,
            start: 0,
            end: 99,
        },
        Finding {
            kind: Date,
            start: 1,
            end: 3,
        },
    ];
    assert_eq!(redact("é!", &bad), "é!");
}

#[test]
fn has_blocking_is_true_only_for_bsn() {
    assert!(has_blocking("bsn 111222333"));
    assert!(!has_blocking("06-12345678 jan@x.nl 3-4-2012"));
}

#[test]
fn only_bsn_blocks() {
    let all = [Bsn, Phone, Email, Postcode, Iban, Date];
    assert_eq!(
        all.map(FindingKind::blocks),
        [true, false, false, false, false, false]
    );
    assert_eq!(
        all.map(FindingKind::key),
        ["bsn", "phone", "email", "postcode", "iban", "date"]
    );
}

#[test]
fn line_col_counts_characters_not_bytes() {
    let text = "eerste regel\nDé moeder belde 06-12345678";
    let f = &scan(text)[0];
    assert_eq!(f.line_col(text), (2, 17));
}

#[test]
fn line_col_survives_a_range_from_another_text() {
    let f = Finding {
        kind: Bsn,
        start: 1,
        end: 2,
    };
    assert_eq!(f.line_col("é"), (1, 1));
    assert_eq!(
        Finding {
            kind: Bsn,
            start: 50,
            end: 60
        }
        .line_col("a\nb"),
        (2, 2)
    );
}

#[test]
fn non_ascii_text_around_findings_is_handled() {
    let text = "Zoë (één kind) — tel. 06\u{a0}12345678 ✓ e\u{301} 3511\u{a0}AB 🙂";
    assert_eq!(kinds(text), [Phone, Postcode]);
    assert!(!kinds("é111222333").contains(&Bsn));
}

#[test]
fn random_input_never_panics_and_gives_char_boundaries() {
    let alphabet: Vec<char> = "0123456789 .-/:,+()@€éè\u{301}\u{a0}🙂ABNLSaenx\n"
        .chars()
        .collect();
    let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
    for _ in 0..2000 {
        let text: String = (0..40)
            .map(|_| {
                seed = seed
                    .wrapping_mul(6_364_136_223_846_793_005)
                    .wrapping_add(1_442_695_040_888_963_407);
                alphabet[(seed >> 33) as usize % alphabet.len()]
            })
            .collect();
        let findings = scan(&text);
        assert_eq!(
            has_blocking(&text),
            findings.iter().any(|f| f.kind.blocks()),
            "{text:?}"
        );
        for pair in findings.windows(2) {
            assert!(pair[0].end <= pair[1].start, "{text:?}");
        }
        for f in &findings {
            assert!(text.get(f.start..f.end).is_some(), "{text:?}");
            let _ = f.line_col(&text);
        }
        let _ = redact(&text, &findings);
    }
}

#[test]
fn a_megabyte_of_hostile_text_is_scanned_whole() {
    let line = "Moeder (06-12345678, jan@x.nl) woont op 3511 AB; BSN 111222333 op 3-4-2012. ";
    let mut text = line.repeat(1_000_000 / line.len());
    text.push_str(&"1".repeat(300_000));
    text.push_str(&"a.".repeat(100_000));
    text.push_str(&"@".repeat(100_000));
    // Speed is measured in benches/, not here; a quadratic scan would still show as a hang.
    let findings = scan(&text);
    assert!(findings.len() > 60_000);
}

#[test]
fn redact_blocking_leaves_nothing_the_placeholder_itself_names() {
    // The placeholder says "BSN", which names a number glued on after it.
    for lang in [Lang::Nl, Lang::En] {
        for text in [
            "BSN: 111222333 \u{ff46}\u{ff55}\u{ff4c}\u{ff4c}111222333",
            "bsn 111222333 x111222333",
            "BSN 111222333.abc111222333",
        ] {
            for clean in [redact_blocking_in(text, lang), redact_all_in(text, lang)] {
                assert!(!has_blocking(&clean), "{text:?} left {clean:?}");
                assert!(!clean.contains("111222333"), "{clean:?}");
            }
        }
    }
}

#[test]
fn redact_blocking_removes_a_bsn_and_keeps_what_only_warns() {
    let text = "BSN 111222333, bel 06-12345678";
    assert_eq!(
        redact_blocking(text),
        "BSN [BSN verwijderd], bel 06-12345678"
    );
    assert_eq!(redact_blocking("niets bijzonders"), "niets bijzonders");
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(256))]

    /// Any text, with the characters the normaliser and the word detectors
    /// care about mixed in, scans without panicking and redacts on boundaries.
    #[test]
    fn any_text_scans_and_redacts(
        text in "([0-9a-zA-Z .,:;()'\\-/@\\[\\]]|[\u{a0}\u{ad}\u{200b}\u{2011}\u{2013}\u{ff10}-\u{ff5a}\u{301}é«»ß]|Kerkstraat |mevrouw |OBS |Den Haag| [at] |BSN){0,40}"
    ) {
        let findings = scan(&text);
        for f in &findings {
            proptest::prop_assert!(text.is_char_boundary(f.start) && text.is_char_boundary(f.end));
            proptest::prop_assert!(f.start < f.end);
        }
        proptest::prop_assert_eq!(has_blocking(&text), findings.iter().any(|f| f.kind.blocks()));
        for w in findings.windows(2) {
            proptest::prop_assert!(w[0].end <= w[1].start);
        }
        let _ = redact(&text, &findings);
        let clean = redact_blocking(&text);
        proptest::prop_assert!(!has_blocking(&clean), "{:?} left {:?}", text, clean);
    }
}

#[test]
fn has_blocking_says_what_the_whole_scan_says_on_every_fixture() {
    let corpus = [
        include_str!("../../tests/fixtures/privacy/positive.txt"),
        include_str!("../../tests/fixtures/privacy/negative.txt"),
    ];
    for line in corpus.iter().flat_map(|c| c.lines()) {
        let whole = scan(line).iter().any(|f| f.kind.blocks());
        assert_eq!(has_blocking(line), whole, "{line:?}");
    }
}
