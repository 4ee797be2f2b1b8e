//! The built-in letter templates (English, French and Spanish, in `assets/letters/`), the placeholders a
//! template may use, and the filling of a template with its values.

use crate::i18n::Lang;
use crate::model::{TemplateKind, Workspace};

/// Every placeholder the app fills, and what it gives (in the letter's language). Templates written for
/// format 1 used `{dates}`, `{venue}` and `{deadline}`; they still work.
pub const PLACEHOLDERS: [(&str, &str); 20] = [
    (
        "to_addressee",
        "to the Permanent Representative of … to the United Nations Office at Geneva",
    ),
    (
        "invitee",
        "the invitee in running text: the Kingdom of the Netherlands",
    ),
    (
        "of_invitee",
        "of the Kingdom of the Netherlands, du Royaume des Pays-Bas",
    ),
    (
        "to_invitee",
        "to the Kingdom of the Netherlands, al Reino de los Países Bajos",
    ),
    ("invitee_short", "the name as lists print it: Netherlands"),
    ("meeting", "Thirteenth Meeting of the States Parties"),
    ("at_venue", "at the Palais des Nations, Geneva"),
    ("when", "from 2 to 5 December 2013"),
    (
        "mandate",
        "General Assembly resolution 67/32 of 3 December 2012",
    ),
    (
        "by_deadline",
        "by 15 November 2013, or before the opening of the Meeting",
    ),
    ("salutation", "Dear Sir or Madam, or the address's own"),
    ("contact_name", "the person the address names"),
    ("contact_title", "their title"),
    ("signatory", "who signs the letter"),
    (
        "signatory_title",
        "High Representative for Disarmament Affairs",
    ),
    ("reference", "the letter's reference"),
    ("date", "the letter's date"),
    ("venue", "Palais des Nations, Geneva"),
    ("dates", "2–5 December 2013"),
    (
        "deadline",
        "15 November 2013, or the opening of the Meeting",
    ),
];

/// The built-in text of a template in `lang`; `None` for Russian, which has none (a user's own template
/// can give one).
pub fn builtin(lang: Lang, kind: TemplateKind) -> Option<&'static str> {
    use TemplateKind::{ObserverStates, Organizations, Rule14, StatesParties};
    Some(match (lang, kind) {
        (Lang::En, StatesParties) => include_str!("../../../assets/letters/en-states-parties.txt"),
        (Lang::En, ObserverStates) => {
            include_str!("../../../assets/letters/en-observer-states.txt")
        }
        (Lang::En, Organizations) => include_str!("../../../assets/letters/en-organizations.txt"),
        (Lang::En, Rule14) => include_str!("../../../assets/letters/en-rule-1-4.txt"),
        (Lang::Fr, StatesParties) => include_str!("../../../assets/letters/fr-states-parties.txt"),
        (Lang::Fr, ObserverStates) => {
            include_str!("../../../assets/letters/fr-observer-states.txt")
        }
        (Lang::Fr, Organizations) => include_str!("../../../assets/letters/fr-organizations.txt"),
        (Lang::Fr, Rule14) => include_str!("../../../assets/letters/fr-rule-1-4.txt"),
        (Lang::Es, StatesParties) => include_str!("../../../assets/letters/es-states-parties.txt"),
        (Lang::Es, ObserverStates) => {
            include_str!("../../../assets/letters/es-observer-states.txt")
        }
        (Lang::Es, Organizations) => include_str!("../../../assets/letters/es-organizations.txt"),
        (Lang::Es, Rule14) => include_str!("../../../assets/letters/es-rule-1-4.txt"),
        (Lang::Ru, _) => return None,
    })
}

/// The template a letter of `kind` in `lang` uses: the user's own if the workspace has one, else the
/// built-in one, and whether it is the user's.
pub fn template(workspace: &Workspace, lang: Lang, kind: TemplateKind) -> Option<(&str, bool)> {
    if let Some(own) = workspace.settings.letter_templates.get(&(lang, kind)) {
        return Some((own, true));
    }
    builtin(lang, kind).map(|text| (text, false))
}

/// The placeholders a template uses, in order, each once.
pub fn used(template: &str) -> Vec<&str> {
    let mut names: Vec<&str> = Vec::new();
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        let after = rest.get(open + 1..).unwrap_or_default();
        match after.find(['}', '{']) {
            Some(close) if after.get(close..close + 1) == Some("}") => {
                let name = after.get(..close).unwrap_or_default();
                if !name.is_empty()
                    && name.chars().all(|c| c.is_alphanumeric() || c == '_')
                    && !names.contains(&name)
                {
                    names.push(name);
                }
                rest = after.get(close + 1..).unwrap_or_default();
            }
            _ => rest = after,
        }
    }
    names
}

/// The placeholders a template uses that the app does not fill (a typo, "{deadlin}").
pub fn unknown(template: &str) -> Vec<&str> {
    used(template)
        .into_iter()
        .filter(|name| !PLACEHOLDERS.iter().any(|(known, _)| known == name))
        .collect()
}

/// Fills a template in one pass: each `{name}` of the template is replaced by its value, and values are
/// never read again, so a name that happens to contain "{deadline}" prints as it is. Unknown placeholders
/// are left as they are (and [`unknown`] reports them before any letter is written).
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut text = String::with_capacity(template.len() + 256);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        let (before, from_brace) = rest.split_at(open);
        text.push_str(before);
        let value = from_brace.find('}').and_then(|close| {
            let key = from_brace.get(1..close)?;
            let value = values.iter().find(|(k, _)| *k == key)?.1;
            Some((value, close))
        });
        match value {
            Some((value, close)) => {
                text.push_str(value);
                rest = from_brace.get(close + 1..).unwrap_or_default();
            }
            None => {
                text.push('{');
                rest = from_brace.get(1..).unwrap_or_default();
            }
        }
    }
    text.push_str(rest);
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_builtin_template_uses_only_known_placeholders() {
        for lang in [Lang::En, Lang::Fr, Lang::Es] {
            for kind in TemplateKind::ALL {
                let text = builtin(lang, kind).unwrap_or_default();
                assert!(!text.is_empty(), "{lang:?} {kind:?}");
                assert_eq!(unknown(text), Vec::<&str>::new(), "{lang:?} {kind:?}");
            }
        }
    }

    #[test]
    fn used_placeholders_are_found_once() {
        assert_eq!(
            used("To {invitee}, {when}; {invitee} { not one } {x"),
            vec!["invitee", "when"]
        );
        assert_eq!(unknown("{deadlin} {when}"), vec!["deadlin"]);
    }

    #[test]
    fn placeholders_in_values_are_not_filled() {
        assert_eq!(
            fill(
                "Dear {invitee}, by {deadline}.",
                &[
                    ("invitee", "Org {deadline} {reference}"),
                    ("deadline", "1 May")
                ]
            ),
            "Dear Org {deadline} {reference}, by 1 May."
        );
        assert_eq!(fill("{ {x} }{", &[("x", "1")]), "{ 1 }{");
    }

    #[test]
    fn placeholders_are_filled_and_unknown_ones_kept() {
        assert_eq!(
            fill(
                "To {invitee} on {date} {unknown}",
                &[("invitee", "Chile"), ("date", "2 May")]
            ),
            "To Chile on 2 May {unknown}"
        );
    }
}
