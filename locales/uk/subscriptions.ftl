## /subscribe dialogue
sub-dlg-city =
    <b>Нова підписка</b>
    Яке місто? Виберіть нижче або напишіть назву будь-яким написанням: Харків, Kharkiv, Харьков.
sub-dlg-city-group =
    <b>Нова підписка</b>
    Яке місто? Виберіть нижче або дайте відповідь на це повідомлення з назвою міста: Харків, Kharkiv, Харьков.
sub-dlg-city-again = Спробуйте інше написання або виберіть місто кнопкою.
sub-dlg-city-too-long = Це задовго для назви міста. Напишіть лише назву, наприклад Харків.
sub-dlg-already = Цей чат уже стежить за містом <b>{ $city }</b>; поточні налаштування позначено ✓.
sub-dlg-kinds =
    Що надсилати про місто <b>{ $city }</b>?
    Новини про допомогу загальнонаціональні: вони надходять незалежно від міста.
sub-dlg-mode =
    Як надсилати новини про місто <b>{ $city }</b>?
    Миттєві сповіщення приходять, щойно про подію повідомили; дайджест — одне повідомлення на день.
sub-dlg-time = О котрій надсилати щоденний дайджест? Виберіть або напишіть час, наприклад 07:30 (час { $zone }).
sub-dlg-time-group = О котрій надсилати щоденний дайджест? Виберіть або дайте відповідь на це повідомлення з часом, наприклад 07:30 (час { $zone }).
sub-dlg-time-bad = Потрібен час на кшталт 07:30 або 20:00.
sub-dlg-oblast = Сповіщати також про удари деінде в регіоні <b>{ $oblast }</b>, а не лише в місті <b>{ $city }</b>?
sub-dlg-confirm = <b>Перевірте й збережіть</b>
sub-dlg-saved = ✅ <b>Підписку оформлено.</b>
sub-dlg-updated = ✅ <b>Підписку змінено.</b>
sub-dlg-after = /subscriptions показує й змінює підписки цього чату.
sub-dlg-cancelled = Скасовано. Нічого не змінено.
sub-dlg-use-buttons = Виберіть одну з кнопок вище або надішліть /cancel.
sub-dlg-old-button = Ця кнопка з попереднього кроку.
sub-dlg-expired = Цей діалог завершився або його почав хтось інший. Надішліть /subscribe, щоб почати свій.
sub-dlg-nothing-to-cancel = Нічого скасовувати.

sub-btn-strikes = Удари
sub-btn-aid = Допомога
sub-btn-both = Обидва
sub-btn-instant = Миттєво
sub-btn-digest = Щоденний дайджест
sub-btn-yes = Так
sub-btn-no = Ні
sub-btn-save = ✅ Зберегти
sub-btn-cancel = ✖ Скасувати

## A subscription described
sub-what = Що: { $kinds }
sub-how = Як: { $mode }
sub-where = Де: { $oblast }
sub-kinds-strike = удари
sub-kinds-aid = новини про допомогу
sub-kinds-both = удари й новини про допомогу
sub-mode-instant = миттєві сповіщення
sub-mode-digest = щоденний дайджест о { $time }
sub-mode-both = миттєві сповіщення й щоденний дайджест о { $time }
sub-mode-digest-untimed = щоденний дайджест
sub-mode-both-untimed = миттєві сповіщення й щоденний дайджест
sub-oblast-on = місто й решта регіону { $oblast }
sub-oblast-off = лише місто

## /subscriptions
subs-header = <b>Підписки</b> ({ $count })
subs-item = • <b>{ $city }</b>: { $details }
subs-tap-hint = Натисніть на місто, щоб змінити чи прибрати підписку. /subscribe додає ще одну.
subs-empty = Підписок ще немає. Надішліть /subscribe, щоб налаштувати її в кілька натискань, або /subscribe <i>місто</i> для миттєвих сповіщень про удари, наприклад /subscribe Харків.
subs-switch-hint = Перемикачі нижче діють одразу.
subs-btn-dialogue = ✏️ Крок за кроком
subs-btn-remove = 🗑 Прибрати
subs-btn-back = « Усі підписки
subs-saved = Збережено.
subs-removed = Підписку на місто { $city } скасовано.
subs-gone = Цієї підписки вже немає.
subs-refused-last-kind = Залиште щось одне: удари чи допомогу. Щоб вимкнути все, натисніть «Прибрати».
subs-refused-last-mode = Залиште щось одне: миттєві сповіщення чи дайджест. Щоб вимкнути все, натисніть «Прибрати».
subs-refused-no-oblast = Навколо цього міста немає області, яку можна додати.

## Periods and pages of /city and /latest
period-hours = { $count ->
    [1] годину
    [one] { $count } годину
    [few] { $count } години
   *[other] { $count } годин
}
period-days = { $count ->
    [1] день
    [one] { $count } день
    [few] { $count } дні
   *[other] { $count } днів
}
period-bad = Не зрозумів період. Напишіть години чи дні після команди, наприклад /city Одеса 3д, /city Харків 12год або /latest 48год (від 1 години до 30 днів).
period-out-of-range = Період має бути від 1 години до 30 днів, наприклад /city Одеса 3д або /latest 48год.
city-period-header = <b>{ $city }</b>: події за { $period }
city-page-header = <b>{ $city }</b>: події за { $period } ({ $from }–{ $to } з { $total })
city-period-none = За { $period } подій у місті <b>{ $city }</b> не повідомлялося.
latest-period-header = <b>По Україні за { $period }</b>
latest-period-empty = За { $period } повідомлень про удари чи допомогу ще немає.
latest-page-header = <b>По Україні за { $period }</b>: події { $from }–{ $to } з { $total }
page-prev = ‹ Назад
page-next = Далі ›
button-stale = Ця кнопка вже не діє. Надішліть команду ще раз.
