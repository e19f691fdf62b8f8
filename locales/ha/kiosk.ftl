### Welcome Kiosk: Hausa interface strings.
### Translation: machine translation (AI-assisted) from the English reference, not yet reviewed by a native speaker.
### Review status: not reviewed

# The language's own name, shown on the language picker.
-language-name = Hausa
-app-name = Welcome Kiosk

## Window

window-title = { -app-name }

## The bar on every screen

nav-home = Gida
nav-back = Koma baya
nav-language = Harshe
nav-emergency = Gaggawa
nav-search = Bincike

## Reading aloud, text size and contrast (buttons with an icon; the words are for
## visitors who read them and for screen labels)

# On the speaker button of a page, the emergency screen and each home tile.
listen = Saurara
listen-pause = Dakata
listen-resume = Ci gaba
listen-stop = Tsaya
listen-again = Sake ji
listen-previous = Na baya
listen-next = Na gaba
volume-down = Rage sauti
volume-up = Ƙara sauti
# In the bar: three text sizes, and a high-contrast palette.
text-size = Girman rubutu
contrast = Bambancin launi

## Language picker

language-heading = Ku zaɓi harshenku
language-hint = Kuna iya canza harshe a kowane lokaci da maɓallin Harshe.
# Two switches for volunteers: change the language of everything, or only of the texts
# (for a visitor who reads one language but prefers buttons in another).
language-change-all = Canza komai
language-change-texts = Canza rubutu kawai
# Shown when the texts are in another language than the buttons. $ui and $content are
# language names.
language-split = Maɓallai da { $ui } · rubutu da { $content }
# Picker with many languages: a heading over the languages the centre shows first, and one
# over all the others (grouped by writing system under it).
language-featured = Waɗanda aka fi amfani da su a nan
language-more = Ƙarin harsuna
# The search field of a long picker, and what it says when nothing matches.
language-find = Ku rubuta sunan harshenku
language-find-nothing = Ba a sami harshe ba. Ku gwada haruffan farko, ko ku tambayi ɗan sa-kai.

## Home screen

home-heading = Barka da zuwa
home-subheading = Me kuke buƙata? Ku taɓa hoto.

## Categories: home tiles and list headings

kind-guides = Haƙƙoƙinku
kind-jobs = Ayyukan yi
kind-contacts = Gaggawa
kind-services = Hidimomi
kind-events = Taruka
kind-stories = Labarai

## Lists

# $count is the number of items in a list.
list-count =
    { $count ->
        [one] Abu { $count }
       *[other] Abubuwa { $count }
    }
list-empty = Babu komai a nan yanzu. Don Allah ku dawo anjima.

## Notices on items

# $language is the visitor's language, $fallback the language the text is shown in.
fallback-notice = Babu shi da { $language } tukuna — ga shi da { $fallback }.
machine-translation-notice = Kwamfuta ce ta fassara wannan rubutu. Yana iya samun kurakurai.
example-badge = Misali
example-notice = Wannan misali ne don nuna yadda wannan na'ura take aiki. Ba bayanai na gaskiya ba ne.
fictional-badge = Ƙagaggen labari
fictional-notice = An ƙago wannan labari ne don nuna yadda labarai za su iya kasancewa. Ba game da wani mutum na gaske ba ne.

## Facts of an item

fact-phone = Waya
fact-email = Imel
fact-address = Adireshi
fact-place = A ina
fact-hours = Lokutan buɗewa
fact-when = Yaushe
fact-website = Shafin intanet
fact-employer = Mai ɗaukar aiki
fact-contract = Yarjejeniya
fact-working-hours = Lokutan aiki
fact-pay = Albashi
fact-languages-needed = Harsunan da ake buƙata
fact-languages-spoken = Harsunan da ake magana da su
fact-posted = An sanya a ranar
fact-apply-before = A nema kafin

# $hours is a number of hours.
hours-per-week =
    { $hours ->
        [one] Awa { $hours } a mako
       *[other] Awa { $hours } a mako
    }
contract-permanent = Aiki na dindindin
contract-temporary = Aiki na wucin gadi
contract-seasonal = Aiki na lokaci-lokaci
contract-apprenticeship = Koyon sana'a

# $amount is a number with its decimals, $symbol the currency sign (€, kr…).
money = { $symbol }{ $amount }

# $amount is an amount of money, already formatted with its currency.
pay-per-hour = { $amount } a awa
pay-per-day = { $amount } a rana
pay-per-week = { $amount } a mako
pay-per-month = { $amount } a wata
pay-per-year = { $amount } a shekara

open-now = A buɗe yanzu
closed-now = A rufe yanzu
# When a service opens or closes next. $time is a time of day (17:00, 5:00 PM), $day the
# name of a weekday (Thursday).
open-closes-today = A buɗe yanzu · za a rufe da ƙarfe { $time }
open-closes-tomorrow = A buɗe yanzu · za a rufe gobe da ƙarfe { $time }
open-closes-day = A buɗe yanzu · za a rufe ranar { $day } da ƙarfe { $time }
closed-opens-today = A rufe · za a buɗe yau da ƙarfe { $time }
closed-opens-tomorrow = A rufe · za a buɗe gobe da ƙarfe { $time }
closed-opens-day = A rufe · za a buɗe ranar { $day } da ƙarfe { $time }
open-always = A buɗe dare da rana, kowace rana
free-call = Kira kyauta
free-entry = Shiga kyauta

repeats-weekly = Kowane mako
repeats-monthly = Kowane wata
repeats-yearly = Kowace shekara

