### Welcome Kiosk: Italian interface strings.
### Translation: machine translation (AI-assisted) from the English reference, not yet reviewed by a native speaker.
### Review status: not reviewed

# The language's own name, shown on the language picker.
-language-name = Italiano
-app-name = Welcome Kiosk

## Window

window-title = { -app-name }

## The bar on every screen

nav-home = Inizio
nav-back = Indietro
nav-language = Lingua
nav-emergency = Emergenza
nav-search = Cerca

## Reading aloud, text size and contrast (buttons with an icon; the words are for
## visitors who read them and for screen labels)

# On the speaker button of a page, the emergency screen and each home tile.
listen = Ascolta
listen-pause = Pausa
listen-resume = Continua
listen-stop = Ferma
listen-again = Ripeti
listen-previous = Indietro
listen-next = Avanti
volume-down = Abbassa volume
volume-up = Alza volume
# In the bar: three text sizes, and a high-contrast palette.
text-size = Dimensione testo
contrast = Contrasto

## Language picker

language-heading = Scegli la tua lingua
language-hint = Puoi cambiare lingua quando vuoi con il pulsante Lingua.
# Two switches for volunteers: change the language of everything, or only of the texts
# (for a visitor who reads one language but prefers buttons in another).
language-change-all = Cambia tutto
language-change-texts = Cambia solo i testi
# Shown when the texts are in another language than the buttons. $ui and $content are
# language names.
language-split = Pulsanti in { $ui } · testi in { $content }
# Picker with many languages: a heading over the languages the centre shows first, and one
# over all the others (grouped by writing system under it).
language-featured = Le più usate qui
language-more = Altre lingue
# The search field of a long picker, and what it says when nothing matches.
language-find = Scrivi il nome della tua lingua
language-find-nothing = Nessuna lingua trovata. Prova con le prime lettere o chiedi a un volontario.

## Home screen

home-heading = Benvenuti
home-subheading = Di cosa hai bisogno? Tocca un’immagine.

## Categories: home tiles and list headings

kind-guides = I tuoi diritti
kind-jobs = Lavoro
kind-contacts = Emergenza
kind-services = Servizi di aiuto
kind-events = Eventi
kind-stories = Storie

## Lists

# $count is the number of items in a list.
list-count =
    { $count ->
        [one] { $count } elemento
       *[other] { $count } elementi
    }
list-empty = Per ora qui non c’è niente. Torna più tardi.

## Notices on items

# $language is the visitor's language, $fallback the language the text is shown in.
fallback-notice = Non c’è ancora in { $language } — lo vedi in { $fallback }.
machine-translation-notice = Questo testo è stato tradotto da un computer. Può avere errori.
example-badge = Esempio
example-notice = Questo è un esempio, per mostrare come funziona il chiosco. Non sono informazioni vere.
fictional-badge = Storia inventata
fictional-notice = Questa storia è inventata, per mostrare come possono essere le storie. Non parla di una persona vera.

## Facts of an item

fact-phone = Telefono
fact-email = Email
fact-address = Indirizzo
fact-place = Dove
fact-hours = Orari di apertura
fact-when = Quando
fact-website = Sito web
fact-employer = Datore di lavoro
fact-contract = Contratto
fact-working-hours = Orario di lavoro
fact-pay = Paga
fact-languages-needed = Lingue richieste
fact-languages-spoken = Lingue parlate
fact-posted = Pubblicato il
fact-apply-before = Candidarsi entro il

# $hours is a number of hours.
hours-per-week =
    { $hours ->
        [one] { $hours } ora a settimana
       *[other] { $hours } ore a settimana
    }
contract-permanent = Lavoro fisso
contract-temporary = Lavoro temporaneo
contract-seasonal = Lavoro stagionale
contract-apprenticeship = Apprendistato

# $amount is a number with its decimals, $symbol the currency sign (€, kr…).
money = { $amount } { $symbol }

# $amount is an amount of money, already formatted with its currency.
pay-per-hour = { $amount } all’ora
pay-per-day = { $amount } al giorno
pay-per-week = { $amount } a settimana
pay-per-month = { $amount } al mese
pay-per-year = { $amount } all’anno

open-now = Aperto ora
closed-now = Chiuso ora
# When a service opens or closes next. $time is a time of day (17:00, 5:00 PM), $day the
# name of a weekday (Thursday).
open-closes-today = Aperto ora · chiude alle { $time }
open-closes-tomorrow = Aperto ora · chiude domani alle { $time }
open-closes-day = Aperto ora · chiude { $day } alle { $time }
closed-opens-today = Chiuso · apre oggi alle { $time }
closed-opens-tomorrow = Chiuso · apre domani alle { $time }
closed-opens-day = Chiuso · apre { $day } alle { $time }
open-always = Aperto giorno e notte, tutti i giorni
free-call = Chiamata gratuita
free-entry = Ingresso gratuito

repeats-weekly = Ogni settimana
repeats-monthly = Ogni mese
repeats-yearly = Ogni anno

## Emergency screen

