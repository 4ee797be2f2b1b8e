# MSP Invitations: English. Every file in this folder has exactly the same message ids
# (tests/i18n.rs checks it).

app-name = MSP Invitations
date-long = %-d %B %Y

## Menus
menu-file = File
menu-edit = Edit
menu-meeting = Meeting
menu-view = View
menu-help = Help
menu-open-recent = Open recent
menu-no-recent = No recent files
menu-language = Language
menu-or = { $first } or { $second }

## Commands
cmd-new = New
cmd-open = Open…
cmd-save = Save
cmd-save-as = Save as…
cmd-export = Export…
cmd-import = Import…
cmd-quit = Quit
cmd-undo = Undo
cmd-redo = Redo
cmd-find = Find
cmd-select-all = Select all
cmd-detail-panel = Detail panel
cmd-dark-theme = Dark theme
cmd-zoom-in = Zoom in
cmd-zoom-out = Zoom out
cmd-zoom-reset = Actual size
cmd-add-organisation = Add organisation…
cmd-restore-backup = Restore a backup…
cmd-next-meeting = New meeting from this one…
cmd-about = About MSP Invitations
file-filter-workspace = MSP workspace
file-dialog-open = Open a workspace
file-dialog-save = Save the workspace
cmd-nothing-to-undo = Nothing to undo
cmd-nothing-to-redo = Nothing to redo

## Views
view-invitees = Invitees
view-dashboard = Dashboard
view-observer-status = Observer status
view-credentials = Credentials
view-letters = Letters
view-seating = Seating
view-meeting-settings = Meeting settings

## Toolbar
toolbar-no-meeting = No meeting
toolbar-meeting-shown = Meeting shown
toolbar-search = Search
toolbar-search-hint = Names, old names, acronyms, codes, delegates (Ctrl+F)
toolbar-clear-search = Clear the search
toolbar-clear-filters = Clear filters
toolbar-show-only = Show only: { $what }
toolbar-show-only-status = Show only invitees whose invitation is { $status }
toolbar-show-everyone = Show everyone again

## Status bar
status-not-saved-yet = Not saved to a file yet
status-unsaved = • Unsaved changes
status-saved = Saved
status-no-changes = No changes
status-showing = Showing { $shown } of { $total ->
    [one] { $total } invitee
   *[other] { $total } invitees
}
status-selected = · { $count } selected
status-no-problems = No problems
status-problems = { $count ->
    [one] { $count } problem
   *[other] { $count } problems
}

## Invitee table
col-name = Name
col-category = Category
col-invitation = Invitation
col-sent = Sent
col-reply = Reply
col-people = People
col-head = Head of delegation
col-credentials = Credentials
col-observer = Observer status
table-sort-by = Sort by { $column }
table-standing-observer = Standing observer
table-not-requested = Not requested
table-unknown = Unknown
table-no-meeting = This workspace has no meeting yet. Start one with File › New.
table-no-invitees = This meeting has no invitees yet. Add an organisation with File › Add organisation….
table-no-match = No invitee matches “{ $query }” and the chips chosen.
table-no-match-filters = No invitee matches the filters chosen.
table-clear = Clear search and filters

## Categories
category-state-party = State Party
category-not-yet-in-force = Not yet in force
category-observer-signatory = Observer State, signatory
category-observer-not-party = Observer State, not party
category-united-nations = United Nations
category-intergovernmental = International or regional organization
category-red-cross = ICRC, IFRC and other entities
category-ngo = Non-governmental organization
chip-state-party = States Parties
chip-not-yet-in-force = Not yet in force
chip-observer-signatory = Signatories
chip-observer-not-party = Not parties
chip-united-nations = United Nations
chip-intergovernmental = Intergovernmental
chip-red-cross = ICRC, IFRC, other
chip-ngo = NGOs
column-state-party = State Party
column-not-yet-in-force = Not yet in force
column-observer-signatory = Observer, signatory
column-observer-not-party = Observer, not party
column-united-nations = United Nations
column-intergovernmental = Intergovernmental
column-red-cross = ICRC, IFRC, other
column-ngo = NGO

## Treaty status
treaty-state-party = State Party
treaty-not-yet-in-force = Not yet in force
treaty-signatory = Signatory
treaty-not-party = Not party
treaty-withdrawn = Withdrawn
treaty-on = { $code } · { $status } on { $date }

## Invitations
status-not-invited = Not invited
status-invited = Invited
status-withdrawn = Withdrawn
reply-no-reply = No reply
reply-accepted = Accepted
reply-declined = Declined
channel-email = Email
channel-by-hand = By hand
channel-post = Post
channel-fax = Fax
channel-none = —

## Delegations
role-head = Head of Delegation
role-alternate = Alternate Head
role-representative = Representative
role-adviser = Adviser
role-expert = Expert
gender-female = Female
gender-male = Male
gender-other = Other
gender-unknown = Not stated
credential-original = Original
credential-copy = Copy
credential-note-verbale = Note verbale
credential-not-received = Not received
issuer-head-of-state = Head of State or Government
issuer-minister = Minister for Foreign Affairs
issuer-other = Other
issuer-none = —

## Observer status (Rule 1.4)
step-requested = Requested
step-recommended = Recommended by the Coordinating Committee
step-provisionally-invited = Provisionally invited
step-approved = Approved by the meeting
step-rejected = Rejected by the meeting
decision-pending = Pending
decision-approved = Approved
decision-rejected = Rejected

## Organisation kinds
org-united-nations = United Nations
org-intergovernmental = Other international or regional organization
org-red-cross = ICRC, IFRC and other entities
org-ngo = Non-governmental organization

## Detail panel
detail-none-title = No invitee selected
detail-none-1 = Select an invitee in the table to record its invitation, delegation and credentials.
detail-none-2 = Shift+click or Ctrl+click to select several and act on them at once.
detail-gone = This invitee is no longer part of the meeting.
detail-invitation = Invitation
detail-status = Status
detail-sent-on = Sent on
detail-sent-required = Required once invited
detail-channel = Channel
detail-reference = Reference
detail-reminders = Reminders
detail-none = None
detail-remove-reminder = Remove this reminder
detail-add-reminder = Add reminder
detail-before-sent = Before the invitation was sent
detail-reply = Reply
detail-reply-on = Reply received on
detail-notes = Notes
detail-delegation = Delegation ({ $count })
detail-no-head = No Head of Delegation
detail-heads = { $count } Heads of Delegation; only one is allowed
detail-nobody = No one registered yet.
detail-no-name = (no name yet)
detail-move-up = Move up
detail-move-down = Move down
detail-remove = Remove
detail-remove-hint = Remove this person from the delegation
detail-role = Role
detail-honorific = Honorific
detail-given-name = Given name
detail-family-name = Family name
detail-function = Function
detail-gender = Gender
detail-phone = Phone
detail-required = Required
reason-bad-email = Not an email address (name@example.org)
detail-accessible = Needs an accessible seat
detail-accessible-hint = The seating plan gives this delegation a seat on the aisle
detail-add-member = Add member
detail-add-member-hint = Add a person to the delegation
detail-credentials = Credentials
detail-received = Received
detail-issued-by = Issued by
detail-received-on = Received on
detail-observer = Observer status (Rule 1.4)
detail-step = Step: { $step }
detail-requested-on = Requested on
detail-recommended-on = Recommended by the Coordinating Committee on
detail-provisionally-on = Provisionally invited on
detail-decision = Decision of the meeting
detail-decided-on = Decided on
detail-decision-day = A decision needs its day
detail-organisation = Organisation
detail-org-name = Name
detail-acronym = Acronym
detail-kind = Kind
detail-remove-org = Remove organisation
detail-remove-org-hint = Remove it from the workspace and every meeting (Ctrl+Z brings it back)
detail-removed-org = Removed the organisation { $id }
date-hint = YYYY-MM-DD
date-invalid = Not a date: write it as YYYY-MM-DD, a day that exists
detail-latin-given-name = Given name in lists
detail-latin-family-name = Family name in lists
detail-latin-needed = Not in Latin script: lists in English, French and Spanish print the spelling in lists
detail-not-latin = In Latin script, as the list prints it

