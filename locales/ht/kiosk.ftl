### Welcome Kiosk: Haitian Creole interface strings.
### Translation: machine translation (AI-assisted) from the English reference, not yet reviewed by a native speaker.
### Review status: not reviewed

# The language's own name, shown on the language picker.
-language-name = Kreyòl ayisyen
-app-name = Welcome Kiosk

## Window

window-title = { -app-name }

## The bar on every screen

nav-home = Akèy
nav-back = Retounen
nav-language = Lang
nav-emergency = Ijans
nav-search = Chèche

## Reading aloud, text size and contrast (buttons with an icon; the words are for
## visitors who read them and for screen labels)

# On the speaker button of a page, the emergency screen and each home tile.
listen = Koute
listen-pause = Poz
listen-resume = Kontinye
listen-stop = Kanpe
listen-again = Ankò
listen-previous = Anvan
listen-next = Apre
volume-down = Pi ba
volume-up = Pi fò
# In the bar: three text sizes, and a high-contrast palette.
text-size = Gwosè lèt yo
contrast = Kontras

## Language picker

language-heading = Chwazi lang ou
language-hint = Ou ka chanje lang nenpòt ki lè ak bouton Lang lan.
# Two switches for volunteers: change the language of everything, or only of the texts
# (for a visitor who reads one language but prefers buttons in another).
language-change-all = Chanje tout bagay
language-change-texts = Chanje tèks yo sèlman
# Shown when the texts are in another language than the buttons. $ui and $content are
# language names.
language-split = Bouton yo an { $ui } · tèks yo an { $content }
# Picker with many languages: a heading over the languages the centre shows first, and one
# over all the others (grouped by writing system under it).
language-featured = Sa moun plis itilize isit la
language-more = Lòt lang
# The search field of a long picker, and what it says when nothing matches.
language-find = Ekri non lang ou
language-find-nothing = Nou pa jwenn okenn lang. Eseye premye lèt yo, oswa mande yon volontè.

## Home screen

home-heading = Byenvini
home-subheading = Kisa ou bezwen? Touche yon imaj.

## Categories: home tiles and list headings

kind-guides = Dwa ou
kind-jobs = Travay
kind-contacts = Ijans
kind-services = Sèvis èd
kind-events = Aktivite
kind-stories = Istwa

## Lists

# $count is the number of items in a list.
list-count =
    { $count ->
       *[other] { $count } atik
    }
list-empty = Pa gen anyen la a kounye a. Tanpri, tounen pita.

## Notices on items

# $language is the visitor's language, $fallback the language the text is shown in.
fallback-notice = Poko disponib an { $language } — li parèt an { $fallback }.
machine-translation-notice = Se yon òdinatè ki tradui tèks sa a. Li ka gen erè ladan l.
example-badge = Egzanp
example-notice = Sa a se yon egzanp pou montre kijan kyòs la mache. Se pa vre enfòmasyon.
fictional-badge = Istwa envante
fictional-notice = Istwa sa a envante, pou montre kijan istwa yo ka ye. Li pa pale de yon moun ki egziste vre.

## Facts of an item

fact-phone = Telefòn
fact-email = Imèl
fact-address = Adrès
fact-place = Ki kote
fact-hours = Lè li louvri
fact-when = Ki lè
fact-website = Sit entènèt
fact-employer = Patwon
fact-contract = Kontra
fact-working-hours = Lè travay
fact-pay = Salè
fact-languages-needed = Lang ou bezwen konnen
fact-languages-spoken = Lang yo pale
fact-posted = Pibliye
fact-apply-before = Aplike anvan

# $hours is a number of hours.
hours-per-week =
    { $hours ->
       *[other] { $hours } èdtan pa semèn
    }
contract-permanent = Travay fiks
contract-temporary = Travay tanporè
contract-seasonal = Travay sezon
contract-apprenticeship = Aprantisaj

# $amount is a number with its decimals, $symbol the currency sign (€, kr…).
money = { $amount } { $symbol }

# $amount is an amount of money, already formatted with its currency.
pay-per-hour = { $amount } pa èdtan
pay-per-day = { $amount } pa jou
pay-per-week = { $amount } pa semèn
pay-per-month = { $amount } pa mwa
pay-per-year = { $amount } pa ane

open-now = Louvri kounye a
closed-now = Fèmen kounye a
# When a service opens or closes next. $time is a time of day (17:00, 5:00 PM), $day the
# name of a weekday (Thursday).
open-closes-today = Louvri kounye a · ap fèmen a { $time }
open-closes-tomorrow = Louvri kounye a · ap fèmen demen a { $time }
open-closes-day = Louvri kounye a · ap fèmen { $day } a { $time }
closed-opens-today = Fèmen · ap louvri a { $time } jodi a
closed-opens-tomorrow = Fèmen · ap louvri demen a { $time }
closed-opens-day = Fèmen · ap louvri { $day } a { $time }
open-always = Louvri lajounen kou lannwit, chak jou
free-call = Apèl gratis
free-entry = Antre gratis

