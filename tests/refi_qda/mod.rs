//! A validator for the REFI-QDA code book, driven by the vendored
//! `tests/fixtures/refi-qda/Codebook.xsd`: element names and namespace,
//! order and occurrences of children, required and allowed attributes, and
//! the simple types (the GUID and RGB patterns, checked by hand and asserted
//! to be the schema's, `xsd:boolean`). It knows the XSD constructs that
//! schema uses (`sequence`, `element`, `attribute`, `simpleType` with a
//! `pattern`), and panics on any other type, so it cannot pass silently.

use std::collections::HashMap;
use std::path::Path;

use roxmltree::{Document, Node};

const XS: &str = "http://www.w3.org/2001/XMLSchema";

/// The schema, read once per test.
pub struct Schema<'a> {
    doc: &'a Document<'a>,
    target: &'a str,
    types: HashMap<&'a str, Node<'a, 'a>>,
}

pub fn xsd_text() -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/refi-qda/Codebook.xsd");
    std::fs::read_to_string(path).unwrap()
}

impl<'a> Schema<'a> {
    pub fn new(doc: &'a Document<'a>) -> Schema<'a> {
        let root = doc.root_element();
        let types = root
            .children()
            .filter(|n| n.is_element() && n.tag_name().namespace() == Some(XS))
            .filter(|n| matches!(n.tag_name().name(), "complexType" | "simpleType"))
            .map(|n| (n.attribute("name").unwrap(), n))
            .collect();
        Schema {
            doc,
            target: root.attribute("targetNamespace").unwrap(),
            types,
        }
    }

    /// Every problem of the instance document, as sentences.
    pub fn validate(&self, instance: &Document) -> Vec<String> {
        let mut problems = Vec::new();
        let root = instance.root_element();
        let decl = self
            .doc
            .root_element()
            .children()
            .find(|n| n.has_tag_name((XS, "element")))
            .unwrap();
        if root.tag_name().name() != decl.attribute("name").unwrap() {
            problems.push(format!("root is {:?}", root.tag_name().name()));
        }
        self.element(root, decl.attribute("type").unwrap(), &mut problems);
        problems
    }

    fn element(&self, e: Node, ty: &str, problems: &mut Vec<String>) {
        let at = format!("<{}> at {}", e.tag_name().name(), e.range().start);
        if e.tag_name().namespace() != Some(self.target) {
            problems.push(format!("{at}: namespace {:?}", e.tag_name().namespace()));
        }
        let Some(complex) = self
            .types
            .get(ty)
            .filter(|t| t.has_tag_name((XS, "complexType")))
        else {
            // A simple type: text only, no child elements, no attributes.
            if e.children().any(|c| c.is_element()) {
                problems.push(format!("{at}: {ty} has child elements"));
            }
            if e.attributes().len() > 0 {
                problems.push(format!("{at}: {ty} has attributes"));
            }
            self.value(&at, ty, e.text().unwrap_or_default(), problems);
            return;
        };
        // Attributes: each declared, the required ones present, values of their type.
        let decls: Vec<Node> = complex
            .children()
            .filter(|n| n.has_tag_name((XS, "attribute")))
            .collect();
        for a in e.attributes() {
            match decls
                .iter()
                .find(|d| d.attribute("name") == Some(a.name()) && a.namespace().is_none())
            {
                Some(d) => self.value(
                    &format!("{at} @{}", a.name()),
                    d.attribute("type").unwrap(),
                    a.value(),
                    problems,
                ),
                None => problems.push(format!(
                    "{at}: attribute {:?} is not in the schema",
                    a.name()
                )),
            }
        }
        for d in decls
            .iter()
            .filter(|d| d.attribute("use") == Some("required"))
        {
            if e.attribute(d.attribute("name").unwrap()).is_none() {
                problems.push(format!(
                    "{at}: required {:?} missing",
                    d.attribute("name").unwrap()
                ));
            }
        }
        // Children: the sequence, in order, each within its occurrences.
        if e.children()
            .any(|c| c.is_text() && !c.text().unwrap().trim().is_empty())
        {
            problems.push(format!("{at}: text in an element-only type"));
        }
        let children: Vec<Node> = e.children().filter(|c| c.is_element()).collect();
        let sequence: Vec<Node> = complex
            .children()
            .filter(|n| n.has_tag_name((XS, "sequence")))
            .flat_map(|s| s.children().filter(|n| n.has_tag_name((XS, "element"))))
            .collect();
        let mut i = 0;
        for item in sequence {
            let name = item.attribute("name").unwrap();
            let min: usize = item
                .attribute("minOccurs")
                .map_or(1, |m| m.parse().unwrap());
            let max = match item.attribute("maxOccurs") {
                Some("unbounded") => usize::MAX,
                Some(m) => m.parse().unwrap(),
                None => 1,
            };
            let mut n = 0;
            while i < children.len() && children[i].tag_name().name() == name && n < max {
                self.element(children[i], item.attribute("type").unwrap(), problems);
                i += 1;
                n += 1;
            }
            if n < min {
                problems.push(format!("{at}: needs {min} <{name}>, has {n}"));
            }
        }
        for c in &children[i..] {
            problems.push(format!("{at}: <{}> not allowed here", c.tag_name().name()));
        }
    }

    /// A value of a simple type: the schema's own patterns, which this
    /// checks by hand (no regex crate), asserted to be the ones read.
    fn value(&self, at: &str, ty: &str, v: &str, problems: &mut Vec<String>) {
        let ok = match ty {
            "xsd:string" => true,
            "xsd:boolean" => matches!(v, "true" | "false" | "1" | "0"),
            "GUIDType" => {
                assert_eq!(
                    self.pattern(ty),
                    r"([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})|(\{[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\})"
                );
                let bare = v
                    .strip_prefix('{')
                    .and_then(|r| r.strip_suffix('}'))
                    .unwrap_or(v);
                let parts: Vec<&str> = bare.split('-').collect();
                parts.iter().map(|p| p.len()).eq([8, 4, 4, 4, 12])
                    && parts
                        .iter()
                        .all(|p| p.chars().all(|c| c.is_ascii_hexdigit()))
            }
            "RGBType" => {
                assert_eq!(self.pattern(ty), "#([A-Fa-f0-9]{6}|[A-Fa-f0-9]{3})");
                v.strip_prefix('#').is_some_and(|h| {
                    matches!(h.len(), 3 | 6) && h.chars().all(|c| c.is_ascii_hexdigit())
                })
            }
            other => panic!("the validator does not know type {other}"),
        };
        if !ok {
            problems.push(format!("{at}: {v:?} is not a {ty}"));
        }
    }

    fn pattern(&self, ty: &str) -> &str {
        self.types[ty]
            .descendants()
            .find(|n| n.has_tag_name((XS, "pattern")))
            .and_then(|n| n.attribute("value"))
            .unwrap()
    }
}

pub fn problems_of(qdc: &str) -> Vec<String> {
    let xsd = xsd_text();
    let schema_doc = Document::parse(&xsd).unwrap();
    let schema = Schema::new(&schema_doc);
    let instance = Document::parse(qdc).unwrap_or_else(|e| panic!("not XML: {e}\n{qdc}"));
    schema.validate(&instance)
}