## Several invitees at once
bulk-selected = { $count ->
    [one] { $count } invitee selected
   *[other] { $count } invitees selected
}
bulk-note = What you do here applies to all of them, as one step that Ctrl+Z undoes.
bulk-mark-invited = Mark as invited
bulk-mark-button = Mark { $count } as invited
bulk-need-day = Enter the day the invitations were sent
bulk-marked = Marked { $count } invitees as invited on { $date }
bulk-record-reminder = Record a reminder
bulk-reminder-on = Reminder sent on
bulk-reminder-button = Record reminder for { $count }
bulk-recorded = Recorded a reminder of { $date } for { $count } invitees
bulk-set-reply = Set the reply
bulk-choose = Choose…
bulk-reply-button = Set reply for { $count }
bulk-replied = Set the reply of { $count } invitees to { $reply }

## Dialogs
dialog-save-changes = Save changes?
dialog-unsaved = “{ $name }” has unsaved changes. Save them before { $action }?
dialog-unsaved-new = starting a new workspace
dialog-unsaved-open = opening another workspace
dialog-unsaved-quit = quitting
dialog-save = Save
dialog-discard = Discard changes
dialog-cancel = Cancel
dialog-ok = OK
dialog-close = Close
about-version = Version { $version }
about-text = Invitations, delegations, credentials and observer status for Meetings of the States Parties to the Anti-Personnel Mine Ban Convention.
about-data = Reference data
about-sources = { $states } States with their treaty dates and { $organisations } standing observer organisations, embedded from assets/data. Sources:
error-open = Could not open the workspace
error-save = Could not save the workspace
error-edit = Could not make the change
notice-saved = Saved to { $path }
notice-opened = Opened { $path }
open-stopped = Reading the file stopped before it finished; the workspace was not opened.
open-reading = Opening { $file } ({ $size })…
open-wait = Wait until the workspace is open: { $file }.

## Plural forms, checked by the tests in every language
plural-delegations = { $count ->
    [one] { $count } delegation
   *[other] { $count } delegations
}

## More dialogs
dialog-file = File: { $path }
dialog-recover-title = Unsaved work was found
dialog-recover-text = MSP Invitations did not close normally last time. This work was written aside:
dialog-restore = Restore
dialog-discard-file = Discard
dialog-decide-later = Decide later
dialog-decide-later-hint = Keep the files; you will be asked at the next start
dialog-backups-title = Restore a backup
dialog-backups-none = No backup yet: one is kept each time a workspace is saved over its previous version.
dialog-open = Open
dialog-open-copy-hint = Opens as an unsaved copy
next-title = New meeting from this one
next-text = The same invitees and organisations; invitations, replies and Rule 1.4 requests start afresh; categories follow from the treaty dates on the new opening day.
next-number = Number
next-opening = Opening
next-closing = Closing
next-venue = Venue
next-bad-number = The number is a whole number, such as 14.
next-bad-dates = Enter the opening and closing days as YYYY-MM-DD.
next-closes-before = The meeting closes before it opens.
next-copy = Copy the delegations as a starting point
next-create = Create
next-created = Created the { $name }
org-title = Add organisation
org-text = An organisation that is not a standing observer comes in through a Rule 1.4 request.
org-name = Organisation name
org-id = Id
org-need-name = Enter the organisation's name.
org-need-id = Enter an id.
org-id-taken = The id “{ $id }” is taken; choose another.
org-add = Add
org-added = Added { $name }

## Dashboard, registers, seating, meeting settings
dash-at-a-glance = { $meeting } at a glance
dash-people = { $count ->
    [one] { $count } person
   *[other] { $count } people
}
dash-women = Women: { $count } of { $stated } stated ({ $percent })
dash-women-heads = Women heads: { $count } of { $heads } stated ({ $percent })
dash-not-stated = Gender not stated: { $count }
dash-filter-not-stated = Delegations with someone whose gender is not stated
dash-unanswered = Not answered: { $count }
dash-show-these = Show these invitees in the table
dash-filter-delegations = Delegations
dash-filter-women = Delegations with women
dash-filter-women-heads = Delegations headed by women
dash-filter-unanswered = Invited, no reply
dash-opening = Opening
dash-deadline = Registration deadline
dash-today = { $what }: today
dash-tomorrow = { $what }: tomorrow
dash-yesterday = { $what }: yesterday
dash-in-days = { $what }: in { $days } days
dash-days-ago = { $what }: { $days } days ago
dash-bars = Invitees by category and invitation status
dash-replies = Replies over time
dash-no-replies = No reply recorded yet.
dash-not-answered = Not answered ({ $count })
dash-all-answered = Everyone invited has answered.
dash-held = The meeting was held { $dates }.
dash-in-session = The meeting is in session ({ $dates }): day { $day } of { $days }.
dash-nobody-invited = Nobody has been invited yet.
dash-no-meeting = This workspace has no meeting yet.
bucket-not-invited = Not invited
bucket-no-reply = Invited, no reply
bucket-accepted = Accepted
bucket-declined = Declined
bucket-withdrawn = Invitation withdrawn
reg-observer-title = Observer status under Rule 1.4
reg-observer-text = Organisations that are not standing observers ask to attend; the Coordinating Committee recommends, the President may invite provisionally, and the Meeting approves or rejects.
reg-step-date = Date of the step
reg-enter-day = Enter the day
reg-president-doc = The President's document…
reg-no-requests = No organisation has asked for observer status. Add one with “Add organisation…”.
reg-organisation = Organisation
reg-step = Step
reg-requested = Requested
reg-recommended = Recommended
reg-provisionally = Provisionally invited
reg-decision = Decision
reg-next = Next
reg-approved-on = Approved { $date }
reg-rejected-on = Rejected { $date }
reg-date-first = Enter the date first
reg-request-received = Request received
reg-recommend = Recommend
reg-invite-provisionally = Invite provisionally
reg-approve = Approve
reg-reject = Reject
reg-reopen = Reopen
reg-step-not-now = Not at this step of the request
reg-credentials-title = Credentials
reg-credentials-count = { $registered } States Parties registered a delegation; credentials received from { $received }, missing from { $missing }.
reg-received-on = Received on
reg-only-missing = Only those still missing
reg-missing-list = List of credentials still missing…
reg-no-credentials = No State Party has registered a delegation yet: credentials are recorded once it has.
reg-state = State
reg-people = People
reg-record = Record
reg-missing = Missing
reg-received-detail = { $kind }{ $issuer }{ $received }
reg-received-suffix = , received { $date }
reg-received-hint = { $kind } received on the date above
reg-clear = Clear
seat-title = Seating plan
seat-none = No State has registered a delegation yet: the plan seats registered delegations.
seat-first = First seat
seat-not-drawn = Not drawn yet
seat-draw = Draw by lot…
seat-pdf = Plan as PDF…
seat-csv = Plan as CSV…
seat-rule = States Parties first, then observer States, then organisations, in English alphabetical order from the State drawn. Rows of { $row }; the first seat of each row, on the aisle, is accessible.
seat-draw-first = Draw the first seat by lot, or choose the State, to see the plan.
seat-seat = Seat
seat-row = Row
seat-delegation = Delegation
seat-accessible = Accessible seat
ms-note = Changes here are recorded like any other edit: Ctrl+Z undoes them.
ms-meeting = Meeting
ms-number = Number
ms-number-hint = A whole number, such as 13
ms-full-name = Full name
ms-short-name = Short name
ms-venue = Venue
ms-opening = Opening
ms-closing = Closing
ms-needs-opening = The meeting needs an opening day
ms-needs-closing = The meeting needs a closing day
ms-before-opening = Before the opening
ms-symbol = Document symbol prefix
ms-deadline = Registration deadline
ms-after-closing = After the meeting closes
ms-seats = Seats per delegation
ms-seats-hint = A whole number, or empty
ms-officers = Officers
ms-president = President
ms-secretary-general = Secretary-General
ms-state-of = { $office }'s State
ms-vice-presidents = Vice-Presidents
ms-add = Add
ms-remove = Remove
ms-opening-changed = Opening date now { $date }: { $count ->
    [one] { $count } invitee changed category
   *[other] { $count } invitees changed category
}

