//! Meetings are named by their number in words: "Thirteenth Meeting of the States Parties", "Treizième
//! Assemblée des États parties", "Decimotercera Reunión de los Estados Partes", «Тринадцатое совещание
//! государств — участников Конвенции». Each language's ordinal agrees with its noun (feminine in French
//! and Spanish, neuter in Russian). Past the ninety-ninth, digits.

use crate::i18n::Lang;

/// "Thirteenth" for 13. Past the ninety-ninth, digits with a suffix ("101st").
pub fn ordinal_words(n: u32) -> String {
    const UNITS: [&str; 20] = [
        "Zeroth",
        "First",
        "Second",
        "Third",
        "Fourth",
        "Fifth",
        "Sixth",
        "Seventh",
        "Eighth",
        "Ninth",
        "Tenth",
        "Eleventh",
        "Twelfth",
        "Thirteenth",
        "Fourteenth",
        "Fifteenth",
        "Sixteenth",
        "Seventeenth",
        "Eighteenth",
        "Nineteenth",
    ];
    const TENS: [&str; 10] = [
        "", "", "Twenty", "Thirty", "Forty", "Fifty", "Sixty", "Seventy", "Eighty", "Ninety",
    ];
    const TENS_ORDINAL: [&str; 10] = [
        "",
        "",
        "Twentieth",
        "Thirtieth",
        "Fortieth",
        "Fiftieth",
        "Sixtieth",
        "Seventieth",
        "Eightieth",
        "Ninetieth",
    ];
    let n = n as usize;
    if n < 20 {
        return UNITS[n].to_owned();
    }
    if n < 100 {
        let (tens, units) = (n / 10, n % 10);
        return if units == 0 {
            TENS_ORDINAL[tens].to_owned()
        } else {
            format!("{}-{}", TENS[tens], UNITS[units].to_lowercase())
        };
    }
    let suffix = match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}

/// "Treizième", "Vingt et unième", "Soixante et onzième", "Quatre-vingt-dixième"; `None` past 99.
fn french(n: usize) -> Option<String> {
    const UNITS: [&str; 20] = [
        "",
        "unième",
        "deuxième",
        "troisième",
        "quatrième",
        "cinquième",
        "sixième",
        "septième",
        "huitième",
        "neuvième",
        "dixième",
        "onzième",
        "douzième",
        "treizième",
        "quatorzième",
        "quinzième",
        "seizième",
        "dix-septième",
        "dix-huitième",
        "dix-neuvième",
    ];
    const TENS: [&str; 10] = [
        "",
        "",
        "vingt",
        "trente",
        "quarante",
        "cinquante",
        "soixante",
        "soixante",
        "quatre-vingt",
        "quatre-vingt",
    ];
    const TENS_ORDINAL: [&str; 10] = [
        "",
        "",
        "vingtième",
        "trentième",
        "quarantième",
        "cinquantième",
        "soixantième",
        "",
        "quatre-vingtième",
        "",
    ];
    let text = match n {
        0 | 100.. => return None,
        1 => "première".to_owned(),
        2..=19 => UNITS[n].to_owned(),
        _ => {
            let (tens, units) = (n / 10, n % 10);
            // Seventy and ninety count on from sixty and eighty: soixante-douze, quatre-vingt-douze.
            let rest = if matches!(tens, 7 | 9) {
                units + 10
            } else {
                units
            };
            match (tens, rest) {
                (_, 0) => TENS_ORDINAL[tens].to_owned(),
                (2..=7, 1 | 11) => format!("{} et {}", TENS[tens], UNITS[rest]),
                _ => format!("{}-{}", TENS[tens], UNITS[rest]),
            }
        }
    };
    Some(capitalised(&text))
}

/// "Decimotercera", "Vigésima Primera"; `None` past 99.
fn spanish(n: usize) -> Option<String> {
    const UNITS: [&str; 20] = [
        "",
        "Primera",
        "Segunda",
        "Tercera",
        "Cuarta",
        "Quinta",
        "Sexta",
        "Séptima",
        "Octava",
        "Novena",
        "Décima",
        "Undécima",
        "Duodécima",
        "Decimotercera",
        "Decimocuarta",
        "Decimoquinta",
        "Decimosexta",
        "Decimoséptima",
        "Decimoctava",
        "Decimonovena",
    ];
    const TENS: [&str; 10] = [
        "",
        "",
        "Vigésima",
        "Trigésima",
        "Cuadragésima",
        "Quincuagésima",
        "Sexagésima",
        "Septuagésima",
        "Octogésima",
        "Nonagésima",
    ];
    Some(match n {
        0 | 100.. => return None,
        1..=19 => UNITS[n].to_owned(),
        _ if n.is_multiple_of(10) => TENS[n / 10].to_owned(),
        _ => format!("{} {}", TENS[n / 10], UNITS[n % 10]),
    })
}

