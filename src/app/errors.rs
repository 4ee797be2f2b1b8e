//! The app's own errors: why a dialog's work did not start, kept typed until a dialog or the status bar
//! draws them (`words.rs` says them in the interface's language).

use std::sync::Arc;

use crate::exchange::EarlierError;
use crate::exchange::mail::MailError;
use crate::model::Text;
use crate::session::StartError;

/// An error kept in a dialog's form until it is drawn: shared, compared by identity (a form is compared to
/// notice a change, and an error is the same error only as itself).
#[derive(Debug)]
pub struct Shared<E>(pub Arc<E>);

impl<E> Clone for Shared<E> {
    fn clone(&self) -> Self {
        Self(Arc::clone(&self.0))
    }
}

impl<E> PartialEq for Shared<E> {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
}

impl<E> Eq for Shared<E> {}

/// Why the Letters view's letters or batch cannot be prepared as it is set. (No English of its own: the
/// app says it only in the interface's language, `words::prepare_error`.)
#[derive(Debug)]
pub enum PrepareError {
    /// The letters' date is not a date.
    Date(String),
    /// The first reference number is not a whole number from 1.
    FirstNumber(String),
    Mail(MailError),
}

impl From<MailError> for PrepareError {
    fn from(err: MailError) -> Self {
        Self::Mail(err)
    }
}

/// Why a batch of e-mail did not start (`words::send_error`).
#[derive(Debug)]
pub enum SendError {
    BadPort,
    /// Nobody to send to.
    Nothing,
    /// What stops the letters (a missing mandate…), each said in any language.
    Blocked(Vec<Text>),
    Prepare(Arc<PrepareError>),
    Start(StartError),
}

impl From<StartError> for SendError {
    fn from(err: StartError) -> Self {
        Self::Start(err)
    }
}

/// Why an export did not start (`words::export_refused`).
#[derive(Debug)]
pub enum ExportRefused {
    /// The date typed is not a date.
    Date(String),
    /// An addendum needs the earlier workspace or list.
    NoEarlier,
    Earlier(EarlierError),
    Letters(PrepareError),
    Start(StartError),
}

impl From<EarlierError> for ExportRefused {
    fn from(err: EarlierError) -> Self {
        Self::Earlier(err)
    }
}

impl From<PrepareError> for ExportRefused {
    fn from(err: PrepareError) -> Self {
        Self::Letters(err)
    }
}

impl From<StartError> for ExportRefused {
    fn from(err: StartError) -> Self {
        Self::Start(err)
    }
}
