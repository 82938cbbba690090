## /subscribe dialogue
sub-dlg-city =
    <b>New subscription</b>
    Which city? Pick one below or type its name in any spelling: Kharkiv, Харків, Kharkov.
sub-dlg-city-group =
    <b>New subscription</b>
    Which city? Pick one below, or reply to this message with its name in any spelling: Kharkiv, Харків, Kharkov.
sub-dlg-city-again = Try another spelling, or pick a city from the buttons.
sub-dlg-city-too-long = That is too long for a city name. Type just the name, e.g. Kharkiv.
sub-dlg-already = This chat already follows <b>{ $city }</b>; its current settings are marked ✓.
sub-dlg-kinds =
    What should I send about <b>{ $city }</b>?
    Aid news is national: it comes whatever the city.
sub-dlg-mode =
    How should news about <b>{ $city }</b> arrive?
    Instant alerts come as soon as an incident is reported; the digest is one message a day.
sub-dlg-time = At what time should the daily digest come? Pick one or type a time such as 07:30 ({ $zone } time).
sub-dlg-time-group = At what time should the daily digest come? Pick one, or reply to this message with a time such as 07:30 ({ $zone } time).
sub-dlg-time-bad = I need a time such as 07:30 or 20:00.
sub-dlg-oblast = Also alert about strikes elsewhere in <b>{ $oblast }</b>, not only in <b>{ $city }</b>?
sub-dlg-confirm = <b>Check and save</b>
sub-dlg-saved = ✅ <b>Subscribed.</b>
sub-dlg-updated = ✅ <b>Subscription updated.</b>
sub-dlg-after = /subscriptions shows and changes this chat's subscriptions.
sub-dlg-cancelled = Cancelled. Nothing was changed.
sub-dlg-use-buttons = Please pick one of the buttons above, or send /cancel.
sub-dlg-old-button = That button belongs to an earlier step.
sub-dlg-expired = This dialogue has ended, or someone else started it. Send /subscribe to start your own.
sub-dlg-nothing-to-cancel = Nothing to cancel.

sub-btn-strikes = Strikes
sub-btn-aid = Aid news
sub-btn-both = Both
sub-btn-instant = Instant alerts
sub-btn-digest = Daily digest
sub-btn-yes = Yes
sub-btn-no = No
sub-btn-save = ✅ Save
sub-btn-cancel = ✖ Cancel

## A subscription described
sub-what = What: { $kinds }
sub-how = How: { $mode }
sub-where = Where: { $oblast }
sub-kinds-strike = strikes
sub-kinds-aid = aid news
sub-kinds-both = strikes and aid news
sub-mode-instant = instant alerts
sub-mode-digest = a daily digest at { $time }
sub-mode-both = instant alerts and a daily digest at { $time }
sub-mode-digest-untimed = a daily digest
sub-mode-both-untimed = instant alerts and a daily digest
sub-oblast-on = the city and the rest of { $oblast }
sub-oblast-off = the city only

## /subscriptions
subs-header = <b>Subscriptions</b> ({ $count })
subs-item = • <b>{ $city }</b>: { $details }
subs-tap-hint = Tap a city to change or remove it. /subscribe adds another.
subs-empty = No subscriptions yet. Send /subscribe to set one up in a few taps, or /subscribe <i>city</i> for instant alerts about strikes there, e.g. /subscribe Kharkiv.
subs-switch-hint = The switches below apply at once.
subs-btn-dialogue = ✏️ Step by step
subs-btn-remove = 🗑 Remove
subs-btn-back = « All subscriptions
subs-saved = Saved.
subs-removed = Unsubscribed from { $city }.
subs-gone = This subscription no longer exists.
subs-refused-last-kind = Keep at least one: strikes or aid news. To stop everything, tap Remove.
subs-refused-last-mode = Keep at least one: instant alerts or the daily digest. To stop everything, tap Remove.
subs-refused-no-oblast = This city has no oblast around it to add.

## Periods and pages of /city and /latest
period-hours = { $count ->
    [1] hour
   *[other] { $count } hours
}
period-days = { $count ->
    [1] day
   *[other] { $count } days
}
period-bad = I didn't understand the period. Put hours or days after the command, e.g. /city Odesa 3d, /city Kharkiv 12h or /latest 48h (from 1 hour to 30 days).
period-out-of-range = The period must be from 1 hour to 30 days, e.g. /city Odesa 3d or /latest 48h.
city-period-header = <b>{ $city }</b>: incidents in the last { $period }
city-page-header = <b>{ $city }</b>: incidents in the last { $period } ({ $from }–{ $to } of { $total })
city-period-none = No incidents reported in <b>{ $city }</b> in the last { $period }.
latest-period-header = <b>Last { $period } across Ukraine</b>
latest-period-empty = No strikes or aid reports in the last { $period } yet.
latest-page-header = <b>Last { $period } across Ukraine</b>: incidents { $from }–{ $to } of { $total }
page-prev = ‹ Prev
page-next = Next ›
button-stale = This button no longer works. Please send the command again.
