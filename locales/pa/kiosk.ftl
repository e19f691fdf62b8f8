### Welcome Kiosk: Punjabi interface strings.
### Translation: machine translation (AI-assisted) from the English reference, not yet reviewed by a native speaker.
### Review status: not reviewed

# The language's own name, shown on the language picker.
-language-name = ਪੰਜਾਬੀ
-app-name = Welcome Kiosk

## Window

window-title = { -app-name }

## The bar on every screen

nav-home = ਮੁੱਖ ਪੰਨਾ
nav-back = ਪਿੱਛੇ
nav-language = ਭਾਸ਼ਾ
nav-emergency = ਐਮਰਜੈਂਸੀ
nav-search = ਖੋਜੋ

## Reading aloud, text size and contrast (buttons with an icon; the words are for
## visitors who read them and for screen labels)

# On the speaker button of a page, the emergency screen and each home tile.
listen = ਸੁਣੋ
listen-pause = ਰੋਕੋ
listen-resume = ਅੱਗੇ ਸੁਣੋ
listen-stop = ਬੰਦ ਕਰੋ
listen-again = ਦੁਬਾਰਾ
listen-previous = ਪਿਛਲਾ
listen-next = ਅਗਲਾ
volume-down = ਹੌਲੀ
volume-up = ਉੱਚੀ
# In the bar: three text sizes, and a high-contrast palette.
text-size = ਅੱਖਰਾਂ ਦਾ ਆਕਾਰ
contrast = ਕੰਟ੍ਰਾਸਟ

## Language picker

language-heading = ਆਪਣੀ ਭਾਸ਼ਾ ਚੁਣੋ
language-hint = ਤੁਸੀਂ “ਭਾਸ਼ਾ” ਬਟਨ ਨਾਲ ਕਦੇ ਵੀ ਭਾਸ਼ਾ ਬਦਲ ਸਕਦੇ ਹੋ।
# Two switches for volunteers: change the language of everything, or only of the texts
# (for a visitor who reads one language but prefers buttons in another).
language-change-all = ਸਭ ਕੁਝ ਬਦਲੋ
language-change-texts = ਸਿਰਫ਼ ਲਿਖਤਾਂ ਬਦਲੋ
# Shown when the texts are in another language than the buttons. $ui and $content are
# language names.
language-split = ਬਟਨ { $ui } ਵਿੱਚ · ਲਿਖਤਾਂ { $content } ਵਿੱਚ
# Picker with many languages: a heading over the languages the centre shows first, and one
# over all the others (grouped by writing system under it).
language-featured = ਇੱਥੇ ਸਭ ਤੋਂ ਵੱਧ ਵਰਤੀਆਂ ਜਾਂਦੀਆਂ ਭਾਸ਼ਾਵਾਂ
language-more = ਹੋਰ ਭਾਸ਼ਾਵਾਂ
# The search field of a long picker, and what it says when nothing matches.
language-find = ਆਪਣੀ ਭਾਸ਼ਾ ਦਾ ਨਾਂ ਲਿਖੋ
language-find-nothing = ਕੋਈ ਭਾਸ਼ਾ ਨਹੀਂ ਮਿਲੀ। ਪਹਿਲੇ ਕੁਝ ਅੱਖਰ ਲਿਖ ਕੇ ਦੇਖੋ, ਜਾਂ ਕਿਸੇ ਵਲੰਟੀਅਰ ਨੂੰ ਪੁੱਛੋ।

## Home screen

home-heading = ਜੀ ਆਇਆਂ ਨੂੰ
home-subheading = ਤੁਹਾਨੂੰ ਕੀ ਚਾਹੀਦਾ ਹੈ? ਕਿਸੇ ਤਸਵੀਰ ਨੂੰ ਛੂਹੋ।

## Categories: home tiles and list headings

kind-guides = ਤੁਹਾਡੇ ਹੱਕ
kind-jobs = ਨੌਕਰੀਆਂ
kind-contacts = ਐਮਰਜੈਂਸੀ
kind-services = ਸੇਵਾਵਾਂ
kind-events = ਸਮਾਗਮ
kind-stories = ਕਹਾਣੀਆਂ

## Lists

# $count is the number of items in a list.
list-count =
    { $count ->
        [one] { $count } ਚੀਜ਼
       *[other] { $count } ਚੀਜ਼ਾਂ
    }
list-empty = ਇਸ ਵੇਲੇ ਇੱਥੇ ਕੁਝ ਨਹੀਂ ਹੈ। ਕਿਰਪਾ ਕਰਕੇ ਬਾਅਦ ਵਿੱਚ ਦੁਬਾਰਾ ਆਓ।

