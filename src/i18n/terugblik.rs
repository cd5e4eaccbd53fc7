//! What casus says about the terugblik (a new session looking back at the
//! group's open knelpunten and actions) and about practice sessions: the
//! screen, its keys, what saving reports, the set-up's toggle, the header's
//! badge and the export's section. Reached as [`super::Strings::terugblik`];
//! the placeholder test sees these fields as `terugblik.NAME`.

use super::Plural;

/// The terugblik and practice sessions, in one language.
#[derive(Debug)]
pub struct TerugblikStrings {
    /// The screen's title.
    pub title: &'static str,
    /// Under the title: {} the group.
    pub intro: &'static str,
    /// Kind of an item: a knelpunt.
    pub kind_bottleneck: &'static str,
    /// Kind of an item: an action.
    pub kind_action: &'static str,
    /// An item's owner: {} the owner.
    pub owner: &'static str,
    /// An item without an owner.
    pub no_owner: &'static str,
    /// An item's due date: {} the date.
    pub due: &'static str,
    /// Marks a due date that has passed.
    pub overdue: &'static str,
    /// The heading of the items of one session: {} the date, {} the case.
    pub from: &'static str,
    /// A knelpunt's answer so far: {} the answer.
    pub answer: &'static str,
    /// A note recorded in this terugblik: {} the note.
    pub noted: &'static str,
    /// Marks an item written back to its session in this terugblik.
    pub updated: &'static str,
    /// Marks an item that could not be written back.
    pub not_updated: &'static str,
    /// The hint line under the list: how to go on (names the built-in keys).
    pub hint: &'static str,
    /// Command: the next status of the highlighted item.
    pub cmd_status: &'static str,
    /// Command: note progress on the highlighted item.
    pub cmd_note: &'static str,
    /// Command: note the owner's answer to the highlighted knelpunt.
    pub cmd_answer: &'static str,
    /// Command: leave the terugblik for the method's first phase.
    pub cmd_continue: &'static str,
    /// Command: skip the whole terugblik.
    pub cmd_skip: &'static str,
    /// The note editor's title: {} the item.
    pub editor_note: &'static str,
    /// The answer editor's title: {} the knelpunt.
    pub editor_answer: &'static str,
    /// Status: written back: {} the status, {} the session's date.
    pub saved: &'static str,
    /// Status: not written back: {} the session's date, {} why.
    pub failed: &'static str,
    /// Status: the terugblik was left for the first phase.
    pub left: &'static str,
    /// The header's badge of a practice session.
    pub practice_badge: &'static str,
    /// Set-up: the practice toggle's line: {} yes or no.
    pub setup_practice: &'static str,
    /// Set-up: what a practice session is.
    pub setup_practice_hint: &'static str,
    /// Yes.
    pub yes: &'static str,
    /// No.
    pub no: &'static str,
    /// Command (set-up): practice session on or off.
    pub cmd_practice: &'static str,
    /// Status: practice session on.
    pub practice_on: &'static str,
    /// Status: practice session off.
    pub practice_off: &'static str,
    /// Markdown: the terugblik section's heading.
    pub md_heading: &'static str,
    /// Markdown: an item's origin: {} the session's id.
    pub md_from: &'static str,
    /// Markdown: the line of a practice session.
    pub md_practice: &'static str,
    /// Summary: how many earlier items the terugblik followed up.
    pub summary_followed: Plural,
}

/// Dutch.
pub static NL: TerugblikStrings = TerugblikStrings {
    title: "Terugblik",
    intro: "Open punten uit eerdere sessies van {}, oudste eerst. Wat is ermee gebeurd?",
    kind_bottleneck: "Knelpunt",
    kind_action: "Actie",
    owner: "eigenaar: {}",
    no_owner: "nog geen eigenaar",
    due: "uiterlijk {}",
    overdue: "verlopen",
    from: "Uit de sessie van {} ({})",
    answer: "antwoord: {}",
    noted: "genoteerd: {}",
    updated: "bijgewerkt",
    not_updated: "niet bijgewerkt in die sessie",
    hint: "Tab: verder naar de eerste fase · Esc: terugblik overslaan",
    cmd_status: "status wijzigen",
    cmd_note: "voortgang noteren",
    cmd_answer: "antwoord noteren",
    cmd_continue: "verder naar de eerste fase",
    cmd_skip: "terugblik overslaan",
    editor_note: "Voortgang: {}",
    editor_answer: "Antwoord van de eigenaar: {}",
    saved: "{}: bijgewerkt in de sessie van {}.",
    failed: "Niet bijgewerkt in de sessie van {}: {} Wat je noteerde staat in deze sessie.",
    left: "Terugblik klaar; de eerste fase begint.",
    practice_badge: "oefensessie",
    setup_practice: "Oefensessie: {}",
    setup_practice_hint: "Een oefensessie krijgt geen terugblik en telt niet mee in het register, de tellingen, het zoeken en de rapportages.",
    yes: "ja",
    no: "nee",
    cmd_practice: "oefensessie aan/uit",
    practice_on: "Dit wordt een oefensessie.",
    practice_off: "Dit wordt geen oefensessie.",
    md_heading: "Terugblik",
    md_from: "uit sessie {}",
    md_practice: "Oefensessie: telt niet mee in het register en de tellingen.",
    summary_followed: Plural {
        one: "Terugblik: {} punt uit een eerdere sessie bijgewerkt.",
        other: "Terugblik: {} punten uit eerdere sessies bijgewerkt.",
    },
};

/// English.
pub static EN: TerugblikStrings = TerugblikStrings {
    title: "Looking back",
    intro: "Open items from earlier sessions of {}, oldest first. What became of them?",
    kind_bottleneck: "Bottleneck",
    kind_action: "Action",
    owner: "owner: {}",
    no_owner: "no owner yet",
    due: "due {}",
    overdue: "overdue",
    from: "From the session of {} ({})",
    answer: "answer: {}",
    noted: "noted: {}",
    updated: "updated",
    not_updated: "not updated in that session",
    hint: "Tab: on to the first phase · Esc: skip looking back",
    cmd_status: "change status",
    cmd_note: "note progress",
    cmd_answer: "note the answer",
    cmd_continue: "on to the first phase",
    cmd_skip: "skip looking back",
    editor_note: "Progress: {}",
    editor_answer: "The owner's answer: {}",
    saved: "{}: updated in the session of {}.",
    failed: "Not updated in the session of {}: {} What you noted is kept in this session.",
    left: "Done looking back; the first phase begins.",
    practice_badge: "practice session",
    setup_practice: "Practice session: {}",
    setup_practice_hint: "A practice session does not look back and is left out of the register, counts, search and reports.",
    yes: "yes",
    no: "no",
    cmd_practice: "practice session on/off",
    practice_on: "This will be a practice session.",
    practice_off: "This will not be a practice session.",
    md_heading: "Looking back",
    md_from: "from session {}",
    md_practice: "Practice session: left out of the register and the counts.",
    summary_followed: Plural {
        one: "Looking back: {} item of an earlier session followed up.",
        other: "Looking back: {} items of earlier sessions followed up.",
    },
};
