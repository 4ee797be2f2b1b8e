//! Generated delegations of invented people, for benchmarks, tests and the sample documents under `docs/`.
//! The names are built from syllables, so they belong to no one; a fixed seed gives the same people every
//! time.

use super::{
    Category, CredentialKind, Credentials, EntityId, Gender, InvitationStatus, Issuer, Member,
    PersonId, Reply, Role, Workspace,
};

const GIVEN_F: [&str; 12] = [
    "Amira", "Lucía", "Ingrid", "Nadia", "Élodie", "Hana", "Zofia", "Mariam", "Aroha", "Chiara",
    "Olena", "Thandi",
];
const GIVEN_M: [&str; 12] = [
    "Tomás", "Kofi", "Henrik", "Rashid", "Mateo", "Kenji", "Piotr", "Samir", "Jonas", "Émile",
    "Arjun", "Bayo",
];
const FAMILY_START: [&str; 12] = [
    "Vel", "Kar", "Mon", "Dar", "Sol", "Bren", "Tal", "Quin", "Ros", "Lem", "Var", "Hol",
];
const FAMILY_MIDDLE: [&str; 8] = ["", "er", "an", "os", "il", "ur", "em", "ad"];
const FAMILY_END: [&str; 10] = [
    "ande", "ovic", "essa", "ström", "ari", "enko", "ez", "ini", "ton", "aud",
];
/// Cyrillic names, each with the spelling in Latin script lists in English, French and Spanish print
/// (the romanisation of the UN's lists of participants).
const CYRILLIC_GIVEN: [(&str, &str); 8] = [
    ("Мирон", "Miron"),
    ("Алёна", "Alyona"),
    ("Тимур", "Timur"),
    ("Ирина", "Irina"),
    ("Глеб", "Gleb"),
    ("Зоя", "Zoya"),
    ("Ярослав", "Yaroslav"),
    ("Есения", "Yesenia"),
];
const CYRILLIC_FAMILY: [(&str, &str); 8] = [
    ("Велесов", "Velesov"),
    ("Корнеева", "Korneeva"),
    ("Дарьин", "Daryin"),
    ("Солнцева", "Solntseva"),
    ("Ёлкин", "Yolkin"),
    ("Тарасевич", "Tarasevich"),
    ("Мелехина", "Melekhina"),
    ("Зорин", "Zorin"),
];

/// The Latin spelling of a generated Cyrillic name, a number after it kept (empty for a name in Latin
/// script).
fn latin_of(names: &[(&str, &str)], name: &str) -> String {
    let (word, rest) = name.split_once(' ').unwrap_or((name, ""));
    names
        .iter()
        .find(|(cyrillic, _)| *cyrillic == word)
        .map(|(_, latin)| format!("{latin} {rest}").trim_end().to_owned())
        .unwrap_or_default()
}

const HONORIFICS_F: [&str; 3] = ["Ms.", "Dr.", "H.E. Ms."];
const HONORIFICS_M: [&str; 3] = ["Mr.", "Dr.", "H.E. Mr."];
const FUNCTIONS: [&str; 5] = [
    "Permanent Representative to the United Nations Office at Geneva",
    "Counsellor, Permanent Mission",
    "Director, Ministry of Foreign Affairs",
    "Head, National Mine Action Centre",
    "Legal Adviser",
];

/// A small deterministic generator (`SplitMix64`), so samples need no random-number crate.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        let len = items.len().max(1) as u64;
        items
            .get(usize::try_from(self.next() % len).unwrap_or(0))
            .copied()
            .unwrap_or_default()
    }
}

/// An invented given and family name (Cyrillic for Russia and Kazakhstan), drawn again on a clash so
/// that one invented person is never in two delegations (beyond 2,000 people a number keeps them apart).
fn invented_name(
    rng: &mut Rng,
    (cyrillic, female): (bool, bool),
    used: &mut std::collections::HashSet<(String, String)>,
    (people, next_id): (usize, u32),
) -> (String, String) {
    let mut attempts = 0;
    loop {
        attempts += 1;
        let mut candidate = if cyrillic {
            let given: Vec<&str> = CYRILLIC_GIVEN.iter().map(|(c, _)| *c).collect();
            let family: Vec<&str> = CYRILLIC_FAMILY.iter().map(|(c, _)| *c).collect();
            (rng.pick(&given).to_owned(), rng.pick(&family).to_owned())
        } else {
            let given = if female {
                rng.pick(&GIVEN_F)
            } else {
                rng.pick(&GIVEN_M)
            };
            let family = format!(
                "{}{}{}",
                rng.pick(&FAMILY_START),
                rng.pick(&FAMILY_MIDDLE),
                rng.pick(&FAMILY_END)
            );
            (given.to_owned(), family)
        };
        if attempts > 50 {
            candidate.1 = format!("{} {next_id}", candidate.1);
        }
        if people > 2000 || used.insert(candidate.clone()) {
            break candidate;
        }
    }
}

