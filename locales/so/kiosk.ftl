### Welcome Kiosk: Somali interface strings.
### Translation: machine translation (AI-assisted) from the English reference, not yet reviewed by a native speaker.
### Review status: not reviewed

# The language's own name, shown on the language picker.
-language-name = Soomaali
-app-name = Welcome Kiosk

## Window

window-title = { -app-name }

## The bar on every screen

nav-home = Bogga hore
nav-back = Dib u noqo
nav-language = Luqadda
nav-emergency = Gargaar degdeg ah
nav-search = Raadi

## Reading aloud, text size and contrast (buttons with an icon; the words are for
## visitors who read them and for screen labels)

# On the speaker button of a page, the emergency screen and each home tile.
listen = Dhageyso
listen-pause = Hakad
listen-resume = Sii wad
listen-stop = Jooji
listen-again = Mar kale
listen-previous = Gadaal
listen-next = Kan xiga
volume-down = Codka yaree
volume-up = Codka kordhi
# In the bar: three text sizes, and a high-contrast palette.
text-size = Cabbirka qoraalka
contrast = Midab xoog leh

## Language picker

language-heading = Dooro luqaddaada
language-hint = Waqti kasta waad beddeli kartaa luqadda, adigoo riixaya badhanka "Luqadda".
# Two switches for volunteers: change the language of everything, or only of the texts
# (for a visitor who reads one language but prefers buttons in another).
language-change-all = Beddel wax walba
language-change-texts = Beddel qoraalka keliya
# Shown when the texts are in another language than the buttons. $ui and $content are
# language names.
language-split = Badhamada: { $ui } · qoraalka: { $content }
# Picker with many languages: a heading over the languages the centre shows first, and one
# over all the others (grouped by writing system under it).
language-featured = Kuwa halkan ugu badan la isticmaalo
language-more = Luqado kale
# The search field of a long picker, and what it says when nothing matches.
language-find = Qor magaca luqaddaada
language-find-nothing = Luqad lama helin. Isku day xarfaha ugu horreeya, ama weydii mutadawac.

## Home screen

home-heading = Ku soo dhowow
home-subheading = Maxaad u baahan tahay? Taabo sawir.

## Categories: home tiles and list headings

kind-guides = Xuquuqdaada
kind-jobs = Shaqooyin
kind-contacts = Gargaar degdeg ah
kind-services = Hay'adaha caawiya
kind-events = Munaasabado
kind-stories = Sheekooyin

## Lists

# $count is the number of items in a list.
list-count =
    { $count ->
        [one] { $count } shay
       *[other] { $count } shay
    }
list-empty = Hadda halkan waxba ma jiraan. Fadlan mar dambe soo noqo.

## Notices on items

# $language is the visitor's language, $fallback the language the text is shown in.
fallback-notice = Weli laguma turjumin { $language } — waxaa lagu qoray { $fallback }.
machine-translation-notice = Qoraalkan waxaa turjumay kombiyuutar. Waxaa laga yaabaa inuu khaladaad leeyahay.
example-badge = Tusaale
example-notice = Kani waa tusaale lagu muujinayo sida qalabkani u shaqeeyo. Maaha macluumaad run ah.
fictional-badge = Sheeko mala-awaal ah
fictional-notice = Sheekadan waa mala-awaal, si loo muujiyo sida sheekooyinku u ekaan karaan. Kuma saabsana qof dhab ah.

## Facts of an item

fact-phone = Telefoon
fact-email = Iimayl
fact-address = Cinwaan
fact-place = Halkee
fact-hours = Saacadaha furitaanka
fact-when = Goorma
fact-website = Websaydh
fact-employer = Loo shaqeeye
fact-contract = Qandaraas
fact-working-hours = Saacadaha shaqada
fact-pay = Mushahar
fact-languages-needed = Luqadaha loo baahan yahay
fact-languages-spoken = Luqadaha lagu hadlo
fact-posted = Taariikhda la soo dhigay
fact-apply-before = Codso ka hor

