//! A Meeting of the States Parties, its officers, and the invitees with their invitations and delegations.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::{Date, Delegation, EntityId, Invitation, ObserverRequest};
use crate::i18n::Lang;

/// A meeting's id within its workspace: given when the meeting is made (its short name then, "13MSP"), and
/// kept whatever the meeting is renamed to, so that an edit, a job or a merge points at the same meeting
/// whatever else changes (positions shift when a meeting is added or removed).
#[derive(Clone, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct MeetingId(pub String);

impl From<&str> for MeetingId {
    fn from(id: &str) -> Self {
        Self(id.to_owned())
    }
}

impl std::fmt::Display for MeetingId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// An officer of the meeting: a State (a Vice-Presidency is held by a State) or a named person.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Officer {
    /// ISO alpha-3 code of the State holding the office.
    State(String),
    /// A person, as their name is printed ("H.E. Boudjemâa Delmi"), and the State they come from, if any.
    Person { name: String, state: Option<String> },
}

/// The Bureau of the meeting, and its Executive Secretary (provided by the secretariat, the UN Office for
/// Disarmament Affairs).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Officers {
    pub president: Option<Officer>,
    pub vice_presidents: Vec<Officer>,
    pub secretary_general: Option<Officer>,
    pub executive_secretary: Option<Officer>,
}

/// The note or letter that designates a delegation: only the people it names go into the official List
/// of Participants.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Designation {
    /// The day of the note verbale or letter.
    pub date: Date,
    /// Its reference, as the sender numbered it.
    #[serde(default)]
    pub reference: String,
}

/// The State that takes the first seat of the seating plan, and how it came to: drawn by lot or chosen,
/// on what day, by whom. The plan prints it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FirstSeat {
    /// ISO alpha-3 code of the State.
    pub state: String,
    pub on: Date,
    /// Who drew or chose it, as they gave their name.
    #[serde(default)]
    pub by: String,
    pub by_lot: bool,
}

/// The General Assembly resolution that mandates the meeting: letters cite it. Empty until the organisers
/// say (a letter that cites it is then held back).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Mandate {
    /// "A/RES/67/32".
    pub symbol: String,
    pub adopted: Option<Date>,
}

impl Mandate {
    /// Whether a letter can cite it: a symbol and a date.
    pub fn is_complete(&self) -> bool {
        !self.symbol.trim().is_empty() && self.adopted.is_some()
    }

    /// The resolution's number as running text cites it: "67/32" for "A/RES/67/32".
    pub fn number(&self) -> &str {
        self.symbol
            .trim()
            .strip_prefix("A/RES/")
            .unwrap_or(self.symbol.trim())
    }
}

/// Who signs the letters to organisations: the High Representative for Disarmament Affairs, or whoever
/// the organisers set.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Signatory {
    /// As printed under the signature ("Izumi Nakamitsu").
    pub name: String,
    /// The title in English ("High Representative for Disarmament Affairs"); other languages are in
    /// [`MeetingWords::signatory_title`].
    pub title: String,
}

/// The meeting's words in one language other than English.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct MeetingWords {
    /// "Treizième Assemblée des États parties".
    pub name: String,
    /// "Palais des Nations, Genève", as title blocks print it.
    pub venue: String,
    /// "au Palais des Nations, à Genève", as running text says where the meeting is held.
    pub at_venue: String,
    /// The signatory's title ("Haute Représentante pour les affaires de désarmement").
    pub signatory_title: String,
}

/// The meeting's words in a language, each falling back to English where the language has none.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Words<'a> {
    pub name: &'a str,
    pub venue: &'a str,
    pub at_venue: &'a str,
    pub signatory_title: &'a str,
}

/// One invitee's record for one meeting.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Invitee {
    pub invitation: Invitation,
    pub delegation: Delegation,
    /// A Rule 1.4 request, for an organisation that is not a standing observer.
    pub observer_request: Option<ObserverRequest>,
    /// The note or letter that designated the delegation, once it has come.
    pub designation: Option<Designation>,
}

