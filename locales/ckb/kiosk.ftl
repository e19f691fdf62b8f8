### Welcome Kiosk: Central Kurdish (Sorani) interface strings.
### Translation: machine translation (AI-assisted) from the English reference, not yet reviewed by a native speaker.
### Review status: not reviewed

# The language's own name, shown on the language picker.
-language-name = کوردیی ناوەندی
-app-name = Welcome Kiosk

## Window

window-title = { -app-name }

## The bar on every screen

nav-home = ماڵەوە
nav-back = گەڕانەوە
nav-language = زمان
nav-emergency = فریاکەوتن
nav-search = گەڕان

## Reading aloud, text size and contrast (buttons with an icon; the words are for
## visitors who read them and for screen labels)

# On the speaker button of a page, the emergency screen and each home tile.
listen = گوێگرتن
listen-pause = وچان
listen-resume = بەردەوامبوون
listen-stop = وەستاندن
listen-again = دووبارە
listen-previous = پێشوو
listen-next = دواتر
volume-down = دەنگ نزمتر
volume-up = دەنگ بەرزتر
# In the bar: three text sizes, and a high-contrast palette.
text-size = قەبارەی نووسین
contrast = جیاوازی ڕەنگ

## Language picker

language-heading = زمانەکەت هەڵبژێرە
language-hint = هەر کاتێک بتەوێت، دەتوانیت بە دوگمەی «زمان» زمانەکە بگۆڕیت.
# Two switches for volunteers: change the language of everything, or only of the texts
# (for a visitor who reads one language but prefers buttons in another).
language-change-all = هەموو شتێک بگۆڕە
language-change-texts = تەنها دەقەکان بگۆڕە
# Shown when the texts are in another language than the buttons. $ui and $content are
# language names.
language-split = دوگمەکان بە { $ui } · دەقەکان بە { $content }
# Picker with many languages: a heading over the languages the centre shows first, and one
# over all the others (grouped by writing system under it).
language-featured = زۆرترین بەکارهاتوو لێرە
language-more = زمانی زیاتر
# The search field of a long picker, and what it says when nothing matches.
language-find = ناوی زمانەکەت بنووسە
language-find-nothing = هیچ زمانێک نەدۆزرایەوە. یەکەم پیتەکان تاقی بکەرەوە، یان لە خۆبەخشێک بپرسە.

## Home screen

home-heading = بەخێربێیت
home-subheading = پێویستت بە چییە؟ دەست لە وێنەیەک بدە.

## Categories: home tiles and list headings

kind-guides = مافەکانت
kind-jobs = کار
kind-contacts = فریاکەوتن
kind-services = خزمەتگوزارییەکان
kind-events = چالاکییەکان
kind-stories = چیرۆکەکان

## Lists

# $count is the number of items in a list.
list-count =
    { $count ->
        [one] { $count } بابەت
       *[other] { $count } بابەت
    }
list-empty = ئێستا هیچ شتێک لێرە نییە. تکایە دواتر دووبارە وەرەوە.

## Notices on items

# $language is the visitor's language, $fallback the language the text is shown in.
fallback-notice = هێشتا بە { $language } بەردەست نییە — بە { $fallback } نیشان دەدرێت.
machine-translation-notice = ئەم دەقە کۆمپیوتەر وەریگێڕاوە. لەوانەیە هەڵەی تێدا بێت.
example-badge = نموونە
example-notice = ئەمە نموونەیەکە بۆ نیشاندانی ئەوەی ئەم ئامێرە چۆن کار دەکات. زانیاریی ڕاستەقینە نییە.
fictional-badge = چیرۆکی خەیاڵی
fictional-notice = ئەم چیرۆکە دروستکراوە، بۆ ئەوەی نیشان بدات چیرۆکەکان چۆن دەبن. دەربارەی کەسێکی ڕاستەقینە نییە.

## Facts of an item

fact-phone = تەلەفۆن
fact-email = ئیمەیڵ
fact-address = ناونیشان
fact-place = لە کوێ
fact-hours = کاتی کردنەوە
fact-when = کەی
fact-website = ماڵپەڕ
fact-employer = خاوەنکار
fact-contract = گرێبەست
fact-working-hours = کاتژمێرەکانی کار
fact-pay = مووچە
fact-languages-needed = زمانە پێویستەکان
fact-languages-spoken = ئەو زمانانەی قسەیان پێ دەکرێت
fact-posted = ڕێکەوتی بڵاوکردنەوە
fact-apply-before = دوا ڕێکەوتی داواکاری

