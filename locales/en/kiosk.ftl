### Welcome Kiosk: English interface strings.
### Translation: original text, written by the Welcome Kiosk team in plain English
### (short sentences, common words). English is the reference: every other locale
### translates these messages and no others.
### Review status: reviewed

# The language's own name, shown on the language picker.
-language-name = English
-app-name = Welcome Kiosk

## Window

window-title = { -app-name }

## The bar on every screen

nav-home = Home
nav-back = Back
nav-language = Language
nav-emergency = Emergency
nav-search = Search

## Reading aloud, text size and contrast (buttons with an icon; the words are for
## visitors who read them and for screen labels)

# On the speaker button of a page, the emergency screen and each home tile.
listen = Listen
listen-pause = Pause
listen-resume = Go on
listen-stop = Stop
listen-again = Again
listen-previous = Back
listen-next = Next
volume-down = Quieter
volume-up = Louder
# In the bar: three text sizes, and a high-contrast palette.
text-size = Text size
contrast = Contrast

## Language picker

language-heading = Choose your language
language-hint = You can change the language at any time with the Language button.
# Two switches for volunteers: change the language of everything, or only of the texts
# (for a visitor who reads one language but prefers buttons in another).
language-change-all = Change everything
language-change-texts = Change only the texts
# Shown when the texts are in another language than the buttons. $ui and $content are
# language names.
language-split = Buttons in { $ui } · texts in { $content }
# Picker with many languages: a heading over the languages the centre shows first, and one
# over all the others (grouped by writing system under it).
language-featured = Most used here
language-more = More languages
# The search field of a long picker, and what it says when nothing matches.
language-find = Type the name of your language
language-find-nothing = No language found. Try the first letters, or ask a volunteer.

## Home screen

home-heading = Welcome
home-subheading = What do you need? Tap a picture.

## Categories: home tiles and list headings

kind-guides = Your rights
kind-jobs = Jobs
kind-contacts = Emergency
kind-services = Services
kind-events = Events
kind-stories = Stories

## Lists

# $count is the number of items in a list.
list-count =
    { $count ->
        [one] One item
       *[other] { $count } items
    }
list-empty = Nothing here at the moment. Please come back later.

## Notices on items

# $language is the visitor's language, $fallback the language the text is shown in.
fallback-notice = Not yet available in { $language } — shown in { $fallback }.
machine-translation-notice = A computer translated this text. It may have mistakes.
example-badge = Example
example-notice = This is an example to show how the kiosk works. It is not real information.
fictional-badge = Invented story
fictional-notice = This story is invented, to show what stories can look like. It is not about a real person.

## Facts of an item

fact-phone = Phone
fact-email = Email
fact-address = Address
fact-place = Where
fact-hours = Opening hours
fact-when = When
fact-website = Website
fact-employer = Employer
fact-contract = Contract
fact-working-hours = Working hours
fact-pay = Pay
fact-languages-needed = Languages needed
fact-languages-spoken = Languages spoken
fact-posted = Posted on
fact-apply-before = Apply before

# $hours is a number of hours.
hours-per-week =
    { $hours ->
        [one] { $hours } hour a week
       *[other] { $hours } hours a week
    }
contract-permanent = Permanent job
contract-temporary = Temporary job
contract-seasonal = Seasonal job
contract-apprenticeship = Apprenticeship

# $amount is a number with its decimals, $symbol the currency sign (€, kr…).
money = { $symbol }{ $amount }

# $amount is an amount of money, already formatted with its currency.
pay-per-hour = { $amount } an hour
pay-per-day = { $amount } a day
pay-per-week = { $amount } a week
pay-per-month = { $amount } a month
pay-per-year = { $amount } a year

open-now = Open now
closed-now = Closed now
# When a service opens or closes next. $time is a time of day (17:00, 5:00 PM), $day the
# name of a weekday (Thursday).
open-closes-today = Open now · closes { $time }
open-closes-tomorrow = Open now · closes tomorrow { $time }
open-closes-day = Open now · closes { $day } { $time }
closed-opens-today = Closed · opens today { $time }
closed-opens-tomorrow = Closed · opens tomorrow { $time }
closed-opens-day = Closed · opens { $day } { $time }
open-always = Open day and night, every day
free-call = Free call
free-entry = Free entry

repeats-weekly = Every week
repeats-monthly = Every month
repeats-yearly = Every year

