### Welcome Kiosk: Swahili interface strings.
### Translation: machine translation (AI-assisted) from the English reference, not yet reviewed by a native speaker.
### Review status: not reviewed

# The language's own name, shown on the language picker.
-language-name = Kiswahili
-app-name = Welcome Kiosk

## Window

window-title = { -app-name }

## The bar on every screen

nav-home = Mwanzo
nav-back = Rudi
nav-language = Lugha
nav-emergency = Dharura
nav-search = Tafuta

## Reading aloud, text size and contrast (buttons with an icon; the words are for
## visitors who read them and for screen labels)

# On the speaker button of a page, the emergency screen and each home tile.
listen = Sikiliza
listen-pause = Sitisha
listen-resume = Endelea
listen-stop = Simamisha
listen-again = Rudia
listen-previous = Nyuma
listen-next = Mbele
volume-down = Punguza sauti
volume-up = Ongeza sauti
# In the bar: three text sizes, and a high-contrast palette.
text-size = Ukubwa wa herufi
contrast = Utofautishaji

## Language picker

language-heading = Chagua lugha yako
language-hint = Unaweza kubadilisha lugha wakati wowote kwa kitufe cha "Lugha".
# Two switches for volunteers: change the language of everything, or only of the texts
# (for a visitor who reads one language but prefers buttons in another).
language-change-all = Badilisha vyote
language-change-texts = Badilisha maandishi tu
# Shown when the texts are in another language than the buttons. $ui and $content are
# language names.
language-split = Vitufe: { $ui } · maandishi: { $content }
# Picker with many languages: a heading over the languages the centre shows first, and one
# over all the others (grouped by writing system under it).
language-featured = Zinazotumika zaidi hapa
language-more = Lugha zaidi
# The search field of a long picker, and what it says when nothing matches.
language-find = Andika jina la lugha yako
language-find-nothing = Hakuna lugha iliyopatikana. Jaribu herufi za kwanza, au muulize mjitolea.

## Home screen

home-heading = Karibu
home-subheading = Unahitaji nini? Gusa picha.

## Categories: home tiles and list headings

kind-guides = Haki zako
kind-jobs = Kazi
kind-contacts = Dharura
kind-services = Mashirika ya msaada
kind-events = Matukio
kind-stories = Hadithi

## Lists

# $count is the number of items in a list.
list-count =
    { $count ->
        [one] { $count } kipengele
       *[other] { $count } vipengele
    }
list-empty = Hakuna kitu hapa kwa sasa. Tafadhali rudi baadaye.

## Notices on items

# $language is the visitor's language, $fallback the language the text is shown in.
fallback-notice = Bado haipatikani kwa { $language } — inaonyeshwa kwa { $fallback }.
machine-translation-notice = Maandishi haya yametafsiriwa na kompyuta. Yanaweza kuwa na makosa.
example-badge = Mfano
example-notice = Huu ni mfano tu wa kuonyesha jinsi kifaa hiki kinavyofanya kazi. Si taarifa halisi.
fictional-badge = Hadithi ya kubuni
fictional-notice = Hadithi hii ni ya kubuni, ili kuonyesha jinsi hadithi zinavyoweza kuwa. Haimhusu mtu halisi.

## Facts of an item

fact-phone = Simu
fact-email = Barua pepe
fact-address = Anwani
fact-place = Wapi
fact-hours = Saa za kufungua
fact-when = Lini
fact-website = Tovuti
fact-employer = Mwajiri
fact-contract = Mkataba
fact-working-hours = Saa za kazi
fact-pay = Mshahara
fact-languages-needed = Lugha zinazohitajika
fact-languages-spoken = Lugha zinazozungumzwa
fact-posted = Ilitangazwa tarehe
fact-apply-before = Omba kabla ya

# $hours is a number of hours.
hours-per-week =
    { $hours ->
        [one] saa { $hours } kwa wiki
       *[other] saa { $hours } kwa wiki
    }
contract-permanent = Kazi ya kudumu
contract-temporary = Kazi ya muda
contract-seasonal = Kazi ya msimu
contract-apprenticeship = Mafunzo kazini

# $amount is a number with its decimals, $symbol the currency sign (€, kr…).
money = { $symbol }{ $amount }

# $amount is an amount of money, already formatted with its currency.
pay-per-hour = { $amount } kwa saa
pay-per-day = { $amount } kwa siku
pay-per-week = { $amount } kwa wiki
pay-per-month = { $amount } kwa mwezi
pay-per-year = { $amount } kwa mwaka

open-now = Wazi sasa
closed-now = Imefungwa sasa
# When a service opens or closes next. $time is a time of day (17:00, 5:00 PM), $day the
# name of a weekday (Thursday).
open-closes-today = Wazi sasa · itafungwa saa { $time }
open-closes-tomorrow = Wazi sasa · itafungwa kesho saa { $time }
open-closes-day = Wazi sasa · itafungwa { $day } saa { $time }
closed-opens-today = Imefungwa · itafunguliwa leo saa { $time }
closed-opens-tomorrow = Imefungwa · itafunguliwa kesho saa { $time }
closed-opens-day = Imefungwa · itafunguliwa { $day } saa { $time }
open-always = Wazi mchana na usiku, kila siku
free-call = Simu ni bure
free-entry = Kuingia ni bure

repeats-weekly = Kila wiki
repeats-monthly = Kila mwezi
repeats-yearly = Kila mwaka

## Emergency screen

