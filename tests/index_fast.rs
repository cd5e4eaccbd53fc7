//! A cold index reads each session file straight into its summary
//! (`review/index/fast.rs`), not the whole session first. That must change
//! nothing: for every file the index holds exactly
//! `SessionSummary::of(read_session(file))`, and a file `read_session`
//! refuses is the same problem with the same `path:line:col`. Proven here
//! over every built-in case with every built-in method and all theme sets,
//! generated sessions, the old schema versions of
//! `tests/fixtures/session_versions/`, and files with unusual RON.

#[allow(dead_code)]
#[path = "../examples/gen_sessions/main.rs"]
mod gen_sessions;

use std::path::{Path, PathBuf};

use casus::i18n::Lang;
use casus::library::Library;
use casus::model::{Action, Bottleneck, BottleneckStatus, Draft, DraftTarget, Reflection, Session};
use casus::review::index::{Cache, Scan, SessionSummary};
use casus::store::{Store, read_session, to_ron};

/// Every built-in case with every built-in method and all theme sets, with
/// decisions, themes, reflections, notes, lessons, knelpunten and actions.
fn builtin_sessions() -> Vec<Session> {
    let library = Library::load(None, &[]);
    let sets: Vec<_> = library.theme_sets.iter().map(|e| e.item.clone()).collect();
    let mut out = Vec::new();
    for (c, case) in library.cases.iter().enumerate() {
        for (m, method) in library.methods.iter().enumerate() {
            let id = format!("20240102-{:02}{:02}00-bltn{c:x}{m:x}", c % 24, m % 60);
            let started = format!("2024-01-02T{:02}:{:02}:00Z", c % 24, m % 60);
            let mut s = Session::new(
                id,
                started.parse().unwrap(),
                format!("Team {c}"),
                case.item.clone(),
                method.item.clone(),
                sets.clone(),
            );
            let tags: Vec<String> = sets
                .iter()
                .flat_map(|set| set.themes.iter().map(|t| format!("{}/{}", set.id, t.id)))
                .collect();
            for (i, record) in s.steps.iter_mut().enumerate() {
                record.decision = format!("Besluit {i} van {c}/{m}");
                record.themes = tags.iter().skip(i * 3).take(2).cloned().collect();
                record.reflections.push(Reflection {
                    author: (i % 2 == 0).then(|| "AB".into()),
                    text: format!("Reflectie {i}"),
                });
            }
            for phase in &mut s.phases {
                phase.notes = "aantekeningen".into();
                phase.elapsed_secs = 90;
            }
            s.lessons = "lessen".into();
            s.bottlenecks.push(Bottleneck {
                id: format!("k-{c:03}{m:03}"),
                step: Some(s.case.steps[0].id.clone()),
                text: "wachtlijst".into(),
                owner: Some("gemeente".into()),
                status: BottleneckStatus::Raised,
                ..Bottleneck::default()
            });
            s.actions.push(Action {
                id: format!("a-{c:03}{m:03}"),
                text: "bellen".into(),
                owner: Some("CD".into()),
                ..Action::default()
            });
            if (c + m) % 2 == 0 {
                s.finished = Some(s.started);
            } else {
                s.draft = Some(Draft {
                    target: DraftTarget::Lessons,
                    text: "half af".into(),
                    side: None,
                });
            }
            out.push(s);
        }
    }
    out
}

/// A session whose texts are markers the unusual files below replace.
fn marked(id: &str) -> Session {
    let mut s = builtin_sessions().remove(0);
    s.id = id.into();
    s.group = "GROUP".into();
    s.case.steps[0].situation = "SITUATION".into();
    s.case.steps[0].outcome = Some("OUTCOME".into());
    s.theme_sets[0].themes[0].description = Some("THEMEDESC".into());
    s.lessons = "LESSONS".into();
    s
}

/// The top-level fields of a pretty session, last first.
fn reversed(text: &str) -> String {
    let lines: Vec<&str> = text.lines().collect();
    let open = lines
        .iter()
        .position(|l| *l == "(")
        .expect("a pretty session");
    let close = lines.iter().rposition(|l| *l == ")").unwrap();
    let mut fields: Vec<Vec<&str>> = Vec::new();
    for line in &lines[open + 1..close] {
        let top = line.starts_with("    ") && !line.starts_with("     ") && line.contains(": ");
        if top || fields.is_empty() {
            fields.push(Vec::new());
        }
        fields.last_mut().unwrap().push(line);
    }
    fields.reverse();
    let mut out: Vec<&str> = lines[..=open].to_vec();
    out.extend(fields.into_iter().flatten());
    out.extend(&lines[close..]);
    out.join("\n")
}

/// The text without the comma after the last field or element of each list.
fn without_trailing_commas(text: &str) -> String {
    let lines: Vec<&str> = text.lines().collect();
    let mut out = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        let closes = lines
            .get(i + 1)
            .is_some_and(|next| next.trim_start().starts_with([')', ']']));
        out.push(match line.strip_suffix(',') {
            Some(kept) if closes => kept,
            _ => line,
        });
    }
    out.join("\n")
}