## Notices on items

# $language is the visitor's language, $fallback the language the text is shown in.
fallback-notice = ਇਹ ਲਿਖਤ ਅਜੇ { $language } ਵਿੱਚ ਨਹੀਂ ਹੈ — { $fallback } ਵਿੱਚ ਦਿਖਾਈ ਜਾ ਰਹੀ ਹੈ।
machine-translation-notice = ਇਸ ਲਿਖਤ ਦਾ ਅਨੁਵਾਦ ਕੰਪਿਊਟਰ ਨੇ ਕੀਤਾ ਹੈ। ਇਸ ਵਿੱਚ ਗਲਤੀਆਂ ਹੋ ਸਕਦੀਆਂ ਹਨ।
example-badge = ਉਦਾਹਰਨ
example-notice = ਇਹ ਕਿਓਸਕ ਕਿਵੇਂ ਕੰਮ ਕਰਦਾ ਹੈ, ਇਹ ਦਿਖਾਉਣ ਲਈ ਇਹ ਇੱਕ ਉਦਾਹਰਨ ਹੈ। ਇਹ ਅਸਲੀ ਜਾਣਕਾਰੀ ਨਹੀਂ ਹੈ।
fictional-badge = ਬਣਾਈ ਹੋਈ ਕਹਾਣੀ
fictional-notice = ਇਹ ਕਹਾਣੀ ਬਣਾਈ ਹੋਈ ਹੈ, ਇਹ ਦਿਖਾਉਣ ਲਈ ਕਿ ਕਹਾਣੀਆਂ ਕਿਹੋ ਜਿਹੀਆਂ ਹੋ ਸਕਦੀਆਂ ਹਨ। ਇਹ ਕਿਸੇ ਅਸਲੀ ਵਿਅਕਤੀ ਬਾਰੇ ਨਹੀਂ ਹੈ।

## Facts of an item

fact-phone = ਫ਼ੋਨ
fact-email = ਈਮੇਲ
fact-address = ਪਤਾ
fact-place = ਕਿੱਥੇ
fact-hours = ਖੁੱਲ੍ਹਣ ਦਾ ਸਮਾਂ
fact-when = ਕਦੋਂ
fact-website = ਵੈੱਬਸਾਈਟ
fact-employer = ਰੁਜ਼ਗਾਰਦਾਤਾ
fact-contract = ਇਕਰਾਰਨਾਮਾ
fact-working-hours = ਕੰਮ ਦੇ ਘੰਟੇ
fact-pay = ਤਨਖ਼ਾਹ
fact-languages-needed = ਲੋੜੀਂਦੀਆਂ ਭਾਸ਼ਾਵਾਂ
fact-languages-spoken = ਬੋਲੀਆਂ ਜਾਂਦੀਆਂ ਭਾਸ਼ਾਵਾਂ
fact-posted = ਛਪਣ ਦੀ ਤਾਰੀਖ਼
fact-apply-before = ਅਰਜ਼ੀ ਦੀ ਆਖ਼ਰੀ ਤਾਰੀਖ਼

# $hours is a number of hours.
hours-per-week =
    { $hours ->
        [one] ਹਫ਼ਤੇ ਵਿੱਚ { $hours } ਘੰਟਾ
       *[other] ਹਫ਼ਤੇ ਵਿੱਚ { $hours } ਘੰਟੇ
    }
contract-permanent = ਪੱਕੀ ਨੌਕਰੀ
contract-temporary = ਆਰਜ਼ੀ ਨੌਕਰੀ
contract-seasonal = ਮੌਸਮੀ ਨੌਕਰੀ
contract-apprenticeship = ਅਪ੍ਰੈਂਟਿਸਸ਼ਿਪ (ਕੰਮ ਸਿੱਖਣਾ)

# $amount is a number with its decimals, $symbol the currency sign (€, kr…).
money = { $symbol }{ $amount }

# $amount is an amount of money, already formatted with its currency.
pay-per-hour = { $amount } ਪ੍ਰਤੀ ਘੰਟਾ
pay-per-day = { $amount } ਪ੍ਰਤੀ ਦਿਨ
pay-per-week = { $amount } ਪ੍ਰਤੀ ਹਫ਼ਤਾ
pay-per-month = { $amount } ਪ੍ਰਤੀ ਮਹੀਨਾ
pay-per-year = { $amount } ਪ੍ਰਤੀ ਸਾਲ

