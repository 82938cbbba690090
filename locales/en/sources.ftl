## /sources: the feeds and their health (everyone)
sources-header = <b>News sources</b> ({ $count })
sources-empty = No news sources yet. An operator can add one with /addfeed URL.
sources-feed-title = { $number }. { $icon } <b>{ $title }</b>
sources-feed-ok = last read { $when } · { $items ->
    [one] 1 item
   *[other] { $items } items
    } seen
sources-feed-new = not read yet
sources-feed-failing = { $failures ->
    [one] failed once
   *[other] failed { $failures } times in a row
    }, since { $since }: { $error }
sources-feed-retry = next try { $when }
sources-feed-paused-admin = paused by an operator (/resumefeed to resume)
sources-feed-paused-failing = paused after failing for days (/resumefeed to resume)
sources-admin-hint = Operators: /addfeed URL, /removefeed URL, /pausefeed URL, /resumefeed URL, /exportfeeds, /importfeeds (as a reply to an OPML file). A number from this list works instead of the URL.

## Managing sources (operators only)
sources-admin-only = Sorry, only the bot's operators can change its news sources.
sources-usage = Send the feed's address: { $command } https://example.org/rss
sources-added = ✅ Added <b>{ $title }</b> ({ $items ->
    [one] 1 item
   *[other] { $items } items
    } now): { $url }
sources-exists = That feed is already in the list: { $url }
sources-refused = ❌ Refused { $url }: { $reason }
sources-unreadable = ❌ Could not read { $url } as a feed: { $error }
sources-removed = 🗑 Removed { $url }
sources-not-found = No such feed in the list: { $url }. /sources shows the list.
sources-paused = ⏸ Paused { $url }. /resumefeed resumes it.
sources-resumed = ▶️ Resumed { $url }; it is read at the next poll.
sources-reason = { $reason ->
    [scheme] only http:// and https:// addresses are allowed
    [invalid-url] not a valid address
    [credentials] addresses with a user name or password are not allowed
    [unresolvable] the host name does not resolve
    [metadata] it points at a cloud metadata service ({ $address })
    [loopback] it points at this machine ({ $address })
    [private] it points at a private network ({ $address })
    [link-local] it points at a link-local address ({ $address })
    [cgnat] it points at a carrier-grade NAT address ({ $address })
    [unique-local] it points at a private IPv6 network ({ $address })
    [unspecified] it points at an unspecified address ({ $address })
    [multicast] it points at a multicast address ({ $address })
   *[reserved] it points at a reserved address ({ $address })
    }

## OPML export and import
sources-export-caption = { $count ->
    [one] 1 news source
   *[other] { $count } news sources
    } (OPML)
sources-import-usage = Reply to an OPML file with /importfeeds, or send the file with /importfeeds as its caption.
sources-import-bad-file = I couldn't read that file as OPML: { $error }
sources-import-empty = The OPML file lists no feeds (no outline with an xmlUrl).
sources-import-too-big = That file is too large (more than { $max } KB).
sources-import-header = <b>Import</b>: { $added } added, { $existing } already listed, { $refused } refused
sources-import-truncated = Only the first { $max } feeds of the file were checked.

## Told to the operators outside any chat
sources-feed-paused-alert =
    ⏸ A news source was paused: it has failed since { $since } ({ $failures } attempts).
    <b>{ $title }</b>
    { $url }
    Last error: { $error }
    /resumefeed { $url } tries it again; /removefeed { $url } drops it.
