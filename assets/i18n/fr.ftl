# MSP Invitations : français.

app-name = MSP Invitations
date-long = %-d %B %Y

## Menus
menu-file = Fichier
menu-edit = Édition
menu-meeting = Réunion
menu-view = Affichage
menu-help = Aide
menu-open-recent = Ouvrir un fichier récent
menu-no-recent = Aucun fichier récent
menu-language = Langue
menu-or = { $first } ou { $second }

## Commands
cmd-new = Nouveau
cmd-open = Ouvrir…
cmd-save = Enregistrer
cmd-save-as = Enregistrer sous…
cmd-export = Exporter…
cmd-import = Importer…
cmd-quit = Quitter
cmd-undo = Annuler
cmd-redo = Rétablir
cmd-find = Rechercher
cmd-select-all = Tout sélectionner
cmd-detail-panel = Panneau de détail
cmd-dark-theme = Thème sombre
cmd-zoom-in = Agrandir
cmd-zoom-out = Réduire
cmd-zoom-reset = Taille réelle
cmd-add-organisation = Ajouter une organisation…
cmd-restore-backup = Restaurer une sauvegarde…
cmd-next-meeting = Nouvelle réunion à partir de celle-ci…
cmd-about = À propos de MSP Invitations
file-filter-workspace = Espace de travail MSP
file-dialog-open = Ouvrir un espace de travail
file-dialog-save = Enregistrer l’espace de travail
cmd-nothing-to-undo = Rien à annuler
cmd-nothing-to-redo = Rien à rétablir

## Views
view-invitees = Invités
view-dashboard = Tableau de bord
view-observer-status = Statut d’observateur
view-credentials = Pouvoirs
view-letters = Lettres
view-seating = Places
view-meeting-settings = Paramètres de la réunion

## Toolbar
toolbar-no-meeting = Aucune réunion
toolbar-meeting-shown = Réunion affichée
toolbar-search = Rechercher
toolbar-search-hint = Noms, anciens noms, sigles, codes, délégués (Ctrl+F)
toolbar-clear-search = Effacer la recherche
toolbar-clear-filters = Effacer les filtres
toolbar-show-only = Afficher seulement : { $what }
toolbar-show-only-status = Afficher seulement les invités dont l’invitation est : { $status }
toolbar-show-everyone = Tout afficher de nouveau

## Status bar
status-not-saved-yet = Pas encore enregistré dans un fichier
status-unsaved = • Modifications non enregistrées
status-saved = Enregistré
status-no-changes = Aucune modification
status-showing = { $shown } sur { $total ->
    [one] { $total } invité affiché
   *[other] { $total } invités affichés
}
status-selected = · { $count ->
    [one] { $count } sélectionné
   *[other] { $count } sélectionnés
}
status-no-problems = Aucun problème
status-problems = { $count ->
    [one] { $count } problème
   *[other] { $count } problèmes
}

## Invitee table
col-name = Nom
col-category = Catégorie
col-invitation = Invitation
col-sent = Envoyée
col-reply = Réponse
col-people = Personnes
col-head = Chef de délégation
col-credentials = Pouvoirs
col-observer = Statut d’observateur
table-sort-by = Trier par { $column }
table-standing-observer = Observateur permanent
table-not-requested = Non demandé
table-unknown = Inconnu
table-no-meeting = Cet espace de travail n’a pas encore de réunion. Créez-en une avec Fichier › Nouveau.
table-no-invitees = Cette réunion n’a pas encore d’invités. Ajoutez une organisation avec Fichier › Ajouter une organisation….
table-no-match = Aucun invité ne correspond à « { $query } » et aux filtres choisis.
table-no-match-filters = Aucun invité ne correspond aux filtres choisis.
table-clear = Effacer la recherche et les filtres

## Categories
category-state-party = État partie
category-not-yet-in-force = Pas encore en vigueur
category-observer-signatory = État observateur, signataire
category-observer-not-party = État observateur, non partie
category-united-nations = Nations Unies
category-intergovernmental = Organisation internationale ou régionale
category-red-cross = CICR, FICR et autres entités
category-ngo = Organisation non gouvernementale
chip-state-party = États parties
chip-not-yet-in-force = Pas encore en vigueur
chip-observer-signatory = Signataires
chip-observer-not-party = Non parties
chip-united-nations = Nations Unies
chip-intergovernmental = Intergouvernementales
chip-red-cross = CICR, FICR, autres
chip-ngo = ONG
column-state-party = État partie
column-not-yet-in-force = Pas en vigueur
column-observer-signatory = Observateur, signataire
column-observer-not-party = Observateur, non partie
column-united-nations = Nations Unies
column-intergovernmental = Intergouvernementale
column-red-cross = CICR, FICR, autre
column-ngo = ONG

## Treaty status
treaty-state-party = État partie
treaty-not-yet-in-force = Pas encore en vigueur
treaty-signatory = Signataire
treaty-not-party = Non partie
treaty-withdrawn = Retiré
treaty-on = { $code } · { $status } le { $date }

## Invitations
status-not-invited = Non invité
status-invited = Invité
status-withdrawn = Retirée
reply-no-reply = Pas de réponse
reply-accepted = Acceptée
reply-declined = Déclinée
channel-email = Courriel
channel-by-hand = En main propre
channel-post = Courrier
channel-fax = Télécopie
channel-none = —

## Delegations
role-head = Chef de délégation
role-alternate = Chef adjoint
role-representative = Représentant
role-adviser = Conseiller
role-expert = Expert
gender-female = Femme
gender-male = Homme
gender-other = Autre
gender-unknown = Non précisé
credential-original = Original
credential-copy = Copie
credential-note-verbale = Note verbale
credential-not-received = Non reçus
issuer-head-of-state = Chef d’État ou de gouvernement
issuer-minister = Ministre des affaires étrangères
issuer-other = Autre
issuer-none = —

## Observer status (Rule 1.4)
step-requested = Demandé
step-recommended = Recommandé par le Comité de coordination
step-provisionally-invited = Invité à titre provisoire
step-approved = Approuvé par la réunion
step-rejected = Rejeté par la réunion
decision-pending = En attente
decision-approved = Approuvé
decision-rejected = Rejeté

## Organisation kinds
org-united-nations = Nations Unies
org-intergovernmental = Autre organisation internationale ou régionale
org-red-cross = CICR, FICR et autres entités
org-ngo = Organisation non gouvernementale

## Detail panel
detail-none-title = Aucun invité sélectionné
detail-none-1 = Sélectionnez un invité dans le tableau pour enregistrer son invitation, sa délégation et ses pouvoirs.
detail-none-2 = Maj+clic ou Ctrl+clic pour en sélectionner plusieurs et agir sur tous à la fois.
detail-gone = Cet invité ne fait plus partie de la réunion.
detail-invitation = Invitation
detail-status = Statut
detail-sent-on = Envoyée le
detail-sent-required = Obligatoire une fois invité
detail-channel = Moyen d’envoi
detail-reference = Référence
detail-reminders = Rappels
detail-none = Aucun
detail-remove-reminder = Supprimer ce rappel
detail-add-reminder = Ajouter un rappel
detail-before-sent = Avant l’envoi de l’invitation
detail-reply = Réponse
detail-reply-on = Réponse reçue le
detail-notes = Notes
detail-delegation = Délégation ({ $count })
detail-now = { $then }, aujourd’hui { $now }
detail-no-head = Aucun chef de délégation
detail-heads = { $count } chefs de délégation ; un seul est permis
detail-nobody = Personne n’est encore inscrit.
detail-no-name = (pas encore de nom)
detail-move-up = Monter
detail-move-down = Descendre
detail-remove = Retirer
detail-remove-hint = Retirer cette personne de la délégation
detail-role = Rôle
detail-honorific = Titre
detail-given-name = Prénom
detail-family-name = Nom de famille
detail-function = Fonction
detail-gender = Genre
detail-phone = Téléphone
detail-required = Obligatoire
reason-bad-email = Adresse électronique non valide (nom@exemple.org)
detail-accessible = Besoin d’une place accessible
detail-accessible-hint = Le plan de salle donne à cette délégation une place côté allée
detail-add-member = Ajouter un membre
detail-add-member-hint = Ajouter une personne à la délégation
detail-credentials = Pouvoirs
detail-received = Reçus
detail-issued-by = Délivrés par
detail-received-on = Reçus le
detail-observer = Statut d’observateur (article 1.4)
detail-step = Étape : { $step }
detail-requested-on = Demandé le
detail-recommended-on = Recommandé par le Comité de coordination le
detail-provisionally-on = Invité à titre provisoire le
detail-decision = Décision de la réunion
detail-decided-on = Décidé le
detail-decision-day = Une décision a besoin de sa date
detail-organisation = Organisation
detail-org-name = Nom
detail-acronym = Sigle
detail-kind = Type
detail-remove-org = Supprimer l’organisation
detail-remove-org-hint = La supprimer de l’espace de travail et de toutes les réunions (Ctrl+Z la rétablit)
detail-removed-org = Organisation { $id } supprimée
date-hint = AAAA-MM-JJ
date-invalid = Ce n’est pas une date : écrivez-la AAAA-MM-JJ, un jour qui existe
detail-latin-given-name = Prénom dans les listes
detail-latin-family-name = Nom dans les listes
detail-latin-needed = Pas en caractères latins : les listes en anglais, en français et en espagnol impriment la graphie des listes
detail-not-latin = En caractères latins, comme la liste l’imprime

## Several invitees at once
bulk-selected = { $count ->
    [one] { $count } invité sélectionné
   *[other] { $count } invités sélectionnés
}
bulk-note = Ce que vous faites ici s’applique à tous, en une seule étape que Ctrl+Z annule.
bulk-mark-invited = Marquer comme invités
bulk-mark-button = Marquer { $count } comme invités
bulk-need-day = Indiquez le jour d’envoi des invitations
bulk-marked = { $count } invités marqués comme invités le { $date }
bulk-record-reminder = Enregistrer un rappel
bulk-reminder-on = Rappel envoyé le
bulk-reminder-button = Enregistrer le rappel pour { $count }
bulk-recorded = Rappel du { $date } enregistré pour { $count } invités
bulk-set-reply = Indiquer la réponse
bulk-choose = Choisir…
bulk-reply-button = Indiquer la réponse pour { $count }
bulk-replied = Réponse de { $count } invités : { $reply }

