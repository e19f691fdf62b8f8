### Welcome Kiosk: Albanian interface strings.
### Translation: machine translation (AI-assisted) from the English reference, not yet reviewed by a native speaker.
### Review status: not reviewed

# The language's own name, shown on the language picker.
-language-name = Shqip
-app-name = Welcome Kiosk

## Window

window-title = { -app-name }

## The bar on every screen

nav-home = Kreu
nav-back = Prapa
nav-language = Gjuha
nav-emergency = Urgjenca
nav-search = Kërko

## Reading aloud, text size and contrast (buttons with an icon; the words are for
## visitors who read them and for screen labels)

# On the speaker button of a page, the emergency screen and each home tile.
listen = Dëgjo
listen-pause = Pauzë
listen-resume = Vazhdo
listen-stop = Ndalo
listen-again = Përsëri
listen-previous = Prapa
listen-next = Përpara
volume-down = Më ulët
volume-up = Më fort
# In the bar: three text sizes, and a high-contrast palette.
text-size = Madhësia e tekstit
contrast = Kontrasti

## Language picker

language-heading = Zgjidhni gjuhën tuaj
language-hint = Mund ta ndryshoni gjuhën kur të doni, me butonin «Gjuha».
# Two switches for volunteers: change the language of everything, or only of the texts
# (for a visitor who reads one language but prefers buttons in another).
language-change-all = Ndrysho gjithçka
language-change-texts = Ndrysho vetëm tekstet
# Shown when the texts are in another language than the buttons. $ui and $content are
# language names.
language-split = Butonat: { $ui } · tekstet: { $content }
# Picker with many languages: a heading over the languages the centre shows first, and one
# over all the others (grouped by writing system under it).
language-featured = Më të përdorurat këtu
language-more = Gjuhë të tjera
# The search field of a long picker, and what it says when nothing matches.
language-find = Shkruani emrin e gjuhës suaj
language-find-nothing = Nuk u gjet asnjë gjuhë. Provoni shkronjat e para ose pyesni një vullnetar.

## Home screen

home-heading = Mirë se vini
home-subheading = Çfarë ju duhet? Prekni një foto.

## Categories: home tiles and list headings

kind-guides = Të drejtat tuaja
kind-jobs = Punë
kind-contacts = Urgjenca
kind-services = Shërbime
kind-events = Aktivitete
kind-stories = Histori

## Lists

# $count is the number of items in a list.
list-count =
    { $count ->
        [one] Një element
       *[other] { $count } elemente
    }
list-empty = Tani për tani nuk ka asgjë këtu. Ju lutemi, kthehuni më vonë.

## Notices on items

# $language is the visitor's language, $fallback the language the text is shown in.
fallback-notice = Ende nuk ka në gjuhën { $language } — shfaqet në gjuhën { $fallback }.
machine-translation-notice = Këtë tekst e ka përkthyer një kompjuter. Mund të ketë gabime.
example-badge = Shembull
example-notice = Ky është një shembull, për të treguar si punon kioska. Nuk është informacion i vërtetë.
fictional-badge = Histori e trilluar
fictional-notice = Kjo histori është e trilluar, për të treguar si mund të jenë historitë. Nuk flet për një person të vërtetë.

## Facts of an item

fact-phone = Telefoni
fact-email = Email
fact-address = Adresa
fact-place = Ku
fact-hours = Orari
fact-when = Kur
fact-website = Faqja e internetit
fact-employer = Punëdhënësi
fact-contract = Kontrata
fact-working-hours = Orari i punës
fact-pay = Paga
fact-languages-needed = Gjuhët që duhen
fact-languages-spoken = Gjuhët që flasin
fact-posted = Publikuar më
fact-apply-before = Aplikoni deri më

# $hours is a number of hours.
hours-per-week =
    { $hours ->
        [one] { $hours } orë në javë
       *[other] { $hours } orë në javë
    }
contract-permanent = Punë e përhershme
contract-temporary = Punë e përkohshme
contract-seasonal = Punë sezonale
contract-apprenticeship = Mësim zanati

# $amount is a number with its decimals, $symbol the currency sign (€, kr…).
money = { $amount } { $symbol }

# $amount is an amount of money, already formatted with its currency.
pay-per-hour = { $amount } në orë
pay-per-day = { $amount } në ditë
pay-per-week = { $amount } në javë
pay-per-month = { $amount } në muaj
pay-per-year = { $amount } në vit

open-now = Hapur tani
closed-now = Mbyllur tani
# When a service opens or closes next. $time is a time of day (17:00, 5:00 PM), $day the
# name of a weekday (Thursday).
open-closes-today = Hapur tani · mbyllet në { $time }
open-closes-tomorrow = Hapur tani · mbyllet nesër në { $time }
open-closes-day = Hapur tani · mbyllet: { $day } { $time }
closed-opens-today = Mbyllur · hapet sot në { $time }
closed-opens-tomorrow = Mbyllur · hapet nesër në { $time }
closed-opens-day = Mbyllur · hapet: { $day } { $time }
open-always = Hapur ditë e natë, çdo ditë
free-call = Thirrje falas
free-entry = Hyrje falas

repeats-weekly = Çdo javë
repeats-monthly = Çdo muaj
repeats-yearly = Çdo vit

## Emergency screen

emergency-heading = Numrat e urgjencës
emergency-intro = Nëse dikush është në rrezik, telefononi 112. Thirrja është falas.
urgent-badge = Urgjente

