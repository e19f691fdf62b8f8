### Welcome Kiosk: Oromo interface strings.
### Translation: machine translation (AI-assisted) from the English reference, not yet reviewed by a native speaker.
### Review status: not reviewed

# The language's own name, shown on the language picker.
-language-name = Afaan Oromoo
-app-name = Welcome Kiosk

## Window

window-title = { -app-name }

## The bar on every screen

nav-home = Fuula jalqabaa
nav-back = Duubatti
nav-language = Afaan
nav-emergency = Hatattama
nav-search = Barbaachi

## Reading aloud, text size and contrast (buttons with an icon; the words are for
## visitors who read them and for screen labels)

# On the speaker button of a page, the emergency screen and each home tile.
listen = Dhaggeeffadhu
listen-pause = Yeroof dhaabi
listen-resume = Itti fufi
listen-stop = Dhaabi
listen-again = Irra deebi'i
listen-previous = Duubatti
listen-next = Itti aanu
volume-down = Sagalee xiqqeessi
volume-up = Sagalee guddisi
# In the bar: three text sizes, and a high-contrast palette.
text-size = Hamma barreeffamaa
contrast = Garaagarummaa halluu

## Language picker

language-heading = Afaan keessan filadhaa
language-hint = Yeroo kamiyyuu furtuu "Afaan" jedhuun afaan jijjiiruu dandeessu.
# Two switches for volunteers: change the language of everything, or only of the texts
# (for a visitor who reads one language but prefers buttons in another).
language-change-all = Hunda jijjiiri
language-change-texts = Barreeffama qofa jijjiiri
# Shown when the texts are in another language than the buttons. $ui and $content are
# language names.
language-split = Furtuuwwan: { $ui } · barreeffama: { $content }
# Picker with many languages: a heading over the languages the centre shows first, and one
# over all the others (grouped by writing system under it).
language-featured = Asitti baay'ee kan fayyadaman
language-more = Afaanota biroo
# The search field of a long picker, and what it says when nothing matches.
language-find = Maqaa afaan keessanii barreessaa
language-find-nothing = Afaan tokkollee hin argamne. Qubee jalqabaa yaalaa, ykn tola-ooltuu gaafadhaa.

## Home screen

home-heading = Baga nagaan dhuftan
home-subheading = Maal isin barbaachisa? Suuraa tokko tuqaa.

## Categories: home tiles and list headings

kind-guides = Mirga keessan
kind-jobs = Hojii
kind-contacts = Hatattama
kind-services = Tajaajila
kind-events = Taateewwan
kind-stories = Seenaawwan

## Lists

# $count is the number of items in a list.
list-count =
    { $count ->
        [one] Wanta { $count }
       *[other] Wantoota { $count }
    }
list-empty = Amma asitti wanti tokkollee hin jiru. Maaloo booda deebi'aa.

## Notices on items

# $language is the visitor's language, $fallback the language the text is shown in.
fallback-notice = Ammaaf hiikkaan { $language } hin jiru — kan agarsiifame: { $fallback }.
machine-translation-notice = Barreeffama kana kompiitarri hiike. Dogoggora qabaachuu danda'a.
example-badge = Fakkeenya
example-notice = Kun fakkeenya akkaataa meeshaan kun itti hojjetu agarsiisuuf qophaa'edha. Odeeffannoo dhugaa miti.
fictional-badge = Seenaa tolfamaa
fictional-notice = Seenaan kun tolfamaadha, seenaawwan maal fakkaachuu akka danda'an agarsiisuuf. Waa'ee nama dhugaa miti.

## Facts of an item

fact-phone = Bilbila
fact-email = Imeelii
fact-address = Teessoo
fact-place = Eessatti
fact-hours = Sa'aatii banamu
fact-when = Yoom
fact-website = Marsariitii
fact-employer = Hojjechiisaa
fact-contract = Waliigaltee
fact-working-hours = Sa'aatii hojii
fact-pay = Mindaa
fact-languages-needed = Afaanota barbaachisan
fact-languages-spoken = Afaanota dubbataman
fact-posted = Guyyaa maxxanfame
fact-apply-before = Guyyaa dhumaa iyyannoo