## Dialogs
dialog-save-changes = Enregistrer les modifications ?
dialog-unsaved = « { $name } » a des modifications non enregistrées. Les enregistrer avant { $action } ?
dialog-unsaved-new = de commencer un nouvel espace de travail
dialog-unsaved-open = d’ouvrir un autre espace de travail
dialog-unsaved-quit = de quitter
dialog-save = Enregistrer
dialog-discard = Abandonner les modifications
dialog-cancel = Annuler
dialog-ok = OK
dialog-close = Fermer
about-version = Version { $version }
about-text = Invitations, délégations, pouvoirs et statut d’observateur pour les Assemblées des États parties à la Convention sur l’interdiction des mines antipersonnel.
about-data = Données de référence
about-sources = { $states } États avec leurs dates conventionnelles et { $organisations } organisations observatrices permanentes, intégrés depuis assets/data. Sources :
error-open = Impossible d’ouvrir l’espace de travail
error-save = Impossible d’enregistrer l’espace de travail
error-edit = Impossible d’effectuer la modification
notice-saved = Enregistré dans { $path }
notice-opened = { $path } ouvert
open-stopped = La lecture du fichier s’est arrêtée avant la fin ; l’espace de travail n’a pas été ouvert.
open-reading = Ouverture de { $file } ({ $size })…
open-wait = Attendez que l’espace de travail soit ouvert : { $file }.

## Plural forms, checked by the tests in every language
plural-delegations = { $count ->
    [one] { $count } délégation
   *[other] { $count } délégations
}

## More dialogs
dialog-file = Fichier : { $path }
dialog-recover-title = Du travail non enregistré a été retrouvé
dialog-recover-text = MSP Invitations ne s’est pas fermé normalement la dernière fois. Ce travail a été mis de côté :
dialog-restore = Restaurer
dialog-discard-file = Abandonner
dialog-decide-later = Décider plus tard
dialog-decide-later-hint = Garder les fichiers ; la question sera reposée au prochain démarrage
dialog-backups-title = Restaurer une sauvegarde
dialog-backups-none = Pas encore de sauvegarde : une copie est conservée chaque fois qu’un espace de travail est enregistré par-dessus sa version précédente.
dialog-open = Ouvrir
dialog-open-copy-hint = S’ouvre comme une copie non enregistrée
next-title = Nouvelle réunion à partir de celle-ci
next-text = Les mêmes invités et organisations ; les invitations, réponses et demandes au titre de l’article 1.4 repartent de zéro ; les catégories découlent des dates conventionnelles au nouveau jour d’ouverture.
next-number = Numéro
next-opening = Ouverture
next-closing = Clôture
next-venue = Lieu
next-bad-number = Le numéro est un nombre entier, par exemple 14.
next-bad-dates = Indiquez les jours d’ouverture et de clôture sous la forme AAAA-MM-JJ.
next-closes-before = La réunion se termine avant de commencer.
next-copy = Copier les délégations comme point de départ
next-create = Créer
next-created = { $name } créée
org-title = Ajouter une organisation
org-text = Une organisation qui n’est pas observatrice permanente participe par une demande au titre de l’article 1.4.
org-name = Nom de l’organisation
org-id = Identifiant
org-need-name = Indiquez le nom de l’organisation.
org-need-id = Indiquez un identifiant.
org-id-taken = L’identifiant « { $id } » est déjà pris ; choisissez-en un autre.
org-add = Ajouter
org-added = { $name } ajoutée

## Dashboard, registers, seating, meeting settings
dash-at-a-glance = { $meeting } en un coup d’œil
dash-people = { $count ->
    [one] { $count } personne
   *[other] { $count } personnes
}
dash-women = Femmes : { $count } sur { $stated } indiqués ({ $percent })
dash-women-heads = Cheffes de délégation : { $count } sur { $heads } indiqués ({ $percent })
dash-not-stated = Genre non indiqué : { $count }
dash-filter-not-stated = Délégations où un genre n’est pas indiqué
dash-unanswered = Sans réponse : { $count }
dash-show-these = Afficher ces invités dans le tableau
dash-filter-delegations = Délégations
dash-filter-women = Délégations comptant des femmes
dash-filter-women-heads = Délégations dirigées par une femme
dash-filter-unanswered = Invités, sans réponse
dash-opening = Ouverture
dash-deadline = Date limite d’inscription
dash-today = { $what } : aujourd’hui
dash-tomorrow = { $what } : demain
dash-yesterday = { $what } : hier
dash-in-days = { $what } : dans { $days } jours
dash-days-ago = { $what } : il y a { $days } jours
dash-bars = Invités par catégorie et état de l’invitation
dash-replies = Réponses au fil du temps
dash-no-replies = Aucune réponse enregistrée.
dash-not-answered = Sans réponse ({ $count })
dash-all-answered = Tous les invités ont répondu.
dash-held = Assemblée tenue : { $dates }.
dash-in-session = L’Assemblée est en session ({ $dates }) : jour { $day } sur { $days }.
dash-nobody-invited = Personne n’a encore été invité.
dash-no-meeting = Cet espace de travail n’a pas encore de réunion.
bucket-not-invited = Non invités
bucket-no-reply = Invités, sans réponse
bucket-accepted = Acceptée
bucket-declined = Déclinée
bucket-withdrawn = Invitation retirée
reg-observer-title = Statut d’observateur au titre de l’article 1.4
reg-observer-text = Les organisations qui ne sont pas observatrices permanentes demandent à participer ; le Comité de coordination recommande, le Président peut inviter à titre provisoire et la réunion approuve ou rejette.
reg-step-date = Date de l’étape
reg-enter-day = Indiquez le jour
reg-president-doc = Le document du Président…
reg-no-requests = Aucune organisation n’a demandé le statut d’observateur. Ajoutez-en une avec « Ajouter une organisation… ».
reg-organisation = Organisation
reg-step = Étape
reg-requested = Demandé
reg-recommended = Recommandé
reg-provisionally = Invité à titre provisoire
reg-decision = Décision
reg-next = Suite
reg-approved-on = Approuvé le { $date }
reg-rejected-on = Rejeté le { $date }
reg-date-first = Indiquez d’abord la date
reg-request-received = Demande reçue
reg-recommend = Recommander
reg-invite-provisionally = Inviter à titre provisoire
reg-approve = Approuver
reg-reject = Rejeter
reg-reopen = Rouvrir
reg-step-not-now = Pas à cette étape de la demande
reg-credentials-title = Pouvoirs
reg-credentials-count = { $registered } États parties ont inscrit une délégation ; pouvoirs reçus de { $received }, manquants pour { $missing }.
reg-received-on = Reçus le
reg-only-missing = Seulement ceux qui manquent
reg-missing-list = Liste des pouvoirs manquants…
reg-no-credentials = Aucun État partie n’a encore inscrit de délégation : les pouvoirs s’enregistrent ensuite.
reg-state = État
reg-people = Personnes
reg-record = Enregistrer
reg-missing = Manquants
reg-received-detail = { $kind }{ $issuer }{ $received }
reg-received-suffix = , reçus le { $date }
reg-received-hint = { $kind } reçu à la date ci-dessus
reg-clear = Effacer
seat-title = Plan de salle
seat-none = Aucun État n’a encore inscrit de délégation : le plan place les délégations inscrites.
seat-first = Première place
seat-not-drawn = Pas encore tiré au sort
seat-draw = Tirer au sort…
seat-pdf = Plan en PDF…
seat-csv = Plan en CSV…
seat-rule = États parties d’abord, puis États observateurs, puis organisations, dans l’ordre alphabétique anglais à partir de l’État tiré au sort. Rangées de { $row } ; la première place de chaque rangée, côté allée, est accessible.
seat-draw-first = Tirez la première place au sort, ou choisissez l’État, pour voir le plan.
seat-seat = Place
seat-row = Rangée
seat-delegation = Délégation
seat-accessible = Place accessible
ms-note = Les changements faits ici sont enregistrés comme toute autre modification : Ctrl+Z les annule.
ms-meeting = Réunion
ms-number = Numéro
ms-number-hint = Un nombre entier, par exemple 13
ms-full-name = Nom complet
ms-short-name = Nom abrégé
ms-venue = Lieu
ms-opening = Ouverture
ms-closing = Clôture
ms-needs-opening = La réunion a besoin d’un jour d’ouverture
ms-needs-closing = La réunion a besoin d’un jour de clôture
ms-before-opening = Avant l’ouverture
ms-symbol = Préfixe de la cote des documents
ms-deadline = Date limite d’inscription
ms-after-closing = Après la clôture de la réunion
ms-seats = Places par délégation
ms-seats-hint = Un nombre entier, ou vide
ms-officers = Bureau
ms-president = Président
ms-secretary-general = Secrétaire général
ms-state-of = État : { $office }
ms-vice-presidents = Vice-Présidents
ms-add = Ajouter
ms-remove = Retirer
ms-opening-changed = Date d’ouverture désormais le { $date } : { $count ->
    [one] { $count } invité a changé de catégorie
   *[other] { $count } invités ont changé de catégorie
}