# $hours is a number of hours.
hours-per-week =
    { $hours ->
        [one] { $hours } saac toddobaadkii
       *[other] { $hours } saacadood toddobaadkii
    }
contract-permanent = Shaqo joogto ah
contract-temporary = Shaqo ku meel gaar ah
contract-seasonal = Shaqo xilliyeed
contract-apprenticeship = Tababar shaqo

# $amount is a number with its decimals, $symbol the currency sign (€, kr…).
money = { $symbol }{ $amount }

# $amount is an amount of money, already formatted with its currency.
pay-per-hour = { $amount } saacaddii
pay-per-day = { $amount } maalintii
pay-per-week = { $amount } toddobaadkii
pay-per-month = { $amount } bishii
pay-per-year = { $amount } sannadkii

open-now = Hadda waa furan yahay
closed-now = Hadda waa xiran yahay
# When a service opens or closes next. $time is a time of day (17:00, 5:00 PM), $day the
# name of a weekday (Thursday).
open-closes-today = Hadda waa furan yahay · wuxuu xirmayaa { $time }
open-closes-tomorrow = Hadda waa furan yahay · wuxuu xirmayaa berri { $time }
open-closes-day = Hadda waa furan yahay · wuxuu xirmayaa { $day } { $time }
closed-opens-today = Waa xiran yahay · wuxuu furmayaa maanta { $time }
closed-opens-tomorrow = Waa xiran yahay · wuxuu furmayaa berri { $time }
closed-opens-day = Waa xiran yahay · wuxuu furmayaa { $day } { $time }
open-always = Waa furan yahay habeen iyo maalin, maalin kasta
free-call = Wicitaan bilaash ah
free-entry = Gelitaanku waa bilaash

repeats-weekly = Toddobaad kasta
repeats-monthly = Bil kasta
repeats-yearly = Sannad kasta

## Emergency screen

emergency-heading = Lambarrada gargaarka degdegga ah
emergency-intro = Haddii qof khatar ku jiro, wac 112. Wicitaanku waa bilaash.
urgent-badge = Degdeg

## Attract screen, shown when nobody is using the kiosk

# Shown in every offered language in turn, each in its own language.
attract-touch = Taabo shaashadda si aad u bilowdo

## Idle warning: the kiosk starts again for the next person

idle-heading = Weli ma joogtaa?
# $seconds is a number of seconds.
idle-countdown =
    { $seconds ->
        [one] Dib ayaa loo bilaabayaa { $seconds } ilbiriqsi kadib. Waxaad eegtay waa la tirtirayaa.
       *[other] Dib ayaa loo bilaabayaa { $seconds } ilbiriqsi kadib. Waxaad eegtay waa la tirtirayaa.
    }
idle-more-time = Waqti dheeraad ah ayaan u baahanahay

## Volunteer panel (opened with a long press on the centre's name and a PIN)

pin-heading = PIN-ka mutadawaca
pin-hint = Qor PIN-ka, kadibna riix OK.
pin-ok = OK
pin-clear = Tirtir
pin-cancel = Jooji
pin-wrong = PIN-ku waa khalad. Isku day mar kale.
# $seconds is a number of seconds.
pin-locked =
    { $seconds ->
        [one] Khaladaad badan ayaa dhacay. Sug { $seconds } ilbiriqsi.
       *[other] Khaladaad badan ayaa dhacay. Sug { $seconds } ilbiriqsi.
    }
