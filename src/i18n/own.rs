//! What casus says about an own case (eigen inbreng): the set-up's row, the
//! inbrenger's preparation, the decision points added live, and keeping the
//! case as a case file. Its own file beside the interface table (the same
//! rule: these are the interface's words); [`super::Strings::own`] points here.

/// The own case, in one language.
#[derive(Debug)]
pub struct OwnStrings {
    /// The first row of the set-up's case list.
    pub case_row: &'static str,
    /// The preview of that row.
    pub case_row_preview: &'static str,
    /// The title of an own case before the group names it.
    pub default_title: &'static str,
    /// How to anonymise, shown at the start of the preparation.
    pub privacy_reminder: &'static str,
    /// Heading of the preparation page.
    pub prep_title: &'static str,
    /// Under the heading: how the questions go.
    pub prep_hint: &'static str,
    /// A preparation field that is still empty.
    pub empty: &'static str,
    /// Field: the case's title.
    pub field_title: &'static str,
    /// Field: the inbrenger's role.
    pub field_role: &'static str,
    /// Question 1.
    pub field_question: &'static str,
    /// Question 2.
    pub field_happened: &'static str,
    /// Question 3.
    pub field_tried: &'static str,
    /// Question 4.
    pub field_wish: &'static str,
    /// In the case's context: who brought it, `{}` the role.
    pub context_role: &'static str,
    /// Context heading of question 1.
    pub context_question: &'static str,
    /// Context heading of question 2.
    pub context_happened: &'static str,
    /// Context heading of question 3.
    pub context_tried: &'static str,
    /// Context heading of question 4.
    pub context_wish: &'static str,
    /// The case's summary when there is no question yet, `{}` the role.
    pub summary_role: &'static str,
    /// Editor title: a new decision point.
    pub editor_new_step: &'static str,
    /// Editor title: a decision point's title.
    pub editor_step_title: &'static str,
    /// Editor title: a decision point's situation.
    pub editor_step_situation: &'static str,
    /// Editor title: a decision point's question.
    pub editor_step_question: &'static str,
    /// Editor title: a decision point's options.
    pub editor_step_options: &'static str,
    /// Editor title: what actually happened.
    pub editor_step_outcome: &'static str,
    /// Editor title: the facilitator's note.
    pub editor_step_notes: &'static str,
    /// Editor title: removing a decision point (never shown as an editor).
    pub editor_step: &'static str,
    /// The Steps phase of an own case without decision points.
    pub no_steps: &'static str,
    /// A decision point field not filled in yet.
    pub not_yet: &'static str,
    /// Command: add a decision point.
    pub cmd_add_step: &'static str,
    /// Command: edit the decision point, field by field.
    pub cmd_edit_step: &'static str,
    /// Command: move the decision point earlier.
    pub cmd_move_up: &'static str,
    /// Command: move the decision point later.
    pub cmd_move_down: &'static str,
    /// Command: remove the decision point (asks first).
    pub cmd_remove_step: &'static str,
    /// Command: edit the preparation.
    pub cmd_edit_own: &'static str,
    /// Command: write what happened (an own case's decision point without one).
    pub cmd_write_outcome: &'static str,
    /// Command (summary): keep the own case as a case file.
    pub cmd_export_case: &'static str,
    /// The question before removing a decision point, `{}` its title.
    pub confirm_remove_step: &'static str,
    /// Status: a decision point moved.
    pub moved: &'static str,
    /// Status: the case file was written, `{}` its path.
    pub case_written: &'static str,
    /// Status or error: the case file could not be written, `{}` path, `{}` why.
    pub case_failed: &'static str,
    /// Status: personal data in the case, `{}` the kinds; the key again writes.
    pub case_personal: &'static str,
    /// Error: an own case without decision points is no case file yet.
    pub case_no_steps: &'static str,
    /// Error: the session has no own case.
    pub case_not_own: &'static str,
    /// Error: the file exists and is not overwritten, `{}` its path.
    pub case_exists: &'static str,
    /// Error: a BSN in the case: nothing written.
    pub case_bsn: &'static str,
    /// Warning (command line): personal data at `{}` path, `{}` line, `{}` column, `{}` kind.
    pub case_personal_at: &'static str,
    /// Error: no config folder for `cases/`.
    pub case_no_config: &'static str,
    /// Error: `--with-notes` only goes with `--format case`.
    pub with_notes_needs_case: &'static str,
    /// Error: `--format case` exports one session.
    pub case_one_session: &'static str,
}