## Letters, safety, export and import
let-error-write = Impossible d’écrire les lettres
let-blocked = Les lettres ne peuvent pas être écrites en l’état :
let-error-date = Indiquez la date des lettres sous la forme AAAA-MM-JJ.
let-none-title = Aucune lettre à écrire
let-none-text = Il ne reste aucun invité de ce type à qui écrire.
let-folder-error = Impossible de créer le dossier : { $error }
let-wrote-marked = { $count } lettres écrites dans { $path } et invités marqués
let-wrote = { $count } lettres écrites dans { $path }
let-writing = Rédaction de { $count } lettres…
xfer-progress = { $done } sur { $total }
let-missing = Seules { $written } lettres sur { $total } sont dans le dossier.
let-cancelled = Annulé ; les lettres déjà écrites ont été supprimées.
let-bad-first-number = « { $text } » n’est pas un nombre à partir de 1
let-title = Lettres d’invitation
let-to = Lettres aux
let-count = { $all } invités, { $uninvited } pas encore invités
let-note-verbale = Note verbale
let-letter = Lettre
let-your-text = (votre texte)
let-builtin-text = (texte intégré ; modifiez-le pour l’adapter)
let-restore = Rétablir le texte intégré
let-template = Modèle
let-placeholders = Champs : {"{"}to_addressee{"}"} {"{"}invitee{"}"} {"{"}of_invitee{"}"} {"{"}to_invitee{"}"} {"{"}invitee_short{"}"} {"{"}meeting{"}"} {"{"}at_venue{"}"} {"{"}when{"}"} {"{"}mandate{"}"} {"{"}by_deadline{"}"} {"{"}salutation{"}"} {"{"}signatory{"}"} {"{"}reference{"}"} {"{"}date{"}"}, et des versions antérieures {"{"}venue{"}"} {"{"}dates{"}"} {"{"}deadline{"}"}. Chacun est écrit dans la langue de la lettre. Une ligne vide commence un nouveau paragraphe.
let-date = Date des lettres
let-prefix = Préfixe des références
let-first-number = Premier numéro
let-only-uninvited = Seulement les invités pas encore invités
let-per-invitee = Un PDF par invité (dans un dossier) plutôt qu’un seul PDF
let-mark = Les marquer comme invités à cette date, avec leurs références
let-generate = Produire { $count } lettres…
let-folder = Dossier des lettres
let-save = Enregistrer les lettres
let-mail-merge = CSV pour publipostage…
let-preview = Aperçu de la première lettre
let-ref = Réf. : { $reference }
template-states-parties = États parties
template-observer-states = États observateurs
template-organizations = Nations Unies et autres organisations
template-rule-14 = Organisations au titre de l’article 1.4
safe-restored = Travail non enregistré restauré ; enregistrez-le pour le garder
safe-backup-opened = Sauvegarde ouverte comme copie non enregistrée ; enregistrez-la sous un nom pour la garder
safe-backup-error = Impossible d’ouvrir la sauvegarde
safe-changed = Enregistré par un collègue
safe-changed-text = Un collègue a enregistré cet espace de travail depuis que vous l'avez ouvert. Vos modifications non enregistrées et les siennes peuvent être fusionnées.
import-delegates = Délégués
import-replies = Réponses aux invitations
xfer-error-export = Impossible d’exporter
xfer-exporting = Export : { $list }…
xfer-bad-date = La date { $date } : { $reason }.
xfer-need-date = Indiquez la date à imprimer sur le document.
xfer-need-earlier = Un additif se compare à un fichier antérieur : choisissez-le d’abord.
xfer-read-error = Impossible de lire le fichier : { $error }
xfer-reading = Lecture de { $path }…
xfer-blocked = { $count } problèmes empêchent l’import ; excluez leurs lignes
xfer-nothing = Rien à importer : le fichier dit ce que l’espace de travail dit déjà
xfer-imported = { $what } importés depuis { $path } : { $added } ajoutés, { $changed } modifiés
xfer-cancelled = Annulé : { $what }
xfer-stopped-title = Le travail s’est arrêté
xfer-stopped-text = L’export ou l’import s’est arrêté avant la fin. Rien n’a été écrit.
xfer-exported = Exporté dans { $path }
xfer-error-write = Impossible d’écrire l’export
xfer-error-import = Impossible d’importer
xfer-export-title = Exporter
xfer-list = Liste
xfer-format = Format
xfer-number = Numéro du document
xfer-date = Date du document
xfer-earlier = Espace de travail antérieur
xfer-earlier-hint = l’espace de travail antérieur (.ron) ou la liste publiée (.csv, .xlsx)
xfer-choose = Choisir…
xfer-internal = Liste interne : ajouter genre, courriel et téléphone
xfer-semicolons = Points-virgules entre les colonnes (Excel avec virgule décimale)
xfer-bom = Indicateur d’ordre des octets, pour qu’Excel lise l’UTF-8
xfer-only-filtered = Seulement les { $count } invités affichés dans le tableau
xfer-import-title = Importer
xfer-import-text = Rien n’est écrit avant que vous ayez vu un aperçu de chaque modification et de chaque problème.
xfer-import-delegates-help = Délégués : colonnes delegation (code ISO, identifiant ou nom de l’organisation), role, honorific, given_name, family_name, function, gender, email, phone, dans n’importe quel ordre.
xfer-import-replies-help = Réponses : colonnes invitee, reply, date, reference.
xfer-import-files = CSV (UTF-8, UTF-16 ou Windows-1251 ; virgules, points-virgules ou tabulations) ou XLSX.
xfer-delegates-button = Délégués…
xfer-replies-button = Réponses…
xfer-import-of = Import : { $what }
xfer-summary = { $added } à ajouter, { $changed } à modifier, { $problems ->
    [one] { $problems } problème
   *[other] { $problems } problèmes
}
xfer-problems = Problèmes
xfer-leave-out-row = Exclure la ligne { $row }
xfer-row-problem = colonne { $column } : { $value } : { $reason }
xfer-leave-out-all = Exclure toutes les lignes qui posent problème
xfer-changes = Modifications
xfer-row = Ligne { $row } : { $line }
xfer-import-button = Importer
xfer-import-disabled = Excluez les lignes qui posent problème, ou corrigez le fichier
xfer-to-resolve = { $count ->
    [one] { $count } problème à résoudre
   *[other] { $count } problèmes à résoudre
}
xfer-earlier-title = L’espace de travail antérieur
xfer-earlier-filter = Espace de travail ou liste publiée
xfer-csv-excel = CSV ou Excel
list-participants = Liste des participants
list-addendum = Additif à la liste des participants
list-invitations = Liste des invitations
list-statistics = Chiffres pour le rapport final
list-observer-requests = Demandes de statut d’observateur (article 1.4)
list-credentials = Pouvoirs
list-seating = Plan de salle
list-letters = Lettres d’invitation
safe-no-backup = {" "}(pas de sauvegarde de la version précédente : { $error })

## Exported documents
doc-prepared = Établie par le Secrétariat
doc-continued = (suite)
date-day-month = %-d %B
doc-nobody = Personne n’est encore inscrit.
section-state-party = États parties
section-not-yet-in-force = États pour lesquels la Convention n’est pas encore entrée en vigueur
section-observer-signatory = États signataires
section-observer-not-party = États non parties
section-united-nations = Organisation des Nations Unies
section-intergovernmental = Autres organisations internationales et régionales
section-red-cross = Comité international de la Croix-Rouge, Fédération internationale et autres entités
section-ngo = Organisations non gouvernementales
doc-invitations-title = Invitations
doc-sent = envoyée le { $date }
doc-ref = réf. { $reference }
doc-reminders = rappels { $dates }
doc-reply = réponse : { $reply }
stats-title = Participation : chiffres pour le rapport final
stats-delegations = Délégations : { $category }
stats-people = Personnes
stats-women = Femmes
stats-heads = Chefs de délégation
stats-women-heads = Femmes parmi les chefs de délégation
stats-share = { $count } ({ $percent } des { $stated } personnes dont le genre est indiqué)
stats-not-stated = Personnes dont le genre n’est pas indiqué
stats-heads-not-stated = Chefs de délégation dont le genre n’est pas indiqué
stats-and = et
stats-parties = Les États parties suivants ont participé à l’Assemblée : { $names }.
stats-pending = Les États suivants, qui ont ratifié la Convention ou y ont adhéré mais pour lesquels elle n’est pas encore entrée en vigueur, ont participé à l’Assemblée : { $names }.
stats-observers = Les États non parties à la Convention suivants ont participé à l’Assemblée en qualité d’observateurs : { $names }.
stats-organisations = Conformément au paragraphe 4 de l’article 11 de la Convention, les organisations et institutions internationales, organisations régionales, entités et organisations non gouvernementales suivantes ont assisté à l’Assemblée en qualité d’observateurs : { $names }.
xfer-lang = Langue du document

## Validation
problem-short-name-shared = deux réunions ont le même nom abrégé « { $name } »
problem-no-short-name = la réunion n’a pas de nom abrégé
problem-no-full-name = la réunion n’a pas de nom complet
problem-closes-before = la réunion se termine le { $closing }, avant de commencer le { $opening }
problem-deadline-after = la date limite d’inscription { $deadline } tombe après la clôture de la réunion le { $closing }
problem-officer-unknown = un membre du Bureau renvoie à un État inconnu « { $code } »
problem-unknown-state = « { $name } » n’est pas un État connu
problem-unknown-org = « { $name } » n’est pas une organisation connue
problem-no-sent-date = { $name } : invité, mais la date d’envoi de l’invitation manque
problem-reminder-before = { $name } : un rappel daté du { $reminder } précède l’invitation envoyée le { $sent }
problem-reply-before = { $name } : la réponse datée du { $replied } précède l’invitation envoyée le { $sent }
problem-reply-not-invited = { $name } : une réponse ({ $reply }) est enregistrée mais aucune invitation n’a été envoyée
problem-no-head = { $name } : la délégation n’a pas de chef de délégation
problem-two-heads = { $name } : la délégation a { $count } chefs de délégation ; elle ne peut en avoir qu’un
problem-no-family = { $name } : { $person } n’a pas de nom de famille
problem-bad-email = { $name } : l’adresse électronique « { $email } » de { $person } : { reason-bad-email }
problem-too-long = { $name } : une valeur de { $person } dépasse { $limit } caractères
problem-credentials-late = { $name } : pouvoirs reçus le { $received }, après la clôture de la réunion le { $closing }
problem-delegation-not-approved = { $name } a une délégation mais son statut d’observateur au titre de l’article 1.4 est : { $step }
problem-invited-not-approved = { $name } est invité mais son statut d’observateur au titre de l’article 1.4 est : { $step }
problem-step-order = { $name } : « { $later } » le { $laterdate } précède « { $earlier } » le { $earlierdate }
problem-two-delegations = { $person } figure dans plusieurs délégations : { $delegations }
problem-email-twice = l’adresse électronique { $email } est utilisée dans plusieurs délégations : { $delegations }
problem-person-id-twice = l’identifiant de personne { $id } est utilisé { $count } fois
fault-line-break = un saut de ligne
fault-tab = une tabulation
fault-control = un caractère de commande
fault-invisible = un caractère invisible ou de contrôle de direction
problem-fault = { $name } : le champ « { $field } » contient { $fault } ({ $char }), alors qu’il s’imprime sur une ligne ; saisissez-le de nouveau
problem-fault-person = { $name } : le champ « { $field } » de { $person } contient { $fault } ({ $char }), alors qu’il s’imprime sur une ligne ; saisissez-le de nouveau
problem-too-long-field = { $name } : le champ « { $field } » dépasse { $limit } caractères