## Letters, safety, export and import
let-error-write = Could not write the letters
let-blocked = The letters cannot be written as they stand:
let-error-date = Enter the letters' date as YYYY-MM-DD.
let-none-title = No letters to write
let-none-text = No invitee of this kind is left to write to.
let-folder-error = Could not create the folder: { $error }
let-wrote-marked = Wrote { $count } letters to { $path } and marked them invited
let-wrote = Wrote { $count } letters to { $path }
let-writing = Writing { $count } letters…
xfer-progress = { $done } of { $total }
let-missing = Only { $written } of { $total } letters are in the folder.
let-cancelled = Cancelled; the letters written so far were removed.
let-bad-first-number = “{ $text }” is not a number from 1
let-title = Invitation letters
let-to = Letters to
let-count = { $all } invitees, { $uninvited } not yet invited
let-note-verbale = Note verbale
let-letter = Letter
let-your-text = (your text)
let-builtin-text = (built-in text; edit it to make it yours)
let-restore = Restore the built-in text
let-template = Template
let-placeholders = Placeholders: {"{"}to_addressee{"}"} {"{"}invitee{"}"} {"{"}of_invitee{"}"} {"{"}to_invitee{"}"} {"{"}invitee_short{"}"} {"{"}meeting{"}"} {"{"}at_venue{"}"} {"{"}when{"}"} {"{"}mandate{"}"} {"{"}by_deadline{"}"} {"{"}salutation{"}"} {"{"}signatory{"}"} {"{"}reference{"}"} {"{"}date{"}"}, and from earlier versions {"{"}venue{"}"} {"{"}dates{"}"} {"{"}deadline{"}"}. Each is written in the letter's language. A blank line starts a new paragraph.
let-date = Date of the letters
let-prefix = Reference prefix
let-first-number = First number
let-only-uninvited = Only invitees not yet invited
let-per-invitee = A PDF per invitee (in a folder), rather than one PDF
let-mark = Mark them as invited on that date, with their references
let-generate = Generate { $count } letters…
let-folder = Folder for the letters
let-save = Save the letters
let-mail-merge = Mail-merge CSV…
let-preview = Preview of the first letter
let-ref = Ref.: { $reference }
template-states-parties = States Parties
template-observer-states = Observer States
template-organizations = United Nations and other organizations
template-rule-14 = Organizations under Rule 1.4
safe-restored = Restored the unsaved work; save it to keep it
safe-backup-opened = Opened a backup as an unsaved copy; save it under a name to keep it
safe-backup-error = Could not open the backup
safe-changed = Saved by a colleague
safe-changed-text = A colleague saved this workspace since you opened it. Your unsaved changes and theirs can be merged.
import-delegates = Delegates
import-replies = Invitation replies
xfer-error-export = Could not export
xfer-exporting = Exporting: { $list }…
xfer-bad-date = The date { $date }: { $reason }.
xfer-need-date = Enter the date to print on the document.
xfer-need-earlier = An addendum compares with an earlier workspace file: choose it first.
xfer-read-error = Could not read the file: { $error }
xfer-reading = Reading { $path }…
xfer-blocked = { $count } problems stand in the way; exclude their rows
xfer-nothing = Nothing to import: the file says what the workspace already says
xfer-imported = Imported { $what } from { $path }: { $added } added, { $changed } changed
xfer-cancelled = Cancelled: { $what }
xfer-stopped-title = The work stopped
xfer-stopped-text = The export or import stopped before it finished. Nothing was written.
xfer-exported = Exported to { $path }
xfer-error-write = Could not write the export
xfer-error-import = Could not import
xfer-export-title = Export
xfer-list = List
xfer-format = Format
xfer-number = Document number
xfer-date = Date on the document
xfer-earlier = Earlier workspace
xfer-earlier-hint = the earlier workspace (.ron) or the issued list (.csv, .xlsx)
xfer-choose = Choose…
xfer-internal = Internal list: add gender, email and phone
xfer-semicolons = Semicolons between columns (Excel with a decimal comma)
xfer-bom = Byte-order mark, so Excel reads UTF-8
xfer-only-filtered = Only the { $count } invitees the table shows now
xfer-import-title = Import
xfer-import-text = Nothing is written until you have seen a preview of every change and every problem.
xfer-import-delegates-help = Delegates: columns delegation (ISO code, organisation id or name), role, honorific, given_name, family_name, function, gender, email, phone, in any order.
xfer-import-replies-help = Replies: columns invitee, reply, date, reference.
xfer-import-files = CSV (UTF-8, UTF-16 or Windows-1251; commas, semicolons or tabs) or XLSX.
xfer-delegates-button = Delegates…
xfer-replies-button = Replies…
xfer-import-of = Import: { $what }
xfer-summary = { $added } to add, { $changed } to change, { $problems ->
    [one] { $problems } problem
   *[other] { $problems } problems
}
xfer-problems = Problems
xfer-leave-out-row = Leave out row { $row }
xfer-row-problem = column { $column }: { $value }: { $reason }
xfer-leave-out-all = Leave out every row with a problem
xfer-changes = Changes
xfer-row = Row { $row }: { $line }
xfer-import-button = Import
xfer-import-disabled = Leave out the rows with problems, or fix the file
xfer-to-resolve = { $count ->
    [one] { $count } problem to resolve
   *[other] { $count } problems to resolve
}
xfer-earlier-title = The earlier workspace
xfer-earlier-filter = Workspace or issued list
xfer-csv-excel = CSV or Excel
list-participants = List of participants
list-addendum = Addendum to the list of participants
list-invitations = Invitation list
list-statistics = Figures for the final report
list-observer-requests = Observer status requests (Rule 1.4)
list-credentials = Credentials
list-seating = Seating plan
list-letters = Invitation letters
safe-no-backup = {" "}(no backup of the previous version: { $error })

## Exported documents
doc-prepared = Prepared by the Secretariat
doc-continued = (continued)
date-day-month = %-d %B
doc-nobody = No one is registered yet.
section-state-party = States Parties
section-not-yet-in-force = States for which the Convention has not yet entered into force
section-observer-signatory = Signatory States
section-observer-not-party = States not parties
section-united-nations = United Nations
section-intergovernmental = Other international and regional organizations
section-red-cross = International Committee of the Red Cross, International Federation and other entities
section-ngo = Non-governmental organizations
doc-invitations-title = Invitations
doc-sent = sent { $date }
doc-ref = ref. { $reference }
doc-reminders = reminders { $dates }
doc-reply = reply: { $reply }
stats-title = Participation: figures for the final report
stats-delegations = Delegations: { $category }
stats-people = People
stats-women = Women
stats-heads = Heads of delegation
stats-women-heads = Women among heads of delegation
stats-share = { $count } ({ $percent } of the { $stated } whose gender is stated)
stats-not-stated = People whose gender is not stated
stats-heads-not-stated = Heads of delegation whose gender is not stated
stats-and = and
stats-parties = The following States Parties participated in the Meeting: { $names }.
stats-pending = The following States which have ratified or acceded to the Convention, but for which it has not yet entered into force, participated in the Meeting: { $names }.
stats-observers = The following States not parties to the Convention participated in the Meeting as observers: { $names }.
stats-organisations = In accordance with Article 11, paragraph 4, of the Convention, the following international organizations and institutions, regional organizations, entities and non-governmental organizations attended the Meeting as observers: { $names }.
xfer-lang = Language of the document

