//! The interface in English, French, Spanish and Russian.

use msp_invitations::i18n::{self, Lang, long_date_in, message_ids, tr_in};
use msp_invitations::model::Date;

#[test]
fn every_language_has_exactly_the_messages_of_english() {
    let english = message_ids(Lang::En);
    assert!(english.len() > 200);
    for lang in Lang::ALL {
        assert_eq!(i18n::syntax_errors(lang), 0, "{lang:?} has syntax errors");
        let ids = message_ids(lang);
        let missing: Vec<&String> = english.iter().filter(|id| !ids.contains(id)).collect();
        let extra: Vec<&String> = ids.iter().filter(|id| !english.contains(id)).collect();
        assert!(
            missing.is_empty() && extra.is_empty(),
            "{lang:?}: missing {missing:?}, extra {extra:?}"
        );
    }
}

#[test]
fn every_message_id_used_in_the_code_exists() {
    // Ids in the code are string literals passed to t!, tr or tr_args; each must be in English (and so,
    // by the test above, in every language).
    let english = message_ids(Lang::En);
    let src = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut missing = Vec::new();
    let mut stack = vec![src];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).expect("src") {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            let text = std::fs::read_to_string(&path).expect("read");
            for marker in ["t!(\"", "tr(\"", "tr_args(\""] {
                let mut from = 0;
                while let Some(found) = text[from..].find(marker) {
                    let at = from + found;
                    from = at + marker.len();
                    let before = text[..at].chars().next_back().unwrap_or(' ');
                    if before.is_alphanumeric() || before == '_' {
                        continue; // part of a longer name
                    }
                    let id = text[from..].split('"').next().unwrap_or_default();
                    let is_id = id.contains('-')
                        && id
                            .chars()
                            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
                    if is_id && !english.iter().any(|e| e == id) {
                        missing.push(format!("{}: {id}", path.display()));
                    }
                }
            }
        }
    }
    assert!(missing.is_empty(), "{missing:#?}");
}

/// The Letters view folds the issues about one invitee under a heading of their own (the issue's id and
/// `-group`), a key the test above cannot see, since the code makes it with `format!`.
#[test]
fn every_issue_about_an_invitee_has_a_group_heading() {
    let english = message_ids(Lang::En);
    let about_one: Vec<&String> = english
        .iter()
        .filter(|id| id.starts_with("let-issue-") && !id.ends_with("-group"))
        .filter(|id| tr_in(Lang::En, id, &[("name", "Chile".into())]).contains("Chile"))
        .collect();
    assert!(about_one.len() >= 5, "{about_one:?}");
    let missing: Vec<&&String> = about_one
        .iter()
        .filter(|id| !english.contains(&format!("{id}-group")))
        .collect();
    assert!(missing.is_empty(), "no -group heading for {missing:?}");
}

fn problems(lang: Lang, n: i64) -> String {
    tr_in(lang, "status-problems", &[("count", n.into())])
}

#[test]
fn russian_has_three_plural_forms() {
    assert_eq!(problems(Lang::Ru, 1), "1 проблема");
    assert_eq!(problems(Lang::Ru, 2), "2 проблемы");
    assert_eq!(problems(Lang::Ru, 5), "5 проблем");
    assert_eq!(problems(Lang::Ru, 21), "21 проблема");
    let delegations = |n: i64| tr_in(Lang::Ru, "plural-delegations", &[("count", n.into())]);
    assert_eq!(delegations(1), "1 делегация");
    assert_eq!(delegations(2), "2 делегации");
    assert_eq!(delegations(5), "5 делегаций");
    assert_eq!(delegations(21), "21 делегация");
    assert_eq!(problems(Lang::En, 1), "1 problem");
    assert_eq!(problems(Lang::En, 21), "21 problems");
    assert_eq!(problems(Lang::Fr, 1), "1 problème");
    assert_eq!(problems(Lang::Fr, 2), "2 problèmes");
    assert_eq!(problems(Lang::Es, 5), "5 problemas");
}

#[test]
fn no_isolation_marks_reach_the_screen() {
    let text = tr_in(
        Lang::Fr,
        "status-showing",
        &[("shown", 3.into()), ("total", 225.into())],
    );
    assert_eq!(text, "3 sur 225 invités affichés");
    assert!(!text.contains(['\u{2068}', '\u{2069}']));
}

