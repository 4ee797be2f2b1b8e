# MSP Invitations: русский.

app-name = MSP Invitations
date-long = %-d %B %Y г.

## Menus
menu-file = Файл
menu-edit = Правка
menu-meeting = Совещание
menu-view = Вид
menu-help = Справка
menu-open-recent = Недавние файлы
menu-no-recent = Нет недавних файлов
menu-language = Язык
menu-or = { $first } или { $second }

## Commands
cmd-new = Создать
cmd-open = Открыть…
cmd-save = Сохранить
cmd-save-as = Сохранить как…
cmd-export = Экспорт…
cmd-import = Импорт…
cmd-quit = Выход
cmd-undo = Отменить
cmd-redo = Повторить
cmd-find = Найти
cmd-select-all = Выделить всё
cmd-detail-panel = Панель сведений
cmd-dark-theme = Тёмная тема
cmd-zoom-in = Увеличить
cmd-zoom-out = Уменьшить
cmd-zoom-reset = Исходный размер
cmd-add-organisation = Добавить организацию…
cmd-restore-backup = Восстановить резервную копию…
cmd-next-meeting = Новое совещание на основе этого…
cmd-about = О программе MSP Invitations
file-filter-workspace = Рабочая область MSP
file-dialog-open = Открыть рабочую область
file-dialog-save = Сохранить рабочую область
cmd-nothing-to-undo = Нечего отменять
cmd-nothing-to-redo = Нечего возвращать

## Views
view-invitees = Приглашённые
view-dashboard = Сводка
view-observer-status = Статус наблюдателя
view-credentials = Полномочия
view-letters = Письма
view-seating = Рассадка
view-meeting-settings = Параметры совещания

## Toolbar
toolbar-no-meeting = Нет совещания
toolbar-meeting-shown = Показанное совещание
toolbar-search = Поиск
toolbar-search-hint = Названия, прежние названия, аббревиатуры, коды, делегаты (Ctrl+F)
toolbar-clear-search = Очистить поиск
toolbar-clear-filters = Сбросить фильтры
toolbar-show-only = Показать только: { $what }
toolbar-show-only-status = Показать только приглашённых со статусом приглашения: { $status }
toolbar-show-everyone = Снова показать всех

## Status bar
status-not-saved-yet = Ещё не сохранено в файл
status-unsaved = • Несохранённые изменения
status-saved = Сохранено
status-no-changes = Нет изменений
status-showing = Показано { $shown } из { $total }
status-selected = · выбрано: { $count }
status-no-problems = Нет проблем
status-problems = { $count ->
    [one] { $count } проблема
    [few] { $count } проблемы
    [many] { $count } проблем
   *[other] { $count } проблемы
}

## Invitee table
col-name = Название
col-category = Категория
col-invitation = Приглашение
col-sent = Отправлено
col-reply = Ответ
col-people = Человек
col-head = Глава делегации
col-credentials = Полномочия
col-observer = Статус наблюдателя
table-sort-by = Сортировать: { $column }
table-standing-observer = Постоянный наблюдатель
table-not-requested = Не запрошен
table-unknown = Неизвестно
table-no-meeting = В этой рабочей области ещё нет совещания. Создайте его: Файл › Создать.
table-no-invitees = У этого совещания ещё нет приглашённых. Добавьте организацию: Файл › Добавить организацию….
table-no-match = Никто не соответствует запросу «{ $query }» и выбранным фильтрам.
table-no-match-filters = Никто не соответствует выбранным фильтрам.
table-clear = Сбросить поиск и фильтры

## Categories
category-state-party = Государство-участник
category-not-yet-in-force = Ещё не вступила в силу
category-observer-signatory = Государство-наблюдатель, подписавшее
category-observer-not-party = Государство-наблюдатель, не участник
category-united-nations = Организация Объединённых Наций
category-intergovernmental = Международная или региональная организация
category-red-cross = МККК, МФОКК и другие структуры
category-ngo = Неправительственная организация
chip-state-party = Государства-участники
chip-not-yet-in-force = Ещё не в силе
chip-observer-signatory = Подписавшие
chip-observer-not-party = Не участники
chip-united-nations = ООН
chip-intergovernmental = Межправительственные
chip-red-cross = МККК, МФОКК и др.
chip-ngo = НПО
column-state-party = Участник
column-not-yet-in-force = Ещё не в силе
column-observer-signatory = Наблюдатель, подписал
column-observer-not-party = Наблюдатель, не участник
column-united-nations = ООН
column-intergovernmental = Межправительственная
column-red-cross = МККК, МФОКК и др.
column-ngo = НПО

## Treaty status
treaty-state-party = Государство-участник
treaty-not-yet-in-force = Ещё не вступила в силу
treaty-signatory = Подписавшее
treaty-not-party = Не участник
treaty-withdrawn = Вышло
treaty-on = { $code } · { $status } на { $date }

## Invitations
status-not-invited = Не приглашён
status-invited = Приглашён
status-withdrawn = Отозвано
reply-no-reply = Нет ответа
reply-accepted = Принято
reply-declined = Отклонено
channel-email = Эл. почта
channel-by-hand = Нарочным
channel-post = Почтой
channel-fax = Факс
channel-none = —

## Delegations
role-head = Глава делегации
role-alternate = Заместитель главы
role-representative = Представитель
role-adviser = Советник
role-expert = Эксперт
gender-female = Женщина
gender-male = Мужчина
gender-other = Другое
gender-unknown = Не указано
credential-original = Подлинник
credential-copy = Копия
credential-note-verbale = Вербальная нота
credential-not-received = Не получены
issuer-head-of-state = Глава государства или правительства
issuer-minister = Министр иностранных дел
issuer-other = Другое
issuer-none = —

## Observer status (Rule 1.4)
step-requested = Запрошен
step-recommended = Рекомендован Координационным комитетом
step-provisionally-invited = Приглашён предварительно
step-approved = Утверждён совещанием
step-rejected = Отклонён совещанием
decision-pending = Ожидается
decision-approved = Утверждён
decision-rejected = Отклонён

## Organisation kinds
org-united-nations = Организация Объединённых Наций
org-intergovernmental = Другая международная или региональная организация
org-red-cross = МККК, МФОКК и другие структуры
org-ngo = Неправительственная организация

## Detail panel
detail-none-title = Никто не выбран
detail-none-1 = Выберите приглашённого в таблице, чтобы записать приглашение, делегацию и полномочия.
detail-none-2 = Shift+щелчок или Ctrl+щелчок — выбрать несколько и действовать сразу для всех.
detail-gone = Этот приглашённый больше не относится к совещанию.
detail-invitation = Приглашение
detail-status = Статус
detail-sent-on = Дата отправки
detail-sent-required = Обязательно для приглашённых
detail-channel = Способ отправки
detail-reference = Исходящий номер
detail-reminders = Напоминания
detail-none = Нет
detail-remove-reminder = Удалить это напоминание
detail-add-reminder = Добавить напоминание
detail-before-sent = Раньше отправки приглашения
detail-reply = Ответ
detail-reply-on = Дата ответа
detail-notes = Заметки
detail-delegation = Делегация ({ $count })
detail-now = { $then }, ныне { $now }
detail-no-head = Нет главы делегации
detail-heads = Глав делегации: { $count }; допускается только один
detail-nobody = Пока никто не зарегистрирован.
detail-no-name = (ещё без имени)
detail-move-up = Выше
detail-move-down = Ниже
detail-remove = Удалить
detail-remove-hint = Удалить этого человека из делегации
detail-role = Роль
detail-honorific = Обращение
detail-given-name = Имя
detail-family-name = Фамилия
detail-function = Должность
detail-gender = Пол
detail-phone = Телефон
detail-required = Обязательно
reason-bad-email = Это не адрес эл. почты (name@example.org)
detail-accessible = Нужно доступное место
detail-accessible-hint = По плану рассадки делегация получит место у прохода
detail-add-member = Добавить участника
detail-add-member-hint = Добавить человека в делегацию
detail-credentials = Полномочия
detail-received = Получены
detail-issued-by = Кем выданы
detail-received-on = Дата получения
detail-observer = Статус наблюдателя (правило 1.4)
detail-step = Этап: { $step }
detail-requested-on = Дата запроса
detail-recommended-on = Рекомендован Координационным комитетом
detail-provisionally-on = Приглашён предварительно
detail-decision = Решение совещания
detail-decided-on = Дата решения
detail-decision-day = У решения должна быть дата
detail-organisation = Организация
detail-org-name = Название
detail-acronym = Аббревиатура
detail-kind = Вид
detail-remove-org = Удалить организацию
detail-remove-org-hint = Удалить из рабочей области и всех совещаний (Ctrl+Z вернёт)
detail-removed-org = Организация { $id } удалена
date-hint = ГГГГ-ММ-ДД
date-invalid = Это не дата: укажите в формате ГГГГ-ММ-ДД существующий день
detail-latin-given-name = Имя в списках (латиницей)
detail-latin-family-name = Фамилия в списках (латиницей)
detail-latin-needed = Не латиницей: в списках на английском, французском и испанском языках печатается написание для списков
detail-not-latin = Латиницей, как в списке

