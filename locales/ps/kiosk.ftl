### Welcome Kiosk: Pashto interface strings.
### Translation: machine translation (AI-assisted) from the English reference, not yet reviewed by a native speaker.
### Review status: not reviewed

# The language's own name, shown on the language picker.
-language-name = پښتو
-app-name = Welcome Kiosk

## Window

window-title = { -app-name }

## The bar on every screen

nav-home = کور
nav-back = شاته
nav-language = ژبه
nav-emergency = بیړنۍ مرسته
nav-search = لټون

## Reading aloud, text size and contrast (buttons with an icon; the words are for
## visitors who read them and for screen labels)

# On the speaker button of a page, the emergency screen and each home tile.
listen = اورېدل
listen-pause = ځنډول
listen-resume = دوام
listen-stop = درول
listen-again = بیا
listen-previous = شاته
listen-next = مخته
volume-down = ورو غږ
volume-up = لوړ غږ
# In the bar: three text sizes, and a high-contrast palette.
text-size = د تورو اندازه
contrast = د رنګونو توپیر

## Language picker

language-heading = خپله ژبه وټاکئ
language-hint = هر وخت چې وغواړئ، د «ژبه» په تڼۍ ژبه بدلولی شئ.
# Two switches for volunteers: change the language of everything, or only of the texts
# (for a visitor who reads one language but prefers buttons in another).
language-change-all = هر څه بدل کړئ
language-change-texts = یوازې متنونه بدل کړئ
# Shown when the texts are in another language than the buttons. $ui and $content are
# language names.
language-split = تڼۍ په { $ui } ژبه · متنونه په { $content } ژبه
# Picker with many languages: a heading over the languages the centre shows first, and one
# over all the others (grouped by writing system under it).
language-featured = دلته ډېرې کارېدونکې ژبې
language-more = نورې ژبې
# The search field of a long picker, and what it says when nothing matches.
language-find = د خپلې ژبې نوم ولیکئ
language-find-nothing = هېڅ ژبه ونه موندل شوه. لومړي څو توري وازمایئ، یا له یوه رضاکار وپوښتئ.

## Home screen

home-heading = ښه راغلاست
home-subheading = تاسو څه ته اړتیا لرئ؟ یو انځور کېکاږئ.

## Categories: home tiles and list headings

kind-guides = ستاسو حقونه
kind-jobs = دندې
kind-contacts = بیړنۍ مرسته
kind-services = خدمتونه
kind-events = غونډې
kind-stories = کیسې

## Lists

# $count is the number of items in a list.
list-count =
    { $count ->
        [one] { $count } توکی
       *[other] { $count } توکي
    }
list-empty = اوس دلته هېڅ نشته. مهرباني وکړئ وروسته بیا راشئ.

## Notices on items

# $language is the visitor's language, $fallback the language the text is shown in.
fallback-notice = تر اوسه په { $language } ژبه نشته — په { $fallback } ژبه ښودل کېږي.
machine-translation-notice = دا متن کمپیوټر ژباړلی دی. کېدای شي تېروتنې ولري.
example-badge = بېلګه
example-notice = دا یوه بېلګه ده، چې وښيي دا دستګاه څنګه کار کوي. دا ریښتیني معلومات نه دي.
fictional-badge = خیالي کیسه
fictional-notice = دا کیسه جوړه شوې ده، چې وښيي کیسې څنګه کېدای شي. دا د یوه ریښتیني انسان په اړه نه ده.

## Facts of an item

fact-phone = ټیلیفون
fact-email = ایمیل
fact-address = پته
fact-place = چېرته
fact-hours = د پرانیستلو وخت
fact-when = کله
fact-website = وېبپاڼه
fact-employer = کارګمارونکی
fact-contract = تړون
fact-working-hours = د کار ساعتونه
fact-pay = معاش
fact-languages-needed = اړینې ژبې
fact-languages-spoken = ویل کېدونکې ژبې
fact-posted = د خپرېدو نېټه
fact-apply-before = د غوښتنې وروستۍ نېټه

