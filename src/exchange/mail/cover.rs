//! The built-in cover texts of messages: a subject and a few lines above the attached letter, in each
//! language the interface speaks. They say only what the letter is and when it is dated; the letter says
//! the rest. A workspace may replace any ([`crate::model::MailSettings::cover`]).
//!
//! The meeting's name comes in the letter's language as the meeting names itself. In Russian it is not
//! declined (the app cannot), so the Russian text names it after a colon, in the nominative.

use crate::i18n::Lang;
use crate::model::{CoverText, MailKind};

/// The built-in cover text of `kind` in `lang`.
pub fn builtin(lang: Lang, kind: MailKind) -> CoverText {
    let (subject, body) = match (lang, kind) {
        (Lang::En, MailKind::Invitation) => (
            "{meeting}: {reference}",
            "{salutation}\n\nPlease find attached communication {reference} of {date} concerning the {meeting}.",
        ),
        (Lang::En, MailKind::Reminder) => (
            "Reminder: {meeting}: {reference}",
            "{salutation}\n\nFurther to communication {reference} of {date} concerning the {meeting}, please find it attached again. A reply at your earliest convenience would be appreciated.",
        ),
        (Lang::Fr, MailKind::Invitation) => (
            "{meeting}\u{a0}: {reference}",
            "{salutation}\n\nVeuillez trouver ci-joint la communication {reference} du {date} relative à la {meeting}.",
        ),
        (Lang::Fr, MailKind::Reminder) => (
            "Rappel\u{a0}: {meeting}\u{a0}: {reference}",
            "{salutation}\n\nComme suite à la communication {reference} du {date} relative à la {meeting}, veuillez la trouver de nouveau ci-jointe. Une réponse dans les meilleurs délais serait appréciée.",
        ),
        (Lang::Es, MailKind::Invitation) => (
            "{meeting}: {reference}",
            "{salutation}\n\nSe adjunta la comunicación {reference} de {date} relativa a la {meeting}.",
        ),
        (Lang::Es, MailKind::Reminder) => (
            "Recordatorio: {meeting}: {reference}",
            "{salutation}\n\nEn relación con la comunicación {reference} de {date} relativa a la {meeting}, se adjunta nuevamente. Se agradecería una respuesta a la mayor brevedad posible.",
        ),
        (Lang::Ru, MailKind::Invitation) => (
            "{meeting}: {reference}",
            "{salutation}\n\nНаправляем сообщение {reference} от {date}.\nТема: {meeting}.",
        ),
        (Lang::Ru, MailKind::Reminder) => (
            "Напоминание: {meeting}: {reference}",
            "{salutation}\n\nПовторно направляем сообщение {reference} от {date}.\nТема: {meeting}.\nБудем признательны за скорейший ответ.",
        ),
    };
    CoverText {
        subject: subject.to_owned(),
        body: body.to_owned(),
    }
}
