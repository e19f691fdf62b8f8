### Welcome Kiosk: Urdu interface strings.
### Translation: machine translation (AI-assisted) from the English reference, not yet reviewed by a native speaker.
### Review status: not reviewed

# The language's own name, shown on the language picker.
-language-name = اردو
-app-name = Welcome Kiosk

## Window

window-title = { -app-name }

## The bar on every screen

nav-home = مرکزی صفحہ
nav-back = واپس
nav-language = زبان
nav-emergency = ہنگامی مدد
nav-search = تلاش

## Reading aloud, text size and contrast (buttons with an icon; the words are for
## visitors who read them and for screen labels)

# On the speaker button of a page, the emergency screen and each home tile.
listen = سنیں
listen-pause = روکیں
listen-resume = جاری رکھیں
listen-stop = بند کریں
listen-again = دوبارہ
listen-previous = پچھلا
listen-next = اگلا
volume-down = آواز کم
volume-up = آواز زیادہ
# In the bar: three text sizes, and a high-contrast palette.
text-size = حروف کا سائز
contrast = کنٹراسٹ

## Language picker

language-heading = اپنی زبان چنیں
language-hint = آپ کسی بھی وقت «زبان» والے بٹن سے زبان بدل سکتے ہیں۔
# Two switches for volunteers: change the language of everything, or only of the texts
# (for a visitor who reads one language but prefers buttons in another).
language-change-all = سب کچھ بدلیں
language-change-texts = صرف متن بدلیں
# Shown when the texts are in another language than the buttons. $ui and $content are
# language names.
language-split = بٹن { $ui } میں · متن { $content } میں
# Picker with many languages: a heading over the languages the centre shows first, and one
# over all the others (grouped by writing system under it).
language-featured = یہاں سب سے زیادہ استعمال ہونے والی زبانیں
language-more = مزید زبانیں
# The search field of a long picker, and what it says when nothing matches.
language-find = اپنی زبان کا نام لکھیں
language-find-nothing = کوئی زبان نہیں ملی۔ پہلے چند حروف لکھ کر دیکھیں، یا کسی رضاکار سے پوچھیں۔

## Home screen

home-heading = خوش آمدید
home-subheading = آپ کو کس چیز کی ضرورت ہے؟ کسی تصویر کو چھوئیں۔

## Categories: home tiles and list headings

kind-guides = آپ کے حقوق
kind-jobs = نوکریاں
kind-contacts = ہنگامی مدد
kind-services = خدمات
kind-events = تقریبات
kind-stories = کہانیاں

## Lists

# $count is the number of items in a list.
list-count =
    { $count ->
        [one] { $count } چیز
       *[other] { $count } چیزیں
    }
list-empty = ابھی یہاں کچھ نہیں ہے۔ براہ کرم بعد میں دوبارہ آئیں۔

## Notices on items

# $language is the visitor's language, $fallback the language the text is shown in.
fallback-notice = ابھی { $language } میں دستیاب نہیں — { $fallback } میں دکھایا جا رہا ہے۔
machine-translation-notice = یہ متن کمپیوٹر نے ترجمہ کیا ہے۔ اس میں غلطیاں ہو سکتی ہیں۔
example-badge = مثال
example-notice = یہ صرف ایک مثال ہے، یہ دکھانے کے لیے کہ یہ مشین کیسے کام کرتی ہے۔ یہ اصل معلومات نہیں ہیں۔
fictional-badge = فرضی کہانی
fictional-notice = یہ کہانی فرضی ہے، یہ دکھانے کے لیے کہ کہانیاں کیسی ہو سکتی ہیں۔ یہ کسی اصل شخص کے بارے میں نہیں ہے۔

## Facts of an item

fact-phone = فون
fact-email = ای میل
fact-address = پتا
fact-place = کہاں
fact-hours = کھلنے کے اوقات
fact-when = کب
fact-website = ویب سائٹ
fact-employer = کام دینے والا
fact-contract = معاہدہ
fact-working-hours = کام کے اوقات
fact-pay = تنخواہ
fact-languages-needed = ضروری زبانیں
fact-languages-spoken = بولی جانے والی زبانیں
fact-posted = اشتہار کی تاریخ
fact-apply-before = درخواست کی آخری تاریخ

