//! The columns of a delegates file, in one place: what an import reads (with the other spellings it
//! accepts), what the People view copies to the clipboard, and what the List of Participants' CSV and XLSX
//! write and an addendum reads back. A file written by one is read by the others.

/// A column: its name as the app writes it, and the other spellings an import accepts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Column {
    pub name: &'static str,
    pub aliases: &'static [&'static str],
}

const fn column(name: &'static str, aliases: &'static [&'static str]) -> Column {
    Column { name, aliases }
}

pub const DELEGATION: Column = column(
    "delegation",
    &[
        "country",
        "invitee",
        "organisation",
        "organization",
        "state",
    ],
);
pub const ROLE: Column = column("role", &["position in delegation"]);
pub const HONORIFIC: Column = column("honorific", &["title", "salutation"]);
pub const GIVEN_NAME: Column = column(
    "given_name",
    &["first name", "firstname", "given", "forename"],
);
pub const FAMILY_NAME: Column = column("family_name", &["last name", "surname", "family", "name"]);
pub const FUNCTION: Column = column("function", &["position", "job title", "post"]);
pub const GENDER: Column = column("gender", &["sex"]);
pub const EMAIL: Column = column("email", &["e-mail", "mail", "email address"]);
pub const PHONE: Column = column("phone", &["telephone", "tel", "phone number", "mobile"]);
pub const GIVEN_NAME_LATIN: Column = column(
    "given_name_latin",
    &[
        "latin given name",
        "given name in lists",
        "given name (latin)",
    ],
);
pub const FAMILY_NAME_LATIN: Column = column(
    "family_name_latin",
    &[
        "latin family name",
        "family name in lists",
        "family name (latin)",
    ],
);

/// What the List of Participants prints of a person, in order: the delegation and the person's line.
pub const PRINTED: [Column; 6] = [
    DELEGATION,
    ROLE,
    HONORIFIC,
    GIVEN_NAME,
    FAMILY_NAME,
    FUNCTION,
];

/// What an internal list adds, and the People view copies: how to reach the person.
pub const CONTACT: [Column; 3] = [GENDER, EMAIL, PHONE];

/// The columns the People view copies: a delegates file without the spellings for lists.
pub fn copied() -> Vec<&'static str> {
    PRINTED.iter().chain(&CONTACT).map(|c| c.name).collect()
}

/// Every column a delegates import reads, in order.
pub const DELEGATES: [Column; 11] = [
    DELEGATION,
    ROLE,
    HONORIFIC,
    GIVEN_NAME,
    FAMILY_NAME,
    FUNCTION,
    GENDER,
    EMAIL,
    PHONE,
    GIVEN_NAME_LATIN,
    FAMILY_NAME_LATIN,
];
