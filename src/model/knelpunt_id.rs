//! Stable knelpunt ids (session schema version 2) and action ids (version
//! 4), and the migration of older sessions, whose items have none.
//!
//! A new knelpunt gets a fresh random id. A knelpunt read from a version 1
//! file gets one derived from its step and text (and how many identical ones
//! came before it), so two reads of the same old file give the same ids,
//! and removing one knelpunt does not change the ids of the others.

use super::{Action, Bottleneck, SESSION_SCHEMA_VERSION, Session};

/// Letters and digits that cannot be misread (no `l`, `o`, `0`, `1`).
const ALPHABET: &[u8; 32] = b"abcdefghijkmnpqrstuvwxyz23456789";

/// `k-` and six characters of `bits`.
fn format_id(bits: u64) -> String {
    prefixed_id("k", bits)
}

/// `prefix`, a dash and six characters of `bits`: knelpunten (`k-`) and the
/// decision points added to an own case (`b-`, `own_case.rs`).
pub(super) fn prefixed_id(prefix: &str, mut bits: u64) -> String {
    let suffix: String = (0..6)
        .map(|_| {
            let c = ALPHABET[(bits % 32) as usize] as char;
            bits /= 32;
            c
        })
        .collect();
    format!("{prefix}-{suffix}")
}

/// FNV-1a, 64 bits: the same on every platform and in every Rust release
/// (unlike `DefaultHasher`), which a derived id must be.
fn fnv1a(parts: &[&[u8]]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for part in parts {
        for &b in *part {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        // A separator, so ("ab", "c") and ("a", "bc") differ.
        h ^= 0xff;
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

/// The id a version 1 knelpunt gets: from its step, its text and the number
/// of identical knelpunten before it; `salt` only rises on a clash.
fn derived_id(b: &Bottleneck, occurrence: u32, salt: u32) -> String {
    format_id(fnv1a(&[
        b.step.as_deref().unwrap_or("").as_bytes(),
        b.text.as_bytes(),
        &occurrence.to_le_bytes(),
        &salt.to_le_bytes(),
    ]))
}

/// The id an action of a file older than version 4 gets: from its text and
/// the number of identical actions before it; `salt` only rises on a clash.
fn derived_action_id(a: &Action, occurrence: u32, salt: u32) -> String {
    prefixed_id(
        "a",
        fnv1a(&[
            a.text.as_bytes(),
            &occurrence.to_le_bytes(),
            &salt.to_le_bytes(),
        ]),
    )
}

/// A random id with `prefix` that `taken` says is free.
fn fresh_id(prefix: &str, seed: &str, count: usize, taken: impl Fn(&str) -> bool) -> String {
    use std::hash::{BuildHasher, Hasher};
    let mut salt = 0u64;
    loop {
        let mut h = std::collections::hash_map::RandomState::new().build_hasher();
        h.write(seed.as_bytes());
        h.write_usize(count);
        h.write_u64(salt);
        let id = prefixed_id(prefix, h.finish());
        if !taken(&id) {
            return id;
        }
        salt += 1;
    }
}

/// Gives every item of `items` without an id one from `derive(item,
/// occurrence, salt)`: `occurrence` counts the `same` items before it,
/// `salt` rises only on a clash with an id already there.
fn assign_ids<T>(
    items: &mut [T],
    id: impl Fn(&mut T) -> &mut String,
    same: impl Fn(&T, &T) -> bool,
    derive: impl Fn(&T, u32, u32) -> String,
) {
    let mut taken: Vec<String> = Vec::new();
    for item in items.iter_mut() {
        let id = id(item);
        if !id.is_empty() {
            taken.push(id.clone());
        }
    }
    for i in 0..items.len() {
        if !id(&mut items[i]).is_empty() {
            continue;
        }
        let item = &items[i];
        let occurrence = items[..i].iter().filter(|o| same(o, item)).count() as u32;
        let mut salt = 0;
        let mut fresh = derive(item, occurrence, salt);
        while taken.contains(&fresh) {
            salt += 1;
            fresh = derive(item, occurrence, salt);
        }
        taken.push(fresh.clone());
        *id(&mut items[i]) = fresh;
    }
}

impl Session {
    /// Brings a session read from an older version up to this one, in
    /// memory: every knelpunt and action without an id gets a derived one, and
    /// `schema_version` becomes [`SESSION_SCHEMA_VERSION`]. Deterministic:
    /// the same file always migrates to the same session.
    pub fn migrate(&mut self) {
        assign_ids(
            &mut self.bottlenecks,
            |b| &mut b.id,
            |a, b| a.step == b.step && a.text == b.text,
            derived_id,
        );
        assign_ids(
            &mut self.actions,
            |a| &mut a.id,
            |a, b| a.text == b.text,
            derived_action_id,
        );
        self.schema_version = SESSION_SCHEMA_VERSION;
    }

    /// An action id not yet used in this session, for a new action.
    pub fn fresh_action_id(&self) -> String {
        fresh_id("a", &self.id, self.actions.len(), |id| {
            self.action(id).is_some()
        })
    }

    /// The action with this id, with its index.
    pub fn action(&self, id: &str) -> Option<(usize, &Action)> {
        self.actions.iter().enumerate().find(|(_, a)| a.id == id)
    }

    /// A knelpunt id not yet used in this session, for a new knelpunt.
    pub fn fresh_bottleneck_id(&self) -> String {
        fresh_id("k", &self.id, self.bottlenecks.len(), |id| {
            self.bottleneck(id).is_some()
        })
    }

    /// The knelpunt with this id, with its index.
    pub fn bottleneck(&self, id: &str) -> Option<(usize, &Bottleneck)> {
        self.bottlenecks
            .iter()
            .enumerate()
            .find(|(_, b)| b.id == id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::BottleneckStatus;

    fn b(step: Option<&str>, text: &str) -> Bottleneck {
        Bottleneck {
            id: String::new(),
            step: step.map(String::from),
            text: text.into(),
            status: BottleneckStatus::Open,
            ..Bottleneck::default()
        }
    }

    #[test]
    fn derived_ids_depend_on_content_not_position_and_never_clash() {
        let list = [b(Some("a"), "x"), b(None, "y"), b(None, "y")];
        let ids: Vec<String> = (0..3)
            .map(|i| {
                let occ = list[..i]
                    .iter()
                    .filter(|o| o.text == list[i].text && o.step == list[i].step)
                    .count() as u32;
                derived_id(&list[i], occ, 0)
            })
            .collect();
        assert_ne!(ids[1], ids[2], "identical knelpunten differ by occurrence");
        assert_ne!(ids[0], ids[1]);
        assert!(
            ids.iter().all(|id| crate::model::is_valid_id(id)),
            "{ids:?}"
        );
        // Known value (the v1 fixture's first knelpunt): a change to the
        // derivation would give every version 1 file other ids.
        let fixture = b(Some("gesprek-met-moeder"), "Beschikking duurt zes weken.");
        assert_eq!(derived_id(&fixture, 0, 0), "k-igkuga");
    }
}