#[test]
fn dates_in_each_languages_own_form() {
    let day = Date::from_ymd_opt(2013, 12, 2).expect("date");
    assert_eq!(long_date_in(Lang::Ru, day), "2 декабря 2013 г.");
    assert_eq!(long_date_in(Lang::Fr, day), "2 décembre 2013");
    assert_eq!(long_date_in(Lang::Es, day), "2 de diciembre de 2013");
    assert_eq!(long_date_in(Lang::En, day), "2 December 2013");
}

#[test]
fn languages_from_codes_and_locales() {
    assert_eq!(Lang::from_code("ru_RU.UTF-8"), Some(Lang::Ru));
    assert_eq!(Lang::from_code("fr-CH"), Some(Lang::Fr));
    assert_eq!(Lang::from_code("es"), Some(Lang::Es));
    assert_eq!(Lang::from_code("de"), None);
}

mod exports_in_other_languages {
    use msp_invitations::exchange::import::read_table;
    use msp_invitations::exchange::{ExportRequest, Format, ListKind, export};
    use msp_invitations::i18n::Lang;
    use msp_invitations::model::{Date, EntityId, Member, PersonId, Role, builtin_workspace};

    fn workspace() -> msp_invitations::model::Workspace {
        let mut ws = builtin_workspace();
        for (n, iso3) in ["DEU", "CIV", "RUS", "AUT"].iter().enumerate() {
            let mut m = Member::new(
                PersonId(u32::try_from(n).expect("a few") + 1),
                Role::HeadOfDelegation,
            );
            m.given_name = "Ana".to_owned();
            m.family_name = format!("Person{n}");
            ws.meetings[0]
                .invitees
                .get_mut(&EntityId::state(iso3))
                .expect("State")
                .delegation
                .members
                .push(m);
        }
        ws
    }

    pub(super) fn request(list: ListKind, format: Format, lang: Lang) -> ExportRequest {
        ExportRequest {
            list,
            format,
            meeting: "13MSP".into(),
            document_number: "INF.2".to_owned(),
            date: Date::from_ymd_opt(2013, 12, 2).expect("date"),
            internal: false,
            csv: Default::default(),
            since: None,
            only: None,
            first_seat: None,
            letters: Default::default(),
            lang,
            designated_only: false,
            attended: false,
        }
    }

    #[test]
    fn a_russian_list_of_participants() {
        let ws = workspace();
        let csv =
            export(&ws, &request(ListKind::Participants, Format::Csv, Lang::Ru)).expect("csv");
        let table = read_table(&csv).expect("reads");
        let delegations: Vec<&str> = table.rows.iter().map(|r| r[1].as_str()).collect();
        // Russian names in Russian alphabetical order.
        assert_eq!(
            delegations,
            vec!["Австрия", "Германия", "Кот-д'Ивуар", "Российская Федерация"]
        );
        assert_eq!(table.rows[0][0], "Государства-участники");
        assert_eq!(table.rows[0][2], "Глава делегации");
        let html = String::from_utf8(
            export(
                &ws,
                &request(ListKind::Participants, Format::Html, Lang::Ru),
            )
            .expect("html"),
        )
        .expect("utf-8");
        assert!(
            html.contains("<html lang=\"ru\">"),
            "the page says its language"
        );
        assert!(html.contains("2 декабря 2013 г."), "the date in Russian");
        assert!(html.contains("Подготовлено Секретариатом"));
        assert!(
            html.contains("List of participants") && html.contains("Liste des participants"),
            "trilingual title kept"
        );
        assert!(html.contains("États parties"), "trilingual headings kept");
    }

    #[test]
    fn a_french_invitation_list_and_statistics() {
        let ws = workspace();
        let csv = export(&ws, &request(ListKind::Invitations, Format::Csv, Lang::Fr)).expect("csv");
        let table = read_table(&csv).expect("reads");
        let first = &table.rows[0];
        assert_eq!(first[0], "Afghanistan");
        assert!(
            table
                .rows
                .iter()
                .any(|r| r[0] == "Allemagne" && r[2] == "État partie" && r[3] == "Non invité")
        );
        let html = String::from_utf8(
            export(&ws, &request(ListKind::Statistics, Format::Html, Lang::Fr)).expect("html"),
        )
        .expect("utf-8");
        assert!(html.contains("Les États parties suivants ont participé à l’Assemblée : Allemagne, Autriche et Côte d’Ivoire."), "{html}");
        assert!(
            html.contains("en qualité d’observateurs : Fédération de Russie."),
            "{html}"
        );
        assert!(html.contains("Établie par le Secrétariat"));
    }

