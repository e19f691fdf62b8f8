### Welcome Kiosk: Igbo interface strings.
### Translation: machine translation (AI-assisted) from the English reference, not yet reviewed by a native speaker.
### Review status: not reviewed

# The language's own name, shown on the language picker.
-language-name = Asụsụ Igbo
-app-name = Welcome Kiosk

## Window

window-title = { -app-name }

## The bar on every screen

nav-home = Ụlọ
nav-back = Laghachi
nav-language = Asụsụ
nav-emergency = Ihe mberede
nav-search = Chọọ

## Reading aloud, text size and contrast (buttons with an icon; the words are for
## visitors who read them and for screen labels)

# On the speaker button of a page, the emergency screen and each home tile.
listen = Gee ntị
listen-pause = Kwụsịtụ
listen-resume = Gaa n'ihu
listen-stop = Kwụsị
listen-again = Ọzọ
listen-previous = Nke gara aga
listen-next = Nke na-esote
volume-down = Belata olu
volume-up = Bulie olu
# In the bar: three text sizes, and a high-contrast palette.
text-size = Nha ederede
contrast = Ọdịiche agba

## Language picker

language-heading = Họrọ asụsụ gị
language-hint = I nwere ike ịgbanwe asụsụ mgbe ọ bụla site na bọtịnụ Asụsụ.
# Two switches for volunteers: change the language of everything, or only of the texts
# (for a visitor who reads one language but prefers buttons in another).
language-change-all = Gbanwee ihe niile
language-change-texts = Gbanwee naanị ederede
# Shown when the texts are in another language than the buttons. $ui and $content are
# language names.
language-split = Bọtịnụ na { $ui } · ederede na { $content }
# Picker with many languages: a heading over the languages the centre shows first, and one
# over all the others (grouped by writing system under it).
language-featured = Ndị a na-ejikarị ebe a
language-more = Asụsụ ndị ọzọ
# The search field of a long picker, and what it says when nothing matches.
language-find = Dee aha asụsụ gị
language-find-nothing = Ahụghị asụsụ ọ bụla. Nwaa mkpụrụedemede mbụ, ma ọ bụ jụọ onye ọrụ afọ ofufo.

## Home screen

home-heading = Nnọọ
home-subheading = Gịnị ka ị chọrọ? Pịa otu foto.

## Categories: home tiles and list headings

kind-guides = Ikike gị
kind-jobs = Ọrụ
kind-contacts = Ihe mberede
kind-services = Enyemaka
kind-events = Mmemme
kind-stories = Akụkọ

## Lists

# $count is the number of items in a list.
list-count =
    { $count ->
       *[other] Ihe { $count }
    }
list-empty = Ọ dịghị ihe ọ bụla ebe a ugbu a. Biko lọghachi ma emechaa.

## Notices on items

# $language is the visitor's language, $fallback the language the text is shown in.
fallback-notice = Ọ dịbeghị na { $language } — a na-egosi ya na { $fallback }.
machine-translation-notice = Kọmputa tụgharịrị ederede a. O nwere ike inwe mperi.
example-badge = Ihe atụ
example-notice = Nke a bụ ihe atụ iji gosi otú igwe a si arụ ọrụ. Ọ bụghị ezi ozi.
fictional-badge = Akụkọ e chepụtara
fictional-notice = Akụkọ a bụ nke e chepụtara, iji gosi otú akụkọ nwere ike ịdị. Ọ bụghị maka mmadụ n'ezie.

## Facts of an item

fact-phone = Ekwentị
fact-email = Email
fact-address = Adreesị
fact-place = Ebee
fact-hours = Oge mmeghe
fact-when = Olee mgbe
fact-website = Weebụsaịtị
fact-employer = Onye nwe ọrụ
fact-contract = Nkwekọrịta
fact-working-hours = Oge ọrụ
fact-pay = Ụgwọ ọrụ
fact-languages-needed = Asụsụ a chọrọ
fact-languages-spoken = Asụsụ a na-asụ
fact-posted = E tinyere ya na
fact-apply-before = Tinye akwụkwọ tupu

# $hours is a number of hours.
hours-per-week =
    { $hours ->
       *[other] Awa { $hours } n'izu
    }
contract-permanent = Ọrụ na-adịgide adịgide
contract-temporary = Ọrụ nwa oge
contract-seasonal = Ọrụ oge ụfọdụ n'afọ
contract-apprenticeship = Ịmụ ọrụ aka

# $amount is a number with its decimals, $symbol the currency sign (€, kr…).
money = { $symbol }{ $amount }

# $amount is an amount of money, already formatted with its currency.
pay-per-hour = { $amount } kwa awa
pay-per-day = { $amount } kwa ụbọchị
pay-per-week = { $amount } kwa izu
pay-per-month = { $amount } kwa ọnwa
pay-per-year = { $amount } kwa afọ

open-now = O meghere ugbu a
closed-now = O mechiri ugbu a
# When a service opens or closes next. $time is a time of day (17:00, 5:00 PM), $day the
# name of a weekday (Thursday).
open-closes-today = O meghere ugbu a · ọ ga-emechi na { $time }
open-closes-tomorrow = O meghere ugbu a · ọ ga-emechi echi na { $time }
open-closes-day = O meghere ugbu a · ọ ga-emechi na { $day } na { $time }
closed-opens-today = O mechiri · ọ ga-emeghe taa na { $time }
closed-opens-tomorrow = O mechiri · ọ ga-emeghe echi na { $time }
closed-opens-day = O mechiri · ọ ga-emeghe na { $day } na { $time }
open-always = O meghere ehihie na abalị, kwa ụbọchị
free-call = Oku n'efu
free-entry = Ịbanye n'efu