# $hours is a number of hours.
hours-per-week =
    { $hours ->
        [one] Torbanitti sa'aatii { $hours }
       *[other] Torbanitti sa'aatii { $hours }
    }
contract-permanent = Hojii dhaabbataa
contract-temporary = Hojii yeroo murtaa'e
contract-seasonal = Hojii waqtii
contract-apprenticeship = Leenjii ogummaa

# $amount is a number with its decimals, $symbol the currency sign (€, kr…).
money = { $symbol }{ $amount }

# $amount is an amount of money, already formatted with its currency.
pay-per-hour = Sa'aatiitti { $amount }
pay-per-day = Guyyaatti { $amount }
pay-per-week = Torbanitti { $amount }
pay-per-month = Ji'atti { $amount }
pay-per-year = Waggaatti { $amount }

open-now = Amma banaadha
closed-now = Amma cufaadha
# When a service opens or closes next. $time is a time of day (17:00, 5:00 PM), $day the
# name of a weekday (Thursday).
open-closes-today = Amma banaadha · sa'aatii { $time } cufama
open-closes-tomorrow = Amma banaadha · boru sa'aatii { $time } cufama
open-closes-day = Amma banaadha · { $day } sa'aatii { $time } cufama
closed-opens-today = Cufaadha · har'a sa'aatii { $time } banama
closed-opens-tomorrow = Cufaadha · boru sa'aatii { $time } banama
closed-opens-day = Cufaadha · { $day } sa'aatii { $time } banama
open-always = Guyyaa hunda, halkanii fi guyyaa banaadha
free-call = Bilbila bilisaa
free-entry = Seensa bilisaa

repeats-weekly = Torban hunda
repeats-monthly = Ji'a hunda
repeats-yearly = Waggaa hunda

## Emergency screen

emergency-heading = Lakkoofsota hatattamaa
emergency-intro = Namni tokko balaa keessa yoo jiraate, 112 bilbilaa. Bilbilli bilisaa dha.
urgent-badge = Hatattama

## Attract screen, shown when nobody is using the kiosk

# Shown in every offered language in turn, each in its own language.
attract-touch = Jalqabuuf iskiriinii tuqaa

## Idle warning: the kiosk starts again for the next person

idle-heading = Ammallee asuma jirtuu?
# $seconds is a number of seconds.
idle-countdown =
    { $seconds ->
        [one] Sekondii { $seconds } booda irra deebi'ee jalqaba. Wanti isin ilaaltan ni haqama.
       *[other] Sekondii { $seconds } booda irra deebi'ee jalqaba. Wanti isin ilaaltan ni haqama.
    }
idle-more-time = Yeroo dabalataa nan barbaada

## Volunteer panel (opened with a long press on the centre's name and a PIN)

pin-heading = PIN tola-ooltotaa
pin-hint = PIN barreessaa, achiis OK tuqaa.
pin-ok = OK
pin-clear = Haqi
pin-cancel = Dhiisi
pin-wrong = PIN dogoggora. Irra deebi'aa yaalaa.
# $seconds is a number of seconds.
pin-locked =
    { $seconds ->
        [one] Yeroo baay'ee dogoggortaniittu. Sekondii { $seconds } eegaa.
       *[other] Yeroo baay'ee dogoggortaniittu. Sekondii { $seconds } eegaa.
    }
panel-heading = Fuula tola-ooltotaa
panel-content = Qabiyyee agarsiifamu
panel-bundle = Kuusaa qabiyyee
panel-version = Fooyya'iinsa
panel-source = Madda
panel-problems = Rakkoolee yeroo fe'amu argaman
panel-no-problems = Rakkoon hin jiru.
panel-default-language = Afaan jalqabaa daawwataa itti aanuuf
panel-reload = Qabiyyee irra deebi'ii fe'i
panel-reloaded = Qabiyyeen irra deebi'ee fe'ameera.
panel-exit = Haala kiyoskii keessaa ba'i
# Asked before kiosk mode is left. $minutes is a number of minutes.
panel-exit-question =
    { $minutes ->
        [one] Haala kiyoskii keessaa ba'uu barbaadduu? Daqiiqaa { $minutes } keessatti namni iskiriinii yoo hin tuqin, ofumaan deebi'a.
       *[other] Haala kiyoskii keessaa ba'uu barbaadduu? Daqiiqaa { $minutes } keessatti namni iskiriinii yoo hin tuqin, ofumaan deebi'a.
    }
