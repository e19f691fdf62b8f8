### Welcome Kiosk: Tagalog interface strings.
### Translation: machine translation (AI-assisted) from the English reference, not yet reviewed by a native speaker.
### Review status: not reviewed

# The language's own name, shown on the language picker.
-language-name = Tagalog
-app-name = Welcome Kiosk

## Window

window-title = { -app-name }

## The bar on every screen

nav-home = Simula
nav-back = Bumalik
nav-language = Wika
nav-emergency = Emerhensiya
nav-search = Hanapin

## Reading aloud, text size and contrast (buttons with an icon; the words are for
## visitors who read them and for screen labels)

# On the speaker button of a page, the emergency screen and each home tile.
listen = Pakinggan
listen-pause = I-pause
listen-resume = Ituloy
listen-stop = Itigil
listen-again = Ulitin
listen-previous = Bumalik
listen-next = Susunod
volume-down = Hinaan
volume-up = Lakasan
# In the bar: three text sizes, and a high-contrast palette.
text-size = Laki ng letra
contrast = Contrast

## Language picker

language-heading = Piliin ang inyong wika
language-hint = Puwede ninyong palitan ang wika kahit kailan gamit ang button na "Wika".
# Two switches for volunteers: change the language of everything, or only of the texts
# (for a visitor who reads one language but prefers buttons in another).
language-change-all = Palitan lahat
language-change-texts = Palitan ang teksto lang
# Shown when the texts are in another language than the buttons. $ui and $content are
# language names.
language-split = Mga button sa { $ui } · mga teksto sa { $content }
# Picker with many languages: a heading over the languages the centre shows first, and one
# over all the others (grouped by writing system under it).
language-featured = Pinakaginagamit dito
language-more = Iba pang wika
# The search field of a long picker, and what it says when nothing matches.
language-find = I-type ang pangalan ng inyong wika
language-find-nothing = Walang nakitang wika. Subukan ang mga unang letra, o magtanong sa isang volunteer.

## Home screen

home-heading = Maligayang pagdating
home-subheading = Ano ang kailangan ninyo? Pindutin ang isang larawan.

## Categories: home tiles and list headings

kind-guides = Mga karapatan ninyo
kind-jobs = Trabaho
kind-contacts = Emerhensiya
kind-services = Mga grupong tumutulong
kind-events = Mga kaganapan
kind-stories = Mga kuwento

## Lists

# $count is the number of items in a list.
list-count =
    { $count ->
        [one] { $count } item
       *[other] { $count } item
    }
list-empty = Wala pang laman dito ngayon. Pakibalikan ninyo mamaya.

## Notices on items

# $language is the visitor's language, $fallback the language the text is shown in.
fallback-notice = Wala pa ito sa { $language } — ipinapakita sa { $fallback }.
machine-translation-notice = Computer ang nagsalin ng tekstong ito. Maaaring may mga mali ito.
example-badge = Halimbawa
example-notice = Halimbawa lang ito para ipakita kung paano gumagana ang kiosk. Hindi ito totoong impormasyon.
fictional-badge = Gawa-gawang kuwento
fictional-notice = Gawa-gawa lang ang kuwentong ito, para ipakita kung ano ang hitsura ng mga kuwento. Hindi ito tungkol sa totoong tao.

## Facts of an item

fact-phone = Telepono
fact-email = Email
fact-address = Address
fact-place = Saan
fact-hours = Oras na bukas
fact-when = Kailan
fact-website = Website
fact-employer = Employer
fact-contract = Kontrata
fact-working-hours = Oras ng trabaho
fact-pay = Sahod
fact-languages-needed = Kailangang wika
fact-languages-spoken = Mga wikang sinasalita
fact-posted = Ipinost noong
fact-apply-before = Mag-apply bago ang

# $hours is a number of hours.
hours-per-week =
    { $hours ->
        [one] { $hours } oras bawat linggo
       *[other] { $hours } oras bawat linggo
    }
contract-permanent = Permanenteng trabaho
contract-temporary = Pansamantalang trabaho
contract-seasonal = Pana-panahong trabaho
contract-apprenticeship = Pagsasanay sa trabaho

# $amount is a number with its decimals, $symbol the currency sign (€, kr…).
money = { $symbol }{ $amount }

# $amount is an amount of money, already formatted with its currency.
pay-per-hour = { $amount } kada oras
pay-per-day = { $amount } kada araw
pay-per-week = { $amount } kada linggo
pay-per-month = { $amount } kada buwan
pay-per-year = { $amount } kada taon

open-now = Bukas ngayon
closed-now = Sarado ngayon
# When a service opens or closes next. $time is a time of day (17:00, 5:00 PM), $day the
# name of a weekday (Thursday).
open-closes-today = Bukas ngayon · magsasara nang { $time }
open-closes-tomorrow = Bukas ngayon · magsasara bukas nang { $time }
open-closes-day = Bukas ngayon · magsasara sa { $day } nang { $time }
closed-opens-today = Sarado · magbubukas ngayong araw nang { $time }
closed-opens-tomorrow = Sarado · magbubukas bukas nang { $time }
closed-opens-day = Sarado · magbubukas sa { $day } nang { $time }
open-always = Bukas araw at gabi, araw-araw
free-call = Libreng tawag
free-entry = Libreng pasok

repeats-weekly = Linggo-linggo
repeats-monthly = Buwan-buwan
repeats-yearly = Taon-taon

## Emergency screen