repeats-weekly = Kwa izu
repeats-monthly = Kwa ọnwa
repeats-yearly = Kwa afọ

## Emergency screen

emergency-heading = Nọmba ihe mberede
emergency-intro = Ọ bụrụ na mmadụ nọ n'ihe egwu, kpọọ 112. Oku ahụ bụ n'efu.
urgent-badge = Ngwa ngwa

## Attract screen, shown when nobody is using the kiosk

# Shown in every offered language in turn, each in its own language.
attract-touch = Metụ ihuenyo aka ka ịmalite

## Idle warning: the kiosk starts again for the next person

idle-heading = Ị ka nọ ebe a?
# $seconds is a number of seconds.
idle-countdown =
    { $seconds ->
       *[other] Ọ ga-amalite ọzọ na sekọnd { $seconds }. A ga-ehichapụ ihe i lere anya.
    }
idle-more-time = Achọrọ m oge ọzọ

## Volunteer panel (opened with a long press on the centre's name and a PIN)

pin-heading = PIN ndị ọrụ afọ ofufo
pin-hint = Tinye PIN, wee pịa OK.
pin-ok = OK
pin-clear = Hichapụ
pin-cancel = Kagbuo
pin-wrong = PIN ezighi ezi. Nwaa ọzọ.
# $seconds is a number of seconds.
pin-locked =
    { $seconds ->
       *[other] Ọtụtụ mgbalị ezighi ezi. Chere sekọnd { $seconds }.
    }
panel-heading = Mpaghara ndị ọrụ afọ ofufo
panel-content = Ihe a na-egosi
panel-bundle = Ngwugwu ọdịnaya
panel-version = Ụdị
panel-source = Isi mmalite
panel-problems = Nsogbu a hụrụ mgbe a na-ebubata
panel-no-problems = Enweghị nsogbu.
panel-default-language = Asụsụ mbụ maka onye ọbịa na-esote
panel-reload = Bubata ọdịnaya ọzọ
panel-reloaded = E bubatala ọdịnaya ọzọ.
panel-exit = Pụọ na ọnọdụ kiosk
# Asked before kiosk mode is left. $minutes is a number of minutes.
panel-exit-question =
    { $minutes ->
       *[other] Ị ga-apụ na ọnọdụ kiosk? Ọ ga-alaghachi n'onwe ya ma ọ bụrụ na onye ọ bụla emetụghị ya aka ruo nkeji { $minutes }.
    }
panel-exit-yes = Ee, pụọ
panel-exit-no = Mba, nọrọ
panel-close = Mechie

## Search, with an on-screen keyboard

search-heading = Chọọ
search-hint = Dee otu okwu. Nsonaazụ na-agbanwe ka ị na-ede.
# In the empty search field.
search-placeholder = Dee ebe a
# $count is the number of results.
search-count =
    { $count ->
       *[other] Nsonaazụ { $count }
    }
search-nothing = Ahụghị ihe ọ bụla. Nwaa okwu ọzọ, ma ọ bụ họrọ otu isiokwu.
search-clear = Hichapụ
keyboard-space = Oghere
keyboard-backspace = Hichapụ
# On the key that shows the next keyboard (another alphabet).
keyboard-next = Ahụigodo ọzọ

## Take it home: QR codes for a phone's camera

qr-take-home = Were ya laa: chee igwefoto ekwentị gị n'ebe a.
qr-call = Jiri igwefoto ekwentị gị gụọ koodu a ka ị kpọọ nọmba a.
qr-close = Mechie

## Job filters

filter-heading = Gosi naanị
filter-all = Ọrụ niile
filter-full-time = Oge niile
filter-part-time = Oge ụfọdụ
filter-new = Ọhụrụ n'izu a
# Followed by buttons with language names: only jobs that need no other language.
filter-languages = Ana m asụ
# $count is the number of jobs that match the filters.
filter-matching =
    { $count ->
        [0] Ọ dịghị ọrụ dabara. Pịa “Ọrụ niile”.
       *[other] Ọrụ { $count } dabara
    }

## Emergency alerts, shown over every screen until they end

# The big button under an alert that covers the whole screen.
alert-read = Agụọla m ya
# What kind of alert it is (CAP severity levels, from the most to the least serious).
alert-extreme = Oke ihe egwu
alert-severe = Ihe egwu
alert-moderate = Ịdọ aka na ntị
alert-minor = Ozi
alert-unknown = Ọkwa
# $time is when the alert ends, like "18:00" or "Fri 18:00".
alert-until = Ruo { $time }
# On the strip of a less serious alert: tap to read all of it.
alert-more = Gụkwuo
# Followed by the places the alert is about.
alert-where = Ebee:
# Heading above what people should do.
alert-what-to-do = Ihe ị ga-eme
# Button on an alert: opens the centre's emergency numbers.
alert-emergency = Nọmba ihe mberede

## Night screen, outside the centre's opening hours

night-closed = Ụlọ obodo a mechiri ugbu a.
night-touch = Ị ka nwere ike iji ihuenyo a: metụ ya aka.

## Volunteer panel: alerts and usage counts

panel-alerts = Ịdọ aka na ntị a na-egosi ugbu a
panel-alerts-none = Ọ dịghị ịdọ aka na ntị a na-egosi.
panel-usage = Ọnụ ọgụgụ ojiji (ugboro ole e meghere ibe ọ bụla)
panel-usage-save = Chekwaa ọnụ ọgụgụ ojiji na USB
# $file is where the counts were written.
panel-usage-saved = Echekwara ya na { $file }.
panel-usage-off = Agbanyụrụ ọgụgụ ojiji na nhazi.
panel-usage-no-folder = Ọ dịghị folda USB a haziri (watch_dir), ya mere enweghị ike ichekwa ihe ọ bụla.