## Emergency screen

emergency-heading = Emergency numbers
emergency-intro = If someone is in danger, call 112. The call is free.
urgent-badge = Urgent

## Attract screen, shown when nobody is using the kiosk

# Shown in every offered language in turn, each in its own language.
attract-touch = Touch the screen to start

## Idle warning: the kiosk starts again for the next person

idle-heading = Are you still there?
# $seconds is a number of seconds.
idle-countdown =
    { $seconds ->
        [one] Starting again in { $seconds } second. What you looked at will be cleared.
       *[other] Starting again in { $seconds } seconds. What you looked at will be cleared.
    }
idle-more-time = I need more time

## Volunteer panel (opened with a long press on the centre's name and a PIN)

pin-heading = Volunteer PIN
pin-hint = Type the PIN, then press OK.
pin-ok = OK
pin-clear = Clear
pin-cancel = Cancel
pin-wrong = Wrong PIN. Try again.
# $seconds is a number of seconds.
pin-locked =
    { $seconds ->
        [one] Too many wrong tries. Wait { $seconds } second.
       *[other] Too many wrong tries. Wait { $seconds } seconds.
    }
panel-heading = Volunteer panel
panel-content = Content shown
panel-bundle = Bundle
panel-version = Version
panel-source = Source
panel-problems = Problems found when loading
panel-no-problems = No problems.
panel-default-language = Default language for the next visitor
panel-reload = Reload content
panel-reloaded = Content reloaded.
panel-exit = Leave kiosk mode
# Asked before kiosk mode is left. $minutes is a number of minutes.
panel-exit-question =
    { $minutes ->
        [one] Leave kiosk mode? It comes back by itself after { $minutes } minute without a touch.
       *[other] Leave kiosk mode? It comes back by itself after { $minutes } minutes without a touch.
    }
panel-exit-yes = Yes, leave
panel-exit-no = No, stay
panel-close = Close

## Search, with an on-screen keyboard

search-heading = Search
search-hint = Type a word. The results change as you type.
# In the empty search field.
search-placeholder = Type here
# $count is the number of results.
search-count =
    { $count ->
        [one] One result
       *[other] { $count } results
    }
search-nothing = Nothing found. Try another word, or choose a topic.
search-clear = Clear
keyboard-space = Space
keyboard-backspace = Delete
# On the key that shows the next keyboard (another alphabet).
keyboard-next = Other keyboard

## Take it home: QR codes for a phone's camera

qr-take-home = Take it home: point your phone's camera here.
qr-call = Scan to call this number with your phone.
qr-close = Close

## Job filters

filter-heading = Show only
filter-all = All jobs
filter-full-time = Full time
filter-part-time = Part time
filter-new = New this week
# Followed by buttons with language names: only jobs that need no other language.
filter-languages = I speak
# $count is the number of jobs that match the filters.
filter-matching =
    { $count ->
        [0] No job matches. Tap “All jobs”.
        [one] One job matches
       *[other] { $count } jobs match
    }

## Emergency alerts, shown over every screen until they end

# The big button under an alert that covers the whole screen.
alert-read = I have read this
# What kind of alert it is (CAP severity levels, from the most to the least serious).
alert-extreme = Extreme danger
alert-severe = Danger
alert-moderate = Warning
alert-minor = Information
alert-unknown = Notice
# $time is when the alert ends, like "18:00" or "Fri 18:00".
alert-until = Until { $time }
# On the strip of a less serious alert: tap to read all of it.
alert-more = Read more
# Followed by the places the alert is about.
alert-where = Where:
# Heading above what people should do.
alert-what-to-do = What to do
# Button on an alert: opens the centre's emergency numbers.
alert-emergency = Emergency numbers

## Night screen, outside the centre's opening hours

night-closed = The centre is closed now.
night-touch = You can still use this screen: touch it.

## Volunteer panel: alerts and usage counts

panel-alerts = Alerts shown now
panel-alerts-none = No alert is shown.
panel-usage = Usage counts (how often each page was opened)
panel-usage-save = Save usage counts to the USB stick
# $file is where the counts were written.
panel-usage-saved = Saved to { $file }.
panel-usage-off = Usage counting is turned off in the configuration.
panel-usage-no-folder = No USB folder is configured (watch_dir), so nothing can be saved.
