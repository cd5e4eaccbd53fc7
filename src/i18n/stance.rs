//! What casus says about positions before the reveal and dot-voting: the
//! interface's words ([`StanceStrings`], reached as [`super::Strings::stance`])
//! and the words of exports and counts ([`StanceReview`], reached as
//! [`super::ReviewStrings::stance`]). Their own file, by the rule in
//! [`super`], so that `strings.rs` and `review.rs` stay short; the
//! placeholder test sees these fields as `stance.NAME`.

use super::Plural;

/// Positions and votes on the session screens, in one language.
#[derive(Debug)]
pub struct StanceStrings {
    /// Command: open the position round of this decision point.
    pub cmd_round: &'static str,
    /// Command: show or hide the positions, all at once.
    pub cmd_show: &'static str,
    /// Command (round): record the highlighted option for this participant.
    pub cmd_record: &'static str,
    /// Command (round): write this participant's reason.
    pub cmd_reason: &'static str,
    /// Command (round): mark the highlighted option as what actually happened.
    pub cmd_actual: &'static str,
    /// Command (round, voting): add a participant by initials or role.
    pub cmd_add_voter: &'static str,
    /// Command (round, voting): the previous participant.
    pub cmd_prev_voter: &'static str,
    /// Command (round, voting): the next participant.
    pub cmd_next_voter: &'static str,
    /// Command (round): clear this participant's position.
    pub cmd_clear: &'static str,
    /// Command (round, voting): close the panel.
    pub cmd_close: &'static str,
    /// Command (closing): dot-voting on knelpunten and actions.
    pub cmd_votes: &'static str,
    /// Command (voting): give a dot to the highlighted item.
    pub cmd_vote: &'static str,
    /// Command (voting): take a dot back from the highlighted item.
    pub cmd_unvote: &'static str,
    /// Command (voting): one dot more for everyone.
    pub cmd_more_votes: &'static str,
    /// Command (voting): one dot fewer for everyone.
    pub cmd_fewer_votes: &'static str,
    /// Round: title; {} the decision point's title.
    pub round_title: &'static str,
    /// Round: {} of {} positions recorded.
    pub round_recorded: &'static str,
    /// Round: the position of {} (the participant).
    pub round_for: &'static str,
    /// Round: the row for own words.
    pub round_own: &'static str,
    /// Round: the positions stay hidden until shown.
    pub round_hidden: &'static str,
    /// Round: no participants yet.
    pub round_no_voters: &'static str,
    /// Round: the positions are shown.
    pub round_shown: &'static str,
    /// Beside an option: what actually happened (marked by the facilitator).
    pub actual_mark: &'static str,
    /// Decision point: {} positions recorded, still hidden.
    pub step_hidden: &'static str,
    /// Decision point: heading of the shown positions; {} how many.
    pub step_heading: &'static str,
    /// Decision point: the group agreed.
    pub step_agreed: &'static str,
    /// Status: the position of {} was recorded.
    pub recorded: &'static str,
    /// Status: the position of {} was cleared.
    pub cleared: &'static str,
    /// Status: no position to clear.
    pub nothing_to_clear: &'static str,
    /// Status: positions shown.
    pub shown: &'static str,
    /// Status: positions hidden again.
    pub hidden: &'static str,
    /// Status: marked as what actually happened.
    pub actual_set: &'static str,
    /// Status: the mark was taken away.
    pub actual_cleared: &'static str,
    /// Status: reveal what actually happened before marking it.
    pub actual_first: &'static str,
    /// Status: a reason needs a position first.
    pub reason_first: &'static str,
    /// Status: add a participant first.
    pub voter_first: &'static str,
    /// Editor title: a position in own words.
    pub editor_own: &'static str,
    /// Editor title: the reason of a position.
    pub editor_reason: &'static str,
    /// Editor side field: the reason.
    pub editor_reason_side: &'static str,
    /// Editor title: a new participant (initials or a role).
    pub editor_participant: &'static str,
    /// Voting: title; {} dots per participant.
    pub votes_title: &'static str,
    /// Voting: {} dots of {} left for the participant on show.
    pub votes_left: &'static str,
    /// Voting: nothing to vote on yet.
    pub votes_nothing: &'static str,
    /// Status: {} has no dots left.
    pub votes_none_left: &'static str,
    /// Status: now {} dots per participant.
    pub votes_each: &'static str,
    /// Status: fewer dots than someone already gave is refused.
    pub votes_each_refused: &'static str,
    /// Beside an item: how many dots.
    pub n_votes: Plural,
    /// Summary and closing: knelpunten and actions ranked by dots.
    pub ranked: &'static str,
}