# $hours is a number of hours.
hours-per-week =
    { $hours ->
        [one] { $hours } کاتژمێر لە هەفتەیەکدا
       *[other] { $hours } کاتژمێر لە هەفتەیەکدا
    }
contract-permanent = کاری هەمیشەیی
contract-temporary = کاری کاتی
contract-seasonal = کاری وەرزی
contract-apprenticeship = فێربوونی پیشە

# $amount is a number with its decimals, $symbol the currency sign (€, kr…).
money = { $amount } { $symbol }

# $amount is an amount of money, already formatted with its currency.
pay-per-hour = { $amount } بۆ هەر کاتژمێرێک
pay-per-day = { $amount } بۆ هەر ڕۆژێک
pay-per-week = { $amount } بۆ هەر هەفتەیەک
pay-per-month = { $amount } بۆ هەر مانگێک
pay-per-year = { $amount } بۆ هەر ساڵێک

open-now = ئێستا کراوەیە
closed-now = ئێستا داخراوە
# When a service opens or closes next. $time is a time of day (17:00, 5:00 PM), $day the
# name of a weekday (Thursday).
open-closes-today = ئێستا کراوەیە · کاتژمێر { $time } دادەخرێت
open-closes-tomorrow = ئێستا کراوەیە · سبەی کاتژمێر { $time } دادەخرێت
open-closes-day = ئێستا کراوەیە · { $day } کاتژمێر { $time } دادەخرێت
closed-opens-today = داخراوە · ئەمڕۆ کاتژمێر { $time } دەکرێتەوە
closed-opens-tomorrow = داخراوە · سبەی کاتژمێر { $time } دەکرێتەوە
closed-opens-day = داخراوە · { $day } کاتژمێر { $time } دەکرێتەوە
open-always = هەموو ڕۆژێک، شەو و ڕۆژ کراوەیە
free-call = پەیوەندیی بەخۆڕایی
free-entry = چوونەژوورەوە بەخۆڕاییە

repeats-weekly = هەموو هەفتەیەک
repeats-monthly = هەموو مانگێک
repeats-yearly = هەموو ساڵێک

## Emergency screen

emergency-heading = ژمارەکانی فریاکەوتن
emergency-intro = ئەگەر کەسێک لە مەترسیدایە، پەیوەندی بە 112 بکە. پەیوەندییەکە بەخۆڕاییە.
urgent-badge = بەپەلە

## Attract screen, shown when nobody is using the kiosk

# Shown in every offered language in turn, each in its own language.
attract-touch = بۆ دەستپێکردن، دەست لە شاشەکە بدە

## Idle warning: the kiosk starts again for the next person

idle-heading = هێشتا لێرەیت؟
# $seconds is a number of seconds.
idle-countdown =
    { $seconds ->
        [one] ئامێرەکە دوای { $seconds } چرکە لە سەرەتاوە دەست پێ دەکاتەوە. ئەوەی سەیرت کرد دەسڕدرێتەوە.
       *[other] ئامێرەکە دوای { $seconds } چرکە لە سەرەتاوە دەست پێ دەکاتەوە. ئەوەی سەیرت کرد دەسڕدرێتەوە.
    }
idle-more-time = کاتی زیاترم پێویستە

## Volunteer panel (opened with a long press on the centre's name and a PIN)

pin-heading = ژمارەی نهێنیی خۆبەخشان
pin-hint = ژمارە نهێنییەکە بنووسە، پاشان «باشە» دابگرە.
pin-ok = باشە
pin-clear = سڕینەوە
pin-cancel = هەڵوەشاندنەوە
pin-wrong = ژمارەی نهێنی هەڵەیە. دووبارە هەوڵ بدەرەوە.
# $seconds is a number of seconds.
pin-locked =
    { $seconds ->
        [one] زۆر جار هەڵە کرا. { $seconds } چرکە چاوەڕێ بکە.
       *[other] زۆر جار هەڵە کرا. { $seconds } چرکە چاوەڕێ بکە.
    }
