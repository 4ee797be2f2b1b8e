# MSP Invitations: español.

app-name = MSP Invitations
date-long = %-d de %B de %Y

## Menus
menu-file = Archivo
menu-edit = Edición
menu-meeting = Reunión
menu-view = Ver
menu-help = Ayuda
menu-open-recent = Abrir reciente
menu-no-recent = No hay archivos recientes
menu-language = Idioma
menu-or = { $first } o { $second }

## Commands
cmd-new = Nuevo
cmd-open = Abrir…
cmd-save = Guardar
cmd-save-as = Guardar como…
cmd-export = Exportar…
cmd-import = Importar…
cmd-quit = Salir
cmd-undo = Deshacer
cmd-redo = Rehacer
cmd-find = Buscar
cmd-select-all = Seleccionar todo
cmd-detail-panel = Panel de detalle
cmd-dark-theme = Tema oscuro
cmd-zoom-in = Ampliar
cmd-zoom-out = Reducir
cmd-zoom-reset = Tamaño real
cmd-add-organisation = Añadir organización…
cmd-restore-backup = Restaurar una copia de seguridad…
cmd-next-meeting = Nueva reunión a partir de esta…
cmd-about = Acerca de MSP Invitations
file-filter-workspace = Espacio de trabajo MSP
file-dialog-open = Abrir un espacio de trabajo
file-dialog-save = Guardar el espacio de trabajo
cmd-nothing-to-undo = Nada que deshacer
cmd-nothing-to-redo = Nada que rehacer

## Views
view-invitees = Invitados
view-dashboard = Panel
view-observer-status = Condición de observador
view-credentials = Credenciales
view-letters = Cartas
view-seating = Asientos
view-meeting-settings = Datos de la reunión

## Toolbar
toolbar-no-meeting = Ninguna reunión
toolbar-meeting-shown = Reunión mostrada
toolbar-search = Buscar
toolbar-search-hint = Nombres, nombres antiguos, siglas, códigos, delegados (Ctrl+F)
toolbar-clear-search = Borrar la búsqueda
toolbar-clear-filters = Quitar filtros
toolbar-show-only = Mostrar solo: { $what }
toolbar-show-only-status = Mostrar solo los invitados cuya invitación está: { $status }
toolbar-show-everyone = Mostrar todos de nuevo

## Status bar
status-not-saved-yet = Aún no guardado en un archivo
status-unsaved = • Cambios sin guardar
status-saved = Guardado
status-no-changes = Sin cambios
status-showing = Se muestran { $shown } de { $total ->
    [one] { $total } invitado
   *[other] { $total } invitados
}
status-selected = · { $count ->
    [one] { $count } seleccionado
   *[other] { $count } seleccionados
}
status-no-problems = Sin problemas
status-problems = { $count ->
    [one] { $count } problema
   *[other] { $count } problemas
}

## Invitee table
col-name = Nombre
col-category = Categoría
col-invitation = Invitación
col-sent = Enviada
col-reply = Respuesta
col-people = Personas
col-head = Jefe de delegación
col-credentials = Credenciales
col-observer = Condición de observador
table-sort-by = Ordenar por { $column }
table-standing-observer = Observador permanente
table-not-requested = No solicitada
table-unknown = Desconocido
table-no-meeting = Este espacio de trabajo aún no tiene reunión. Cree una con Archivo › Nuevo.
table-no-invitees = Esta reunión aún no tiene invitados. Añada una organización con Archivo › Añadir organización….
table-no-match = Ningún invitado coincide con «{ $query }» y los filtros elegidos.
table-no-match-filters = Ningún invitado coincide con los filtros elegidos.
table-clear = Borrar búsqueda y filtros

## Categories
category-state-party = Estado parte
category-not-yet-in-force = Aún no en vigor
category-observer-signatory = Estado observador, signatario
category-observer-not-party = Estado observador, no parte
category-united-nations = Naciones Unidas
category-intergovernmental = Organización internacional o regional
category-red-cross = CICR, FICR y otras entidades
category-ngo = Organización no gubernamental
chip-state-party = Estados partes
chip-not-yet-in-force = Aún no en vigor
chip-observer-signatory = Signatarios
chip-observer-not-party = No partes
chip-united-nations = Naciones Unidas
chip-intergovernmental = Intergubernamentales
chip-red-cross = CICR, FICR, otras
chip-ngo = ONG
column-state-party = Estado parte
column-not-yet-in-force = Aún no en vigor
column-observer-signatory = Observador, signatario
column-observer-not-party = Observador, no parte
column-united-nations = Naciones Unidas
column-intergovernmental = Intergubernamental
column-red-cross = CICR, FICR, otra
column-ngo = ONG

## Treaty status
treaty-state-party = Estado parte
treaty-not-yet-in-force = Aún no en vigor
treaty-signatory = Signatario
treaty-not-party = No parte
treaty-withdrawn = Retirado
treaty-on = { $code } · { $status } el { $date }

## Invitations
status-not-invited = No invitado
status-invited = Invitado
status-withdrawn = Retirada
reply-no-reply = Sin respuesta
reply-accepted = Aceptada
reply-declined = Rechazada
channel-email = Correo electrónico
channel-by-hand = En mano
channel-post = Correo postal
channel-fax = Fax
channel-none = —

## Delegations
role-head = Jefe de delegación
role-alternate = Jefe adjunto
role-representative = Representante
role-adviser = Asesor
role-expert = Experto
gender-female = Mujer
gender-male = Hombre
gender-other = Otro
gender-unknown = No indicado
credential-original = Original
credential-copy = Copia
credential-note-verbale = Nota verbal
credential-not-received = No recibidas
issuer-head-of-state = Jefe de Estado o de Gobierno
issuer-minister = Ministro de Relaciones Exteriores
issuer-other = Otro
issuer-none = —

## Observer status (Rule 1.4)
step-requested = Solicitada
step-recommended = Recomendada por el Comité de Coordinación
step-provisionally-invited = Invitada provisionalmente
step-approved = Aprobada por la reunión
step-rejected = Rechazada por la reunión
decision-pending = Pendiente
decision-approved = Aprobada
decision-rejected = Rechazada

## Organisation kinds
org-united-nations = Naciones Unidas
org-intergovernmental = Otra organización internacional o regional
org-red-cross = CICR, FICR y otras entidades
org-ngo = Organización no gubernamental

## Detail panel
detail-none-title = Ningún invitado seleccionado
detail-none-1 = Seleccione un invitado en la tabla para registrar su invitación, su delegación y sus credenciales.
detail-none-2 = Mayús+clic o Ctrl+clic para seleccionar varios y actuar sobre todos a la vez.
detail-gone = Este invitado ya no forma parte de la reunión.
detail-invitation = Invitación
detail-status = Estado
detail-sent-on = Enviada el
detail-sent-required = Obligatorio una vez invitado
detail-channel = Medio de envío
detail-reference = Referencia
detail-reminders = Recordatorios
detail-none = Ninguno
detail-remove-reminder = Quitar este recordatorio
detail-add-reminder = Añadir recordatorio
detail-before-sent = Antes del envío de la invitación
detail-reply = Respuesta
detail-reply-on = Respuesta recibida el
detail-notes = Notas
detail-delegation = Delegación ({ $count })
detail-now = { $then }, hoy { $now }
detail-no-head = Sin jefe de delegación
detail-heads = { $count } jefes de delegación; solo se permite uno
detail-nobody = Aún no hay nadie inscrito.
detail-no-name = (aún sin nombre)
detail-move-up = Subir
detail-move-down = Bajar
detail-remove = Quitar
detail-remove-hint = Quitar a esta persona de la delegación
detail-role = Función en la delegación
detail-honorific = Tratamiento
detail-given-name = Nombre
detail-family-name = Apellido
detail-function = Cargo
detail-gender = Género
detail-phone = Teléfono
detail-required = Obligatorio
reason-bad-email = No es una dirección de correo (nombre@ejemplo.org)
detail-accessible = Necesita un asiento accesible
detail-accessible-hint = El plano de asientos da a esta delegación un asiento junto al pasillo
detail-add-member = Añadir miembro
detail-add-member-hint = Añadir una persona a la delegación
detail-credentials = Credenciales
detail-received = Recibidas
detail-issued-by = Expedidas por
detail-received-on = Recibidas el
detail-observer = Condición de observador (artículo 1.4)
detail-step = Etapa: { $step }
detail-requested-on = Solicitada el
detail-recommended-on = Recomendada por el Comité de Coordinación el
detail-provisionally-on = Invitada provisionalmente el
detail-decision = Decisión de la reunión
detail-decided-on = Decidida el
detail-decision-day = Una decisión necesita su fecha
detail-organisation = Organización
detail-org-name = Nombre
detail-acronym = Sigla
detail-kind = Tipo
detail-remove-org = Eliminar la organización
detail-remove-org-hint = Eliminarla del espacio de trabajo y de todas las reuniones (Ctrl+Z la recupera)
detail-removed-org = Organización { $id } eliminada
date-hint = AAAA-MM-DD
date-invalid = No es una fecha: escríbala AAAA-MM-DD, un día que exista
detail-latin-given-name = Nombre en las listas
detail-latin-family-name = Apellido en las listas
detail-latin-needed = No está en caracteres latinos: las listas en español, francés e inglés imprimen la grafía de las listas
detail-not-latin = En caracteres latinos, como lo imprime la lista

## Several invitees at once
bulk-selected = { $count ->
    [one] { $count } invitado seleccionado
   *[other] { $count } invitados seleccionados
}
bulk-note = Lo que haga aquí se aplica a todos, en un solo paso que Ctrl+Z deshace.
bulk-mark-invited = Marcar como invitados
bulk-mark-button = Marcar { $count } como invitados
bulk-need-day = Indique el día en que se enviaron las invitaciones
bulk-marked = { $count } invitados marcados como invitados el { $date }
bulk-record-reminder = Registrar un recordatorio
bulk-reminder-on = Recordatorio enviado el
bulk-reminder-button = Registrar recordatorio para { $count }
bulk-recorded = Recordatorio del { $date } registrado para { $count } invitados
bulk-set-reply = Indicar la respuesta
bulk-choose = Elegir…
bulk-reply-button = Indicar la respuesta de { $count }
bulk-replied = Respuesta de { $count } invitados: { $reply }

