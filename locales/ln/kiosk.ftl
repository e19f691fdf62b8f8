### Welcome Kiosk: Lingala interface strings.
### Translation: machine translation (AI-assisted) from the English reference, not yet reviewed by a native speaker.
### Review status: not reviewed

# The language's own name, shown on the language picker.
-language-name = Lingála
-app-name = Welcome Kiosk

## Window

window-title = { -app-name }

## The bar on every screen

nav-home = Ebandeli
nav-back = Zonga
nav-language = Lokota
nav-emergency = Likama
nav-search = Luka

## Reading aloud, text size and contrast (buttons with an icon; the words are for
## visitors who read them and for screen labels)

# On the speaker button of a page, the emergency screen and each home tile.
listen = Yoka
listen-pause = Telemisa moke
listen-resume = Koba
listen-stop = Telemisa
listen-again = Lisusu
listen-previous = Nsima
listen-next = Oyo elandi
volume-down = Kitisa mongongo
volume-up = Matisa mongongo
# In the bar: three text sizes, and a high-contrast palette.
text-size = Bonene ya makomi
contrast = Bokeseni ya langi

## Language picker

language-heading = Pona lokota na yo
language-hint = Okoki kobongola lokota ntango nyonso na bouton "Lokota".
# Two switches for volunteers: change the language of everything, or only of the texts
# (for a visitor who reads one language but prefers buttons in another).
language-change-all = Bongola nyonso
language-change-texts = Bongola kaka makomi
# Shown when the texts are in another language than the buttons. $ui and $content are
# language names.
language-split = Ba bouton: { $ui } · makomi: { $content }
# Picker with many languages: a heading over the languages the centre shows first, and one
# over all the others (grouped by writing system under it).
language-featured = Oyo basalelaka mingi awa
language-more = Nkota mosusu
# The search field of a long picker, and what it says when nothing matches.
language-find = Koma nkombo ya lokota na yo
language-find-nothing = Lokota moko te emonani. Meka kokoma kaka ebandeli ya nkombo, to tuna mosali ya bolingo.

## Home screen

home-heading = Boyei malamu
home-subheading = Ozali na mposa ya nini? Simba elilingi moko.

## Categories: home tiles and list headings

kind-guides = Makoki na yo
kind-jobs = Mosala
kind-contacts = Likama
kind-services = Lisalisi
kind-events = Mayangani
kind-stories = Masolo

## Lists

# $count is the number of items in a list.
list-count =
    { $count ->
       *[other] Biloko: { $count }
    }
list-empty = Eloko moko te awa sikoyo. Zonga nsima.

## Notices on items

# $language is the visitor's language, $fallback the language the text is shown in.
fallback-notice = Ezali naino te na { $language } — emonisami na { $fallback }.
machine-translation-notice = Ordinateur nde ebongolaki makomi oyo. Ekoki kozala na mabunga.
example-badge = Ndakisa
example-notice = Oyo ezali ndakisa mpo na kolakisa ndenge kiosque esalaka. Ezali sango ya solo te.
fictional-badge = Lisolo ya kokanisa
fictional-notice = Lisolo oyo ezali ya kokanisa, mpo na kolakisa ndenge masolo ekoki kozala. Elobeli moto ya solo te.

## Facts of an item

fact-phone = Telefone
fact-email = E-mail
fact-address = Adresi
fact-place = Wapi
fact-hours = Ngonga ya kofungola
fact-when = Ntango nini
fact-website = Site internet
fact-employer = Mopesi mosala
fact-contract = Kontra
fact-working-hours = Ngonga ya mosala
fact-pay = Lifuta
fact-languages-needed = Nkota oyo esengeli
fact-languages-spoken = Nkota oyo balobaka
fact-posted = Ebimaki mokolo
fact-apply-before = Senga liboso ya

# $hours is a number of hours.
hours-per-week =
    { $hours ->
       *[other] Ngonga { $hours } na poso
    }
contract-permanent = Mosala ya ntango nyonso
contract-temporary = Mosala ya ntango moke
contract-seasonal = Mosala ya eleko
contract-apprenticeship = Koyekola mosala

# $amount is a number with its decimals, $symbol the currency sign (€, kr…).
money = { $symbol }{ $amount }

# $amount is an amount of money, already formatted with its currency.
pay-per-hour = { $amount } na ngonga
pay-per-day = { $amount } na mokolo
pay-per-week = { $amount } na poso
pay-per-month = { $amount } na sanza
pay-per-year = { $amount } na mobu

open-now = Efungwami sikoyo
closed-now = Ekangami sikoyo
# When a service opens or closes next. $time is a time of day (17:00, 5:00 PM), $day the
# name of a weekday (Thursday).
open-closes-today = Efungwami sikoyo · ekokangama na ngonga { $time }
open-closes-tomorrow = Efungwami sikoyo · ekokangama lobi na ngonga { $time }
open-closes-day = Efungwami sikoyo · ekokangama { $day } na ngonga { $time }
closed-opens-today = Ekangami · ekofungwama lelo na ngonga { $time }
closed-opens-tomorrow = Ekangami · ekofungwama lobi na ngonga { $time }
closed-opens-day = Ekangami · ekofungwama { $day } na ngonga { $time }
open-always = Efungwami butu na moi, mikolo nyonso
free-call = Kobenga ezali ofele
free-entry = Kokota ezali ofele

