//! The set phrases of UN correspondence in each language: whom a note verbale is addressed to, how it
//! cites its mandate and its deadline, how a letter opens and what its address block says. The names
//! inside them come from [`crate::model::naming`], with the prepositions joined to their article.
//!
//! Russian is here for users' own templates: the app gives names in the nominative case only, since
//! declining them needs a dictionary it does not have, so a Russian template should place names where the
//! nominative reads well.

use crate::i18n::{Lang, running_date_in};
use crate::model::naming::of_name;
use crate::model::{AddressKind, Date, Mandate, UnSeat};

/// Where a mission is: "to the United Nations Office at Geneva", "auprès de l’Organisation des Nations
/// Unies" (New York), "ante la Oficina de las Naciones Unidas en Viena".
fn to_the_un(lang: Lang, city: &str) -> String {
    let seat = UnSeat::of(city);
    let city = city.trim();
    match (lang, seat) {
        (Lang::En, UnSeat::Geneva) => "to the United Nations Office at Geneva".to_owned(),
        (Lang::En, UnSeat::NewYork) => "to the United Nations".to_owned(),
        (Lang::En, UnSeat::Other) => format!("to the United Nations Office at {city}"),
        (Lang::Fr, UnSeat::Geneva) => "auprès de l’Office des Nations Unies à Genève".to_owned(),
        (Lang::Fr, UnSeat::NewYork) => "auprès de l’Organisation des Nations Unies".to_owned(),
        (Lang::Fr, UnSeat::Other) => format!("auprès de l’Office des Nations Unies à {city}"),
        (Lang::Es, UnSeat::Geneva) => {
            "ante la Oficina de las Naciones Unidas en Ginebra".to_owned()
        }
        (Lang::Es, UnSeat::NewYork) => "ante las Naciones Unidas".to_owned(),
        (Lang::Es, UnSeat::Other) => format!("ante la Oficina de las Naciones Unidas en {city}"),
        (Lang::Ru, UnSeat::Geneva) => {
            "при Отделении Организации Объединенных Наций в Женеве".to_owned()
        }
        (Lang::Ru, UnSeat::NewYork) => "при Организации Объединенных Наций".to_owned(),
        (Lang::Ru, UnSeat::Other) => {
            format!("при Отделении Организации Объединенных Наций в {city}")
        }
    }
}

/// " in Wellington", " à Wellington", " en Wellington": where an embassy is, if the address says.
fn in_city(lang: Lang, city: &str) -> String {
    let city = city.trim();
    if city.is_empty() {
        return String::new();
    }
    match lang {
        Lang::En => format!(" in {city}"),
        Lang::Fr => format!(" à {city}"),
        Lang::Es => format!(" en {city}"),
        Lang::Ru => format!(" в {city}"),
    }
}

/// The words that name an office and its holder in one language: the mission, observer mission,
/// embassy and ministry as an address block names them, and the holder a note verbale is addressed to,
/// with "to" joined as the language joins it.
struct Offices {
    mission: &'static str,
    observer_mission: &'static str,
    embassy: &'static str,
    ministry: &'static str,
    to_representative: &'static str,
    to_observer: &'static str,
    to_embassy: &'static str,
    to_ministry: &'static str,
}

fn offices(lang: Lang) -> Offices {
    match lang {
        Lang::En => Offices {
            mission: "Permanent Mission",
            observer_mission: "Permanent Observer Mission",
            embassy: "Embassy",
            ministry: "Ministry of Foreign Affairs",
            to_representative: "to the Permanent Representative",
            to_observer: "to the Permanent Observer",
            to_embassy: "to the Embassy",
            to_ministry: "to the Ministry of Foreign Affairs",
        },
        Lang::Fr => Offices {
            mission: "Mission permanente",
            observer_mission: "Mission permanente d’observation",
            embassy: "Ambassade",
            ministry: "Ministère des affaires étrangères",
            to_representative: "au Représentant permanent",
            to_observer: "à l’Observateur permanent",
            to_embassy: "à l’Ambassade",
            to_ministry: "au Ministère des affaires étrangères",
        },
        Lang::Es => Offices {
            mission: "Misión Permanente",
            observer_mission: "Misión Permanente de Observación",
            embassy: "Embajada",
            ministry: "Ministerio de Relaciones Exteriores",
            to_representative: "al Representante Permanente",
            to_observer: "al Observador Permanente",
            to_embassy: "a la Embajada",
            to_ministry: "al Ministerio de Relaciones Exteriores",
        },
        Lang::Ru => Offices {
            mission: "Постоянное представительство",
            observer_mission: "Постоянное представительство наблюдателя",
            embassy: "Посольство",
            ministry: "Министерство иностранных дел",
            to_representative: "Постоянному представителю",
            to_observer: "Постоянному наблюдателю",
            to_embassy: "Посольству",
            to_ministry: "Министерству иностранных дел",
        },
    }
}

