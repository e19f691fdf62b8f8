### Welcome Kiosk: German interface strings.
### Translation: machine translation (AI-assisted) from the English reference, not yet reviewed by a native speaker.
### Review status: not reviewed

# The language's own name, shown on the language picker.
-language-name = Deutsch
-app-name = Welcome Kiosk

## Window

window-title = { -app-name }

## The bar on every screen

nav-home = Start
nav-back = Zurück
nav-language = Sprache
nav-emergency = Notfall
nav-search = Suche

## Reading aloud, text size and contrast (buttons with an icon; the words are for
## visitors who read them and for screen labels)

# On the speaker button of a page, the emergency screen and each home tile.
listen = Vorlesen
listen-pause = Pause
listen-resume = Fortsetzen
listen-stop = Stopp
listen-again = Noch einmal
listen-previous = Zurück
listen-next = Weiter
volume-down = Leiser
volume-up = Lauter
# In the bar: three text sizes, and a high-contrast palette.
text-size = Schriftgröße
contrast = Kontrast

## Language picker

language-heading = Wählen Sie Ihre Sprache
language-hint = Mit dem Knopf „Sprache“ können Sie die Sprache jederzeit ändern.
# Two switches for volunteers: change the language of everything, or only of the texts
# (for a visitor who reads one language but prefers buttons in another).
language-change-all = Alles ändern
language-change-texts = Nur die Texte ändern
# Shown when the texts are in another language than the buttons. $ui and $content are
# language names.
language-split = Knöpfe auf { $ui } · Texte auf { $content }
# Picker with many languages: a heading over the languages the centre shows first, and one
# over all the others (grouped by writing system under it).
language-featured = Hier am meisten genutzt
language-more = Weitere Sprachen
# The search field of a long picker, and what it says when nothing matches.
language-find = Geben Sie den Namen Ihrer Sprache ein
language-find-nothing = Keine Sprache gefunden. Versuchen Sie die ersten Buchstaben oder fragen Sie eine Helferin oder einen Helfer.

## Home screen

home-heading = Willkommen
home-subheading = Was brauchen Sie? Tippen Sie auf ein Bild.

## Categories: home tiles and list headings

kind-guides = Ihre Rechte
kind-jobs = Arbeit
kind-contacts = Notfall
kind-services = Hilfe vor Ort
kind-events = Veranstaltungen
kind-stories = Geschichten

## Lists

# $count is the number of items in a list.
list-count =
    { $count ->
        [one] { $count } Eintrag
       *[other] { $count } Einträge
    }
list-empty = Im Moment gibt es hier nichts. Bitte schauen Sie später wieder vorbei.

## Notices on items

# $language is the visitor's language, $fallback the language the text is shown in.
fallback-notice = Noch nicht auf { $language } verfügbar — hier auf { $fallback }.
machine-translation-notice = Ein Computer hat diesen Text übersetzt. Er kann Fehler haben.
example-badge = Beispiel
example-notice = Dies ist ein Beispiel. Es zeigt, wie der Kiosk funktioniert. Es sind keine echten Informationen.
fictional-badge = Erfundene Geschichte
fictional-notice = Diese Geschichte ist erfunden. Sie zeigt, wie Geschichten aussehen können. Es geht nicht um einen echten Menschen.

## Facts of an item

fact-phone = Telefon
fact-email = E-Mail
fact-address = Adresse
fact-place = Wo
fact-hours = Öffnungszeiten
fact-when = Wann
fact-website = Webseite
fact-employer = Arbeitgeber
fact-contract = Vertrag
fact-working-hours = Arbeitszeit
fact-pay = Lohn
fact-languages-needed = Benötigte Sprachen
fact-languages-spoken = Gesprochene Sprachen
fact-posted = Veröffentlicht am
fact-apply-before = Bewerben bis

# $hours is a number of hours.
hours-per-week =
    { $hours ->
        [one] { $hours } Stunde pro Woche
       *[other] { $hours } Stunden pro Woche
    }
contract-permanent = Feste Stelle
contract-temporary = Befristete Stelle
contract-seasonal = Saisonarbeit
contract-apprenticeship = Ausbildung

# $amount is a number with its decimals, $symbol the currency sign (€, kr…).
money = { $amount } { $symbol }

# $amount is an amount of money, already formatted with its currency.
pay-per-hour = { $amount } pro Stunde
pay-per-day = { $amount } pro Tag
pay-per-week = { $amount } pro Woche
pay-per-month = { $amount } pro Monat
pay-per-year = { $amount } pro Jahr

open-now = Jetzt geöffnet
closed-now = Jetzt geschlossen
# When a service opens or closes next. $time is a time of day (17:00, 5:00 PM), $day the
# name of a weekday (Thursday).
open-closes-today = Jetzt geöffnet · schließt um { $time }
open-closes-tomorrow = Jetzt geöffnet · schließt morgen um { $time }
open-closes-day = Jetzt geöffnet · schließt am { $day } um { $time }
closed-opens-today = Geschlossen · öffnet heute um { $time }
closed-opens-tomorrow = Geschlossen · öffnet morgen um { $time }
closed-opens-day = Geschlossen · öffnet am { $day } um { $time }
open-always = Tag und Nacht geöffnet, jeden Tag
free-call = Anruf kostenlos
free-entry = Eintritt frei

repeats-weekly = Jede Woche
repeats-monthly = Jeden Monat
repeats-yearly = Jedes Jahr

## Emergency screen