## Emergency screen

emergency-heading = Lambobin gaggawa
emergency-intro = Idan wani yana cikin haɗari, ku kira 112. Kiran kyauta ne.
urgent-badge = Gaggawa

## Attract screen, shown when nobody is using the kiosk

# Shown in every offered language in turn, each in its own language.
attract-touch = Ku taɓa allon don farawa

## Idle warning: the kiosk starts again for the next person

idle-heading = Kuna nan har yanzu?
# $seconds is a number of seconds.
idle-countdown =
    { $seconds ->
        [one] Za a sake farawa cikin daƙiƙa { $seconds }. Za a goge abin da kuka duba.
       *[other] Za a sake farawa cikin daƙiƙa { $seconds }. Za a goge abin da kuka duba.
    }
idle-more-time = Ina buƙatar ƙarin lokaci

## Volunteer panel (opened with a long press on the centre's name and a PIN)

pin-heading = PIN na ƴan sa-kai
pin-hint = Ku rubuta PIN, sannan ku danna OK.
pin-ok = OK
pin-clear = Goge
pin-cancel = Soke
pin-wrong = PIN ɗin ba daidai ba ne. Ku sake gwadawa.
# $seconds is a number of seconds.
pin-locked =
    { $seconds ->
        [one] An yi kuskure sau da yawa. Ku jira daƙiƙa { $seconds }.
       *[other] An yi kuskure sau da yawa. Ku jira daƙiƙa { $seconds }.
    }
panel-heading = Shafin ƴan sa-kai
panel-content = Abubuwan da ake nunawa
panel-bundle = Kunshin bayanai
panel-version = Siga
panel-source = Tushe
panel-problems = Matsalolin da aka samu yayin lodawa
panel-no-problems = Babu matsala.
panel-default-language = Harshen farko ga baƙo na gaba
panel-reload = Sake loda bayanai
panel-reloaded = An sake loda bayanai.
panel-exit = Fita daga yanayin kiosk
# Asked before kiosk mode is left. $minutes is a number of minutes.
panel-exit-question =
    { $minutes ->
        [one] A fita daga yanayin kiosk? Zai dawo da kansa bayan minti { $minutes } ba tare da an taɓa allon ba.
       *[other] A fita daga yanayin kiosk? Zai dawo da kansa bayan minti { $minutes } ba tare da an taɓa allon ba.
    }
panel-exit-yes = Ee, a fita
panel-exit-no = A'a, a zauna
panel-close = Rufe

## Search, with an on-screen keyboard

search-heading = Bincike
search-hint = Ku rubuta kalma. Sakamakon yana canzawa yayin da kuke rubutu.
# In the empty search field.
search-placeholder = Rubuta a nan
# $count is the number of results.
search-count =
    { $count ->
        [one] Sakamako { $count }
       *[other] Sakamako { $count }
    }
search-nothing = Ba a sami komai ba. Ku gwada wata kalma, ko ku zaɓi wani batu.
search-clear = Goge
keyboard-space = Sarari
keyboard-backspace = Goge
# On the key that shows the next keyboard (another alphabet).
keyboard-next = Wasu madannai

## Take it home: QR codes for a phone's camera

qr-take-home = Ku tafi da shi gida: ku nuna kyamarar wayarku nan.
qr-call = Ku duba wannan da kyamarar wayarku don kiran wannan lamba.
qr-close = Rufe

## Job filters

filter-heading = Nuna kawai
filter-all = Duk ayyuka
filter-full-time = Cikakken lokaci
filter-part-time = Rabin lokaci
filter-new = Sababbi a wannan mako
# Followed by buttons with language names: only jobs that need no other language.
filter-languages = Ina jin
# $count is the number of jobs that match the filters.
filter-matching =
    { $count ->
        [0] Babu aikin da ya dace. Ku taɓa “Duk ayyuka”.
        [one] Aiki { $count } ya dace
       *[other] Ayyuka { $count } sun dace
    }

## Emergency alerts, shown over every screen until they end

# The big button under an alert that covers the whole screen.
alert-read = Na karanta
# What kind of alert it is (CAP severity levels, from the most to the least serious).
alert-extreme = Babban haɗari
alert-severe = Haɗari
alert-moderate = Gargaɗi
alert-minor = Bayani
alert-unknown = Sanarwa
# $time is when the alert ends, like "18:00" or "Fri 18:00".
alert-until = Har zuwa { $time }
# On the strip of a less serious alert: tap to read all of it.
alert-more = Ƙara karantawa
# Followed by the places the alert is about.
alert-where = A ina:
# Heading above what people should do.
alert-what-to-do = Abin da za ku yi
# Button on an alert: opens the centre's emergency numbers.
alert-emergency = Lambobin gaggawa

## Night screen, outside the centre's opening hours

night-closed = Cibiyar a rufe take yanzu.
night-touch = Kuna iya amfani da wannan allo har yanzu: ku taɓa shi.

## Volunteer panel: alerts and usage counts

panel-alerts = Gargaɗin da ake nunawa yanzu
panel-alerts-none = Ba a nuna wani gargaɗi ba.
panel-usage = Ƙididdigar amfani (sau nawa aka buɗe kowane shafi)
panel-usage-save = Ajiye ƙididdigar amfani a filashin USB
# $file is where the counts were written.
panel-usage-saved = An ajiye a { $file }.
panel-usage-off = An kashe ƙididdigar amfani a cikin saitunan.
panel-usage-no-folder = Ba a saita babban fayil na USB ba (watch_dir), don haka ba za a iya ajiye komai ba.
