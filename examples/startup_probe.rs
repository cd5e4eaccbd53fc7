use std::time::Instant;
fn main() {
    let dir = std::path::PathBuf::from(std::env::args().nth(1).unwrap());
    for _ in 0..3 {
        let t = Instant::now();
        let n = std::fs::read_dir(dir.join("sessions")).unwrap().filter_map(|e| e.ok()).count();
        let a = t.elapsed();
        let t = Instant::now();
        let m = std::fs::read_dir(dir.join("sessions")).unwrap().filter_map(|e| e.ok()).filter_map(|e| e.metadata().ok()).count();
        let b = t.elapsed();
        let t = Instant::now();
        let scan = casus::review::index::Scan::open(&[dir.clone()], casus::i18n::Lang::En, &casus::review::index::Cache::from_env());
        eprintln!("readdir {n} {a:?} +stat {m} {b:?} scan {:?} {}", t.elapsed(), scan.len());
    }
}