## Files
read-not-a-file = ce n’est pas un fichier ordinaire (un dossier, un tube ou un périphérique)
read-too-large = il dépasse { $limit } octets
load-io = Impossible de lire l’espace de travail : { $error }
load-empty = Le fichier de l’espace de travail est vide.
load-too-large = Le fichier de l’espace de travail est trop volumineux ({ $size } octets ; la limite est de { $limit }).
load-not-text = Le fichier de l’espace de travail n’est pas du texte (UTF-8 non valide à la ligne { $line }, colonne { $column }) ; est-ce bien un espace de travail ?
load-malformed = Le fichier de l’espace de travail est mal formé à la ligne { $line }, colonne { $column } : { $message }
load-newer = L’espace de travail a été écrit par une version plus récente de MSP Invitations (format { $found } ; cette version lit jusqu’au format { $supported }). Mettez l’application à jour pour l’ouvrir.
load-unknown-state = L’espace de travail renvoie à un État inconnu « { $id } » à la ligne { $line }, colonne { $column }.
load-unknown-org = L’espace de travail renvoie à une organisation inconnue « { $id } » à la ligne { $line }, colonne { $column }.
load-unknown-entity = L’espace de travail renvoie à une entité inconnue « { $id } » à la ligne { $line }, colonne { $column }.
save-error = Impossible d’enregistrer l’espace de travail : { $error }
load-not-a-file = L’espace de travail n’est pas un fichier ordinaire (un dossier, un tube ou un périphérique).
load-duplicate = L’espace de travail contient { $key } deux fois, à la ligne { $first } et à la ligne { $second } ; n’en gardez qu’un.
load-too-long = L’espace de travail contient un texte de { $chars } caractères à la ligne { $line }, colonne { $column } (la limite est de { $limit }).
save-too-large = L’espace de travail n’a pas été enregistré : il ferait { $size } octets, plus que les { $limit } que l’application ouvre.
save-too-long = L’espace de travail n’a pas été enregistré : il contient un texte de { $chars } caractères, plus que les { $limit } que l’application ouvre.
write-error = Le fichier n’a pas pu être écrit : { $error }
recover-never-saved = un espace de travail jamais enregistré
recover-summary = « { $name } », { $meetings ->
    [one] { $meetings } réunion
   *[other] { $meetings } réunions
}, { $people } personnes ; écrit le { $written } ; provenant de { $from }

## Import preview
imp-unknown-invitee = aucun État ni aucune organisation de la réunion n’a ce code ou ce nom
imp-bad-role = rôle inconnu (chef de délégation, chef adjoint, représentant, conseiller, expert)
imp-too-long = { $chars } caractères ; une valeur en contient au plus { $limit }
imp-no-family = le nom de famille manque
imp-bad-gender = genre inconnu (F, M, Other ou vide)
imp-same-in-file = la même personne figure déjà à la ligne { $row } de ce fichier
imp-duplicate = probablement un doublon de { $given } { $family }, déjà inscrit avec { $other }
imp-has-head = { $name } a déjà un chef de délégation
imp-unchanged = { $name } : { $what } (inchangé)
imp-update = { $name } : mise à jour de { $person }
imp-add = { $name } : ajouter { $person } ({ $role })
imp-bad-reply = réponse inconnue (accepted, declined ou no reply)
imp-reference = l’invitation a été envoyée avec la référence { $reference }
imp-reply = { $name } : réponse { $reply }
imp-reply-not-invited = aucune invitation ne lui est enregistrée comme envoyée : la réponse est enregistrée, et la vérification le signale tant que l’invitation (son statut et le jour de l’envoi) n’est pas enregistrée aussi

lock-io = Impossible de verrouiller l’espace de travail : { $error }
safe-someone-else = Quelqu’un d’autre
title-not-saved = non enregistré
imp-empty = Le fichier est vide.
imp-too-big = Le fichier dépasse ce qu’une importation lit : { $what }.
imp-limit-rows = plus de { $limit } lignes
imp-limit-column = une cellule dans la colonne { $column }, alors qu’une importation lit { $limit } colonnes
imp-limit-cell = une cellule de { $chars } caractères à la ligne { $row }, alors qu’une cellule en contient au plus { $limit }
imp-limit-inflated = le classeur décompressé dépasse { $megabytes } Mo
imp-xlsx = Le classeur n’a pas pu être lu : { $error }
imp-csv = Le CSV n’a pas pu être lu à la ligne { $line } : { $error }
imp-columns-delegates = Les colonnes ne sont pas celles d’un fichier de délégués : il manque { $missing }. Trouvées : { $found }.
imp-columns-replies = Les colonnes ne sont pas celles d’un fichier de réponses : il manque { $missing }. Trouvées : { $found }.
exp-no-meeting = L’espace de travail n’a pas de réunion { $meeting }.
exp-not-a-list = Ce n’est pas une liste des participants exportée par MSP Invitations (colonnes : { $columns }).
exp-not-a-section = Ligne { $row } : « { $heading } » n’est pas une section de la liste des participants.
exp-earlier-missing = L’espace de travail antérieur n’a pas de réunion « { $meeting } » à comparer.
exp-pdf = Le PDF n’a pas pu être produit : { $error }
exp-pdf-glyph = Le PDF ne peut pas imprimer « { $text } » : sa police n’a pas la lettre « { $character } » (U+{ $code }). Écrivez le nom en caractères latins ou cyrilliques, ou exportez en HTML, CSV ou XLSX.
exp-xlsx = Le classeur n’a pas pu être écrit : { $error }
exp-csv = Le CSV n’a pas pu être écrit : { $error }
exp-no-first-seat = Le plan de salle commence par un État tiré au sort : choisissez-en un dont la délégation est inscrite.
exp-no-attendance = Aucune arrivée n’est enregistrée pour la { $meeting } : une liste des personnes venues ne nommerait personne. Enregistrez d’abord les arrivées à l’accueil (ou avec checkin).
exp-no-recipients = Il n’y a aucun invité à qui écrire.
doc-observers-title = Organisations demandant le statut d’observateur conformément à l’article 1.4
doc-observers-intro = Conformément à l’article 1.4 du Règlement intérieur, { $count ->
        [one] l’organisation suivante a demandé à assister à la { $meeting } en qualité d’observateur :
       *[other] les organisations suivantes ont demandé à assister à la { $meeting } en qualité d’observateurs :
    }
doc-observers-none = Aucune organisation n’a demandé le statut d’observateur.
doc-credentials-title = Pouvoirs non encore reçus
doc-credentials-intro = Sur les { $total } États parties qui ont inscrit une délégation, { $missing } n’avaient pas présenté de pouvoirs le { $date }.
doc-seating-intro = Les délégations sont placées dans l’ordre alphabétique anglais à partir de { $drawn } : d’abord les États parties, puis les États observateurs, puis les organisations. Le premier siège de chaque rangée, côté allée, est accessible.
doc-seating-drawn-by = { $drawn } a été tiré au sort le { $date } par { $by }.
doc-seating-drawn = { $drawn } a été tiré au sort le { $date }.
doc-seating-chosen-by = { $drawn } a été choisi pour occuper le premier siège le { $date } par { $by }.
doc-seating-chosen = { $drawn } a été choisi pour occuper le premier siège le { $date }.
doc-seating-row = Rangée { $row }
doc-seating-accessible = accessible
imp-fault = { $fault } ({ $char }) dans une valeur qui s’imprime sur une ligne ; supprimez-le du fichier
imp-not-latin = pas en caractères latins : les listes en anglais, en français et en espagnol impriment les noms en caractères latins ; donnez la graphie utilisée dans les listes (given_name_latin, family_name_latin)
xfer-notes = À vérifier (sans empêcher l’import)
xfer-row-note = Ligne { $row } : { $value } : { $reason }
imp-title-not-latin = pas en caractères latins : les listes en anglais, en français et en espagnol l’impriment tel quel ; écrivez-le comme la liste doit l’imprimer (M., Conseiller)

