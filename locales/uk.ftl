## Start and help
start-welcome =
    <b>Sitrep</b> швидко розповідає, що сталося у вашому місті: удари (дрони, ракети, КАБи), загиблі й поранені, що збила ППО, а також допомога: обіцяна, схвалена, доставлена чи заблокована.

    Спробуйте:
    /city Харків: останні події в місті
    /latest: останні 24 години по Україні
    /subscribe Київ: миттєві сповіщення для міста

    /help: усі команди.
help-text =
    <b>Команди</b>
    /city <i>назва</i>: останні події в місті (за 7 днів або за період: /city Одеса 3д); без назви: вибір зі списку
    /latest: підсумок останніх 24 годин по Україні (або /latest 48год)
    /subscribe <i>місто</i>: сповіщення про кожну нову подію в місті; /subscribe без назви запитає крок за кроком (що, як, область); /cancel зупиняє
    /unsubscribe <i>місто</i> або /unsubscribe all: вимкнути сповіщення
    /subscriptions: ваші підписки
    /digest <i>08:00 Київ,Харків</i>: щоденний дайджест у цей час (і в групах та каналах); /digest off
    /quiet <i>23:00-07:00</i>: притримувати сповіщення вночі й надсилати вранці; /quiet off
    /language: українська або англійська
    /sources: стрічки новин, які читає бот

    Назви міст можна писати українською, англійською чи російською: Харків, Kharkiv, Харьков.
    Цифри взято з повідомлень медіа; вони можуть змінюватися, коли повідомлення оновлюють.

## Commands menu
cmd-city = Останні події в місті
cmd-latest = Останні 24 години по Україні
cmd-subscribe = Сповіщення для міста
cmd-unsubscribe = Вимкнути сповіщення
cmd-subscriptions = Ваші підписки
cmd-digest = Щоденний дайджест у заданий час
cmd-quiet = Тихі години вночі
cmd-language = Змінити мову
cmd-sources = Джерела новин
cmd-help = Як користуватися ботом

## /city
city-pick = Яке місто? Виберіть або надішліть /city <i>назва</i>.
city-not-found = Не знаю місця «{ $query }».
city-did-you-mean = Можливо, ви мали на увазі:
city-try-again = Спробуйте /city з іншим написанням, наприклад /city Харків.
city-header = <b>{ $city }</b>: останні події за 7 днів
city-none = За останні 7 днів подій у місті <b>{ $city }</b> не повідомлялося.
city-query-too-long = Це задовго для назви міста. Спробуйте /city Харків.

## /latest
latest-header = <b>Останні 24 години по Україні</b>
latest-empty = За останні 24 години повідомлень про удари чи допомогу ще немає.
latest-strikes = <b>Удари за містами</b>
latest-air-defence = <b>ППО</b>
latest-aid = <b>Допомога</b>
latest-other-places = Інші місця: { $places }
latest-more = …і ще { $count }.

## Incident
incident-killed = { $count ->
    [one] { $count } загиблий
    [few] { $count } загиблі
   *[other] { $count } загиблих
}
incident-injured = { $count ->
    [one] { $count } поранений
    [few] { $count } поранені
   *[other] { $count } поранених
}
incident-no-casualties = без повідомлень про постраждалих
incident-drones = дрони: збито { $downed } з { $launched }
incident-drones-launched = дрони: запущено { $launched }
incident-drones-downed = дрони: збито { $downed }
incident-missiles = ракети: збито { $downed } з { $launched }
incident-missiles-launched = ракети: запущено { $launched }
incident-missiles-downed = ракети: збито { $downed }
incident-hit = влучання: { $targets }
incident-sources = Джерела:
incident-nationwide = Україна
incident-attack = атака
alert-new = 🔴 <b>Нова подія</b>
alert-update = 🟠 <b>Оновлення</b>: { $city }: { $figures }
alert-update-figures-none = цифри оновлено

kind-aid = допомога

aid-status-pledged = обіцяно
aid-status-approved = схвалено
aid-status-delivered = доставлено
aid-status-blocked = заблоковано
aid-status-vote-pending = очікує голосування
aid-type-military = військова
aid-type-financial = фінансова
aid-type-humanitarian = гуманітарна
aid-type-energy = енергетична

weapon-drone = дрони
weapon-shahed = шахеди
weapon-fpv-drone = FPV-дрони
weapon-missile = ракети
weapon-cruise-missile = крилаті ракети
weapon-ballistic-missile = балістичні ракети
weapon-kinzhal = «Кинджал»
weapon-iskander-m = «Іскандер-М»
weapon-kh-101 = Х-101
weapon-kh-22 = Х-22
weapon-kh-59 = Х-59
weapon-kalibr = «Калібр»
weapon-s-300 = С-300
weapon-s-400 = С-400
weapon-kn-23 = KN-23
weapon-guided-bomb = КАБи
weapon-artillery = артилерія
weapon-mlrs = РСЗВ

target-residential-building = житловий будинок
target-private-house = приватний будинок
target-energy-infrastructure = енергетика
target-school = школа
target-kindergarten = дитсадок
target-hospital = лікарня
target-railway = залізниця
target-port = порт
target-industrial = підприємство
target-vehicles = автомобілі

## Subscriptions
subscribe-usage = Яке місто? Надішліть /subscribe <i>місто</i>, наприклад /subscribe Харків.
subscribe-ok = Ви підписалися на місто <b>{ $city }</b>. Кожна нова подія там надійде в цей чат один раз, щойно про неї повідомлять.
subscribe-already = Цей чат уже підписано на місто <b>{ $city }</b>.
subscribe-limit = Чат може стежити щонайбільше за { $max } містами. Спершу приберіть одне через /unsubscribe.
unsubscribe-usage = Надішліть /unsubscribe <i>місто</i> або /unsubscribe all.
unsubscribe-ok = Підписку на місто <b>{ $city }</b> скасовано.
unsubscribe-not-subscribed = Цей чат не підписано на місто <b>{ $city }</b>.
unsubscribe-all-ok = Усі підписки скасовано.
subscriptions-list = <b>Підписки</b>: { $cities }
subscriptions-empty = Підписок ще немає. Надішліть /subscribe <i>місто</i>, наприклад /subscribe Харків.
subscriptions-paused = Сповіщення для цього чату призупинено.

## Language
language-pick = Оберіть мову:
language-set = Мову змінено на українську.

## Errors
error-generic = Щось пішло не так з мого боку. Спробуйте ще раз за хвилину.
error-unknown-command = Не знаю такої команди. /help покаже, що я вмію.