# $hours is a number of hours.
hours-per-week =
    { $hours ->
        [one] { $hours } ساعت په اونۍ کې
       *[other] { $hours } ساعته په اونۍ کې
    }
contract-permanent = دایمي دنده
contract-temporary = لنډمهاله دنده
contract-seasonal = موسمي دنده
contract-apprenticeship = د کار زده کړه

# $amount is a number with its decimals, $symbol the currency sign (€, kr…).
money = { $amount } { $symbol }

# $amount is an amount of money, already formatted with its currency.
pay-per-hour = { $amount } په ساعت کې
pay-per-day = { $amount } په ورځ کې
pay-per-week = { $amount } په اونۍ کې
pay-per-month = { $amount } په میاشت کې
pay-per-year = { $amount } په کال کې

open-now = اوس خلاص دی
closed-now = اوس تړلی دی
# When a service opens or closes next. $time is a time of day (17:00, 5:00 PM), $day the
# name of a weekday (Thursday).
open-closes-today = اوس خلاص دی · په { $time } بندېږي
open-closes-tomorrow = اوس خلاص دی · سبا په { $time } بندېږي
open-closes-day = اوس خلاص دی · { $day } په { $time } بندېږي
closed-opens-today = تړلی دی · نن په { $time } خلاصېږي
closed-opens-tomorrow = تړلی دی · سبا په { $time } خلاصېږي
closed-opens-day = تړلی دی · { $day } په { $time } خلاصېږي
open-always = هره ورځ، شپه او ورځ خلاص دی
free-call = وړیا زنګ
free-entry = وړیا ننوتل

repeats-weekly = هره اونۍ
repeats-monthly = هره میاشت
repeats-yearly = هر کال

## Emergency screen

emergency-heading = بیړنۍ شمېرې
emergency-intro = که څوک په خطر کې وي، 112 ته زنګ ووهئ. زنګ وړیا دی.
urgent-badge = بیړنی

## Attract screen, shown when nobody is using the kiosk

# Shown in every offered language in turn, each in its own language.
attract-touch = د پیل لپاره پرده کېکاږئ

## Idle warning: the kiosk starts again for the next person

idle-heading = لا هم دلته یاست؟
# $seconds is a number of seconds.
idle-countdown =
    { $seconds ->
        [one] دستګاه به په { $seconds } ثانیه کې له سره پیل شي. هغه څه چې تاسو ولیدل، پاک به شي.
       *[other] دستګاه به په { $seconds } ثانیو کې له سره پیل شي. هغه څه چې تاسو ولیدل، پاک به شي.
    }
idle-more-time = زه نور وخت ته اړتیا لرم

## Volunteer panel (opened with a long press on the centre's name and a PIN)

pin-heading = د رضاکارانو پټ کوډ
pin-hint = پټ کوډ ولیکئ، بیا «سمه ده» کېکاږئ.
pin-ok = سمه ده
pin-clear = پاکول
pin-cancel = لغوه کول
pin-wrong = پټ کوډ غلط دی. بیا هڅه وکړئ.
# $seconds is a number of seconds.
pin-locked =
    { $seconds ->
        [one] ډېرې غلطې هڅې وشوې. { $seconds } ثانیه صبر وکړئ.
       *[other] ډېرې غلطې هڅې وشوې. { $seconds } ثانیې صبر وکړئ.
    }
