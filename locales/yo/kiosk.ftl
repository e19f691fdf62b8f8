### Welcome Kiosk: Yoruba interface strings.
### Translation: machine translation (AI-assisted) from the English reference, not yet reviewed by a native speaker.
### Review status: not reviewed

# The language's own name, shown on the language picker.
-language-name = Èdè Yorùbá
-app-name = Welcome Kiosk

## Window

window-title = { -app-name }

## The bar on every screen

nav-home = Ilé
nav-back = Padà
nav-language = Èdè
nav-emergency = Pàjáwìrì
nav-search = Ṣàwárí

## Reading aloud, text size and contrast (buttons with an icon; the words are for
## visitors who read them and for screen labels)

# On the speaker button of a page, the emergency screen and each home tile.
listen = Gbọ́
listen-pause = Dúró díẹ̀
listen-resume = Tẹ̀síwájú
listen-stop = Dá a dúró
listen-again = Lẹ́ẹ̀kan sí i
listen-previous = Èyí tó ṣáájú
listen-next = Èyí tó kàn
volume-down = Rẹ ohùn sílẹ̀
volume-up = Gbé ohùn sókè
# In the bar: three text sizes, and a high-contrast palette.
text-size = Ìtóbi ọ̀rọ̀
contrast = Ìyàtọ̀ àwọ̀

## Language picker

language-heading = Ẹ yan èdè yín
language-hint = Ẹ lè yí èdè padà nígbàkúùgbà pẹ̀lú bọ́tìnì Èdè.
# Two switches for volunteers: change the language of everything, or only of the texts
# (for a visitor who reads one language but prefers buttons in another).
language-change-all = Yí gbogbo rẹ̀ padà
language-change-texts = Yí ọ̀rọ̀ nìkan padà
# Shown when the texts are in another language than the buttons. $ui and $content are
# language names.
language-split = Bọ́tìnì ní { $ui } · ọ̀rọ̀ ní { $content }
# Picker with many languages: a heading over the languages the centre shows first, and one
# over all the others (grouped by writing system under it).
language-featured = Àwọn tí a ń lò jù níbí
language-more = Àwọn èdè mìíràn
# The search field of a long picker, and what it says when nothing matches.
language-find = Ẹ tẹ orúkọ èdè yín
language-find-nothing = A kò rí èdè kankan. Ẹ gbìyànjú àwọn lẹ́tà àkọ́kọ́, tàbí kí ẹ bi olùyọ̀ǹda kan.

## Home screen

home-heading = Ẹ káàbọ̀
home-subheading = Kí ni ẹ nílò? Ẹ fọwọ́ kan àwòrán kan.

## Categories: home tiles and list headings

kind-guides = Ẹ̀tọ́ yín
kind-jobs = Iṣẹ́
kind-contacts = Pàjáwìrì
kind-services = Ìrànlọ́wọ́
kind-events = Ètò
kind-stories = Ìtàn

## Lists

# $count is the number of items in a list.
list-count =
    { $count ->
       *[other] Nǹkan { $count }
    }
list-empty = Kò sí nǹkan kan níbí báyìí. Ẹ jọ̀wọ́, ẹ padà wá lẹ́yìn náà.

## Notices on items

# $language is the visitor's language, $fallback the language the text is shown in.
fallback-notice = Kò tíì sí ní { $language } — a fi hàn ní { $fallback }.
machine-translation-notice = Kọ̀ǹpútà ló túmọ̀ ọ̀rọ̀ yìí. Ó lè ní àṣìṣe.
example-badge = Àpẹẹrẹ
example-notice = Àpẹẹrẹ ni èyí, láti fi hàn bí ẹ̀rọ yìí ṣe ń ṣiṣẹ́. Kì í ṣe ìsọfúnni tòótọ́.
fictional-badge = Ìtàn àròsọ
fictional-notice = Ìtàn àròsọ ni èyí, láti fi hàn bí àwọn ìtàn ṣe lè rí. Kì í ṣe nípa ènìyàn gidi kan.

## Facts of an item

fact-phone = Fóònù
fact-email = Ímeèlì
fact-address = Àdírẹ́sì
fact-place = Ibo
fact-hours = Àkókò tí ó ṣí
fact-when = Ìgbà wo
fact-website = Ojú òpó wẹ́ẹ̀bù
fact-employer = Agbanisíṣẹ́
fact-contract = Àdéhùn iṣẹ́
fact-working-hours = Àkókò iṣẹ́
fact-pay = Owó iṣẹ́
fact-languages-needed = Èdè tí a nílò
fact-languages-spoken = Èdè tí a ń sọ
fact-posted = A gbé e jáde ní
fact-apply-before = Ẹ béèrè ṣáájú