panel-heading = بەشی خۆبەخشان
panel-content = ناوەڕۆکی نیشاندراو
panel-bundle = پاکێجی ناوەڕۆک
panel-version = وەشان
panel-source = سەرچاوە
panel-problems = ئەو کێشانەی لە کاتی بارکردندا دۆزرانەوە
panel-no-problems = هیچ کێشەیەک نییە.
panel-default-language = زمانی بنەڕەتی بۆ سەردانکەری داهاتوو
panel-reload = بارکردنەوەی ناوەڕۆک
panel-reloaded = ناوەڕۆک دووبارە بارکرایەوە.
panel-exit = دەرچوون لە دۆخی کیۆسک
# Asked before kiosk mode is left. $minutes is a number of minutes.
panel-exit-question =
    { $minutes ->
        [one] لە دۆخی کیۆسک دەردەچیت؟ ئەگەر { $minutes } خولەک کەس دەست لە شاشەکە نەدات، خۆی دەگەڕێتەوە.
       *[other] لە دۆخی کیۆسک دەردەچیت؟ ئەگەر { $minutes } خولەک کەس دەست لە شاشەکە نەدات، خۆی دەگەڕێتەوە.
    }
panel-exit-yes = بەڵێ، دەرچوون
panel-exit-no = نەخێر، مانەوە
panel-close = داخستن

## Search, with an on-screen keyboard

search-heading = گەڕان
search-hint = وشەیەک بنووسە. لە کاتی نووسیندا ئەنجامەکان دەگۆڕێن.
# In the empty search field.
search-placeholder = لێرە بنووسە
# $count is the number of results.
search-count =
    { $count ->
        [one] { $count } ئەنجام
       *[other] { $count } ئەنجام
    }
search-nothing = هیچ شتێک نەدۆزرایەوە. وشەیەکی تر تاقی بکەرەوە، یان بابەتێک هەڵبژێرە.
search-clear = سڕینەوەی هەموو
keyboard-space = بۆشایی
keyboard-backspace = سڕینەوە
# On the key that shows the next keyboard (another alphabet).
keyboard-next = تەختەکلیلی تر

## Take it home: QR codes for a phone's camera

qr-take-home = لەگەڵ خۆت بیبە: کامێرای مۆبایلەکەت ڕوو لەم کۆدە بکە.
qr-call = بۆ پەیوەندیکردن بەم ژمارەیە، ئەم کۆدە بە مۆبایلەکەت سکان بکە.
qr-close = داخستن

## Job filters

filter-heading = تەنها ئەمانە نیشان بدە
filter-all = هەموو کارەکان
filter-full-time = دەوامی تەواو
filter-part-time = نیو دەوام
filter-new = نوێی ئەم هەفتەیە
# Followed by buttons with language names: only jobs that need no other language.
filter-languages = زمانەکانم
# $count is the number of jobs that match the filters.
filter-matching =
    { $count ->
        [0] هیچ کارێک نەدۆزرایەوە. دەست لە «هەموو کارەکان» بدە.
        [one] { $count } کار دۆزرایەوە
       *[other] { $count } کار دۆزرایەوە
    }

## Emergency alerts, shown over every screen until they end

# The big button under an alert that covers the whole screen.
alert-read = خوێندمەوە
# What kind of alert it is (CAP severity levels, from the most to the least serious).
alert-extreme = مەترسیی زۆر گەورە
alert-severe = مەترسی
alert-moderate = ئاگاداری
alert-minor = زانیاری
alert-unknown = تێبینی
# $time is when the alert ends, like "18:00" or "Fri 18:00".
alert-until = تا { $time }
# On the strip of a less serious alert: tap to read all of it.
alert-more = زیاتر بخوێنەوە
# Followed by the places the alert is about.
alert-where = لە کوێ:
# Heading above what people should do.
alert-what-to-do = چی بکەیت
# Button on an alert: opens the centre's emergency numbers.
alert-emergency = ژمارەکانی فریاکەوتن

## Night screen, outside the centre's opening hours

night-closed = ناوەندەکە ئێستا داخراوە.
night-touch = هێشتا دەتوانیت ئەم شاشەیە بەکاربهێنیت: دەستی لێ بدە.

## Volunteer panel: alerts and usage counts

panel-alerts = ئەو ئاگادارییانەی ئێستا نیشان دەدرێن
panel-alerts-none = هیچ ئاگادارییەک نیشان نادرێت.
panel-usage = ژمارەی بەکارهێنان (هەر لاپەڕەیەک چەند جار کراوەتەوە)
panel-usage-save = پاشەکەوتکردنی ژمارەی بەکارهێنان لە فلاشی USB
# $file is where the counts were written.
panel-usage-saved = لە { $file } پاشەکەوت کرا.
panel-usage-off = ژماردنی بەکارهێنان لە ڕێکخستنەکاندا کوژێنراوەتەوە.
panel-usage-no-folder = هیچ فۆڵدەرێکی USB دیاری نەکراوە (watch_dir)، بۆیە هیچ شتێک پاشەکەوت ناکرێت.
