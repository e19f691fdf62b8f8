### Welcome Kiosk: Dutch interface strings.
### Translation: machine translation (AI-assisted) from the English reference, not yet reviewed by a native speaker.
### Review status: not reviewed

# The language's own name, shown on the language picker.
-language-name = Nederlands
-app-name = Welcome Kiosk

## Window

window-title = { -app-name }

## The bar on every screen

nav-home = Start
nav-back = Terug
nav-language = Taal
nav-emergency = Noodgeval
nav-search = Zoeken

## Reading aloud, text size and contrast (buttons with an icon; the words are for
## visitors who read them and for screen labels)

# On the speaker button of a page, the emergency screen and each home tile.
listen = Voorlezen
listen-pause = Pauze
listen-resume = Verder
listen-stop = Stoppen
listen-again = Opnieuw
listen-previous = Terug
listen-next = Volgende
volume-down = Zachter
volume-up = Harder
# In the bar: three text sizes, and a high-contrast palette.
text-size = Lettergrootte
contrast = Contrast

## Language picker

language-heading = Kies uw taal
language-hint = U kunt de taal altijd veranderen met de knop Taal.
# Two switches for volunteers: change the language of everything, or only of the texts
# (for a visitor who reads one language but prefers buttons in another).
language-change-all = Alles veranderen
language-change-texts = Alleen de teksten
# Shown when the texts are in another language than the buttons. $ui and $content are
# language names.
language-split = Knoppen in { $ui } · teksten in { $content }
# Picker with many languages: a heading over the languages the centre shows first, and one
# over all the others (grouped by writing system under it).
language-featured = Hier het meest gebruikt
language-more = Meer talen
# The search field of a long picker, and what it says when nothing matches.
language-find = Typ de naam van uw taal
language-find-nothing = Geen taal gevonden. Probeer de eerste letters, of vraag het aan een vrijwilliger.

## Home screen

home-heading = Welkom
home-subheading = Wat heeft u nodig? Tik op een afbeelding.

## Categories: home tiles and list headings

kind-guides = Uw rechten
kind-jobs = Werk
kind-contacts = Noodgeval
kind-services = Hulp en advies
kind-events = Activiteiten
kind-stories = Verhalen

## Lists

# $count is the number of items in a list.
list-count =
    { $count ->
        [one] Eén item
       *[other] { $count } items
    }
list-empty = Hier is nu niets. Kom later nog eens terug.

## Notices on items

# $language is the visitor's language, $fallback the language the text is shown in.
fallback-notice = Nog niet beschikbaar in { $language } — getoond in { $fallback }.
machine-translation-notice = Een computer heeft deze tekst vertaald. Er kunnen fouten in staan.
example-badge = Voorbeeld
example-notice = Dit is een voorbeeld, om te laten zien hoe de kiosk werkt. Het is geen echte informatie.
fictional-badge = Verzonnen verhaal
fictional-notice = Dit verhaal is verzonnen, om te laten zien hoe verhalen eruit kunnen zien. Het gaat niet over een echte persoon.

## Facts of an item

fact-phone = Telefoon
fact-email = E-mail
fact-address = Adres
fact-place = Waar
fact-hours = Openingstijden
fact-when = Wanneer
fact-website = Website
fact-employer = Werkgever
fact-contract = Contract
fact-working-hours = Werkuren
fact-pay = Loon
fact-languages-needed = Gevraagde talen
fact-languages-spoken = Gesproken talen
fact-posted = Geplaatst op
fact-apply-before = Solliciteren vóór

# $hours is a number of hours.
hours-per-week =
    { $hours ->
        [one] { $hours } uur per week
       *[other] { $hours } uur per week
    }
contract-permanent = Vaste baan
contract-temporary = Tijdelijke baan
contract-seasonal = Seizoenswerk
contract-apprenticeship = Werken en leren

money = { $symbol } { $amount }

# $amount is an amount of money, already formatted with its currency.
pay-per-hour = { $amount } per uur
pay-per-day = { $amount } per dag
pay-per-week = { $amount } per week
pay-per-month = { $amount } per maand
pay-per-year = { $amount } per jaar

open-now = Nu open
closed-now = Nu gesloten
# When a service opens or closes next. $time is a time of day (17:00, 5:00 PM), $day the
# name of a weekday (Thursday).
open-closes-today = Nu open · sluit om { $time }
open-closes-tomorrow = Nu open · sluit morgen om { $time }
open-closes-day = Nu open · sluit { $day } om { $time }
closed-opens-today = Gesloten · opent vandaag om { $time }
closed-opens-tomorrow = Gesloten · opent morgen om { $time }
closed-opens-day = Gesloten · opent { $day } om { $time }
open-always = Dag en nacht open, elke dag
free-call = Gratis bellen
free-entry = Gratis toegang

repeats-weekly = Elke week
repeats-monthly = Elke maand
repeats-yearly = Elk jaar

## Emergency screen

emergency-heading = Noodnummers
emergency-intro = Is iemand in gevaar? Bel dan 112. Bellen is gratis.
urgent-badge = Dringend

