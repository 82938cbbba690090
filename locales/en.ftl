## Start and help
start-welcome =
    <b>Sitrep</b> tells you, fast, what happened in your city: strikes (drones, missiles, guided bombs), people killed and injured, what air defence shot down, and aid pledged, approved, delivered or blocked.

    Try:
    /city Kharkiv: latest incidents in a city
    /latest: the last 24 hours across Ukraine
    /subscribe Kyiv: instant alerts for a city

    /help lists every command.
help-text =
    <b>Commands</b>
    /city <i>name</i>: latest incidents in a city (last 7 days, or a period: /city Odesa 3d); without a name, pick from a list
    /latest: summary of the last 24 hours across Ukraine (or /latest 48h)
    /subscribe <i>city</i>: an alert for every new incident in that city; /subscribe alone asks step by step (what, how, oblast); /cancel stops it
    /unsubscribe <i>city</i> or /unsubscribe all: stop alerts
    /subscriptions: your subscriptions
    /digest <i>08:00 Kyiv,Kharkiv</i>: a daily digest at that time (in groups and channels too); /digest off
    /quiet <i>23:00-07:00</i>: hold alerts at night and send them in the morning; /quiet off
    /language: English or Ukrainian
    /sources: the news feeds the bot reads

    City names work in English, Ukrainian or Russian spelling: Kharkiv, Харків, Kharkov.
    Figures come from news reports and may change as reports are updated.

## Commands menu
cmd-city = Latest incidents in a city
cmd-latest = Last 24 hours across Ukraine
cmd-subscribe = Alerts for a city
cmd-unsubscribe = Stop alerts for a city
cmd-subscriptions = Your subscriptions
cmd-digest = Daily digest at a set time
cmd-quiet = Quiet hours at night
cmd-language = Change language
cmd-sources = News sources
cmd-help = How to use the bot

## /city
city-pick = Which city? Pick one or type /city <i>name</i>.
city-not-found = I don't know a place called “{ $query }”.
city-did-you-mean = Did you mean:
city-try-again = Try /city with another spelling, e.g. /city Kharkiv.
city-header = <b>{ $city }</b>: latest incidents, last 7 days
city-none = No incidents reported in <b>{ $city }</b> in the last 7 days.
city-query-too-long = That is too long for a city name. Try /city Kharkiv.

## /latest
latest-header = <b>Last 24 hours across Ukraine</b>
latest-empty = No strikes or aid reports in the last 24 hours yet.
latest-strikes = <b>Strikes by city</b>
latest-air-defence = <b>Air defence</b>
latest-aid = <b>Aid</b>
latest-other-places = Other places: { $places }
latest-more = …and { $count } more.

## Incident
incident-killed = { $count } killed
incident-injured = { $count } injured
incident-no-casualties = no casualties reported
incident-drones = drones: { $downed } of { $launched } shot down
incident-drones-launched = drones: { $launched } launched
incident-drones-downed = drones: { $downed } shot down
incident-missiles = missiles: { $downed } of { $launched } shot down
incident-missiles-launched = missiles: { $launched } launched
incident-missiles-downed = missiles: { $downed } shot down
incident-hit = { $targets } hit
incident-sources = Sources:
incident-nationwide = Ukraine
incident-attack = attack
alert-new = 🔴 <b>New incident</b>
alert-update = 🟠 <b>Update</b>: { $city }: { $figures }
alert-update-figures-none = figures updated

kind-aid = aid

aid-status-pledged = pledged
aid-status-approved = approved
aid-status-delivered = delivered
aid-status-blocked = blocked
aid-status-vote-pending = vote pending
aid-type-military = military
aid-type-financial = financial
aid-type-humanitarian = humanitarian
aid-type-energy = energy

weapon-drone = drones
weapon-shahed = Shahed drones
weapon-fpv-drone = FPV drones
weapon-missile = missiles
weapon-cruise-missile = cruise missiles
weapon-ballistic-missile = ballistic missiles
weapon-kinzhal = Kinzhal
weapon-iskander-m = Iskander-M
weapon-kh-101 = Kh-101
weapon-kh-22 = Kh-22
weapon-kh-59 = Kh-59
weapon-kalibr = Kalibr
weapon-s-300 = S-300
weapon-s-400 = S-400
weapon-kn-23 = KN-23
weapon-guided-bomb = guided bombs
weapon-artillery = artillery
weapon-mlrs = rocket artillery

target-residential-building = residential building
target-private-house = private house
target-energy-infrastructure = energy infrastructure
target-school = school
target-kindergarten = kindergarten
target-hospital = hospital
target-railway = railway
target-port = port
target-industrial = industrial site
target-vehicles = vehicles

## Subscriptions
subscribe-usage = Which city? Send /subscribe <i>city</i>, e.g. /subscribe Kharkiv.
subscribe-ok = Subscribed to <b>{ $city }</b>. Every new incident there will reach this chat once, as soon as it is reported.
subscribe-already = This chat is already subscribed to <b>{ $city }</b>.
subscribe-limit = A chat can follow at most { $max } cities. Remove one with /unsubscribe first.
unsubscribe-usage = Send /unsubscribe <i>city</i>, or /unsubscribe all.
unsubscribe-ok = Unsubscribed from <b>{ $city }</b>.
unsubscribe-not-subscribed = This chat is not subscribed to <b>{ $city }</b>.
unsubscribe-all-ok = All subscriptions removed.
subscriptions-list = <b>Subscriptions</b>: { $cities }
subscriptions-empty = No subscriptions yet. Send /subscribe <i>city</i>, e.g. /subscribe Kharkiv.
subscriptions-paused = Alerts are paused for this chat.

## Language
language-pick = Choose the language:
language-set = Language set to English.

## Errors
error-generic = Something went wrong on my side. Please try again in a minute.
error-unknown-command = I don't know that command. /help lists what I can do.