## Several invitees at once
bulk-selected = { $count ->
    [one] Выбран { $count } приглашённый
    [few] Выбрано { $count } приглашённых
    [many] Выбрано { $count } приглашённых
   *[other] Выбрано { $count } приглашённых
}
bulk-note = Действия здесь применяются ко всем сразу, одним шагом, который отменяет Ctrl+Z.
bulk-mark-invited = Отметить как приглашённых
bulk-mark-button = Отметить приглашёнными ({ $count })
bulk-need-day = Укажите день отправки приглашений
bulk-marked = Отмечено приглашёнными: { $count }, дата { $date }
bulk-record-reminder = Записать напоминание
bulk-reminder-on = Дата напоминания
bulk-reminder-button = Записать напоминание ({ $count })
bulk-recorded = Напоминание от { $date } записано для { $count }
bulk-set-reply = Указать ответ
bulk-choose = Выбрать…
bulk-reply-button = Указать ответ ({ $count })
bulk-replied = Ответ записан для { $count }: { $reply }

## Dialogs
dialog-save-changes = Сохранить изменения?
dialog-unsaved = В «{ $name }» есть несохранённые изменения. Сохранить их, прежде чем { $action }?
dialog-unsaved-new = начать новую рабочую область
dialog-unsaved-open = открыть другую рабочую область
dialog-unsaved-quit = выйти
dialog-save = Сохранить
dialog-discard = Не сохранять
dialog-cancel = Отмена
dialog-ok = ОК
dialog-close = Закрыть
about-version = Версия { $version }
about-text = Приглашения, делегации, полномочия и статус наблюдателей для совещаний государств — участников Конвенции о запрещении противопехотных мин.
about-data = Справочные данные
about-sources = { $states } государств с датами по Конвенции и { $organisations } постоянных организаций-наблюдателей, встроенных из assets/data. Источники:
error-open = Не удалось открыть рабочую область
error-save = Не удалось сохранить рабочую область
error-edit = Не удалось внести изменение
notice-saved = Сохранено в { $path }
notice-opened = Открыт файл { $path }
open-stopped = Чтение файла прервалось; рабочее пространство не открыто.
open-reading = Открывается { $file } ({ $size })…
open-wait = Подождите, пока рабочее пространство откроется: { $file }.

## Plural forms, checked by the tests in every language
plural-delegations = { $count ->
    [one] { $count } делегация
    [few] { $count } делегации
    [many] { $count } делегаций
   *[other] { $count } делегации
}

## More dialogs
dialog-file = Файл: { $path }
dialog-recover-title = Найдена несохранённая работа
dialog-recover-text = В прошлый раз MSP Invitations закрылась некорректно. Эта работа была сохранена отдельно:
dialog-restore = Восстановить
dialog-discard-file = Удалить
dialog-decide-later = Решить позже
dialog-decide-later-hint = Сохранить файлы; вопрос повторится при следующем запуске
dialog-backups-title = Восстановить резервную копию
dialog-backups-none = Резервных копий пока нет: копия сохраняется каждый раз, когда рабочая область записывается поверх прежней версии.
dialog-open = Открыть
dialog-open-copy-hint = Открывается как несохранённая копия
next-title = Новое совещание на основе этого
next-text = Те же приглашённые и организации; приглашения, ответы и запросы по правилу 1.4 начинаются заново; категории определяются датами по Конвенции на новый день открытия.
next-number = Номер
next-opening = Открытие
next-closing = Закрытие
next-venue = Место
next-bad-number = Номер — целое число, например 14.
next-bad-dates = Укажите дни открытия и закрытия в формате ГГГГ-ММ-ДД.
next-closes-before = Совещание закрывается раньше, чем открывается.
next-copy = Скопировать делегации как основу
next-create = Создать
next-created = Создано: { $name }
org-title = Добавить организацию
org-text = Организация, не являющаяся постоянным наблюдателем, участвует по запросу согласно правилу 1.4.
org-name = Название организации
org-id = Идентификатор
org-need-name = Укажите название организации.
org-need-id = Укажите идентификатор.
org-id-taken = Идентификатор «{ $id }» уже занят; выберите другой.
org-add = Добавить
org-added = Добавлено: { $name }

## Dashboard, registers, seating, meeting settings
dash-at-a-glance = { $meeting }: сводка
dash-people = { $count ->
    [one] { $count } человек
    [few] { $count } человека
    [many] { $count } человек
   *[other] { $count } человека
}
dash-women = Женщин: { $count } из { $stated } с указанным полом ({ $percent })
dash-women-heads = Женщин во главе делегаций: { $count } из { $heads } с указанным полом ({ $percent })
dash-not-stated = Пол не указан: { $count }
dash-filter-not-stated = Делегации, где у кого-то не указан пол
dash-unanswered = Без ответа: { $count }
dash-show-these = Показать их в таблице
dash-filter-delegations = Делегации
dash-filter-women = Делегации с женщинами
dash-filter-women-heads = Делегации во главе с женщиной
dash-filter-unanswered = Приглашены, без ответа
dash-opening = Открытие
dash-deadline = Срок регистрации
dash-today = { $what }: сегодня
dash-tomorrow = { $what }: завтра
dash-yesterday = { $what }: вчера
dash-in-days = { $what }: через { $days } дн.
dash-days-ago = { $what }: { $days } дн. назад
dash-bars = Приглашённые по категориям и статусу приглашения
dash-replies = Ответы по дням
dash-no-replies = Ответов пока нет.
dash-not-answered = Без ответа ({ $count })
dash-all-answered = Все приглашённые ответили.
dash-held = Совещание состоялось: { $dates }.
dash-in-session = Совещание проходит ({ $dates }): день { $day } из { $days }.
dash-nobody-invited = Ещё никто не приглашён.
dash-no-meeting = В этой рабочей области ещё нет совещания.
bucket-not-invited = Не приглашены
bucket-no-reply = Приглашены, без ответа
bucket-accepted = Приняли
bucket-declined = Отклонили
bucket-withdrawn = Приглашение отозвано
reg-observer-title = Статус наблюдателя по правилу 1.4
reg-observer-text = Организации, не являющиеся постоянными наблюдателями, просят об участии; Координационный комитет рекомендует, Председатель может пригласить предварительно, а совещание утверждает или отклоняет.
reg-step-date = Дата этапа
reg-enter-day = Укажите день
reg-president-doc = Документ Председателя…
reg-no-requests = Ни одна организация не запрашивала статус наблюдателя. Добавьте её: «Добавить организацию…».
reg-organisation = Организация
reg-step = Этап
reg-requested = Запрошен
reg-recommended = Рекомендован
reg-provisionally = Приглашён предварительно
reg-decision = Решение
reg-next = Далее
reg-approved-on = Утверждён { $date }
reg-rejected-on = Отклонён { $date }
reg-date-first = Сначала укажите дату
reg-request-received = Запрос получен
reg-recommend = Рекомендовать
reg-invite-provisionally = Пригласить предварительно
reg-approve = Утвердить
reg-reject = Отклонить
reg-reopen = Вернуть
reg-step-not-now = Не на этом этапе заявки
reg-credentials-title = Полномочия
reg-credentials-count = Делегации зарегистрировали государства-участники: { $registered }; полномочия получены от { $received }, не получены от { $missing }.
reg-received-on = Дата получения
reg-only-missing = Только недостающие
reg-missing-list = Список недостающих полномочий…
reg-no-credentials = Ни одно государство-участник ещё не зарегистрировало делегацию: полномочия записываются после этого.
reg-state = Государство
reg-people = Человек
reg-record = Записать
reg-missing = Нет
reg-received-detail = { $kind }{ $issuer }{ $received }
reg-received-suffix = , получены { $date }
reg-received-hint = { $kind }: получено в указанную выше дату
reg-clear = Очистить
seat-title = План рассадки
seat-none = Ни одно государство ещё не зарегистрировало делегацию: план рассаживает зарегистрированные делегации.
seat-first = Первое место
seat-not-drawn = Жеребьёвки ещё не было
seat-draw = Жребий…
seat-pdf = План в PDF…
seat-csv = План в CSV…
seat-rule = Сначала государства-участники, затем государства-наблюдатели, затем организации, в английском алфавитном порядке начиная с выпавшего по жребию государства. Ряды по { $row }; первое место каждого ряда, у прохода, доступное.
seat-draw-first = Проведите жеребьёвку первого места или выберите государство, чтобы увидеть план.
seat-seat = Место
seat-row = Ряд
seat-delegation = Делегация
seat-accessible = Доступное место
ms-note = Изменения здесь записываются как любые другие: Ctrl+Z отменяет их.
ms-meeting = Совещание
ms-number = Номер
ms-number-hint = Целое число, например 13
ms-full-name = Полное название
ms-short-name = Краткое название
ms-venue = Место
ms-opening = Открытие
ms-closing = Закрытие
ms-needs-opening = У совещания должен быть день открытия
ms-needs-closing = У совещания должен быть день закрытия
ms-before-opening = Раньше открытия
ms-symbol = Префикс условного обозначения документов
ms-deadline = Срок регистрации
ms-after-closing = После закрытия совещания
ms-seats = Мест на делегацию
ms-seats-hint = Целое число или пусто
ms-officers = Должностные лица
ms-president = Председатель
ms-secretary-general = Генеральный секретарь
ms-state-of = Государство: { $office }
ms-vice-presidents = Заместители Председателя
ms-add = Добавить
ms-remove = Удалить
ms-opening-changed = Дата открытия теперь { $date }: категорию сменили { $count }