/// Positions and votes in exports and counts, in one language.
#[derive(Debug)]
pub struct StanceReview {
    /// Label: positions before the reveal.
    pub md_positions: &'static str,
    /// Label: the option that actually happened, as marked.
    pub md_actual: &'static str,
    /// The group agreed.
    pub md_agreed: &'static str,
    /// The majority's position: {}.
    pub md_majority: &'static str,
    /// The positions were not shown in the session.
    pub md_not_shown: &'static str,
    /// An own position, in the tally.
    pub md_own: &'static str,
    /// A reason: {}.
    pub md_reason: &'static str,
    /// Beside a knelpunt or action: {} dots.
    pub md_votes: Plural,
    /// Stats: positions at {} decision points; agreed {}; the majority
    /// differed from what happened {} of {} times.
    pub stats_positions: &'static str,
}

/// Dutch.
pub static NL: StanceStrings = StanceStrings {
    cmd_round: "standpuntenronde",
    cmd_show: "standpunten tonen/verbergen",
    cmd_record: "standpunt vastleggen",
    cmd_reason: "reden",
    cmd_actual: "dit gebeurde werkelijk",
    cmd_add_voter: "deelnemer toevoegen",
    cmd_prev_voter: "vorige deelnemer",
    cmd_next_voter: "volgende deelnemer",
    cmd_clear: "standpunt wissen",
    cmd_close: "sluiten",
    cmd_votes: "stemmen met stippen",
    cmd_vote: "stip geven",
    cmd_unvote: "stip terugnemen",
    cmd_more_votes: "meer stippen",
    cmd_fewer_votes: "minder stippen",
    round_title: "Standpuntenronde · {}",
    round_recorded: "{} van {} standpunten vastgelegd",
    round_for: "Standpunt van {}:",
    round_own: "Eigen woorden…",
    round_hidden: "Standpunten blijven verborgen tot ze samen getoond worden.",
    round_no_voters: "Nog geen deelnemers: voeg initialen of een rol toe.",
    round_shown: "Standpunten getoond:",
    actual_mark: "werkelijk gebeurd",
    step_hidden: "Standpunten: {} vastgelegd, nog verborgen.",
    step_heading: "Standpunten ({})",
    step_agreed: "De groep is het eens.",
    recorded: "Standpunt van {} vastgelegd.",
    cleared: "Standpunt van {} gewist.",
    nothing_to_clear: "Nog geen standpunt om te wissen.",
    shown: "Standpunten getoond.",
    hidden: "Standpunten weer verborgen.",
    actual_set: "Gemarkeerd als wat er werkelijk gebeurde.",
    actual_cleared: "Markering weggehaald.",
    actual_first: "Onthul eerst wat er werkelijk gebeurde.",
    reason_first: "Leg eerst een standpunt vast; daarna een reden.",
    voter_first: "Voeg eerst een deelnemer toe (initialen of een rol).",
    editor_own: "Standpunt in eigen woorden",
    editor_reason: "Reden",
    editor_reason_side: "Reden",
    editor_participant: "Nieuwe deelnemer (initialen of rol, geen naam)",
    votes_title: "Stemmen met stippen · {} per deelnemer",
    votes_left: "{}: nog {} van {} stippen",
    votes_nothing: "Nog niets om op te stemmen: noem eerst knelpunten of acties.",
    votes_none_left: "{} heeft geen stippen meer; neem er een terug om te verschuiven.",
    votes_each: "Nu {} stippen per deelnemer.",
    votes_each_refused: "Iemand gaf al zoveel stippen: neem er eerst een terug.",
    n_votes: Plural {
        one: "{} stip",
        other: "{} stippen",
    },
    ranked: "op volgorde van stippen",
};

