//! The word matcher (`fuzzy::Words`, skim behind our rules) against
//! `nucleo-matcher` on the built-in theme list: first the top three each
//! gives for the queries of issue 11 (printed), then the time to rank every
//! theme once per query (criterion).
//!
//! `cargo bench --bench matcher`; what it showed is in BENCHMARKS.md.

use std::hint::black_box;

use casus::fuzzy::{Field, Haystack, Query, Words};
use casus::library::Library;
use criterion::{Criterion, criterion_group};
use nucleo_matcher::pattern::{CaseMatching, Normalization, Pattern};
use nucleo_matcher::{Config, Matcher};

/// The queries a facilitator typed in issue 11.
const QUERIES: [&str; 9] = [
    "eerste lijn",
    "eerstelijn",
    "regie",
    "een regisseur",
    "wie betaalt",
    "veiligheid",
    "mandat",
    "residentiele",
    "school",
];

/// One theme: its label, and what both matchers search.
struct Theme {
    label: String,
    haystack: Haystack,
    line: String,
}

fn themes() -> Vec<Theme> {
    let library = Library::load(None, &[]);
    library
        .theme_sets
        .iter()
        .flat_map(|e| {
            let set = &e.item;
            set.themes.iter().map(move |t| Theme {
                label: t.label.clone(),
                haystack: t
                    .aliases
                    .iter()
                    .fold(Haystack::new().with(Field::Label, &t.label), |h, a| {
                        h.with(Field::Alias, a)
                    })
                    .with(Field::Other, &set.title)
                    .with(Field::Other, &t.id),
                line: format!("{} {} {} {}", t.label, t.aliases.join(" "), set.title, t.id),
            })
        })
        .collect()
}

fn words_rank<'a>(themes: &'a [Theme], query: &str) -> Vec<&'a str> {
    let words = Words::default();
    let query = Query::new(query);
    let mut scored: Vec<(i64, usize)> = themes
        .iter()
        .enumerate()
        .filter_map(|(i, t)| words.score(&t.haystack, &query).map(|s| (s, i)))
        .collect();
    scored.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    scored
        .iter()
        .map(|&(_, i)| themes[i].label.as_str())
        .collect()
}

fn nucleo_rank<'a>(themes: &'a [Theme], query: &str, matcher: &mut Matcher) -> Vec<&'a str> {
    let pattern = Pattern::parse(query, CaseMatching::Ignore, Normalization::Smart);
    let lines: Vec<(usize, &str)> = themes
        .iter()
        .enumerate()
        .map(|(i, t)| (i, t.line.as_str()))
        .collect();
    let mut scored: Vec<(u32, usize)> = lines
        .iter()
        .filter_map(|&(i, line)| {
            let mut buf = Vec::new();
            let haystack = nucleo_matcher::Utf32Str::new(line, &mut buf);
            pattern.score(haystack, matcher).map(|s| (s, i))
        })
        .collect();
    scored.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    scored
        .iter()
        .map(|&(_, i)| themes[i].label.as_str())
        .collect()
}

/// Prints, per query, how many themes each offers and its top three.
fn report(themes: &[Theme]) {
    let mut matcher = Matcher::new(Config::DEFAULT);
    println!("| query | words: offered, top 3 | nucleo: offered, top 3 |");
    println!("|---|---|---|");
    for query in QUERIES {
        let ours = words_rank(themes, query);
        let theirs = nucleo_rank(themes, query, &mut matcher);
        let top = |r: &[&str]| format!("{}: {}", r.len(), r[..r.len().min(3)].join("; "));
        println!("| `{query}` | {} | {} |", top(&ours), top(&theirs));
    }
}

fn bench(c: &mut Criterion) {
    let themes = themes();
    c.bench_function("rank themes, words (skim)", |b| {
        b.iter(|| {
            for q in QUERIES {
                black_box(words_rank(&themes, q));
            }
        })
    });
    let mut matcher = Matcher::new(Config::DEFAULT);
    c.bench_function("rank themes, nucleo", |b| {
        b.iter(|| {
            for q in QUERIES {
                black_box(nucleo_rank(&themes, q, &mut matcher));
            }
        })
    });
}

criterion_group!(benches, bench);

fn main() {
    report(&themes());
    benches();
    Criterion::default().configure_from_args().final_summary();
}