## Letters, safety, export and import
let-error-write = Не удалось записать письма
let-blocked = Письма нельзя составить в нынешнем виде:
let-error-date = Укажите дату писем в формате ГГГГ-ММ-ДД.
let-none-title = Писем для отправки нет
let-none-text = Не осталось приглашённых этого вида, которым нужно писать.
let-folder-error = Не удалось создать папку: { $error }
let-wrote-marked = Записано писем: { $count } в { $path }; адресаты отмечены приглашёнными
let-wrote = Записано писем: { $count } в { $path }
let-writing = Составление писем: { $count }…
xfer-progress = { $done } из { $total }
let-missing = В папке только { $written } писем из { $total }.
let-cancelled = Отменено; уже записанные письма удалены.
let-bad-first-number = «{ $text }» — не число начиная с 1
let-title = Письма-приглашения
let-to = Письма для
let-count = Приглашённых: { $all }, ещё не приглашены: { $uninvited }
let-note-verbale = Вербальная нота
let-letter = Письмо
let-your-text = (ваш текст)
let-builtin-text = (встроенный текст; измените его под себя)
let-restore = Вернуть встроенный текст
let-template = Шаблон
let-placeholders = Поля: {"{"}to_addressee{"}"} {"{"}invitee{"}"} {"{"}of_invitee{"}"} {"{"}to_invitee{"}"} {"{"}invitee_short{"}"} {"{"}meeting{"}"} {"{"}at_venue{"}"} {"{"}when{"}"} {"{"}mandate{"}"} {"{"}by_deadline{"}"} {"{"}salutation{"}"} {"{"}signatory{"}"} {"{"}reference{"}"} {"{"}date{"}"}, а также из прежних версий {"{"}venue{"}"} {"{"}dates{"}"} {"{"}deadline{"}"}. Каждое пишется на языке письма (названия — в именительном падеже). Пустая строка начинает новый абзац.
let-date = Дата писем
let-prefix = Префикс исходящих номеров
let-first-number = Первый номер
let-only-uninvited = Только ещё не приглашённые
let-per-invitee = Отдельный PDF для каждого (в папке), а не один PDF
let-mark = Отметить их приглашёнными на эту дату, с исходящими номерами
let-generate = Создать писем: { $count }…
let-folder = Папка для писем
let-save = Сохранить письма
let-mail-merge = CSV для рассылки…
let-preview = Предпросмотр первого письма
let-ref = Исх.: { $reference }
template-states-parties = Государства-участники
template-observer-states = Государства-наблюдатели
template-organizations = ООН и другие организации
template-rule-14 = Организации по правилу 1.4
safe-restored = Несохранённая работа восстановлена; сохраните её
safe-backup-opened = Резервная копия открыта как несохранённая; сохраните её под именем
safe-backup-error = Не удалось открыть резервную копию
safe-changed = Сохранено коллегой
safe-changed-text = Коллега сохранил это рабочее пространство после того, как вы его открыли. Ваши несохраненные изменения и его изменения можно объединить.
import-delegates = Делегаты
import-replies = Ответы на приглашения
xfer-error-export = Не удалось экспортировать
xfer-exporting = Экспорт: { $list }…
xfer-bad-date = Дата { $date }: { $reason }.
xfer-need-date = Укажите дату, которая будет напечатана на документе.
xfer-need-earlier = Добавление сравнивается с прежним файлом: сначала выберите его.
xfer-read-error = Не удалось прочитать файл: { $error }
xfer-reading = Чтение { $path }…
xfer-blocked = Мешают проблемы ({ $count }); исключите их строки
xfer-nothing = Импортировать нечего: в файле то же, что и в рабочей области
xfer-imported = Импортировано ({ $what }) из { $path }: добавлено { $added }, изменено { $changed }
xfer-cancelled = Отменено: { $what }
xfer-stopped-title = Работа прервана
xfer-stopped-text = Экспорт или импорт остановился, не завершившись. Ничего не записано.
xfer-exported = Экспортировано в { $path }
xfer-error-write = Не удалось записать экспорт
xfer-error-import = Не удалось импортировать
xfer-export-title = Экспорт
xfer-list = Список
xfer-format = Формат
xfer-number = Номер документа
xfer-date = Дата на документе
xfer-earlier = Прежняя рабочая область
xfer-earlier-hint = прежняя рабочая область (.ron) или выпущенный список (.csv, .xlsx)
xfer-choose = Выбрать…
xfer-internal = Внутренний список: добавить пол, эл. почту и телефон
xfer-semicolons = Точка с запятой между столбцами (Excel с десятичной запятой)
xfer-bom = Метка порядка байтов, чтобы Excel читал UTF-8
xfer-only-filtered = Только { $count } приглашённых, показанных в таблице
xfer-import-title = Импорт
xfer-import-text = Ничего не записывается, пока вы не увидите каждое изменение и каждую проблему.
xfer-import-delegates-help = Делегаты: столбцы delegation (код ISO, идентификатор или название организации), role, honorific, given_name, family_name, function, gender, email, phone, в любом порядке.
xfer-import-replies-help = Ответы: столбцы invitee, reply, date, reference.
xfer-import-files = CSV (UTF-8, UTF-16 или Windows-1251; запятые, точки с запятой или табуляция) или XLSX.
xfer-delegates-button = Делегаты…
xfer-replies-button = Ответы…
xfer-import-of = Импорт: { $what }
xfer-summary = Добавить: { $added }, изменить: { $changed }, { $problems ->
    [one] { $problems } проблема
    [few] { $problems } проблемы
    [many] { $problems } проблем
   *[other] { $problems } проблемы
}
xfer-problems = Проблемы
xfer-leave-out-row = Исключить строку { $row }
xfer-row-problem = столбец { $column }: { $value }: { $reason }
xfer-leave-out-all = Исключить все строки с проблемами
xfer-changes = Изменения
xfer-row = Строка { $row }: { $line }
xfer-import-button = Импортировать
xfer-import-disabled = Исключите строки с проблемами или исправьте файл
xfer-to-resolve = Нерешённых проблем: { $count }
xfer-earlier-title = Прежняя рабочая область
xfer-earlier-filter = Рабочая область или выпущенный список
xfer-csv-excel = CSV или Excel
list-participants = Список участников
list-addendum = Добавление к списку участников
list-invitations = Список приглашений
list-statistics = Данные для заключительного доклада
list-observer-requests = Запросы статуса наблюдателя (правило 1.4)
list-credentials = Полномочия
list-seating = План рассадки
list-letters = Письма-приглашения
safe-no-backup = {" "}(нет резервной копии прежней версии: { $error })

## Exported documents
doc-prepared = Подготовлено Секретариатом
doc-continued = (продолжение)
date-day-month = %-d %B
doc-nobody = Пока никто не зарегистрирован.
section-state-party = Государства-участники
section-not-yet-in-force = Государства, для которых Конвенция ещё не вступила в силу
section-observer-signatory = Государства, подписавшие Конвенцию
section-observer-not-party = Государства, не являющиеся участниками Конвенции
section-united-nations = Организация Объединённых Наций
section-intergovernmental = Другие международные и региональные организации
section-red-cross = Международный комитет Красного Креста, Международная федерация и другие структуры
section-ngo = Неправительственные организации
doc-invitations-title = Приглашения
doc-sent = отправлено { $date }
doc-ref = исх. { $reference }
doc-reminders = напоминания { $dates }
doc-reply = ответ: { $reply }
stats-title = Участие: данные для заключительного доклада
stats-delegations = Делегации: { $category }
stats-people = Участники
stats-women = Женщины
stats-heads = Главы делегаций
stats-women-heads = Женщины среди глав делегаций
stats-share = { $count } ({ $percent } из { $stated } с указанным полом)
stats-not-stated = Пол не указан
stats-heads-not-stated = Главы делегаций, пол которых не указан
stats-and = и
stats-parties = В работе Совещания приняли участие следующие государства-участники: { $names }.
stats-pending = В работе Совещания приняли участие следующие государства, которые ратифицировали Конвенцию или присоединились к ней, но для которых она ещё не вступила в силу: { $names }.
stats-observers = В работе Совещания в качестве наблюдателей приняли участие следующие государства, не являющиеся участниками Конвенции: { $names }.
stats-organisations = В соответствии с пунктом 4 статьи 11 Конвенции на Совещании в качестве наблюдателей присутствовали следующие международные организации и учреждения, региональные организации, структуры и неправительственные организации: { $names }.
xfer-lang = Язык документа

## Validation
problem-short-name-shared = у двух совещаний одинаковое краткое название «{ $name }»
problem-no-short-name = у совещания нет краткого названия
problem-no-full-name = у совещания нет полного названия
problem-closes-before = совещание закрывается { $closing }, раньше открытия { $opening }
problem-deadline-after = срок регистрации { $deadline } позже закрытия совещания { $closing }
problem-officer-unknown = должностное лицо ссылается на неизвестное государство «{ $code }»
problem-unknown-state = «{ $name }» — неизвестное государство
problem-unknown-org = «{ $name }» — неизвестная организация
problem-no-sent-date = { $name }: приглашение отмечено, но нет даты отправки
problem-reminder-before = { $name }: напоминание от { $reminder } раньше приглашения, отправленного { $sent }
problem-reply-before = { $name }: ответ от { $replied } раньше приглашения, отправленного { $sent }
problem-reply-not-invited = { $name }: записан ответ ({ $reply }), но приглашение не отправлялось
problem-no-head = { $name }: у делегации нет главы
problem-two-heads = { $name }: у делегации глав: { $count }; допускается только один
problem-no-family = { $name }: у { $person } нет фамилии
problem-bad-email = { $name }: адрес эл. почты «{ $email }» у { $person }: { reason-bad-email }
problem-too-long = { $name }: значение у { $person } длиннее { $limit } символов
problem-credentials-late = { $name }: полномочия получены { $received }, после закрытия совещания { $closing }
problem-delegation-not-approved = У { $name } есть делегация, но статус наблюдателя по правилу 1.4: { $step }
problem-invited-not-approved = { $name } приглашён, но статус наблюдателя по правилу 1.4: { $step }
problem-step-order = { $name }: «{ $later }» ({ $laterdate }) раньше, чем «{ $earlier }» ({ $earlierdate })
problem-two-delegations = { $person } числится в нескольких делегациях: { $delegations }
problem-email-twice = адрес эл. почты { $email } указан в нескольких делегациях: { $delegations }
problem-person-id-twice = идентификатор участника { $id } используется { $count } раз
fault-line-break = перевод строки
fault-tab = табуляция
fault-control = управляющий символ
fault-invisible = невидимый символ или символ направления письма
problem-fault = { $name }: поле «{ $field }» содержит { $fault } ({ $char }), а печатается в одну строку; введите его заново
problem-fault-person = { $name }: поле «{ $field }» ({ $person }) содержит { $fault } ({ $char }), а печатается в одну строку; введите его заново
problem-too-long-field = { $name }: поле «{ $field }» длиннее { $limit } символов