/// «Тринадцатое», «Двадцать первое», «Сороковое»; `None` past 99.
fn russian(n: usize) -> Option<String> {
    const UNITS: [&str; 20] = [
        "",
        "первое",
        "второе",
        "третье",
        "четвертое",
        "пятое",
        "шестое",
        "седьмое",
        "восьмое",
        "девятое",
        "десятое",
        "одиннадцатое",
        "двенадцатое",
        "тринадцатое",
        "четырнадцатое",
        "пятнадцатое",
        "шестнадцатое",
        "семнадцатое",
        "восемнадцатое",
        "девятнадцатое",
    ];
    const TENS: [&str; 10] = [
        "",
        "",
        "двадцать",
        "тридцать",
        "сорок",
        "пятьдесят",
        "шестьдесят",
        "семьдесят",
        "восемьдесят",
        "девяносто",
    ];
    const TENS_ORDINAL: [&str; 10] = [
        "",
        "",
        "двадцатое",
        "тридцатое",
        "сороковое",
        "пятидесятое",
        "шестидесятое",
        "семидесятое",
        "восьмидесятое",
        "девяностое",
    ];
    let text = match n {
        0 | 100.. => return None,
        1..=19 => UNITS[n].to_owned(),
        _ if n.is_multiple_of(10) => TENS_ORDINAL[n / 10].to_owned(),
        _ => format!("{} {}", TENS[n / 10], UNITS[n % 10]),
    };
    Some(capitalised(&text))
}

fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    })
}

/// The meeting's name in `lang` for meeting number `n`: "Fourteenth Meeting of the States Parties",
/// "Quatorzième Assemblée des États parties", "Decimocuarta Reunión de los Estados Partes",
/// «Четырнадцатое совещание государств — участников Конвенции»; `None` past the ninety-ninth in French,
/// Spanish and Russian (the user names it).
pub fn meeting_name(lang: Lang, n: u32) -> Option<String> {
    let k = n as usize;
    Some(match lang {
        Lang::En => format!("{} Meeting of the States Parties", ordinal_words(n)),
        Lang::Fr => format!("{} Assemblée des États parties", french(k)?),
        Lang::Es => format!("{} Reunión de los Estados Partes", spanish(k)?),
        Lang::Ru => format!(
            "{} совещание государств — участников Конвенции",
            russian(k)?
        ),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ordinals_in_words() {
        assert_eq!(ordinal_words(1), "First");
        assert_eq!(ordinal_words(13), "Thirteenth");
        assert_eq!(ordinal_words(20), "Twentieth");
        assert_eq!(ordinal_words(22), "Twenty-second");
        assert_eq!(ordinal_words(101), "101st");
        assert_eq!(ordinal_words(112), "112th");
    }

    #[test]
    fn meetings_are_named_in_each_language() {
        let cases = [
            (Lang::Fr, 13, "Treizième Assemblée des États parties"),
            (Lang::Es, 13, "Decimotercera Reunión de los Estados Partes"),
            (
                Lang::Ru,
                13,
                "Тринадцатое совещание государств — участников Конвенции",
            ),
            (Lang::Fr, 1, "Première Assemblée des États parties"),
            (Lang::Fr, 21, "Vingt et unième Assemblée des États parties"),
            (
                Lang::Fr,
                71,
                "Soixante et onzième Assemblée des États parties",
            ),
            (Lang::Fr, 80, "Quatre-vingtième Assemblée des États parties"),
            (
                Lang::Fr,
                81,
                "Quatre-vingt-unième Assemblée des États parties",
            ),
            (
                Lang::Fr,
                92,
                "Quatre-vingt-douzième Assemblée des États parties",
            ),
            (
                Lang::Es,
                24,
                "Vigésima Cuarta Reunión de los Estados Partes",
            ),
            (
                Lang::Ru,
                24,
                "Двадцать четвертое совещание государств — участников Конвенции",
            ),
        ];
        for (lang, n, expected) in cases {
            assert_eq!(meeting_name(lang, n).as_deref(), Some(expected));
        }
        assert_eq!(meeting_name(Lang::Fr, 100), None);
    }
}
