//! A sentence made in the domain or an import and said later, in whatever language the reader has: a
//! message id and its arguments, and the invitee it names, so that the window can name it in its own
//! language while the command line prints English.

use std::fmt;

use fluent_bundle::FluentValue;

use super::{Date, EntityId, Workspace};
use crate::i18n::{Arg, Lang, tr_in};

/// A sentence to say in any language: a message id and its arguments.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Text {
    pub key: &'static str,
    pub args: Vec<(&'static str, Arg)>,
    /// The invitee the sentence's `name` argument names (in English), so it can be named in another
    /// language.
    pub about: Option<EntityId>,
    /// The day whose names the sentence uses (a meeting's opening): the invitee is named as the UN named
    /// it then. Today's names when `None`.
    pub on: Option<Date>,
}

impl Text {
    /// A sentence whose arguments are values, said as they are.
    pub fn new(key: &'static str, args: Vec<(&'static str, String)>) -> Self {
        Self {
            key,
            args: args
                .into_iter()
                .map(|(name, value)| (name, Arg::Value(value)))
                .collect(),
            about: None,
            on: None,
        }
    }

    /// Adds an argument that is a word of the catalogue, said in lower case.
    pub fn word(mut self, name: &'static str, id: &'static str) -> Self {
        self.args.push((name, Arg::Word(id)));
        self
    }

    /// Adds an argument that is a day, written in the sentence's language.
    pub fn date(mut self, name: &'static str, date: Date) -> Self {
        self.args.push((name, Arg::Date(date)));
        self
    }

    /// Adds an argument that is a message of the catalogue, said as it is.
    pub fn message(mut self, name: &'static str, id: &'static str) -> Self {
        self.args.push((name, Arg::Message(id)));
        self
    }

    /// Says which invitee the `name` argument is, named as the UN named it on `date`.
    pub fn about(mut self, id: &EntityId, date: Date) -> Self {
        self.about = Some(id.clone());
        self.on = Some(date);
        self
    }

    /// The sentence in `lang`, the invitee named in `lang` too.
    pub fn in_lang_for(&self, workspace: &Workspace, lang: Lang) -> String {
        let Some(id) = &self.about else {
            return self.in_lang(lang);
        };
        let (english, local) = match self.on {
            Some(date) => (
                workspace.name_on(id, Lang::En, date),
                workspace.name_on(id, lang, date),
            ),
            None => (workspace.name(id), workspace.name_in(id, lang)),
        };
        let mut named = self.clone();
        for (name, value) in &mut named.args {
            if *name == "name"
                && let Arg::Value(text) = value
                && text == english
            {
                *text = local.to_owned();
            }
        }
        named.in_lang(lang)
    }

    /// The sentence in `lang`.
    pub fn in_lang(&self, lang: Lang) -> String {
        let values: Vec<(&str, FluentValue<'_>)> = self
            .args
            .iter()
            .map(|(name, value)| (*name, value.in_lang(lang).into()))
            .collect();
        tr_in(lang, self.key, &values)
    }
}

/// In English, for the command line and files.
impl fmt::Display for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.in_lang(Lang::En))
    }
}