## Files
read-not-a-file = это не обычный файл (папка, канал или устройство)
read-too-large = он больше { $limit } байт
load-io = Не удалось прочитать рабочую область: { $error }
load-empty = Файл рабочей области пуст.
load-too-large = Файл рабочей области слишком велик ({ $size } байт; предел { $limit }).
load-not-text = Файл рабочей области не является текстом (недопустимый UTF-8 в строке { $line }, столбце { $column }); это точно рабочая область?
load-malformed = Файл рабочей области повреждён в строке { $line }, столбце { $column }: { $message }
load-newer = Рабочая область записана более новой версией MSP Invitations (формат { $found }; эта версия читает до { $supported }). Обновите программу, чтобы открыть её.
load-unknown-state = Рабочая область ссылается на неизвестное государство «{ $id }» в строке { $line }, столбце { $column }.
load-unknown-org = Рабочая область ссылается на неизвестную организацию «{ $id }» в строке { $line }, столбце { $column }.
load-unknown-entity = Рабочая область ссылается на неизвестный объект «{ $id }» в строке { $line }, столбце { $column }.
save-error = Не удалось сохранить рабочую область: { $error }
load-not-a-file = Рабочее пространство — не обычный файл (папка, канал или устройство).
load-duplicate = В рабочем пространстве { $key } встречается дважды, в строке { $first } и в строке { $second }; оставьте одно.
load-too-long = В рабочем пространстве есть текст из { $chars } символов в строке { $line }, столбце { $column } (предел — { $limit }).
save-too-large = Рабочее пространство не сохранено: его размер составил бы { $size } байт, больше { $limit }, которые открывает приложение.
save-too-long = Рабочее пространство не сохранено: в нём есть текст из { $chars } символов, больше { $limit }, которые открывает приложение.
write-error = Не удалось записать файл: { $error }
recover-never-saved = рабочая область, которая ни разу не сохранялась
recover-summary = «{ $name }», совещаний: { $meetings }, участников: { $people }; записано { $written }; источник: { $from }

## Import preview
imp-unknown-invitee = ни у одного государства или организации совещания нет такого кода или названия
imp-bad-role = неизвестная роль (глава делегации, заместитель главы, представитель, советник, эксперт)
imp-too-long = { $chars } символов; значение может содержать не больше { $limit }
imp-no-family = нет фамилии
imp-bad-gender = неизвестный пол (F, M, Other или пусто)
imp-same-in-file = этот человек уже есть в строке { $row } этого файла
imp-duplicate = вероятно, дубликат: { $given } { $family } уже зарегистрирован(а) в делегации { $other }
imp-has-head = у { $name } уже есть глава делегации
imp-unchanged = { $name }: { $what } (без изменений)
imp-update = { $name }: обновить { $person }
imp-add = { $name }: добавить { $person } ({ $role })
imp-bad-reply = неизвестный ответ (accepted, declined или no reply)
imp-reference = приглашение отправлено с исходящим номером { $reference }
imp-reply = { $name }: ответ — { $reply }
imp-reply-not-invited = приглашение ему не записано как отправленное: ответ записывается, и проверка будет сообщать об этом, пока не будет записано и приглашение (его статус и день отправки)

lock-io = Не удалось заблокировать рабочую область: { $error }
safe-someone-else = Другой пользователь
title-not-saved = не сохранено
imp-empty = Файл пуст.
imp-too-big = Файл превышает то, что читает импорт: { $what }.
imp-limit-rows = больше { $limit } строк
imp-limit-column = ячейка в столбце { $column }, а импорт читает { $limit } столбцов
imp-limit-cell = ячейка из { $chars } символов в строке { $row }, а в ячейке может быть не больше { $limit }
imp-limit-inflated = после распаковки таблица больше { $megabytes } МБ
imp-xlsx = Не удалось прочитать таблицу: { $error }
imp-csv = Не удалось прочитать CSV в строке { $line }: { $error }
imp-columns-delegates = Столбцы не соответствуют файлу делегатов: нет { $missing }. Найдены: { $found }.
imp-columns-replies = Столбцы не соответствуют файлу ответов: нет { $missing }. Найдены: { $found }.
exp-no-meeting = В рабочем пространстве нет совещания { $meeting }.
exp-not-a-list = Это не список участников, экспортированный MSP Invitations (столбцы: { $columns }).
exp-not-a-section = Строка { $row }: «{ $heading }» — не раздел списка участников.
exp-earlier-missing = В предыдущем рабочем пространстве нет совещания «{ $meeting }» для сравнения.
exp-pdf = Не удалось создать PDF: { $error }
exp-pdf-glyph = PDF не может напечатать «{ $text }»: в его шрифте нет буквы «{ $character }» (U+{ $code }). Напишите имя латиницей или кириллицей либо экспортируйте в HTML, CSV или XLSX.
exp-xlsx = Не удалось записать таблицу: { $error }
exp-csv = Не удалось записать CSV: { $error }
exp-no-first-seat = Рассадка начинается с государства, определённого жребием: выберите государство, делегация которого зарегистрирована.
exp-no-attendance = Для { $meeting } не отмечено ни одного прибытия: список прибывших был бы пуст. Сначала отметьте прибытие на стойке регистрации (или командой checkin).
exp-no-recipients = Некому писать: нет приглашённых.
doc-observers-title = Организации, запрашивающие статус наблюдателя в соответствии с правилом 1.4
doc-observers-intro = В соответствии с правилом 1.4 правил процедуры { $count ->
        [one] следующая организация просила разрешить ей присутствовать на совещании «{ $meeting }» в качестве наблюдателя:
        [few] следующие организации просили разрешить им присутствовать на совещании «{ $meeting }» в качестве наблюдателей:
        [many] следующие организации просили разрешить им присутствовать на совещании «{ $meeting }» в качестве наблюдателей:
       *[other] следующие организации просили разрешить им присутствовать на совещании «{ $meeting }» в качестве наблюдателей:
    }
doc-observers-none = Ни одна организация не запрашивала статус наблюдателя.
doc-credentials-title = Полномочия, ещё не полученные
doc-credentials-intro = Из { $total } государств-участников, зарегистрировавших делегацию, { $missing } не представили полномочия на { $date }.
doc-seating-intro = Делегации рассаживаются в английском алфавитном порядке начиная с государства «{ $drawn }»: сначала государства-участники, затем государства-наблюдатели, затем организации. Первое место каждого ряда, у прохода, доступно для людей с ограниченной подвижностью.
doc-seating-drawn-by = Государство «{ $drawn }» определено жребием { $date }; жребий тянул(а) { $by }.
doc-seating-drawn = Государство «{ $drawn }» определено жребием { $date }.
doc-seating-chosen-by = Государство «{ $drawn }» выбрано для первого места { $date }; выбор сделал(а) { $by }.
doc-seating-chosen = Государство «{ $drawn }» выбрано для первого места { $date }.
doc-seating-row = Ряд { $row }
doc-seating-accessible = доступно
imp-fault = { $fault } ({ $char }) в значении, которое печатается в одну строку; удалите его из файла
imp-not-latin = не латиницей: в списках на английском, французском и испанском языках имена печатаются латиницей; укажите написание для списков (given_name_latin, family_name_latin)
xfer-notes = Стоит проверить (импорту не мешает)
xfer-row-note = Строка { $row }: { $value }: { $reason }
imp-title-not-latin = не латиницей: в списках на английском, французском и испанском языках печатается как есть; напишите так, как должно быть в списке (Mr., Counsellor)

