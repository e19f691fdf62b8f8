### Welcome Kiosk: Swedish interface strings.
### Translation: machine translation (AI-assisted) from the English reference, not yet reviewed by a native speaker.
### Review status: not reviewed

# The language's own name, shown on the language picker.
-language-name = Svenska
-app-name = Welcome Kiosk

## Window

window-title = { -app-name }

## The bar on every screen

nav-home = Start
nav-back = Tillbaka
nav-language = Språk
nav-emergency = Akut hjälp
nav-search = Sök

## Reading aloud, text size and contrast (buttons with an icon; the words are for
## visitors who read them and for screen labels)

# On the speaker button of a page, the emergency screen and each home tile.
listen = Lyssna
listen-pause = Pausa
listen-resume = Fortsätt
listen-stop = Stoppa
listen-again = Igen
listen-previous = Bakåt
listen-next = Nästa
volume-down = Tystare
volume-up = Högre
# In the bar: three text sizes, and a high-contrast palette.
text-size = Textstorlek
contrast = Kontrast

## Language picker

language-heading = Välj ditt språk
language-hint = Du kan byta språk när du vill med knappen Språk.
# Two switches for volunteers: change the language of everything, or only of the texts
# (for a visitor who reads one language but prefers buttons in another).
language-change-all = Byt allt
language-change-texts = Byt bara texterna
# Shown when the texts are in another language than the buttons. $ui and $content are
# language names.
language-split = Knappar på { $ui } · texter på { $content }
# Picker with many languages: a heading over the languages the centre shows first, and one
# over all the others (grouped by writing system under it).
language-featured = Mest använda här
language-more = Fler språk
# The search field of a long picker, and what it says when nothing matches.
language-find = Skriv namnet på ditt språk
language-find-nothing = Inget språk hittades. Prova de första bokstäverna, eller fråga en volontär.

## Home screen

home-heading = Välkommen
home-subheading = Vad behöver du? Tryck på en bild.

## Categories: home tiles and list headings

kind-guides = Dina rättigheter
kind-jobs = Jobb
kind-contacts = Akut hjälp
kind-services = Hjälp och stöd
kind-events = Evenemang
kind-stories = Berättelser

## Lists

# $count is the number of items in a list.
list-count =
    { $count ->
        [one] { $count } sak
       *[other] { $count } saker
    }
list-empty = Det finns inget här just nu. Kom tillbaka senare.

## Notices on items

# $language is the visitor's language, $fallback the language the text is shown in.
fallback-notice = Finns inte på { $language } än — visas på { $fallback }.
machine-translation-notice = En dator har översatt den här texten. Den kan ha fel.
example-badge = Exempel
example-notice = Det här är ett exempel som visar hur kiosken fungerar. Det är inte riktig information.
fictional-badge = Påhittad berättelse
fictional-notice = Den här berättelsen är påhittad, för att visa hur berättelser kan se ut. Den handlar inte om en riktig person.

## Facts of an item

fact-phone = Telefon
fact-email = E-post
fact-address = Adress
fact-place = Var
fact-hours = Öppettider
fact-when = När
fact-website = Webbplats
fact-employer = Arbetsgivare
fact-contract = Anställning
fact-working-hours = Arbetstid
fact-pay = Lön
fact-languages-needed = Språk som behövs
fact-languages-spoken = Språk som talas
fact-posted = Publicerad
fact-apply-before = Sök senast

# $hours is a number of hours.
hours-per-week =
    { $hours ->
        [one] { $hours } timme i veckan
       *[other] { $hours } timmar i veckan
    }
contract-permanent = Fast jobb
contract-temporary = Tillfälligt jobb
contract-seasonal = Säsongsjobb
contract-apprenticeship = Lärlingsjobb

# $amount is a number with its decimals, $symbol the currency sign (€, kr…).
money = { $amount } { $symbol }

# $amount is an amount of money, already formatted with its currency.
pay-per-hour = { $amount } i timmen
pay-per-day = { $amount } om dagen
pay-per-week = { $amount } i veckan
pay-per-month = { $amount } i månaden
pay-per-year = { $amount } om året

open-now = Öppet nu
closed-now = Stängt nu
# When a service opens or closes next. $time is a time of day (17:00, 5:00 PM), $day the
# name of a weekday (Thursday).
open-closes-today = Öppet nu · stänger kl. { $time }
open-closes-tomorrow = Öppet nu · stänger i morgon kl. { $time }
open-closes-day = Öppet nu · stänger på { $day } kl. { $time }
closed-opens-today = Stängt · öppnar i dag kl. { $time }
closed-opens-tomorrow = Stängt · öppnar i morgon kl. { $time }
closed-opens-day = Stängt · öppnar på { $day } kl. { $time }
open-always = Öppet dag och natt, varje dag
free-call = Gratis samtal
free-entry = Gratis inträde