# $hours is a number of hours.
hours-per-week =
    { $hours ->
       *[other] Wákàtí { $hours } lọ́sẹ̀
    }
contract-permanent = Iṣẹ́ tí kò ní òpin
contract-temporary = Iṣẹ́ fún ìgbà díẹ̀
contract-seasonal = Iṣẹ́ àsìkò
contract-apprenticeship = Ìkọ́ṣẹ́

# $amount is a number with its decimals, $symbol the currency sign (€, kr…).
money = { $symbol }{ $amount }

# $amount is an amount of money, already formatted with its currency.
pay-per-hour = { $amount } fún wákàtí kan
pay-per-day = { $amount } fún ọjọ́ kan
pay-per-week = { $amount } fún ọ̀sẹ̀ kan
pay-per-month = { $amount } fún oṣù kan
pay-per-year = { $amount } fún ọdún kan

open-now = Ó ṣí sílẹ̀ báyìí
closed-now = Ó ti tì báyìí
# When a service opens or closes next. $time is a time of day (17:00, 5:00 PM), $day the
# name of a weekday (Thursday).
open-closes-today = Ó ṣí sílẹ̀ báyìí · yóò tì ní { $time }
open-closes-tomorrow = Ó ṣí sílẹ̀ báyìí · yóò tì lọ́la ní { $time }
open-closes-day = Ó ṣí sílẹ̀ báyìí · yóò tì ní { $day } ní { $time }
closed-opens-today = Ó ti tì · yóò ṣí lónìí ní { $time }
closed-opens-tomorrow = Ó ti tì · yóò ṣí lọ́la ní { $time }
closed-opens-day = Ó ti tì · yóò ṣí ní { $day } ní { $time }
open-always = Ó ṣí sílẹ̀ tọ̀sán-tòru, ní gbogbo ọjọ́
free-call = Ìpè ọ̀fẹ́
free-entry = Ìwọlé ọ̀fẹ́

repeats-weekly = Ní gbogbo ọ̀sẹ̀
repeats-monthly = Ní gbogbo oṣù
repeats-yearly = Ní gbogbo ọdún

## Emergency screen

emergency-heading = Àwọn nọ́mbà pàjáwìrì
emergency-intro = Bí ẹnìkan bá wà nínú ewu, ẹ pe 112. Ìpè náà jẹ́ ọ̀fẹ́.
urgent-badge = Kánjúkánjú

## Attract screen, shown when nobody is using the kiosk

# Shown in every offered language in turn, each in its own language.
attract-touch = Ẹ fọwọ́ kan ojú ẹ̀rọ láti bẹ̀rẹ̀

## Idle warning: the kiosk starts again for the next person

idle-heading = Ṣé ẹ ṣì wà níbẹ̀?
# $seconds is a number of seconds.
idle-countdown =
    { $seconds ->
       *[other] A óò tún bẹ̀rẹ̀ lẹ́yìn ìṣẹ́jú-àáyá { $seconds }. Ohun tí ẹ wò yóò parẹ́.
    }
idle-more-time = Mo nílò àkókò sí i

## Volunteer panel (opened with a long press on the centre's name and a PIN)

pin-heading = PIN àwọn olùyọ̀ǹda
pin-hint = Ẹ tẹ PIN, lẹ́yìn náà ẹ tẹ OK.
pin-ok = OK
pin-clear = Pa á rẹ́
pin-cancel = Fagilé
pin-wrong = PIN náà kò tọ̀nà. Ẹ tún gbìyànjú.
# $seconds is a number of seconds.
pin-locked =
    { $seconds ->
       *[other] Ìgbìyànjú tí kò tọ̀nà ti pọ̀ jù. Ẹ dúró fún ìṣẹ́jú-àáyá { $seconds }.
    }
