//! The columns of a delegates file read by what they mean, whatever the form that made it called them:
//! "First name", "Prénom", "Nombre(s)", "Имя"; "Delegation (country or organization)", "Pays ou
//! organisation", "País", "Страна". Each header is compared with the spellings of each meaning in English,
//! French, Spanish and Russian, folded (no case, accents or punctuation); a form tool's own columns (an
//! ID, when the form was started and ended, who filled it in) are recognised as its own and left out. What
//! an officer chose, for this file or for earlier files of the same form (kept in the workspace), comes
//! first. Nothing is guessed in silence: the preview shows how every column was read.

use std::collections::BTreeMap;

use crate::model::{ColumnMeaning, Mappings, mapping::signature};
use crate::text::fold;

/// How a column came to mean what it means.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reading {
    /// Its header is one of the meaning's spellings.
    Recognised,
    /// Chosen for this file (in the preview, or with `--column`).
    Chosen,
    /// Chosen earlier for files with the same headers, and kept in the workspace.
    Remembered,
    /// A form tool's own column (its row ID, when the form was filled in, who filled it in).
    FormTool,
    /// A header that means nothing the import needs.
    Unrecognised,
    /// Another column was read as this meaning, and read better.
    Duplicate,
}

/// One column as the import reads it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ColumnReading {
    pub header: String,
    pub meaning: ColumnMeaning,
    pub reading: Reading,
}

/// How every column of a file is read.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Mapping {
    pub columns: Vec<ColumnReading>,
    /// The files' signature, under which a choice is remembered ([`signature`]).
    pub signature: String,
}

impl Mapping {
    /// The column read as `meaning`, if one is.
    pub fn column(&self, meaning: ColumnMeaning) -> Option<usize> {
        self.columns.iter().position(|c| c.meaning == meaning)
    }

    /// The meanings chosen for this file (not recognised): what is kept in the workspace.
    pub fn chosen(&self) -> BTreeMap<String, ColumnMeaning> {
        self.columns
            .iter()
            .filter(|c| matches!(c.reading, Reading::Chosen | Reading::Remembered))
            .map(|c| (c.header.clone(), c.meaning))
            .collect()
    }
}