## Noms, adresses et lettres en forme ONU (format 2)
let-lang-each = La langue de chaque invité
let-language = Langue des lettres
let-template-lang = Modèle en
let-no-builtin = (pas de texte intégré dans cette langue ; rédigez-en un pour l’utiliser)
let-prefix-note = celui de la réunion ; le préfixe du secrétariat, pas une cote de document
let-before = Avant d’écrire
let-issue-no-prefix = La réunion n’a pas de préfixe de référence : les références seront de simples numéros.
let-issue-no-template = Il n’y a pas de modèle « { $kind } » en « { $lang } » : ces lettres sont écrites en anglais.
let-issue-unknown-placeholder = Le modèle en « { $lang } » contient { $placeholder }, que l’application ne remplit pas.
let-issue-no-mandate = La réunion n’a pas de résolution de mandat (cote et date), que les lettres citent. Indiquez-la dans la vue Réunion.
let-issue-no-at-venue = La réunion ne dit pas où elle se tient, en texte courant, en « { $lang } » (« au Palais des Nations, à Genève »). Indiquez-le dans la vue Réunion.
let-issue-untranslated = La réunion n’a ni nom ni lieu en « { $lang } ». Indiquez-les dans la vue Réunion.
let-issue-no-signatory = Personne n’est désigné pour signer les lettres aux organisations : elles ne porteront que le titre. Indiquez le signataire dans la vue Réunion.
let-issue-no-signatory-title = Le titre du signataire en « { $lang } » n’est pas indiqué. Indiquez-le dans la vue Réunion.
let-issue-no-address-state = { $name } : aucune adresse enregistrée ; la note va à sa mission permanente à Genève.
let-issue-no-address-state-group = { $count } États n’ont pas d’adresse enregistrée (leurs notes vont à une mission permanente à Genève)
let-issue-no-address-org = { $name } : aucune adresse enregistrée ; la lettre ne porte que le nom de l’organisation.
let-issue-no-address-org-group = { $count } organisations n’ont pas d’adresse enregistrée
let-issue-name-of-the-day = { $name } : renommé depuis ; la lettre en « { $lang } » l’appelle « { $text } », son nom à l’ONU ce jour-là. Si l’ONU l’écrivait autrement, indiquez son nom en texte courant dans le panneau de détail.
let-issue-name-of-the-day-group = { $count } États ont été renommés depuis la date des lettres
xfer-attended-only = Seulement les personnes venues (la liste finale)
xfer-designated-only = Seulement les délégations dont la désignation est arrivée
list-not-arrived = Inscrits non encore arrivés
list-nameplates = Chevalets nominatifs
list-addresses = Adresses
import-addresses = Adresses
imp-columns-addresses = Les colonnes ne sont pas celles d’un fichier d’adresses : il manque { $missing }. Trouvées : { $found }.
xfer-import-addresses-help = Adresses : colonnes invitee, kind, city, postal_address, email, fax, contact_name, contact_title (salutation et language facultatives).
xfer-addresses-button = Adresses…
address-permanent-mission = Mission permanente
address-observer-mission = Mission permanente d’observation
address-embassy = Ambassade
address-ministry = Ministère des affaires étrangères
address-office = Bureau
doc-no-address = Aucune adresse enregistrée
doc-email = Courriel : { $value }
doc-fax = Télécopie : { $value }
doc-addresses-title = Adresses pour la correspondance
imp-invitee-twice = l’invité figure déjà à la ligne { $row }
imp-bad-address-kind = pas un type d’adresse (permanent_mission, permanent_observer_mission, embassy, ministry, office)
imp-office-for-state = l’adresse d’un État est une mission, une ambassade ou un ministère, pas un bureau
imp-mission-for-org = l’adresse d’une organisation est un bureau
imp-bad-language = pas une langue de l’application (en, fr, es, ru)
imp-address-add = { $name } : adresse ajoutée
imp-address-update = { $name } : adresse mise à jour
imp-address-unchanged = { $name } : adresse inchangée
migrated-title = Un fichier d’un format antérieur
migrated-text = Cet espace de travail a été écrit par une version antérieure de MSP Invitations. À la lecture, ceci a changé ; le fichier lui-même reste tel quel jusqu’à ce que vous l’enregistriez, dans le format actuel.
migrated-unoda = L’UNODA, secrétariat des réunions, n’est plus un observateur permanent ; ses données dans { $meetings } réunion(s) sont conservées sous une de vos organisations (supprimez-la si elle n’est pas observatrice).
migrated-prefix = Le préfixe de référence des lettres « { $prefix } » est désormais celui de chaque réunion.
migrated-templates = Vos { $count } modèle(s) de lettre sont désormais les modèles anglais.
dash-undesignated = Pas encore désignées : { $count }
dash-filter-undesignated = Délégations sans désignation
detail-designated-on = Désignée par note ou lettre du
detail-designation-reference = Sa référence
detail-address = Adresse pour la correspondance
detail-no-address = Aucune adresse enregistrée : les lettres vont à l’adresse habituelle (une mission permanente à Genève).
detail-add-address = Ajouter une adresse
detail-remove-address = Supprimer l’adresse
detail-address-kind = Type
detail-contact-name = Destinataire
detail-contact-title = Titre du destinataire
detail-city = Ville
detail-postal-address = Adresse postale
detail-email = Courriel
detail-address-email = Courriel (pour les lettres)
detail-fax = Télécopie
detail-salutation = Formule d’appel
detail-letter-language = Lettres en
detail-letter-language-default = Anglais (selon l’envoi)
detail-running-names = Nom en texte courant
detail-running-names-note = Comment les lettres nomment l’État dans une phrase. Laissez vide pour le nom officiel de l’ONU en vigueur à la date de la lettre.
detail-running-name = Dans les lettres
detail-running-name-formal = Les lettres écrivent « { $name } ».
detail-running-name-in-force = Les lettres écrivent « { $name } », son nom à l’ONU ce jour-là (l’État a été renommé depuis).
ms-at-venue = Lieu, en texte courant
ms-correspondence = Lettres
ms-correspondence-note = Ce que citent les lettres d’invitation et qui signe les lettres aux organisations.
ms-mandate = Résolution de mandat
ms-mandate-date = Adoptée le
ms-reference-prefix = Préfixe de référence des lettres
ms-signatory = Signataire
ms-signatory-title = Titre du signataire
ms-languages = Dans les autres langues
ms-languages-note = Les documents en français, en espagnol et en russe nomment la réunion ainsi.
ms-executive-secretary = Secrétaire exécutif
problem-address-email = { $name } : le courriel de l’adresse { $email } n’est pas une adresse électronique
problem-address-kind = { $name } : le type de l’adresse ne convient pas (un État a une mission, une ambassade ou un ministère ; une organisation, un bureau)
doc-role-head = Chef de la délégation
doc-role-alternate = Chef adjoint de la délégation
migrated-unoda-dropped = L’UNODA, secrétariat des réunions, ne figure plus parmi les observateurs (rien n’était enregistré pour elle).

## The app's own file dialog
file-open = Ouvrir
file-save = Enregistrer
file-new-folder = Nouveau dossier
file-new-folder-name = Nouveau dossier
file-refresh = Actualiser
file-parent = Dossier parent
file-name-label = Nom du fichier :
file-show-hidden = Afficher les fichiers cachés
file-recent = Dossiers récents
file-replace-title = Remplacer le fichier ?
file-replace-text = « { $path } » existe. Le remplacer écrit le nouveau fichier à sa place.
file-replace = Remplacer

## Drawing the first seat
draw-title = Tirer au sort le premier siège
draw-text = L’un des États dont la délégation est inscrite est tiré au sort pour occuper le premier siège ; les autres suivent dans l’ordre alphabétique anglais. Le tirage est enregistré dans la réunion et imprimé sur le plan.
draw-replaces = Un nouveau tirage remplace ceci : { $current }.
draw-by = Tiré par
draw-needs-name = Indiquez le nom de la personne qui tire, tel que le plan l’imprimera.
draw-now = Tirer
draw-again = Tirer de nouveau
draw-was-drawn-by = { $name }, tiré au sort le { $date } par { $by }
draw-was-drawn = { $name }, tiré au sort le { $date }
draw-was-chosen-by = { $name }, choisi le { $date } par { $by }
draw-was-chosen = { $name }, choisi le { $date }
let-generate-mark = Produire { $count } lettres et marquer les invités…
let-summary = { $count } lettres, références { $from } à { $to } ; personne n’est marqué comme invité.
let-summary-mark = Produire { $count } lettres et marquer { $count } invités comme invités le { $date }, avec les références { $from } à { $to }.
xfer-no-number = Sans numéro, le document ne porte que le préfixe de la réunion : { $symbol }
xfer-symbol = Cote : { $symbol }

## Help
cmd-getting-started = Prise en main
cmd-shortcuts = Raccourcis clavier
guide-title = Prise en main
guide-intro = Une réunion, des invitations à la liste des participants, dans l’ordre où le travail arrive. Toute modification peut être annulée (Ctrl+Z) ; enregistrez avec Ctrl+S.
guide-1-title = 1. La réunion
guide-1 = L’application s’ouvre sur la Treizième Assemblée des États parties. Pour la suivante, Réunion › Nouvelle réunion à partir de celle-ci… garde les invités, les organisations et les adresses et recalcule la catégorie de chaque État à la nouvelle date d’ouverture. Enregistrez l’espace de travail là où vos collègues peuvent l’atteindre (Ctrl+Maj+S).
guide-2-title = 2. Paramètres de la réunion (Ctrl+8)
guide-2 = Vérifiez les dates, le lieu et sa formulation en texte courant, le préfixe des cotes, le Bureau, la résolution qui donne mandat à la réunion, le préfixe de référence des lettres du secrétariat et le signataire. Indiquez le nom et le lieu de la réunion en français, en espagnol et en russe : les documents dans ces langues les utilisent.
guide-3-title = 3. Les adresses
guide-3 = L’adresse de chaque invité pour la correspondance (mission, ambassade, ministère ou bureau, courriel, télécopie, langue de ses lettres) se trouve dans son panneau de détail, ou arrive en une fois par Fichier › Importer… › Adresses. Les lettres les utilisent ; la vue Lettres nomme les invités qui n’en ont pas encore.
guide-4-title = 4. Les invitations (Ctrl+5)
guide-4 = Choisissez les destinataires (États parties, États observateurs, organisations, article 1.4) et la langue, lisez ce que la vue indique avant d’écrire (elle retient les lettres qui imprimeraient une erreur), puis Produire. Cochez « Marquer comme invités » pour enregistrer la date et les références du même coup.
guide-5-title = 5. Réponses et rappels
guide-5 = Enregistrez les réponses dans le panneau de détail, ou importez-les (Fichier › Importer… › Réponses). Sélectionnez plusieurs invités (Maj+clic, Ctrl+clic) pour enregistrer un rappel ou une réponse pour tous. Le tableau de bord (Ctrl+3) montre qui n’a pas répondu ; un clic les montre dans le tableau.
guide-6-title = 6. Délégations et pouvoirs
guide-6 = Ajoutez les membres de chaque délégation dans le panneau de détail (Ajouter un membre, puis tapez : le premier champ prend le clavier), ou importez-les depuis le tableur qu’envoie une mission. Enregistrez la date de la note ou de la lettre qui désigne la délégation. La vue Personnes (Ctrl+2) retrouve chacun et les doublons possibles ; Pouvoirs tient à part les pouvoirs des États parties.
guide-7-title = 7. Statut d’observateur
guide-7 = Une organisation qui n’est pas observatrice permanente vient au titre de l’article 1.4 : enregistrez la demande, la recommandation, l’invitation provisoire et la décision de l’Assemblée. Seules les organisations approuvées figurent dans la liste des participants.
guide-8-title = 8. La liste des participants et les chiffres
guide-8 = Fichier › Exporter… (Ctrl+E) : la liste des participants avec son numéro de document (INF.2, retenu pour la fois suivante), dans la langue choisie, éventuellement seulement les délégations désignées ; un additif quand arrivent des inscriptions tardives ; les chiffres du rapport final ; le plan des places une fois un État tiré au sort.
keys-f10 = F10 ou Alt
keys-f10-what = Ouvrir les menus
keys-enter-search = Entrée dans la recherche
keys-enter-search-what = Ouvrir le premier invité trouvé
keys-arrows = Flèches dans le tableau
keys-arrows-what = Déplacer la sélection
keys-click = Maj+clic, Ctrl+clic
keys-click-what = Sélectionner plusieurs invités
keys-enter-row = Entrée sur « Ajouter un membre »
keys-enter-row-what = Ajouter un membre et taper son titre
keys-enter-date = Entrée dans une date
keys-enter-date-what = Prendre la date tapée (AAAA-MM-JJ), ou la choisir avec le bouton à côté
keys-escape = Échap
keys-escape-what = Fermer une boîte de dialogue ou un menu