    fn html(request: &ExportRequest) -> String {
        String::from_utf8(export(&workspace(), request).expect("export")).expect("utf-8")
    }

    #[test]
    fn registers_and_the_seating_plan_in_french_and_russian() {
        let credentials = html(&request(ListKind::Credentials, Format::Html, Lang::Fr));
        assert!(
            credentials.contains("Pouvoirs non encore reçus"),
            "{credentials}"
        );
        assert!(
            credentials.contains("Sur les 3 États parties qui ont inscrit une délégation, 3 n’avaient pas présenté de pouvoirs le 2 décembre 2013."),
            "{credentials}"
        );
        assert!(credentials.contains("Allemagne") && credentials.contains("Côte d’Ivoire"));

        let observers = html(&request(ListKind::ObserverRequests, Format::Html, Lang::Ru));
        assert!(observers.contains("Ни одна организация не запрашивала статус наблюдателя."));

        let seating = html(&ExportRequest {
            first_seat: Some(EntityId::state("DEU")),
            ..request(ListKind::Seating, Format::Html, Lang::Ru)
        });
        assert!(
            seating.contains("начиная с государства «Германия»"),
            "{seating}"
        );
        assert!(seating.contains("Ряд 1"));
        assert!(
            seating.contains("1. Германия"),
            "the drawn State first, named in Russian"
        );
        assert!(!seating.contains("Germany"));
    }

    #[test]
    fn a_french_list_reimports() {
        let ws = workspace();
        let csv =
            export(&ws, &request(ListKind::Participants, Format::Csv, Lang::Fr)).expect("csv");
        let table = read_table(&csv).expect("reads");
        let preview = msp_invitations::exchange::import::preview_delegates(
            &builtin_workspace(),
            &"13MSP".into(),
            &table,
        )
        .expect("columns");
        assert!(
            preview.problems.is_empty(),
            "French names and roles are understood: {:?}",
            preview.problems
        );
        assert_eq!(preview.added(), 4);
    }
}

#[test]
fn treaty_status_names_states_in_the_language_asked() {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_msp-invitations"))
        .args([
            "treaty-status",
            "--date",
            "2013-12-02",
            "--csv",
            "--lang",
            "ru",
        ])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("DEU,Германия,State Party"), "{text}");
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_msp-invitations"))
        .args([
            "treaty-status",
            "--date",
            "2013-12-02",
            "--csv",
            "--lang",
            "xx",
        ])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn validation_reasons_in_each_language() {
    use msp_invitations::model::{EntityId, Member, PersonId, Role, builtin_workspace, validate};
    let mut ws = builtin_workspace();
    let chile = ws.meetings[0]
        .invitees
        .get_mut(&EntityId::state("CHL"))
        .expect("Chile");
    let mut m = Member::new(PersonId(1), Role::Adviser);
    m.family_name = "Rojas".to_owned();
    chile.delegation.members.push(m);
    chile.invitation.reply = msp_invitations::model::Reply::Declined;
    let problems = validate(&ws);
    let texts = |lang| {
        problems
            .iter()
            .map(|p| p.message_in(&ws, lang))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        texts(Lang::En),
        vec![
            "13MSP: Chile: a reply (declined) is recorded but no invitation was sent",
            "13MSP: Chile: the delegation has no Head of Delegation",
        ]
    );
    assert_eq!(
        texts(Lang::En)[0],
        problems[0].to_string(),
        "the English text is the command line's"
    );
    assert_eq!(
        texts(Lang::Fr),
        vec![
            "13MSP: Chili : une réponse (déclinée) est enregistrée mais aucune invitation n’a été envoyée",
            "13MSP: Chili : la délégation n’a pas de chef de délégation",
        ]
    );
    assert_eq!(texts(Lang::Ru)[1], "13MSP: Чили: у делегации нет главы");
}