## Dialogs
dialog-save-changes = ¿Guardar los cambios?
dialog-unsaved = «{ $name }» tiene cambios sin guardar. ¿Guardarlos antes de { $action }?
dialog-unsaved-new = empezar un nuevo espacio de trabajo
dialog-unsaved-open = abrir otro espacio de trabajo
dialog-unsaved-quit = salir
dialog-save = Guardar
dialog-discard = Descartar los cambios
dialog-cancel = Cancelar
dialog-ok = Aceptar
dialog-close = Cerrar
about-version = Versión { $version }
about-text = Invitaciones, delegaciones, credenciales y condición de observador para las Reuniones de los Estados Partes en la Convención sobre la prohibición de las minas antipersonal.
about-data = Datos de referencia
about-sources = { $states } Estados con sus fechas convencionales y { $organisations } organizaciones observadoras permanentes, integrados desde assets/data. Fuentes:
error-open = No se pudo abrir el espacio de trabajo
error-save = No se pudo guardar el espacio de trabajo
error-edit = No se pudo hacer el cambio
notice-saved = Guardado en { $path }
notice-opened = { $path } abierto
open-stopped = La lectura del archivo se detuvo antes de terminar; el espacio de trabajo no se abrió.
open-reading = Abriendo { $file } ({ $size })…
open-wait = Espere a que el espacio de trabajo esté abierto: { $file }.

## Plural forms, checked by the tests in every language
plural-delegations = { $count ->
    [one] { $count } delegación
   *[other] { $count } delegaciones
}

## More dialogs
dialog-file = Archivo: { $path }
dialog-recover-title = Se encontró trabajo sin guardar
dialog-recover-text = MSP Invitations no se cerró normalmente la última vez. Este trabajo se guardó aparte:
dialog-restore = Restaurar
dialog-discard-file = Descartar
dialog-decide-later = Decidir más tarde
dialog-decide-later-hint = Conservar los archivos; se le preguntará en el próximo inicio
dialog-backups-title = Restaurar una copia de seguridad
dialog-backups-none = Aún no hay copias: se guarda una cada vez que un espacio de trabajo se guarda sobre su versión anterior.
dialog-open = Abrir
dialog-open-copy-hint = Se abre como una copia sin guardar
next-title = Nueva reunión a partir de esta
next-text = Los mismos invitados y organizaciones; las invitaciones, respuestas y solicitudes del artículo 1.4 empiezan de nuevo; las categorías resultan de las fechas convencionales en el nuevo día de apertura.
next-number = Número
next-opening = Apertura
next-closing = Clausura
next-venue = Lugar
next-bad-number = El número es un número entero, como 14.
next-bad-dates = Indique los días de apertura y clausura como AAAA-MM-DD.
next-closes-before = La reunión se clausura antes de abrirse.
next-copy = Copiar las delegaciones como punto de partida
next-create = Crear
next-created = { $name } creada
org-title = Añadir organización
org-text = Una organización que no es observadora permanente participa mediante una solicitud según el artículo 1.4.
org-name = Nombre de la organización
org-id = Identificador
org-need-name = Indique el nombre de la organización.
org-need-id = Indique un identificador.
org-id-taken = El identificador «{ $id }» ya existe; elija otro.
org-add = Añadir
org-added = { $name } añadida

## Dashboard, registers, seating, meeting settings
dash-at-a-glance = { $meeting } de un vistazo
dash-people = { $count ->
    [one] { $count } persona
   *[other] { $count } personas
}
dash-women = Mujeres: { $count } de { $stated } indicados ({ $percent })
dash-women-heads = Jefas de delegación: { $count } de { $heads } indicados ({ $percent })
dash-not-stated = Género no indicado: { $count }
dash-filter-not-stated = Delegaciones con alguien cuyo género no consta
dash-unanswered = Sin respuesta: { $count }
dash-show-these = Mostrar estos invitados en la tabla
dash-filter-delegations = Delegaciones
dash-filter-women = Delegaciones con mujeres
dash-filter-women-heads = Delegaciones encabezadas por una mujer
dash-filter-unanswered = Invitados, sin respuesta
dash-opening = Apertura
dash-deadline = Plazo de inscripción
dash-today = { $what }: hoy
dash-tomorrow = { $what }: mañana
dash-yesterday = { $what }: ayer
dash-in-days = { $what }: dentro de { $days } días
dash-days-ago = { $what }: hace { $days } días
dash-bars = Invitados por categoría y estado de la invitación
dash-replies = Respuestas a lo largo del tiempo
dash-no-replies = Aún no hay respuestas.
dash-not-answered = Sin respuesta ({ $count })
dash-all-answered = Todos los invitados han respondido.
dash-held = Reunión celebrada: { $dates }.
dash-in-session = La Reunión está en sesión ({ $dates }): día { $day } de { $days }.
dash-nobody-invited = Aún no se ha invitado a nadie.
dash-no-meeting = Este espacio de trabajo aún no tiene reunión.
bucket-not-invited = No invitados
bucket-no-reply = Invitados, sin respuesta
bucket-accepted = Aceptada
bucket-declined = Rechazada
bucket-withdrawn = Invitación retirada
reg-observer-title = Condición de observador según el artículo 1.4
reg-observer-text = Las organizaciones que no son observadoras permanentes solicitan asistir; el Comité de Coordinación recomienda, el Presidente puede invitar provisionalmente y la Reunión aprueba o rechaza.
reg-step-date = Fecha de la etapa
reg-enter-day = Indique el día
reg-president-doc = El documento del Presidente…
reg-no-requests = Ninguna organización ha solicitado la condición de observador. Añada una con «Añadir organización…».
reg-organisation = Organización
reg-step = Etapa
reg-requested = Solicitada
reg-recommended = Recomendada
reg-provisionally = Invitada provisionalmente
reg-decision = Decisión
reg-next = Siguiente paso
reg-approved-on = Aprobada el { $date }
reg-rejected-on = Rechazada el { $date }
reg-date-first = Indique primero la fecha
reg-request-received = Solicitud recibida
reg-recommend = Recomendar
reg-invite-provisionally = Invitar provisionalmente
reg-approve = Aprobar
reg-reject = Rechazar
reg-reopen = Reabrir
reg-step-not-now = No en esta etapa de la solicitud
reg-credentials-title = Credenciales
reg-credentials-count = { $registered } Estados partes inscribieron una delegación; credenciales recibidas de { $received }, faltan de { $missing }.
reg-received-on = Recibidas el
reg-only-missing = Solo las que faltan
reg-missing-list = Lista de credenciales que faltan…
reg-no-credentials = Ningún Estado parte ha inscrito aún una delegación: las credenciales se registran después.
reg-state = Estado
reg-people = Personas
reg-record = Registrar
reg-missing = Faltan
reg-received-detail = { $kind }{ $issuer }{ $received }
reg-received-suffix = , recibidas el { $date }
reg-received-hint = { $kind } recibido en la fecha indicada arriba
reg-clear = Borrar
seat-title = Plano de asientos
seat-none = Ningún Estado ha inscrito aún una delegación: el plano sienta a las delegaciones inscritas.
seat-first = Primer asiento
seat-not-drawn = Aún no sorteado
seat-draw = Sortear…
seat-pdf = Plano en PDF…
seat-csv = Plano en CSV…
seat-rule = Primero los Estados partes, luego los Estados observadores y después las organizaciones, en orden alfabético inglés a partir del Estado sorteado. Filas de { $row }; el primer asiento de cada fila, junto al pasillo, es accesible.
seat-draw-first = Sortee el primer asiento, o elija el Estado, para ver el plano.
seat-seat = Asiento
seat-row = Fila
seat-delegation = Delegación
seat-accessible = Asiento accesible
ms-note = Los cambios aquí se registran como cualquier otra modificación: Ctrl+Z los deshace.
ms-meeting = Reunión
ms-number = Número
ms-number-hint = Un número entero, como 13
ms-full-name = Nombre completo
ms-short-name = Nombre abreviado
ms-venue = Lugar
ms-opening = Apertura
ms-closing = Clausura
ms-needs-opening = La reunión necesita un día de apertura
ms-needs-closing = La reunión necesita un día de clausura
ms-before-opening = Antes de la apertura
ms-symbol = Prefijo de la signatura de los documentos
ms-deadline = Plazo de inscripción
ms-after-closing = Después de la clausura
ms-seats = Asientos por delegación
ms-seats-hint = Un número entero, o vacío
ms-officers = Mesa
ms-president = Presidente
ms-secretary-general = Secretario General
ms-state-of = Estado: { $office }
ms-vice-presidents = Vicepresidentes
ms-add = Añadir
ms-remove = Quitar
ms-opening-changed = Fecha de apertura ahora { $date }: { $count ->
    [one] { $count } invitado cambió de categoría
   *[other] { $count } invitados cambiaron de categoría
}

