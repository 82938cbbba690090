## Groups and channels: who may change settings
groups-admin-only = Sorry, only administrators of this chat can change its settings.
groups-admin-check-failed = I couldn't check your rights in this chat just now. Please try again in a minute.

## /digest
groups-digest-usage =
    <b>Daily digest</b>: one message a day summarising what happened.
    /digest 08:00: at 08:00, for the places this chat is subscribed to
    /digest 08:00 Kyiv, Kharkiv: at 08:00, for these places
    Add quiet:skip to send nothing on a day with nothing to report (quiet:line sends one line).
    /digest off: no digest; /digest: show the setting
groups-digest-none =
    No daily digest is set for this chat.
    Set one with /digest 08:00 Kyiv, Kharkiv.
groups-digest-show = Daily digest at <b>{ $time }</b> ({ $timezone }): { $places }.
groups-digest-set = Daily digest set: every day at <b>{ $time }</b> ({ $timezone }), covering { $places }.
groups-digest-places-subscriptions = this chat's subscriptions ({ $places })
groups-digest-places-none = this chat's subscriptions (none yet: add places with /subscribe, or list them after the time)
groups-digest-on-quiet-line = On a day with nothing to report, a one-line “quiet” digest is sent.
groups-digest-on-quiet-skip = On a day with nothing to report, no digest is sent.
groups-digest-off = Daily digest turned off.
groups-digest-too-many = A digest can cover at most { $max } places.
groups-bad-time = “{ $text }” is not a time of day. Use HH:MM, from 00:00 to 23:59, e.g. 08:00.
groups-unknown-place = I don't know a place called “{ $query }”.
groups-did-you-mean = Did you mean: { $places }?
groups-unknown-place-try-again = Check the spelling and separate places with commas, e.g. Kyiv, Kharkiv.

## /quiet
groups-quiet-usage =
    <b>Quiet hours</b>: alerts are held at night and sent together when quiet hours end.
    /quiet 23:00-07:00: hold every alert from 23:00 to 07:00
    /quiet 23:00-07:00 casualties: but let alerts about people killed or injured through
    /quiet off: alerts at any time; /quiet: show the setting
groups-quiet-none =
    No quiet hours: alerts arrive at any time.
    Set them with /quiet 23:00-07:00.
groups-quiet-show = Quiet hours: <b>{ $from }–{ $to }</b> ({ $timezone }).
groups-quiet-set = Quiet hours set: <b>{ $from }–{ $to }</b> ({ $timezone }).
groups-quiet-casualties-through = Alerts that report people killed or injured still come through at once.
groups-quiet-casualties-held = Alerts are held and arrive together at { $to }.
groups-quiet-off = Quiet hours turned off: alerts arrive at any time.
groups-quiet-same-times = Quiet hours need different start and end times, e.g. /quiet 23:00-07:00.

## Language by argument
groups-language-usage = Which language? Add en or uk, e.g. /language @yourchannel uk.
groups-remote-language-set = Language of <b>{ $title }</b> set to { $language }.

## A channel configured from a private chat
groups-remote-prefix = Channel <b>{ $title }</b>:
groups-remote-private-only = To configure a channel by its @name or id, write to me in a private chat. Here, just leave out the name.
groups-remote-not-found = I can't find { $target }. Add me to the channel as an administrator, then try again.
groups-remote-not-channel = { $target } is not a channel. Configure a group from inside the group.
groups-remote-not-admin = Only administrators of <b>{ $title }</b> can change its settings.
groups-remote-bot-not-admin = Make me an administrator of <b>{ $title }</b>, with the right to post messages, first.