## The People view
view-people = Personnes
people-title = Personnes ({ $count })
people-search = Trouver une personne
people-shown = { $shown } sur { $total } affichées
people-none = Personne n’est encore inscrit à cette réunion.
people-delegation = Délégation
people-no-duplicates = Aucun doublon possible.
people-duplicates = Doublons possibles : { $count }
people-same-email = même nom et même courriel
people-same-function = même nom et même fonction

## Date picker (beside every date field)
date-pick = Choisir une date
date-pick-for = Choisir une date : { $field }
date-previous = Mois précédent
date-next = Mois suivant
month-1 = Janvier { $year }
month-2 = Février { $year }
month-3 = Mars { $year }
month-4 = Avril { $year }
month-5 = Mai { $year }
month-6 = Juin { $year }
month-7 = Juillet { $year }
month-8 = Août { $year }
month-9 = Septembre { $year }
month-10 = Octobre { $year }
month-11 = Novembre { $year }
month-12 = Décembre { $year }
weekday-1 = lu
weekday-2 = ma
weekday-3 = me
weekday-4 = je
weekday-5 = ve
weekday-6 = sa
weekday-7 = di

## Filtres au-delà des puces, et filtres enregistrés
filter-sent-chip = Envoyée il y a { $days } jours ou plus
filter-head-chip = Chef de délégation : { $gender }
filter-take-off = Retirer cette condition
filter-reminders = Rappels à envoyer
filter-reminders-hint = Invités il y a { $days } jours ou plus, sans réponse : les invités à relancer
filter-more = Autres filtres
filter-reply = Réponse
filter-sent-at-least = Envoyée il y a au moins
filter-days = jours
filter-head = Chef de délégation
filter-head-any = Tous
filter-saved-hint = Un clic l’affiche ; clic droit pour le supprimer.
filter-delete = Supprimer ce filtre enregistré
filter-save = Enregistrer le filtre…
save-filter-title = Enregistrer le filtre
save-filter-text = La recherche, les puces et les conditions sont gardées sous ce nom dans l’espace de travail, pour tous ceux qui ouvrent le fichier.
save-filter-name = Nom du filtre
save-filter-needs-name = Donnez un nom au filtre.
save-filter-save = Enregistrer
save-filter-replace = Remplacer « { $name } »

## Copier-coller avec les tableurs
cmd-copy-rows = Copier les lignes
cmd-paste-rows = Coller des délégués
clip-copied = { $count ->
    [one] 1 ligne copiée avec son en-tête : collez-la dans un tableur
   *[other] { $count } lignes copiées avec leur en-tête : collez-les dans un tableur
}
clip-nothing-selected = Rien à copier : sélectionnez d’abord des lignes dans le tableau des invités ou la vue Personnes
clip-pasted = les lignes collées
clip-pasted-into = les lignes collées dans la délégation : { $name }
clip-error = Collage impossible
clip-too-big = Le texte collé dépasse ce qu’une importation lit ({ $megabytes } Mo).
clip-paste-help = Copiez les lignes du tableur avec leur ligne d’en-tête (given_name, family_name, role, function, gender, email…). Si un seul invité est sélectionné, toutes les lignes vont dans sa délégation ; sinon une colonne delegation indique où va chacune.

## A search that found delegates
detail-found = Trouvé par la recherche : { $names }

## Notices that name what they concern
ms-opening-changed-one = Date d’ouverture désormais le { $date } : { $name } est maintenant { $category }
status-show-them = Les afficher dans le tableau
status-concerned = Catégorie changée

## The detail of an invitee the filter hides
detail-hidden = Le filtre masque cet invité dans le tableau.
detail-show-in-table = L’afficher dans le tableau

## Lettres par courrier électronique, et la boîte d’envoi
mail-title = Courrier électronique
mail-settings-note = L’expéditeur, les destinataires en copie et l’adresse de réponse sont conservés dans l’espace de travail ; le serveur de messagerie est celui de cet ordinateur.
mail-from = De
mail-from-hint = Nom <adresse>
mail-cc = Cc
mail-reply-to = Répondre à
mail-cover = Texte d’accompagnement
mail-kind-invitation = Invitation
mail-kind-reminder = Rappel
mail-subject = Objet
mail-body = Texte au-dessus de la lettre
mail-placeholders = Champs : {"{"}meeting{"}"} {"{"}reference{"}"} {"{"}date{"}"} {"{"}invitee{"}"} {"{"}salutation{"}"}, chacun dans la langue de la lettre. La lettre est jointe en PDF.
mail-drafts = Enregistrer comme brouillons…
mail-drafts-folder = Dossier des brouillons
mail-send = Envoyer…
mail-send-reminders = Envoyer les rappels ({ $count })…
mail-batch = { $count ->
    [one] 1 message, de { $from }
   *[other] { $count } messages, de { $from }
}
mail-no-address = Sans adresse électronique : { $count } (leurs lettres partent autrement)
mail-already-sent = Déjà envoyés ({ $count }) : { $names }
mail-held-unknown = Sort inconnu ({ $count } ; vérifiez les messages envoyés du serveur) : { $names }
mail-outbox = Boîte d’envoi ({ $count })
mail-outbox-empty = Aucun message n’a été préparé ni envoyé pour cette réunion.
mail-retry-failed = Renvoyer les échecs ({ $count })…
mail-send-unknown = Renvoyer ceux au sort inconnu ({ $count })…
mail-unknown-help = L’envoi a été interrompu avant la réponse du serveur : le message est peut-être parti. Vérifiez les messages envoyés du serveur avant de le renvoyer.
mail-col-invitee = Invité
mail-col-kind = Type
mail-col-to = À
mail-col-state = État
mail-col-detail = Réponse du serveur ou brouillon
mail-state-drafted = Brouillon { $at }
mail-state-sent = Envoyé { $at }
mail-state-failed = Échec { $at }
mail-state-unknown = Inconnu depuis { $at }
mail-error-title = Impossible d’envoyer les messages
mail-error-no-sender = L’adresse de l’expéditeur manque : remplissez le champ De dans la vue Lettres.
mail-error-address = L’adresse { $address } ({ $what }) n’est pas une adresse électronique : { $reason }
mail-error-write = Impossible d’écrire le brouillon : { $error }
mail-error-journal = Impossible de tenir le journal d’envoi : { $error }
mail-error-message = Le message n’a pas pu être composé : { $error }
mail-error-unsaved = Enregistrez d’abord l’espace de travail dans un fichier : le journal d’envoi qui empêche un double envoi est placé à côté.
mail-error-server = La connexion au serveur de messagerie n’a pas pu être préparée : { $error }
mail-drafting = Enregistrement de { $count } brouillons…
mail-sending = Envoi de { $count } messages…
mail-stopping = Arrêt après le message en cours d’envoi…
mail-drafted = { $count ->
    [one] 1 brouillon enregistré.
   *[other] { $count } brouillons enregistrés.
}
mail-sent = { $count ->
    [one] 1 message envoyé.
   *[other] { $count } messages envoyés.
}
mail-sent-failed = { $count } envoyés ; { $failed } en échec : { $names }. La boîte d’envoi de la vue Lettres indique pourquoi.
mail-recovered = Un envoi de courriers a été interrompu : { $count } enregistrements récupérés, dont { $unknown } au sort inconnu. Voir la boîte d’envoi dans la vue Lettres.
send-title = Envoyer par courrier électronique
send-title-reminders = Envoyer les rappels par courrier électronique
send-unknown-again = Renvoyer à ceux dont le message a un sort inconnu
send-host = Serveur de messagerie
send-security = Protection
send-starttls = STARTTLS (port 587)
send-tls = TLS (port 465)
send-plain = Aucune (relais de ce réseau)
send-port = Port
send-user = Nom d’utilisateur
send-password = Mot de passe
send-password-note = Le mot de passe n’est conservé que tant que l’application est ouverte, jamais dans un fichier.
send-bad-port = Saisissez le port sous forme de nombre.
send-button = { $count ->
    [one] Envoyer 1 message
   *[other] Envoyer { $count } messages
}
mail-message-id = Message-ID: <{ $id }>
mail-on-invitation = Courriel ({ $kind }) : { $state }, à { $to }

## Letters as e-mail, and the outbox
mail-field-addressee = destinataire
mail-field-subject = objet
mail-field-sender = expéditeur
mail-error-header = Le message à { $invitee } ne peut pas être écrit : son { $field } contient { $fault } ({ $char }). Corrigez-le, puis envoyez de nouveau.
mail-unwritable = Impossibles à écrire ({ $count }), laissés de côté :
reason-bad-email-list = Ce n’est pas une adresse électronique (nom@example.org ; plusieurs sont séparées par « ; »)

## Dates and numbers of documents
adv-list-participants = liste des participants
adv-list-addendum = additif à la liste des participants
adv-after-closing = Le document « { $list } » est daté du { $date }, après la clôture de la réunion le { $closing } : datez-le du { $closing }, jour de clôture, ou du jour de sa publication.
adv-after-opening = Les lettres sont datées du { $date }, après l’ouverture de la réunion le { $opening } : datez-les du jour de leur envoi, avant le { $opening }.
adv-after-opening-sent = Les lettres sont datées du { $date }, après l’ouverture de la réunion le { $opening } : datez-les du { $sent }, jour d’envoi des invitations.
adv-no-number = Aucun numéro n’est donné ni enregistré pour « { $list } » de la { $meeting } : sa cote se lirait { $symbol } seule.
xfer-use-date = Dater du { $date }