open-now = ਹੁਣ ਖੁੱਲ੍ਹਾ ਹੈ
closed-now = ਹੁਣ ਬੰਦ ਹੈ
# When a service opens or closes next. $time is a time of day (17:00, 5:00 PM), $day the
# name of a weekday (Thursday).
open-closes-today = ਹੁਣ ਖੁੱਲ੍ਹਾ ਹੈ · { $time } ਵਜੇ ਬੰਦ ਹੋਵੇਗਾ
open-closes-tomorrow = ਹੁਣ ਖੁੱਲ੍ਹਾ ਹੈ · ਕੱਲ੍ਹ { $time } ਵਜੇ ਬੰਦ ਹੋਵੇਗਾ
open-closes-day = ਹੁਣ ਖੁੱਲ੍ਹਾ ਹੈ · { $day } { $time } ਵਜੇ ਬੰਦ ਹੋਵੇਗਾ
closed-opens-today = ਬੰਦ ਹੈ · ਅੱਜ { $time } ਵਜੇ ਖੁੱਲ੍ਹੇਗਾ
closed-opens-tomorrow = ਬੰਦ ਹੈ · ਕੱਲ੍ਹ { $time } ਵਜੇ ਖੁੱਲ੍ਹੇਗਾ
closed-opens-day = ਬੰਦ ਹੈ · { $day } { $time } ਵਜੇ ਖੁੱਲ੍ਹੇਗਾ
open-always = ਹਰ ਰੋਜ਼, ਦਿਨ-ਰਾਤ ਖੁੱਲ੍ਹਾ
free-call = ਮੁਫ਼ਤ ਕਾਲ
free-entry = ਮੁਫ਼ਤ ਦਾਖ਼ਲਾ

repeats-weekly = ਹਰ ਹਫ਼ਤੇ
repeats-monthly = ਹਰ ਮਹੀਨੇ
repeats-yearly = ਹਰ ਸਾਲ

## Emergency screen

emergency-heading = ਐਮਰਜੈਂਸੀ ਨੰਬਰ
emergency-intro = ਜੇ ਕੋਈ ਖ਼ਤਰੇ ਵਿੱਚ ਹੈ, ਤਾਂ 112 ’ਤੇ ਕਾਲ ਕਰੋ। ਕਾਲ ਮੁਫ਼ਤ ਹੈ।
urgent-badge = ਜ਼ਰੂਰੀ

## Attract screen, shown when nobody is using the kiosk

# Shown in every offered language in turn, each in its own language.
attract-touch = ਸ਼ੁਰੂ ਕਰਨ ਲਈ ਸਕਰੀਨ ਨੂੰ ਛੂਹੋ

## Idle warning: the kiosk starts again for the next person

idle-heading = ਕੀ ਤੁਸੀਂ ਅਜੇ ਵੀ ਇੱਥੇ ਹੋ?
# $seconds is a number of seconds.
idle-countdown =
    { $seconds ->
        [one] { $seconds } ਸਕਿੰਟ ਵਿੱਚ ਦੁਬਾਰਾ ਸ਼ੁਰੂ ਹੋਵੇਗਾ। ਤੁਸੀਂ ਜੋ ਦੇਖਿਆ, ਉਹ ਮਿਟ ਜਾਵੇਗਾ।
       *[other] { $seconds } ਸਕਿੰਟਾਂ ਵਿੱਚ ਦੁਬਾਰਾ ਸ਼ੁਰੂ ਹੋਵੇਗਾ। ਤੁਸੀਂ ਜੋ ਦੇਖਿਆ, ਉਹ ਮਿਟ ਜਾਵੇਗਾ।
    }
idle-more-time = ਮੈਨੂੰ ਹੋਰ ਸਮਾਂ ਚਾਹੀਦਾ ਹੈ

## Volunteer panel (opened with a long press on the centre's name and a PIN)

pin-heading = ਵਲੰਟੀਅਰ ਪਿੰਨ
pin-hint = ਪਿੰਨ ਲਿਖੋ, ਫਿਰ “ਠੀਕ ਹੈ” ਦਬਾਓ।
pin-ok = ਠੀਕ ਹੈ
pin-clear = ਮਿਟਾਓ
pin-cancel = ਰੱਦ ਕਰੋ
pin-wrong = ਗਲਤ ਪਿੰਨ। ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
# $seconds is a number of seconds.
pin-locked =
    { $seconds ->
        [one] ਬਹੁਤ ਵਾਰ ਗਲਤ ਕੋਸ਼ਿਸ਼ ਹੋਈ। { $seconds } ਸਕਿੰਟ ਉਡੀਕ ਕਰੋ।
       *[other] ਬਹੁਤ ਵਾਰ ਗਲਤ ਕੋਸ਼ਿਸ਼ ਹੋਈ। { $seconds } ਸਕਿੰਟ ਉਡੀਕ ਕਰੋ।
    }
