### Welcome Kiosk: Kinyarwanda interface strings.
### Translation: machine translation (AI-assisted) from the English reference, not yet reviewed by a native speaker.
### Review status: not reviewed

# The language's own name, shown on the language picker.
-language-name = Ikinyarwanda
-app-name = Welcome Kiosk

## Window

window-title = { -app-name }

## The bar on every screen

nav-home = Ahabanza
nav-back = Subira
nav-language = Ururimi
nav-emergency = Ubutabazi
nav-search = Shakisha

## Reading aloud, text size and contrast (buttons with an icon; the words are for
## visitors who read them and for screen labels)

# On the speaker button of a page, the emergency screen and each home tile.
listen = Umva
listen-pause = Hagarika gato
listen-resume = Komeza
listen-stop = Hagarika
listen-again = Ongera
listen-previous = Inyuma
listen-next = Ibikurikira
volume-down = Gabanya ijwi
volume-up = Ongera ijwi
# In the bar: three text sizes, and a high-contrast palette.
text-size = Ingano y'inyuguti
contrast = Itandukaniro ry'amabara

## Language picker

language-heading = Hitamo ururimi rwawe
language-hint = Ushobora guhindura ururimi igihe icyo ari cyo cyose ukoresheje buto "Ururimi".
# Two switches for volunteers: change the language of everything, or only of the texts
# (for a visitor who reads one language but prefers buttons in another).
language-change-all = Hindura byose
language-change-texts = Hindura inyandiko gusa
# Shown when the texts are in another language than the buttons. $ui and $content are
# language names.
language-split = Buto: { $ui } · inyandiko: { $content }
# Picker with many languages: a heading over the languages the centre shows first, and one
# over all the others (grouped by writing system under it).
language-featured = Izikoreshwa cyane hano
language-more = Izindi ndimi
# The search field of a long picker, and what it says when nothing matches.
language-find = Andika izina ry'ururimi rwawe
language-find-nothing = Nta rurimi rubonetse. Gerageza inyuguti za mbere, cyangwa ubaze umukorerabushake.

## Home screen

home-heading = Murakaza neza
home-subheading = Ukeneye iki? Kanda ku ishusho.

## Categories: home tiles and list headings

kind-guides = Uburenganzira bwawe
kind-jobs = Akazi
kind-contacts = Ubutabazi bwihuse
kind-services = Serivisi
kind-events = Ibikorwa
kind-stories = Inkuru

## Lists

# $count is the number of items in a list.
list-count =
    { $count ->
       *[other] Ibintu: { $count }
    }
list-empty = Nta kintu kiri hano ubu. Uzagaruke nyuma.

## Notices on items

# $language is the visitor's language, $fallback the language the text is shown in.
fallback-notice = Ntibiraboneka mu rurimi: { $language } — byerekanwe mu rurimi: { $fallback }.
machine-translation-notice = Iyi nyandiko yahinduwe na mudasobwa. Ishobora kugira amakosa.
example-badge = Urugero
example-notice = Iki ni urugero rwo kwerekana uko iki gikoresho gikora. Si amakuru nyayo.
fictional-badge = Inkuru yahimbwe
fictional-notice = Iyi nkuru yarahimbwe, kugira ngo yerekane uko inkuru zishobora kumera. Ntivuga ku muntu nyawe.

## Facts of an item

fact-phone = Telefoni
fact-email = Imeyili
fact-address = Aderesi
fact-place = Aho ari
fact-hours = Amasaha yo gufungura
fact-when = Ryari
fact-website = Urubuga
fact-employer = Umukoresha
fact-contract = Amasezerano
fact-working-hours = Amasaha y'akazi
fact-pay = Umushahara
fact-languages-needed = Indimi zikenewe
fact-languages-spoken = Indimi zivugwa
fact-posted = Byatangajwe
fact-apply-before = Saba mbere ya

# $hours is a number of hours.
hours-per-week =
    { $hours ->
       *[other] Amasaha ku cyumweru: { $hours }
    }
contract-permanent = Akazi gahoraho
contract-temporary = Akazi k'igihe gito
contract-seasonal = Akazi k'igihembwe
contract-apprenticeship = Kwimenyereza umwuga

# $amount is a number with its decimals, $symbol the currency sign (€, kr…).
money = { $symbol }{ $amount }

# $amount is an amount of money, already formatted with its currency.
pay-per-hour = { $amount } ku isaha
pay-per-day = { $amount } ku munsi
pay-per-week = { $amount } ku cyumweru
pay-per-month = { $amount } ku kwezi
pay-per-year = { $amount } ku mwaka

open-now = Harafunguye ubu
closed-now = Harafunze ubu
# When a service opens or closes next. $time is a time of day (17:00, 5:00 PM), $day the
# name of a weekday (Thursday).
open-closes-today = Harafunguye ubu · hafunga saa { $time }
open-closes-tomorrow = Harafunguye ubu · hafunga ejo saa { $time }
open-closes-day = Harafunguye ubu · hafunga { $day } saa { $time }
closed-opens-today = Harafunze · hafungura uyu munsi saa { $time }
closed-opens-tomorrow = Harafunze · hafungura ejo saa { $time }
closed-opens-day = Harafunze · hafungura { $day } saa { $time }
open-always = Harafunguye amanywa n'ijoro, buri munsi
free-call = Guhamagara ni ubuntu
free-entry = Kwinjira ni ubuntu