## Названия, адреса и письма по форме ООН (формат 2)
let-lang-each = Язык каждого приглашенного
let-language = Язык писем
let-template-lang = Шаблон на языке
let-no-builtin = (встроенного текста на этом языке нет; напишите свой, чтобы им пользоваться)
let-prefix-note = префикс совещания; префикс секретариата, а не условное обозначение документа
let-before = Прежде чем писать
let-issue-no-prefix = У совещания нет префикса исходящих номеров: номера будут просто числами.
let-issue-no-template = Шаблона «{ $kind }» на языке «{ $lang }» нет: эти письма пишутся на английском.
let-issue-unknown-placeholder = В шаблоне на языке «{ $lang }» есть { $placeholder }, который приложение не заполняет.
let-issue-no-mandate = У совещания нет резолюции, дающей мандат (условное обозначение и дата), на которую ссылаются письма. Укажите ее в разделе «Совещание».
let-issue-no-at-venue = Не указано, где проходит совещание, в тексте на языке «{ $lang }» («во Дворце Наций в Женеве»). Укажите это в разделе «Совещание».
let-issue-untranslated = У совещания нет названия или места на языке «{ $lang }». Укажите их в разделе «Совещание».
let-issue-no-signatory = Не указано, кто подписывает письма организациям: в них будет только должность. Укажите подписывающего в разделе «Совещание».
let-issue-no-signatory-title = Должность подписывающего на языке «{ $lang }» не указана. Укажите ее в разделе «Совещание».
let-issue-no-address-state = { $name }: адрес не записан; нота направляется в его постоянное представительство в Женеве.
let-issue-no-address-state-group = Государств без записанного адреса: { $count } (их ноты направляются в постоянное представительство в Женеве)
let-issue-no-address-org = { $name }: адрес не записан; в письме будет только название организации.
let-issue-no-address-org-group = Организаций без записанного адреса: { $count }
let-issue-name-of-the-day = { $name }: название с тех пор изменилось; письмо на языке «{ $lang }» называет его «{ $text }», как ООН называла его в тот день. Если ООН писала иначе, укажите название для текста в панели сведений.
let-issue-name-of-the-day-group = Государств, сменивших название после даты писем: { $count }
xfer-attended-only = Только прибывшие (окончательный список)
xfer-designated-only = Только делегации, о назначении которых уже сообщено
list-not-arrived = Зарегистрированные, но не прибывшие
list-nameplates = Таблички с названиями
list-addresses = Адреса
import-addresses = Адреса
imp-columns-addresses = Столбцы не соответствуют файлу адресов: нет { $missing }. Найдены: { $found }.
xfer-import-addresses-help = Адреса: столбцы invitee, kind, city, postal_address, email, fax, contact_name, contact_title (salutation и language по желанию).
xfer-addresses-button = Адреса…
address-permanent-mission = Постоянное представительство
address-observer-mission = Постоянное представительство наблюдателя
address-embassy = Посольство
address-ministry = Министерство иностранных дел
address-office = Представительство организации
doc-no-address = Адрес не записан
doc-email = Эл. почта: { $value }
doc-fax = Факс: { $value }
doc-addresses-title = Адреса для переписки
imp-invitee-twice = приглашенный уже есть в строке { $row }
imp-bad-address-kind = не вид адреса (permanent_mission, permanent_observer_mission, embassy, ministry, office)
imp-office-for-state = адрес государства — представительство, посольство или министерство, а не офис
imp-mission-for-org = адрес организации — ее офис
imp-bad-language = не язык приложения (en, fr, es, ru)
imp-address-add = { $name }: адрес добавлен
imp-address-update = { $name }: адрес обновлен
imp-address-unchanged = { $name }: адрес не изменился
migrated-title = Файл прежнего формата
migrated-text = Это рабочее пространство записано прежней версией MSP Invitations. При чтении изменилось следующее; сам файл остается прежним, пока вы его не сохраните в текущем формате.
migrated-unoda = УВР, секретариат совещаний, больше не постоянный наблюдатель; его данные в совещаниях ({ $meetings }) сохранены как одна из ваших организаций (удалите ее, если она не наблюдатель).
migrated-prefix = Префикс исходящих номеров «{ $prefix }» теперь у каждого совещания свой.
migrated-templates = Ваши шаблоны писем ({ $count }) теперь английские.
dash-undesignated = Еще не назначены: { $count }
dash-filter-undesignated = Делегации без назначения
detail-designated-on = Назначена нотой или письмом от
detail-designation-reference = Номер документа
detail-address = Адрес для переписки
detail-no-address = Адрес не записан: письма направляются по обычному адресу (постоянное представительство в Женеве).
detail-add-address = Добавить адрес
detail-remove-address = Удалить адрес
detail-address-kind = Вид
detail-contact-name = Адресат
detail-contact-title = Должность адресата
detail-city = Город
detail-postal-address = Почтовый адрес
detail-email = Эл. почта
detail-address-email = Эл. почта (для писем)
detail-fax = Факс
detail-salutation = Обращение
detail-letter-language = Письма на языке
detail-letter-language-default = Английский (как задано для рассылки)
detail-running-names = Название в тексте
detail-running-names-note = Как письма называют государство внутри фразы. Оставьте пустым, чтобы использовать официальное название ООН на дату письма.
detail-running-name = В письмах
detail-running-name-formal = В письмах: «{ $name }».
detail-running-name-in-force = В письмах: «{ $name }», название ООН на тот день (государство с тех пор переименовано).
ms-at-venue = Место, в тексте
ms-correspondence = Письма
ms-correspondence-note = На что ссылаются письма-приглашения и кто подписывает письма организациям.
ms-mandate = Резолюция, дающая мандат
ms-mandate-date = Принята
ms-reference-prefix = Префикс исходящих номеров
ms-signatory = Подписывающий
ms-signatory-title = Должность подписывающего
ms-languages = На других языках
ms-languages-note = Документы на французском, испанском и русском языках называют совещание так.
ms-executive-secretary = Исполнительный секретарь
problem-address-email = { $name }: эл. почта адреса { $email } не является адресом эл. почты
problem-address-kind = { $name }: вид адреса не подходит (у государства — представительство, посольство или министерство; у организации — офис)
doc-role-head = Глава делегации
doc-role-alternate = Заместитель главы делегации
migrated-unoda-dropped = УВР, секретариат совещаний, больше не входит в число наблюдателей (данных о нем не было).

## The app's own file dialog
file-open = Открыть
file-save = Сохранить
file-new-folder = Новая папка
file-new-folder-name = Новая папка
file-refresh = Обновить
file-parent = Папка выше
file-name-label = Имя файла:
file-show-hidden = Показывать скрытые файлы
file-recent = Недавние папки
file-replace-title = Заменить файл?
file-replace-text = «{ $path }» уже существует. Замена запишет новый файл на его место.
file-replace = Заменить

## Drawing the first seat
draw-title = Жребий для первого места
draw-text = Одно из государств, делегация которого зарегистрирована, определяется жребием для первого места; остальные следуют в английском алфавитном порядке. Жребий записывается в совещание и печатается в плане.
draw-replaces = Новый жребий заменит: { $current }.
draw-by = Жребий тянет
draw-needs-name = Укажите имя того, кто тянет жребий, как его напечатает план.
draw-now = Тянуть жребий
draw-again = Тянуть жребий снова
draw-was-drawn-by = { $name }, по жребию { $date }, жребий тянул(а) { $by }
draw-was-drawn = { $name }, по жребию { $date }
draw-was-chosen-by = { $name }, выбрано { $date }, выбор сделал(а) { $by }
draw-was-chosen = { $name }, выбрано { $date }
let-generate-mark = Подготовить письма ({ $count }) и отметить приглашенных…
let-summary = Писем: { $count }, номера с { $from } по { $to }; никто не отмечается как приглашенный.
let-summary-mark = Подготовить письма ({ $count }) и отметить { $date } приглашенных ({ $count }) с номерами с { $from } по { $to }.
xfer-no-number = Без номера у документа будет только префикс совещания: { $symbol }
xfer-symbol = Условное обозначение: { $symbol }

## Help
cmd-getting-started = С чего начать
cmd-shortcuts = Сочетания клавиш
guide-title = С чего начать
guide-intro = Совещание от приглашений до списка участников, в том порядке, в каком приходит работа. Любое изменение можно отменить (Ctrl+Z); сохранение — Ctrl+S.
guide-1-title = 1. Совещание
guide-1 = Приложение открывается на тринадцатом совещании государств-участников. Для следующего команда «Совещание › Новое совещание на основе этого…» сохраняет приглашенных, организации и адреса и пересчитывает категорию каждого государства на новую дату открытия. Сохраните рабочее пространство там, где его найдут коллеги (Ctrl+Shift+S).
guide-2-title = 2. Параметры совещания (Ctrl+8)
guide-2 = Проверьте даты, место и его формулировку для текста, префикс условных обозначений, должностных лиц, резолюцию, дающую мандат, префикс исходящих номеров секретариата и подписывающего. Укажите название и место совещания на французском, испанском и русском языках: их используют документы на этих языках.
guide-3-title = 3. Адреса
guide-3 = Адрес каждого приглашенного для переписки (представительство, посольство, министерство или офис, эл. почта, факс, язык писем) находится в его панели сведений или поступает сразу через «Файл › Импорт… › Адреса». Письма их используют; раздел «Письма» называет приглашенных, у которых адреса еще нет.
guide-4-title = 4. Приглашения (Ctrl+5)
guide-4 = Выберите адресатов (государства-участники, государства-наблюдатели, организации, правило 1.4) и язык, прочтите, что сообщает раздел, прежде чем писать (он не выпускает письма, которые напечатали бы ошибку), затем подготовьте письма. Отметьте «Отметить как приглашенных», чтобы записать дату и номера тем же шагом.
guide-5-title = 5. Ответы и напоминания
guide-5 = Записывайте ответы в панели сведений или импортируйте их («Файл › Импорт… › Ответы»). Выделите несколько приглашенных (Shift+щелчок, Ctrl+щелчок), чтобы записать напоминание или ответ сразу для всех. Сводка (Ctrl+3) показывает, кто не ответил; щелчок показывает их в таблице.
guide-6-title = 6. Делегации и полномочия
guide-6 = Добавляйте членов каждой делегации в панели сведений («Добавить члена», затем печатайте: первое поле получает клавиатуру) или импортируйте их из таблицы, которую присылает представительство. Запишите дату ноты или письма о назначении делегации. Раздел «Люди» (Ctrl+2) находит любого человека и возможные повторы; «Полномочия» ведет полномочия государств-участников отдельно.
guide-7-title = 7. Статус наблюдателя
guide-7 = Организация, не являющаяся постоянным наблюдателем, участвует по правилу 1.4: запишите просьбу, рекомендацию, предварительное приглашение и решение совещания. В список участников входят только одобренные организации.
guide-8-title = 8. Список участников и цифры
guide-8 = «Файл › Экспорт…» (Ctrl+E): список участников с номером документа (INF.2, запоминается на следующий раз) на выбранном языке, при желании только назначенные делегации; дополнение, когда приходят поздние регистрации; цифры для заключительного доклада; план рассадки, когда государство определено жребием.
keys-f10 = F10 или Alt
keys-f10-what = Открыть меню
keys-enter-search = Enter в поиске
keys-enter-search-what = Открыть первого найденного приглашенного
keys-arrows = Стрелки в таблице
keys-arrows-what = Переместить выделение
keys-click = Shift+щелчок, Ctrl+щелчок
keys-click-what = Выделить несколько приглашенных
keys-enter-row = Enter на «Добавить члена»
keys-enter-row-what = Добавить члена и ввести обращение
keys-enter-date = Enter в поле даты
keys-enter-date-what = Принять введенную дату (ГГГГ-ММ-ДД) или выбрать ее кнопкой рядом
keys-escape = Esc
keys-escape-what = Закрыть диалог или меню

