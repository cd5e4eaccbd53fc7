//! Generates the privacy corpus from classes: every kind of personal data in
//! every format people write it in, in every sentence position, with near
//! misses for each class. Numbers are computed (elfproef, ISO 13616), not
//! copied, so the corpus holds hundreds of different valid ones.

use casus::privacy::FindingKind;

pub mod codes;
pub mod dates;
pub mod numbers;
pub mod words;

/// One generated snippet: the kind it holds (None for a near miss) and where.
pub struct Snippet {
    pub kind: Option<FindingKind>,
    pub text: String,
    /// Byte range of the personal data in `text` (empty for a near miss).
    pub span: (usize, usize),
    /// The class and format it was made from, for the failure list.
    pub class: &'static str,
}

/// A small deterministic generator, so the corpus is the same on every run.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407))
    }

    pub fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % n
    }

    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len() as u64) as usize]
    }

    pub fn digits(&mut self, n: usize) -> String {
        (0..n)
            .map(|_| char::from(b'0' + self.below(10) as u8))
            .collect()
    }
}

/// `value` put into `template` at its "{}".
pub fn put(kind: FindingKind, class: &'static str, template: &str, value: &str) -> Snippet {
    let at = template.find("{}").expect("template without {}");
    let text = format!("{}{value}{}", &template[..at], &template[at + 2..]);
    Snippet {
        kind: Some(kind),
        span: (at, at + value.len()),
        text,
        class,
    }
}

/// A near miss: `value` in `template`, holding nothing the scanner should find.
pub fn near(class: &'static str, template: &str, value: &str) -> Snippet {
    let text = template.replacen("{}", value, 1);
    Snippet {
        kind: None,
        span: (0, 0),
        text,
        class,
    }
}

/// Every snippet of the corpus.
pub fn corpus() -> Vec<Snippet> {
    let mut out = Vec::new();
    numbers::bsn(&mut out);
    numbers::phone(&mut out);
    codes::postcode(&mut out);
    codes::iban(&mut out);
    dates::date(&mut out);
    words::email(&mut out);
    words::name(&mut out);
    words::address(&mut out);
    words::school(&mut out);
    words::place(&mut out);
    glue(&mut out);
    out
}

/// Punctuation and positions around every kind: the value alone, quoted,
/// bracketed, at the end of a line, after a colon without a space.
const GLUE: &[&str] = &[
    "{}",
    "\"{}\"",
    "[{}]",
    "Zie: {}\nVolgende regel.",
    "Genoteerd:{}",
    "«{}»",
    "'{}'",
];

/// Puts the first values of each class in the GLUE templates, one template
/// each; classes that depend on the words around them ("geb.", "BSN") keep them.
fn glue(out: &mut Vec<Snippet>) {
    let mut extra = Vec::new();
    let mut seen = std::collections::HashMap::new();
    for s in out.iter() {
        let Some(kind) = s.kind else { continue };
        if matches!(s.class, "geb. ddmmyyyy" | "glued or lettered") {
            continue;
        }
        let n = seen.entry((kind, s.class)).or_insert(0);
        if let Some(template) = GLUE.get(*n) {
            extra.push(put(kind, s.class, template, &s.text[s.span.0..s.span.1]));
        }
        *n += 1;
    }
    out.append(&mut extra);
}

/// `s` in fullwidth digits and letters, as pasted from East Asian input methods.
pub fn fullwidth(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '!'..='~' => char::from_u32(c as u32 - 0x21 + 0xFF01).unwrap(),
            _ => c,
        })
        .collect()
}
