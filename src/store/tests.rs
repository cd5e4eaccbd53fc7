//! The store's own unit tests: ids, locks, permissions.

use super::*;

#[test]
fn session_ids_sort_by_start_time() {
    let a: Timestamp = "2026-01-02T03:04:05Z".parse().unwrap();
    let b: Timestamp = "2026-01-02T03:04:06Z".parse().unwrap();
    let (ia, ib) = (new_session_id(a), new_session_id(b));
    assert!(ia.starts_with("20260102-030405-"));
    assert!(ia < ib);
    let suffix = &ia[16..];
    assert_eq!(suffix.len(), 6);
    assert!(
        suffix
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
    );
}

#[test]
fn a_second_writer_is_refused_until_the_first_lets_go() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    let (s1, s2) = ("20260101-000000-aaaaa1", "20260101-000000-aaaaa2");
    let first = store.lock(s1).unwrap();
    let second = store.lock(s1).unwrap_err();
    assert_eq!(second.kind(), io::ErrorKind::WouldBlock);
    assert!(store.lock(s2).is_ok(), "other sessions are not blocked");
    drop(first);
    assert!(store.lock(s1).is_ok());
}

#[cfg(unix)]
#[test]
fn open_tightens_folders_and_files_others_could_read_and_says_so() {
    use std::os::unix::fs::PermissionsExt;
    let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    let set =
        |p: &Path, m: u32| std::fs::set_permissions(p, std::fs::Permissions::from_mode(m)).unwrap();
    let data = tempfile::tempdir().unwrap();
    let fresh = Store::open(data.path()).unwrap();
    assert!(
        fresh.tightened().is_empty(),
        "a folder casus made is no news"
    );
    assert_eq!(fresh.tightened_note(), None);
    assert_eq!(mode(fresh.dir()), 0o700);

    let sessions = data.path().join("sessions");
    let exports = data.path().join("exports");
    std::fs::create_dir_all(&exports).unwrap();
    std::fs::write(sessions.join("a.ron"), "x").unwrap();
    std::fs::write(exports.join("a.md"), "x").unwrap();
    set(&sessions, 0o755);
    set(&exports, 0o775);
    set(&sessions.join("a.ron"), 0o644);
    set(&exports.join("a.md"), 0o640);
    let store = Store::open(data.path()).unwrap();
    assert_eq!(mode(&sessions), 0o700);
    assert_eq!(mode(&exports), 0o700);
    assert_eq!(mode(&sessions.join("a.ron")), 0o600);
    assert_eq!(mode(&exports.join("a.md")), 0o600);
    assert_eq!(store.tightened().len(), 4, "{:?}", store.tightened());
    let note = store.tightened_note().unwrap();
    assert!(!note.contains('\n'), "one line: {note}");
    assert!(
        note.contains("(was 755)") && note.contains("2 files"),
        "{note}"
    );
    assert!(Store::open(data.path()).unwrap().tightened().is_empty());
}

#[test]
fn two_ids_in_the_same_second_differ() {
    let t = Timestamp::now();
    assert_ne!(new_session_id(t), new_session_id(t));
}