# $hours is a number of hours.
hours-per-week =
    { $hours ->
        [one] ہفتے میں { $hours } گھنٹہ
       *[other] ہفتے میں { $hours } گھنٹے
    }
contract-permanent = مستقل نوکری
contract-temporary = عارضی نوکری
contract-seasonal = موسمی نوکری
contract-apprenticeship = کام سیکھنے کی تربیت

# $amount is a number with its decimals, $symbol the currency sign (€, kr…).
money = { $amount } { $symbol }

# $amount is an amount of money, already formatted with its currency.
pay-per-hour = { $amount } فی گھنٹہ
pay-per-day = { $amount } فی دن
pay-per-week = { $amount } فی ہفتہ
pay-per-month = { $amount } فی مہینہ
pay-per-year = { $amount } فی سال

open-now = ابھی کھلا ہے
closed-now = ابھی بند ہے
# When a service opens or closes next. $time is a time of day (17:00, 5:00 PM), $day the
# name of a weekday (Thursday).
open-closes-today = ابھی کھلا ہے · { $time } پر بند ہو گا
open-closes-tomorrow = ابھی کھلا ہے · کل { $time } پر بند ہو گا
open-closes-day = ابھی کھلا ہے · { $day } کو { $time } پر بند ہو گا
closed-opens-today = بند ہے · آج { $time } پر کھلے گا
closed-opens-tomorrow = بند ہے · کل { $time } پر کھلے گا
closed-opens-day = بند ہے · { $day } کو { $time } پر کھلے گا
open-always = ہر روز، دن رات کھلا ہے
free-call = مفت کال
free-entry = داخلہ مفت

repeats-weekly = ہر ہفتے
repeats-monthly = ہر مہینے
repeats-yearly = ہر سال

## Emergency screen

emergency-heading = ہنگامی نمبر
emergency-intro = اگر کوئی خطرے میں ہے تو 112 پر کال کریں۔ کال مفت ہے۔
urgent-badge = فوری

## Attract screen, shown when nobody is using the kiosk

# Shown in every offered language in turn, each in its own language.
attract-touch = شروع کرنے کے لیے اسکرین کو چھوئیں

## Idle warning: the kiosk starts again for the next person

idle-heading = کیا آپ ابھی یہیں ہیں؟
# $seconds is a number of seconds.
idle-countdown =
    { $seconds ->
        [one] یہ مشین { $seconds } سیکنڈ میں دوبارہ شروع ہو گی۔ آپ نے جو دیکھا، وہ مٹ جائے گا۔
       *[other] یہ مشین { $seconds } سیکنڈ میں دوبارہ شروع ہو گی۔ آپ نے جو دیکھا، وہ مٹ جائے گا۔
    }
idle-more-time = مجھے مزید وقت چاہیے

## Volunteer panel (opened with a long press on the centre's name and a PIN)

pin-heading = رضاکاروں کا پن کوڈ
pin-hint = پن کوڈ لکھیں، پھر «ٹھیک ہے» دبائیں۔
pin-ok = ٹھیک ہے
pin-clear = مٹائیں
pin-cancel = منسوخ کریں
pin-wrong = پن کوڈ غلط ہے۔ دوبارہ کوشش کریں۔
# $seconds is a number of seconds.
pin-locked =
    { $seconds ->
        [one] بہت زیادہ غلط کوششیں ہو گئیں۔ { $seconds } سیکنڈ انتظار کریں۔
       *[other] بہت زیادہ غلط کوششیں ہو گئیں۔ { $seconds } سیکنڈ انتظار کریں۔
    }