## Validation
problem-short-name-shared = two meetings share the short name "{ $name }"
problem-no-short-name = the meeting has no short name
problem-no-full-name = the meeting has no full name
problem-closes-before = the meeting closes on { $closing } before it opens on { $opening }
problem-deadline-after = the registration deadline { $deadline } is after the meeting closes on { $closing }
problem-officer-unknown = an officer refers to an unknown State "{ $code }"
problem-unknown-state = "{ $name }" is not a known State
problem-unknown-org = "{ $name }" is not a known organisation
problem-no-sent-date = { $name }: invited, but the date the invitation was sent is missing
problem-reminder-before = { $name }: a reminder dated { $reminder } comes before the invitation sent on { $sent }
problem-reply-before = { $name }: the reply dated { $replied } comes before the invitation sent on { $sent }
problem-reply-not-invited = { $name }: a reply ({ $reply }) is recorded but no invitation was sent
problem-no-head = { $name }: the delegation has no Head of Delegation
problem-two-heads = { $name }: the delegation has { $count } Heads of Delegation; it can have only one
problem-no-family = { $name }: { $person } has no family name
problem-bad-email = { $name }: the email address “{ $email }” of { $person }: { reason-bad-email }
problem-too-long = { $name }: a value of { $person } is longer than { $limit } characters
problem-credentials-late = { $name }: credentials received on { $received }, after the meeting closed on { $closing }
problem-delegation-not-approved = { $name } has a delegation but its observer status under Rule 1.4 is { $step }
problem-invited-not-approved = { $name } is invited but its observer status under Rule 1.4 is { $step }
problem-step-order = { $name }: "{ $later }" on { $laterdate } comes before "{ $earlier }" on { $earlierdate }
problem-two-delegations = { $person } is listed in more than one delegation: { $delegations }
problem-email-twice = the email address { $email } is used in more than one delegation: { $delegations }
problem-person-id-twice = person id { $id } is used { $count } times
fault-line-break = a line break
fault-tab = a tab
fault-control = a control character
fault-invisible = an invisible or direction-control character
problem-fault = { $name }: the { $field } holds { $fault } ({ $char }), and it is printed on one line; retype it
problem-fault-person = { $name }: the { $field } of { $person } holds { $fault } ({ $char }), and it is printed on one line; retype it
problem-too-long-field = { $name }: the { $field } is longer than { $limit } characters

## Files
read-not-a-file = it is not a regular file (a folder, a pipe or a device)
read-too-large = it is larger than { $limit } bytes
load-io = Could not read the workspace: { $error }
load-empty = The workspace file is empty.
load-too-large = The workspace file is too large ({ $size } bytes; the limit is { $limit }).
load-not-text = The workspace file is not text (invalid UTF-8 at line { $line }, column { $column }); is it a workspace?
load-malformed = The workspace file is malformed at line { $line }, column { $column }: { $message }
load-newer = The workspace was written by a newer version of MSP Invitations (format { $found }; this version reads up to { $supported }). Update the app to open it.
load-unknown-state = The workspace refers to an unknown State "{ $id }" at line { $line }, column { $column }.
load-unknown-org = The workspace refers to an unknown organisation "{ $id }" at line { $line }, column { $column }.
load-unknown-entity = The workspace refers to an unknown entity "{ $id }" at line { $line }, column { $column }.
save-error = Could not save the workspace: { $error }
load-not-a-file = The workspace is not a regular file (a folder, a pipe or a device).
load-duplicate = The workspace has { $key } twice, at line { $first } and at line { $second }; keep one of them.
load-too-long = The workspace has a text of { $chars } characters at line { $line }, column { $column } (the limit is { $limit }).
save-too-large = The workspace was not saved: it would be { $size } bytes, more than the { $limit } the app opens.
save-too-long = The workspace was not saved: it holds a text of { $chars } characters, more than the { $limit } the app opens.
write-error = Could not write the file: { $error }
recover-never-saved = a workspace never saved
recover-summary = “{ $name }”, { $meetings ->
    [one] { $meetings } meeting
   *[other] { $meetings } meetings
}, { $people } people; written { $written }; from { $from }

## Import preview
imp-unknown-invitee = no State or organisation of the meeting has this code or name
imp-bad-role = not a role (Head of Delegation, Alternate, Representative, Adviser, Expert)
imp-too-long = { $chars } characters; a value holds at most { $limit }
imp-no-family = the family name is missing
imp-bad-gender = not a gender (F, M, Other or empty)
imp-same-in-file = the same person is already in row { $row } of this file
imp-duplicate = likely a duplicate of { $given } { $family }, already registered with { $other }
imp-has-head = { $name } already has a Head of Delegation
imp-unchanged = { $name }: { $what } (unchanged)
imp-update = { $name }: update { $person }
imp-add = { $name }: add { $person } ({ $role })
imp-bad-reply = not a reply (accepted, declined or no reply)
imp-reference = the invitation was sent with the reference { $reference }
imp-reply = { $name }: reply { $reply }
imp-reply-not-invited = no invitation to it is recorded as sent: the reply is recorded, and check reports it until the invitation (its status and the day it was sent) is recorded too

lock-io = Could not lock the workspace: { $error }
safe-someone-else = Someone else
title-not-saved = not saved
imp-empty = The file is empty.
imp-too-big = The file is beyond what an import reads: { $what }.
imp-limit-rows = more than { $limit } rows
imp-limit-column = a cell in column { $column }, and imports read { $limit } columns
imp-limit-cell = a cell of { $chars } characters in row { $row }, and a cell holds at most { $limit }
imp-limit-inflated = the spreadsheet unpacks to more than { $megabytes } MB
imp-xlsx = The spreadsheet could not be read: { $error }
imp-csv = The CSV could not be read at line { $line }: { $error }
imp-columns-delegates = The columns are not those of a delegates file: missing { $missing }. Found: { $found }.
imp-columns-replies = The columns are not those of a replies file: missing { $missing }. Found: { $found }.
exp-no-meeting = There is no meeting { $meeting } in the workspace.
exp-not-a-list = This is not a list of participants exported by MSP Invitations (columns: { $columns }).
exp-not-a-section = Row { $row }: “{ $heading }” is not a section of the list of participants.
exp-earlier-missing = The earlier workspace has no meeting “{ $meeting }” to compare with.
exp-pdf = Could not make the PDF: { $error }
exp-pdf-glyph = The PDF cannot print “{ $text }”: its font has no letter “{ $character }” (U+{ $code }). Write the name in Latin or Cyrillic script, or export as HTML, CSV or XLSX.
exp-xlsx = Could not write the spreadsheet: { $error }
exp-csv = Could not write the CSV: { $error }
exp-no-first-seat = The seating plan starts with a State drawn by lot: choose one whose delegation is registered.
exp-no-attendance = No arrival is recorded for the { $meeting }: a list of who came would name nobody. Record the arrivals at the registration desk (or with checkin) first.
exp-no-recipients = There is no invitee to write to.
doc-observers-title = Organizations requesting observer status in accordance with Rule 1.4
doc-observers-intro = In accordance with Rule 1.4 of the Rules of Procedure, the following { $count ->
        [one] organization has requested to attend the { $meeting } as an observer:
       *[other] organizations have requested to attend the { $meeting } as observers:
    }
doc-observers-none = No organization has requested observer status.
doc-credentials-title = Credentials not yet received
doc-credentials-intro = Of the { $total } States Parties that registered a delegation, { $missing } had not submitted credentials on { $date }.
doc-seating-intro = Delegations are seated in English alphabetical order starting with { $drawn }: States Parties first, then observer States, then organizations. The first seat of each row, on the aisle, is accessible.
doc-seating-drawn-by = { $drawn } was drawn by lot on { $date } by { $by }.
doc-seating-drawn = { $drawn } was drawn by lot on { $date }.
doc-seating-chosen-by = { $drawn } was chosen to take the first seat on { $date } by { $by }.
doc-seating-chosen = { $drawn } was chosen to take the first seat on { $date }.
doc-seating-row = Row { $row }
doc-seating-accessible = accessible
imp-fault = { $fault } ({ $char }) in a value that is printed on one line; remove it from the file
imp-not-latin = not in Latin script: the lists in English, French and Spanish print names in Latin script; give the spelling used in lists (given_name_latin, family_name_latin)
xfer-notes = Worth a look (not in the way)
xfer-row-note = Row { $row }: { $value }: { $reason }
imp-title-not-latin = not in Latin script: the lists in English, French and Spanish print it as it is; write it as the list should print it (Mr., Counsellor)

