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
    /// The invitees the sentence's `names` argument lists ("Congo or Democratic Republic of the Congo"),
    /// named in the reader's language.
    pub several: Vec<EntityId>,
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
            several: Vec::new(),
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

    /// Says which invitees the `names` argument lists, named as the UN named them on `date`, joined by
    /// "or" in the reader's language.
    pub fn naming(mut self, ids: &[EntityId], workspace: &Workspace, date: Date) -> Self {
        self.several = ids.to_vec();
        self.on = Some(date);
        let names = alternatives(workspace, ids, Lang::En, date);
        self.args.push(("names", Arg::Value(names)));
        self
    }

    /// The sentence in `lang`, the invitee named in `lang` too.
    pub fn in_lang_for(&self, workspace: &Workspace, lang: Lang) -> String {
        if !self.several.is_empty() {
            let mut named = self.clone();
            let date = self.on.unwrap_or_default();
            for (name, value) in &mut named.args {
                if *name == "names" {
                    *value = Arg::Value(alternatives(workspace, &self.several, lang, date));
                }
            }
            named.several.clear();
            return named.in_lang_for(workspace, lang);
        }
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

/// Invitees named in `lang` on `date` and joined as alternatives: "A, B or C".
fn alternatives(workspace: &Workspace, ids: &[EntityId], lang: Lang, date: Date) -> String {
    let names: Vec<&str> = ids
        .iter()
        .map(|id| workspace.name_on(id, lang, date))
        .collect();
    match names.as_slice() {
        [] => String::new(),
        [one] => (*one).to_owned(),
        [init @ .., last] => format!("{} {} {last}", init.join(", "), tr_in(lang, "list-or", &[])),
    }
}

/// In English, for the command line and files.
impl fmt::Display for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.in_lang(Lang::En))
    }
}