## The letterhead
head-error-read = Impossible de lire l’en-tête : { $error }
head-error-not-image = L’en-tête n’est ni une image SVG, PNG ou JPEG, ni un PDF.
head-error-pages = Le PDF de l’en-tête a { $pages } pages ; un en-tête tient sur une page.
head-error-pdf = Le PDF de l’en-tête n’a pas pu être lu (il est peut-être endommagé ou protégé par un mot de passe).
head-error-image = L’image de l’en-tête ne peut pas être dessinée : { $error }
head-error-damaged = L’en-tête conservé dans l’espace de travail est endommagé ; définissez-le de nouveau dans la vue Lettres.
let-issue-no-letterhead = Pas d’en-tête : les lettres commencent à la référence. Définissez l’en-tête du bureau dans la vue Lettres (ou avec la commande letterhead).
let-issue-letterhead = L’en-tête conservé dans l’espace de travail ne peut pas être dessiné ({ $error }) : définissez-le de nouveau dans la vue Lettres.
head-title = En-tête
head-none = Aucun : les lettres commencent à la référence
head-choose = Choisir…
head-choose-title = L’en-tête du bureau
head-filter = Image (SVG, PNG, JPEG) ou PDF d’une page
head-remove = Retirer
head-summary-with = Chacune commence par l’en-tête.
head-summary-without = Pas d’en-tête : chacune commence à la référence.

## Jobs bound to their workspace
job-busy = Attendez la fin de cette tâche : { $what }. Son résultat entre dans cet espace de travail.
xfer-reading-kind = Lecture du fichier : { $what }…
edit-error-no-meeting = La réunion { $meeting } n’est plus dans l’espace de travail.
edit-error-meeting-exists = L’espace de travail a déjà une réunion { $meeting }.

## Merge
merge-absent = (absent)
merge-yes = Oui
merge-no = Non
merge-invitee = invité
merge-record-workspace = L'espace de travail
merge-changed = { $record } : { $field } { $from } → { $to }
merge-person-added = { $invitee } : délégation + { $name }
merge-person-removed = { $invitee } : délégation − { $name }
merge-invitee-added = { $invitee } : ajouté à { $meeting }
merge-invitee-removed = { $invitee } : retiré de { $meeting }
merge-record-added = { $record } : ajouté
merge-record-removed = { $record } : supprimé
field-record = L'enregistrement entier
field-name = Nom
field-mail-from = Expéditeur des courriels
field-mail-cc = Copie des courriels à
field-mail-reply-to = Adresse de réponse
field-mail-cover = Texte d'accompagnement des courriels
field-default-channel = Mode d'envoi par défaut
field-letter-template = Modèle de lettre
field-saved-filter = Filtre enregistré
field-import-mapping = Sens des colonnes d’un formulaire d’inscription
field-first-seat = Premier siège
field-designation = Désignation
merge-conflicts = { $count ->
        [one] Une modification enregistrée entre-temps par un collègue contredit la vôtre
       *[other] { $count } modifications enregistrées entre-temps par un collègue contredisent les vôtres
    } ; rien n'a encore été enregistré. Choisissez la valeur à garder pour chacune.
merge-taken = { $count ->
        [one] Une modification d'un collègue intégrée
       *[other] { $count } modifications d'un collègue intégrées
    } : { $changes }
safe-busy-elsewhere = { $holder } enregistre cet espace de travail ou envoie des courriels à partir de celui-ci ; réessayez dans un instant. Votre travail est conservé ici.
safe-unreadable = Le fichier sur le disque n'est plus un espace de travail lisible par l'application ; vos modifications n'ont donc pas pu y être intégrées et rien n'a été enregistré. « Enregistrer sous… » garde votre travail dans un autre fichier.
mail-error-caught-up = Les modifications d'un collègue viennent d'être intégrées ({ $count }) ; vérifiez de nouveau l'envoi, puis envoyez. Les messages envoyés entre-temps par un collègue sont exclus.
safe-merge-now = Fusionner ses modifications maintenant
safe-merge-now-hint = Ses modifications rejoignent les vôtres, en une étape annulable ; là où vous avez tous deux changé une même valeur, vous choisissez
safe-later = Plus tard
safe-later-hint = L'enregistrement fusionnera de toute façon ses modifications avec les vôtres
merge-title = Vos modifications et celles d'un collègue
merge-text = Un collègue a enregistré cet espace de travail depuis que vous l'avez ouvert. Ses autres modifications et les vôtres sont toutes conservées ; { $count ->
        [one] à la ligne ci-dessous, vous avez chacun changé la même valeur : choisissez celle à garder.
       *[other] aux { $count } lignes ci-dessous, vous avez chacun changé la même valeur : choisissez celle à garder à chaque ligne.
    } Rien n'est enregistré tant que chaque ligne n'est pas tranchée.
merge-col-record = Fiche
merge-col-field = Champ
merge-col-mine = Votre valeur
merge-col-theirs = Celle du collègue
merge-keep-mine-hint = Garder la valeur que vous avez saisie
merge-take-theirs-hint = Prendre la valeur enregistrée par votre collègue
merge-all-mine = Garder toutes les miennes
merge-all-theirs = Prendre toutes les siennes
merge-undecided = { $count ->
        [one] Une ligne reste à trancher.
       *[other] { $count } lignes restent à trancher.
    }
merge-save = Enregistrer
merge-take-in = Fusionner
merge-cancel-hint = Rien n'est enregistré ni fusionné ; vos modifications restent ici, non enregistrées
merge-conflict-line = { $record } : { $field } : { $mine } de ce côté, { $theirs } de l'autre
field-protocol-order = Ordre protocolaire de la délégation

## Organisations in every language
let-issue-no-org-name = { $name } n’a pas de nom en « { $lang } » : indiquez-le sous « Noms dans les langues de l’ONU » dans son panneau de détail.
let-issue-no-org-running = { $name } : la lettre en « { $lang } » demande son nom précédé de l’article (comme « l’Union africaine »), que les données de référence ne donnent pas. Indiquez-le sous « Noms dans les langues de l’ONU » dans son panneau de détail.
let-issue-no-org-name-group = { $count } organisations n’ont pas de nom dans la langue des lettres : les lettres ne peuvent être écrites avant que chacun soit indiqué
let-issue-no-org-running-group = { $count } organisations demandent leur nom précédé de l’article : les lettres ne peuvent être écrites avant que chacun soit indiqué
detail-org-names = Noms dans les langues de l’ONU
detail-org-names-note = Les écrans, listes et lettres de chaque langue emploient ces noms. Les lettres en français et en espagnol demandent le nom précédé de l’article.
detail-org-running = Avec l’article
detail-org-from-data = Selon les données de l’ONU : { $name }
detail-org-not-in-data = Absent des données de l’ONU : indiquez-le ici.

## Imports from any source
list-or = ou
imp-kind-pdf = Ce fichier est un PDF, qu’une importation ne lit pas : exportez les inscriptions en tableur (CSV ou XLSX), ou le tableau de la note en document Word (.docx).
imp-kind-doc = Ce fichier est un document Word 97-2003 (.doc), qu’une importation ne lit pas : ouvrez-le dans Word ou LibreOffice et enregistrez-le en document Word (.docx).
imp-kind-office = Ce fichier Office 97-2003 n’est ni un classeur ni un document Word : enregistrez-le en XLSX ou en .docx.
imp-kind-odt = Ce fichier est un texte OpenDocument (.odt) : enregistrez-le en document Word (.docx), ou son tableau en tableur.
imp-kind-presentation = Ce fichier est une présentation, pas un tableau d’inscriptions.
imp-kind-rtf = Ce fichier est un document RTF : enregistrez-le en document Word (.docx).
imp-kind-image = Ce fichier est une image, pas un tableau d’inscriptions.
imp-kind-zip = Ce fichier est une archive ZIP qui ne contient ni classeur ni document Word.
imp-kind-html = Ce fichier est une page web (HTML), quel que soit son nom : ouvrez-le dans un tableur et enregistrez-le en XLSX ou en CSV.
imp-kind-binary = Ce fichier n’est ni du texte, ni un classeur ou un document Word que l’importation lit.
imp-no-table = Le document Word n’a pas de tableau de la délégation ({ $tables ->
        [0] il n’a aucun tableau
        [one] son seul tableau n’a pas de colonne de noms
       *[other] aucun de ses { $tables } tableaux n’a de colonne de noms
    }). Mettez la délégation dans un tableau dont la première ligne nomme les colonnes (Nom, Fonction…), ou importez-la en tableur.
