//! The domain: who is invited to a Meeting of the States Parties, in what capacity, and what happened since.
//!
//! Nothing here knows about egui or files; [`crate::storage`] reads and writes [`Workspace`], and the app and
//! the command line change it only through [`crate::edit`].

mod address;
pub mod attendance;
mod builtin;
mod category;
mod dates;
mod delegation;
mod duplicates;
mod entity;
mod filter;
mod invitation;
mod letterhead;
pub mod limits;
mod mail;
pub mod mapping;
mod meeting;
pub mod merge;
pub mod naming;
mod next_meeting;
mod observer;
mod ordinals;
pub mod reference;
pub mod sample;
mod sentence;
mod template;
mod treaty;
mod unique;
mod validation;
mod validator;
pub mod words;
mod workspace;

pub use address::{Address, AddressKind, UnSeat};
pub use builtin::{builtin_workspace, new_meeting, workspace_with};
pub use category::Category;
pub use dates::{DateError, parse_date};
pub use delegation::{
    CredentialKind, Credentials, Delegation, Gender, GenderCount, Issuer, Member, PersonId, Role,
};
pub use duplicates::{Duplicate, Shared, possible_duplicates};
pub use entity::{EntityId, OrgKind, Organisation};
pub use filter::{Facts, Filter, REMINDER_AFTER_DAYS};
pub use invitation::{Channel, Invitation, InvitationStatus, Reply};
pub use letterhead::{ImageFormat, Letterhead};
pub use mail::{
    COVER_PLACEHOLDERS, CoverText, MailKind, MailRecord, MailSettings, MailState, Moment,
    now as mail_now,
};
pub use mapping::{ColumnMeaning, Mappings};
pub use meeting::{
    Designation, FirstSeat, Invitee, Mandate, Meeting, MeetingId, MeetingWords, Officer, Officers,
    Signatory, Words,
};
pub use merge::{Change, Choices, Conflict, Merged, Record, Shown, Side, diff, merge};
pub use next_meeting::next_meeting;
pub use observer::{Decision, ObserverRequest, ObserverStep};
pub use ordinals::{meeting_name, ordinal_words};
pub use sentence::Text;
pub use template::TemplateKind;
pub use treaty::{StateRecord, TreatyStatus};
pub use unique::DUPLICATE_KEY;
pub use validation::{
    Field, Problem, WordsPart, email_list, looks_like_email, looks_like_email_list, validate,
};
pub use validator::Validator;
pub use workspace::{Correction, FORMAT_VERSION, FreshPersonIds, Settings, Workspace};

/// Calendar dates throughout the domain: a day, without time or time zone, as treaty records give them.
pub type Date = chrono::NaiveDate;