/// A meeting and everyone invited to it. Participation categories are not stored: they follow from each
/// invitee's kind and the treaty dates on [`Meeting::opening`] ([`crate::model::Workspace::category`]).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Meeting {
    /// The meeting's id, which never changes ([`MeetingId`]); files of format 3 and before get one as
    /// they are read.
    #[serde(default)]
    pub id: MeetingId,
    pub ordinal: u32,
    /// "Thirteenth Meeting of the States Parties".
    pub full_name: String,
    /// "13MSP"; unique within a workspace, it is how the command line names a meeting.
    pub short_name: String,
    pub venue: String,
    pub opening: Date,
    pub closing: Date,
    /// "APLC/MSP.13/2013": documents of the meeting are numbered under it.
    pub symbol_prefix: String,
    /// Where the meeting is held, as English running text says it: "at the Palais des Nations, Geneva".
    #[serde(default)]
    pub at_venue: String,
    /// The meeting's name, venue and signatory's title in French, Spanish and Russian.
    #[serde(default, deserialize_with = "super::unique::map")]
    pub translations: BTreeMap<Lang, MeetingWords>,
    /// The resolution that mandates the meeting (General Assembly resolution 67/32 for the 13MSP).
    #[serde(default)]
    pub mandate: Mandate,
    /// The secretariat's own prefix for the references of its letters ("ODA/GVA/2013/"), not a document
    /// symbol; a letter's reference is the prefix and a number.
    #[serde(default)]
    pub reference_prefix: String,
    #[serde(default)]
    pub signatory: Signatory,
    #[serde(default)]
    pub officers: Officers,
    #[serde(default)]
    pub registration_deadline: Option<Date>,
    /// Seats in the meeting room per delegation; `None` when not set.
    #[serde(default)]
    pub seats_per_delegation: Option<u32>,
    /// The State that takes the first seat of the seating plan, once drawn or chosen.
    #[serde(default)]
    pub first_seat: Option<FirstSeat>,
    /// The number each of the meeting's documents was issued under, after the symbol prefix ("INF.2"
    /// for the List of Participants), by the list's command-line name ("participants"): the app fills the
    /// Export dialog with it and the command line prints it when no other is given.
    #[serde(
        default,
        deserialize_with = "super::unique::map",
        skip_serializing_if = "BTreeMap::is_empty"
    )]
    pub document_numbers: BTreeMap<String, String>,
    /// Every invitee of the meeting, by id; an entity absent from this map is not part of the meeting.
    #[serde(default, deserialize_with = "super::unique::map")]
    pub invitees: BTreeMap<EntityId, Invitee>,
    /// The messages sent (or drafted) to each invitee, oldest first: a record, kept apart from the
    /// invitees so that no undo of an invitee's record forgets a message that went (see `mail.rs`).
    #[serde(
        default,
        deserialize_with = "super::unique::map",
        skip_serializing_if = "BTreeMap::is_empty"
    )]
    pub outbox: BTreeMap<EntityId, Vec<super::MailRecord>>,
    /// Who came on which day (`attendance.rs`): a record of the desk, kept apart from the invitees as
    /// the outbox is, and merged with a colleague's as a union.
    #[serde(
        default,
        deserialize_with = "super::unique::map",
        skip_serializing_if = "BTreeMap::is_empty"
    )]
    pub attendance: super::attendance::Attendance,
}

impl Meeting {
    /// The State that takes the first seat, as the meeting recorded it (drawn by lot or chosen).
    pub fn first_seat_id(&self) -> Option<EntityId> {
        self.first_seat.as_ref().map(|f| EntityId::state(&f.state))
    }

    /// The meeting's own details: the meeting without its invitees and its outbox, which change by edits
    /// of their own (an invitee's record; the record of a message sent). What
    /// `Edit::SetMeetingDetails` carries.
    pub fn details(&self) -> Self {
        let mut details = self.clone_details();
        details.id = self.id.clone();
        details
    }

    /// Whether two meetings' own details are the same (their ids, invitees and outboxes aside).
    pub fn same_details(&self, other: &Self) -> bool {
        self.clone_details() == other.clone_details()
    }