## Attract screen, shown when nobody is using the kiosk

# Shown in every offered language in turn, each in its own language.
attract-touch = Tik op het scherm om te beginnen

## Idle warning: the kiosk starts again for the next person

idle-heading = Bent u er nog?
# $seconds is a number of seconds.
idle-countdown =
    { $seconds ->
        [one] Over { $seconds } seconde begint de kiosk opnieuw. Wat u heeft bekeken, wordt gewist.
       *[other] Over { $seconds } seconden begint de kiosk opnieuw. Wat u heeft bekeken, wordt gewist.
    }
idle-more-time = Ik heb meer tijd nodig

## Volunteer panel (opened with a long press on the centre's name and a PIN)

pin-heading = Pincode voor vrijwilligers
pin-hint = Typ de pincode. Tik dan op OK.
pin-ok = OK
pin-clear = Wissen
pin-cancel = Annuleren
pin-wrong = Verkeerde pincode. Probeer het opnieuw.
# $seconds is a number of seconds.
pin-locked =
    { $seconds ->
        [one] Te veel foute pogingen. Wacht { $seconds } seconde.
       *[other] Te veel foute pogingen. Wacht { $seconds } seconden.
    }
panel-heading = Vrijwilligerspaneel
panel-content = Getoonde inhoud
panel-bundle = Inhoudspakket
panel-version = Versie
panel-source = Bron
panel-problems = Problemen bij het laden
panel-no-problems = Geen problemen.
panel-default-language = Standaardtaal voor de volgende bezoeker
panel-reload = Inhoud opnieuw laden
panel-reloaded = Inhoud opnieuw geladen.
panel-exit = Kioskmodus verlaten
# Asked before kiosk mode is left. $minutes is a number of minutes.
panel-exit-question =
    { $minutes ->
        [one] Kioskmodus verlaten? Na { $minutes } minuut zonder aanraking gaat hij vanzelf weer aan.
       *[other] Kioskmodus verlaten? Na { $minutes } minuten zonder aanraking gaat hij vanzelf weer aan.
    }
panel-exit-yes = Ja, verlaten
panel-exit-no = Nee, blijven
panel-close = Sluiten

## Search, with an on-screen keyboard

search-heading = Zoeken
search-hint = Typ een woord. De resultaten veranderen terwijl u typt.
# In the empty search field.
search-placeholder = Typ hier
# $count is the number of results.
search-count =
    { $count ->
        [one] Eén resultaat
       *[other] { $count } resultaten
    }
search-nothing = Niets gevonden. Probeer een ander woord, of kies een onderwerp.
search-clear = Alles wissen
keyboard-space = Spatie
keyboard-backspace = Wissen
# On the key that shows the next keyboard (another alphabet).
keyboard-next = Ander toetsenbord

## Take it home: QR codes for a phone's camera

qr-take-home = Neem het mee: richt de camera van uw telefoon op deze code.
qr-call = Scan met uw telefoon om dit nummer te bellen.
qr-close = Sluiten

## Job filters

filter-heading = Toon alleen
filter-all = Alle vacatures
filter-full-time = Voltijd
filter-part-time = Deeltijd
filter-new = Nieuw deze week
# Followed by buttons with language names: only jobs that need no other language.
filter-languages = Ik spreek
# $count is the number of jobs that match the filters.
filter-matching =
    { $count ->
        [0] Geen vacatures gevonden. Tik op “Alle vacatures”.
        [one] Eén vacature gevonden
       *[other] { $count } vacatures gevonden
    }

## Emergency alerts, shown over every screen until they end

# The big button under an alert that covers the whole screen.
alert-read = Ik heb het gelezen
# What kind of alert it is (CAP severity levels, from the most to the least serious).
alert-extreme = Extreem gevaar
alert-severe = Gevaar
alert-moderate = Waarschuwing
alert-minor = Informatie
alert-unknown = Mededeling
# $time is when the alert ends, like "18:00" or "Fri 18:00".
alert-until = Tot { $time }
# On the strip of a less serious alert: tap to read all of it.
alert-more = Lees meer
# Followed by the places the alert is about.
alert-where = Waar:
# Heading above what people should do.
alert-what-to-do = Wat moet u doen
# Button on an alert: opens the centre's emergency numbers.
alert-emergency = Noodnummers

## Night screen, outside the centre's opening hours

night-closed = Het centrum is nu gesloten.
night-touch = U kunt dit scherm toch gebruiken: tik erop.

## Volunteer panel: alerts and usage counts

panel-alerts = Waarschuwingen die nu getoond worden
panel-alerts-none = Er wordt geen waarschuwing getoond.
panel-usage = Gebruikstellingen (hoe vaak elke pagina geopend is)
panel-usage-save = Gebruikstellingen opslaan op de USB-stick
# $file is where the counts were written.
panel-usage-saved = Opgeslagen in { $file }.
panel-usage-off = Het tellen van gebruik staat uit in de configuratie.
panel-usage-no-folder = Er is geen USB-map ingesteld (watch_dir), dus er kan niets worden opgeslagen.