## Letters, safety, export and import
let-error-write = No se pudieron escribir las cartas
let-blocked = Las cartas no pueden escribirse tal como están:
let-error-date = Indique la fecha de las cartas como AAAA-MM-DD.
let-none-title = No hay cartas que escribir
let-none-text = No queda ningún invitado de este tipo a quien escribir.
let-folder-error = No se pudo crear la carpeta: { $error }
let-wrote-marked = { $count } cartas escritas en { $path } e invitados marcados
let-wrote = { $count } cartas escritas en { $path }
let-writing = Escribiendo { $count } cartas…
xfer-progress = { $done } de { $total }
let-missing = Solo { $written } de { $total } cartas están en la carpeta.
let-cancelled = Cancelado; se eliminaron las cartas ya escritas.
let-bad-first-number = «{ $text }» no es un número a partir de 1
let-title = Cartas de invitación
let-to = Cartas a
let-count = { $all } invitados, { $uninvited } aún sin invitar
let-note-verbale = Nota verbal
let-letter = Carta
let-your-text = (su texto)
let-builtin-text = (texto incorporado; edítelo para adaptarlo)
let-restore = Restablecer el texto incorporado
let-template = Plantilla
let-placeholders = Campos: {"{"}to_addressee{"}"} {"{"}invitee{"}"} {"{"}of_invitee{"}"} {"{"}to_invitee{"}"} {"{"}invitee_short{"}"} {"{"}meeting{"}"} {"{"}at_venue{"}"} {"{"}when{"}"} {"{"}mandate{"}"} {"{"}by_deadline{"}"} {"{"}salutation{"}"} {"{"}signatory{"}"} {"{"}reference{"}"} {"{"}date{"}"}, y de versiones anteriores {"{"}venue{"}"} {"{"}dates{"}"} {"{"}deadline{"}"}. Cada uno se escribe en el idioma de la carta. Una línea en blanco comienza un párrafo nuevo.
let-date = Fecha de las cartas
let-prefix = Prefijo de las referencias
let-first-number = Primer número
let-only-uninvited = Solo los invitados aún sin invitar
let-per-invitee = Un PDF por invitado (en una carpeta) en lugar de uno solo
let-mark = Marcarlos como invitados en esa fecha, con sus referencias
let-generate = Generar { $count } cartas…
let-folder = Carpeta de las cartas
let-save = Guardar las cartas
let-mail-merge = CSV para combinación de correspondencia…
let-preview = Vista previa de la primera carta
let-ref = Ref.: { $reference }
template-states-parties = Estados partes
template-observer-states = Estados observadores
template-organizations = Naciones Unidas y otras organizaciones
template-rule-14 = Organizaciones según el artículo 1.4
safe-restored = Trabajo sin guardar restaurado; guárdelo para conservarlo
safe-backup-opened = Copia de seguridad abierta como copia sin guardar; guárdela con un nombre para conservarla
safe-backup-error = No se pudo abrir la copia de seguridad
safe-changed = Guardado por un colega
safe-changed-text = Un colega guardó este espacio de trabajo desde que usted lo abrió. Sus cambios sin guardar y los suyos pueden combinarse.
import-delegates = Delegados
import-replies = Respuestas a las invitaciones
xfer-error-export = No se pudo exportar
xfer-exporting = Exportando: { $list }…
xfer-bad-date = La fecha { $date }: { $reason }.
xfer-need-date = Indique la fecha que figurará en el documento.
xfer-need-earlier = Una adición se compara con un archivo anterior: elíjalo primero.
xfer-read-error = No se pudo leer el archivo: { $error }
xfer-reading = Leyendo { $path }…
xfer-blocked = { $count } problemas lo impiden; excluya sus filas
xfer-nothing = Nada que importar: el archivo dice lo que ya dice el espacio de trabajo
xfer-imported = { $what } importados desde { $path }: { $added } añadidos, { $changed } cambiados
xfer-cancelled = Cancelado: { $what }
xfer-stopped-title = El trabajo se detuvo
xfer-stopped-text = La exportación o importación se detuvo antes de terminar. No se escribió nada.
xfer-exported = Exportado a { $path }
xfer-error-write = No se pudo escribir la exportación
xfer-error-import = No se pudo importar
xfer-export-title = Exportar
xfer-list = Lista
xfer-format = Formato
xfer-number = Número del documento
xfer-date = Fecha del documento
xfer-earlier = Espacio de trabajo anterior
xfer-earlier-hint = el espacio de trabajo anterior (.ron) o la lista publicada (.csv, .xlsx)
xfer-choose = Elegir…
xfer-internal = Lista interna: añadir género, correo y teléfono
xfer-semicolons = Punto y coma entre columnas (Excel con coma decimal)
xfer-bom = Marca de orden de bytes, para que Excel lea UTF-8
xfer-only-filtered = Solo los { $count } invitados que muestra la tabla
xfer-import-title = Importar
xfer-import-text = No se escribe nada hasta que haya visto una vista previa de cada cambio y cada problema.
xfer-import-delegates-help = Delegados: columnas delegation (código ISO, identificador o nombre de la organización), role, honorific, given_name, family_name, function, gender, email, phone, en cualquier orden.
xfer-import-replies-help = Respuestas: columnas invitee, reply, date, reference.
xfer-import-files = CSV (UTF-8, UTF-16 o Windows-1251; comas, punto y coma o tabulaciones) o XLSX.
xfer-delegates-button = Delegados…
xfer-replies-button = Respuestas…
xfer-import-of = Importar: { $what }
xfer-summary = { $added } para añadir, { $changed } para cambiar, { $problems ->
    [one] { $problems } problema
   *[other] { $problems } problemas
}
xfer-problems = Problemas
xfer-leave-out-row = Excluir la fila { $row }
xfer-row-problem = columna { $column }: { $value }: { $reason }
xfer-leave-out-all = Excluir todas las filas con problemas
xfer-changes = Cambios
xfer-row = Fila { $row }: { $line }
xfer-import-button = Importar
xfer-import-disabled = Excluya las filas con problemas o corrija el archivo
xfer-to-resolve = { $count ->
    [one] { $count } problema por resolver
   *[other] { $count } problemas por resolver
}
xfer-earlier-title = El espacio de trabajo anterior
xfer-earlier-filter = Espacio de trabajo o lista publicada
xfer-csv-excel = CSV o Excel
list-participants = Lista de participantes
list-addendum = Adición a la lista de participantes
list-invitations = Lista de invitaciones
list-statistics = Cifras para el informe final
list-observer-requests = Solicitudes de condición de observador (artículo 1.4)
list-credentials = Credenciales
list-seating = Plano de asientos
list-letters = Cartas de invitación
safe-no-backup = {" "}(sin copia de seguridad de la versión anterior: { $error })

## Exported documents
doc-prepared = Preparada por la Secretaría
doc-continued = (continuación)
date-day-month = %-d de %B
doc-nobody = Aún no hay nadie inscrito.
section-state-party = Estados partes
section-not-yet-in-force = Estados para los cuales la Convención aún no ha entrado en vigor
section-observer-signatory = Estados signatarios
section-observer-not-party = Estados no partes
section-united-nations = Naciones Unidas
section-intergovernmental = Otras organizaciones internacionales y regionales
section-red-cross = Comité Internacional de la Cruz Roja, Federación Internacional y otras entidades
section-ngo = Organizaciones no gubernamentales
doc-invitations-title = Invitaciones
doc-sent = enviada el { $date }
doc-ref = ref. { $reference }
doc-reminders = recordatorios { $dates }
doc-reply = respuesta: { $reply }
stats-title = Participación: cifras para el informe final
stats-delegations = Delegaciones: { $category }
stats-people = Personas
stats-women = Mujeres
stats-heads = Jefes de delegación
stats-women-heads = Mujeres entre los jefes de delegación
stats-share = { $count } ({ $percent } de las { $stated } personas cuyo género consta)
stats-not-stated = Personas cuyo género no consta
stats-heads-not-stated = Jefes de delegación cuyo género no consta
stats-and = y
stats-parties = Los siguientes Estados partes participaron en la Reunión: { $names }.
stats-pending = Los siguientes Estados que han ratificado la Convención o se han adherido a ella, pero para los cuales aún no ha entrado en vigor, participaron en la Reunión: { $names }.
stats-observers = Los siguientes Estados no partes en la Convención participaron en la Reunión en calidad de observadores: { $names }.
stats-organisations = De conformidad con el párrafo 4 del artículo 11 de la Convención, las siguientes organizaciones e instituciones internacionales, organizaciones regionales, entidades y organizaciones no gubernamentales asistieron a la Reunión en calidad de observadoras: { $names }.
xfer-lang = Idioma del documento

## Validation
problem-short-name-shared = dos reuniones comparten el nombre abreviado «{ $name }»
problem-no-short-name = la reunión no tiene nombre abreviado
problem-no-full-name = la reunión no tiene nombre completo
problem-closes-before = la reunión se clausura el { $closing }, antes de abrirse el { $opening }
problem-deadline-after = el plazo de inscripción { $deadline } es posterior a la clausura de la reunión el { $closing }
problem-officer-unknown = un miembro de la Mesa remite a un Estado desconocido «{ $code }»
problem-unknown-state = «{ $name }» no es un Estado conocido
problem-unknown-org = «{ $name }» no es una organización conocida
problem-no-sent-date = { $name }: invitado, pero falta la fecha de envío de la invitación
problem-reminder-before = { $name }: un recordatorio del { $reminder } es anterior a la invitación enviada el { $sent }
problem-reply-before = { $name }: la respuesta del { $replied } es anterior a la invitación enviada el { $sent }
problem-reply-not-invited = { $name }: hay una respuesta ({ $reply }) registrada pero no se envió ninguna invitación
problem-no-head = { $name }: la delegación no tiene jefe de delegación
problem-two-heads = { $name }: la delegación tiene { $count } jefes de delegación; solo puede tener uno
problem-no-family = { $name }: { $person } no tiene apellido
problem-bad-email = { $name }: la dirección de correo «{ $email }» de { $person }: { reason-bad-email }
problem-too-long = { $name }: un valor de { $person } supera los { $limit } caracteres
problem-credentials-late = { $name }: credenciales recibidas el { $received }, después de la clausura de la reunión el { $closing }
problem-delegation-not-approved = { $name } tiene una delegación pero su condición de observador según el artículo 1.4 es: { $step }
problem-invited-not-approved = { $name } está invitado pero su condición de observador según el artículo 1.4 es: { $step }
problem-step-order = { $name }: «{ $later }» el { $laterdate } es anterior a «{ $earlier }» el { $earlierdate }
problem-two-delegations = { $person } figura en más de una delegación: { $delegations }
problem-email-twice = la dirección de correo { $email } se usa en más de una delegación: { $delegations }
problem-person-id-twice = el identificador de persona { $id } se usa { $count } veces
fault-line-break = un salto de línea
fault-tab = un tabulador
fault-control = un carácter de control
fault-invisible = un carácter invisible o de control de dirección
problem-fault = { $name }: el campo «{ $field }» contiene { $fault } ({ $char }) y se imprime en una sola línea; vuelva a escribirlo
problem-fault-person = { $name }: el campo «{ $field }» de { $person } contiene { $fault } ({ $char }) y se imprime en una sola línea; vuelva a escribirlo
problem-too-long-field = { $name }: el campo «{ $field }» tiene más de { $limit } caracteres