repeats-weekly = Poso nyonso
repeats-monthly = Sanza nyonso
repeats-yearly = Mobu nyonso

## Emergency screen

emergency-heading = Nimero ya likama
emergency-intro = Soki moto azali na likama, benga 112. Kobenga ezali ofele.
urgent-badge = Ya noki

## Attract screen, shown when nobody is using the kiosk

# Shown in every offered language in turn, each in its own language.
attract-touch = Simba ekrani mpo na kobanda

## Idle warning: the kiosk starts again for the next person

idle-heading = Ozali naino awa?
# $seconds is a number of seconds.
idle-countdown =
    { $seconds ->
       *[other] Ekobanda lisusu nsima ya sekonde { $seconds }. Oyo otalaki ekolimwa.
    }
idle-more-time = Nazali na mposa ya ntango mosusu

## Volunteer panel (opened with a long press on the centre's name and a PIN)

pin-heading = PIN ya basali ya bolingo
pin-hint = Koma PIN, sima fina OK.
pin-ok = OK
pin-clear = Longola
pin-cancel = Tika
pin-wrong = PIN ezali malamu te. Meka lisusu.
# $seconds is a number of seconds.
pin-locked =
    { $seconds ->
       *[other] Obungi mbala mingi. Zela sekonde { $seconds }.
    }
panel-heading = Lokasa ya basali ya bolingo
panel-content = Makambo oyo emonisami
panel-bundle = Liboke ya makambo
panel-version = Version
panel-source = Esika euti
panel-problems = Mikakatano oyo emonanaki ntango ya kotia makambo
panel-no-problems = Mikakatano ezali te.
panel-default-language = Lokota ya liboso mpo na mopaya oyo akolanda
panel-reload = Tia makambo lisusu
panel-reloaded = Makambo etiami lisusu.
panel-exit = Bima na mode kiosque
# Asked before kiosk mode is left. $minutes is a number of minutes.
panel-exit-question =
    { $minutes ->
       *[other] Olingi kobima na mode kiosque? Ekozonga yango moko nsima ya miniti { $minutes } soki moto moko te asimbi ekrani.
    }
panel-exit-yes = Ee, bima
panel-exit-no = Te, vanda
panel-close = Kanga

## Search, with an on-screen keyboard

search-heading = Koluka
search-hint = Koma liloba moko. Biyano ebongwanaka ntango ozali kokoma.
# In the empty search field.
search-placeholder = Koma awa
# $count is the number of results.
search-count =
    { $count ->
       *[other] Biyano: { $count }
    }
search-nothing = Eloko moko te emonani. Meka liloba mosusu, to pona likambo moko.
search-clear = Longola nyonso
keyboard-space = Esika pamba
keyboard-backspace = Longola
# On the key that shows the next keyboard (another alphabet).
keyboard-next = Clavier mosusu

## Take it home: QR codes for a phone's camera

qr-take-home = Kende na yango na ndako: tia kamera ya telefone na yo liboso ya kode oyo.
qr-call = Tala kode oyo na kamera ya telefone na yo mpo na kobenga nimero oyo.
qr-close = Kanga

## Job filters

filter-heading = Monisa kaka
filter-all = Misala nyonso
filter-full-time = Ntango mobimba
filter-part-time = Ndambo ya ntango
filter-new = Ya sika poso oyo
# Followed by buttons with language names: only jobs that need no other language.
filter-languages = Nalobaka
# $count is the number of jobs that match the filters.
filter-matching =
    { $count ->
        [0] Mosala moko te ekokani. Simba “Misala nyonso”.
       *[other] Misala oyo ekokani: { $count }
    }

## Emergency alerts, shown over every screen until they end

# The big button under an alert that covers the whole screen.
alert-read = Natangi yango
# What kind of alert it is (CAP severity levels, from the most to the least serious).
alert-extreme = Likama makasi mpenza
alert-severe = Likama
alert-moderate = Likebisi
alert-minor = Sango
alert-unknown = Liyebisi
# $time is when the alert ends, like "18:00" or "Fri 18:00".
alert-until = Kino { $time }
# On the strip of a less serious alert: tap to read all of it.
alert-more = Tanga nyonso
# Followed by the places the alert is about.
alert-where = Wapi:
# Heading above what people should do.
alert-what-to-do = Nini ya kosala
# Button on an alert: opens the centre's emergency numbers.
alert-emergency = Nimero ya likama

## Night screen, outside the centre's opening hours

night-closed = Santre ekangami sikoyo.
night-touch = Okoki kaka kosalela ekrani oyo: simba yango.

## Volunteer panel: alerts and usage counts

panel-alerts = Makebisi oyo emonisami sikoyo
panel-alerts-none = Likebisi moko te emonisami.
panel-usage = Motango ya bosaleli (mbala boni lokasa moko moko efungwamaki)
panel-usage-save = Bomba motango ya bosaleli na USB
# $file is where the counts were written.
panel-usage-saved = Ebombami na { $file }.
panel-usage-off = Kotanga bosaleli ekangami na configuration.
panel-usage-no-folder = Dosie ya USB etiami te (watch_dir), yango wana eloko moko te ekoki kobombama.
