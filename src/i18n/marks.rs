//! Short words set inside other text: the placeholders that replace personal
//! data (Ctrl-R and the export guard) and the names of keys in hints and help.
//! Its own file beside the interface table, so that `strings.rs` stays under
//! 400 lines; [`super::Strings::marks`] points here and the placeholder test
//! sees these fields as `marks.NAME`.

use crate::privacy::FindingKind;

/// Placeholders and key names, in one language.
#[derive(Debug)]
pub struct Marks {
    /// Replaces a BSN.
    pub bsn: &'static str,
    /// Replaces a phone number.
    pub phone: &'static str,
    /// Replaces an e-mail address.
    pub email: &'static str,
    /// Replaces a postcode.
    pub postcode: &'static str,
    /// Replaces an IBAN.
    pub iban: &'static str,
    /// Replaces a full date.
    pub date: &'static str,
    /// Replaces a name.
    pub name: &'static str,
    /// Replaces a street address.
    pub address: &'static str,
    /// Replaces a school name.
    pub school: &'static str,
    /// Replaces a place name.
    pub place: &'static str,
    /// The space bar, as help and hints name it.
    pub key_space: &'static str,
}

impl Marks {
    /// The placeholder that replaces a finding of `kind`.
    pub fn placeholder(&self, kind: FindingKind) -> &'static str {
        match kind {
            FindingKind::Bsn => self.bsn,
            FindingKind::Phone => self.phone,
            FindingKind::Email => self.email,
            FindingKind::Postcode => self.postcode,
            FindingKind::Iban => self.iban,
            FindingKind::Date => self.date,
            FindingKind::Name => self.name,
            FindingKind::Address => self.address,
            FindingKind::School => self.school,
            FindingKind::Place => self.place,
        }
    }
}

/// Dutch.
pub static NL: Marks = Marks {
    bsn: "[BSN verwijderd]",
    phone: "[telefoonnummer]",
    email: "[e-mail]",
    postcode: "[postcode]",
    iban: "[IBAN]",
    date: "[datum]",
    name: "[naam]",
    address: "[adres]",
    school: "[school]",
    place: "[plaats]",
    key_space: "spatie",
};

/// English.
pub static EN: Marks = Marks {
    bsn: "[BSN removed]",
    phone: "[phone]",
    email: "[e-mail]",
    postcode: "[postcode]",
    iban: "[IBAN]",
    date: "[date]",
    name: "[name]",
    address: "[address]",
    school: "[school]",
    place: "[place]",
    key_space: "Space",
};