## Files
read-not-a-file = no es un archivo normal (una carpeta, una tubería o un dispositivo)
read-too-large = supera { $limit } bytes
load-io = No se pudo leer el espacio de trabajo: { $error }
load-empty = El archivo del espacio de trabajo está vacío.
load-too-large = El archivo del espacio de trabajo es demasiado grande ({ $size } bytes; el límite es { $limit }).
load-not-text = El archivo del espacio de trabajo no es texto (UTF-8 no válido en la línea { $line }, columna { $column }); ¿es un espacio de trabajo?
load-malformed = El archivo del espacio de trabajo está mal formado en la línea { $line }, columna { $column }: { $message }
load-newer = El espacio de trabajo fue escrito por una versión más reciente de MSP Invitations (formato { $found }; esta versión lee hasta el { $supported }). Actualice la aplicación para abrirlo.
load-unknown-state = El espacio de trabajo remite a un Estado desconocido «{ $id }» en la línea { $line }, columna { $column }.
load-unknown-org = El espacio de trabajo remite a una organización desconocida «{ $id }» en la línea { $line }, columna { $column }.
load-unknown-entity = El espacio de trabajo remite a una entidad desconocida «{ $id }» en la línea { $line }, columna { $column }.
save-error = No se pudo guardar el espacio de trabajo: { $error }
load-not-a-file = El espacio de trabajo no es un archivo normal (una carpeta, una tubería o un dispositivo).
load-duplicate = El espacio de trabajo contiene { $key } dos veces, en la línea { $first } y en la línea { $second }; conserve solo una.
load-too-long = El espacio de trabajo contiene un texto de { $chars } caracteres en la línea { $line }, columna { $column } (el límite es { $limit }).
save-too-large = El espacio de trabajo no se guardó: ocuparía { $size } bytes, más de los { $limit } que la aplicación abre.
save-too-long = El espacio de trabajo no se guardó: contiene un texto de { $chars } caracteres, más de los { $limit } que la aplicación abre.
write-error = No se pudo escribir el archivo: { $error }
recover-never-saved = un espacio de trabajo nunca guardado
recover-summary = «{ $name }», { $meetings ->
    [one] { $meetings } reunión
   *[other] { $meetings } reuniones
}, { $people } personas; escrito el { $written }; procedente de { $from }

## Import preview
imp-unknown-invitee = ningún Estado ni organización de la reunión tiene este código o nombre
imp-bad-role = no es una función (jefe de delegación, jefe adjunto, representante, asesor, experto)
imp-too-long = { $chars } caracteres; un valor admite como máximo { $limit }
imp-no-family = falta el apellido
imp-bad-gender = género desconocido (F, M, Other o vacío)
imp-same-in-file = la misma persona ya figura en la fila { $row } de este archivo
imp-duplicate = probablemente un duplicado de { $given } { $family }, ya inscrito con { $other }
imp-has-head = { $name } ya tiene jefe de delegación
imp-unchanged = { $name }: { $what } (sin cambios)
imp-update = { $name }: actualizar a { $person }
imp-add = { $name }: añadir a { $person } ({ $role })
imp-bad-reply = respuesta desconocida (accepted, declined o no reply)
imp-reference = la invitación se envió con la referencia { $reference }
imp-reply = { $name }: respuesta { $reply }
imp-reply-not-invited = no consta que se le haya enviado una invitación: la respuesta se registra, y la verificación lo señala hasta que también se registre la invitación (su estado y el día de envío)

lock-io = No se pudo bloquear el espacio de trabajo: { $error }
safe-someone-else = Otra persona
title-not-saved = sin guardar
imp-empty = El archivo está vacío.
imp-too-big = El archivo supera lo que lee una importación: { $what }.
imp-limit-rows = más de { $limit } filas
imp-limit-column = una celda en la columna { $column }, y una importación lee { $limit } columnas
imp-limit-cell = una celda de { $chars } caracteres en la fila { $row }, y una celda admite como máximo { $limit }
imp-limit-inflated = la hoja descomprimida supera { $megabytes } MB
imp-xlsx = No se pudo leer la hoja de cálculo: { $error }
imp-csv = No se pudo leer el CSV en la línea { $line }: { $error }
imp-columns-delegates = Las columnas no son las de un archivo de delegados: falta { $missing }. Encontradas: { $found }.
imp-columns-replies = Las columnas no son las de un archivo de respuestas: falta { $missing }. Encontradas: { $found }.
exp-no-meeting = El espacio de trabajo no tiene la reunión { $meeting }.
exp-not-a-list = No es una lista de participantes exportada por MSP Invitations (columnas: { $columns }).
exp-not-a-section = Fila { $row }: «{ $heading }» no es una sección de la lista de participantes.
exp-earlier-missing = El espacio de trabajo anterior no tiene la reunión «{ $meeting }» con la que comparar.
exp-pdf = No se pudo generar el PDF: { $error }
exp-pdf-glyph = El PDF no puede imprimir «{ $text }»: su fuente no tiene la letra «{ $character }» (U+{ $code }). Escriba el nombre en caracteres latinos o cirílicos, o exporte en HTML, CSV o XLSX.
exp-xlsx = No se pudo escribir la hoja de cálculo: { $error }
exp-csv = No se pudo escribir el CSV: { $error }
exp-no-first-seat = La disposición de los asientos empieza por un Estado sorteado: elija uno cuya delegación esté inscrita.
exp-no-attendance = No hay ninguna llegada registrada para la { $meeting }: una lista de quienes asistieron no nombraría a nadie. Registre primero las llegadas en el mostrador de inscripción (o con checkin).
exp-no-recipients = No hay ningún invitado al que escribir.
doc-observers-title = Organizaciones que solicitan la condición de observador de conformidad con el artículo 1.4
doc-observers-intro = De conformidad con el artículo 1.4 del Reglamento, { $count ->
        [one] la siguiente organización ha solicitado asistir a la { $meeting } en calidad de observadora:
       *[other] las siguientes organizaciones han solicitado asistir a la { $meeting } en calidad de observadoras:
    }
doc-observers-none = Ninguna organización ha solicitado la condición de observador.
doc-credentials-title = Credenciales aún no recibidas
doc-credentials-intro = De los { $total } Estados partes que inscribieron una delegación, { $missing } no habían presentado credenciales el { $date }.
doc-seating-intro = Las delegaciones se sientan por orden alfabético inglés a partir de { $drawn }: primero los Estados partes, luego los Estados observadores y después las organizaciones. El primer asiento de cada fila, junto al pasillo, es accesible.
doc-seating-drawn-by = { $drawn } fue elegido por sorteo el { $date } por { $by }.
doc-seating-drawn = { $drawn } fue elegido por sorteo el { $date }.
doc-seating-chosen-by = { $drawn } fue designado para ocupar el primer asiento el { $date } por { $by }.
doc-seating-chosen = { $drawn } fue designado para ocupar el primer asiento el { $date }.
doc-seating-row = Fila { $row }
doc-seating-accessible = accesible
imp-fault = { $fault } ({ $char }) en un valor que se imprime en una sola línea; quítelo del archivo
imp-not-latin = no está en caracteres latinos: las listas en español, francés e inglés imprimen los nombres en caracteres latinos; indique la grafía que se usa en las listas (given_name_latin, family_name_latin)
xfer-notes = Para revisar (no impiden la importación)
xfer-row-note = Fila { $row }: { $value }: { $reason }
imp-title-not-latin = no está en caracteres latinos: las listas en español, francés e inglés lo imprimen tal cual; escríbalo como debe imprimirlo la lista (Sr., Consejero)

