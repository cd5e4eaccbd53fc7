//! `casus export --codebook`: the theme sets as CSV and as a REFI-QDA code
//! book (`.qdc`), checked against the vendored `Codebook.xsd`
//! (tests/fixtures/refi-qda/) by a small validator driven by that schema
//! (`tests/refi_qda/mod.rs`):
//! element names and namespace, order and occurrences, required and allowed
//! attributes, and the simple types (GUID and RGB patterns, booleans).
//! Also: `replaces` in a theme set, as the library checks it.

mod common;
mod refi_qda;

use common::bin::{Sandbox, code, stderr, stdout};
use refi_qda::problems_of;
use roxmltree::{Document, Node};

#[test]
fn the_validator_finds_what_breaks_the_schema() {
    let bad = r##"<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes>
        <Code guid="nope" name="a" isCodable="yes" colour="#fff"><Code name="b" isCodable="true"/><Description>late</Description></Code>
        </Codes><Extra/></CodeBook>"##;
    let problems = problems_of(bad);
    let all = problems.join("\n");
    for expected in [
        "\"nope\" is not a GUIDType",
        "\"yes\" is not a xsd:boolean",
        "attribute \"colour\" is not in the schema",
        "required \"guid\" missing",
        "<Description> not allowed here",
        "<Extra> not allowed here",
    ] {
        assert!(all.contains(expected), "{expected} in:\n{all}");
    }
    let empty = problems_of(r#"<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes/></CodeBook>"#);
    assert!(
        empty.iter().any(|p| p.contains("needs 1 <Code>")),
        "{empty:?}"
    );
    let braces = problems_of(
        r##"<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes><Code guid="{0000000A-0000-0000-0000-00000000000f}" name="a" isCodable="1" color="#a0B"/></Codes></CodeBook>"##,
    );
    assert_eq!(
        braces,
        Vec::<String>::new(),
        "a guid in braces and a short colour are fine"
    );
    let wrong_ns = problems_of(
        r#"<CodeBook xmlns="urn:QDA-XML:codebook:1:0"><Codes><Code guid="00000000-0000-0000-0000-000000000000" name="a" isCodable="true"/></Codes></CodeBook>"#,
    );
    assert!(
        wrong_ns.iter().any(|p| p.contains("namespace")),
        "{wrong_ns:?}"
    );
}

fn codebook(sandbox: &Sandbox, extra: &[&str]) -> std::process::Output {
    let mut args = extra.to_vec();
    args.extend(["export", "--codebook"]);
    sandbox.run(&args)
}

#[test]
fn the_built_in_theme_sets_make_a_valid_code_book_with_stable_guids() {
    let sandbox = Sandbox::new();
    let out = codebook(&sandbox, &["--lang", "en"]);
    let out_qdc = sandbox.run(&["export", "--codebook", "--format", "qdc"]);
    assert_eq!(code(&out_qdc), 0, "{}", stderr(&out_qdc));
    let qdc = stdout(&out_qdc);
    assert_eq!(problems_of(&qdc), Vec::<String>::new(), "{qdc}");
    let doc = Document::parse(&qdc).unwrap();
    let codes = doc.descendants().find(|n| n.has_tag_name("Codes")).unwrap();
    let parents: Vec<Node> = codes.children().filter(|n| n.is_element()).collect();
    let library = casus::library::Library::load(None, &[]);
    assert_eq!(
        parents.len(),
        library.theme_sets.len(),
        "a parent code per set"
    );
    for (p, set) in parents.iter().zip(&library.theme_sets) {
        assert_eq!(p.attribute("name"), Some(set.item.title.as_str()));
        assert_eq!(p.attribute("isCodable"), Some("false"));
        let children: Vec<Node> = p.children().filter(|n| n.has_tag_name("Code")).collect();
        assert_eq!(children.len(), set.item.themes.len(), "{}", set.item.id);
        for (c, t) in children.iter().zip(&set.item.themes) {
            assert_eq!(c.attribute("name"), Some(t.label.as_str()));
            assert_eq!(c.attribute("isCodable"), Some("true"));
            assert_eq!(
                c.attribute("guid").unwrap(),
                casus::export::codebook::guid(&set.item.id, Some(&t.id))
            );
        }
    }
    let guids: Vec<&str> = doc
        .descendants()
        .filter_map(|n| n.attribute("guid"))
        .collect();
    let mut unique = guids.clone();
    unique.sort_unstable();
    unique.dedup();
    assert_eq!(unique.len(), guids.len(), "every guid once");
    let again = stdout(&sandbox.run(&["export", "--codebook", "--format", "qdc"]));
    assert_eq!(again, qdc, "the same sets give the same file");

    // The CSV: a row per theme, header stable.
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let mut reader = csv::Reader::from_reader(out.stdout.as_slice());
    let headers: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
    assert_eq!(headers, casus::export::codebook::COLUMNS);
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    let themes: usize = library.theme_sets.iter().map(|s| s.item.themes.len()).sum();
    assert_eq!(rows.len(), themes);
    assert!(
        rows.iter()
            .any(|r| &r[0] == "reflectie" && &r[1] == "normatief" && &r[2] == "Normatief")
    );
}

const HOSTILE_SET: &str = r#"(
    id: "vijandig",
    title: "Set <b>&amp; \"quotes\" 'single'",
    description: "Ends ]]> and </Description><Code guid=\"x\"/>",
    themes: [
        (
            id: "nieuw",
            label: "<script>alert(1)</script> & \u{1b}[2J",
            description: "Line one\nline two & <three>",
            replaces: ["oud", "ouder"],
        ),
        (id: "plain", label: "Plain"),
    ],
)
"#;

