//! A meeting merged: its own fields, its invitees record by record, each invitation and delegation field
//! by field (the invitation as sent, and the reply with its day, each moving as one), and a delegation's
//! people by id in their protocol order.

use std::collections::BTreeMap;

use super::{Change, Merger, Part, Record, Shown, Together, in_order, merge_order, union_outbox};
use crate::model::{Invitee, Meeting, MeetingId, Member, PersonId};

impl Merger<'_> {
    /// The meetings, by id, in this side's order with the other side's new meetings after.
    pub(super) fn meetings(
        &mut self,
        base: &[Meeting],
        mine: &[Meeting],
        theirs: &[Meeting],
    ) -> Vec<Meeting> {
        let by_id = |list: &[Meeting]| -> BTreeMap<MeetingId, Meeting> {
            list.iter().map(|m| (m.id.clone(), m.clone())).collect()
        };
        let merged = self.records(
            (&by_id(base), &by_id(mine), &by_id(theirs)),
            |id| Record::Meeting(id.clone()),
            |m| Shown::Text(m.short_name.clone()),
            Self::meeting,
        );
        let ids =
            |list: &[Meeting]| -> Vec<MeetingId> { list.iter().map(|m| m.id.clone()).collect() };
        in_order(merge_order(&ids(base), &ids(mine), &ids(theirs)), merged)
    }

    fn meeting(
        &mut self,
        at: &Record,
        (base, mine, theirs): (Option<&Meeting>, &Meeting, &Meeting),
    ) -> Meeting {
        let Record::Meeting(id) = at else {
            return mine.clone();
        };
        let Meeting {
            id: _,
            ordinal,
            full_name,
            short_name,
            venue,
            opening,
            closing,
            symbol_prefix,
            at_venue,
            translations,
            mandate,
            reference_prefix,
            signatory,
            officers,
            registration_deadline,
            seats_per_delegation,
            first_seat,
            document_numbers,
            invitees,
            outbox,
            attendance,
        } = mine;
        let t = theirs;
        macro_rules! f {
            ($name:ident, $part:ident) => {
                self.field(at, Part::$part, (base.map(|b| &b.$name), $name, &t.$name))
            };
        }
        let empty_words = BTreeMap::new();
        let empty_numbers = BTreeMap::new();
        let empty_invitees = BTreeMap::new();
        let meeting_id = id.clone();
        Meeting {
            id: id.clone(),
            ordinal: f!(ordinal, Ordinal),
            full_name: f!(full_name, FullName),
            short_name: f!(short_name, ShortName),
            venue: f!(venue, Venue),
            opening: f!(opening, Opening),
            closing: f!(closing, Closing),
            symbol_prefix: f!(symbol_prefix, SymbolPrefix),
            at_venue: f!(at_venue, AtVenue),
            translations: self.values(
                at,
                Part::Translation,
                (
                    base.map_or(&empty_words, |b| &b.translations),
                    translations,
                    &t.translations,
                ),
            ),
            mandate: f!(mandate, Mandate),
            reference_prefix: f!(reference_prefix, ReferencePrefix),
            signatory: f!(signatory, Signatory),
            officers: f!(officers, Officers),
            registration_deadline: f!(registration_deadline, RegistrationDeadline),
            seats_per_delegation: f!(seats_per_delegation, SeatsPerDelegation),
            first_seat: f!(first_seat, FirstSeat),
            document_numbers: self.values(
                at,
                Part::DocumentNumber,
                (
                    base.map_or(&empty_numbers, |b| &b.document_numbers),
                    document_numbers,
                    &t.document_numbers,
                ),
            ),
            invitees: self.records(
                (
                    base.map_or(&empty_invitees, |b| &b.invitees),
                    invitees,
                    &t.invitees,
                ),
                |entity| Record::Invitee(meeting_id.clone(), entity.clone()),
                |_| Shown::Word("merge-invitee"),
                Self::invitee,
            ),
            outbox: union_outbox(outbox, &t.outbox),
            attendance: crate::model::attendance::merge(
                base.map(|b| &b.attendance),
                attendance,
                &t.attendance,
            ),
        }
    }

    fn invitee(
        &mut self,
        at: &Record,
        (base, mine, theirs): (Option<&Invitee>, &Invitee, &Invitee),
    ) -> Invitee {
        let Invitee {
            invitation,
            delegation,
            observer_request,
            designation,
        } = mine;
        let t = theirs;
        let bi = base.map(|b| &b.invitation);
        let crate::model::Invitation {
            status: _,
            sent: _,
            channel: _,
            reference: _,
            reminders,
            reply: _,
            reply_date: _,
            notes,
        } = invitation;
        // What belongs together moves together: the invitation as sent (status, day, channel,
        // reference), and the reply with the day it came.
        let sent = |i: &crate::model::Invitation| {
            Together((i.status, i.sent, i.channel, i.reference.clone()))
        };
        let reply = |i: &crate::model::Invitation| Together((i.reply, i.reply_date));
        let Together((status, sent, channel, reference)) = self.field(
            at,
            Part::Invitation,
            (
                bi.map(sent).as_ref(),
                &sent(invitation),
                &sent(&t.invitation),
            ),
        );
        let Together((reply, reply_date)) = self.field(
            at,
            Part::Reply,
            (
                bi.map(reply).as_ref(),
                &reply(invitation),
                &reply(&t.invitation),
            ),
        );
        let invitation = crate::model::Invitation {
            status,
            sent,
            channel,
            reference,
            reminders: self.field(
                at,
                Part::Reminders,
                (bi.map(|b| &b.reminders), reminders, &t.invitation.reminders),
            ),
            reply,
            reply_date,
            notes: self.field(
                at,
                Part::Notes,
                (bi.map(|b| &b.notes), notes, &t.invitation.notes),
            ),
        };
        let bd = base.map(|b| &b.delegation);
        let crate::model::Delegation {
            members,
            credentials,
            accessible_seat,
        } = delegation;
        let td = &t.delegation;
        let delegation = crate::model::Delegation {
            members: self.members(at, (bd.map(|d| d.members.as_slice()), members, &td.members)),
            credentials: self.field(
                at,
                Part::Credentials,
                (bd.map(|b| &b.credentials), credentials, &td.credentials),
            ),
            accessible_seat: self.field(
                at,
                Part::AccessibleSeat,
                (
                    bd.map(|b| &b.accessible_seat),
                    accessible_seat,
                    &td.accessible_seat,
                ),
            ),
        };
        Invitee {
            invitation,
            delegation,
            observer_request: self.field(
                at,
                Part::ObserverRequest,
                (
                    base.map(|b| &b.observer_request),
                    observer_request,
                    &t.observer_request,
                ),
            ),
            designation: self.field(
                at,
                Part::Designation,
                (base.map(|b| &b.designation), designation, &t.designation),
            ),
        }
    }

    /// A delegation's people, by id, field by field, in protocol order merged as [`merge_order`] does.
    fn members(
        &mut self,
        at: &Record,
        (base, mine, theirs): (Option<&[Member]>, &[Member], &[Member]),
    ) -> Vec<Member> {
        let Record::Invitee(meeting, invitee) = at else {
            return mine.to_vec();
        };
        let by_id = |list: &[Member]| -> BTreeMap<PersonId, Member> {
            list.iter().map(|m| (m.id, m.clone())).collect()
        };
        let empty = BTreeMap::new();
        let base_map = base.map(by_id);
        let merged = self.records(
            (
                base_map.as_ref().unwrap_or(&empty),
                &by_id(mine),
                &by_id(theirs),
            ),
            |person| Record::Person(meeting.clone(), invitee.clone(), *person),
            |m| Shown::Text(m.display_name()),
            Self::member,
        );
        let ids = |list: &[Member]| -> Vec<PersonId> { list.iter().map(|m| m.id).collect() };
        let order = merge_order(&base.map(ids).unwrap_or_default(), &ids(mine), &ids(theirs));
        let merged = in_order(order, merged);
        // The other side's moves, taken: said as a change of the protocol order, so that a merge
        // that only reorders a delegation is not reported as taking nothing.
        let kept = |list: &[Member], other: &[Member]| -> Vec<PersonId> {
            list.iter()
                .map(|m| m.id)
                .filter(|id| other.iter().any(|o| o.id == *id))
                .collect()
        };
        if kept(mine, &merged) != kept(&merged, mine) {
            let names = |list: &[Member]| {
                Shown::Several(list.iter().map(|m| Shown::Text(m.display_name())).collect())
            };
            self.taken.push(Change {
                record: at.clone(),
                field: Part::ProtocolOrder,
                entry: None,
                from: names(mine),
                to: names(&merged),
            });
        }
        merged
    }

    fn member(
        &mut self,
        at: &Record,
        (base, mine, theirs): (Option<&Member>, &Member, &Member),
    ) -> Member {
        let Member {
            id,
            role,
            honorific,
            given_name,
            family_name,
            function,
            gender,
            email,
            phone,
            latin_given_name,
            latin_family_name,
        } = mine;
        let t = theirs;
        macro_rules! f {
            ($name:ident, $part:ident) => {
                self.field(at, Part::$part, (base.map(|b| &b.$name), $name, &t.$name))
            };
        }
        Member {
            id: *id,
            role: f!(role, Role),
            honorific: f!(honorific, Honorific),
            given_name: f!(given_name, GivenName),
            family_name: f!(family_name, FamilyName),
            function: f!(function, Function),
            gender: f!(gender, Gender),
            email: f!(email, PersonEmail),
            phone: f!(phone, Phone),
            latin_given_name: f!(latin_given_name, LatinGivenName),
            latin_family_name: f!(latin_family_name, LatinFamilyName),
        }
    }
}