## Nombres, direcciones y cartas en forma de las Naciones Unidas (formato 2)
let-lang-each = El idioma de cada invitado
let-language = Idioma de las cartas
let-template-lang = Modelo en
let-no-builtin = (no hay texto incorporado en este idioma; redacte uno para usarlo)
let-prefix-note = el de la reunión; el prefijo de la secretaría, no una signatura de documento
let-before = Antes de escribir
let-issue-no-prefix = La reunión no tiene prefijo de referencia: las referencias serán números solos.
let-issue-no-template = No hay modelo «{ $kind }» en «{ $lang }»: esas cartas se escriben en inglés.
let-issue-unknown-placeholder = El modelo en «{ $lang }» contiene { $placeholder }, que la aplicación no rellena.
let-issue-no-mandate = La reunión no tiene resolución que le dé mandato (signatura y fecha), que las cartas citan. Indíquela en la vista Reunión.
let-issue-no-at-venue = La reunión no dice dónde se celebra, en texto corrido, en «{ $lang }» («en el Palacio de las Naciones, en Ginebra»). Indíquelo en la vista Reunión.
let-issue-untranslated = La reunión no tiene nombre ni lugar en «{ $lang }». Indíquelos en la vista Reunión.
let-issue-no-signatory = Nadie firma las cartas a las organizaciones: solo llevarán el cargo. Indique el firmante en la vista Reunión.
let-issue-no-signatory-title = El cargo del firmante en «{ $lang }» no está indicado. Indíquelo en la vista Reunión.
let-issue-no-address-state = { $name }: no hay dirección registrada; la nota va a su misión permanente en Ginebra.
let-issue-no-address-state-group = { $count } Estados no tienen dirección registrada (sus notas van a una misión permanente en Ginebra)
let-issue-no-address-org = { $name }: no hay dirección registrada; la carta lleva solo el nombre de la organización.
let-issue-no-address-org-group = { $count } organizaciones no tienen dirección registrada
let-issue-name-of-the-day = { $name }: cambió de nombre después; la carta en «{ $lang }» lo llama «{ $text }», su nombre en las Naciones Unidas ese día. Si las Naciones Unidas lo escribían de otro modo, indique su nombre en texto corrido en el panel de detalle.
let-issue-name-of-the-day-group = { $count } Estados han cambiado de nombre desde la fecha de las cartas
xfer-attended-only = Solo quienes asistieron (la lista final)
xfer-designated-only = Solo las delegaciones cuya designación ha llegado
list-not-arrived = Inscritos que aún no han llegado
list-nameplates = Letreros con el nombre
list-addresses = Direcciones
import-addresses = Direcciones
imp-columns-addresses = Las columnas no son las de un archivo de direcciones: falta { $missing }. Encontradas: { $found }.
xfer-import-addresses-help = Direcciones: columnas invitee, kind, city, postal_address, email, fax, contact_name, contact_title (salutation y language opcionales).
xfer-addresses-button = Direcciones…
address-permanent-mission = Misión Permanente
address-observer-mission = Misión Permanente de Observación
address-embassy = Embajada
address-ministry = Ministerio de Relaciones Exteriores
address-office = Oficina
doc-no-address = No hay dirección registrada
doc-email = Correo electrónico: { $value }
doc-fax = Fax: { $value }
doc-addresses-title = Direcciones para la correspondencia
imp-invitee-twice = el invitado ya figura en la fila { $row }
imp-bad-address-kind = no es un tipo de dirección (permanent_mission, permanent_observer_mission, embassy, ministry, office)
imp-office-for-state = la dirección de un Estado es una misión, una embajada o un ministerio, no una oficina
imp-mission-for-org = la dirección de una organización es una oficina
imp-bad-language = no es un idioma de la aplicación (en, fr, es, ru)
imp-address-add = { $name }: dirección añadida
imp-address-update = { $name }: dirección actualizada
imp-address-unchanged = { $name }: dirección sin cambios
migrated-title = Un archivo de un formato anterior
migrated-text = Este espacio de trabajo lo escribió una versión anterior de MSP Invitations. Al leerlo, cambió lo siguiente; el archivo queda como está hasta que lo guarde, en el formato actual.
migrated-unoda = La UNODA, secretaría de las reuniones, ya no es observador permanente; sus datos en { $meetings } reunión(es) se conservan bajo una de sus organizaciones (suprímala si no es observadora).
migrated-prefix = El prefijo de referencia de las cartas «{ $prefix }» es ahora el de cada reunión.
migrated-templates = Sus { $count } modelo(s) de carta son ahora los modelos en inglés.
dash-undesignated = Aún sin designación: { $count }
dash-filter-undesignated = Delegaciones sin designación
detail-designated-on = Designada por nota o carta de
detail-designation-reference = Su referencia
detail-address = Dirección para la correspondencia
detail-no-address = No hay dirección registrada: las cartas van a la dirección habitual (una misión permanente en Ginebra).
detail-add-address = Añadir una dirección
detail-remove-address = Suprimir la dirección
detail-address-kind = Tipo
detail-contact-name = Destinatario
detail-contact-title = Cargo del destinatario
detail-city = Ciudad
detail-postal-address = Dirección postal
detail-email = Correo electrónico
detail-address-email = Correo electrónico (para las cartas)
detail-fax = Fax
detail-salutation = Saludo
detail-letter-language = Cartas en
detail-letter-language-default = Inglés (según el envío)
detail-running-names = Nombre en texto corrido
detail-running-names-note = Cómo nombran las cartas al Estado dentro de una frase. Déjelo vacío para usar el nombre oficial de las Naciones Unidas vigente en la fecha de la carta.
detail-running-name = En las cartas
detail-running-name-formal = Las cartas escriben «{ $name }».
detail-running-name-in-force = Las cartas escriben «{ $name }», su nombre en las Naciones Unidas ese día (el Estado cambió de nombre después).
ms-at-venue = Lugar, en texto corrido
ms-correspondence = Cartas
ms-correspondence-note = Lo que citan las cartas de invitación y quién firma las cartas a las organizaciones.
ms-mandate = Resolución que da mandato
ms-mandate-date = Aprobada el
ms-reference-prefix = Prefijo de referencia de las cartas
ms-signatory = Firmante
ms-signatory-title = Cargo del firmante
ms-languages = En otros idiomas
ms-languages-note = Los documentos en francés, español y ruso nombran la reunión así.
ms-executive-secretary = Secretario Ejecutivo
problem-address-email = { $name }: el correo { $email } de la dirección no es una dirección de correo electrónico
problem-address-kind = { $name }: el tipo de dirección no corresponde (un Estado tiene una misión, una embajada o un ministerio; una organización, una oficina)
doc-role-head = Jefe de la delegación
doc-role-alternate = Jefe adjunto de la delegación
migrated-unoda-dropped = La UNODA, secretaría de las reuniones, ya no figura entre los observadores (no se había registrado nada para ella).

## The app's own file dialog
file-open = Abrir
file-save = Guardar
file-new-folder = Carpeta nueva
file-new-folder-name = Carpeta nueva
file-refresh = Actualizar
file-parent = Carpeta superior
file-name-label = Nombre del archivo:
file-show-hidden = Mostrar archivos ocultos
file-recent = Carpetas recientes
file-replace-title = ¿Reemplazar el archivo?
file-replace-text = «{ $path }» ya existe. Reemplazarlo escribe el archivo nuevo en su lugar.
file-replace = Reemplazar

## Drawing the first seat
draw-title = Sortear el primer asiento
draw-text = Uno de los Estados cuya delegación está inscrita se sortea para ocupar el primer asiento; los demás siguen por orden alfabético inglés. El sorteo queda registrado en la reunión e impreso en el plano.
draw-replaces = Un nuevo sorteo reemplaza esto: { $current }.
draw-by = Sorteado por
draw-needs-name = Indique el nombre de quien sortea, tal como lo imprimirá el plano.
draw-now = Sortear
draw-again = Sortear de nuevo
draw-was-drawn-by = { $name }, sorteado el { $date } por { $by }
draw-was-drawn = { $name }, sorteado el { $date }
draw-was-chosen-by = { $name }, elegido el { $date } por { $by }
draw-was-chosen = { $name }, elegido el { $date }
let-generate-mark = Generar { $count } cartas y marcar a los invitados…
let-summary = { $count } cartas, referencias { $from } a { $to }; no se marca a nadie como invitado.
let-summary-mark = Generar { $count } cartas y marcar a { $count } invitados como invitados el { $date }, con las referencias { $from } a { $to }.
xfer-no-number = Sin número, el documento lleva solo el prefijo de la reunión: { $symbol }
xfer-symbol = Signatura: { $symbol }

## Help
cmd-getting-started = Primeros pasos
cmd-shortcuts = Atajos de teclado
guide-title = Primeros pasos
guide-intro = Una reunión, de las invitaciones a la lista de participantes, en el orden en que llega el trabajo. Todo cambio se puede deshacer (Ctrl+Z); guarde con Ctrl+S.
guide-1-title = 1. La reunión
guide-1 = La aplicación se abre en la Decimotercera Reunión de los Estados Partes. Para la siguiente, Reunión › Nueva reunión a partir de esta… conserva los invitados, las organizaciones y las direcciones y recalcula la categoría de cada Estado en la nueva fecha de apertura. Guarde el espacio de trabajo donde sus colegas puedan llegar a él (Ctrl+Mayús+S).
guide-2-title = 2. Parámetros de la reunión (Ctrl+8)
guide-2 = Compruebe las fechas, el lugar y su redacción en texto corrido, el prefijo de las signaturas, la Mesa, la resolución que da mandato a la reunión, el prefijo de referencia de las cartas de la secretaría y el firmante. Indique el nombre y el lugar de la reunión en francés, español y ruso: los documentos en esos idiomas los usan.
guide-3-title = 3. Las direcciones
guide-3 = La dirección de cada invitado para la correspondencia (misión, embajada, ministerio u oficina, correo electrónico, fax, idioma de sus cartas) está en su panel de detalle, o llega de una vez por Archivo › Importar… › Direcciones. Las cartas las usan; la vista Cartas nombra a los invitados que aún no tienen.
guide-4-title = 4. Las invitaciones (Ctrl+5)
guide-4 = Elija a quién (Estados partes, Estados observadores, organizaciones, artículo 1.4) y en qué idioma, lea lo que dice la vista antes de escribir (retiene las cartas que imprimirían algo erróneo) y Genere. Marque «Marcar como invitados» para registrar la fecha y las referencias en el mismo paso.
guide-5-title = 5. Respuestas y recordatorios
guide-5 = Registre las respuestas en el panel de detalle, o impórtelas (Archivo › Importar… › Respuestas). Seleccione varios invitados (Mayús+clic, Ctrl+clic) para registrar un recordatorio o una respuesta para todos. El panel de control (Ctrl+3) muestra quién no ha respondido; un clic los muestra en la tabla.
guide-6-title = 6. Delegaciones y credenciales
guide-6 = Añada los miembros de cada delegación en el panel de detalle (Añadir miembro, y escriba: el primer campo toma el teclado), o impórtelos de la hoja de cálculo que envía una misión. Registre la fecha de la nota o carta que designa la delegación. La vista Personas (Ctrl+2) encuentra a cualquiera y los posibles duplicados; Credenciales lleva aparte las credenciales de los Estados partes.
guide-7-title = 7. Condición de observador
guide-7 = Una organización que no es observadora permanente viene en virtud del artículo 1.4: registre la solicitud, la recomendación, la invitación provisional y la decisión de la Reunión. Solo las organizaciones aprobadas figuran en la lista de participantes.
guide-8-title = 8. La lista de participantes y las cifras
guide-8 = Archivo › Exportar… (Ctrl+E): la lista de participantes con su número de documento (INF.2, recordado para la próxima vez), en el idioma elegido, si se quiere solo las delegaciones designadas; una adición cuando llegan inscripciones tardías; las cifras del informe final; el plano de asientos una vez sorteado un Estado.
keys-f10 = F10 o Alt
keys-f10-what = Abrir los menús
keys-enter-search = Intro en la búsqueda
keys-enter-search-what = Abrir el primer invitado encontrado
keys-arrows = Flechas en la tabla
keys-arrows-what = Mover la selección
keys-click = Mayús+clic, Ctrl+clic
keys-click-what = Seleccionar varios invitados
keys-enter-row = Intro en «Añadir miembro»
keys-enter-row-what = Añadir un miembro y escribir su tratamiento
keys-enter-date = Intro en una fecha
keys-enter-date-what = Tomar la fecha escrita (AAAA-MM-DD), o elegirla con el botón de al lado
keys-escape = Esc
keys-escape-what = Cerrar un cuadro de diálogo o un menú