/// Gives the first meeting of `workspace` about `people` invented delegates, spread over the States
/// Parties and observers that it marks as invited and accepted. Each delegation has exactly one head;
/// States Parties get credentials.
pub fn with_generated_delegations(mut workspace: Workspace, people: usize, seed: u64) -> Workspace {
    let mut rng = Rng(seed);
    let Some(meeting) = workspace.meetings.first() else {
        return workspace;
    };
    let opening = meeting.opening;
    let ids: Vec<(EntityId, Option<Category>)> = meeting
        .invitees
        .keys()
        .map(|id| (id.clone(), workspace.category(meeting, id)))
        .collect();
    // About three in four invitees send someone.
    let attending: Vec<(EntityId, Option<Category>)> = ids
        .into_iter()
        .filter(|_| !rng.next().is_multiple_of(4))
        .collect();
    if attending.is_empty() {
        return workspace;
    }
    // Spread the people evenly, so organisations at the end of the list get delegates too.
    let count = attending.len();
    let share = |i: usize| people * (i + 1) / count - people * i / count;
    let sent = opening - chrono::Days::new(180);
    let mut next_id = workspace.highest_person_id() + 1;
    let mut used = std::collections::HashSet::new();
    let Some(meeting) = workspace.meetings.first_mut() else {
        return workspace;
    };
    for (index, (id, category)) in attending.into_iter().enumerate() {
        let size = share(index);
        if size == 0 {
            continue;
        }
        let Some(invitee) = meeting.invitees.get_mut(&id) else {
            continue;
        };
        invitee.invitation.status = InvitationStatus::Invited;
        invitee.invitation.sent = Some(sent);
        invitee.invitation.reference = format!("NV/{next_id:05}");
        invitee.invitation.reply = Reply::Accepted;
        invitee.invitation.reply_date = Some(sent + chrono::Days::new(30));
        let cyrillic = id == EntityId::state("RUS") || id == EntityId::state("KAZ");
        for n in 0..size {
            let female = rng.next().is_multiple_of(2);
            let (given, family) =
                invented_name(&mut rng, (cyrillic, female), &mut used, (people, next_id));
            let role = match n {
                0 => Role::HeadOfDelegation,
                1 => Role::Alternate,
                _ => match rng.next() % 3 {
                    0 => Role::Representative,
                    1 => Role::Adviser,
                    _ => Role::Expert,
                },
            };
            let honorific = if female {
                rng.pick(&HONORIFICS_F)
            } else {
                rng.pick(&HONORIFICS_M)
            };
            let latin_given_name = latin_of(&CYRILLIC_GIVEN, &given);
            let mut latin_family_name = latin_of(&CYRILLIC_FAMILY, &family);
            if people > 2000 && !latin_family_name.is_empty() {
                latin_family_name = format!("{latin_family_name} {next_id}");
            }
            invitee.delegation.members.push(Member {
                id: PersonId(next_id),
                role,
                honorific: honorific.to_owned(),
                email: format!("delegate{next_id}@example.org"),
                given_name: given,
                // A number keeps every generated person distinct, however many there are.
                family_name: if people > 2000 {
                    format!("{family} {next_id}")
                } else {
                    family
                },
                function: rng.pick(&FUNCTIONS).to_owned(),
                gender: if female { Gender::Female } else { Gender::Male },
                phone: String::new(),
                latin_given_name,
                latin_family_name,
            });
            next_id += 1;
        }
        if category == Some(Category::StateParty) && !rng.next().is_multiple_of(5) {
            invitee.delegation.credentials = Some(Credentials {
                kind: CredentialKind::Original,
                issuer: Some(Issuer::MinisterForForeignAffairs),
                received: Some(opening - chrono::Days::new(3)),
            });
        }
    }
    workspace
}
