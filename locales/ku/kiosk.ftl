### Welcome Kiosk: Northern Kurdish (Kurmanji) interface strings.
### Translation: machine translation (AI-assisted) from the English reference, not yet reviewed by a native speaker.
### Review status: not reviewed

# The language's own name, shown on the language picker.
-language-name = Kurdî (Kurmancî)
-app-name = Welcome Kiosk

## Window

window-title = { -app-name }

## The bar on every screen

nav-home = Destpêk
nav-back = Paşve
nav-language = Ziman
nav-emergency = Acîl
nav-search = Lêgerîn

## Reading aloud, text size and contrast (buttons with an icon; the words are for
## visitors who read them and for screen labels)

# On the speaker button of a page, the emergency screen and each home tile.
listen = Guhdarî bike
listen-pause = Navber
listen-resume = Bidomîne
listen-stop = Rawestîne
listen-again = Dîsa
listen-previous = Paşve
listen-next = Pêşve
volume-down = Nizmtir
volume-up = Bilindtir
# In the bar: three text sizes, and a high-contrast palette.
text-size = Mezinahiya nivîsê
contrast = Kontrast

## Language picker

language-heading = Zimanê xwe hilbijêre
language-hint = Tu dikarî her dem bi bişkoka «Ziman» zimên biguherînî.
# Two switches for volunteers: change the language of everything, or only of the texts
# (for a visitor who reads one language but prefers buttons in another).
language-change-all = Her tiştî biguherîne
language-change-texts = Tenê nivîsan biguherîne
# Shown when the texts are in another language than the buttons. $ui and $content are
# language names.
language-split = Bişkok: { $ui } · nivîs: { $content }
# Picker with many languages: a heading over the languages the centre shows first, and one
# over all the others (grouped by writing system under it).
language-featured = Li vir herî zêde têne bikaranîn
language-more = Zimanên din
# The search field of a long picker, and what it says when nothing matches.
language-find = Navê zimanê xwe binivîse
language-find-nothing = Tu ziman nehat dîtin. Tîpên pêşîn biceribîne, an ji dilxwazekî bipirse.

## Home screen

home-heading = Bi xêr hatin
home-subheading = Çi ji te re lazim e? Wêneyekî bitikîne.

## Categories: home tiles and list headings

kind-guides = Mafên te
kind-jobs = Kar
kind-contacts = Acîl
kind-services = Xizmet
kind-events = Çalakî
kind-stories = Çîrok

## Lists

# $count is the number of items in a list.
list-count =
    { $count ->
        [one] { $count } babet
       *[other] { $count } babet
    }
list-empty = Niha li vir tiştek tune. Ji kerema xwe paşê dîsa were.

## Notices on items

# $language is the visitor's language, $fallback the language the text is shown in.
fallback-notice = Hêj bi { $language } tune — bi { $fallback } tê nîşandan.
machine-translation-notice = Ev nivîs ji aliyê komputerê ve hatiye wergerandin. Dibe ku çewtî tê de hebin.
example-badge = Mînak
example-notice = Ev mînakek e, da ku nîşan bide ka kiosk çawa dixebite. Ev ne agahiyên rastîn in.
fictional-badge = Çîroka xeyalî
fictional-notice = Ev çîrok xeyalî ye, da ku nîşan bide ka çîrok dikarin çawa bin. Ew ne li ser kesekî rastîn e.

## Facts of an item

fact-phone = Telefon
fact-email = E-name
fact-address = Navnîşan
fact-place = Li ku
fact-hours = Demên vekirinê
fact-when = Kengî
fact-website = Malper
fact-employer = Kardêr
fact-contract = Peyman
fact-working-hours = Demjimêrên kar
fact-pay = Meaş
fact-languages-needed = Zimanên pêwîst
fact-languages-spoken = Zimanên ku têne axaftin
fact-posted = Dîroka weşanê
fact-apply-before = Dawiya serlêdanê

# $hours is a number of hours.
hours-per-week =
    { $hours ->
        [one] Hefteyê { $hours } saet
       *[other] Hefteyê { $hours } saet
    }
contract-permanent = Karê daîmî
contract-temporary = Karê demkî
contract-seasonal = Karê demsalî
contract-apprenticeship = Şagirtî

# $amount is a number with its decimals, $symbol the currency sign (€, kr…).
money = { $amount } { $symbol }

# $amount is an amount of money, already formatted with its currency.
pay-per-hour = Saetê { $amount }
pay-per-day = Rojê { $amount }
pay-per-week = Hefteyê { $amount }
pay-per-month = Mehê { $amount }
pay-per-year = Salê { $amount }

open-now = Niha vekirî ye
closed-now = Niha girtî ye
# When a service opens or closes next. $time is a time of day (17:00, 5:00 PM), $day the
# name of a weekday (Thursday).
open-closes-today = Niha vekirî ye · tê girtin: { $time }
open-closes-tomorrow = Niha vekirî ye · tê girtin: sibê { $time }
open-closes-day = Niha vekirî ye · tê girtin: { $day } { $time }
closed-opens-today = Girtî ye · vedibe: îro { $time }
closed-opens-tomorrow = Girtî ye · vedibe: sibê { $time }
closed-opens-day = Girtî ye · vedibe: { $day } { $time }
open-always = Her roj, şev û roj vekirî ye
free-call = Telefonkirin belaş e
free-entry = Têketin belaş e

repeats-weekly = Her hefte
repeats-monthly = Her meh
repeats-yearly = Her sal

## Emergency screen

emergency-heading = Hejmarên acîl
emergency-intro = Heke kesek di xeterê de be, li 112 bigere. Telefonkirin belaş e.
urgent-badge = Acîl

