//! The parts of a record a merge compares, each named by the label its form shows ("Reply", "Sent on"),
//! in the interface's words. A part is one field, or fields that only make sense together (a reply and
//! the day it came; an invitation's status, date, channel and reference; an address's lines; the
//! addressee's name, title and salutation): those move together, so a choice in a conflict takes the
//! whole group and never leaves a reply with another side's date.

use super::ToShown;
use super::shown::{Shown, parts};

/// Declares [`Part`], the list of every part, and each part's label, so that a part added without a
/// label fails to compile.
macro_rules! parts {
    ($($(#[$doc:meta])* $name:ident => $label:literal,)*) => {
        /// A part of a record: what a conflict or a change is about.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Part {
            $($(#[$doc])* $name,)*
        }

        impl Part {
            /// Every part, for the test that each has its label in every language.
            pub const ALL: &'static [Self] = &[$(Self::$name,)*];

            /// The message id of the part's label: the one its form shows, where a form shows it.
            pub fn label_id(self) -> &'static str {
                match self {
                    $(Self::$name => $label,)*
                }
            }
        }
    };
}

parts! {
    /// The whole record: one side added or removed it.
    Record => "field-record",
    WorkspaceName => "field-name",
    MailFrom => "field-mail-from",
    MailCc => "field-mail-cc",
    MailReplyTo => "field-mail-reply-to",
    MailCover => "field-mail-cover",
    DefaultChannel => "field-default-channel",
    LetterTemplate => "field-letter-template",
    SavedFilter => "field-saved-filter",
    Letterhead => "head-title",
    /// What the columns of one form of registration file mean.
    ImportMapping => "field-import-mapping",
    OrgName => "detail-org-name",
    Acronym => "detail-acronym",
    OrgKind => "detail-kind",
    /// A State's name as the user corrected it.
    CorrectedName => "field-name",
    /// An organisation's name in a language.
    Names => "detail-org-names",
    Running => "detail-running-names",
    /// The kind of address, the city and the postal address: the lines of the address block.
    AddressLines => "detail-address",
    AddressEmail => "detail-address-email",
    Fax => "detail-fax",
    /// Whom a letter is addressed to: the name, the title and the salutation.
    Addressee => "detail-contact-name",
    LetterLanguage => "detail-letter-language",
    Ordinal => "ms-number",
    FullName => "ms-full-name",
    ShortName => "ms-short-name",
    Venue => "ms-venue",
    Opening => "ms-opening",
    Closing => "ms-closing",
    SymbolPrefix => "ms-symbol",
    AtVenue => "ms-at-venue",
    Translation => "ms-languages",
    Mandate => "ms-mandate",
    ReferencePrefix => "ms-reference-prefix",
    Signatory => "ms-signatory",
    Officers => "ms-officers",
    RegistrationDeadline => "ms-deadline",
    SeatsPerDelegation => "ms-seats",
    FirstSeat => "field-first-seat",
    DocumentNumber => "xfer-number",
    /// The invitation's status, the day it was sent, the channel and the reference.
    Invitation => "detail-invitation",
    Reminders => "detail-reminders",
    /// The reply and the day it came.
    Reply => "detail-reply",
    Notes => "detail-notes",
    /// The credentials' kind, issuer and date (one record).
    Credentials => "detail-credentials",
    AccessibleSeat => "detail-accessible",
    ObserverRequest => "detail-observer",
    Designation => "field-designation",
    ProtocolOrder => "field-protocol-order",
    Role => "detail-role",
    Honorific => "detail-honorific",
    GivenName => "detail-given-name",
    FamilyName => "detail-family-name",
    Function => "detail-function",
    Gender => "detail-gender",
    PersonEmail => "detail-email",
    Phone => "detail-phone",
    LatinGivenName => "detail-latin-given-name",
    LatinFamilyName => "detail-latin-family-name",
}

/// Fields that move together in a merge, shown as one value (their non-empty parts, in order).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Together<T>(pub T);

impl<A: ToShown, B: ToShown> ToShown for Together<(A, B)> {
    fn shown(&self) -> Shown {
        parts([self.0.0.shown(), self.0.1.shown()])
    }
}

impl<A: ToShown, B: ToShown, C: ToShown> ToShown for Together<(A, B, C)> {
    fn shown(&self) -> Shown {
        parts([self.0.0.shown(), self.0.1.shown(), self.0.2.shown()])
    }
}

impl<A: ToShown, B: ToShown, C: ToShown, D: ToShown> ToShown for Together<(A, B, C, D)> {
    fn shown(&self) -> Shown {
        parts([
            self.0.0.shown(),
            self.0.1.shown(),
            self.0.2.shown(),
            self.0.3.shown(),
        ])
    }
}