## The People view
view-people = Personas
people-title = Personas ({ $count })
people-search = Buscar a una persona
people-shown = { $shown } de { $total } mostradas
people-none = Todavía no hay nadie inscrito en esta reunión.
people-delegation = Delegación
people-no-duplicates = No hay posibles duplicados.
people-duplicates = Posibles duplicados: { $count }
people-same-email = mismo nombre y correo electrónico
people-same-function = mismo nombre y cargo

## Date picker (beside every date field)
date-pick = Elegir una fecha
date-pick-for = Elegir una fecha: { $field }
date-previous = Mes anterior
date-next = Mes siguiente
month-1 = Enero { $year }
month-2 = Febrero { $year }
month-3 = Marzo { $year }
month-4 = Abril { $year }
month-5 = Mayo { $year }
month-6 = Junio { $year }
month-7 = Julio { $year }
month-8 = Agosto { $year }
month-9 = Septiembre { $year }
month-10 = Octubre { $year }
month-11 = Noviembre { $year }
month-12 = Diciembre { $year }
weekday-1 = lu
weekday-2 = ma
weekday-3 = mi
weekday-4 = ju
weekday-5 = vi
weekday-6 = sá
weekday-7 = do

## Filtros además de los botones, y filtros guardados
filter-sent-chip = Enviada hace { $days } días o más
filter-head-chip = Jefe de delegación: { $gender }
filter-take-off = Quitar esta condición
filter-reminders = Recordatorios pendientes
filter-reminders-hint = Invitados hace { $days } días o más, sin respuesta: los invitados a quienes recordar
filter-more = Más filtros
filter-reply = Respuesta
filter-sent-at-least = Enviada hace al menos
filter-days = días
filter-head = Jefe de delegación
filter-head-any = Cualquiera
filter-saved-hint = Un clic lo muestra; clic derecho para eliminarlo.
filter-delete = Eliminar este filtro guardado
filter-save = Guardar filtro…
save-filter-title = Guardar filtro
save-filter-text = La búsqueda, los botones y las condiciones se guardan con este nombre en el espacio de trabajo, para todos los que abran el archivo.
save-filter-name = Nombre del filtro
save-filter-needs-name = Dé un nombre al filtro.
save-filter-save = Guardar
save-filter-replace = Reemplazar «{ $name }»

## Copiar y pegar con hojas de cálculo
cmd-copy-rows = Copiar filas
cmd-paste-rows = Pegar delegados
clip-copied = { $count ->
    [one] 1 fila copiada con su encabezado: péguela en una hoja de cálculo
   *[other] { $count } filas copiadas con su encabezado: péguelas en una hoja de cálculo
}
clip-nothing-selected = Nada que copiar: seleccione primero filas en la tabla de invitados o en la vista Personas
clip-pasted = las filas pegadas
clip-pasted-into = las filas pegadas en la delegación: { $name }
clip-error = No se pudo pegar
clip-too-big = El texto pegado supera lo que lee una importación ({ $megabytes } MB).
clip-paste-help = Copie las filas de la hoja de cálculo con su fila de encabezado (given_name, family_name, role, function, gender, email…). Con un solo invitado seleccionado, todas las filas van a su delegación; si no, una columna delegation indica adónde va cada una.

## A search that found delegates
detail-found = Encontrado por la búsqueda: { $names }

## Notices that name what they concern
ms-opening-changed-one = Fecha de apertura ahora { $date }: { $name } es ahora { $category }
status-show-them = Mostrarlos en la tabla
status-concerned = Categoría cambiada

## The detail of an invitee the filter hides
detail-hidden = El filtro oculta este invitado en la tabla.
detail-show-in-table = Mostrarlo en la tabla

## Cartas por correo electrónico, y la bandeja de salida
mail-title = Correo electrónico
mail-settings-note = El remitente, las copias y la dirección de respuesta se guardan en el espacio de trabajo; el servidor de correo es el de este equipo.
mail-from = De
mail-from-hint = Nombre <dirección>
mail-cc = Cc
mail-reply-to = Responder a
mail-cover = Texto de presentación
mail-kind-invitation = Invitación
mail-kind-reminder = Recordatorio
mail-subject = Asunto
mail-body = Texto sobre la carta
mail-placeholders = Campos: {"{"}meeting{"}"} {"{"}reference{"}"} {"{"}date{"}"} {"{"}invitee{"}"} {"{"}salutation{"}"}, cada uno en el idioma de la carta. La carta va adjunta en PDF.
mail-drafts = Guardar como borradores…
mail-drafts-folder = Carpeta de los borradores
mail-send = Enviar…
mail-send-reminders = Enviar recordatorios ({ $count })…
mail-batch = { $count ->
    [one] 1 mensaje, de { $from }
   *[other] { $count } mensajes, de { $from }
}
mail-no-address = Sin dirección de correo: { $count } (sus cartas van por otra vía)
mail-already-sent = Ya enviados ({ $count }): { $names }
mail-held-unknown = Estado desconocido ({ $count }; revise los enviados del servidor): { $names }
mail-outbox = Bandeja de salida ({ $count })
mail-outbox-empty = No se ha preparado ni enviado ningún mensaje para esta reunión.
mail-retry-failed = Reenviar los fallidos ({ $count })…
mail-send-unknown = Reenviar los de estado desconocido ({ $count })…
mail-unknown-help = El envío se interrumpió antes de que respondiera el servidor: puede que el mensaje haya salido. Revise los enviados del servidor antes de reenviarlo.
mail-col-invitee = Invitado
mail-col-kind = Tipo
mail-col-to = Para
mail-col-state = Estado
mail-col-detail = Respuesta del servidor o borrador
mail-state-drafted = Borrador { $at }
mail-state-sent = Enviado { $at }
mail-state-failed = Fallido { $at }
mail-state-unknown = Desconocido desde { $at }
mail-error-title = No se pudieron enviar los mensajes
mail-error-no-sender = Falta la dirección del remitente: rellene De en la vista Cartas.
mail-error-address = La dirección { $address } ({ $what }) no es una dirección de correo: { $reason }
mail-error-write = No se pudo escribir el borrador: { $error }
mail-error-journal = No se pudo llevar el registro de envío: { $error }
mail-error-message = No se pudo componer el mensaje: { $error }
mail-error-unsaved = Guarde primero el espacio de trabajo en un archivo: el registro de envío que impide enviar dos veces se guarda a su lado.
mail-error-server = No se pudo preparar la conexión con el servidor de correo: { $error }
mail-drafting = Guardando { $count } borradores…
mail-sending = Enviando { $count } mensajes…
mail-stopping = Deteniendo tras el mensaje que se está enviando…
mail-drafted = { $count ->
    [one] Se guardó 1 borrador.
   *[other] Se guardaron { $count } borradores.
}
mail-sent = { $count ->
    [one] Se envió 1 mensaje.
   *[other] Se enviaron { $count } mensajes.
}
mail-sent-failed = Enviados: { $count }; fallidos: { $failed } ({ $names }). La bandeja de salida de la vista Cartas indica el motivo.
mail-recovered = Se interrumpió un envío de correos: se recuperaron { $count } registros, { $unknown } de estado desconocido. Véase la bandeja de salida en la vista Cartas.
send-title = Enviar por correo electrónico
send-title-reminders = Enviar recordatorios por correo electrónico
send-unknown-again = Reenviar a aquellos cuyo mensaje tiene estado desconocido
send-host = Servidor de correo
send-security = Protección
send-starttls = STARTTLS (puerto 587)
send-tls = TLS (puerto 465)
send-plain = Ninguna (un relé de esta red)
send-port = Puerto
send-user = Usuario
send-password = Contraseña
send-password-note = La contraseña solo se conserva mientras la aplicación está abierta, nunca en un archivo.
send-bad-port = Escriba el puerto como un número.
send-button = { $count ->
    [one] Enviar 1 mensaje
   *[other] Enviar { $count } mensajes
}
mail-message-id = Message-ID: <{ $id }>
mail-on-invitation = Correo ({ $kind }): { $state }, a { $to }

## Letters as e-mail, and the outbox
mail-field-addressee = destinatario
mail-field-subject = asunto
mail-field-sender = remitente
mail-error-header = No se puede escribir el mensaje a { $invitee }: su { $field } contiene { $fault } ({ $char }). Corríjalo y vuelva a enviar.
mail-unwritable = No se pueden escribir ({ $count }), quedan fuera:
reason-bad-email-list = No es una dirección de correo electrónico (nombre@example.org; varias se separan con «;»)