panel-heading = ਵਲੰਟੀਅਰ ਪੈਨਲ
panel-content = ਦਿਖਾਈ ਜਾ ਰਹੀ ਸਮੱਗਰੀ
panel-bundle = ਸਮੱਗਰੀ ਪੈਕੇਜ
panel-version = ਵਰਜ਼ਨ
panel-source = ਸਰੋਤ
panel-problems = ਲੋਡ ਕਰਨ ਵੇਲੇ ਮਿਲੀਆਂ ਸਮੱਸਿਆਵਾਂ
panel-no-problems = ਕੋਈ ਸਮੱਸਿਆ ਨਹੀਂ।
panel-default-language = ਅਗਲੇ ਵਿਜ਼ਟਰ ਲਈ ਡਿਫ਼ੌਲਟ ਭਾਸ਼ਾ
panel-reload = ਸਮੱਗਰੀ ਦੁਬਾਰਾ ਲੋਡ ਕਰੋ
panel-reloaded = ਸਮੱਗਰੀ ਦੁਬਾਰਾ ਲੋਡ ਹੋ ਗਈ।
panel-exit = ਕਿਓਸਕ ਮੋਡ ਤੋਂ ਬਾਹਰ ਨਿਕਲੋ
# Asked before kiosk mode is left. $minutes is a number of minutes.
panel-exit-question =
    { $minutes ->
        [one] ਕਿਓਸਕ ਮੋਡ ਤੋਂ ਬਾਹਰ ਨਿਕਲਣਾ ਹੈ? ਜੇ { $minutes } ਮਿੰਟ ਤੱਕ ਕੋਈ ਸਕਰੀਨ ਨੂੰ ਨਹੀਂ ਛੂਹਦਾ, ਤਾਂ ਇਹ ਆਪਣੇ ਆਪ ਵਾਪਸ ਆ ਜਾਵੇਗਾ।
       *[other] ਕਿਓਸਕ ਮੋਡ ਤੋਂ ਬਾਹਰ ਨਿਕਲਣਾ ਹੈ? ਜੇ { $minutes } ਮਿੰਟ ਤੱਕ ਕੋਈ ਸਕਰੀਨ ਨੂੰ ਨਹੀਂ ਛੂਹਦਾ, ਤਾਂ ਇਹ ਆਪਣੇ ਆਪ ਵਾਪਸ ਆ ਜਾਵੇਗਾ।
    }
panel-exit-yes = ਹਾਂ, ਬਾਹਰ ਨਿਕਲੋ
panel-exit-no = ਨਹੀਂ, ਇੱਥੇ ਰਹੋ
panel-close = ਬੰਦ ਕਰੋ

## Search, with an on-screen keyboard

search-heading = ਖੋਜੋ
search-hint = ਕੋਈ ਸ਼ਬਦ ਲਿਖੋ। ਜਿਵੇਂ-ਜਿਵੇਂ ਤੁਸੀਂ ਲਿਖੋਗੇ, ਨਤੀਜੇ ਬਦਲਦੇ ਜਾਣਗੇ।
# In the empty search field.
search-placeholder = ਇੱਥੇ ਲਿਖੋ
# $count is the number of results.
search-count =
    { $count ->
        [one] { $count } ਨਤੀਜਾ
       *[other] { $count } ਨਤੀਜੇ
    }
search-nothing = ਕੁਝ ਨਹੀਂ ਮਿਲਿਆ। ਕੋਈ ਹੋਰ ਸ਼ਬਦ ਲਿਖ ਕੇ ਦੇਖੋ, ਜਾਂ ਕੋਈ ਵਿਸ਼ਾ ਚੁਣੋ।
search-clear = ਮਿਟਾਓ
keyboard-space = ਸਪੇਸ
keyboard-backspace = ਮਿਟਾਓ
# On the key that shows the next keyboard (another alphabet).
keyboard-next = ਦੂਜਾ ਕੀਬੋਰਡ

## Take it home: QR codes for a phone's camera