panel-heading = رضاکاروں کا پینل
panel-content = دکھایا جانے والا مواد
panel-bundle = مواد کا پیکج
panel-version = ورژن
panel-source = ماخذ
panel-problems = لوڈ کرتے وقت ملنے والے مسائل
panel-no-problems = کوئی مسئلہ نہیں۔
panel-default-language = اگلے آنے والے کے لیے طے شدہ زبان
panel-reload = مواد دوبارہ لوڈ کریں
panel-reloaded = مواد دوبارہ لوڈ ہو گیا۔
panel-exit = کیوسک موڈ سے نکلیں
# Asked before kiosk mode is left. $minutes is a number of minutes.
panel-exit-question =
    { $minutes ->
        [one] کیوسک موڈ سے نکلیں؟ اگر { $minutes } منٹ تک کوئی اسکرین کو نہ چھوئے تو یہ خود بخود واپس آ جائے گا۔
       *[other] کیوسک موڈ سے نکلیں؟ اگر { $minutes } منٹ تک کوئی اسکرین کو نہ چھوئے تو یہ خود بخود واپس آ جائے گا۔
    }
panel-exit-yes = ہاں، نکلیں
panel-exit-no = نہیں، رہیں
panel-close = بند کریں

## Search, with an on-screen keyboard

search-heading = تلاش
search-hint = کوئی لفظ لکھیں۔ جیسے جیسے آپ لکھیں گے، نتیجے بدلتے جائیں گے۔
# In the empty search field.
search-placeholder = یہاں لکھیں
# $count is the number of results.
search-count =
    { $count ->
        [one] { $count } نتیجہ
       *[other] { $count } نتیجے
    }
search-nothing = کچھ نہیں ملا۔ کوئی اور لفظ آزمائیں، یا کوئی موضوع چنیں۔
search-clear = سب مٹائیں
keyboard-space = خالی جگہ
keyboard-backspace = مٹائیں
# On the key that shows the next keyboard (another alphabet).
keyboard-next = دوسرا کی بورڈ

## Take it home: QR codes for a phone's camera

qr-take-home = ساتھ لے جائیں: اپنے فون کا کیمرا اس کوڈ کی طرف کریں۔
qr-call = یہ نمبر ملانے کے لیے اپنے فون سے یہ کوڈ اسکین کریں۔
qr-close = بند کریں

## Job filters

filter-heading = صرف یہ دکھائیں
filter-all = سب نوکریاں
filter-full-time = فل ٹائم
filter-part-time = پارٹ ٹائم
filter-new = اس ہفتے کی نئی
# Followed by buttons with language names: only jobs that need no other language.
filter-languages = میری زبانیں
# $count is the number of jobs that match the filters.
filter-matching =
    { $count ->
        [0] کوئی نوکری نہیں ملی۔ «سب نوکریاں» کو چھوئیں۔
        [one] { $count } نوکری ملی
       *[other] { $count } نوکریاں ملیں
    }

## Emergency alerts, shown over every screen until they end

# The big button under an alert that covers the whole screen.
alert-read = میں نے پڑھ لیا
# What kind of alert it is (CAP severity levels, from the most to the least serious).
alert-extreme = انتہائی خطرہ
alert-severe = خطرہ
alert-moderate = انتباہ
alert-minor = معلومات
alert-unknown = اطلاع
# $time is when the alert ends, like "18:00" or "Fri 18:00".
alert-until = { $time } تک
# On the strip of a less serious alert: tap to read all of it.
alert-more = مزید پڑھیں
# Followed by the places the alert is about.
alert-where = کہاں:
# Heading above what people should do.
alert-what-to-do = کیا کریں
# Button on an alert: opens the centre's emergency numbers.
alert-emergency = ہنگامی نمبر

## Night screen, outside the centre's opening hours

night-closed = مرکز ابھی بند ہے۔
night-touch = آپ پھر بھی یہ اسکرین استعمال کر سکتے ہیں: اسے چھوئیں۔

## Volunteer panel: alerts and usage counts

panel-alerts = اس وقت دکھائے جانے والے انتباہ
panel-alerts-none = کوئی انتباہ نہیں دکھایا جا رہا۔
panel-usage = استعمال کی گنتی (ہر صفحہ کتنی بار کھولا گیا)
panel-usage-save = استعمال کی گنتی USB اسٹک میں محفوظ کریں
# $file is where the counts were written.
panel-usage-saved = { $file } میں محفوظ ہو گیا۔
panel-usage-off = ترتیبات میں استعمال کی گنتی بند ہے۔
panel-usage-no-folder = کوئی USB فولڈر مقرر نہیں (watch_dir)، اس لیے کچھ محفوظ نہیں ہو سکتا۔