emergency-heading = Numeri di emergenza
emergency-intro = Se qualcuno è in pericolo, chiama il 112. La chiamata è gratuita.
urgent-badge = Urgente

## Attract screen, shown when nobody is using the kiosk

# Shown in every offered language in turn, each in its own language.
attract-touch = Tocca lo schermo per iniziare

## Idle warning: the kiosk starts again for the next person

idle-heading = Ci sei ancora?
# $seconds is a number of seconds.
idle-countdown =
    { $seconds ->
        [one] Si ricomincia tra { $seconds } secondo. Quello che hai guardato verrà cancellato.
       *[other] Si ricomincia tra { $seconds } secondi. Quello che hai guardato verrà cancellato.
    }
idle-more-time = Mi serve più tempo

## Volunteer panel (opened with a long press on the centre's name and a PIN)

pin-heading = PIN dei volontari
pin-hint = Scrivi il PIN e poi premi OK.
pin-ok = OK
pin-clear = Cancella
pin-cancel = Annulla
pin-wrong = PIN sbagliato. Riprova.
# $seconds is a number of seconds.
pin-locked =
    { $seconds ->
        [one] Troppi tentativi sbagliati. Aspetta { $seconds } secondo.
       *[other] Troppi tentativi sbagliati. Aspetta { $seconds } secondi.
    }
panel-heading = Pannello dei volontari
panel-content = Contenuti mostrati
panel-bundle = Pacchetto
panel-version = Versione
panel-source = Origine
panel-problems = Problemi durante il caricamento
panel-no-problems = Nessun problema.
panel-default-language = Lingua predefinita per la prossima persona
panel-reload = Ricarica i contenuti
panel-reloaded = Contenuti ricaricati.
panel-exit = Esci dalla modalità chiosco
# Asked before kiosk mode is left. $minutes is a number of minutes.
panel-exit-question =
    { $minutes ->
        [one] Uscire dalla modalità chiosco? Si riattiva da sola dopo { $minutes } minuto senza che nessuno tocchi lo schermo.
       *[other] Uscire dalla modalità chiosco? Si riattiva da sola dopo { $minutes } minuti senza che nessuno tocchi lo schermo.
    }
panel-exit-yes = Sì, esci
panel-exit-no = No, resta
panel-close = Chiudi

## Search, with an on-screen keyboard

search-heading = Cerca
search-hint = Scrivi una parola. I risultati cambiano mentre scrivi.
# In the empty search field.
search-placeholder = Scrivi qui
# $count is the number of results.
search-count =
    { $count ->
        [one] { $count } risultato
       *[other] { $count } risultati
    }
search-nothing = Nessun risultato. Prova un’altra parola o scegli un argomento.
search-clear = Cancella tutto
keyboard-space = Spazio
keyboard-backspace = Cancella
# On the key that shows the next keyboard (another alphabet).
keyboard-next = Altra tastiera

## Take it home: QR codes for a phone's camera

qr-take-home = Portalo con te: inquadra questo codice con la fotocamera del telefono.
qr-call = Inquadra il codice con il telefono per chiamare questo numero.
qr-close = Chiudi

## Job filters

filter-heading = Mostra solo
filter-all = Tutti i lavori
filter-full-time = Tempo pieno
filter-part-time = Part-time
filter-new = Nuovi questa settimana
# Followed by buttons with language names: only jobs that need no other language.
filter-languages = Parlo
# $count is the number of jobs that match the filters.
filter-matching =
    { $count ->
        [0] Nessun lavoro corrisponde. Tocca «Tutti i lavori».
        [one] { $count } lavoro corrisponde
       *[other] { $count } lavori corrispondono
    }

## Emergency alerts, shown over every screen until they end

# The big button under an alert that covers the whole screen.
alert-read = Ho letto
# What kind of alert it is (CAP severity levels, from the most to the least serious).
alert-extreme = Pericolo estremo
alert-severe = Pericolo
alert-moderate = Attenzione
alert-minor = Informazione
alert-unknown = Avviso
# $time is when the alert ends, like "18:00" or "Fri 18:00".
alert-until = Fino a { $time }
# On the strip of a less serious alert: tap to read all of it.
alert-more = Leggi tutto
# Followed by the places the alert is about.
alert-where = Dove:
# Heading above what people should do.
alert-what-to-do = Cosa fare
# Button on an alert: opens the centre's emergency numbers.
alert-emergency = Numeri di emergenza

## Night screen, outside the centre's opening hours

night-closed = Il centro ora è chiuso.
night-touch = Puoi usare lo stesso questo schermo: toccalo.

## Volunteer panel: alerts and usage counts

panel-alerts = Allerte mostrate ora
panel-alerts-none = Nessuna allerta mostrata.
panel-usage = Conteggi d’uso (quante volte è stata aperta ogni pagina)
panel-usage-save = Salva i conteggi d’uso sulla chiavetta USB
# $file is where the counts were written.
panel-usage-saved = Salvato in { $file }.
panel-usage-off = Il conteggio d’uso è disattivato nella configurazione.
panel-usage-no-folder = Nessuna cartella USB configurata (watch_dir), quindi non si può salvare niente.