    /// The details without the id. The struct is written out field by field, so that a field added to
    /// the meeting fails to compile here until it is said to be a detail or to change elsewhere.
    fn clone_details(&self) -> Self {
        Self {
            // The id never changes: edits point at it.
            id: MeetingId::default(),
            ordinal: self.ordinal,
            full_name: self.full_name.clone(),
            short_name: self.short_name.clone(),
            venue: self.venue.clone(),
            opening: self.opening,
            closing: self.closing,
            symbol_prefix: self.symbol_prefix.clone(),
            at_venue: self.at_venue.clone(),
            translations: self.translations.clone(),
            mandate: self.mandate.clone(),
            reference_prefix: self.reference_prefix.clone(),
            signatory: self.signatory.clone(),
            officers: self.officers.clone(),
            registration_deadline: self.registration_deadline,
            seats_per_delegation: self.seats_per_delegation,
            first_seat: self.first_seat.clone(),
            document_numbers: self.document_numbers.clone(),
            // Invitees change through `Edit::PutInvitee`.
            invitees: BTreeMap::new(),
            // The outbox is a record, not undone: it changes through `Document::record_mail`.
            outbox: BTreeMap::new(),
            // Who came changes through `Edit::PutArrival`.
            attendance: BTreeMap::new(),
        }
    }

    /// Puts the details of `new` in place of this meeting's (its id, invitees and outbox stay), and
    /// returns the details it had.
    pub fn swap_details(&mut self, new: Self) -> Self {
        let old = self.details();
        let invitees = std::mem::take(&mut self.invitees);
        let outbox = std::mem::take(&mut self.outbox);
        let attendance = std::mem::take(&mut self.attendance);
        let id = self.id.clone();
        *self = Self {
            id,
            invitees,
            outbox,
            attendance,
            ..new
        };
        old
    }

    /// Puts `record` in the outbox of `id`, in place of the record of the same Message-ID if there is
    /// one.
    pub fn record_mail(&mut self, id: &EntityId, record: super::MailRecord) {
        let records = self.outbox.entry(id.clone()).or_default();
        match records
            .iter_mut()
            .find(|r| r.message_id == record.message_id)
        {
            Some(existing) => *existing = record,
            None => records.push(record),
        }
    }

    /// The messages to `id`, oldest first.
    pub fn mail_to(&self, id: &EntityId) -> &[super::MailRecord] {
        self.outbox.get(id).map_or(&[], Vec::as_slice)
    }

    /// The meeting's words in `lang`: English from the meeting's own fields, another language from its
    /// translations, with English for what the translation lacks (see [`Meeting::untranslated`]).
    pub fn words(&self, lang: Lang) -> Words<'_> {
        let english = Words {
            name: &self.full_name,
            venue: &self.venue,
            at_venue: &self.at_venue,
            signatory_title: &self.signatory.title,
        };
        let Some(words) = self.translations.get(&lang).filter(|_| lang != Lang::En) else {
            return english;
        };
        fn or<'a>(text: &'a str, english: &'a str) -> &'a str {
            if text.trim().is_empty() {
                english
            } else {
                text
            }
        }
        Words {
            name: or(&words.name, english.name),
            venue: or(&words.venue, english.venue),
            at_venue: or(&words.at_venue, english.at_venue),
            signatory_title: or(&words.signatory_title, english.signatory_title),
        }
    }

    /// Whether the meeting's name and venue are given in `lang`, so a document in that language does not
    /// fall back to English.
    pub fn untranslated(&self, lang: Lang) -> bool {
        lang != Lang::En
            && self
                .translations
                .get(&lang)
                .is_none_or(|w| w.name.trim().is_empty() || w.venue.trim().is_empty())
    }

    /// The people of whom a list in English, French or Spanish would print something in another script
    /// than Latin (a name with no spelling for lists, an honorific or a function), with their delegation,
    /// in the order of the invitees.
    pub fn names_not_in_latin(&self) -> Vec<(&EntityId, &super::Member)> {
        self.invitees
            .iter()
            .flat_map(|(id, invitee)| invitee.delegation.members.iter().map(move |m| (id, m)))
            .filter(|(_, m)| m.needs_latin_spelling() || !m.titles_not_in_latin().is_empty())
            .collect()
    }

    /// The number of people across all delegations.
    pub fn people(&self) -> usize {
        self.invitees
            .values()
            .map(|i| i.delegation.members.len())
            .sum()
    }

    /// The number of delegations with at least one member.
    pub fn delegations(&self) -> usize {
        self.invitees
            .values()
            .filter(|i| !i.delegation.is_empty())
            .count()
    }
}