/// Files with unusual RON, each `(what, text)`; some valid, some not.
fn unusual() -> Vec<(String, String)> {
    type Edit = fn(&str) -> String;
    let edits: [(&str, Edit); 23] = [
        ("as written", |t| t.to_string()),
        ("comments", |t| {
            t.replacen("(\n", "( // a comment\n    /* a block\n comment */\n", 1)
                .replacen("    case: (", "    // before the case\n    case: (", 1)
        }),
        ("raw strings", |t| {
            t.replace("\"SITUATION\"", "r#\"SITU\"ATION\"#")
                .replace("\"LESSONS\"", "r##\"LES\"#SONS\"##")
                .replace("\"GROUP\"", "r#\"Gr\"oup\"#")
        }),
        ("escapes", |t| {
            t.replace("\"SITUATION\"", "\"SITU\\u{e9}\\n\\t\\\"ATION\"")
                .replace("\"GROUP\"", "\"Gr\\u{e9}\\\"oup\"")
        }),
        ("fields in reverse order", reversed),
        ("without the extension line", |t| {
            t.replacen("#![enable(implicit_some)]\n", "", 1)
        }),
        ("explicit Some", |t| {
            t.replace("\"OUTCOME\"", "Some(\"OUTCOME\")")
                .replace("\"THEMEDESC\"", "Some(\"THEMEDESC\")")
        }),
        ("struct names", |t| {
            t.replacen("    case: (", "    case: Case(", 1)
                .replacen("    method: (", "    method: Method(", 1)
                .replacen("(\n    schema_version", "Session(\n    schema_version", 1)
        }),
        ("unknown field at the top", |t| {
            t.replacen("(\n", "(\n    later_field: (a: [1, 2], b: \"x\"),\n", 1)
        }),
        ("a byte order mark", |t| format!("\u{feff}{t}")),
        ("no trailing commas", without_trailing_commas),
        ("commas missing", |t| t.replace(",\n", "\n")),
        ("unknown field in the case", |t| {
            t.replacen("    case: (", "    case: (\n        bogus: \"x\",", 1)
        }),
        ("a dropped text of the wrong type", |t| {
            t.replace("\"SITUATION\"", "5")
        }),
        ("a dropped option of the wrong type", |t| {
            t.replace("\"THEMEDESC\"", "[1]")
        }),
        ("a dropped text that is None", |t| {
            t.replace("\"LESSONS\"", "None")
        }),
        ("lessons missing (a default)", |t| {
            t.replace("    lessons: \"LESSONS\",\n", "")
        }),
        ("a situation missing (required)", |t| {
            t.replace("situation: \"SITUATION\",", "")
        }),
        ("a newer schema version", |t| {
            t.replacen("schema_version: 4,", "schema_version: 99,", 1)
        }),
        ("a wrong struct name", |t| {
            t.replacen("    case: (", "    case: Kees(", 1)
        }),
        ("a syntax error in a dropped text", |t| {
            t.replace("\"SITUATION\"", "\"SITUATION")
        }),
        ("a string for the steps' kind", |t| {
            t.replacen("kind: Steps", "kind: \"Steps\"", 1)
        }),
        ("an unknown field in a theme", |t| {
            t.replacen("description: \"THEMEDESC\"", "descriptio: \"THEMEDESC\"", 1)
        }),
    ];
    let mut out = Vec::new();
    for (i, (what, edit)) in edits.iter().enumerate() {
        let id = format!("20250101-0900{i:02}-var{i:03}");
        let text = to_ron(&marked(&id));
        let edited = edit(&text);
        assert!(
            *what == "as written" || edited != text,
            "{what}: the edit must change the file"
        );
        out.push((id, edited));
    }
    // A file named for another id.
    let text = to_ron(&marked("20250101-095900-other1"));
    out.push(("20250101-095800-named1".into(), text));
    out
}

/// Writes every kind of file into one data folder; their names.
fn write_all(data: &Path) -> Vec<PathBuf> {
    let store = Store::open(data).unwrap();
    let dir = data.join("sessions");
    let write = |id: &str, text: &str| std::fs::write(dir.join(format!("{id}.ron")), text);
    for s in builtin_sessions() {
        write(&s.id, &to_ron(&s)).unwrap();
    }
    for s in gen_sessions::sessions(3).take(60) {
        store.save(&s).unwrap();
    }
    let versions = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/session_versions");
    for (i, entry) in std::fs::read_dir(versions).unwrap().enumerate() {
        let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
        let id = format!("20261123-090000-fixtr{i}");
        let text = text
            .replace("20261123-090000-versi1", &id)
            .replace("20261123-090000-eigen1", &id);
        write(&id, &text).unwrap();
    }
    for (id, text) in unusual() {
        write(&id, &text).unwrap();
    }
    let mut names: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "ron"))
        .collect();
    names.sort();
    names
}

#[test]
fn a_cold_index_holds_what_reading_each_file_whole_gives() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    let files = write_all(&data);
    let mut expected = Vec::new();
    let mut problems = Vec::new();
    for path in &files {
        match read_session(path) {
            Ok(s) => expected.push((path.clone(), SessionSummary::of(&s).into_session())),
            Err(d) => problems.push(d.to_string()),
        }
    }
    assert!(expected.len() > 80, "{} sessions read", expected.len());
    assert!(problems.len() >= 10, "{problems:#?}");
    for cache in [Cache::Dir(tmp.path().join("cache")), Cache::Off] {
        let scan = Scan::open(std::slice::from_ref(&data), Lang::En, &cache);
        assert_eq!(
            scan.files_read,
            files.len(),
            "a cold index reads every file"
        );
        let loaded = scan.into_loaded();
        let shown: Vec<String> = loaded.problems.iter().map(|d| d.to_string()).collect();
        assert_eq!(
            shown, problems,
            "{cache:?}: the same problems, in file order"
        );
        let mut got: Vec<(PathBuf, Session)> = loaded
            .sessions
            .into_iter()
            .map(|l| (l.path, l.session))
            .collect();
        got.sort_by(|a, b| a.0.cmp(&b.0));
        assert_eq!(got.len(), expected.len(), "{cache:?}");
        for ((path, session), (want_path, want)) in got.iter().zip(&expected) {
            assert_eq!(path, want_path);
            assert_eq!(session, want, "{cache:?}: {}", path.display());
        }
    }
}