qr-take-home = ਘਰ ਲੈ ਜਾਓ: ਆਪਣੇ ਫ਼ੋਨ ਦਾ ਕੈਮਰਾ ਇਸ ਵੱਲ ਕਰੋ।
qr-call = ਆਪਣੇ ਫ਼ੋਨ ਤੋਂ ਇਸ ਨੰਬਰ ’ਤੇ ਕਾਲ ਕਰਨ ਲਈ ਸਕੈਨ ਕਰੋ।
qr-close = ਬੰਦ ਕਰੋ

## Job filters

filter-heading = ਸਿਰਫ਼ ਇਹ ਦਿਖਾਓ
filter-all = ਸਾਰੀਆਂ ਨੌਕਰੀਆਂ
filter-full-time = ਫੁੱਲ ਟਾਈਮ
filter-part-time = ਪਾਰਟ ਟਾਈਮ
filter-new = ਇਸ ਹਫ਼ਤੇ ਦੀਆਂ ਨਵੀਆਂ
# Followed by buttons with language names: only jobs that need no other language.
filter-languages = ਮੈਨੂੰ ਆਉਂਦੀ ਹੈ
# $count is the number of jobs that match the filters.
filter-matching =
    { $count ->
        [0] ਕੋਈ ਨੌਕਰੀ ਨਹੀਂ ਮਿਲੀ। “ਸਾਰੀਆਂ ਨੌਕਰੀਆਂ” ਨੂੰ ਛੂਹੋ।
        [one] { $count } ਨੌਕਰੀ ਮਿਲੀ
       *[other] { $count } ਨੌਕਰੀਆਂ ਮਿਲੀਆਂ
    }

## Emergency alerts, shown over every screen until they end

# The big button under an alert that covers the whole screen.
alert-read = ਮੈਂ ਇਹ ਪੜ੍ਹ ਲਿਆ ਹੈ
# What kind of alert it is (CAP severity levels, from the most to the least serious).
alert-extreme = ਬਹੁਤ ਵੱਡਾ ਖ਼ਤਰਾ
alert-severe = ਖ਼ਤਰਾ
alert-moderate = ਚੇਤਾਵਨੀ
alert-minor = ਜਾਣਕਾਰੀ
alert-unknown = ਸੂਚਨਾ
# $time is when the alert ends, like "18:00" or "Fri 18:00".
alert-until = { $time } ਤੱਕ
# On the strip of a less serious alert: tap to read all of it.
alert-more = ਹੋਰ ਪੜ੍ਹੋ
# Followed by the places the alert is about.
alert-where = ਕਿੱਥੇ:
# Heading above what people should do.
alert-what-to-do = ਕੀ ਕਰਨਾ ਹੈ
# Button on an alert: opens the centre's emergency numbers.
alert-emergency = ਐਮਰਜੈਂਸੀ ਨੰਬਰ

## Night screen, outside the centre's opening hours

night-closed = ਕੇਂਦਰ ਹੁਣ ਬੰਦ ਹੈ।
night-touch = ਤੁਸੀਂ ਫਿਰ ਵੀ ਇਹ ਸਕਰੀਨ ਵਰਤ ਸਕਦੇ ਹੋ: ਇਸਨੂੰ ਛੂਹੋ।

## Volunteer panel: alerts and usage counts

panel-alerts = ਹੁਣ ਦਿਖਾਈਆਂ ਜਾ ਰਹੀਆਂ ਚੇਤਾਵਨੀਆਂ
panel-alerts-none = ਕੋਈ ਚੇਤਾਵਨੀ ਨਹੀਂ ਦਿਖਾਈ ਜਾ ਰਹੀ।
panel-usage = ਵਰਤੋਂ ਦੀ ਗਿਣਤੀ (ਹਰ ਪੰਨਾ ਕਿੰਨੀ ਵਾਰ ਖੋਲ੍ਹਿਆ ਗਿਆ)
panel-usage-save = ਵਰਤੋਂ ਦੀ ਗਿਣਤੀ USB ਸਟਿੱਕ ’ਤੇ ਸੇਵ ਕਰੋ
# $file is where the counts were written.
panel-usage-saved = { $file } ਵਿੱਚ ਸੇਵ ਕੀਤਾ ਗਿਆ।
panel-usage-off = ਕਨਫ਼ਿਗਰੇਸ਼ਨ ਵਿੱਚ ਵਰਤੋਂ ਦੀ ਗਿਣਤੀ ਬੰਦ ਹੈ।
panel-usage-no-folder = ਕੋਈ USB ਫੋਲਡਰ ਸੈੱਟ ਨਹੀਂ ਹੈ (watch_dir), ਇਸ ਲਈ ਕੁਝ ਵੀ ਸੇਵ ਨਹੀਂ ਹੋ ਸਕਦਾ।