emergency-heading = Namba za dharura
emergency-intro = Mtu akiwa hatarini, piga 112. Simu ni bure.
urgent-badge = Haraka

## Attract screen, shown when nobody is using the kiosk

# Shown in every offered language in turn, each in its own language.
attract-touch = Gusa skrini ili uanze

## Idle warning: the kiosk starts again for the next person

idle-heading = Bado upo?
# $seconds is a number of seconds.
idle-countdown =
    { $seconds ->
        [one] Itaanza upya baada ya sekunde { $seconds }. Ulichoangalia kitafutwa.
       *[other] Itaanza upya baada ya sekunde { $seconds }. Ulichoangalia kitafutwa.
    }
idle-more-time = Nahitaji muda zaidi

## Volunteer panel (opened with a long press on the centre's name and a PIN)

pin-heading = PIN ya mjitolea
pin-hint = Andika PIN, kisha bonyeza "Sawa".
pin-ok = Sawa
pin-clear = Futa
pin-cancel = Ghairi
pin-wrong = PIN si sahihi. Jaribu tena.
# $seconds is a number of seconds.
pin-locked =
    { $seconds ->
        [one] Umekosea mara nyingi mno. Subiri sekunde { $seconds }.
       *[other] Umekosea mara nyingi mno. Subiri sekunde { $seconds }.
    }
panel-heading = Paneli ya wajitolea
panel-content = Maudhui yanayoonyeshwa
panel-bundle = Kifurushi
panel-version = Toleo
panel-source = Chanzo
panel-problems = Matatizo yaliyopatikana wakati wa kupakia
panel-no-problems = Hakuna matatizo.
panel-default-language = Lugha chaguo-msingi kwa mgeni anayefuata
panel-reload = Pakia maudhui upya
panel-reloaded = Maudhui yamepakiwa upya.
panel-exit = Toka kwenye hali ya kioski
# Asked before kiosk mode is left. $minutes is a number of minutes.
panel-exit-question =
    { $minutes ->
        [one] Ungependa kutoka kwenye hali ya kioski? Itarudi yenyewe baada ya dakika { $minutes } bila mtu kugusa skrini.
       *[other] Ungependa kutoka kwenye hali ya kioski? Itarudi yenyewe baada ya dakika { $minutes } bila mtu kugusa skrini.
    }
panel-exit-yes = Ndiyo, toka
panel-exit-no = Hapana, baki
panel-close = Funga

## Search, with an on-screen keyboard

search-heading = Tafuta
search-hint = Andika neno. Matokeo yanabadilika unapoandika.
# In the empty search field.
search-placeholder = Andika hapa
# $count is the number of results.
search-count =
    { $count ->
        [one] Tokeo { $count }
       *[other] Matokeo { $count }
    }
search-nothing = Hakuna kilichopatikana. Jaribu neno lingine, au chagua mada.
search-clear = Futa yote
keyboard-space = Nafasi
keyboard-backspace = Futa
# On the key that shows the next keyboard (another alphabet).
keyboard-next = Kibodi nyingine

## Take it home: QR codes for a phone's camera

qr-take-home = Ichukue nyumbani: elekeza kamera ya simu yako kwenye msimbo huu.
qr-call = Skani msimbo huu kwa simu yako ili upige namba hii.
qr-close = Funga

## Job filters

filter-heading = Onyesha tu
filter-all = Kazi zote
filter-full-time = Muda wote
filter-part-time = Nusu muda
filter-new = Mpya wiki hii
# Followed by buttons with language names: only jobs that need no other language.
filter-languages = Ninazungumza
# $count is the number of jobs that match the filters.
filter-matching =
    { $count ->
        [0] Hakuna kazi inayolingana. Gusa “Kazi zote”.
        [one] Kazi { $count } imepatikana
       *[other] Kazi { $count } zimepatikana
    }

## Emergency alerts, shown over every screen until they end

# The big button under an alert that covers the whole screen.
alert-read = Nimesoma
# What kind of alert it is (CAP severity levels, from the most to the least serious).
alert-extreme = Hatari kubwa sana
alert-severe = Hatari
alert-moderate = Onyo
alert-minor = Taarifa
alert-unknown = Tangazo
# $time is when the alert ends, like "18:00" or "Fri 18:00".
alert-until = Hadi { $time }
# On the strip of a less serious alert: tap to read all of it.
alert-more = Soma zaidi
# Followed by the places the alert is about.
alert-where = Wapi:
# Heading above what people should do.
alert-what-to-do = Ufanye nini
# Button on an alert: opens the centre's emergency numbers.
alert-emergency = Namba za dharura

## Night screen, outside the centre's opening hours

night-closed = Kituo kimefungwa sasa.
night-touch = Bado unaweza kutumia skrini hii: iguse.

## Volunteer panel: alerts and usage counts

panel-alerts = Tahadhari zinazoonyeshwa sasa
panel-alerts-none = Hakuna tahadhari inayoonyeshwa.
panel-usage = Hesabu ya matumizi (mara ngapi kila ukurasa ulifunguliwa)
panel-usage-save = Hifadhi hesabu ya matumizi kwenye USB
# $file is where the counts were written.
panel-usage-saved = Imehifadhiwa kwenye { $file }.
panel-usage-off = Kuhesabu matumizi kumezimwa kwenye mipangilio.
panel-usage-no-folder = Hakuna folda ya USB iliyowekwa (watch_dir), kwa hiyo hakuna kinachoweza kuhifadhiwa.