repeats-weekly = Chak semèn
repeats-monthly = Chak mwa
repeats-yearly = Chak ane

## Emergency screen

emergency-heading = Nimewo ijans
emergency-intro = Si yon moun an danje, rele 112. Apèl la gratis.
urgent-badge = Ijan

## Attract screen, shown when nobody is using the kiosk

# Shown in every offered language in turn, each in its own language.
attract-touch = Touche ekran an pou kòmanse

## Idle warning: the kiosk starts again for the next person

idle-heading = Ou la toujou?
# $seconds is a number of seconds.
idle-countdown =
    { $seconds ->
       *[other] N ap rekòmanse nan { $seconds } segonn. Sa ou te gade yo pral efase.
    }
idle-more-time = Mwen bezwen plis tan

## Volunteer panel (opened with a long press on the centre's name and a PIN)

pin-heading = PIN volontè yo
pin-hint = Tape PIN nan, epi peze OK.
pin-ok = OK
pin-clear = Efase
pin-cancel = Anile
pin-wrong = PIN nan pa bon. Eseye ankò.
# $seconds is a number of seconds.
pin-locked =
    { $seconds ->
       *[other] Twòp esè ki pa bon. Tann { $seconds } segonn.
    }
panel-heading = Panno volontè yo
panel-content = Kontni ki parèt
panel-bundle = Pakè kontni
panel-version = Vèsyon
panel-source = Sous
panel-problems = Pwoblèm nou jwenn pandan chajman an
panel-no-problems = Pa gen pwoblèm.
panel-default-language = Lang pa defo pou pwochen vizitè a
panel-reload = Rechaje kontni an
panel-reloaded = Kontni an rechaje.
panel-exit = Sòti nan mòd kyòs
# Asked before kiosk mode is left. $minutes is a number of minutes.
panel-exit-question =
    { $minutes ->
       *[other] Sòti nan mòd kyòs? Li ap tounen poukont li apre { $minutes } minit si pesonn pa touche ekran an.
    }
panel-exit-yes = Wi, sòti
panel-exit-no = Non, rete
panel-close = Fèmen

## Search, with an on-screen keyboard

search-heading = Chèche
search-hint = Tape yon mo. Rezilta yo ap chanje pandan w ap tape.
# In the empty search field.
search-placeholder = Tape la a
# $count is the number of results.
search-count =
    { $count ->
       *[other] { $count } rezilta
    }
search-nothing = Nou pa jwenn anyen. Eseye yon lòt mo, oswa chwazi yon sijè.
search-clear = Efase tout
keyboard-space = Espas
keyboard-backspace = Efase
# On the key that shows the next keyboard (another alphabet).
keyboard-next = Lòt klavye

## Take it home: QR codes for a phone's camera

qr-take-home = Pote l lakay ou: vize kamera telefòn ou sou kòd sa a.
qr-call = Eskane kòd la ak telefòn ou pou rele nimewo sa a.
qr-close = Fèmen

## Job filters

filter-heading = Montre sèlman
filter-all = Tout travay
filter-full-time = Plen tan
filter-part-time = Tan pasyèl
filter-new = Nouvo semèn sa a
# Followed by buttons with language names: only jobs that need no other language.
filter-languages = Mwen pale
# $count is the number of jobs that match the filters.
filter-matching =
    { $count ->
        [0] Pa gen okenn travay ki koresponn. Touche «Tout travay».
       *[other] { $count } travay koresponn
    }

## Emergency alerts, shown over every screen until they end

# The big button under an alert that covers the whole screen.
alert-read = Mwen li l
# What kind of alert it is (CAP severity levels, from the most to the least serious).
alert-extreme = Gwo danje
alert-severe = Danje
alert-moderate = Atansyon
alert-minor = Enfòmasyon
alert-unknown = Avi
# $time is when the alert ends, like "18:00" or "Fri 18:00".
alert-until = Jiska { $time }
# On the strip of a less serious alert: tap to read all of it.
alert-more = Li plis
# Followed by the places the alert is about.
alert-where = Ki kote:
# Heading above what people should do.
alert-what-to-do = Kisa pou w fè
# Button on an alert: opens the centre's emergency numbers.
alert-emergency = Nimewo ijans

## Night screen, outside the centre's opening hours

night-closed = Sant lan fèmen kounye a.
night-touch = Ou ka toujou sèvi ak ekran sa a: touche l.

## Volunteer panel: alerts and usage counts

panel-alerts = Alèt ki parèt kounye a
panel-alerts-none = Pa gen okenn alèt ki parèt.
panel-usage = Kantite itilizasyon (konbyen fwa yo louvri chak paj)
panel-usage-save = Anrejistre kantite itilizasyon yo sou kle USB a
# $file is where the counts were written.
panel-usage-saved = Anrejistre nan { $file }.
panel-usage-off = Konte itilizasyon an fèmen nan konfigirasyon an.
panel-usage-no-folder = Pa gen okenn dosye USB ki konfigire (watch_dir), kidonk nou pa ka anrejistre anyen.