fn library_with(sandbox: &Sandbox, name: &str, text: &str) -> String {
    let lib = sandbox.root().join("lib");
    std::fs::create_dir_all(lib.join("themes")).unwrap();
    std::fs::write(lib.join("themes").join(name), text).unwrap();
    lib.to_str().unwrap().to_string()
}

#[test]
fn hostile_titles_are_escaped_and_the_file_stays_valid() {
    let sandbox = Sandbox::new();
    let lib = library_with(&sandbox, "vijandig.ron", HOSTILE_SET);
    let file = sandbox.root().join("codes.qdc");
    let out = sandbox.run(&[
        "--library",
        &lib,
        "export",
        "--codebook",
        "-o",
        file.to_str().unwrap(),
    ]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let qdc = std::fs::read_to_string(&file).unwrap();
    assert!(!qdc.contains('\u{1b}'));
    assert_eq!(problems_of(&qdc), Vec::<String>::new(), "{qdc}");
    let doc = Document::parse(&qdc).unwrap();
    let set = doc
        .descendants()
        .find(|n| {
            n.attribute("name")
                .is_some_and(|a| a.starts_with("Set <b>"))
        })
        .expect("the set, its title read back whole");
    assert_eq!(
        set.attribute("name"),
        Some("Set <b>&amp; \"quotes\" 'single'")
    );
    let description = set
        .children()
        .find(|n| n.has_tag_name("Description"))
        .unwrap();
    assert_eq!(
        description.text(),
        Some("Ends ]]> and </Description><Code guid=\"x\"/>")
    );
    let theme = set.children().find(|n| n.has_tag_name("Code")).unwrap();
    assert_eq!(
        theme.attribute("name"),
        Some("<script>alert(1)</script> & [2J")
    );
    // The CSV names what it replaces.
    let out = sandbox.run(&["--library", &lib, "export", "--codebook", "--format", "csv"]);
    let text = stdout(&out);
    assert!(text.contains("vijandig,nieuw,"), "{text}");
    assert!(text.contains(",oud ouder\n"), "{text}");
}

#[test]
fn qdc_needs_codebook_and_codebook_takes_no_sessions() {
    let sandbox = Sandbox::new();
    let out = sandbox.run(&["--lang", "en", "export", "--all", "--format", "qdc"]);
    assert_eq!(code(&out), 2);
    assert_eq!(stderr(&out), "casus: --format qdc goes with --codebook.\n");
    let out = sandbox.run(&["--lang", "en", "export", "--codebook", "abc"]);
    assert_eq!(code(&out), 2);
    assert!(
        stderr(&out).contains("takes no session or filter"),
        "{}",
        stderr(&out)
    );
    let out = sandbox.run(&["--lang", "en", "export", "--codebook", "--format", "md"]);
    assert_eq!(code(&out), 2);
}

#[test]
fn check_refuses_a_replaced_id_that_is_still_live_or_replaced_twice() {
    let sandbox = Sandbox::new();
    let text = r#"(
    id: "set",
    title: "Set",
    themes: [
        (id: "nieuw", label: "Nieuw", replaces: ["oud", "plain"]),
        (id: "plain", label: "Plain"),
        (id: "ander", label: "Ander", replaces: ["oud"]),
    ],
)
"#;
    let lib = library_with(&sandbox, "set.ron", text);
    let file = format!("{lib}/themes/set.ron");
    let out = sandbox.run(&["--lang", "en", "check", &file]);
    assert_eq!(code(&out), 1, "{}", stdout(&out));
    let all = format!("{}{}", stdout(&out), stderr(&out));
    assert!(
        all.contains(
            "set.ron:5:57: theme \"nieuw\" replaces \"plain\", but that id is still in the set"
        ),
        "{all}"
    );
    assert!(
        all.contains("set.ron:7:50: \"oud\" is replaced by more than one theme"),
        "{all}"
    );
}