panel-heading = Bogga mutadawacyada
panel-content = Waxa la muujinayo
panel-bundle = Xirmada
panel-version = Nuqulka
panel-source = Isha
panel-problems = Dhibaatooyin la helay markii la soo gelinayay
panel-no-problems = Dhibaato ma jirto.
panel-default-language = Luqadda caadiga ah ee booqdaha xiga
panel-reload = Dib u soo geli macluumaadka
panel-reloaded = Macluumaadka dib ayaa loo soo geliyay.
panel-exit = Ka bax qaabka kiosk-ka
# Asked before kiosk mode is left. $minutes is a number of minutes.
panel-exit-question =
    { $minutes ->
        [one] Ma ka baxaysaa qaabka kiosk-ka? Wuxuu si iskiis ah ugu soo laabanayaa { $minutes } daqiiqad kadib haddii aan shaashadda la taaban.
       *[other] Ma ka baxaysaa qaabka kiosk-ka? Wuxuu si iskiis ah ugu soo laabanayaa { $minutes } daqiiqo kadib haddii aan shaashadda la taaban.
    }
panel-exit-yes = Haa, ka bax
panel-exit-no = Maya, joog
panel-close = Xir

## Search, with an on-screen keyboard

search-heading = Raadi
search-hint = Qor eray. Natiijooyinku way isbeddelayaan markaad qorayso.
# In the empty search field.
search-placeholder = Halkan ku qor
# $count is the number of results.
search-count =
    { $count ->
        [one] { $count } natiijo
       *[other] { $count } natiijo
    }
search-nothing = Waxba lama helin. Isku day eray kale, ama dooro mawduuc.
search-clear = Tirtir dhammaan
keyboard-space = Meel bannaan
keyboard-backspace = Tirtir
# On the key that shows the next keyboard (another alphabet).
keyboard-next = Kiiboor kale

## Take it home: QR codes for a phone's camera

qr-take-home = Guriga u qaado: kamaradda taleefankaaga u jeedi koodhkan.
qr-call = Koodhkan ku iskaan garee taleefankaaga si aad lambarkan u wacdo.
qr-close = Xir

## Job filters

filter-heading = Muuji kaliya
filter-all = Dhammaan shaqooyinka
filter-full-time = Waqti buuxa
filter-part-time = Waqti dhiman
filter-new = Cusub toddobaadkan
# Followed by buttons with language names: only jobs that need no other language.
filter-languages = Waxaan ku hadlaa
# $count is the number of jobs that match the filters.
filter-matching =
    { $count ->
        [0] Shaqo ku habboon lama helin. Taabo “Dhammaan shaqooyinka”.
        [one] { $count } shaqo ayaa la helay
       *[other] { $count } shaqo ayaa la helay
    }

## Emergency alerts, shown over every screen until they end

# The big button under an alert that covers the whole screen.
alert-read = Waan akhriyay
# What kind of alert it is (CAP severity levels, from the most to the least serious).
alert-extreme = Khatar aad u weyn
alert-severe = Khatar
alert-moderate = Digniin
alert-minor = Macluumaad
alert-unknown = Ogeysiis
# $time is when the alert ends, like "18:00" or "Fri 18:00".
alert-until = Ilaa { $time }
# On the strip of a less serious alert: tap to read all of it.
alert-more = Akhri dhammaan
# Followed by the places the alert is about.
alert-where = Halkee:
# Heading above what people should do.
alert-what-to-do = Waxa ay tahay inaad samayso
# Button on an alert: opens the centre's emergency numbers.
alert-emergency = Lambarrada gargaarka degdegga ah

## Night screen, outside the centre's opening hours

night-closed = Xarunta hadda waa xiran tahay.
night-touch = Weli waad isticmaali kartaa shaashaddan: taabo.

## Volunteer panel: alerts and usage counts

panel-alerts = Digniinaha hadda la muujinayo
panel-alerts-none = Digniin lama muujinayo.
panel-usage = Tirada isticmaalka (inta jeer ee bog kasta la furay)
panel-usage-save = Ku kaydi tirada isticmaalka USB-ga
# $file is where the counts were written.
panel-usage-saved = Waxaa lagu kaydiyay { $file }.
panel-usage-off = Tirinta isticmaalka waa laga damiyay habaynta.
panel-usage-no-folder = Galka USB lama dejin (watch_dir), sidaas darteed waxba lama kaydin karo.
