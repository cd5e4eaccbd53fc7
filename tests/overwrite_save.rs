//! Issue 10, finding 5: never overwrite what you did not read. A session is
//! open in this casus; its lock file is deleted and another writer (a second
//! casus, a sync tool) replaces the file. The next save must leave the other
//! writer's file intact and put this casus's version in a conflict copy.

use std::path::{Path, PathBuf};

use casus::i18n::Lang;
use casus::review::index::Cache;
use casus::store::{lock_path, read_session, to_ron};
use casus::tui::Runner;
use casus::tui::action::{Action, Effect};

const ID: &str = "20261123-090000-versi1";

fn v2() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/session_versions/v2.ron")
}

/// A data folder holding the fixture session, and a runner that opened it.
fn opened() -> (tempfile::TempDir, Runner, casus::model::Session, PathBuf) {
    let data = tempfile::tempdir().expect("a temp dir");
    let sessions = data.path().join("sessions");
    std::fs::create_dir_all(&sessions).expect("sessions/");
    let file = sessions.join(format!("{ID}.ron"));
    std::fs::copy(v2(), &file).expect("a session");
    let runner = Runner::new(data.path(), Lang::Nl)
        .expect("a runner")
        .with_cache(Cache::Dir(data.path().join("index")));
    let Some(Action::Opened(session)) = runner.run(Effect::Open(ID.into())) else {
        panic!("the session opens")
    };
    (data, runner, *session, file)
}

/// Another writer: the lock file is gone, and the file now holds its decisions.
fn other_writer(file: &Path) -> Vec<u8> {
    let lock = lock_path(file.parent().expect("sessions/"), ID);
    let _ = std::fs::remove_file(lock);
    let mut theirs = read_session(file).expect("the session");
    theirs.lessons = "Hun les, elders geschreven.".into();
    let bytes = to_ron(&theirs).into_bytes();
    std::fs::write(file, &bytes).expect("their write");
    bytes
}

fn conflict_copies(dir: &Path) -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = std::fs::read_dir(dir)
        .expect("sessions/")
        .map(|e| e.expect("an entry").path())
        .filter(|p| {
            p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with(&format!("{ID}.conflict-")) && n.ends_with(".ron"))
        })
        .collect();
    out.sort();
    out
}

#[test]
fn a_save_over_a_file_another_writer_changed_keeps_their_file_intact() {
    let (_data, runner, mut ours, file) = opened();
    let theirs = other_writer(&file);
    ours.lessons = "Onze les, hier getypt.".into();
    let reply = runner.run(Effect::Save(Box::new(ours.clone())));
    assert!(
        std::fs::read(&file).expect("the file") == theirs,
        "the other writer's file is intact"
    );
    let copies = conflict_copies(file.parent().expect("sessions/"));
    assert_eq!(copies.len(), 1, "one conflict copy: {copies:?}");
    let copy = read_session(&copies[0]).expect("the copy loads");
    assert_eq!(copy.lessons, "Onze les, hier getypt.");
    assert_eq!(copy.id, ID, "the copy is the same session");
    assert!(
        matches!(reply, Some(Action::SaveConflict(ref c)) if *c == copies[0]),
        "{reply:?}"
    );

    // Later saves of this session go on into the same copy, and say so.
    ours.lessons.push_str(" En meer.");
    let again = runner.run(Effect::Save(Box::new(ours.clone())));
    assert!(
        matches!(again, Some(Action::SaveConflict(ref c)) if *c == copies[0]),
        "{again:?}"
    );
    assert!(std::fs::read(&file).expect("the file") == theirs);
    assert_eq!(conflict_copies(file.parent().expect("sessions/")), copies);
    let copy = read_session(&copies[0]).expect("the copy loads");
    assert_eq!(copy.lessons, "Onze les, hier getypt. En meer.");
}

#[test]
fn saves_over_the_file_this_casus_read_or_wrote_itself_go_on_as_before() {
    let (_data, runner, mut ours, file) = opened();
    for n in 0..3 {
        ours.lessons = format!("Versie {n}");
        let reply = runner.run(Effect::Save(Box::new(ours.clone())));
        assert!(matches!(reply, Some(Action::Saved)), "{reply:?}");
        assert_eq!(read_session(&file).expect("the file").lessons, ours.lessons);
    }
    // Touched (a sync tool that re-wrote the very same bytes): nothing is lost.
    let same = std::fs::read(&file).expect("the file");
    std::fs::write(&file, &same).expect("the same bytes");
    let reply = runner.run(Effect::Save(Box::new(ours.clone())));
    assert!(matches!(reply, Some(Action::Saved)), "{reply:?}");
    assert!(conflict_copies(file.parent().expect("sessions/")).is_empty());
}

#[test]
fn a_file_this_casus_never_read_is_not_written_over() {
    let data = tempfile::tempdir().expect("a temp dir");
    let store = casus::store::Store::open(data.path()).expect("the store");
    let session = read_session(&v2()).expect("the fixture");
    let file = store.path(ID);
    std::fs::write(&file, "// someone else's file\n").expect("their file");
    let saved = store.save(&session).expect("a save");
    let casus::store::Saved::Conflict(copy) = saved else {
        panic!("a conflict copy, got {saved:?}")
    };
    assert_eq!(
        std::fs::read_to_string(&file).expect("their file"),
        "// someone else's file\n"
    );
    assert_eq!(read_session(&copy).expect("the copy"), session);
}

#[test]
fn the_status_line_says_where_the_text_went() {
    let (data, runner, mut ours, file) = opened();
    other_writer(&file);
    ours.lessons = "Onze les.".into();
    let options = casus::tui::Options {
        lang: Lang::Nl,
        library: casus::library::Library::load(None, &[]),
        data_dir: data.path().to_path_buf(),
        present: false,
        config: Default::default(),
        start: casus::tui::Start::Home,
        review_dirs: vec![data.path().to_path_buf()],
        cases_dir: None,
        tz: jiff::tz::TimeZone::UTC,
    };
    let now = "2026-11-25T09:00:00Z".parse().expect("a time");
    let mut app = casus::tui::prepare(options, &runner, now).expect("home");
    let Some(reply) = runner.run(Effect::Save(Box::new(ours))) else {
        panic!("a reply")
    };
    casus::tui::step(&mut app, &runner, reply);
    let status = app.status.expect("a status line");
    assert!(status.error, "{}", status.text);
    assert!(status.text.contains("elders gewijzigd"), "{}", status.text);
    assert!(status.text.contains(".conflict-"), "{}", status.text);
}
