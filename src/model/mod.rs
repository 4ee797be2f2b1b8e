//! The domain: who is invited to a Meeting of the States Parties, in what capacity, and what happened since.
//!
//! Nothing here knows about egui or files; [`crate::storage`] reads and writes [`Workspace`], and the app and
//! the command line change it only through [`crate::edit`].

mod builtin;
mod category;
mod delegation;
mod entity;
mod invitation;
pub mod limits;
mod meeting;
mod next_meeting;
mod observer;
pub mod reference;
pub mod sample;
mod sentence;
mod template;
mod treaty;
mod unique;
mod validation;
pub mod words;
mod workspace;

pub use builtin::{builtin_workspace, new_meeting, ordinal_words, workspace_with};
pub use category::Category;
pub use delegation::{
    CredentialKind, Credentials, Delegation, Gender, Issuer, Member, PersonId, Role,
};
pub use entity::{EntityId, OrgKind, Organisation};
pub use invitation::{Channel, Invitation, InvitationStatus, Reply};
pub use meeting::{Invitee, Meeting, Officer, Officers};
pub use next_meeting::next_meeting;
pub use observer::{Decision, ObserverRequest, ObserverStep};
pub use sentence::Text;
pub use template::TemplateKind;
pub use treaty::{StateRecord, TreatyStatus};
pub use unique::DUPLICATE_KEY;
pub use validation::{Field, Problem, looks_like_email, validate};
pub use workspace::{Correction, FORMAT_VERSION, Settings, Workspace};

/// Calendar dates throughout the domain: a day, without time or time zone, as treaty records give them.
pub type Date = chrono::NaiveDate;