/// Dutch.
pub static NL: OwnStrings = OwnStrings {
    case_row: "✚ Eigen casus inbrengen",
    case_row_preview: "Een deelnemer brengt een situatie uit het eigen werk in. Eerst een paar voorbereidende vragen (elk mag leeg blijven); de beslismomenten voegt de groep tijdens de sessie toe met +.",
    default_title: "Eigen casus",
    privacy_reminder: "Anonimiseer: noem rollen (moeder, leerkracht, jeugdconsulent), geen namen; geen geboortedata; geen kleine plaatsen, scholen of straten.",
    prep_title: "Voorbereiding van de inbrenger",
    prep_hint: "Elke vraag mag leeg blijven. Esc bewaart en gaat naar de volgende; later aanpassen met C (Shift-c).",
    empty: "(leeg)",
    field_title: "Titel van de casus",
    field_role: "Rol van de inbrenger (geen naam)",
    field_question: "Wat is je vraag aan de groep?",
    field_happened: "Wat is er gebeurd?",
    field_tried: "Wat heb je al geprobeerd?",
    field_wish: "Wat wil je van de groep?",
    context_role: "Ingebracht door: {}",
    context_question: "Vraag aan de groep",
    context_happened: "Wat er gebeurde",
    context_tried: "Al geprobeerd",
    context_wish: "Wat de inbrenger van de groep wil",
    summary_role: "Eigen casus, ingebracht door: {}",
    editor_new_step: "Nieuw beslismoment (eerste regel: titel, daarna de situatie)",
    editor_step_title: "Beslismoment: titel",
    editor_step_situation: "Beslismoment: situatie",
    editor_step_question: "Beslismoment: vraag",
    editor_step_options: "Beslismoment: opties (één per regel)",
    editor_step_outcome: "Wat er werkelijk gebeurde",
    editor_step_notes: "Notitie voor de gespreksleider",
    editor_step: "Beslismoment",
    no_steps: "Nog geen beslismomenten. Druk + om er een toe te voegen: één regel is genoeg.",
    not_yet: "nog niet ingevuld (w)",
    cmd_add_step: "beslismoment toevoegen",
    cmd_edit_step: "beslismoment bewerken",
    cmd_move_up: "beslismoment eerder",
    cmd_move_down: "beslismoment later",
    cmd_remove_step: "beslismoment verwijderen",
    cmd_edit_own: "voorbereiding bewerken",
    cmd_write_outcome: "wat er werkelijk gebeurde schrijven",
    cmd_export_case: "als casusbestand bewaren",
    confirm_remove_step: "Beslismoment „{}” verwijderen, met besluit en reflecties? Enter: ja · Esc: nee",
    moved: "Beslismoment verplaatst.",
    case_written: "Casusbestand bewaard: {}",
    case_failed: "Casusbestand {} niet bewaard: {}",
    case_personal: "Let op: {} in de casus. Druk nogmaals c om toch te bewaren.",
    case_no_steps: "Nog geen beslismomenten: een casusbestand heeft er minstens één nodig.",
    case_not_own: "Deze sessie heeft geen eigen casus: alleen een eigen casus wordt als casusbestand bewaard.",
    case_exists: "{} bestaat al en wordt niet overschreven; kies een ander bestand met -o.",
    case_bsn: "De casus bevat een BSN: er is niets bewaard.",
    case_personal_at: "casus: {}:{}:{}: mogelijk persoonsgegeven ({}), bekijk dit voor je de casus deelt",
    case_no_config: "Er is geen configuratiemap voor cases/; geef een bestand met -o.",
    with_notes_needs_case: "--with-notes hoort bij --format case.",
    case_one_session: "--format case bewaart één sessie, niet --all.",
};

/// English.
pub static EN: OwnStrings = OwnStrings {
    case_row: "✚ Bring your own case",
    case_row_preview: "A participant brings a situation from their own work. First a few preparation questions (each may stay empty); the group adds the decision points during the session with +.",
    default_title: "Own case",
    privacy_reminder: "Anonymise: use roles (mother, teacher, youth worker), no names; no birth dates; no small places, schools or streets.",
    prep_title: "The inbrenger's preparation",
    prep_hint: "Every question may stay empty. Esc keeps it and goes to the next; change it later with C (Shift-c).",
    empty: "(empty)",
    field_title: "Title of the case",
    field_role: "Role of the inbrenger (no name)",
    field_question: "What is your question to the group?",
    field_happened: "What happened?",
    field_tried: "What have you tried already?",
    field_wish: "What do you want from the group?",
    context_role: "Brought in by: {}",
    context_question: "Question to the group",
    context_happened: "What happened",
    context_tried: "Tried already",
    context_wish: "What the inbrenger wants from the group",
    summary_role: "Own case, brought in by: {}",
    editor_new_step: "New decision point (first line: title, then the situation)",
    editor_step_title: "Decision point: title",
    editor_step_situation: "Decision point: situation",
    editor_step_question: "Decision point: question",
    editor_step_options: "Decision point: options (one per line)",
    editor_step_outcome: "What actually happened",
    editor_step_notes: "Note for the facilitator",
    editor_step: "Decision point",
    no_steps: "No decision points yet. Press + to add one: one line is enough.",
    not_yet: "not filled in yet (w)",
    cmd_add_step: "add a decision point",
    cmd_edit_step: "edit the decision point",
    cmd_move_up: "decision point earlier",
    cmd_move_down: "decision point later",
    cmd_remove_step: "remove the decision point",
    cmd_edit_own: "edit the preparation",
    cmd_write_outcome: "write what actually happened",
    cmd_export_case: "keep as a case file",
    confirm_remove_step: "Remove decision point “{}” with its decision and reflections? Enter: yes · Esc: no",
    moved: "Decision point moved.",
    case_written: "Case file kept: {}",
    case_failed: "Case file {} not kept: {}",
    case_personal: "Note: {} in the case. Press c again to keep it anyway.",
    case_no_steps: "No decision points yet: a case file needs at least one.",
    case_not_own: "This session has no own case: only an own case is kept as a case file.",
    case_exists: "{} exists and is not overwritten; choose another file with -o.",
    case_bsn: "The case holds a BSN: nothing was kept.",
    case_personal_at: "casus: {}:{}:{}: possible personal data ({}), look at it before you share the case",
    case_no_config: "There is no config folder for cases/; give a file with -o.",
    with_notes_needs_case: "--with-notes goes with --format case.",
    case_one_session: "--format case keeps one session, not --all.",
};