emergency-heading = Notrufnummern
emergency-intro = Wenn jemand in Gefahr ist, rufen Sie die 112 an. Der Anruf ist kostenlos.
urgent-badge = Dringend

## Attract screen, shown when nobody is using the kiosk

# Shown in every offered language in turn, each in its own language.
attract-touch = Berühren Sie den Bildschirm, um zu starten

## Idle warning: the kiosk starts again for the next person

idle-heading = Sind Sie noch da?
# $seconds is a number of seconds.
idle-countdown =
    { $seconds ->
        [one] Neustart in { $seconds } Sekunde. Was Sie angesehen haben, wird gelöscht.
       *[other] Neustart in { $seconds } Sekunden. Was Sie angesehen haben, wird gelöscht.
    }
idle-more-time = Ich brauche mehr Zeit

## Volunteer panel (opened with a long press on the centre's name and a PIN)

pin-heading = PIN für Ehrenamtliche
pin-hint = Geben Sie die PIN ein und drücken Sie dann OK.
pin-ok = OK
pin-clear = Löschen
pin-cancel = Abbrechen
pin-wrong = Falsche PIN. Versuchen Sie es noch einmal.
# $seconds is a number of seconds.
pin-locked =
    { $seconds ->
        [one] Zu viele falsche Versuche. Warten Sie { $seconds } Sekunde.
       *[other] Zu viele falsche Versuche. Warten Sie { $seconds } Sekunden.
    }
panel-heading = Bereich für Ehrenamtliche
panel-content = Angezeigte Inhalte
panel-bundle = Inhaltspaket
panel-version = Version
panel-source = Quelle
panel-problems = Probleme beim Laden
panel-no-problems = Keine Probleme.
panel-default-language = Standardsprache für die nächste Person
panel-reload = Inhalte neu laden
panel-reloaded = Inhalte neu geladen.
panel-exit = Kioskmodus beenden
# Asked before kiosk mode is left. $minutes is a number of minutes.
panel-exit-question =
    { $minutes ->
        [one] Kioskmodus beenden? Er schaltet sich nach { $minutes } Minute ohne Berührung von selbst wieder ein.
       *[other] Kioskmodus beenden? Er schaltet sich nach { $minutes } Minuten ohne Berührung von selbst wieder ein.
    }
panel-exit-yes = Ja, beenden
panel-exit-no = Nein, bleiben
panel-close = Schließen

## Search, with an on-screen keyboard

search-heading = Suche
search-hint = Schreiben Sie ein Wort. Die Ergebnisse ändern sich beim Schreiben.
# In the empty search field.
search-placeholder = Hier schreiben
# $count is the number of results.
search-count =
    { $count ->
        [one] { $count } Ergebnis
       *[other] { $count } Ergebnisse
    }
search-nothing = Nichts gefunden. Versuchen Sie ein anderes Wort oder wählen Sie ein Thema.
search-clear = Alles löschen
keyboard-space = Leertaste
keyboard-backspace = Löschen
# On the key that shows the next keyboard (another alphabet).
keyboard-next = Andere Tastatur

## Take it home: QR codes for a phone's camera

qr-take-home = Zum Mitnehmen: Halten Sie die Kamera Ihres Handys auf diesen Code.
qr-call = Scannen Sie den Code mit Ihrem Handy, um diese Nummer anzurufen.
qr-close = Schließen

## Job filters

filter-heading = Nur anzeigen
filter-all = Alle Stellen
filter-full-time = Vollzeit
filter-part-time = Teilzeit
filter-new = Neu diese Woche
# Followed by buttons with language names: only jobs that need no other language.
filter-languages = Ich spreche
# $count is the number of jobs that match the filters.
filter-matching =
    { $count ->
        [0] Keine Stelle passt. Tippen Sie auf „Alle Stellen“.
        [one] { $count } Stelle passt
       *[other] { $count } Stellen passen
    }

## Emergency alerts, shown over every screen until they end

# The big button under an alert that covers the whole screen.
alert-read = Ich habe das gelesen
# What kind of alert it is (CAP severity levels, from the most to the least serious).
alert-extreme = Extreme Gefahr
alert-severe = Gefahr
alert-moderate = Warnung
alert-minor = Information
alert-unknown = Hinweis
# $time is when the alert ends, like "18:00" or "Fri 18:00".
alert-until = Bis { $time }
# On the strip of a less serious alert: tap to read all of it.
alert-more = Mehr lesen
# Followed by the places the alert is about.
alert-where = Wo:
# Heading above what people should do.
alert-what-to-do = Was Sie tun sollen
# Button on an alert: opens the centre's emergency numbers.
alert-emergency = Notrufnummern

## Night screen, outside the centre's opening hours

night-closed = Das Zentrum ist jetzt geschlossen.
night-touch = Sie können diesen Bildschirm trotzdem benutzen: Berühren Sie ihn.

## Volunteer panel: alerts and usage counts

panel-alerts = Jetzt angezeigte Warnmeldungen
panel-alerts-none = Es wird keine Warnmeldung angezeigt.
panel-usage = Nutzungszahlen (wie oft jede Seite geöffnet wurde)
panel-usage-save = Nutzungszahlen auf dem USB-Stick speichern
# $file is where the counts were written.
panel-usage-saved = Gespeichert in { $file }.
panel-usage-off = Das Zählen der Nutzung ist in der Konfiguration ausgeschaltet.
panel-usage-no-folder = Kein USB-Ordner eingerichtet (watch_dir), daher kann nichts gespeichert werden.
