//! The words of the register as a working list (issue 13): the filter
//! tokens of follow-up (`actie:`, `niveau:`, `ouder:`, `oefen:`), the
//! columns of `casus list bottlenecks|actions`, and the register screen's
//! tabs, fields and commands. Reached as [`super::ReviewStrings::register`]
//! and [`super::Strings::register`] (the same table); the placeholder test
//! sees these fields as `register.NAME`.

/// The register's words, in one language.
#[derive(Debug)]
pub struct RegisterStrings {
    /// A number of actions.
    pub n_actions: super::Plural,
    /// Bad `actie:` value: {} token, {} value.
    pub filter_bad_action: &'static str,
    /// Bad `niveau:` value: {} token, {} value.
    pub filter_bad_level: &'static str,
    /// Bad `ouder:` value: {} token, {} value.
    pub filter_bad_age: &'static str,
    /// Bad `oefen:` value: {} token, {} value.
    pub filter_bad_practice: &'static str,
    /// Column: the session's id.
    pub col_session: &'static str,
    /// Column: the item's id.
    pub col_item: &'static str,
    /// Column: the day the session started.
    pub col_date: &'static str,
    /// Column: the group.
    pub col_group: &'static str,
    /// Column: the case.
    pub col_case: &'static str,
    /// Column: where it was named.
    pub col_step: &'static str,
    /// Column: the knelpunt's text.
    pub col_bottleneck: &'static str,
    /// Column: the action's text.
    pub col_action: &'static str,
    /// Column: the level.
    pub col_level: &'static str,
    /// Column: themes.
    pub col_themes: &'static str,
    /// Column: owner.
    pub col_owner: &'static str,
    /// Column: the date by which something is expected.
    pub col_due: &'static str,
    /// Column: status.
    pub col_status: &'static str,
    /// Column: the day the status last changed.
    pub col_changed: &'static str,
    /// Column: the owner's answer.
    pub col_answer: &'static str,
    /// Column: linked knelpunten in other sessions.
    pub col_links: &'static str,
    /// Column: dot-votes.
    pub col_votes: &'static str,
    /// Column: days since the session.
    pub col_age: &'static str,
    /// Column: how many sessions raised the signal.
    pub col_signal: &'static str,
    /// Column: the signal's number in the register.
    pub col_signal_no: &'static str,
    /// A yes in a table or Dutch CSV cell.
    pub yes: &'static str,
    /// Marks an item open longer than 90 days.
    pub stale: &'static str,
    /// Nothing to list: no knelpunten pass.
    pub no_bottlenecks: &'static str,
    /// Nothing to list: no actions pass.
    pub no_actions: &'static str,
    /// `--format csv` for a list other than bottlenecks or actions.
    pub list_csv_only: &'static str,
    /// TUI tab: the knelpunten.
    pub tab_bottlenecks: &'static str,
    /// TUI tab: the actions.
    pub tab_actions: &'static str,
    /// TUI: the key that switches: {} the key.
    pub tab_switch: &'static str,
    /// TUI summary: {} items open longer than 90 days.
    pub count_stale: &'static str,
    /// TUI summary: {} signals raised in more than one session.
    pub count_signals: &'static str,
    /// TUI: no actions.
    pub actions_empty: &'static str,
    /// TUI column: action / where agreed.
    pub actions_what_where: &'static str,
    /// TUI: no level set.
    pub no_level: &'static str,
    /// TUI: {} the due date.
    pub due_on: &'static str,
    /// TUI: {} days since the session.
    pub age_days: &'static str,
    /// TUI: the signal was raised in {} sessions.
    pub signal_of: &'static str,
    /// TUI: the answer line's label.
    pub answer_label: &'static str,
    /// TUI field label: the due date.
    pub field_due: &'static str,
    /// TUI field label: the answer.
    pub field_answer: &'static str,
    /// TUI: how the field is left.
    pub field_hint: &'static str,
    /// TUI: {} is not a date.
    pub bad_due: &'static str,
    /// TUI: a BSN in the field is refused.
    pub field_bsn: &'static str,
    /// TUI: {} the marked knelpunt.
    pub marked: &'static str,
    /// TUI: the mark was removed.
    pub unmarked: &'static str,
    /// TUI: sign before the marked row.
    pub marked_sign: &'static str,
    /// Command: edit the due date.
    pub cmd_due: &'static str,
    /// Command: edit the answer.
    pub cmd_answer: &'static str,
    /// Command: the next level.
    pub cmd_level: &'static str,
    /// Command: mark, then link two knelpunten.
    pub cmd_link: &'static str,
    /// Command: knelpunten or actions.
    pub cmd_switch_list: &'static str,
}