## The People view
view-people = Люди
people-title = Люди ({ $count })
people-search = Найти человека
people-shown = Показано { $shown } из { $total }
people-none = На это совещание еще никто не зарегистрирован.
people-delegation = Делегация
people-no-duplicates = Возможных повторов нет.
people-duplicates = Возможные повторы: { $count }
people-same-email = то же имя и адрес эл. почты
people-same-function = то же имя и должность

## Date picker (beside every date field)
date-pick = Выбрать дату
date-pick-for = Выбрать дату: { $field }
date-previous = Предыдущий месяц
date-next = Следующий месяц
month-1 = Январь { $year }
month-2 = Февраль { $year }
month-3 = Март { $year }
month-4 = Апрель { $year }
month-5 = Май { $year }
month-6 = Июнь { $year }
month-7 = Июль { $year }
month-8 = Август { $year }
month-9 = Сентябрь { $year }
month-10 = Октябрь { $year }
month-11 = Ноябрь { $year }
month-12 = Декабрь { $year }
weekday-1 = Пн
weekday-2 = Вт
weekday-3 = Ср
weekday-4 = Чт
weekday-5 = Пт
weekday-6 = Сб
weekday-7 = Вс

## Дополнительные фильтры и сохранённые фильтры
filter-sent-chip = Отправлено { $days } дн. назад или раньше
filter-head-chip = Глава делегации: { $gender }
filter-take-off = Снять это условие
filter-reminders = Пора напомнить
filter-reminders-hint = Приглашены { $days } дн. назад или раньше, ответа нет: кому направить напоминание
filter-more = Другие фильтры
filter-reply = Ответ
filter-sent-at-least = Отправлено не менее
filter-days = дн. назад
filter-head = Глава делегации
filter-head-any = Любой
filter-saved-hint = Щелчок — показать; правый щелчок — удалить.
filter-delete = Удалить этот сохранённый фильтр
filter-save = Сохранить фильтр…
save-filter-title = Сохранить фильтр
save-filter-text = Поиск, кнопки-фильтры и условия сохраняются под этим именем в рабочем файле для всех, кто его откроет.
save-filter-name = Название фильтра
save-filter-needs-name = Укажите название фильтра.
save-filter-save = Сохранить
save-filter-replace = Заменить «{ $name }»

## Копирование и вставка с электронными таблицами
cmd-copy-rows = Копировать строки
cmd-paste-rows = Вставить делегатов
clip-copied = { $count ->
    [one] Скопирована { $count } строка с заголовком: вставьте её в электронную таблицу
    [few] Скопированы { $count } строки с заголовком: вставьте их в электронную таблицу
   *[other] Скопировано { $count } строк с заголовком: вставьте их в электронную таблицу
}
clip-nothing-selected = Нечего копировать: сначала выделите строки в таблице приглашённых или в разделе «Люди»
clip-pasted = вставленные строки
clip-pasted-into = строки, вставленные в делегацию: { $name }
clip-error = Не удалось вставить
clip-too-big = Вставленный текст больше, чем читает импорт ({ $megabytes } МБ).
clip-paste-help = Скопируйте строки из таблицы вместе со строкой заголовков (given_name, family_name, role, function, gender, email…). Если выделен один приглашённый, все строки идут в его делегацию; иначе столбец delegation указывает, куда идёт каждая.

## A search that found delegates
detail-found = Найдено поиском: { $names }

## Notices that name what they concern
ms-opening-changed-one = Дата открытия теперь { $date }: { $name } — теперь { $category }
status-show-them = Показать в таблице
status-concerned = Сменили категорию

## The detail of an invitee the filter hides
detail-hidden = Фильтр скрывает этого приглашённого в таблице.
detail-show-in-table = Показать в таблице

## Письма по электронной почте и исходящие
mail-title = Электронная почта
mail-settings-note = Отправитель, копии и адрес для ответа хранятся в рабочем файле; почтовый сервер — настройка этого компьютера.
mail-from = От
mail-from-hint = Имя <адрес>
mail-cc = Копия
mail-reply-to = Ответ на адрес
mail-cover = Сопроводительный текст
mail-kind-invitation = Приглашение
mail-kind-reminder = Напоминание
mail-subject = Тема
mail-body = Текст над письмом
mail-placeholders = Поля: {"{"}meeting{"}"} {"{"}reference{"}"} {"{"}date{"}"} {"{"}invitee{"}"} {"{"}salutation{"}"}, каждое на языке письма. Письмо прилагается в формате PDF.
mail-drafts = Сохранить как черновики…
mail-drafts-folder = Папка для черновиков
mail-send = Отправить…
mail-send-reminders = Отправить напоминания ({ $count })…
mail-batch = { $count ->
    [one] { $count } сообщение, от { $from }
    [few] { $count } сообщения, от { $from }
   *[other] { $count } сообщений, от { $from }
}
mail-no-address = Нет адреса электронной почты: { $count } (их письма отправляются иначе)
mail-already-sent = Уже отправлено ({ $count }): { $names }
mail-held-unknown = Судьба неизвестна ({ $count }; проверьте отправленные на почтовом сервере): { $names }
mail-outbox = Исходящие ({ $count })
mail-outbox-empty = Для этого совещания сообщения не готовились и не отправлялись.
mail-retry-failed = Повторить неотправленные ({ $count })…
mail-send-unknown = Отправить снова с неизвестной судьбой ({ $count })…
mail-unknown-help = Отправка прервалась до ответа почтового сервера: сообщение могло уйти. Проверьте отправленные на сервере, прежде чем отправлять снова.
mail-col-invitee = Приглашённый
mail-col-kind = Вид
mail-col-to = Кому
mail-col-state = Состояние
mail-col-detail = Ответ сервера или черновик
mail-state-drafted = Черновик { $at }
mail-state-sent = Отправлено { $at }
mail-state-failed = Ошибка { $at }
mail-state-unknown = Неизвестно с { $at }
mail-error-title = Не удалось отправить сообщения
mail-error-no-sender = Не указан адрес отправителя: заполните поле «От» в разделе «Письма».
mail-error-address = Адрес { $address } ({ $what }) не является адресом электронной почты: { $reason }
mail-error-write = Не удалось записать черновик: { $error }
mail-error-journal = Не удалось вести журнал отправки: { $error }
mail-error-message = Не удалось составить сообщение: { $error }
mail-error-unsaved = Сначала сохраните рабочий файл: журнал отправки, не допускающий повторной отправки, хранится рядом с ним.
mail-error-server = Не удалось подготовить соединение с почтовым сервером: { $error }
mail-drafting = Сохранение черновиков: { $count }…
mail-sending = Отправка сообщений: { $count }…
mail-stopping = Остановка после отправляемого сообщения…
mail-drafted = Сохранено черновиков: { $count }.
mail-sent = Отправлено сообщений: { $count }.
mail-sent-failed = Отправлено: { $count }; с ошибкой: { $failed } ({ $names }). Причины — в исходящих, раздел «Письма».
mail-recovered = Отправка почты была прервана: восстановлено записей: { $count }, из них с неизвестной судьбой: { $unknown }. См. исходящие в разделе «Письма».
send-title = Отправить по электронной почте
send-title-reminders = Отправить напоминания по электронной почте
send-unknown-again = Отправить снова тем, чья судьба сообщения неизвестна
send-host = Почтовый сервер
send-security = Защита
send-starttls = STARTTLS (порт 587)
send-tls = TLS (порт 465)
send-plain = Нет (ретранслятор этой сети)
send-port = Порт
send-user = Имя пользователя
send-password = Пароль
send-password-note = Пароль хранится только пока открыто приложение и никогда не записывается в файл.
send-bad-port = Введите номер порта.
send-button = { $count ->
    [one] Отправить { $count } сообщение
    [few] Отправить { $count } сообщения
   *[other] Отправить { $count } сообщений
}
mail-message-id = Message-ID: <{ $id }>
mail-on-invitation = Эл. почта ({ $kind }): { $state }, кому: { $to }