emergency-heading = Mga numero para sa emerhensiya
emergency-intro = Kung may taong nasa panganib, tumawag sa 112. Libre ang tawag.
urgent-badge = Apurahan

## Attract screen, shown when nobody is using the kiosk

# Shown in every offered language in turn, each in its own language.
attract-touch = Pindutin ang screen para magsimula

## Idle warning: the kiosk starts again for the next person

idle-heading = Nandiyan pa ba kayo?
# $seconds is a number of seconds.
idle-countdown =
    { $seconds ->
        [one] Magsisimula ulit sa loob ng { $seconds } segundo. Buburahin ang mga tiningnan ninyo.
       *[other] Magsisimula ulit sa loob ng { $seconds } segundo. Buburahin ang mga tiningnan ninyo.
    }
idle-more-time = Kailangan ko pa ng oras

## Volunteer panel (opened with a long press on the centre's name and a PIN)

pin-heading = PIN ng volunteer
pin-hint = I-type ang PIN, saka pindutin ang OK.
pin-ok = OK
pin-clear = Burahin
pin-cancel = Kanselahin
pin-wrong = Mali ang PIN. Subukan ulit.
# $seconds is a number of seconds.
pin-locked =
    { $seconds ->
        [one] Napakaraming maling subok. Maghintay ng { $seconds } segundo.
       *[other] Napakaraming maling subok. Maghintay ng { $seconds } segundo.
    }
panel-heading = Panel ng volunteer
panel-content = Ipinapakitang nilalaman
panel-bundle = Pakete
panel-version = Bersyon
panel-source = Pinagmulan
panel-problems = Mga problemang nakita sa pag-load
panel-no-problems = Walang problema.
panel-default-language = Default na wika para sa susunod na bisita
panel-reload = I-reload ang nilalaman
panel-reloaded = Na-reload na ang nilalaman.
panel-exit = Umalis sa kiosk mode
# Asked before kiosk mode is left. $minutes is a number of minutes.
panel-exit-question =
    { $minutes ->
        [one] Umalis sa kiosk mode? Babalik ito nang kusa pagkalipas ng { $minutes } minuto na walang humahawak sa screen.
       *[other] Umalis sa kiosk mode? Babalik ito nang kusa pagkalipas ng { $minutes } minuto na walang humahawak sa screen.
    }
panel-exit-yes = Oo, umalis
panel-exit-no = Hindi, manatili
panel-close = Isara

## Search, with an on-screen keyboard

search-heading = Maghanap
search-hint = Mag-type ng salita. Nagbabago ang mga resulta habang nagta-type kayo.
# In the empty search field.
search-placeholder = Mag-type dito
# $count is the number of results.
search-count =
    { $count ->
        [one] { $count } resulta
       *[other] { $count } resulta
    }
search-nothing = Walang nakita. Subukan ang ibang salita, o pumili ng paksa.
search-clear = Burahin lahat
keyboard-space = Space
keyboard-backspace = Burahin
# On the key that shows the next keyboard (another alphabet).
keyboard-next = Ibang keyboard

## Take it home: QR codes for a phone's camera

qr-take-home = Iuwi ito: itapat ang camera ng inyong phone sa code na ito.
qr-call = I-scan ang code gamit ang inyong phone para tawagan ang numerong ito.
qr-close = Isara

## Job filters

filter-heading = Ipakita lang
filter-all = Lahat ng trabaho
filter-full-time = Full-time
filter-part-time = Part-time
filter-new = Bago ngayong linggo
# Followed by buttons with language names: only jobs that need no other language.
filter-languages = Wikang alam ko
# $count is the number of jobs that match the filters.
filter-matching =
    { $count ->
        [0] Walang tugmang trabaho. Pindutin ang “Lahat ng trabaho”.
        [one] { $count } trabaho ang tugma
       *[other] { $count } trabaho ang tugma
    }

## Emergency alerts, shown over every screen until they end

# The big button under an alert that covers the whole screen.
alert-read = Nabasa ko na
# What kind of alert it is (CAP severity levels, from the most to the least serious).
alert-extreme = Matinding panganib
alert-severe = Panganib
alert-moderate = Babala
alert-minor = Impormasyon
alert-unknown = Paunawa
# $time is when the alert ends, like "18:00" or "Fri 18:00".
alert-until = Hanggang { $time }
# On the strip of a less serious alert: tap to read all of it.
alert-more = Basahin pa
# Followed by the places the alert is about.
alert-where = Saan:
# Heading above what people should do.
alert-what-to-do = Ano ang dapat gawin
# Button on an alert: opens the centre's emergency numbers.
alert-emergency = Mga numero para sa emerhensiya

## Night screen, outside the centre's opening hours

night-closed = Sarado ngayon ang center.
night-touch = Puwede pa rin ninyong gamitin ang screen na ito: pindutin ito.

## Volunteer panel: alerts and usage counts

panel-alerts = Mga alertong ipinapakita ngayon
panel-alerts-none = Walang alertong ipinapakita.
panel-usage = Bilang ng paggamit (ilang beses binuksan ang bawat pahina)
panel-usage-save = I-save ang bilang ng paggamit sa USB stick
# $file is where the counts were written.
panel-usage-saved = Na-save sa { $file }.
panel-usage-off = Naka-off ang pagbilang ng paggamit sa configuration.
panel-usage-no-folder = Walang USB folder na naka-configure (watch_dir), kaya walang maise-save.
