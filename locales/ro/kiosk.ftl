### Welcome Kiosk: Romanian interface strings.
### Translation: machine translation (AI-assisted) from the English reference, not yet reviewed by a native speaker.
### Review status: not reviewed

# The language's own name, shown on the language picker.
-language-name = Română
-app-name = Welcome Kiosk

## Window

window-title = { -app-name }

## The bar on every screen

nav-home = Acasă
nav-back = Înapoi
nav-language = Limba
nav-emergency = Urgență
nav-search = Căutare

## Reading aloud, text size and contrast (buttons with an icon; the words are for
## visitors who read them and for screen labels)

# On the speaker button of a page, the emergency screen and each home tile.
listen = Ascultați
listen-pause = Pauză
listen-resume = Continuați
listen-stop = Opriți
listen-again = Din nou
listen-previous = Înapoi
listen-next = Înainte
volume-down = Mai încet
volume-up = Mai tare
# In the bar: three text sizes, and a high-contrast palette.
text-size = Mărimea textului
contrast = Contrast

## Language picker

language-heading = Alegeți limba
language-hint = Puteți schimba limba oricând, cu butonul Limba.
# Two switches for volunteers: change the language of everything, or only of the texts
# (for a visitor who reads one language but prefers buttons in another).
language-change-all = Schimbați tot
language-change-texts = Schimbați doar textele
# Shown when the texts are in another language than the buttons. $ui and $content are
# language names.
language-split = Butoane: { $ui } · texte: { $content }
# Picker with many languages: a heading over the languages the centre shows first, and one
# over all the others (grouped by writing system under it).
language-featured = Cele mai folosite aici
language-more = Alte limbi
# The search field of a long picker, and what it says when nothing matches.
language-find = Scrieți numele limbii dumneavoastră
language-find-nothing = Nu am găsit nicio limbă. Încercați primele litere sau întrebați un voluntar.

## Home screen

home-heading = Bun venit
home-subheading = De ce aveți nevoie? Atingeți o imagine.

## Categories: home tiles and list headings

kind-guides = Drepturile dumneavoastră
kind-jobs = Locuri de muncă
kind-contacts = Urgență
kind-services = Servicii de ajutor
kind-events = Evenimente
kind-stories = Povești

## Lists

# $count is the number of items in a list.
list-count =
    { $count ->
        [one] Un element
        [few] { $count } elemente
       *[other] { $count } de elemente
    }
list-empty = Deocamdată nu este nimic aici. Vă rugăm să reveniți mai târziu.

## Notices on items

# $language is the visitor's language, $fallback the language the text is shown in.
fallback-notice = Nu există încă în { $language } — se afișează în { $fallback }.
machine-translation-notice = Un calculator a tradus acest text. Poate avea greșeli.
example-badge = Exemplu
example-notice = Acesta este un exemplu, ca să vedeți cum funcționează chioșcul. Nu sunt informații reale.
fictional-badge = Poveste inventată
fictional-notice = Această poveste este inventată, ca să arate cum pot arăta poveștile. Nu este despre o persoană reală.

## Facts of an item

fact-phone = Telefon
fact-email = E-mail
fact-address = Adresă
fact-place = Unde
fact-hours = Program
fact-when = Când
fact-website = Site web
fact-employer = Angajator
fact-contract = Contract
fact-working-hours = Program de lucru
fact-pay = Salariu
fact-languages-needed = Limbi cerute
fact-languages-spoken = Limbi vorbite
fact-posted = Publicat pe
fact-apply-before = Aplicați până pe

# $hours is a number of hours.
hours-per-week =
    { $hours ->
        [one] { $hours } oră pe săptămână
        [few] { $hours } ore pe săptămână
       *[other] { $hours } de ore pe săptămână
    }
contract-permanent = Loc de muncă permanent
contract-temporary = Loc de muncă temporar
contract-seasonal = Loc de muncă sezonier
contract-apprenticeship = Ucenicie

# $amount is a number with its decimals, $symbol the currency sign (€, kr…).
money = { $amount } { $symbol }

# $amount is an amount of money, already formatted with its currency.
pay-per-hour = { $amount } pe oră
pay-per-day = { $amount } pe zi
pay-per-week = { $amount } pe săptămână
pay-per-month = { $amount } pe lună
pay-per-year = { $amount } pe an

open-now = Deschis acum
closed-now = Închis acum
# When a service opens or closes next. $time is a time of day (17:00, 5:00 PM), $day the
# name of a weekday (Thursday).
open-closes-today = Deschis acum · se închide la { $time }
open-closes-tomorrow = Deschis acum · se închide mâine la { $time }
open-closes-day = Deschis acum · se închide { $day } la { $time }
closed-opens-today = Închis · se deschide azi la { $time }
closed-opens-tomorrow = Închis · se deschide mâine la { $time }
closed-opens-day = Închis · se deschide { $day } la { $time }
open-always = Deschis zi și noapte, în fiecare zi
free-call = Apel gratuit
free-entry = Intrare gratuită

repeats-weekly = În fiecare săptămână
repeats-monthly = În fiecare lună
repeats-yearly = În fiecare an

## Emergency screen

emergency-heading = Numere de urgență
emergency-intro = Dacă cineva este în pericol, sunați la 112. Apelul este gratuit.
urgent-badge = Urgent

## Attract screen, shown when nobody is using the kiosk