/// An office's words and the State: "Permanent Mission of the Kingdom of the Netherlands", "Mission
/// permanente du Royaume des Pays-Bas"; in Russian, which declines names, the name after a colon.
fn with_state(lang: Lang, words: &str, name: &str) -> String {
    match lang {
        Lang::Ru => format!("{words}: {name}"),
        _ => format!("{words} {}", of_name(lang, name)),
    }
}

/// Whom a note verbale is addressed to, with "to" joined as the language joins it: "to the Permanent
/// Representative of the Kingdom of the Netherlands to the United Nations Office at Geneva", "au
/// Représentant permanent du Royaume des Pays-Bas auprès de l’Office des Nations Unies à Genève", "al
/// Representante Permanente del Reino de los Países Bajos ante la Oficina de las Naciones Unidas en
/// Ginebra". `name` is the State's name in running text.
pub fn to_addressee(lang: Lang, kind: AddressKind, city: &str, name: &str) -> String {
    let words = offices(lang);
    match kind {
        AddressKind::PermanentMission => format!(
            "{} {}",
            with_state(lang, words.to_representative, name),
            to_the_un(lang, city)
        ),
        AddressKind::PermanentObserverMission => format!(
            "{} {}",
            with_state(lang, words.to_observer, name),
            to_the_un(lang, city)
        ),
        AddressKind::Embassy => format!(
            "{}{}",
            with_state(lang, words.to_embassy, name),
            in_city(lang, city)
        ),
        AddressKind::Ministry => with_state(lang, words.to_ministry, name),
        AddressKind::Office => crate::model::naming::to_name(lang, name),
    }
}

/// The first lines of the address block of a note verbale: "Permanent Mission of the Kingdom of the
/// Netherlands" / "to the United Nations Office at Geneva", "Mission permanente d’observation du
/// Saint-Siège" / "auprès de l’Office des Nations Unies à Genève", "Embajada de Niue" / "Wellington".
pub fn mission_lines(lang: Lang, kind: AddressKind, city: &str, name: &str) -> Vec<String> {
    let words = offices(lang);
    let city_line = || {
        let city = city.trim();
        (!city.is_empty()).then(|| city.to_owned())
    };
    let (first, second) = match kind {
        AddressKind::PermanentMission => (
            with_state(lang, words.mission, name),
            Some(to_the_un(lang, city)),
        ),
        AddressKind::PermanentObserverMission => (
            with_state(lang, words.observer_mission, name),
            Some(to_the_un(lang, city)),
        ),
        AddressKind::Embassy => (with_state(lang, words.embassy, name), city_line()),
        AddressKind::Ministry => (with_state(lang, words.ministry, name), city_line()),
        AddressKind::Office => (name.to_owned(), city_line()),
    };
    std::iter::once(first).chain(second).collect()
}

/// How a letter cites its mandate: "General Assembly resolution 67/32 of 3 December 2012", "la résolution
/// 67/32 de l’Assemblée générale en date du 3 décembre 2012", "la resolución 67/32 de la Asamblea General,
/// de 3 de diciembre de 2012", «резолюция 67/32 Генеральной Ассамблеи от 3 декабря 2012 года».
pub fn mandate(lang: Lang, mandate: &Mandate) -> Option<String> {
    if !mandate.is_complete() {
        return None;
    }
    let number = mandate.number();
    let date = running_date_in(lang, mandate.adopted?);
    Some(match lang {
        Lang::En => format!("General Assembly resolution {number} of {date}"),
        Lang::Fr => {
            format!("la résolution {number} de l’Assemblée générale en date du {date}")
        }
        Lang::Es => format!("la resolución {number} de la Asamblea General, de {date}"),
        Lang::Ru => format!("резолюция {number} Генеральной Ассамблеи от {date}"),
    })
}

