//! Case files: the plain RON read and the library's whole loader (parse, validate,
//! privacy scan, theme references) must give an item or positioned
//! diagnostics, never a panic.
#![no_main]

use casus::library::{Kind, Library, Origin, SourceFile, from_ron};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Err(d) = from_ron::<casus::model::Case>("fuzz.ron", text) {
        assert!(d.line >= 1 && d.col >= 1, "no position: {d}");
    }
    let file = SourceFile {
        kind: Kind::Case,
        path: "fuzz.ron".into(),
        origin: Origin::Extra,
        text: text.to_string(),
    };
    let library = Library::from_sources(&[file]);
    for d in &library.diagnostics {
        assert!(d.line >= 1 && d.col >= 1, "no position: {d}");
    }
});