## Dates and numbers of documents
adv-list-participants = lista de participantes
adv-list-addendum = adición a la lista de participantes
adv-after-closing = El documento «{ $list }» lleva fecha de { $date }, posterior a la clausura de la reunión el { $closing }: féchelo el { $closing }, día de la clausura, o el día en que se publicó.
adv-after-opening = Las cartas llevan fecha de { $date }, posterior a la apertura de la reunión el { $opening }: féchelas el día en que se enviaron, antes del { $opening }.
adv-after-opening-sent = Las cartas llevan fecha de { $date }, posterior a la apertura de la reunión el { $opening }: féchelas el { $sent }, día en que se enviaron las invitaciones.
adv-no-number = No se ha indicado ni registrado un número para «{ $list }» de la { $meeting }: su signatura sería solo { $symbol }.
xfer-use-date = Usar { $date }

## The letterhead
head-error-read = No se pudo leer el membrete: { $error }
head-error-not-image = El membrete no es una imagen SVG, PNG o JPEG, ni un PDF.
head-error-pages = El PDF del membrete tiene { $pages } páginas; un membrete es una página.
head-error-pdf = No se pudo leer el PDF del membrete (puede estar dañado o protegido con contraseña).
head-error-image = La imagen del membrete no se puede dibujar: { $error }
head-error-damaged = El membrete guardado en el espacio de trabajo está dañado; vuelva a definirlo en la vista Cartas.
let-issue-no-letterhead = Sin membrete: las cartas empiezan en la referencia. Defina el membrete de la oficina en la vista Cartas (o con la orden letterhead).
let-issue-letterhead = El membrete guardado en el espacio de trabajo no se puede dibujar ({ $error }): vuelva a definirlo en la vista Cartas.
head-title = Membrete
head-none = Ninguno: las cartas empiezan en la referencia
head-choose = Elegir…
head-choose-title = El membrete de la oficina
head-filter = Imagen (SVG, PNG, JPEG) o PDF de una página
head-remove = Quitar
head-summary-with = Cada una empieza con el membrete.
head-summary-without = Sin membrete: cada una empieza en la referencia.

## Jobs bound to their workspace
job-busy = Espere a que termine: { $what }. Su resultado entra en este espacio de trabajo.
xfer-reading-kind = Leyendo el archivo: { $what }…
edit-error-no-meeting = La reunión { $meeting } ya no está en el espacio de trabajo.
edit-error-meeting-exists = El espacio de trabajo ya tiene una reunión { $meeting }.

## Merge
merge-absent = (no existe)
merge-yes = Sí
merge-no = No
merge-invitee = invitado
merge-record-workspace = El espacio de trabajo
merge-changed = { $record }: { $field } { $from } → { $to }
merge-person-added = { $invitee }: delegación + { $name }
merge-person-removed = { $invitee }: delegación − { $name }
merge-invitee-added = { $invitee }: añadido a { $meeting }
merge-invitee-removed = { $invitee }: retirado de { $meeting }
merge-record-added = { $record }: añadido
merge-record-removed = { $record }: eliminado
field-record = El registro completo
field-name = Nombre
field-mail-from = Remitente de los correos
field-mail-cc = Copia de los correos a
field-mail-reply-to = Dirección de respuesta
field-mail-cover = Texto de los correos
field-default-channel = Medio de envío por defecto
field-letter-template = Plantilla de carta
field-saved-filter = Filtro guardado
field-import-mapping = Significado de las columnas de un formulario de inscripción
field-first-seat = Primer asiento
field-designation = Designación
merge-conflicts = { $count ->
        [one] Un cambio guardado entretanto por un colega contradice el suyo
       *[other] { $count } cambios guardados entretanto por un colega contradicen los suyos
    }; todavía no se ha guardado nada. Elija qué valor conservar en cada caso.
merge-taken = { $count ->
        [one] Se incorporó un cambio de un colega
       *[other] Se incorporaron { $count } cambios de un colega
    }: { $changes }
safe-busy-elsewhere = { $holder } está guardando este espacio de trabajo o enviando correos desde él; vuelva a intentarlo en un momento. Su trabajo se conserva aquí.
safe-unreadable = El archivo del disco ya no es un espacio de trabajo que la aplicación pueda leer, por lo que sus cambios no pudieron incorporarse; no se guardó nada. «Guardar como…» conserva su trabajo en otro archivo.
mail-error-caught-up = Se acaban de incorporar los cambios de un colega ({ $count }); revise de nuevo el envío y luego envíe. Se excluyen los mensajes que un colega envió entretanto.
safe-merge-now = Combinar sus cambios ahora
safe-merge-now-hint = Los cambios del colega se unen a los suyos, en un paso que se puede deshacer; donde ambos cambiaron un mismo valor, usted elige
safe-later = Más tarde
safe-later-hint = Al guardar, los cambios del colega se combinarán igualmente con los suyos
merge-title = Sus cambios y los de un colega
merge-text = Un colega guardó este espacio de trabajo desde que usted lo abrió. Sus demás cambios y los suyos se conservan; { $count ->
        [one] en la línea siguiente ambos cambiaron el mismo valor: elija cuál conservar.
       *[other] en las { $count } líneas siguientes ambos cambiaron el mismo valor: elija cuál conservar en cada una.
    } No se guarda nada hasta que se decida cada línea.
merge-col-record = Registro
merge-col-field = Campo
merge-col-mine = Su valor
merge-col-theirs = El del colega
merge-keep-mine-hint = Conservar el valor que usted introdujo
merge-take-theirs-hint = Tomar el valor que guardó su colega
merge-all-mine = Conservar todos los míos
merge-all-theirs = Tomar todos los del colega
merge-undecided = { $count ->
        [one] Falta decidir una línea.
       *[other] Faltan por decidir { $count } líneas.
    }
merge-save = Guardar
merge-take-in = Combinar
merge-cancel-hint = No se guarda ni se combina nada; sus cambios permanecen aquí, sin guardar
merge-conflict-line = { $record }: { $field }: { $mine } de este lado, { $theirs } del otro
field-protocol-order = Orden protocolario de la delegación

## Organisations in every language
let-issue-no-org-name = { $name } no tiene nombre en «{ $lang }»: indíquelo en «Nombres en los idiomas de las Naciones Unidas» en su panel de detalle.
let-issue-no-org-running = { $name }: la carta en «{ $lang }» necesita su nombre con el artículo (como «la Unión Europea»), que los datos de referencia no dan. Indíquelo en «Nombres en los idiomas de las Naciones Unidas» en su panel de detalle.
let-issue-no-org-name-group = { $count } organizaciones no tienen nombre en el idioma de las cartas: las cartas no pueden escribirse hasta que se indique cada uno
let-issue-no-org-running-group = { $count } organizaciones necesitan su nombre con el artículo: las cartas no pueden escribirse hasta que se indique cada uno
detail-org-names = Nombres en los idiomas de las Naciones Unidas
detail-org-names-note = Las pantallas, listas y cartas de cada idioma usan estos nombres. Las cartas en francés y español necesitan el nombre con su artículo.
detail-org-running = Con el artículo
detail-org-from-data = Según los datos de las Naciones Unidas: { $name }
detail-org-not-in-data = No figura en los datos de las Naciones Unidas: indíquelo aquí.

## Imports from any source
list-or = o
imp-kind-pdf = Este archivo es un PDF, que una importación no lee: exporte las inscripciones como hoja de cálculo (CSV o XLSX), o la tabla de la nota como documento de Word (.docx).
imp-kind-doc = Este archivo es un documento de Word 97-2003 (.doc), que una importación no lee: ábralo en Word o LibreOffice y guárdelo como documento de Word (.docx).
imp-kind-office = Este archivo de Office 97-2003 no es un libro ni un documento de Word: guárdelo como XLSX o .docx.
imp-kind-odt = Este archivo es un texto OpenDocument (.odt): guárdelo como documento de Word (.docx), o su tabla como hoja de cálculo.
imp-kind-presentation = Este archivo es una presentación, no una tabla de inscripciones.
imp-kind-rtf = Este archivo es un documento RTF: guárdelo como documento de Word (.docx).
imp-kind-image = Este archivo es una imagen, no una tabla de inscripciones.
imp-kind-zip = Este archivo es un ZIP que no contiene ningún libro ni documento de Word.
imp-kind-html = Este archivo es una página web (HTML), sea cual sea su nombre: ábralo en una hoja de cálculo y guárdelo como XLSX o CSV.
imp-kind-binary = Este archivo no es texto, ni un libro o documento de Word que la importación lea.
imp-no-table = El documento de Word no tiene una tabla de la delegación ({ $tables ->
        [0] no tiene ninguna tabla
        [one] su única tabla no tiene una columna de nombres
       *[other] ninguna de sus { $tables } tablas tiene una columna de nombres
    }). Ponga la delegación en una tabla cuya primera fila nombre sus columnas (Nombre, Cargo…), o impórtela como hoja de cálculo.
