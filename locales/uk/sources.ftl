## /sources: стрічки та їхній стан (для всіх)
sources-header = <b>Джерела новин</b> ({ $count })
sources-empty = Джерел новин ще немає. Оператор може додати стрічку командою /addfeed URL.
sources-feed-title = { $number }. { $icon } <b>{ $title }</b>
sources-feed-ok = прочитано { $when } · { $items ->
    [one] { $items } запис
    [few] { $items } записи
   *[other] { $items } записів
    }
sources-feed-new = ще не прочитано
sources-feed-failing = { $failures ->
    [one] { $failures } помилка поспіль
    [few] { $failures } помилки поспіль
   *[other] { $failures } помилок поспіль
    }, від { $since }: { $error }
sources-feed-retry = наступна спроба { $when }
sources-feed-paused-admin = призупинено оператором (/resumefeed, щоб відновити)
sources-feed-paused-failing = призупинено після кількох днів помилок (/resumefeed, щоб відновити)
sources-admin-hint = Операторам: /addfeed URL, /removefeed URL, /pausefeed URL, /resumefeed URL, /exportfeeds, /importfeeds (у відповідь на файл OPML). Замість URL можна вказати номер зі списку.

## Керування джерелами (лише оператори)
sources-admin-only = Вибачте, змінювати джерела новин можуть лише оператори бота.
sources-usage = Надішліть адресу стрічки: { $command } https://example.org/rss
sources-added = ✅ Додано <b>{ $title }</b> (зараз { $items ->
    [one] { $items } запис
    [few] { $items } записи
   *[other] { $items } записів
    }): { $url }
sources-exists = Ця стрічка вже є у списку: { $url }
sources-refused = ❌ Відхилено { $url }: { $reason }
sources-unreadable = ❌ Не вдалося прочитати { $url } як стрічку: { $error }
sources-removed = 🗑 Видалено { $url }
sources-not-found = Такої стрічки немає у списку: { $url }. Список: /sources.
sources-paused = ⏸ Призупинено { $url }. /resumefeed відновлює.
sources-resumed = ▶️ Відновлено { $url }; її прочитають під час наступного опитування.
sources-reason = { $reason ->
    [scheme] дозволено лише адреси http:// та https://
    [invalid-url] це не правильна адреса
    [credentials] адреси з ім'ям користувача чи паролем не дозволено
    [unresolvable] ім'я хоста не розпізнається
    [metadata] вона веде до служби метаданих хмари ({ $address })
    [loopback] вона веде на цю ж машину ({ $address })
    [private] вона веде до приватної мережі ({ $address })
    [link-local] вона веде до локальної адреси каналу ({ $address })
    [cgnat] вона веде до адреси CGNAT ({ $address })
    [unique-local] вона веде до приватної мережі IPv6 ({ $address })
    [unspecified] вона веде до невизначеної адреси ({ $address })
    [multicast] вона веде до групової адреси ({ $address })
   *[reserved] вона веде до зарезервованої адреси ({ $address })
    }

## Експорт та імпорт OPML
sources-export-caption = { $count ->
    [one] { $count } джерело
    [few] { $count } джерела
   *[other] { $count } джерел
    } (OPML)
sources-import-usage = Дайте відповідь на файл OPML командою /importfeeds або надішліть файл з підписом /importfeeds.
sources-import-bad-file = Не вдалося прочитати файл як OPML: { $error }
sources-import-empty = У файлі OPML немає стрічок (немає outline з xmlUrl).
sources-import-too-big = Файл завеликий (понад { $max } КБ).
sources-import-header = <b>Імпорт</b>: додано { $added }, уже у списку { $existing }, відхилено { $refused }
sources-import-truncated = Перевірено лише перші { $max } стрічок з файлу.

## Повідомлення операторам поза чатом
sources-feed-paused-alert =
    ⏸ Джерело новин призупинено: помилки від { $since } ({ $failures } спроб).
    <b>{ $title }</b>
    { $url }
    Остання помилка: { $error }
    /resumefeed { $url } — спробувати знову; /removefeed { $url } — видалити.