## Names, addresses and letters in UN form (format 2)
let-lang-each = Each invitee's language
let-language = Language of the letters
let-template-lang = Template in
let-no-builtin = (no built-in text in this language; write one to use it)
let-prefix-note = the meeting's own; the secretariat's prefix, not a document symbol
let-before = Before you write
let-issue-no-prefix = The meeting has no reference prefix: references will be bare numbers.
let-issue-no-template = There is no { $kind } template in “{ $lang }”: those letters are written in English.
let-issue-unknown-placeholder = The { $lang } template has { $placeholder }, which the app does not fill.
let-issue-no-mandate = The meeting has no mandating resolution (symbol and date), which the letters cite. Set it in the Meeting view.
let-issue-no-at-venue = The meeting does not say where it is held in running text in “{ $lang }” (“at the Palais des Nations, Geneva”). Set it in the Meeting view.
let-issue-untranslated = The meeting has no name or venue in “{ $lang }”. Set them in the Meeting view.
let-issue-no-signatory = Nobody is set to sign the letters to organizations: they will carry the title alone. Set the signatory in the Meeting view.
let-issue-no-signatory-title = The signatory's title in “{ $lang }” is not set. Set it in the Meeting view.
let-issue-no-address-state = { $name }: no address on record; the note goes to its Permanent Mission at Geneva.
let-issue-no-address-state-group = { $count } States have no address on record (their notes go to a Permanent Mission at Geneva)
let-issue-no-address-org = { $name }: no address on record; the letter bears the organization's name alone.
let-issue-no-address-org-group = { $count } organizations have no address on record
let-issue-name-of-the-day = { $name }: renamed since; the { $lang } letter calls it “{ $text }”, its UN name that day. If the UN wrote it otherwise, set its name in running text in the detail panel.
let-issue-name-of-the-day-group = { $count } States have been renamed since the letters' date
xfer-attended-only = Only those who came (the final list)
xfer-designated-only = Only delegations whose designation has come
list-not-arrived = Registered, not arrived
list-nameplates = Nameplates
list-addresses = Addresses
import-addresses = Addresses
imp-columns-addresses = The columns are not those of an addresses file: missing { $missing }. Found: { $found }.
xfer-import-addresses-help = Addresses: columns invitee, kind, city, postal_address, email, fax, contact_name, contact_title (salutation and language optional).
xfer-addresses-button = Addresses…
address-permanent-mission = Permanent Mission
address-observer-mission = Permanent Observer Mission
address-embassy = Embassy
address-ministry = Ministry of Foreign Affairs
address-office = Office
doc-no-address = No address on record
doc-email = E-mail: { $value }
doc-fax = Fax: { $value }
doc-addresses-title = Addresses for correspondence
imp-invitee-twice = the invitee is already in row { $row }
imp-bad-address-kind = not a kind of address (permanent_mission, permanent_observer_mission, embassy, ministry, office)
imp-office-for-state = a State's address is a mission, an embassy or a ministry, not an office
imp-mission-for-org = an organization's address is an office
imp-bad-language = not a language of the app (en, fr, es, ru)
imp-address-add = { $name }: address added
imp-address-update = { $name }: address updated
imp-address-unchanged = { $name }: address unchanged
migrated-title = A file of an earlier format
migrated-text = This workspace was written by an earlier version of MSP Invitations. As read, the following changed; the file itself stays as it is until you save it, which writes the current format.
migrated-unoda = UNODA, the meetings' secretariat, is no longer a standing observer; its records in { $meetings } meeting(s) are kept under one of your organizations (remove it if it is not an observer).
migrated-prefix = The letter reference prefix “{ $prefix }” is now each meeting's own.
migrated-templates = Your { $count } letter template(s) are now the English ones.
dash-undesignated = Not yet designated: { $count }
dash-filter-undesignated = Delegations without a designation
detail-now = { $then }, now { $now }
detail-designated-on = Designated by note or letter of
detail-designation-reference = Its reference
detail-address = Address for correspondence
detail-no-address = No address on record: letters go to the usual address (a Permanent Mission at Geneva).
detail-add-address = Add an address
detail-remove-address = Remove the address
detail-address-kind = Kind
detail-contact-name = Addressee
detail-contact-title = Addressee's title
detail-city = City
detail-postal-address = Postal address
detail-email = Email
detail-address-email = E-mail (for letters)
detail-fax = Fax
detail-salutation = Salutation
detail-letter-language = Letters in
detail-letter-language-default = English (as the run says)
detail-running-names = Name in running text
detail-running-names-note = How letters name the State mid-sentence. Leave empty to use the UN's formal name in force on the letter's date.
detail-running-name = In letters
detail-running-name-formal = Letters write “{ $name }”.
detail-running-name-in-force = Letters write “{ $name }”, its UN name that day (the State has been renamed since).
ms-at-venue = Where, in running text
ms-correspondence = Letters
ms-correspondence-note = What invitation letters cite and who signs the letters to organizations.
ms-mandate = Mandating resolution
ms-mandate-date = Adopted on
ms-reference-prefix = Reference prefix of letters
ms-signatory = Signatory
ms-signatory-title = Signatory's title
ms-languages = In other languages
ms-languages-note = Documents in French, Spanish and Russian name the meeting with these.
ms-executive-secretary = Executive Secretary
problem-address-email = { $name }: the address's e-mail { $email } is not an e-mail address
problem-address-kind = { $name }: the address's kind does not fit (a State has a mission, an embassy or a ministry; an organization an office)
doc-role-head = Head of Delegation
doc-role-alternate = Alternate Head of Delegation
migrated-unoda-dropped = UNODA, the meetings' secretariat, is no longer among the observers (nothing was recorded for it).

## The app's own file dialog
file-open = Open
file-save = Save
file-new-folder = New folder
file-new-folder-name = New folder
file-refresh = Refresh
file-parent = Parent folder
file-name-label = File name:
file-show-hidden = Show hidden files
file-recent = Recent folders
file-replace-title = Replace the file?
file-replace-text = “{ $path }” exists. Replacing it writes the new file in its place.
file-replace = Replace

## Drawing the first seat
draw-title = Draw the first seat by lot
draw-text = One of the States whose delegation is registered is drawn at random to take the first seat; the others follow in English alphabetical order. The draw is recorded in the meeting and printed on the plan.
draw-replaces = A new draw replaces this: { $current }.
draw-by = Drawn by
draw-needs-name = Give the name of who draws, as the plan will print it.
draw-now = Draw
draw-again = Draw again
draw-was-drawn-by = { $name }, drawn by lot on { $date } by { $by }
draw-was-drawn = { $name }, drawn by lot on { $date }
draw-was-chosen-by = { $name }, chosen on { $date } by { $by }
draw-was-chosen = { $name }, chosen on { $date }
let-generate-mark = Generate { $count } letters and mark them invited…
let-summary = { $count } letters, references { $from } to { $to }; nobody is marked invited.
let-summary-mark = Generate { $count } letters and mark { $count } invitees invited on { $date } with references { $from } to { $to }.
xfer-no-number = Without a number the document carries the meeting’s prefix alone: { $symbol }
xfer-symbol = Symbol: { $symbol }

## Help
cmd-getting-started = Getting started
cmd-shortcuts = Keyboard shortcuts
guide-title = Getting started
guide-intro = A meeting from the invitations to the List of Participants, in the order the work comes. Every change can be undone (Ctrl+Z); save with Ctrl+S.
guide-1-title = 1. The meeting
guide-1 = The app opens on the Thirteenth Meeting of the States Parties. For the next one, Meeting › New meeting from this one… keeps the invitees, organisations and addresses and recomputes every State's category on the new opening date. Save the workspace somewhere your colleagues can reach (Ctrl+Shift+S).
guide-2-title = 2. Meeting settings (Ctrl+8)
guide-2 = Check the dates, the venue and where it is in running text, the document symbol prefix, the officers, the resolution that mandates the meeting, the secretariat's reference prefix for letters and the signatory. Give the meeting's name and venue in French, Spanish and Russian: documents in those languages use them.
guide-3-title = 3. Addresses
guide-3 = Each invitee's address for correspondence (its mission, embassy, ministry or office, e-mail, fax, the language of its letters) is in its detail panel, or comes in at once through File › Import… › Addresses. Letters use them; the Letters view names the invitees still without one.
guide-4-title = 4. Invitations (Ctrl+5)
guide-4 = Choose to whom (States Parties, observer States, organisations, Rule 1.4) and in what language, read what the view says before you write (it holds back letters that would print something wrong), then Generate. Tick "Mark them as invited" to record the date and references in the same step.
guide-5-title = 5. Replies and reminders
guide-5 = Record replies in the detail panel, or import them (File › Import… › Replies). Select several invitees (Shift+click, Ctrl+click) to record a reminder or a reply for all at once. The Dashboard (Ctrl+3) shows who has not answered; a click shows them in the table.
guide-6-title = 6. Delegations and credentials
guide-6 = Add each delegation's members in the detail panel (Add member, then type: the first field takes the keyboard), or import them from the spreadsheet a mission sends. Record the date of the note or letter that designates the delegation. The People view (Ctrl+2) finds anyone and the possible duplicates; Credentials (Ctrl+4) keeps the States Parties' credentials apart.
guide-7-title = 7. Observer status (Ctrl+4)
guide-7 = An organisation that is not a standing observer comes in under Rule 1.4: record the request, the recommendation, the provisional invitation and the Meeting's decision. Only approved organisations appear in the List of Participants.
guide-8-title = 8. The List of Participants and the figures
guide-8 = File › Export… (Ctrl+E): the List of Participants with its document number (INF.2, remembered for the next time), in the language you choose, optionally only the designated delegations; an addendum when late registrations come; the figures for the final report; the seating plan once a State is drawn by lot.
keys-f10 = F10 or Alt
keys-f10-what = Open the menus
keys-enter-search = Enter in the search
keys-enter-search-what = Open the first invitee found
keys-arrows = Arrow keys in the table
keys-arrows-what = Move the selection
keys-click = Shift+click, Ctrl+click
keys-click-what = Select several invitees
keys-enter-row = Enter on "Add member"
keys-enter-row-what = Add a member and type its honorific
keys-enter-date = Enter in a date
keys-enter-date-what = Take the date typed (YYYY-MM-DD), or pick it with the button beside
keys-escape = Escape
keys-escape-what = Close a dialog or a menu