imp-merged-header = La ligne d’en-tête (ligne { $row }) a des cellules fusionnées de la colonne { $from } à la colonne { $to } (« { $text } ») : chaque colonne doit avoir son propre en-tête. Annulez la fusion dans le tableur, ou enregistrez-le en CSV.
imp-unknown-delegation = « { $name } » ne désigne aucun invité unique de la réunion : donnez son code ISO ou son nom à l’ONU.
imp-not-a-form = Ce n’est pas un formulaire d’inscription écrit par MSP Invitations (il ne porte pas de code de formulaire).
imp-folder = Le dossier ne peut pas être lu : { $error }
imp-form-other-meeting = Ce formulaire d’inscription a été envoyé pour la réunion { $form }, et non pour { $this } : il ne s’importe pas dans celle-ci.
imp-form-not-invitee = Ce formulaire d’inscription a été envoyé à { $code }, qui n’est pas invité à la réunion.
imp-ambiguous-invitee = peut désigner { $names } : écrivez celui qui est voulu (son code ISO ou son nom à l’ONU)
imp-unknown-invitee-like = aucun État ni aucune organisation de la réunion ne porte ce nom ; les plus proches : { $names }
imp-left-out-state = écartée : son inscription est « { $state } »
imp-unknown-state = un état d’inscription que l’importation ne connaît pas ; la ligne est importée
imp-replaced-by = écartée : la même personne est inscrite à nouveau à la ligne { $row }, qui est importée
imp-split-uncertain = le nom a été coupé en prénom « { $given } » et nom de famille « { $family } », mais rien ne marquait le nom de famille (en capitales ou avant une virgule) : confirmez la ligne si c’est juste
imp-bad-yes-no = ni oui ni non (Yes/No, Oui/Non, Sí/No, Да/Нет)
imp-add-role-from-function = { $name } : ajouter { $person } ({ $role }, comme le dit la fonction)
imp-delegation-given = Toutes les lignes vont à { $name }, comme demandé.
imp-delegation-form = Toutes les lignes vont à { $name } : le formulaire d’inscription envoyé sous { $reference }.
imp-delegation-sender = Toutes les lignes vont à { $name } : l’expéditeur de la note (« { $sender } »).
imp-columns = Colonnes du fichier
imp-columns-help = Comment chaque colonne est lue ; choisissez un autre sens là où il est faux. Le choix est gardé dans l’espace de travail pour les fichiers aux mêmes colonnes.
imp-col-header = Colonne
imp-col-read-as = Lue comme
imp-col-how = Comment
imp-col-first = Première valeur
imp-read-recognised = par son en-tête
imp-read-chosen = choisie
imp-read-remembered = comme choisi auparavant
imp-read-form-tool = propre à l’outil de formulaire
imp-read-unrecognised = inutile
imp-read-duplicate = une autre colonne est lue ainsi
imp-encoding = Encodage
imp-row = ligne { $row }
imp-row-of-file = ligne { $row } de { $file }
imp-confirm-row = Confirmer la { $row }
imp-leave-out = Écarter la { $row }
imp-left-out = Écartées par le fichier
xfer-forms-button = Formulaires retournés…
xfer-forms-folder = Dossier des formulaires d’inscription retournés
meaning-delegation = Délégation
meaning-role = Rôle
meaning-head = Chef de délégation (oui/non)
meaning-honorific = Titre
meaning-given-name = Prénom
meaning-family-name = Nom de famille
meaning-full-name = Nom complet
meaning-function = Fonction
meaning-gender = Sexe
meaning-email = Courriel
meaning-phone = Téléphone
meaning-given-name-latin = Prénom dans les listes
meaning-family-name-latin = Nom de famille dans les listes
meaning-registration-state = État de l’inscription
meaning-ignored = Non importée
form-sheet = Délégation
form-title = { $meeting } : formulaire d’inscription
form-delegation-of = Délégation { $of_invitee }
form-reference = Référence : { $reference }
form-instructions-1 = Veuillez indiquer les membres de votre délégation, une personne par ligne, le chef de délégation en premier. Les lignes déjà remplies sont la délégation telle que le secrétariat l’a enregistrée : corrigez-les au besoin.
form-instructions-2 = Choisissez le rôle, le titre et le sexe dans les listes. Écrivez les noms de famille tels qu’ils doivent figurer dans la liste des participants.
form-instructions-3 = Enregistrez le classeur tel quel, sans en changer la disposition, et renvoyez-le par courriel au secrétariat.
form-col-role = Rôle
form-col-honorific = Titre
form-col-given-name = Prénom
form-col-family-name = Nom de famille
form-col-function = Fonction
form-col-gender = Sexe
form-col-email = Courriel
form-col-phone = Téléphone
send-with-form = Joindre un formulaire d’inscription à chaque lettre
send-with-form-hint = Un classeur XLSX dans la langue de la lettre avec la délégation telle qu’enregistrée, que l’invité complète et renvoie ; il s’importe dans sa propre délégation (Fichier › Importer… › Formulaires retournés).
let-forms = Formulaires d’inscription…
let-forms-hint = Un formulaire XLSX par invité, dans la langue de sa lettre, que la délégation complète et renvoie
let-forms-folder = Dossier des formulaires d’inscription
let-wrote-forms = { $count } formulaires d’inscription écrits dans { $path }

# The regions of the window, as a screen reader names them.
region-menus = Menus
region-toolbar = Barre d’outils
region-status = Barre d’état
region-detail = Invité sélectionné

# The command line's own failures (the app has no such field or flag).
cli-create-folder = Impossible de créer le dossier : { $error }
cli-closing-before-opening = La date de clôture { $closing } précède la date d’ouverture { $opening }.
cli-nothing-to-start-from = { $path } n’a aucune réunion dont partir.
cli-exists = { $path } existe déjà ; utilisez --force pour le remplacer.
cli-no-meetings = L’espace de travail n’a aucune réunion : { $path }
cli-unknown-meeting = Il n’y a pas de réunion « { $name } » dans { $path } (il contient { $known }).
cli-no-format = Indiquez le format avec --format, ou terminez { $path } par .pdf, .html, .csv ou .xlsx.
cli-nothing-to-import = Indiquez --delegates FICHIER, --replies FICHIER, --addresses FICHIER ou --attendance FICHIER.
cli-letters-blocked = Rien n’a été écrit : les lettres ne peuvent pas être écrites en l’état :
cli-bad-server = Le serveur de messagerie « { $server } » n’est pas de la forme HÔTE:PORT.
cli-password = Mot de passe du serveur de messagerie : { $error } (définissez MSP_SMTP_PASSWORD)
cli-send-failed = { $count ->
    [one] Le message à 1 destinataire a échoué : { $failed }
   *[other] Les messages à { $count } destinataires ont échoué : { $failed }
}
cli-names-unknown = Aucun État ni aucune organisation de la réunion ne s’appelle « { $name } ».
cli-names-state = Le nom d’un État vient des données de l’ONU ; indiquez avec --running comment les lettres l’écrivent dans une phrase.
cli-names-not-one-line = Le { $what ->
    [running] nom dans une phrase
   *[name] nom
} donné pour { $invitee } ne tient pas sur une ligne : { $fault }
cli-names-too-long = Le { $what ->
    [running] nom dans une phrase
   *[name] nom
} donné pour { $invitee } compte { $chars } caractères ; un nom en compte au plus { $limit }.
cli-mapping-read = Impossible de lire la correspondance : { $error }
cli-mapping-line = La correspondance porte à la ligne { $line } « { $text } », qui n’est pas de la forme EN-TÊTE=SENS avec un sens parmi { $meanings }.
cli-hint-since = Indiquez-le avec --since ANTÉRIEUR.ron (l’espace de travail antérieur) ou --since LISTE.csv (la liste publiée).
cli-hint-first-seat = Indiquez-le avec --first-seat ISO3 (l’État tiré au sort).
cli-nobody-found = Personne de la réunion ne correspond à « { $query } » : donnez des mots du nom, de la délégation ou de l’adresse électronique, ou l’identifiant de la personne.
cli-several-found = { $count } personnes correspondent à « { $query } » : précisez le nom, ou donnez l’identifiant de la personne voulue :

# The registration desk (issue #29).
view-desk = Accueil et inscription
desk-title = { $meeting } · Accueil et inscription · { $day }
desk-search = Trouver une personne
desk-search-hint = Nom, délégation, courriel ou identifiant ; Entrée ouvre, Entrée encore enregistre l’arrivée
desk-found = { $count ->
    [one] 1 trouvée
   *[other] { $count } trouvées
}
desk-arrived-at = · arrivée à { $time }
desk-not-invited = La délégation n’a pas été invitée à la réunion.
desk-no-observer-status = L’organisation n’a pas le statut d’observateur (article 1.4) pour la réunion.
desk-no-credentials = Les pouvoirs de la délégation n’ont pas été reçus.
desk-credentials-in = Pouvoirs : { $kind }
desk-received-on = reçus le { $day }
desk-credentials-missing = Pouvoirs : non reçus
desk-arrived-today = Arrivée aujourd’hui à { $time }
desk-undo-arrival = Annuler l’arrivée
desk-record-arrival = Enregistrer l’arrivée (Entrée)
desk-credentials-kind = Pouvoirs remis
desk-credentials-issuer = Délivrés par
desk-credentials-handed = Enregistrer les pouvoirs
desk-correct = Corriger le nom ou la fonction
desk-given-name = Prénom
desk-family-name = Nom
desk-function = Fonction
desk-save-correction = Enregistrer la correction
desk-walk-in = Inscrire une personne sur place
desk-delegation = Délégation
desk-honorific = Titre
desk-role = Rôle
desk-register = Inscrire
dash-attendance = Présents à la réunion, par jour
dash-present = { $people ->
    [one] 1 personne
   *[other] { $people } personnes
}, { $delegations ->
    [one] 1 délégation
   *[other] { $delegations } délégations
}
dash-present-category = { $category } : { $people } ({ $delegations })

# Check-ins from a badge system (issue #29).
import-attendance = Arrivées
xfer-import-attendance-help = Arrivées (export d’un système de badges) : l’identifiant, le courriel ou le nom de la personne, et la date avec l’heure (ou une colonne d’heure).
xfer-attendance-button = Arrivées…
imp-columns-attendance = Les colonnes ne sont pas celles d’un export d’arrivées : il manque { $missing }. Trouvées : { $found }.
att-arrival = { $person } ({ $name }) : arrivée le { $day } à { $time }
att-nobody = Personne de la réunion ne correspond à « { $query } ».
att-several = Plusieurs personnes de la réunion correspondent à « { $query } » : donnez l’identifiant ou le courriel.
att-no-day = Aucun jour d’arrivée : écrivez-le AAAA-MM-JJ (avec l’heure, AAAA-MM-JJ HH:MM).
att-bad-time = « { $time } » n’est pas une heure : écrivez-la HH:MM.
desk-not-a-meeting-day = Ce jour n’est pas un jour de l’Assemblée ({ $dates }) : les arrivées sont enregistrées à la date du { $day }.
desk-nobody-registered = Personne n’est encore inscrit à l’Assemblée : les délégués viennent de la vue Invités ou d’un fichier de délégués (Fichier › Importer), ou sont inscrits ici sur place.
desk-today-count = { $count ->
    [one] 1 personne arrivée aujourd’hui
   *[other] { $count } personnes arrivées aujourd’hui
}
desk-other-days = Arrivée aussi : { $days }