## Letters as e-mail, and the outbox
mail-field-addressee = адресат
mail-field-subject = тема
mail-field-sender = отправитель
mail-error-header = Сообщение для { $invitee } нельзя составить: поле «{ $field }» содержит { $fault } ({ $char }). Исправьте его и отправьте снова.
mail-unwritable = Нельзя составить ({ $count }), пропущены:
reason-bad-email-list = Это не адрес электронной почты (name@example.org; несколько адресов разделяются знаком «;»)

## Dates and numbers of documents
adv-list-participants = список участников
adv-list-addendum = добавление к списку участников
adv-after-closing = Документ «{ $list }» датирован { $date }, то есть после закрытия совещания { $closing }: укажите дату { $closing } (день закрытия) или день выпуска.
adv-after-opening = Письма датированы { $date }, то есть после открытия совещания { $opening }: укажите день их отправки, до { $opening }.
adv-after-opening-sent = Письма датированы { $date }, то есть после открытия совещания { $opening }: укажите дату { $sent } — день отправки приглашений.
adv-no-number = Номер документа «{ $list }» ({ $meeting }) не указан и не записан: его условное обозначение было бы просто { $symbol }.
xfer-use-date = Указать { $date }

## The letterhead
head-error-read = Не удалось прочитать бланк: { $error }
head-error-not-image = Бланк — не изображение SVG, PNG или JPEG и не PDF.
head-error-pages = В PDF бланка страниц: { $pages }; бланк — это одна страница.
head-error-pdf = Не удалось прочитать PDF бланка (возможно, он повреждён или защищён паролем).
head-error-image = Изображение бланка нельзя нарисовать: { $error }
head-error-damaged = Бланк, сохранённый в рабочем файле, повреждён; задайте его заново в разделе «Письма».
let-issue-no-letterhead = Бланка нет: письма начинаются с исходящего номера. Задайте бланк учреждения в разделе «Письма» (или командой letterhead).
let-issue-letterhead = Бланк, сохранённый в рабочем файле, не рисуется ({ $error }): задайте его заново в разделе «Письма».
head-title = Бланк
head-none = Нет: письма начинаются с исходящего номера
head-choose = Выбрать…
head-choose-title = Бланк учреждения
head-filter = Изображение (SVG, PNG, JPEG) или PDF в одну страницу
head-remove = Убрать
head-summary-with = Каждое начинается с бланка.
head-summary-without = Бланка нет: каждое начинается с исходящего номера.

## Jobs bound to their workspace
job-busy = Дождитесь окончания: { $what }. Результат войдёт в этот рабочий файл.
xfer-reading-kind = Чтение файла: { $what }…
edit-error-no-meeting = Совещания { $meeting } больше нет в рабочем файле.
edit-error-meeting-exists = В рабочем файле уже есть совещание { $meeting }.

## Merge
merge-absent = (отсутствует)
merge-yes = Да
merge-no = Нет
merge-invitee = приглашенный
merge-record-workspace = Рабочее пространство
merge-changed = { $record }: { $field } { $from } → { $to }
merge-person-added = { $invitee }: делегация + { $name }
merge-person-removed = { $invitee }: делегация − { $name }
merge-invitee-added = { $invitee }: добавлен в { $meeting }
merge-invitee-removed = { $invitee }: удален из { $meeting }
merge-record-added = { $record }: добавлено
merge-record-removed = { $record }: удалено
field-record = Вся запись
field-name = Название
field-mail-from = Отправитель писем
field-mail-cc = Копия писем
field-mail-reply-to = Адрес для ответа
field-mail-cover = Сопроводительный текст писем
field-default-channel = Способ отправки по умолчанию
field-letter-template = Шаблон письма
field-saved-filter = Сохраненный фильтр
field-import-mapping = Значение столбцов формы регистрации
field-first-seat = Первое место
field-designation = Назначение
merge-conflicts = { $count ->
        [one] Изменение, сохраненное за это время коллегой, противоречит вашему
       *[other] Изменения ({ $count }), сохраненные за это время коллегой, противоречат вашим
    }; ничего еще не сохранено. Выберите, какое значение оставить в каждом случае.
merge-taken = { $count ->
        [one] Учтено изменение коллеги
       *[other] Учтены изменения коллеги ({ $count })
    }: { $changes }
safe-busy-elsewhere = { $holder } сохраняет это рабочее пространство или отправляет из него письма; повторите попытку через минуту. Ваша работа сохранена здесь.
safe-unreadable = Файл на диске больше не является рабочим пространством, которое может прочитать приложение, поэтому ваши изменения не удалось объединить с ним; ничего не сохранено. «Сохранить как…» сохранит вашу работу в другом файле.
mail-error-caught-up = Только что учтены изменения коллеги ({ $count }); еще раз проверьте рассылку и затем отправьте. Сообщения, отправленные коллегой за это время, исключены.
safe-merge-now = Объединить изменения коллеги сейчас
safe-merge-now-hint = Изменения коллеги добавляются к вашим одним шагом, который можно отменить; где вы оба изменили одно значение, выбираете вы
safe-later = Позже
safe-later-hint = При сохранении изменения коллеги все равно будут объединены с вашими
merge-title = Ваши изменения и изменения коллеги
merge-text = Коллега сохранил это рабочее пространство после того, как вы его открыли. Его остальные изменения и ваши сохраняются; { $count ->
        [one] в строке ниже вы оба изменили одно и то же значение: выберите, какое оставить.
       *[other] в строках ниже ({ $count }) вы оба изменили одно и то же значение: выберите, какое оставить в каждой.
    } Ничего не сохраняется, пока не решена каждая строка.
merge-col-record = Запись
merge-col-field = Поле
merge-col-mine = Ваше значение
merge-col-theirs = Значение коллеги
merge-keep-mine-hint = Оставить введенное вами значение
merge-take-theirs-hint = Принять значение, сохраненное коллегой
merge-all-mine = Оставить все мои
merge-all-theirs = Принять все значения коллеги
merge-undecided = { $count ->
        [one] Осталось решить одну строку.
       *[other] Осталось решить строк: { $count }.
    }
merge-save = Сохранить
merge-take-in = Объединить
merge-cancel-hint = Ничего не сохраняется и не объединяется; ваши изменения остаются здесь несохраненными
merge-conflict-line = { $record }: { $field }: здесь { $mine }, у другой стороны { $theirs }
field-protocol-order = Протокольный порядок делегации