/// The spellings of each meaning, folded as [`key`] folds a header, in English, French, Spanish and
/// Russian. A header that is exactly one of them is read as it; one that begins with one ("Delegation
/// (country or organization)") is read as it when nothing matches exactly.
const SPELLINGS: &[(ColumnMeaning, &[&str])] = &[
    (
        ColumnMeaning::Delegation,
        &[
            "delegation",
            "country",
            "state",
            "invitee",
            "organisation",
            "organization",
            "country or organization",
            "country or organisation",
            "state or organization",
            "member state",
            "entity",
            "pays",
            "pays ou organisation",
            "etat",
            "etat ou organisation",
            "pais",
            "pais u organizacion",
            "pais o organizacion",
            "estado u organizacion",
            "delegacion",
            "organizacion",
            "страна",
            "государство",
            "делегация",
            "организация",
            "страна или организация",
            "государство или организация",
        ],
    ),
    (
        ColumnMeaning::Role,
        &[
            "role",
            "role in delegation",
            "role in the delegation",
            "position in delegation",
            "role dans la delegation",
            "rol",
            "rol en la delegacion",
            "роль",
            "роль в делегации",
        ],
    ),
    (
        ColumnMeaning::Head,
        &[
            "head of delegation",
            "hod",
            "head",
            "is head of delegation",
            "chef de delegation",
            "chef de la delegation",
            "jefe de delegacion",
            "jefe de la delegacion",
            "jefa de delegacion",
            "jefe a de delegacion",
            "глава делегации",
            "руководитель делегации",
        ],
    ),
    (
        ColumnMeaning::Honorific,
        &[
            "honorific",
            "title",
            "salutation",
            "courtesy title",
            "prefix",
            "titre",
            "civilite",
            "titulo",
            "tratamiento",
            "обращение",
            "титул",
        ],
    ),
    (
        ColumnMeaning::GivenName,
        &[
            "given name",
            "given names",
            "first name",
            "first names",
            "firstname",
            "forename",
            "given",
            "prenom",
            "prenoms",
            "nombre",
            "nombres",
            "nombre s",
            "имя",
        ],
    ),
    (
        ColumnMeaning::FamilyName,
        &[
            "family name",
            "last name",
            "lastname",
            "surname",
            "family",
            "nom de famille",
            "nom",
            "apellido",
            "apellidos",
            "apellido s",
            "фамилия",
        ],
    ),
    (
        ColumnMeaning::FullName,
        &[
            "name",
            "full name",
            "fullname",
            "participant",
            "participant name",
            "participant s name",
            "delegate",
            "delegate name",
            "nom complet",
            "nom et prenom",
            "prenom et nom",
            "nombre completo",
            "nombre y apellidos",
            "nombre y apellido",
            "фио",
            "имя и фамилия",
            "фамилия и имя",
            "фамилия имя отчество",
        ],
    ),
    (
        ColumnMeaning::Function,
        &[
            "function",
            "position",
            "job title",
            "position function",
            "function position",
            "title function",
            "function title",
            "position title",
            "post",
            "fonction",
            "poste",
            "titre fonction",
            "fonction titre",
            "cargo",
            "puesto",
            "funcion",
            "cargo funcion",
            "должность",
            "должность функция",
        ],
    ),
    (
        ColumnMeaning::Gender,
        &["gender", "sex", "sexe", "genre", "sexo", "genero", "пол"],
    ),
    (
        ColumnMeaning::Email,
        &[
            "email",
            "e mail",
            "email address",
            "e mail address",
            "mail",
            "courriel",
            "adresse electronique",
            "adresse e mail",
            "adresse courriel",
            "correo",
            "correo electronico",
            "электронная почта",
            "адрес электронной почты",
            "e mail адрес",
        ],
    ),
    (
        ColumnMeaning::Phone,
        &[
            "phone",
            "telephone",
            "tel",
            "mobile",
            "phone number",
            "telephone number",
            "numero de telephone",
            "telefono",
            "movil",
            "телефон",
        ],
    ),
    (
        ColumnMeaning::GivenNameLatin,
        &[
            "given name latin",
            "latin given name",
            "given name in lists",
            "given name in latin script",
        ],
    ),
    (
        ColumnMeaning::FamilyNameLatin,
        &[
            "family name latin",
            "latin family name",
            "family name in lists",
            "family name in latin script",
        ],
    ),
    (
        ColumnMeaning::RegistrationState,
        &[
            "registration state",
            "registration status",
            "status",
            "state of registration",
            "statut",
            "statut de l inscription",
            "etat de l inscription",
            "estado de la inscripcion",
            "estado de registro",
            "статус",
            "статус регистрации",
        ],
    ),
];

/// The headers a form tool (Microsoft Forms in English, French, Spanish and Russian) puts first: its row
/// ID, when the form was started and completed, the responder's e-mail and name. They say nothing about
/// the delegate.
const FORM_TOOL: [&[&str]; 5] = [
    &["id"],
    &[
        "start time",
        "heure de debut",
        "hora de inicio",
        "время начала",
    ],
    &[
        "completion time",
        "heure de fin",
        "hora de finalizacion",
        "время завершения",
    ],
    &[
        "email",
        "adresse de messagerie",
        "correo electronico",
        "электронная почта",
    ],
    &["name", "nom", "nombre", "имя"],
];

/// A form's timestamp column (Google Forms and others): the moment the form was sent, nothing about the
/// delegate.
const TIMESTAMPS: [&str; 6] = [
    "timestamp",
    "horodateur",
    "marca temporal",
    "отметка времени",
    "submitted",
    "submission date",
];