/// By when the delegation's names are awaited: "by 15 November 2013", "d’ici au 15 novembre 2013", "a
/// más tardar el 15 de noviembre de 2013", or before the opening when the meeting set no deadline.
pub fn by_deadline(lang: Lang, deadline: Option<Date>) -> String {
    match deadline {
        Some(day) => {
            let day = running_date_in(lang, day);
            match lang {
                Lang::En => format!("by {day}"),
                Lang::Fr => format!("d’ici au {day}"),
                Lang::Es => format!("a más tardar el {day}"),
                Lang::Ru => format!("не позднее {day}"),
            }
        }
        None => match lang {
            Lang::En => "before the opening of the Meeting",
            Lang::Fr => "avant l’ouverture de l’Assemblée",
            Lang::Es => "antes de la apertura de la Reunión",
            Lang::Ru => "до открытия совещания",
        }
        .to_owned(),
    }
}

/// The deadline alone, for templates written for format 1 ("by {deadline}").
pub fn deadline(lang: Lang, deadline: Option<Date>) -> String {
    match deadline {
        Some(day) => running_date_in(lang, day),
        None => match lang {
            Lang::En => "the opening of the Meeting",
            Lang::Fr => "l’ouverture de l’Assemblée",
            Lang::Es => "la apertura de la Reunión",
            Lang::Ru => "открытия совещания",
        }
        .to_owned(),
    }
}

/// How a letter to an organisation opens when the address names nobody to greet.
pub fn salutation(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "Dear Sir or Madam,",
        Lang::Fr => "Madame, Monsieur,",
        Lang::Es => "De mi mayor consideración:",
        Lang::Ru => "Уважаемые дамы и господа!",
    }
}

/// "Ref.:" before the letter's reference.
pub fn reference_label(lang: Lang) -> &'static str {
    match lang {
        Lang::En | Lang::Es => "Ref.:",
        Lang::Fr => "Réf. :",
        Lang::Ru => "Исх. №",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn notes_are_addressed_as_the_un_addresses_them() {
        assert_eq!(
            to_addressee(
                Lang::En,
                AddressKind::PermanentMission,
                "Geneva",
                "the Kingdom of the Netherlands"
            ),
            "to the Permanent Representative of the Kingdom of the Netherlands to the United Nations Office at Geneva"
        );
        assert_eq!(
            to_addressee(
                Lang::Fr,
                AddressKind::PermanentMission,
                "Genève",
                "le Royaume des Pays-Bas"
            ),
            "au Représentant permanent du Royaume des Pays-Bas auprès de l’Office des Nations Unies à Genève"
        );
        assert_eq!(
            to_addressee(
                Lang::Es,
                AddressKind::PermanentObserverMission,
                "Ginebra",
                "la Santa Sede"
            ),
            "al Observador Permanente de la Santa Sede ante la Oficina de las Naciones Unidas en Ginebra"
        );
        assert_eq!(
            to_addressee(Lang::En, AddressKind::Embassy, "Wellington", "Niue"),
            "to the Embassy of Niue in Wellington"
        );
        assert_eq!(
            to_addressee(
                Lang::En,
                AddressKind::PermanentMission,
                "New York",
                "the Cook Islands"
            ),
            "to the Permanent Representative of the Cook Islands to the United Nations"
        );
    }

    #[test]
    fn mandates_are_cited_in_each_language() {
        let mandate67 = Mandate {
            symbol: "A/RES/67/32".to_owned(),
            adopted: Date::from_ymd_opt(2012, 12, 3),
        };
        assert_eq!(
            mandate(Lang::En, &mandate67).unwrap_or_default(),
            "General Assembly resolution 67/32 of 3 December 2012"
        );
        assert_eq!(
            mandate(Lang::Fr, &mandate67).unwrap_or_default(),
            "la résolution 67/32 de l’Assemblée générale en date du 3 décembre 2012"
        );
        assert_eq!(
            mandate(Lang::Es, &mandate67).unwrap_or_default(),
            "la resolución 67/32 de la Asamblea General, de 3 de diciembre de 2012"
        );
    }
}