## The People view
view-people = People
people-title = People ({ $count })
people-search = Find a person
people-shown = { $shown } of { $total } shown
people-none = Nobody is registered in this meeting yet.
people-delegation = Delegation
people-no-duplicates = No possible duplicates.
people-duplicates = Possible duplicates: { $count }
people-same-email = same name and e-mail
people-same-function = same name and function

## Date picker (beside every date field)
date-pick = Pick a date
date-pick-for = Pick a date: { $field }
date-previous = Previous month
date-next = Next month
month-1 = January { $year }
month-2 = February { $year }
month-3 = March { $year }
month-4 = April { $year }
month-5 = May { $year }
month-6 = June { $year }
month-7 = July { $year }
month-8 = August { $year }
month-9 = September { $year }
month-10 = October { $year }
month-11 = November { $year }
month-12 = December { $year }
weekday-1 = Mo
weekday-2 = Tu
weekday-3 = We
weekday-4 = Th
weekday-5 = Fr
weekday-6 = Sa
weekday-7 = Su

## Filters beyond the chips, and saved filters
filter-sent-chip = Sent { $days } days ago or more
filter-head-chip = Head of delegation: { $gender }
filter-take-off = Take this condition off
filter-reminders = Reminders due
filter-reminders-hint = Invited { $days } days ago or more, no reply yet: the invitees to remind
filter-more = More filters
filter-reply = Reply
filter-sent-at-least = Sent at least
filter-days = days ago
filter-head = Head of delegation
filter-head-any = Any
filter-saved-hint = A click shows it; right-click to delete it.
filter-delete = Delete this saved filter
filter-save = Save filter…
save-filter-title = Save filter
save-filter-text = The search, the chips and the conditions are kept under this name in the workspace, for everyone who opens the file.
save-filter-name = Filter name
save-filter-needs-name = Give the filter a name.
save-filter-save = Save
save-filter-replace = Replace “{ $name }”

## Copy and paste with spreadsheets
cmd-copy-rows = Copy rows
cmd-paste-rows = Paste delegates
clip-copied = { $count ->
    [one] 1 row copied with its header: paste it into a spreadsheet
   *[other] { $count } rows copied with their header: paste them into a spreadsheet
}
clip-nothing-selected = Nothing to copy: select rows in the invitee table or the People view first
clip-pasted = the rows pasted
clip-pasted-into = the rows pasted into { $name }
clip-error = Could not paste
clip-too-big = The text pasted is larger than an import reads ({ $megabytes } MB).
clip-paste-help = Copy the rows from the spreadsheet with their header row (given_name, family_name, role, function, gender, email…). With one invitee selected, every row goes into its delegation; otherwise a delegation column says where each goes.

## A search that found delegates
detail-found = Found by the search: { $names }

## Notices that name what they concern
ms-opening-changed-one = Opening date now { $date }: { $name } is now { $category }
status-show-them = Show them in the table
status-concerned = Changed category

## The detail of an invitee the filter hides
detail-hidden = The filter hides this invitee from the table.
detail-show-in-table = Show it in the table