imp-merged-header = La fila de encabezado (fila { $row }) tiene celdas combinadas de la columna { $from } a la columna { $to } («{ $text }»): cada columna necesita su propio encabezado. Separe las celdas en la hoja de cálculo, o guárdela como CSV.
imp-unknown-delegation = «{ $name }» no designa un único invitado de la reunión: indique su código ISO o su nombre en las Naciones Unidas.
imp-not-a-form = No es un formulario de inscripción escrito por MSP Invitations (no lleva código de formulario).
imp-folder = No se puede leer la carpeta: { $error }
imp-form-other-meeting = Este formulario de inscripción se envió para la reunión { $form }, no para { $this }: no se importa en esta.
imp-form-not-invitee = Este formulario de inscripción se envió a { $code }, que no es invitado de la reunión.
imp-ambiguous-invitee = puede designar { $names }: escriba el que corresponde (su código ISO o su nombre en las Naciones Unidas)
imp-unknown-invitee-like = ningún Estado ni organización de la reunión tiene este nombre; los más cercanos: { $names }
imp-left-out-state = excluida: su inscripción está «{ $state }»
imp-unknown-state = un estado de inscripción que la importación no conoce; la fila se importa
imp-replaced-by = excluida: la misma persona se inscribe de nuevo en la fila { $row }, que se importa
imp-split-uncertain = el nombre se dividió en nombre «{ $given }» y apellido «{ $family }», pero nada marcaba el apellido (en mayúsculas o antes de una coma): confirme la fila si es correcto
imp-bad-yes-no = ni sí ni no (Yes/No, Oui/Non, Sí/No, Да/Нет)
imp-add-role-from-function = { $name }: añadir a { $person } ({ $role }, según el cargo)
imp-delegation-given = Todas las filas van a { $name }, como se pidió.
imp-delegation-form = Todas las filas van a { $name }: el formulario de inscripción enviado con la referencia { $reference }.
imp-delegation-sender = Todas las filas van a { $name }: el remitente de la nota («{ $sender }»).
imp-columns = Columnas del archivo
imp-columns-help = Cómo se lee cada columna; elija otro significado donde sea erróneo. La elección se guarda en el espacio de trabajo para los archivos con las mismas columnas.
imp-col-header = Columna
imp-col-read-as = Leída como
imp-col-how = Cómo
imp-col-first = Primer valor
imp-read-recognised = por su encabezado
imp-read-chosen = elegida
imp-read-remembered = como se eligió antes
imp-read-form-tool = propia de la herramienta de formularios
imp-read-unrecognised = no se necesita
imp-read-duplicate = otra columna se lee así
imp-encoding = Codificación
imp-row = fila { $row }
imp-row-of-file = fila { $row } de { $file }
imp-confirm-row = Confirmar la { $row }
imp-leave-out = Excluir la { $row }
imp-left-out = Excluidas por el archivo
xfer-forms-button = Formularios devueltos…
xfer-forms-folder = Carpeta de formularios de inscripción devueltos
meaning-delegation = Delegación
meaning-role = Función en la delegación
meaning-head = Jefe de delegación (sí/no)
meaning-honorific = Tratamiento
meaning-given-name = Nombre(s)
meaning-family-name = Apellido(s)
meaning-full-name = Nombre completo
meaning-function = Cargo
meaning-gender = Sexo
meaning-email = Correo electrónico
meaning-phone = Teléfono
meaning-given-name-latin = Nombre en las listas
meaning-family-name-latin = Apellido en las listas
meaning-registration-state = Estado de la inscripción
meaning-ignored = No se importa
form-sheet = Delegación
form-title = { $meeting }: formulario de inscripción
form-delegation-of = Delegación { $of_invitee }
form-reference = Referencia: { $reference }
form-instructions-1 = Indique los miembros de su delegación, una persona por fila, el jefe de la delegación en primer lugar. Las filas ya completadas son la delegación tal como la registró la secretaría: corríjalas si es necesario.
form-instructions-2 = Elija la función, el tratamiento y el sexo en las listas. Escriba los apellidos tal como deben figurar en la lista de participantes.
form-instructions-3 = Guarde el libro tal como está, sin cambiar su disposición, y devuélvalo por correo electrónico a la secretaría.
form-col-role = Rol
form-col-honorific = Tratamiento
form-col-given-name = Nombre(s)
form-col-family-name = Apellido(s)
form-col-function = Cargo
form-col-gender = Sexo
form-col-email = Correo electrónico
form-col-phone = Teléfono
send-with-form = Adjuntar un formulario de inscripción a cada carta
send-with-form-hint = Un libro XLSX en el idioma de la carta con la delegación tal como está registrada, para que el invitado lo complete y lo devuelva; se importa en su propia delegación (Archivo › Importar… › Formularios devueltos).
let-forms = Formularios de inscripción…
let-forms-hint = Un formulario XLSX por invitado, en el idioma de su carta, para que la delegación lo complete y lo devuelva
let-forms-folder = Carpeta de los formularios de inscripción
let-wrote-forms = Se escribieron { $count } formularios de inscripción en { $path }

# The regions of the window, as a screen reader names them.
region-menus = Menús
region-toolbar = Barra de herramientas
region-status = Barra de estado
region-detail = Invitado seleccionado

# The command line's own failures (the app has no such field or flag).
cli-create-folder = No se pudo crear la carpeta: { $error }
cli-closing-before-opening = La fecha de clausura { $closing } es anterior a la fecha de apertura { $opening }.
cli-nothing-to-start-from = { $path } no tiene ninguna reunión de la que partir.
cli-exists = { $path } ya existe; use --force para sobrescribirlo.
cli-no-meetings = El espacio de trabajo no tiene ninguna reunión: { $path }
cli-unknown-meeting = No hay ninguna reunión "{ $name }" en { $path } (tiene { $known }).
cli-no-format = Indique el formato con --format, o termine { $path } en .pdf, .html, .csv o .xlsx.
cli-nothing-to-import = Indique --delegates ARCHIVO, --replies ARCHIVO, --addresses ARCHIVO o --attendance ARCHIVO.
cli-letters-blocked = No se escribió nada: las cartas no pueden escribirse tal como están:
cli-bad-server = El servidor de correo "{ $server }" no tiene la forma HOST:PUERTO.
cli-password = Contraseña del servidor de correo: { $error } (defina MSP_SMTP_PASSWORD)
cli-send-failed = { $count ->
    [one] El mensaje a 1 destinatario falló: { $failed }
   *[other] Los mensajes a { $count } destinatarios fallaron: { $failed }
}
cli-names-unknown = Ningún Estado ni organización de la reunión se llama "{ $name }".
cli-names-state = El nombre de un Estado proviene de los datos de las Naciones Unidas; indique con --running cómo lo escriben las cartas en una oración.
cli-names-not-one-line = El { $what ->
    [running] nombre en una oración
   *[name] nombre
} dado para { $invitee } no cabe en una línea: { $fault }
cli-names-too-long = El { $what ->
    [running] nombre en una oración
   *[name] nombre
} dado para { $invitee } tiene { $chars } caracteres; un nombre tiene como máximo { $limit }.
cli-mapping-read = No se pudo leer la correspondencia: { $error }
cli-mapping-line = La correspondencia tiene en la línea { $line } "{ $text }", que no tiene la forma ENCABEZADO=SENTIDO con un sentido entre { $meanings }.
cli-hint-since = Indíquelo con --since ANTERIOR.ron (el espacio de trabajo anterior) o --since LISTA.csv (la lista publicada).
cli-hint-first-seat = Indíquelo con --first-seat ISO3 (el Estado sorteado).
cli-nobody-found = Nadie de la reunión corresponde a "{ $query }": indique palabras del nombre, de la delegación o de la dirección de correo electrónico, o el identificador de la persona.
cli-several-found = { $count } personas corresponden a "{ $query }": precise el nombre, o indique el identificador de la persona buscada:

# The registration desk (issue #29).
view-desk = Mostrador de inscripción
desk-title = { $meeting } · Mostrador de inscripción · { $day }
desk-search = Buscar una persona
desk-search-hint = Nombre, delegación, correo o identificador; Intro abre, Intro otra vez registra la llegada
desk-found = { $count ->
    [one] 1 encontrada
   *[other] { $count } encontradas
}
desk-arrived-at = · llegó a las { $time }
desk-not-invited = La delegación no fue invitada a la reunión.
desk-no-observer-status = La organización no tiene la condición de observador (artículo 1.4) para la reunión.
desk-no-credentials = No se han recibido las credenciales de la delegación.
desk-credentials-in = Credenciales: { $kind }
desk-received-on = recibidas el { $day }
desk-credentials-missing = Credenciales: no recibidas
desk-arrived-today = Llegó hoy a las { $time }
desk-undo-arrival = Anular la llegada
desk-record-arrival = Registrar la llegada (Intro)
desk-credentials-kind = Credenciales entregadas
desk-credentials-issuer = Expedidas por
desk-credentials-handed = Registrar las credenciales
desk-correct = Corregir el nombre o el cargo
desk-given-name = Nombre
desk-family-name = Apellido
desk-function = Cargo
desk-save-correction = Guardar la corrección
desk-walk-in = Inscribir a alguien en el lugar
desk-delegation = Delegación
desk-honorific = Tratamiento
desk-role = Función
desk-register = Inscribir
dash-attendance = Presentes en la reunión, por día
dash-present = { $people ->
    [one] 1 persona
   *[other] { $people } personas
}, { $delegations ->
    [one] 1 delegación
   *[other] { $delegations } delegaciones
}
dash-present-category = { $category }: { $people } ({ $delegations })

# Check-ins from a badge system (issue #29).
import-attendance = Llegadas
xfer-import-attendance-help = Llegadas (exportación de un sistema de acreditación): el identificador, el correo o el nombre de la persona, y la fecha con la hora (o una columna de hora).
xfer-attendance-button = Llegadas…
imp-columns-attendance = Las columnas no son las de una exportación de llegadas: falta { $missing }. Encontradas: { $found }.
att-arrival = { $person } ({ $name }): llegó el { $day } a las { $time }
att-nobody = Nadie de la reunión corresponde a "{ $query }".
att-several = Más de una persona de la reunión corresponde a "{ $query }": indique el identificador o el correo.
att-no-day = Falta el día de llegada: escríbalo AAAA-MM-DD (con la hora, AAAA-MM-DD HH:MM).
att-bad-time = "{ $time }" no es una hora: escríbala HH:MM.
desk-not-a-meeting-day = Hoy no es un día de la Reunión ({ $dates }): las llegadas se registran con fecha { $day }.
desk-nobody-registered = Aún no hay nadie inscrito en la Reunión: los delegados llegan desde la vista Invitados o un archivo de delegados (Archivo › Importar), o se inscriben aquí en el momento.
desk-today-count = { $count ->
    [one] 1 persona llegó hoy
   *[other] { $count } personas llegaron hoy
}
desk-other-days = Llegó también: { $days }