/// English.
pub static EN: StanceStrings = StanceStrings {
    cmd_round: "position round",
    cmd_show: "show/hide positions",
    cmd_record: "record the position",
    cmd_reason: "reason",
    cmd_actual: "this is what happened",
    cmd_add_voter: "add a participant",
    cmd_prev_voter: "previous participant",
    cmd_next_voter: "next participant",
    cmd_clear: "clear the position",
    cmd_close: "close",
    cmd_votes: "dot-voting",
    cmd_vote: "give a dot",
    cmd_unvote: "take a dot back",
    cmd_more_votes: "more dots",
    cmd_fewer_votes: "fewer dots",
    round_title: "Position round · {}",
    round_recorded: "{} of {} positions recorded",
    round_for: "Position of {}:",
    round_own: "Own words…",
    round_hidden: "Positions stay hidden until they are shown together.",
    round_no_voters: "No participants yet: add initials or a role.",
    round_shown: "Positions shown:",
    actual_mark: "what happened",
    step_hidden: "Positions: {} recorded, still hidden.",
    step_heading: "Positions ({})",
    step_agreed: "The group agrees.",
    recorded: "Position of {} recorded.",
    cleared: "Position of {} cleared.",
    nothing_to_clear: "No position to clear yet.",
    shown: "Positions shown.",
    hidden: "Positions hidden again.",
    actual_set: "Marked as what actually happened.",
    actual_cleared: "Mark taken away.",
    actual_first: "Reveal what actually happened first.",
    reason_first: "Record a position first; then a reason.",
    voter_first: "Add a participant first (initials or a role).",
    editor_own: "Position in own words",
    editor_reason: "Reason",
    editor_reason_side: "Reason",
    editor_participant: "New participant (initials or role, no name)",
    votes_title: "Dot-voting · {} per participant",
    votes_left: "{}: {} of {} dots left",
    votes_nothing: "Nothing to vote on yet: name knelpunten or actions first.",
    votes_none_left: "{} has no dots left; take one back to move it.",
    votes_each: "Now {} dots per participant.",
    votes_each_refused: "Someone already gave that many dots: take one back first.",
    n_votes: Plural {
        one: "{} dot",
        other: "{} dots",
    },
    ranked: "ranked by dots",
};

/// Dutch.
pub static REVIEW_NL: StanceReview = StanceReview {
    md_positions: "Standpunten vóór de onthulling",
    md_actual: "Werkelijk gebeurd (gemarkeerd)",
    md_agreed: "De groep was het eens.",
    md_majority: "Meerderheid: {}",
    md_not_shown: "niet getoond in de sessie",
    md_own: "eigen woorden",
    md_reason: "reden: {}",
    md_votes: Plural {
        one: "{} stip",
        other: "{} stippen",
    },
    stats_positions: "Standpunten bij {} beslismomenten · de groep was het {} keer eens · de meerderheid week {} van {} keer af van wat er werkelijk gebeurde.",
};

/// English.
pub static REVIEW_EN: StanceReview = StanceReview {
    md_positions: "Positions before the reveal",
    md_actual: "What actually happened (marked)",
    md_agreed: "The group agreed.",
    md_majority: "Majority: {}",
    md_not_shown: "not shown in the session",
    md_own: "own words",
    md_reason: "reason: {}",
    md_votes: Plural {
        one: "{} dot",
        other: "{} dots",
    },
    stats_positions: "Positions at {} decision points · the group agreed {} times · the majority differed from what actually happened {} of {} times.",
};