panel-heading = د رضاکارانو برخه
panel-content = ښودل شوې منځپانګه
panel-bundle = د منځپانګې کڅوړه
panel-version = نسخه
panel-source = سرچینه
panel-problems = د بارولو پر مهال موندل شوې ستونزې
panel-no-problems = هېڅ ستونزه نشته.
panel-default-language = د راتلونکي لیدونکي لپاره لومړنۍ ژبه
panel-reload = د منځپانګې بیا بارول
panel-reloaded = منځپانګه بیا بار شوه.
panel-exit = د کیوسک له حالت څخه وتل
# Asked before kiosk mode is left. $minutes is a number of minutes.
panel-exit-question =
    { $minutes ->
        [one] د کیوسک له حالت څخه وځئ؟ که { $minutes } دقیقه څوک پرده ونه لمسوي، پخپله بېرته راګرځي.
       *[other] د کیوسک له حالت څخه وځئ؟ که { $minutes } دقیقې څوک پرده ونه لمسوي، پخپله بېرته راګرځي.
    }
panel-exit-yes = هو، وتل
panel-exit-no = نه، پاتې کېدل
panel-close = بندول

## Search, with an on-screen keyboard

search-heading = لټون
search-hint = یوه کلمه ولیکئ. پایلې د لیکلو پر مهال بدلېږي.
# In the empty search field.
search-placeholder = دلته ولیکئ
# $count is the number of results.
search-count =
    { $count ->
        [one] { $count } پایله
       *[other] { $count } پایلې
    }
search-nothing = هېڅ شی ونه موندل شو. بله کلمه وازمایئ، یا یوه موضوع وټاکئ.
search-clear = ټول پاکول
keyboard-space = تش ځای
keyboard-backspace = پاکول
# On the key that shows the next keyboard (another alphabet).
keyboard-next = بل کیبورډ

## Take it home: QR codes for a phone's camera

qr-take-home = له ځان سره یې یوسئ: د خپل ټیلیفون کمره دې کوډ ته ونیسئ.
qr-call = د دې شمېرې د زنګ وهلو لپاره، دا کوډ په خپل ټیلیفون سکن کړئ.
qr-close = بندول

## Job filters

filter-heading = یوازې وښایئ
filter-all = ټولې دندې
filter-full-time = بشپړ وخت
filter-part-time = نیم وخت
filter-new = د دې اونۍ نوې
# Followed by buttons with language names: only jobs that need no other language.
filter-languages = زما ژبې
# $count is the number of jobs that match the filters.
filter-matching =
    { $count ->
        [0] هېڅ دنده ونه موندل شوه. «ټولې دندې» کېکاږئ.
        [one] { $count } دنده وموندل شوه
       *[other] { $count } دندې وموندل شوې
    }

## Emergency alerts, shown over every screen until they end

# The big button under an alert that covers the whole screen.
alert-read = ما ولوست
# What kind of alert it is (CAP severity levels, from the most to the least serious).
alert-extreme = ډېر سخت خطر
alert-severe = خطر
alert-moderate = اخطار
alert-minor = معلومات
alert-unknown = خبرتیا
# $time is when the alert ends, like "18:00" or "Fri 18:00".
alert-until = تر { $time } پورې
# On the strip of a less serious alert: tap to read all of it.
alert-more = نور ولولئ
# Followed by the places the alert is about.
alert-where = چېرته:
# Heading above what people should do.
alert-what-to-do = څه وکړئ
# Button on an alert: opens the centre's emergency numbers.
alert-emergency = بیړنۍ شمېرې

## Night screen, outside the centre's opening hours

night-closed = مرکز اوس تړلی دی.
night-touch = تاسو لا هم دا پرده کارولی شئ: پرې کېکاږئ.

## Volunteer panel: alerts and usage counts

panel-alerts = اوس ښودل شوي اخطارونه
panel-alerts-none = هېڅ اخطار نه ښودل کېږي.
panel-usage = د کارونې شمېر (هره پاڼه څو ځله پرانیستل شوې)
panel-usage-save = د کارونې شمېر په USB فلش کې خوندي کول
# $file is where the counts were written.
panel-usage-saved = په { $file } کې خوندي شو.
panel-usage-off = د کارونې شمېرل په تنظیماتو کې بند دي.
panel-usage-no-folder = هېڅ USB فولډر نه دی ټاکل شوی (watch_dir)، نو هېڅ شی نه شي خوندي کېدای.