## Attract screen, shown when nobody is using the kiosk

# Shown in every offered language in turn, each in its own language.
attract-touch = Prekni ekranin për të filluar

## Idle warning: the kiosk starts again for the next person

idle-heading = Jeni ende këtu?
# $seconds is a number of seconds.
idle-countdown =
    { $seconds ->
        [one] Kioska rifillon pas { $seconds } sekonde. Ato që shikuat do të fshihen.
       *[other] Kioska rifillon pas { $seconds } sekondash. Ato që shikuat do të fshihen.
    }
idle-more-time = Më duhet më shumë kohë

## Volunteer panel (opened with a long press on the centre's name and a PIN)

pin-heading = PIN-i i vullnetarëve
pin-hint = Shkruani PIN-in, pastaj shtypni OK.
pin-ok = OK
pin-clear = Fshi
pin-cancel = Anulo
pin-wrong = PIN i gabuar. Provoni përsëri.
# $seconds is a number of seconds.
pin-locked =
    { $seconds ->
        [one] Shumë përpjekje të gabuara. Prisni { $seconds } sekondë.
       *[other] Shumë përpjekje të gabuara. Prisni { $seconds } sekonda.
    }
panel-heading = Paneli i vullnetarëve
panel-content = Përmbajtja që shfaqet
panel-bundle = Paketa e përmbajtjes
panel-version = Versioni
panel-source = Burimi
panel-problems = Probleme të gjetura gjatë ngarkimit
panel-no-problems = Asnjë problem.
panel-default-language = Gjuha e parazgjedhur për vizitorin e radhës
panel-reload = Ringarko përmbajtjen
panel-reloaded = Përmbajtja u ringarkua.
panel-exit = Dil nga modaliteti kioskë
# Asked before kiosk mode is left. $minutes is a number of minutes.
panel-exit-question =
    { $minutes ->
        [one] Të dilet nga modaliteti kioskë? Ai kthehet vetë pas { $minutes } minute pa asnjë prekje.
       *[other] Të dilet nga modaliteti kioskë? Ai kthehet vetë pas { $minutes } minutash pa asnjë prekje.
    }
panel-exit-yes = Po, dil
panel-exit-no = Jo, qëndro
panel-close = Mbyll

## Search, with an on-screen keyboard

search-heading = Kërkim
search-hint = Shkruani një fjalë. Rezultatet ndryshojnë ndërsa shkruani.
# In the empty search field.
search-placeholder = Shkruani këtu
# $count is the number of results.
search-count =
    { $count ->
        [one] Një rezultat
       *[other] { $count } rezultate
    }
search-nothing = Nuk u gjet asgjë. Provoni një fjalë tjetër, ose zgjidhni një temë.
search-clear = Pastro
keyboard-space = Hapësirë
keyboard-backspace = Fshi
# On the key that shows the next keyboard (another alphabet).
keyboard-next = Tastierë tjetër

## Take it home: QR codes for a phone's camera

qr-take-home = Merreni me vete: drejtoni kamerën e telefonit tuaj këtu.
qr-call = Skanojeni me telefonin tuaj, për të thirrur këtë numër.
qr-close = Mbyll

## Job filters

filter-heading = Shfaq vetëm
filter-all = Të gjitha punët
filter-full-time = Me kohë të plotë
filter-part-time = Me kohë të pjesshme
filter-new = Të reja këtë javë
# Followed by buttons with language names: only jobs that need no other language.
filter-languages = Unë flas
# $count is the number of jobs that match the filters.
filter-matching =
    { $count ->
        [0] Asnjë punë nuk përputhet. Prekni «Të gjitha punët».
        [one] Një punë përputhet
       *[other] { $count } punë përputhen
    }

## Emergency alerts, shown over every screen until they end

# The big button under an alert that covers the whole screen.
alert-read = E lexova
# What kind of alert it is (CAP severity levels, from the most to the least serious).
alert-extreme = Rrezik ekstrem
alert-severe = Rrezik
alert-moderate = Paralajmërim
alert-minor = Informacion
alert-unknown = Njoftim
# $time is when the alert ends, like "18:00" or "Fri 18:00".
alert-until = Deri: { $time }
# On the strip of a less serious alert: tap to read all of it.
alert-more = Lexo më shumë
# Followed by the places the alert is about.
alert-where = Ku:
# Heading above what people should do.
alert-what-to-do = Çfarë të bëni
# Button on an alert: opens the centre's emergency numbers.
alert-emergency = Numrat e urgjencës

## Night screen, outside the centre's opening hours

night-closed = Qendra tani është e mbyllur.
night-touch = Këtë ekran mund ta përdorni gjithsesi: prekeni.

## Volunteer panel: alerts and usage counts

panel-alerts = Sinjalizimet që shfaqen tani
panel-alerts-none = Nuk shfaqet asnjë sinjalizim.
panel-usage = Numërimi i përdorimit (sa herë është hapur secila faqe)
panel-usage-save = Ruaj numërimin në USB
# $file is where the counts were written.
panel-usage-saved = U ruajt në { $file }.
panel-usage-off = Numërimi i përdorimit është i çaktivizuar në konfigurim.
panel-usage-no-folder = Nuk është caktuar asnjë dosje USB (watch_dir), prandaj nuk mund të ruhet asgjë.
