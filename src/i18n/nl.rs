//! Nederlands: de standaardtaal van casus.

use super::Strings;

/// De Nederlandse teksten.
pub static STRINGS: Strings = Strings {
    col_id: "id",
    col_title: "titel",
    col_steps: "beslismomenten",
    col_themes: "thema's",
    col_phases: "fasen",
    col_minutes: "minuten",
    col_source: "bestand",
    check_clean: "{} bestanden gecontroleerd: geen problemen.",
    check_summary: "{} fouten, {} waarschuwingen in {} bestanden.",
    check_nothing: "Geen .ron-bestanden gevonden om te controleren.",
};