panel-exit-yes = Eeyyee, ba'i
panel-exit-no = Lakki, turi
panel-close = Cufi

## Search, with an on-screen keyboard

search-heading = Barbaacha
search-hint = Jecha tokko barreessaa. Yeroo barreessitan bu'aan ni jijjiirama.
# In the empty search field.
search-placeholder = Asitti barreessaa
# $count is the number of results.
search-count =
    { $count ->
        [one] Bu'aa { $count }
       *[other] Bu'aa { $count }
    }
search-nothing = Homtuu hin argamne. Jecha biraa yaalaa, ykn mata-duree tokko filadhaa.
search-clear = Hunda haqi
keyboard-space = Iddoo duwwaa
keyboard-backspace = Haqi
# On the key that shows the next keyboard (another alphabet).
keyboard-next = Kiiboordii biraa

## Take it home: QR codes for a phone's camera

qr-take-home = Mana geessaa: kaameraa bilbila keessanii as qabaa.
qr-call = Lakkoofsa kana bilbiluuf, koodii kana bilbila keessaniin iskaan godhaa.
qr-close = Cufi

## Job filters

filter-heading = Kana qofa agarsiisi
filter-all = Hojiiwwan hunda
filter-full-time = Yeroo guutuu
filter-part-time = Yeroo muraasa
filter-new = Torban kana haaraa
# Followed by buttons with language names: only jobs that need no other language.
filter-languages = Ani nan dubbadha
# $count is the number of jobs that match the filters.
filter-matching =
    { $count ->
        [0] Hojiin walsimu hin jiru. “Hojiiwwan hunda” tuqaa.
        [one] Hojii { $count } walsimu
       *[other] Hojiiwwan { $count } walsimu
    }

## Emergency alerts, shown over every screen until they end

# The big button under an alert that covers the whole screen.
alert-read = Dubbiseera
# What kind of alert it is (CAP severity levels, from the most to the least serious).
alert-extreme = Balaa guddaa
alert-severe = Balaa
alert-moderate = Akeekkachiisa
alert-minor = Odeeffannoo
alert-unknown = Beeksisa
# $time is when the alert ends, like "18:00" or "Fri 18:00".
alert-until = Hanga { $time }
# On the strip of a less serious alert: tap to read all of it.
alert-more = Dabalata dubbisi
# Followed by the places the alert is about.
alert-where = Eessa:
# Heading above what people should do.
alert-what-to-do = Maal gochuu qabdu
# Button on an alert: opens the centre's emergency numbers.
alert-emergency = Lakkoofsota hatattamaa

## Night screen, outside the centre's opening hours

night-closed = Giddugalli amma cufaadha.
night-touch = Ammallee iskiriinii kana fayyadamuu dandeessu: tuqaa.

## Volunteer panel: alerts and usage counts

panel-alerts = Akeekkachiisota amma agarsiifaman
panel-alerts-none = Akeekkachiisni tokkollee hin agarsiifamu.
panel-usage = Lakkoofsa itti fayyadamaa (fuulli tokkoon tokkoon isaa al meeqa akka banamee)
panel-usage-save = Lakkoofsa itti fayyadamaa USB irratti olkaa'i
# $file is where the counts were written.
panel-usage-saved = { $file } irratti olkaa'ameera.
panel-usage-off = Lakkoofsi itti fayyadamaa qindaa'ina keessatti dhaamsameera.
panel-usage-no-folder = Kuusaan USB hin qindoofne (watch_dir), kanaaf homtuu olkaa'amuu hin danda'u.