repeats-weekly = Varje vecka
repeats-monthly = Varje månad
repeats-yearly = Varje år

## Emergency screen

emergency-heading = Nödnummer
emergency-intro = Om någon är i fara, ring 112. Samtalet är gratis.
urgent-badge = Akut

## Attract screen, shown when nobody is using the kiosk

# Shown in every offered language in turn, each in its own language.
attract-touch = Tryck på skärmen för att börja

## Idle warning: the kiosk starts again for the next person

idle-heading = Är du kvar?
# $seconds is a number of seconds.
idle-countdown =
    { $seconds ->
        [one] Om { $seconds } sekund börjar allt om. Det du har tittat på tas bort.
       *[other] Om { $seconds } sekunder börjar allt om. Det du har tittat på tas bort.
    }
idle-more-time = Jag behöver mer tid

## Volunteer panel (opened with a long press on the centre's name and a PIN)

pin-heading = PIN för volontärer
pin-hint = Skriv PIN-koden och tryck sedan på OK.
pin-ok = OK
pin-clear = Rensa
pin-cancel = Avbryt
pin-wrong = Fel PIN-kod. Försök igen.
# $seconds is a number of seconds.
pin-locked =
    { $seconds ->
        [one] För många fel försök. Vänta { $seconds } sekund.
       *[other] För många fel försök. Vänta { $seconds } sekunder.
    }
panel-heading = Volontärpanel
panel-content = Innehåll som visas
panel-bundle = Paket
panel-version = Version
panel-source = Källa
panel-problems = Problem vid inläsning
panel-no-problems = Inga problem.
panel-default-language = Standardspråk för nästa besökare
panel-reload = Läs in innehållet igen
panel-reloaded = Innehållet har lästs in igen.
panel-exit = Lämna kioskläget
# Asked before kiosk mode is left. $minutes is a number of minutes.
panel-exit-question =
    { $minutes ->
        [one] Lämna kioskläget? Det kommer tillbaka av sig självt efter { $minutes } minut utan beröring.
       *[other] Lämna kioskläget? Det kommer tillbaka av sig självt efter { $minutes } minuter utan beröring.
    }
panel-exit-yes = Ja, lämna
panel-exit-no = Nej, stanna
panel-close = Stäng

## Search, with an on-screen keyboard

search-heading = Sök
search-hint = Skriv ett ord. Resultaten ändras medan du skriver.
# In the empty search field.
search-placeholder = Skriv här
# $count is the number of results.
search-count =
    { $count ->
        [one] { $count } träff
       *[other] { $count } träffar
    }
search-nothing = Inget hittades. Prova ett annat ord eller välj ett ämne.
search-clear = Rensa
keyboard-space = Mellanslag
keyboard-backspace = Radera
# On the key that shows the next keyboard (another alphabet).
keyboard-next = Annat tangentbord

## Take it home: QR codes for a phone's camera

qr-take-home = Ta med dig: rikta mobilens kamera mot den här koden.
qr-call = Skanna med mobilen för att ringa det här numret.
qr-close = Stäng

## Job filters

filter-heading = Visa bara
filter-all = Alla jobb
filter-full-time = Heltid
filter-part-time = Deltid
filter-new = Nya den här veckan
# Followed by buttons with language names: only jobs that need no other language.
filter-languages = Jag talar
# $count is the number of jobs that match the filters.
filter-matching =
    { $count ->
        [0] Inget jobb passar. Tryck på ”Alla jobb”.
        [one] { $count } jobb passar
       *[other] { $count } jobb passar
    }

## Emergency alerts, shown over every screen until they end

# The big button under an alert that covers the whole screen.
alert-read = Jag har läst
# What kind of alert it is (CAP severity levels, from the most to the least serious).
alert-extreme = Extrem fara
alert-severe = Fara
alert-moderate = Varning
alert-minor = Information
alert-unknown = Meddelande
# $time is when the alert ends, like "18:00" or "Fri 18:00".
alert-until = Till { $time }
# On the strip of a less serious alert: tap to read all of it.
alert-more = Läs mer
# Followed by the places the alert is about.
alert-where = Var:
# Heading above what people should do.
alert-what-to-do = Vad du ska göra
# Button on an alert: opens the centre's emergency numbers.
alert-emergency = Nödnummer

## Night screen, outside the centre's opening hours

night-closed = Centret är stängt nu.
night-touch = Du kan ändå använda skärmen: tryck på den.

## Volunteer panel: alerts and usage counts

panel-alerts = Varningar som visas nu
panel-alerts-none = Ingen varning visas.
panel-usage = Användningsstatistik (hur många gånger varje sida har öppnats)
panel-usage-save = Spara statistiken på USB-minnet
# $file is where the counts were written.
panel-usage-saved = Sparat i { $file }.
panel-usage-off = Statistiken är avstängd i konfigurationen.
panel-usage-no-folder = Ingen USB-mapp är inställd (watch_dir), så inget kan sparas.