## Organisations in every language
let-issue-no-org-name = У { $name } нет названия на языке «{ $lang }»: укажите его в разделе «Названия на языках ООН» на панели сведений.
let-issue-no-org-running = { $name }: для письма на языке «{ $lang }» нужно название с артиклем (например, «l'Union africaine»), которого нет в справочных данных. Укажите его в разделе «Названия на языках ООН» на панели сведений.
let-issue-no-org-name-group = Организаций без названия на языке писем: { $count }; письма нельзя составить, пока они не указаны
let-issue-no-org-running-group = Организаций, для которых нужно название с артиклем: { $count }; письма нельзя составить, пока они не указаны
detail-org-names = Названия на языках ООН
detail-org-names-note = Экраны, списки и письма на каждом языке используют эти названия. Письмам на французском и испанском нужно название с артиклем.
detail-org-running = С артиклем
detail-org-from-data = По данным ООН: { $name }
detail-org-not-in-data = Нет в данных ООН: укажите здесь.

## Imports from any source
list-or = или
imp-kind-pdf = Это PDF, который импорт не читает: выгрузите регистрации в таблицу (CSV или XLSX) или таблицу ноты в документ Word (.docx).
imp-kind-doc = Это документ Word 97-2003 (.doc), который импорт не читает: откройте его в Word или LibreOffice и сохраните как документ Word (.docx).
imp-kind-office = Это файл Office 97-2003, который не является ни книгой, ни документом Word: сохраните его как XLSX или .docx.
imp-kind-odt = Это текст OpenDocument (.odt): сохраните его как документ Word (.docx) или его таблицу как электронную таблицу.
imp-kind-presentation = Это презентация, а не таблица регистраций.
imp-kind-rtf = Это документ RTF: сохраните его как документ Word (.docx).
imp-kind-image = Это изображение, а не таблица регистраций.
imp-kind-zip = Это архив ZIP без книги и без документа Word.
imp-kind-html = Это веб-страница (HTML), как бы ни назывался файл: откройте её в электронной таблице и сохраните как XLSX или CSV.
imp-kind-binary = Этот файл не является ни текстом, ни книгой или документом Word, которые читает импорт.
imp-no-table = В документе Word нет таблицы делегации (таблиц: { $tables }, ни в одной нет столбца имён). Поместите делегацию в таблицу, первая строка которой называет столбцы (Имя, Должность…), или импортируйте её как таблицу.
imp-merged-header = В строке заголовков (строка { $row }) объединены ячейки со столбца { $from } по столбец { $to } («{ $text }»): у каждого столбца должен быть свой заголовок. Разъедините их в таблице или сохраните её как CSV.
imp-unknown-delegation = «{ $name }» не обозначает ровно одного приглашённого совещания: укажите его код ISO или название в ООН.
imp-not-a-form = Это не регистрационная форма, составленная MSP Invitations (в ней нет кода формы).
imp-folder = Папку нельзя прочитать: { $error }
imp-form-other-meeting = Эта регистрационная форма отправлена для совещания { $form }, а не { $this }: в это совещание она не импортируется.
imp-form-not-invitee = Эта регистрационная форма отправлена { $code }, который не приглашён на совещание.
imp-ambiguous-invitee = может означать { $names }: укажите нужного (код ISO или название в ООН)
imp-unknown-invitee-like = у совещания нет государства или организации с таким названием; ближайшие: { $names }
imp-left-out-state = не импортируется: регистрация «{ $state }»
imp-unknown-state = состояние регистрации, неизвестное импорту; строка импортируется
imp-replaced-by = не импортируется: тот же человек зарегистрирован снова в строке { $row }, которая импортируется
imp-split-uncertain = имя разделено на имя «{ $given }» и фамилию «{ $family }», но фамилия ничем не отмечена (прописными буквами или перед запятой): подтвердите строку, если это верно
imp-bad-yes-no = ни «да», ни «нет» (Yes/No, Oui/Non, Sí/No, Да/Нет)
imp-add-role-from-function = { $name }: добавить { $person } ({ $role }, как указано в должности)
imp-delegation-given = Все строки относятся к { $name }, как указано.
imp-delegation-form = Все строки относятся к { $name }: регистрационная форма, отправленная под номером { $reference }.
imp-delegation-sender = Все строки относятся к { $name }: отправитель ноты («{ $sender }»).
imp-columns = Столбцы файла
imp-columns-help = Как читается каждый столбец; выберите другое значение, где оно неверно. Выбор сохраняется в рабочем пространстве для файлов с теми же столбцами.
imp-col-header = Столбец
imp-col-read-as = Читается как
imp-col-how = Как
imp-col-first = Первое значение
imp-read-recognised = по заголовку
imp-read-chosen = выбрано
imp-read-remembered = как выбрано ранее
imp-read-form-tool = служебный столбец формы
imp-read-unrecognised = не нужен
imp-read-duplicate = так читается другой столбец
imp-encoding = Кодировка
imp-row = строка { $row }
imp-row-of-file = строка { $row } файла { $file }
imp-confirm-row = Подтвердить: { $row }
imp-leave-out = Не импортировать: { $row }
imp-left-out = Исключены самим файлом
xfer-forms-button = Возвращённые формы…
xfer-forms-folder = Папка возвращённых регистрационных форм
meaning-delegation = Делегация
meaning-role = Роль
meaning-head = Глава делегации (да/нет)
meaning-honorific = Обращение
meaning-given-name = Имя
meaning-family-name = Фамилия
meaning-full-name = Полное имя
meaning-function = Должность
meaning-gender = Пол
meaning-email = Электронная почта
meaning-phone = Телефон
meaning-given-name-latin = Имя в списках
meaning-family-name-latin = Фамилия в списках
meaning-registration-state = Состояние регистрации
meaning-ignored = Не импортируется
form-sheet = Делегация
form-title = { $meeting }: регистрационная форма
form-delegation-of = Делегация: { $invitee }
form-reference = Номер: { $reference }
form-instructions-1 = Укажите членов вашей делегации, по одному человеку в строке, первым главу делегации. Уже заполненные строки — делегация в том виде, в каком её записал секретариат: исправьте их при необходимости.
form-instructions-2 = Выберите роль, обращение и пол из списков. Пишите фамилии так, как они должны стоять в списке участников.
form-instructions-3 = Сохраните книгу как есть, не меняя её структуру, и верните её по электронной почте секретариату.
form-col-role = Роль
form-col-honorific = Обращение
form-col-given-name = Имя
form-col-family-name = Фамилия
form-col-function = Должность
form-col-gender = Пол
form-col-email = Электронная почта
form-col-phone = Телефон
send-with-form = Прикладывать к каждому письму регистрационную форму
send-with-form-hint = Книга XLSX на языке письма с делегацией в записанном виде, которую приглашённый заполняет и возвращает; она импортируется в свою делегацию (Файл › Импорт… › Возвращённые формы).
let-forms = Регистрационные формы…
let-forms-hint = Одна форма XLSX на каждого приглашённого, на языке его письма, которую делегация заполняет и возвращает
let-forms-folder = Папка для регистрационных форм
let-wrote-forms = Записано регистрационных форм: { $count }, в { $path }

# The regions of the window, as a screen reader names them.
region-menus = Меню
region-toolbar = Панель инструментов
region-status = Строка состояния
region-detail = Выбранный приглашённый

# The command line's own failures (the app has no such field or flag).
cli-create-folder = Не удалось создать папку: { $error }
cli-closing-before-opening = Дата закрытия { $closing } раньше даты открытия { $opening }.
cli-nothing-to-start-from = В { $path } нет совещания, с которого можно начать.
cli-exists = { $path } уже существует; укажите --force, чтобы перезаписать его.
cli-no-meetings = В рабочей области нет совещаний: { $path }
cli-unknown-meeting = В { $path } нет совещания «{ $name }» (есть { $known }).
cli-no-format = Укажите формат через --format или завершите { $path } на .pdf, .html, .csv или .xlsx.
cli-nothing-to-import = Укажите --delegates ФАЙЛ, --replies ФАЙЛ, --addresses ФАЙЛ или --attendance ФАЙЛ.
cli-letters-blocked = Ничего не написано: письма нельзя написать в нынешнем виде:
cli-bad-server = Почтовый сервер «{ $server }» не имеет вида ХОСТ:ПОРТ.
cli-password = Пароль почтового сервера: { $error } (задайте MSP_SMTP_PASSWORD)
cli-send-failed = { $count ->
    [one] Не удалось отправить сообщения { $count } получателю: { $failed }
   *[other] Не удалось отправить сообщения { $count } получателям: { $failed }
}
cli-names-unknown = Ни одно государство и ни одна организация совещания не называется «{ $name }».
cli-names-state = Название государства берётся из данных ООН; укажите через --running, как его пишут в тексте писем.
cli-names-not-one-line = { $what ->
    [running] Название в тексте
   *[name] Название
}, указанное для { $invitee }, занимает больше одной строки: { $fault }
cli-names-too-long = { $what ->
    [running] Название в тексте
   *[name] Название
}, указанное для { $invitee }, содержит { $chars } знаков; название может содержать не более { $limit }.
cli-mapping-read = Не удалось прочитать соответствие: { $error }
cli-mapping-line = В строке { $line } соответствия стоит «{ $text }», что не имеет вида ЗАГОЛОВОК=ЗНАЧЕНИЕ со значением из { $meanings }.
cli-hint-since = Укажите его через --since ПРЕЖНИЙ.ron (прежняя рабочая область) или --since СПИСОК.csv (изданный список).
cli-hint-first-seat = Укажите его через --first-seat ISO3 (государство, определённое жребием).
cli-nobody-found = Никто из участников совещания не найден по запросу «{ $query }»: укажите слова из имени, названия делегации или адреса электронной почты либо идентификатор человека.
cli-several-found = По запросу «{ $query }» найдено людей: { $count }; уточните имя или укажите идентификатор нужного человека:

# The registration desk (issue #29).
view-desk = Стойка регистрации
desk-title = { $meeting } · Стойка регистрации · { $day }
desk-search = Найти человека
desk-search-hint = Имя, делегация, эл. почта или идентификатор; Enter открывает, ещё раз Enter отмечает прибытие
desk-found = Найдено: { $count }
desk-arrived-at = · прибыл(а) в { $time }
desk-not-invited = Делегация не была приглашена на совещание.
desk-no-observer-status = У организации нет статуса наблюдателя (правило 1.4) на этом совещании.
desk-no-credentials = Полномочия делегации не получены.
desk-credentials-in = Полномочия: { $kind }
desk-received-on = получены { $day }
desk-credentials-missing = Полномочия: не получены
desk-arrived-today = Прибыл(а) сегодня в { $time }
desk-undo-arrival = Отменить прибытие
desk-record-arrival = Отметить прибытие (Enter)
desk-credentials-kind = Переданные полномочия
desk-credentials-issuer = Кем выданы
desk-credentials-handed = Записать полномочия
desk-correct = Исправить имя или должность
desk-given-name = Имя
desk-family-name = Фамилия
desk-function = Должность
desk-save-correction = Сохранить исправление
desk-walk-in = Зарегистрировать на месте
desk-delegation = Делегация
desk-honorific = Обращение
desk-role = Роль
desk-register = Зарегистрировать
dash-attendance = Присутствовали на совещании, по дням
dash-present = Человек: { $people }, делегаций: { $delegations }
dash-present-category = { $category }: { $people } ({ $delegations })

# Check-ins from a badge system (issue #29).
import-attendance = Отметки о прибытии
xfer-import-attendance-help = Прибытие (выгрузка системы пропусков): идентификатор, адрес эл. почты или имя человека и дата со временем (или столбец времени).
xfer-attendance-button = Прибытие…
imp-columns-attendance = Это не выгрузка отметок о прибытии: нет столбцов { $missing }. Найдены: { $found }.
att-arrival = { $person } ({ $name }): прибыл(а) { $day } в { $time }
att-nobody = По запросу «{ $query }» никто из участников совещания не найден.
att-several = По запросу «{ $query }» найдено несколько человек: укажите идентификатор или адрес эл. почты.
att-no-day = Не указан день прибытия: пишите ГГГГ-ММ-ДД (со временем — ГГГГ-ММ-ДД ЧЧ:ММ).
att-bad-time = «{ $time }» — не время: пишите ЧЧ:ММ.
desk-not-a-meeting-day = Сегодня не день Совещания ({ $dates }): прибытие регистрируется датой { $day }.
desk-nobody-registered = На Совещание ещё никто не зарегистрирован: делегаты вносятся в представлении «Приглашённые» или из файла делегатов (Файл › Импорт) либо регистрируются здесь на месте.
desk-today-count = Сегодня прибыло: { $count }
desk-other-days = Прибывал(а) также: { $days }