panel-heading = Ojú-ìwé àwọn olùyọ̀ǹda
panel-content = Àkóónú tí a ń fi hàn
panel-bundle = Àkójọ àkóónú
panel-version = Ẹ̀dà
panel-source = Orísun
panel-problems = Àwọn ìṣòro tí a rí nígbà tí a ń gbé e wọlé
panel-no-problems = Kò sí ìṣòro.
panel-default-language = Èdè àkọ́kọ́ fún àlejò tó kàn
panel-reload = Tún àkóónú gbé wọlé
panel-reloaded = A ti tún àkóónú gbé wọlé.
panel-exit = Jáde kúrò ní ipò kiosk
# Asked before kiosk mode is left. $minutes is a number of minutes.
panel-exit-question =
    { $minutes ->
       *[other] Ṣé kí a jáde kúrò ní ipò kiosk? Yóò padà fúnra rẹ̀ lẹ́yìn ìṣẹ́jú { $minutes } tí ẹnìkan kò bá fọwọ́ kàn án.
    }
panel-exit-yes = Bẹ́ẹ̀ ni, jáde
panel-exit-no = Rárá, dúró
panel-close = Pa á dé

## Search, with an on-screen keyboard

search-heading = Ṣàwárí
search-hint = Ẹ tẹ ọ̀rọ̀ kan. Àwọn èsì á máa yípadà bí ẹ ṣe ń tẹ̀ ẹ́.
# In the empty search field.
search-placeholder = Ẹ tẹ̀ ẹ́ síbí
# $count is the number of results.
search-count =
    { $count ->
       *[other] Èsì { $count }
    }
search-nothing = A kò rí nǹkan kan. Ẹ gbìyànjú ọ̀rọ̀ mìíràn, tàbí kí ẹ yan kókó ọ̀rọ̀ kan.
search-clear = Pa gbogbo rẹ̀ rẹ́
keyboard-space = Àlàfo
keyboard-backspace = Pa á rẹ́
# On the key that shows the next keyboard (another alphabet).
keyboard-next = Pátákó ìtẹ̀wé mìíràn

## Take it home: QR codes for a phone's camera

qr-take-home = Ẹ mú un lọ sílé: ẹ na kámẹ́rà fóònù yín síbí.
qr-call = Ẹ fi kámẹ́rà fóònù yín ka kóòdù yìí láti pe nọ́mbà yìí.
qr-close = Pa á dé

## Job filters

filter-heading = Fi hàn nìkan
filter-all = Gbogbo iṣẹ́
filter-full-time = Àkókò kíkún
filter-part-time = Àkókò díẹ̀
filter-new = Tuntun lọ́sẹ̀ yìí
# Followed by buttons with language names: only jobs that need no other language.
filter-languages = Mo ń sọ
# $count is the number of jobs that match the filters.
filter-matching =
    { $count ->
        [0] Kò sí iṣẹ́ tó bá a mu. Ẹ fọwọ́ kan “Gbogbo iṣẹ́”.
       *[other] Iṣẹ́ { $count } ló bá a mu
    }

## Emergency alerts, shown over every screen until they end

# The big button under an alert that covers the whole screen.
alert-read = Mo ti kà á
# What kind of alert it is (CAP severity levels, from the most to the least serious).
alert-extreme = Ewu ńlá
alert-severe = Ewu
alert-moderate = Ìkìlọ̀
alert-minor = Ìsọfúnni
alert-unknown = Ìkéde
# $time is when the alert ends, like "18:00" or "Fri 18:00".
alert-until = Títí di { $time }
# On the strip of a less serious alert: tap to read all of it.
alert-more = Kà sí i
# Followed by the places the alert is about.
alert-where = Ibo:
# Heading above what people should do.
alert-what-to-do = Ohun tí ẹ máa ṣe
# Button on an alert: opens the centre's emergency numbers.
alert-emergency = Àwọn nọ́mbà pàjáwìrì

## Night screen, outside the centre's opening hours

night-closed = Ibùdó náà ti tì báyìí.
night-touch = Ẹ ṣì lè lo ojú ẹ̀rọ yìí: ẹ fọwọ́ kàn án.

## Volunteer panel: alerts and usage counts

panel-alerts = Àwọn ìkìlọ̀ tí a ń fi hàn báyìí
panel-alerts-none = Kò sí ìkìlọ̀ kankan tí a ń fi hàn.
panel-usage = Iye ìlò (iye ìgbà tí a ṣí ojú-ìwé kọ̀ọ̀kan)
panel-usage-save = Fi iye ìlò pamọ́ sí USB
# $file is where the counts were written.
panel-usage-saved = A ti fi pamọ́ sí { $file }.
panel-usage-off = A ti pa kíka ìlò nínú ètò ẹ̀rọ (configuration).
panel-usage-no-folder = Kò sí fódà USB tí a ṣètò (watch_dir), nítorí náà kò sí ohun tí a lè fi pamọ́.