repeats-weekly = Buri cyumweru
repeats-monthly = Buri kwezi
repeats-yearly = Buri mwaka

## Emergency screen

emergency-heading = Nimero z'ubutabazi bwihuse
emergency-intro = Niba hari umuntu uri mu kaga, hamagara 112. Guhamagara ni ubuntu.
urgent-badge = Byihutirwa

## Attract screen, shown when nobody is using the kiosk

# Shown in every offered language in turn, each in its own language.
attract-touch = Kora kuri ekara kugira ngo utangire

## Idle warning: the kiosk starts again for the next person

idle-heading = Uracyahari?
# $seconds is a number of seconds.
idle-countdown =
    { $seconds ->
       *[other] Igikoresho kigiye gutangira bundi bushya. Amasegonda asigaye: { $seconds }. Ibyo warebye birasibwa.
    }
idle-more-time = Nkeneye igihe kirenzeho

## Volunteer panel (opened with a long press on the centre's name and a PIN)

pin-heading = PIN y'abakorerabushake
pin-hint = Andika PIN, hanyuma ukande OK.
pin-ok = OK
pin-clear = Siba
pin-cancel = Reka
pin-wrong = PIN si yo. Ongera ugerageze.
# $seconds is a number of seconds.
pin-locked =
    { $seconds ->
       *[other] Wibeshye inshuro nyinshi. Tegereza. Amasegonda asigaye: { $seconds }.
    }
panel-heading = Urupapuro rw'abakorerabushake
panel-content = Ibirimo byerekanwa
panel-bundle = Ipaki y'ibirimo
panel-version = Verisiyo
panel-source = Inkomoko
panel-problems = Ibibazo byabonetse mu gupakira
panel-no-problems = Nta kibazo.
panel-default-language = Ururimi rw'ibanze ku mushyitsi ukurikira
panel-reload = Ongera upakire ibirimo
panel-reloaded = Ibirimo byongeye gupakirwa.
panel-exit = Va mu buryo bwa kiyosike
# Asked before kiosk mode is left. $minutes is a number of minutes.
panel-exit-question =
    { $minutes ->
       *[other] Urashaka kuva mu buryo bwa kiyosike? Buzagaruka bwonyine niba nta muntu ukoze kuri ekara mu gihe cy'iminota: { $minutes }.
    }
panel-exit-yes = Yego, sohoka
panel-exit-no = Oya, guma
panel-close = Funga

## Search, with an on-screen keyboard

search-heading = Gushakisha
search-hint = Andika ijambo. Ibisubizo bihinduka uko wandika.
# In the empty search field.
search-placeholder = Andika hano
# $count is the number of results.
search-count =
    { $count ->
       *[other] Ibisubizo: { $count }
    }
search-nothing = Nta cyabonetse. Gerageza irindi jambo, cyangwa uhitemo ingingo.
search-clear = Siba byose
keyboard-space = Umwanya
keyboard-backspace = Siba
# On the key that shows the next keyboard (another alphabet).
keyboard-next = Izindi nyuguti

## Take it home: QR codes for a phone's camera

qr-take-home = Bijyane mu rugo: erekeza kamera ya telefoni yawe hano.
qr-call = Sikana iyi kode na telefoni yawe kugira ngo uhamagare iyi nimero.
qr-close = Funga

## Job filters

filter-heading = Erekana gusa
filter-all = Akazi kose
filter-full-time = Igihe cyose
filter-part-time = Igice cy'igihe
filter-new = Bishya muri iki cyumweru
# Followed by buttons with language names: only jobs that need no other language.
filter-languages = Mvuga
# $count is the number of jobs that match the filters.
filter-matching =
    { $count ->
        [0] Nta kazi gahuye. Kanda “Akazi kose”.
       *[other] Akazi gahuye: { $count }
    }

## Emergency alerts, shown over every screen until they end

# The big button under an alert that covers the whole screen.
alert-read = Nabisomye
# What kind of alert it is (CAP severity levels, from the most to the least serious).
alert-extreme = Akaga gakomeye cyane
alert-severe = Akaga
alert-moderate = Iburira
alert-minor = Amakuru
alert-unknown = Itangazo
# $time is when the alert ends, like "18:00" or "Fri 18:00".
alert-until = Kugeza { $time }
# On the strip of a less serious alert: tap to read all of it.
alert-more = Soma byose
# Followed by the places the alert is about.
alert-where = Aho:
# Heading above what people should do.
alert-what-to-do = Icyo gukora
# Button on an alert: opens the centre's emergency numbers.
alert-emergency = Nimero z'ubutabazi bwihuse

## Night screen, outside the centre's opening hours

night-closed = Ikigo gifunze ubu.
night-touch = Ushobora gukomeza gukoresha iyi ekara: yikoreho.

## Volunteer panel: alerts and usage counts

panel-alerts = Amaburira yerekanwa ubu
panel-alerts-none = Nta buriro ryerekanwa.
panel-usage = Imibare y'ikoreshwa (inshuro buri rupapuro rwafunguwe)
panel-usage-save = Bika imibare y'ikoreshwa kuri USB
# $file is where the counts were written.
panel-usage-saved = Byabitswe muri { $file }.
panel-usage-off = Kubara ikoreshwa byahagaritswe mu igenamiterere.
panel-usage-no-folder = Nta bubiko bwa USB bwashyizweho (watch_dir), bityo nta kintu gishobora kubikwa.