# Shown in every offered language in turn, each in its own language.
attract-touch = Atingeți ecranul ca să începeți

## Idle warning: the kiosk starts again for the next person

idle-heading = Mai sunteți aici?
# $seconds is a number of seconds.
idle-countdown =
    { $seconds ->
        [one] Chioșcul pornește din nou în { $seconds } secundă. Ce ați văzut va fi șters.
        [few] Chioșcul pornește din nou în { $seconds } secunde. Ce ați văzut va fi șters.
       *[other] Chioșcul pornește din nou în { $seconds } de secunde. Ce ați văzut va fi șters.
    }
idle-more-time = Am nevoie de mai mult timp

## Volunteer panel (opened with a long press on the centre's name and a PIN)

pin-heading = PIN-ul voluntarilor
pin-hint = Scrieți PIN-ul, apoi apăsați OK.
pin-ok = OK
pin-clear = Ștergeți
pin-cancel = Anulați
pin-wrong = PIN greșit. Încercați din nou.
# $seconds is a number of seconds.
pin-locked =
    { $seconds ->
        [one] Prea multe încercări greșite. Așteptați { $seconds } secundă.
        [few] Prea multe încercări greșite. Așteptați { $seconds } secunde.
       *[other] Prea multe încercări greșite. Așteptați { $seconds } de secunde.
    }
panel-heading = Panoul voluntarilor
panel-content = Conținut afișat
panel-bundle = Pachet de conținut
panel-version = Versiune
panel-source = Sursă
panel-problems = Probleme găsite la încărcare
panel-no-problems = Nicio problemă.
panel-default-language = Limba implicită pentru următorul vizitator
panel-reload = Reîncărcați conținutul
panel-reloaded = Conținutul a fost reîncărcat.
panel-exit = Ieșiți din modul chioșc
# Asked before kiosk mode is left. $minutes is a number of minutes.
panel-exit-question =
    { $minutes ->
        [one] Ieșiți din modul chioșc? Revine singur după { $minutes } minut fără nicio atingere.
        [few] Ieșiți din modul chioșc? Revine singur după { $minutes } minute fără nicio atingere.
       *[other] Ieșiți din modul chioșc? Revine singur după { $minutes } de minute fără nicio atingere.
    }
panel-exit-yes = Da, ies
panel-exit-no = Nu, rămân
panel-close = Închideți

## Search, with an on-screen keyboard

search-heading = Căutare
search-hint = Scrieți un cuvânt. Rezultatele se schimbă în timp ce scrieți.
# In the empty search field.
search-placeholder = Scrieți aici
# $count is the number of results.
search-count =
    { $count ->
        [one] Un rezultat
        [few] { $count } rezultate
       *[other] { $count } de rezultate
    }
search-nothing = Nu am găsit nimic. Încercați alt cuvânt sau alegeți un subiect.
search-clear = Ștergeți tot
keyboard-space = Spațiu
keyboard-backspace = Ștergeți
# On the key that shows the next keyboard (another alphabet).
keyboard-next = Altă tastatură

## Take it home: QR codes for a phone's camera

qr-take-home = Luați informația acasă: îndreptați aici camera telefonului.
qr-call = Scanați cu telefonul ca să sunați la acest număr.
qr-close = Închideți

## Job filters

filter-heading = Afișați doar
filter-all = Toate locurile de muncă
filter-full-time = Normă întreagă
filter-part-time = Normă parțială
filter-new = Noi săptămâna aceasta
# Followed by buttons with language names: only jobs that need no other language.
filter-languages = Vorbesc
# $count is the number of jobs that match the filters.
filter-matching =
    { $count ->
        [0] Niciun loc de muncă potrivit. Atingeți „Toate locurile de muncă”.
        [one] Un loc de muncă potrivit
        [few] { $count } locuri de muncă potrivite
       *[other] { $count } de locuri de muncă potrivite
    }

## Emergency alerts, shown over every screen until they end

# The big button under an alert that covers the whole screen.
alert-read = Am citit
# What kind of alert it is (CAP severity levels, from the most to the least serious).
alert-extreme = Pericol extrem
alert-severe = Pericol
alert-moderate = Avertizare
alert-minor = Informare
alert-unknown = Anunț
# $time is when the alert ends, like "18:00" or "Fri 18:00".
alert-until = Până la { $time }
# On the strip of a less serious alert: tap to read all of it.
alert-more = Citiți mai mult
# Followed by the places the alert is about.
alert-where = Unde:
# Heading above what people should do.
alert-what-to-do = Ce trebuie să faceți
# Button on an alert: opens the centre's emergency numbers.
alert-emergency = Numere de urgență

## Night screen, outside the centre's opening hours

night-closed = Centrul este închis acum.
night-touch = Puteți folosi totuși acest ecran: atingeți-l.

## Volunteer panel: alerts and usage counts

panel-alerts = Alerte afișate acum
panel-alerts-none = Nu este afișată nicio alertă.
panel-usage = Statistici de utilizare (de câte ori a fost deschisă fiecare pagină)
panel-usage-save = Salvați statisticile pe stick-ul USB
# $file is where the counts were written.
panel-usage-saved = Salvat în { $file }.
panel-usage-off = Numărarea utilizării este oprită în configurație.
panel-usage-no-folder = Nu este configurat niciun dosar USB (watch_dir), deci nu se poate salva nimic.