## Attract screen, shown when nobody is using the kiosk

# Shown in every offered language in turn, each in its own language.
attract-touch = Ji bo destpêkirinê, ekranê bitikîne

## Idle warning: the kiosk starts again for the next person

idle-heading = Tu hêj li vir î?
# $seconds is a number of seconds.
idle-countdown =
    { $seconds ->
        [one] Piştî { $seconds } çirkeyê her tişt ji nû ve dest pê dike. Tiştên ku te lê nêrî dê werin jêbirin.
       *[other] Piştî { $seconds } çirkeyan her tişt ji nû ve dest pê dike. Tiştên ku te lê nêrî dê werin jêbirin.
    }
idle-more-time = Bêtir dem ji min re lazim e

## Volunteer panel (opened with a long press on the centre's name and a PIN)

pin-heading = PIN-a dilxwazan
pin-hint = PIN-ê binivîse, paşê OK bitikîne.
pin-ok = OK
pin-clear = Paqij bike
pin-cancel = Betal bike
pin-wrong = PIN şaş e. Dîsa biceribîne.
# $seconds is a number of seconds.
pin-locked =
    { $seconds ->
        [one] Gelek hewldanên şaş. { $seconds } çirke bisekine.
       *[other] Gelek hewldanên şaş. { $seconds } çirke bisekine.
    }
panel-heading = Panela dilxwazan
panel-content = Naveroka tê nîşandan
panel-bundle = Pakêta naverokê
panel-version = Guherto
panel-source = Çavkanî
panel-problems = Pirsgirêkên ku di barkirinê de hatin dîtin
panel-no-problems = Tu pirsgirêk tune.
panel-default-language = Zimanê standard ji bo mêvanê din
panel-reload = Naverokê ji nû ve bar bike
panel-reloaded = Naverok ji nû ve hat barkirin.
panel-exit = Ji moda kioskê derkeve
# Asked before kiosk mode is left. $minutes is a number of minutes.
panel-exit-question =
    { $minutes ->
        [one] Ji moda kioskê derkevî? Heke { $minutes } deqîqe kes dest nede ekranê, ew bi xwe vedigere.
       *[other] Ji moda kioskê derkevî? Heke { $minutes } deqîqe kes dest nede ekranê, ew bi xwe vedigere.
    }
panel-exit-yes = Erê, derkeve
panel-exit-no = Na, bimîne
panel-close = Bigire

## Search, with an on-screen keyboard

search-heading = Lêgerîn
search-hint = Peyvekê binivîse. Dema tu dinivîsî, encam diguherin.
# In the empty search field.
search-placeholder = Li vir binivîse
# $count is the number of results.
search-count =
    { $count ->
        [one] { $count } encam
       *[other] { $count } encam
    }
search-nothing = Tiştek nehat dîtin. Peyveke din biceribîne, an mijarekê hilbijêre.
search-clear = Paqij bike
keyboard-space = Valahî
keyboard-backspace = Jê bibe
# On the key that shows the next keyboard (another alphabet).
keyboard-next = Klavyeya din

## Take it home: QR codes for a phone's camera

qr-take-home = Bi xwe re bibe malê: kameraya telefona xwe ber bi vir ve bigire.
qr-call = Kodê bi telefona xwe skan bike, da ku li vê hejmarê bigerî.
qr-close = Bigire

## Job filters

filter-heading = Tenê van nîşan bide
filter-all = Hemû kar
filter-full-time = Dema tevahî
filter-part-time = Nîvdem
filter-new = Vê heftê nû
# Followed by buttons with language names: only jobs that need no other language.
filter-languages = Zimanên ku ez dizanim
# $count is the number of jobs that match the filters.
filter-matching =
    { $count ->
        [0] Tu kar li gorî te nîne. «Hemû kar» bitikîne.
        [one] { $count } kar li gorî te ye
       *[other] { $count } kar li gorî te ne
    }

## Emergency alerts, shown over every screen until they end

# The big button under an alert that covers the whole screen.
alert-read = Min ev xwend
# What kind of alert it is (CAP severity levels, from the most to the least serious).
alert-extreme = Xetereya pir mezin
alert-severe = Xetere
alert-moderate = Hişyarî
alert-minor = Agahî
alert-unknown = Daxuyanî
# $time is when the alert ends, like "18:00" or "Fri 18:00".
alert-until = Heta { $time }
# On the strip of a less serious alert: tap to read all of it.
alert-more = Zêdetir bixwîne
# Followed by the places the alert is about.
alert-where = Li ku:
# Heading above what people should do.
alert-what-to-do = Divê tu çi bikî
# Button on an alert: opens the centre's emergency numbers.
alert-emergency = Hejmarên acîl

## Night screen, outside the centre's opening hours

night-closed = Navend niha girtî ye.
night-touch = Tu dîsa jî dikarî vê ekranê bi kar bînî: wê bitikîne.

## Volunteer panel: alerts and usage counts

panel-alerts = Hişyariyên ku niha têne nîşandan
panel-alerts-none = Tu hişyarî nayê nîşandan.
panel-usage = Hejmara bikaranînê (her rûpel çend caran hatiye vekirin)
panel-usage-save = Hejmarên bikaranînê li ser bîra USB tomar bike
# $file is where the counts were written.
panel-usage-saved = Hat tomarkirin: { $file }.
panel-usage-off = Hejmartina bikaranînê di mîhengan de girtî ye.
panel-usage-no-folder = Tu peldanka USB nehatiye diyarkirin (watch_dir), ji ber vê tiştek nayê tomarkirin.
