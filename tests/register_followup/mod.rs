//! What the register tests share: Noord and Zuid with follow-up fields
//! filled in, and the review open on the register.

// Each test file uses a part of it.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

use casus::i18n::Lang;
use casus::model::{Level, Session};
use casus::store::{read_session, to_ron};
use casus::tui::Runner;
use casus::tui::app::App;
use casus::tui::keymap::Context;
use casus::tui::screens::review::Page;
use casus::tui::screens::review::register::Register;

use crate::common::*;
use crate::review_fixtures as fx;
use crate::review_fixtures::{S1, S2};

pub fn file(dir: &Path, id: &str) -> PathBuf {
    dir.join("sessions").join(format!("{id}.ron"))
}

pub fn edit(path: &Path, change: impl FnOnce(&mut Session)) {
    let mut s = read_session(path).unwrap();
    change(&mut s);
    std::fs::write(path, to_ron(&s)).unwrap();
}

/// Every file under the copies, with its bytes.
pub fn all_files(dirs: &[PathBuf]) -> Vec<(PathBuf, Vec<u8>)> {
    let mut out = Vec::new();
    for dir in dirs {
        for entry in std::fs::read_dir(dir.join("sessions")).unwrap() {
            let path = entry.unwrap().path();
            out.push((path.clone(), std::fs::read(&path).unwrap()));
        }
    }
    out.sort();
    out
}

/// Noord and Zuid, with S1's first knelpunt filled in (level, due date,
/// themes, answer, linked to Zuid's S2) and a due date on S1's first
/// action; the review on the register.
pub fn working_list(lang: Lang) -> (App, Runner, tempfile::TempDir, Vec<PathBuf>) {
    let (tmp, dirs) = fx::temp_copy(&["noord", "zuid"]);
    edit(&file(&dirs[0], S1), |s| {
        let b = &mut s.bottlenecks[0];
        b.level = Some(Level::Municipality);
        b.due = Some("2027-01-15".parse().unwrap());
        b.themes = vec!["eigenwijs/integraal".into()];
        b.answer = "De gemeente kijkt in maart naar de termijnen.".into();
        b.links = vec![format!("{S2}/k-1")];
        s.actions[0].due = Some("2026-03-01".parse().unwrap());
    });
    let (mut app, runner) = review_over(lang, dirs.clone(), &dirs[0]);
    press(&mut app, ch('k'));
    assert_eq!(app.context(), Context::ReviewRegister);
    (app, runner, tmp, dirs)
}

pub fn reg(app: &App) -> &Register {
    match &review(app).page {
        Page::Register(r) => r,
        _ => panic!("not the register"),
    }
}