## Letters as e-mail, and the outbox
mail-title = E-mail
mail-settings-note = Who messages are from, who is copied and where replies go are kept in the workspace; the mail server is this computer's.
mail-from = From
mail-from-hint = Name <address>
mail-cc = Cc
mail-reply-to = Reply-To
mail-cover = Cover text
mail-kind-invitation = Invitation
mail-kind-reminder = Reminder
mail-subject = Subject
mail-body = Text above the letter
mail-placeholders = Placeholders: {"{"}meeting{"}"} {"{"}reference{"}"} {"{"}date{"}"} {"{"}invitee{"}"} {"{"}salutation{"}"}, each in the letter's language. The letter goes as a PDF attachment.
mail-drafts = Save as e-mail drafts…
mail-drafts-folder = Folder for the e-mail drafts
mail-send = Send…
mail-send-reminders = Send reminders ({ $count })…
mail-batch = { $count ->
    [one] 1 message, from { $from }
   *[other] { $count } messages, from { $from }
}
mail-no-address = No e-mail address: { $count } (their letters go another way)
mail-already-sent = Already sent ({ $count }): { $names }
mail-held-unknown = Unknown ({ $count }; check the mail server's sent folder): { $names }
mail-outbox = Outbox ({ $count })
mail-outbox-empty = No message has been drafted or sent for this meeting.
mail-retry-failed = Send the failed again ({ $count })…
mail-send-unknown = Send the unknown again ({ $count })…
mail-unknown-help = The sending was interrupted before the mail server answered: the message may or may not have gone. Check the mail server's sent folder before sending it again.
mail-col-invitee = Invitee
mail-col-kind = Kind
mail-col-to = To
mail-col-state = State
mail-col-detail = Server's reply or draft
mail-state-drafted = Drafted { $at }
mail-state-sent = Sent { $at }
mail-state-failed = Failed { $at }
mail-state-unknown = Unknown since { $at }
mail-error-title = Could not send the messages
mail-error-no-sender = The sender's address is missing: fill in From in the Letters view.
mail-error-address = The address { $address } ({ $what }) is not an e-mail address: { $reason }
mail-error-write = Could not write the draft: { $error }
mail-error-journal = Could not keep the outbox journal: { $error }
mail-error-message = The message could not be built: { $error }
mail-error-unsaved = Save the workspace to a file first: the outbox journal that keeps a message from going twice lives beside it.
mail-error-server = The connection to the mail server could not be prepared: { $error }
mail-drafting = Saving { $count } e-mail drafts…
mail-sending = Sending { $count } messages…
mail-stopping = Stopping after the message being sent…
mail-drafted = { $count ->
    [one] Saved 1 e-mail draft.
   *[other] Saved { $count } e-mail drafts.
}
mail-sent = { $count ->
    [one] Sent 1 message.
   *[other] Sent { $count } messages.
}
mail-sent-failed = Sent { $count }; { $failed } failed: { $names }. The outbox in the Letters view says why.
mail-recovered = A batch of e-mail was interrupted: { $count } message records recovered, { $unknown } of them unknown. See the outbox in the Letters view.
send-title = Send by e-mail
send-title-reminders = Send reminders by e-mail
send-unknown-again = Send again to those whose message is unknown
send-host = Mail server
send-security = Protection
send-starttls = STARTTLS (port 587)
send-tls = TLS (port 465)
send-plain = None (a relay on this network)
send-port = Port
send-user = User name
send-password = Password
send-password-note = The password is kept only while the app runs, never in a file.
send-bad-port = Enter the port as a number.
send-button = { $count ->
    [one] Send 1 message
   *[other] Send { $count } messages
}
mail-message-id = Message-ID: <{ $id }>
mail-on-invitation = E-mail ({ $kind }): { $state }, to { $to }
mail-field-addressee = addressee
mail-field-subject = subject
mail-field-sender = sender
mail-error-header = The message to { $invitee } cannot be written: its { $field } holds { $fault } ({ $char }). Correct it, then send again.
mail-unwritable = Cannot be written ({ $count }), left out:
reason-bad-email-list = Not an email address (name@example.org; several are separated by “;”)

## Dates and numbers of documents
adv-list-participants = list of participants
adv-list-addendum = addendum to the list of participants
adv-after-closing = The { $list } is dated { $date }, after the meeting closed on { $closing }: date it { $closing }, the closing day, or the day it was issued.
adv-after-opening = The letters are dated { $date }, after the meeting opened on { $opening }: date them the day they were sent, before { $opening }.
adv-after-opening-sent = The letters are dated { $date }, after the meeting opened on { $opening }: date them { $sent }, the day the invitations were sent.
adv-no-number = No document number is given or recorded for “{ $list }” of the { $meeting }: its symbol would read { $symbol } alone.
xfer-use-date = Use { $date }

## The letterhead
head-error-read = Could not read the letterhead: { $error }
head-error-not-image = The letterhead is not an SVG, PNG or JPEG image, nor a PDF.
head-error-pages = The letterhead PDF has { $pages } pages; a letterhead is one page.
head-error-pdf = The letterhead PDF could not be read (it may be damaged or protected by a password).
head-error-image = The letterhead image cannot be drawn: { $error }
head-error-damaged = The letterhead kept in the workspace is damaged; set it again in the Letters view.
let-issue-no-letterhead = No letterhead: the letters start at the reference. Set the office's letterhead in the Letters view (or with the letterhead command).
let-issue-letterhead = The letterhead kept in the workspace does not draw ({ $error }): set it again in the Letters view.
head-title = Letterhead
head-none = None: the letters start at the reference
head-choose = Choose…
head-choose-title = The office's letterhead
head-filter = Image (SVG, PNG, JPEG) or one-page PDF
head-remove = Remove
head-summary-with = Each starts with the letterhead.
head-summary-without = No letterhead: each starts at the reference.

## Jobs bound to their workspace
job-busy = Wait until this is done: { $what }. Its result goes into this workspace.
xfer-reading-kind = Reading the file of { $what }…
edit-error-no-meeting = The meeting { $meeting } is no longer in the workspace.
edit-error-meeting-exists = The workspace has a meeting { $meeting } already.

## Merge
merge-absent = (not there)
merge-yes = Yes
merge-no = No
merge-invitee = invitee
merge-record-workspace = The workspace
merge-changed = { $record }: { $field } { $from } → { $to }
merge-person-added = { $invitee }: delegation + { $name }
merge-person-removed = { $invitee }: delegation − { $name }
merge-invitee-added = { $invitee }: added to { $meeting }
merge-invitee-removed = { $invitee }: removed from { $meeting }
merge-record-added = { $record }: added
merge-record-removed = { $record }: removed
field-record = The whole record
field-name = Name
field-mail-from = Sender of e-mail
field-mail-cc = Copy of e-mail to
field-mail-reply-to = Reply-to address
field-mail-cover = Cover text of e-mail
field-default-channel = Default channel
field-letter-template = Letter template
field-saved-filter = Saved filter
field-import-mapping = Column meanings of a registration form
field-first-seat = First seat
field-designation = Designation
merge-conflicts = { $count ->
        [one] A change a colleague saved meanwhile contradicts yours
       *[other] { $count } changes a colleague saved meanwhile contradict yours
    }; nothing was saved yet. Choose which value to keep for each.
merge-taken = Merged { $count ->
        [one] one change
       *[other] { $count } changes
    } of a colleague: { $changes }
safe-busy-elsewhere = { $holder } is saving this workspace or sending e-mail from it; try again in a moment. Your work is kept here.
safe-unreadable = The file on disk is no longer a workspace this app can read, so your changes could not be merged into it; nothing was saved. Save as… keeps your work in another file.
mail-error-caught-up = A colleague's changes to this workspace were just taken in ({ $count }); look at the batch again, then send. Messages a colleague sent meanwhile are left out.
safe-merge-now = Merge their changes now
safe-merge-now-hint = Their changes join yours, as one step you can undo; where you both changed one value, you choose
safe-later = Later
safe-later-hint = Saving merges their changes with yours all the same
merge-title = Your changes and a colleague's
merge-text = A colleague saved this workspace since you opened it. Their other changes and yours are both kept; { $count ->
        [one] in the line below you each changed the same value: choose which to keep.
       *[other] in the { $count } lines below you each changed the same value: choose which to keep in each.
    } Nothing is saved until every line is decided.
merge-col-record = Record
merge-col-field = Field
merge-col-mine = Yours
merge-col-theirs = Your colleague's
merge-keep-mine-hint = Keep the value you entered
merge-take-theirs-hint = Take the value your colleague saved
merge-all-mine = Keep all mine
merge-all-theirs = Take all theirs
merge-undecided = { $count ->
        [one] One line is still to be decided.
       *[other] { $count } lines are still to be decided.
    }
merge-save = Save
merge-take-in = Merge
merge-cancel-hint = Nothing is saved or merged; your changes stay here, unsaved
merge-conflict-line = { $record }: { $field }: { $mine } on this side, { $theirs } on the other
field-protocol-order = Protocol order of the delegation

## Organisations in every language
let-issue-no-org-name = { $name } has no name in “{ $lang }”: give it under “Names in the UN's languages” in its detail panel.
let-issue-no-org-running = { $name }: the “{ $lang }” letter needs its name with the article for running text (such as “l'Union africaine”), which the reference data does not give. Give it under “Names in the UN's languages” in its detail panel.
let-issue-no-org-name-group = { $count } organizations have no name in the letters' language: the letters cannot be written until each is given
let-issue-no-org-running-group = { $count } organizations need their name with the article for running text: the letters cannot be written until each is given
detail-org-names = Names in the UN's languages
detail-org-names-note = Screens, lists and letters in each language use these names. Letters in French and Spanish need the name with its article.
detail-org-running = With the article
detail-org-from-data = From the UN's data: { $name }
detail-org-not-in-data = Not in the UN's data: give it here.

## Imports from any source
list-or = or
imp-kind-pdf = This is a PDF, which an import cannot read: export the registrations as a spreadsheet (CSV or XLSX), or the note's table as a Word document (.docx).
imp-kind-doc = This is a Word 97-2003 document (.doc), which an import cannot read: open it in Word or LibreOffice and save it as a Word document (.docx).
imp-kind-office = This is an Office 97-2003 file that is neither a workbook nor a Word document: save it as XLSX or .docx.
imp-kind-odt = This is an OpenDocument text (.odt): save it as a Word document (.docx), or its table as a spreadsheet.
imp-kind-presentation = This is a presentation, not a table of registrations.
imp-kind-rtf = This is a Rich Text document (.rtf): save it as a Word document (.docx).
imp-kind-image = This is an image, not a table of registrations.
imp-kind-zip = This is a ZIP archive that holds no workbook or Word document.
imp-kind-html = This is a web page (HTML), whatever its name: open it in a spreadsheet and save it as XLSX or CSV.
imp-kind-binary = This file is not text, nor a workbook or a Word document the import reads.
imp-no-table = The Word document has no table of the delegation ({ $tables ->
        [0] it has no table at all
        [one] its one table has no column of names
       *[other] none of its { $tables } tables has a column of names
    }). Put the delegation in a table whose first row names its columns (Name, Function…), or import it as a spreadsheet.
imp-merged-header = The header row (row { $row }) has cells merged from column { $from } to column { $to } (“{ $text }”): each column needs its own header. Unmerge them in the spreadsheet, or save it as CSV.
imp-unknown-delegation = “{ $name }” names no one invitee of the meeting: give its ISO code or UN name.
imp-not-a-form = It is not a registration form written by MSP Invitations (it carries no form code).
imp-folder = The folder cannot be read: { $error }
imp-form-other-meeting = This registration form was sent for the meeting { $form }, not for { $this }: it does not import into this one.
imp-form-not-invitee = This registration form was sent to { $code }, which is not an invitee of the meeting.
imp-ambiguous-invitee = could mean { $names }: write the one meant (its ISO code or UN name)
imp-unknown-invitee-like = no State or organisation of the meeting has this name; the closest: { $names }
imp-left-out-state = left out: its registration is “{ $state }”
imp-unknown-state = a registration state the import does not know; the row is imported
imp-replaced-by = left out: the same person registered again in row { $row }, which is imported
imp-split-uncertain = the name was split as given name “{ $given }”, family name “{ $family }”, but nothing marked the family name (in capitals or before a comma): confirm the row if it is right
imp-bad-yes-no = not a yes or a no (Yes/No, Oui/Non, Sí/No, Да/Нет)
imp-add-role-from-function = { $name }: add { $person } ({ $role }, as the function line says)
imp-delegation-given = Every row goes to { $name }, as asked.
imp-delegation-form = Every row goes to { $name }: the registration form sent under { $reference }.
imp-delegation-sender = Every row goes to { $name }: the note's sender (“{ $sender }”).
imp-columns = Columns of the file
imp-columns-help = How each column is read; choose another meaning where one is wrong. The choice is kept in the workspace for files with the same columns.
imp-col-header = Column
imp-col-read-as = Read as
imp-col-how = How
imp-col-first = First value
imp-read-recognised = by its header
imp-read-chosen = chosen
imp-read-remembered = as chosen before
imp-read-form-tool = the form tool's own
imp-read-unrecognised = not needed
imp-read-duplicate = another column is read as it
imp-encoding = Encoding
imp-row = row { $row }
imp-row-of-file = row { $row } of { $file }
imp-confirm-row = Confirm { $row }
imp-leave-out = Leave out { $row }
imp-left-out = Left out by the file
xfer-forms-button = Returned forms…
xfer-forms-folder = Folder of returned registration forms
meaning-delegation = Delegation
meaning-role = Role
meaning-head = Head of delegation (yes/no)
meaning-honorific = Honorific
meaning-given-name = Given name
meaning-family-name = Family name
meaning-full-name = Full name
meaning-function = Function
meaning-gender = Gender
meaning-email = E-mail
meaning-phone = Phone
meaning-given-name-latin = Given name in lists
meaning-family-name-latin = Family name in lists
meaning-registration-state = Registration state
meaning-ignored = Not imported
form-sheet = Delegation
form-title = { $meeting }: registration form
form-delegation-of = Delegation { $of_invitee }
form-reference = Reference: { $reference }
form-instructions-1 = Please list the members of your delegation, one person per row, the Head of Delegation first. The rows already filled in are the delegation as recorded by the secretariat: correct them where needed.
form-instructions-2 = Choose the role, honorific and gender from the lists. Write family names as they should appear in the List of Participants.
form-instructions-3 = Save the workbook as it is, without changing its layout, and return it by e-mail to the secretariat.
form-col-role = Role
form-col-honorific = Honorific
form-col-given-name = Given name
form-col-family-name = Family name
form-col-function = Function
form-col-gender = Gender
form-col-email = E-mail
form-col-phone = Phone
send-with-form = Attach a registration form to each letter
send-with-form-hint = An XLSX workbook in the letter’s language with the delegation as recorded, for the invitee to complete and return; it imports back into its own delegation (File › Import… › Returned forms).
let-forms = Registration forms…
let-forms-hint = One XLSX form per invitee, in its letter’s language, for the delegation to complete and return
let-forms-folder = Folder for the registration forms
let-wrote-forms = Wrote { $count } registration forms to { $path }

# The regions of the window, as a screen reader names them.
region-menus = Menus
region-toolbar = Toolbar
region-status = Status bar
region-detail = Selected invitee

# The command line's own failures (the app has no such field or flag).
cli-create-folder = Could not create the folder: { $error }
cli-closing-before-opening = The closing date { $closing } is before the opening date { $opening }.
cli-nothing-to-start-from = { $path } has no meeting to start from.
cli-exists = { $path } already exists; use --force to overwrite it.
cli-no-meetings = The workspace has no meeting: { $path }
cli-unknown-meeting = There is no meeting "{ $name }" in { $path } (it has { $known }).
cli-no-format = Say which format to write with --format, or end { $path } in .pdf, .html, .csv or .xlsx.
cli-nothing-to-import = Give --delegates FILE, --replies FILE, --addresses FILE or --attendance FILE.
cli-letters-blocked = Nothing was written: the letters cannot be written as they stand:
cli-bad-server = The mail server "{ $server }" is not HOST:PORT.
cli-password = The mail server's password: { $error } (set MSP_SMTP_PASSWORD)
cli-send-failed = { $count ->
    [one] The message to 1 recipient failed: { $failed }
   *[other] The messages to { $count } recipients failed: { $failed }
}
cli-names-unknown = No State or organisation of the meeting is called "{ $name }".
cli-names-state = A State's name comes from the UN's data; give how letters write it in running text with --running.
cli-names-not-one-line = The { $what ->
    [running] name in running text
   *[name] name
} given for { $invitee } is not one line: { $fault }
cli-names-too-long = The { $what ->
    [running] name in running text
   *[name] name
} given for { $invitee } has { $chars } characters; a name holds at most { $limit }.
cli-mapping-read = Could not read the mapping: { $error }
cli-mapping-line = The mapping has at line { $line } "{ $text }", which is not HEADER=MEANING with a meaning among { $meanings }.
cli-hint-since = Give it with --since EARLIER.ron (the earlier workspace) or --since LIST.csv (the list as issued).
cli-hint-first-seat = Give it with --first-seat ISO3 (the State drawn by lot).
cli-nobody-found = Nobody of the meeting is found by "{ $query }": give words of the name, the delegation or the e-mail address, or the person's id.
cli-several-found = { $count } people are found by "{ $query }": give more of the name, or the id of the one meant:

# The registration desk (issue #29).
view-desk = Registration desk
desk-title = { $meeting } · Registration desk · { $day }
desk-search = Find a person
desk-search-hint = Name, delegation, e-mail or id; Enter opens, Enter again records the arrival
desk-found = { $count ->
    [one] 1 found
   *[other] { $count } found
}
desk-arrived-at = · arrived at { $time }
desk-not-invited = The delegation was not invited to the meeting.
desk-no-observer-status = The organisation has no observer status (Rule 1.4) for the meeting.
desk-no-credentials = The delegation's credentials are not in.
desk-credentials-in = Credentials: { $kind }
desk-received-on = received on { $day }
desk-credentials-missing = Credentials: not received
desk-arrived-today = Arrived today at { $time }
desk-undo-arrival = Undo the arrival
desk-record-arrival = Record the arrival (Enter)
desk-credentials-kind = Credentials handed over
desk-credentials-issuer = Issued by
desk-credentials-handed = Record the credentials
desk-correct = Correct the name or function
desk-given-name = Given name
desk-family-name = Family name
desk-function = Function
desk-save-correction = Save the correction
desk-walk-in = Register someone on the spot
desk-delegation = Delegation
desk-honorific = Honorific
desk-role = Role
desk-register = Register
dash-attendance = Present at the meeting, by day
dash-present = { $people ->
    [one] 1 person
   *[other] { $people } people
}, { $delegations ->
    [one] 1 delegation
   *[other] { $delegations } delegations
}
dash-present-category = { $category }: { $people } ({ $delegations })

# Check-ins from a badge system (issue #29).
import-attendance = Check-ins
xfer-import-attendance-help = Check-ins (a badge system's export): the person's id, e-mail or name, and the date with the time (or a time column).
xfer-attendance-button = Check-ins…
imp-columns-attendance = The columns are not those of a check-in export: missing { $missing }. Found: { $found }.
att-arrival = { $person } ({ $name }): arrived on { $day } at { $time }
att-nobody = Nobody of the meeting is found by "{ $query }".
att-several = More than one person of the meeting is found by "{ $query }": give the id or the e-mail address.
att-no-day = No day of arrival: write it as YYYY-MM-DD (with the time, YYYY-MM-DD HH:MM).
att-bad-time = "{ $time }" is not a time: write it as HH:MM.
desk-not-a-meeting-day = Today is not a day of the meeting ({ $dates }): arrivals are recorded on { $day }.
desk-nobody-registered = Nobody is registered for the meeting yet: delegates come in from the Invitees view or a delegates file (File › Import), or are registered here on the spot.
desk-today-count = { $count ->
    [one] 1 person arrived today
   *[other] { $count } people arrived today
}
desk-other-days = Arrived also: { $days }