/// Dutch.
pub static NL: RegisterStrings = RegisterStrings {
    n_actions: super::Plural {
        one: "{} actie",
        other: "{} acties",
    },
    filter_bad_action: "{}:{} bestaat niet; kies open, gedaan of vervallen.",
    filter_bad_level: "{}:{} is geen niveau; kies team, organisatie, gemeente, regio of landelijk.",
    filter_bad_age: "{}:{} is geen aantal dagen; schrijf bijvoorbeeld ouder:90 (langer dan 90 dagen open).",
    filter_bad_practice: "{}:{} bestaat niet; kies oefen:ja (alleen oefensessies), oefen:nee (zonder, de standaard) of oefen:alles.",
    col_session: "sessie",
    col_item: "id",
    col_date: "datum",
    col_group: "groep",
    col_case: "casus",
    col_step: "waar genoemd",
    col_bottleneck: "knelpunt",
    col_action: "actie",
    col_level: "niveau",
    col_themes: "thema's",
    col_owner: "eigenaar",
    col_due: "uiterlijk",
    col_status: "status",
    col_changed: "gewijzigd",
    col_answer: "antwoord",
    col_links: "gekoppeld",
    col_votes: "stippen",
    col_age: "dagen",
    col_signal: "sessies",
    col_signal_no: "signaal",
    yes: "ja",
    stale: "lang open",
    no_bottlenecks: "Geen knelpunten die door het filter komen.",
    no_actions: "Geen acties die door het filter komen.",
    list_csv_only: "--format csv is er voor `casus list bottlenecks` en `casus list actions`.",
    tab_bottlenecks: "Knelpunten",
    tab_actions: "Acties",
    tab_switch: "({} wisselt)",
    count_stale: "{} langer dan 90 dagen open",
    count_signals: "{} gekoppeld",
    actions_empty: "Geen acties in deze sessies.",
    actions_what_where: "actie / waar afgesproken",
    no_level: "geen niveau",
    due_on: "uiterlijk {}",
    age_days: "{} d",
    signal_of: "signaal uit {} sessies",
    answer_label: "antwoord",
    field_due: "Uiterlijk (2027-01-15 of 15-1-2027)",
    field_answer: "Antwoord",
    field_hint: "Enter of Esc bewaart; leeg laten = leeg veld",
    bad_due: "{} is geen datum; schrijf 2027-01-15 of 15-1-2027, of laat het leeg.",
    field_bsn: "Niet bewaard: de tekst bevat een BSN. Haal het weg.",
    marked: "Gemarkeerd: {}. Kies het knelpunt dat hetzelfde signaal is en koppel het.",
    unmarked: "Markering weggehaald.",
    marked_sign: "gemarkeerd",
    cmd_due: "uiterlijke datum",
    cmd_answer: "antwoord",
    cmd_level: "volgend niveau",
    cmd_link: "markeren / koppelen",
    cmd_switch_list: "knelpunten / acties",
};

/// English.
pub static EN: RegisterStrings = RegisterStrings {
    n_actions: super::Plural {
        one: "{} action",
        other: "{} actions",
    },
    filter_bad_action: "{}:{} does not exist; choose open, done or dropped.",
    filter_bad_level: "{}:{} is not a level; choose team, organisation, municipality, region or national.",
    filter_bad_age: "{}:{} is not a number of days; write for example older:90 (open longer than 90 days).",
    filter_bad_practice: "{}:{} does not exist; choose practice:yes (only practice sessions), practice:no (without them, the default) or practice:all.",
    col_session: "session",
    col_item: "id",
    col_date: "date",
    col_group: "group",
    col_case: "case",
    col_step: "where named",
    col_bottleneck: "bottleneck",
    col_action: "action",
    col_level: "level",
    col_themes: "themes",
    col_owner: "owner",
    col_due: "due",
    col_status: "status",
    col_changed: "changed",
    col_answer: "answer",
    col_links: "links",
    col_votes: "votes",
    col_age: "days",
    col_signal: "sessions",
    col_signal_no: "signal",
    yes: "yes",
    stale: "open long",
    no_bottlenecks: "No bottlenecks pass the filter.",
    no_actions: "No actions pass the filter.",
    list_csv_only: "--format csv is for `casus list bottlenecks` and `casus list actions`.",
    tab_bottlenecks: "Bottlenecks",
    tab_actions: "Actions",
    tab_switch: "({} switches)",
    count_stale: "{} open longer than 90 days",
    count_signals: "{} linked",
    actions_empty: "No actions in these sessions.",
    actions_what_where: "action / where agreed",
    no_level: "no level",
    due_on: "due {}",
    age_days: "{} d",
    signal_of: "signal from {} sessions",
    answer_label: "answer",
    field_due: "Due (2027-01-15 or 15-1-2027)",
    field_answer: "Answer",
    field_hint: "Enter or Esc saves; leave empty to clear",
    bad_due: "{} is not a date; write 2027-01-15 or 15-1-2027, or leave it empty.",
    field_bsn: "Not saved: the text holds a BSN. Remove it.",
    marked: "Marked: {}. Choose the bottleneck that is the same signal and link it.",
    unmarked: "Mark removed.",
    marked_sign: "marked",
    cmd_due: "due date",
    cmd_answer: "answer",
    cmd_level: "next level",
    cmd_link: "mark / link",
    cmd_switch_list: "bottlenecks / actions",
};