/// A header as compared: folded, every run of characters that are not letters or digits one space.
pub fn key(header: &str) -> String {
    fold(header)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// The meaning a header names, and how surely: 2 when it is one of the meaning's spellings, 1 when it
/// begins with one (the longest), 0 when it names nothing. Ties between meanings name nothing.
fn recognise(header: &str) -> (ColumnMeaning, u8) {
    let key = key(header);
    let mut best = (ColumnMeaning::Ignored, 0_u8, 0_usize);
    let mut tie = false;
    for (meaning, spellings) in SPELLINGS {
        for spelling in *spellings {
            // Folded as the header is (a Russian "й" loses its breve).
            let folded = fold(spelling);
            let spelling = &folded.as_str();
            let score = if key == *spelling {
                (2, spelling.len())
            } else if key.starts_with(spelling) && key.as_bytes().get(spelling.len()) == Some(&b' ')
            {
                (1, spelling.len())
            } else {
                continue;
            };
            if (score.0, score.1) > (best.1, best.2) {
                best = (*meaning, score.0, score.1);
                tie = false;
            } else if (score.0, score.1) == (best.1, best.2) && *meaning != best.0 {
                tie = true;
            }
        }
    }
    if tie {
        (ColumnMeaning::Ignored, 0)
    } else {
        (best.0, best.1)
    }
}

/// How many leading columns are a form tool's own (Microsoft Forms: ID, start time, completion time,
/// and the responder's e-mail and name when it asks for them).
fn form_tool_columns(headers: &[String]) -> usize {
    let keys: Vec<String> = headers.iter().map(|h| key(h)).collect();
    let mut n = 0;
    for (i, spellings) in FORM_TOOL.iter().enumerate() {
        match keys.get(i) {
            Some(k) if spellings.iter().any(|s| fold(s) == *k) => n = i + 1,
            _ => break,
        }
    }
    // The ID and the two times at least, or it is not the tool's.
    if n >= 3 { n } else { 0 }
}

/// How the columns of `headers` are read: what was chosen for this file first (`chosen`, by header),
/// then what was chosen for files of this form before (`remembered`), then what the headers say. Of two
/// columns that read as one meaning, the surer reading wins (the other is left out, and said).
pub fn read(
    headers: &[String],
    chosen: &BTreeMap<String, ColumnMeaning>,
    remembered: &Mappings,
    columns_empty: &[bool],
) -> Mapping {
    let signature = signature(headers);
    let remembered = remembered.get(&signature);
    let tool = form_tool_columns(headers);
    let mut columns: Vec<(ColumnReading, u8)> = headers
        .iter()
        .enumerate()
        .map(|(i, header)| {
            if let Some(meaning) = chosen.get(header) {
                return (reading(header, *meaning, Reading::Chosen), 3);
            }
            if let Some(meaning) = remembered.and_then(|r| r.get(header)) {
                return (reading(header, *meaning, Reading::Remembered), 3);
            }
            if i < tool {
                return (
                    reading(header, ColumnMeaning::Ignored, Reading::FormTool),
                    0,
                );
            }
            if TIMESTAMPS.iter().any(|t| fold(t) == key(header)) {
                return (
                    reading(header, ColumnMeaning::Ignored, Reading::FormTool),
                    0,
                );
            }
            let (meaning, score) = recognise(header);
            // A column with nothing in it names nothing, whatever its header.
            if columns_empty.get(i).copied().unwrap_or(false) && meaning != ColumnMeaning::Ignored {
                return (
                    reading(header, ColumnMeaning::Ignored, Reading::Unrecognised),
                    0,
                );
            }
            let how = if meaning == ColumnMeaning::Ignored {
                Reading::Unrecognised
            } else {
                Reading::Recognised
            };
            (reading(header, meaning, how), score)
        })
        .collect();
    // One column per meaning: the surest reading (the first of equals), the others left out.
    for meaning in ColumnMeaning::ALL {
        if meaning == ColumnMeaning::Ignored {
            continue;
        }
        let best = columns
            .iter()
            .enumerate()
            .filter(|(_, (c, _))| c.meaning == meaning)
            .max_by_key(|(i, (_, score))| (*score, std::cmp::Reverse(*i)))
            .map(|(i, _)| i);
        for (i, (column, _)) in columns.iter_mut().enumerate() {
            if column.meaning == meaning && Some(i) != best {
                column.meaning = ColumnMeaning::Ignored;
                column.reading = Reading::Duplicate;
            }
        }
    }
    // A whole name is read from given and family names when the file has both.
    let has = |m| columns.iter().any(|(c, _)| c.meaning == m);
    if has(ColumnMeaning::FamilyName) && has(ColumnMeaning::FullName) {
        for (column, _) in &mut columns {
            if column.meaning == ColumnMeaning::FullName && column.reading == Reading::Recognised {
                column.meaning = ColumnMeaning::Ignored;
                column.reading = Reading::Duplicate;
            }
        }
    }
    Mapping {
        columns: columns.into_iter().map(|(c, _)| c).collect(),
        signature,
    }
}

fn reading(header: &str, meaning: ColumnMeaning, reading: Reading) -> ColumnReading {
    ColumnReading {
        header: header.to_owned(),
        meaning,
        reading,
    }
}

/// Whether a table's headers name people (a name column, whole or split): the test for a Word table
/// that lists a delegation.
pub fn names_people(headers: &[String]) -> bool {
    headers.iter().any(|h| {
        matches!(
            recognise(h).0,
            ColumnMeaning::FullName | ColumnMeaning::FamilyName
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn meanings(headers: &[&str]) -> Vec<ColumnMeaning> {
        let headers: Vec<String> = headers.iter().map(|h| (*h).to_owned()).collect();
        let empty = vec![false; headers.len()];
        read(&headers, &BTreeMap::new(), &Mappings::new(), &empty)
            .columns
            .into_iter()
            .map(|c| c.meaning)
            .collect()
    }

    #[test]
    fn an_online_forms_columns_in_english() {
        use ColumnMeaning::*;
        assert_eq!(
            meanings(&[
                "Timestamp",
                "Delegation (country or organization)",
                "Title",
                "First name",
                "Last name",
                "Position / function",
                "E-mail address",
                "Gender",
                "Head of delegation?",
                "Phone",
            ]),
            [
                Ignored, Delegation, Honorific, GivenName, FamilyName, Function, Email, Gender,
                Head, Phone
            ]
        );
    }

    #[test]
    fn a_french_form_tools_own_columns_are_left_out() {
        use ColumnMeaning::*;
        assert_eq!(
            meanings(&[
                "ID",
                "Heure de début",
                "Heure de fin",
                "Adresse de messagerie",
                "Nom",
                "Pays ou organisation",
                "Titre",
                "Prénom",
                "Nom de famille",
                "Fonction",
                "Sexe",
                "Chef de délégation",
            ]),
            [
                Ignored, Ignored, Ignored, Ignored, Ignored, Delegation, Honorific, GivenName,
                FamilyName, Function, Gender, Head
            ]
        );
    }

    #[test]
    fn spanish_and_russian_headers() {
        use ColumnMeaning::*;
        assert_eq!(
            meanings(&[
                "País u organización",
                "Nombre(s)",
                "Apellido(s)",
                "Cargo",
                "Sexo"
            ]),
            [Delegation, GivenName, FamilyName, Function, Gender]
        );
        assert_eq!(
            meanings(&["Страна", "Имя", "Фамилия", "Должность", "Пол", "Статус"]),
            [
                Delegation,
                GivenName,
                FamilyName,
                Function,
                Gender,
                RegistrationState
            ]
        );
        assert_eq!(
            meanings(&["Name", "Title / function", "E-mail"]),
            [FullName, Function, Email]
        );
    }
}