/// Runs `f` with the interface in `lang`. The interface language is process-wide, so tests that depend
/// on it take turns.
fn in_language<T>(lang: Lang, f: impl FnOnce() -> T) -> T {
    static TURN: std::sync::Mutex<()> = std::sync::Mutex::new(());
    let _turn = TURN
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    i18n::set_language(lang);
    let result = f();
    i18n::set_language(Lang::En);
    result
}

#[test]
fn file_errors_and_recovery_offers_in_the_interface_language() {
    let err = msp_invitations::storage::from_ron(
        "(format_version: 9)",
        std::path::Path::new("/tmp/x.ron"),
    )
    .expect_err("newer");
    let text = in_language(Lang::Fr, || {
        msp_invitations::storage::words::load_error(&err)
    });
    assert!(
        text.starts_with("L’espace de travail a été écrit par une version plus récente"),
        "{text}"
    );
    assert!(text.ends_with("Fichier : /tmp/x.ron"), "{text}");
    let english = in_language(Lang::En, || {
        msp_invitations::storage::words::load_error(&err)
    });
    assert_eq!(
        english,
        err.to_string(),
        "the app's English is the library's"
    );
}

#[test]
fn import_previews_in_the_interface_language() {
    use msp_invitations::exchange::import::{preview_delegates, preview_replies, read_table};
    let ws = msp_invitations::model::builtin_workspace();
    let table = read_table(b"delegation;role;given_name;family_name\nChile;Head;Ana;Rojas\n")
        .expect("reads");
    let preview = preview_delegates(&ws, &"13MSP".into(), &table).expect("columns");
    let (_, _, line) = &preview.actions[0];
    assert_eq!(
        line.to_string(),
        "Chile: add Ana ROJAS (Head of Delegation)"
    );
    assert_eq!(
        line.in_lang(Lang::Fr),
        "Chile : ajouter Ana ROJAS (Chef de délégation)"
    );
    assert_eq!(
        line.in_lang_for(&ws, Lang::Fr),
        "Chili : ajouter Ana ROJAS (Chef de délégation)",
        "the State named in the language too"
    );
    let table =
        read_table(b"invitee,reply,date\nCHL,accepted,2013-09-01\nPER,declined,2013-02-30\n")
            .expect("reads");
    let preview = preview_replies(&ws, &"13MSP".into(), &table).expect("columns");
    let (_, _, line) = &preview.actions[0];
    assert_eq!(line.in_lang(Lang::Es), "Chile: respuesta aceptada");
    assert_eq!(line.in_lang_for(&ws, Lang::Ru), "Чили: ответ — принято");
    assert_eq!(
        preview.problems[0].reason.in_lang(Lang::Ru),
        tr_in(Lang::Ru, "date-invalid", &[])
    );
    assert_eq!(
        preview.problems[0].reason.to_string(),
        "Not a date: write it as YYYY-MM-DD, a day that exists"
    );
    let table = read_table(b"person;place\nA;B\n").expect("reads");
    let err = preview_delegates(&ws, &"13MSP".into(), &table).expect_err("no delegation column");
    let french = in_language(Lang::Fr, || {
        msp_invitations::exchange::words::import_error(&err)
    });
    assert_eq!(
        french,
        "Les colonnes ne sont pas celles d’un fichier de délégués : il manque delegation, family_name. \
         Trouvées : person, place."
    );
    assert_eq!(
        in_language(Lang::En, || msp_invitations::exchange::words::import_error(
            &err
        )),
        err.to_string()
    );
}

/// The string literals of a Rust source, with their line numbers, leaving out comments and the unit tests.
fn string_literals(source: &str) -> Vec<(usize, String)> {
    let code = source.split("#[cfg(test)]").next().unwrap_or_default();
    let mut found = Vec::new();
    for (number, line) in code.lines().enumerate() {
        let line = line.trim_start();
        if line.starts_with("//") {
            continue;
        }
        let mut chars = line.chars().peekable();
        let mut previous = ' ';
        while let Some(c) = chars.next() {
            if c == '/' && chars.peek() == Some(&'/') {
                break;
            }
            // A char literal such as '"' is not the start of a string.
            if c == '"' && previous != '\'' {
                let mut literal = String::new();
                while let Some(c) = chars.next() {
                    match c {
                        '\\' => {
                            chars.next();
                        }
                        '"' => break,
                        c => literal.push(c),
                    }
                }
                found.push((number + 1, literal));
            }
            previous = c;
        }
    }
    found
}

#[test]
fn no_english_literal_left_in_ui_code() {
    // Words a user could read: two words in a row, or one capitalised word. Message ids (lower case and
    // hyphens), format patterns, edit keys, acronyms and the product's name are not; nor is the default
    // venue of a new meeting, which is the document's (English) data, not the interface's.
    let allowed = [
        "MSP Invitations",
        "APLC/MSP.13/NV/",
        "Palais des Nations, Geneva",
    ];
    let app = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/app");
    let mut files = Vec::new();
    let mut folders = vec![app];
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(&folder).expect("a folder of src/app") {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                folders.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                files.push(path);
            }
        }
    }
    assert!(files.len() > 20, "the app's files: {files:?}");
    let mut english = Vec::new();
    for path in files {
        let source = std::fs::read_to_string(&path).expect("read");
        for (line, literal) in string_literals(&source) {
            let words: Vec<&str> = literal
                .split(|c: char| !c.is_alphabetic())
                .filter(|w| w.chars().count() >= 2)
                .collect();
            let two_words = literal
                .split_whitespace()
                .collect::<Vec<_>>()
                .windows(2)
                .any(|pair| {
                    pair.iter()
                        .all(|w| w.chars().all(char::is_alphabetic) && w.len() >= 2)
                });
            let capitalised = words.iter().any(|w| {
                w.len() >= 3
                    && w.starts_with(|c: char| c.is_uppercase())
                    && w.chars().any(char::is_lowercase)
            });
            if (two_words || capitalised) && !allowed.iter().any(|a| literal.contains(a)) {
                english.push(format!("{}:{line}: {literal:?}", path.display()));
            }
        }
    }
    assert!(
        english.is_empty(),
        "English left in the interface code: {english:#?}"
    );
}

#[test]
fn export_errors_in_the_interface_language() {
    use msp_invitations::exchange::{ExportError, ExportRequest, Format, ListKind, export};
    let ws = msp_invitations::model::builtin_workspace();
    let request = ExportRequest {
        meeting: "nowhere".into(),
        ..exports_in_other_languages::request(ListKind::Participants, Format::Html, Lang::Ru)
    };
    let err = export(&ws, &request).expect_err("no such meeting");
    assert!(matches!(err, ExportError::NoMeeting(ref m) if m.0 == "nowhere"));
    assert_eq!(
        in_language(Lang::Ru, || msp_invitations::exchange::words::export_error(
            &err
        )),
        "В рабочем пространстве нет совещания nowhere."
    );
    assert_eq!(
        in_language(Lang::En, || msp_invitations::exchange::words::export_error(
            &err
        )),
        err.to_string()
    );

    // A name the PDF's font cannot print is named in the interface's language.
    let mut ws = ws;
    let mut person = msp_invitations::model::Member::new(
        msp_invitations::model::PersonId(1),
        msp_invitations::model::Role::HeadOfDelegation,
    );
    person.family_name = "王".to_owned();
    ws.meetings[0]
        .invitees
        .get_mut(&msp_invitations::model::EntityId::state("CHN"))
        .expect("China")
        .delegation
        .members
        .push(person);
    let err = export(
        &ws,
        &exports_in_other_languages::request(ListKind::Participants, Format::Pdf, Lang::Fr),
    )
    .expect_err("no glyph for 王");
    assert_eq!(
        in_language(Lang::Fr, || msp_invitations::exchange::words::export_error(
            &err
        )),
        "Le PDF ne peut pas imprimer « 王 » : sa police n’a pas la lettre « 王 » (U+738B). Écrivez le nom en caractères latins ou cyrilliques, ou exportez en HTML, CSV ou XLSX."
    );
}

/// A message id defined twice in a language shadows one of its texts without a word.
#[test]
fn no_message_is_defined_twice() {
    for lang in Lang::ALL {
        let mut ids = message_ids(lang);
        let all = ids.len();
        ids.dedup();
        assert_eq!(ids.len(), all, "{lang:?} defines a message twice");
    }
}
