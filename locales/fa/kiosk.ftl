### Welcome Kiosk: Persian interface strings.
### Translation: machine translation (AI-assisted) from the English reference, not yet reviewed by a native speaker.
### Review status: not reviewed

# The language's own name, shown on the language picker.
-language-name = فارسی
-app-name = Welcome Kiosk

## Window

window-title = { -app-name }

## The bar on every screen

nav-home = خانه
nav-back = برگشت
nav-language = زبان
nav-emergency = کمک فوری
nav-search = جستجو

## Reading aloud, text size and contrast (buttons with an icon; the words are for
## visitors who read them and for screen labels)

# On the speaker button of a page, the emergency screen and each home tile.
listen = گوش دادن
listen-pause = مکث
listen-resume = ادامه
listen-stop = توقف
listen-again = دوباره
listen-previous = قبلی
listen-next = بعدی
volume-down = آهسته‌تر
volume-up = بلندتر
# In the bar: three text sizes, and a high-contrast palette.
text-size = اندازهٔ متن
contrast = کنتراست

## Language picker

language-heading = زبان خود را انتخاب کنید
language-hint = هر وقت بخواهید، می‌توانید با دکمهٔ «زبان» زبان را عوض کنید.
# Two switches for volunteers: change the language of everything, or only of the texts
# (for a visitor who reads one language but prefers buttons in another).
language-change-all = تغییر همه‌چیز
language-change-texts = تغییر فقط متن‌ها
# Shown when the texts are in another language than the buttons. $ui and $content are
# language names.
language-split = دکمه‌ها به زبان { $ui } · متن‌ها به زبان { $content }
# Picker with many languages: a heading over the languages the centre shows first, and one
# over all the others (grouped by writing system under it).
language-featured = پرکاربردترین‌ها در اینجا
language-more = زبان‌های دیگر
# The search field of a long picker, and what it says when nothing matches.
language-find = نام زبان خود را بنویسید
language-find-nothing = هیچ زبانی پیدا نشد. چند حرف اول را امتحان کنید، یا از یک داوطلب بپرسید.

## Home screen

home-heading = خوش آمدید
home-subheading = به چه چیزی نیاز دارید؟ روی یک عکس بزنید.

## Categories: home tiles and list headings

kind-guides = حقوق شما
kind-jobs = کار
kind-contacts = کمک فوری
kind-services = خدمات
kind-events = رویدادها
kind-stories = داستان‌ها

## Lists

# $count is the number of items in a list.
list-count =
    { $count ->
        [one] { $count } مورد
       *[other] { $count } مورد
    }
list-empty = فعلاً چیزی اینجا نیست. لطفاً بعداً دوباره سر بزنید.

## Notices on items

# $language is the visitor's language, $fallback the language the text is shown in.
fallback-notice = هنوز به زبان { $language } موجود نیست — به زبان { $fallback } نشان داده می‌شود.
machine-translation-notice = این متن را کامپیوتر ترجمه کرده است. ممکن است اشتباه داشته باشد.
example-badge = نمونه
example-notice = این یک نمونه است، تا نشان دهد این دستگاه چطور کار می‌کند. اطلاعات واقعی نیست.
fictional-badge = داستان خیالی
fictional-notice = این داستان ساختگی است، تا نشان دهد داستان‌ها چه شکلی می‌توانند باشند. دربارهٔ یک آدم واقعی نیست.

## Facts of an item

fact-phone = تلفن
fact-email = ایمیل
fact-address = آدرس
fact-place = کجا
fact-hours = ساعت‌های باز بودن
fact-when = زمان
fact-website = وب‌سایت
fact-employer = کارفرما
fact-contract = قرارداد
fact-working-hours = ساعت‌های کار
fact-pay = دستمزد
fact-languages-needed = زبان‌های لازم
fact-languages-spoken = زبان‌هایی که صحبت می‌شود
fact-posted = تاریخ انتشار
fact-apply-before = آخرین مهلت درخواست

# $hours is a number of hours.
hours-per-week =
    { $hours ->
        [one] { $hours } ساعت در هفته
       *[other] { $hours } ساعت در هفته
    }
contract-permanent = کار دائمی
contract-temporary = کار موقت
contract-seasonal = کار فصلی
contract-apprenticeship = کارآموزی

money = { $amount } { $symbol }

# $amount is an amount of money, already formatted with its currency.
pay-per-hour = { $amount } در ساعت
pay-per-day = { $amount } در روز
pay-per-week = { $amount } در هفته
pay-per-month = { $amount } در ماه
pay-per-year = { $amount } در سال

open-now = الان باز است
closed-now = الان بسته است
# When a service opens or closes next. $time is a time of day (17:00, 5:00 PM), $day the
# name of a weekday (Thursday).
open-closes-today = الان باز است · ساعت { $time } بسته می‌شود
open-closes-tomorrow = الان باز است · فردا ساعت { $time } بسته می‌شود
open-closes-day = الان باز است · { $day } ساعت { $time } بسته می‌شود
closed-opens-today = بسته است · امروز ساعت { $time } باز می‌شود
closed-opens-tomorrow = بسته است · فردا ساعت { $time } باز می‌شود
closed-opens-day = بسته است · { $day } ساعت { $time } باز می‌شود
open-always = هر روز، شب و روز باز است
free-call = تماس رایگان
free-entry = ورود رایگان

repeats-weekly = هر هفته
repeats-monthly = هر ماه
repeats-yearly = هر سال

## Emergency screen

emergency-heading = شماره‌های اضطراری
emergency-intro = اگر کسی در خطر است، با 112 تماس بگیرید. تماس رایگان است.
urgent-badge = فوری

## Attract screen, shown when nobody is using the kiosk

# Shown in every offered language in turn, each in its own language.
attract-touch = برای شروع، روی صفحه بزنید

## Idle warning: the kiosk starts again for the next person

idle-heading = هنوز اینجا هستید؟
# $seconds is a number of seconds.
idle-countdown =
    { $seconds ->
        [one] تا { $seconds } ثانیهٔ دیگر، دستگاه از اول شروع می‌شود. چیزهایی که دیدید پاک می‌شوند.
       *[other] تا { $seconds } ثانیهٔ دیگر، دستگاه از اول شروع می‌شود. چیزهایی که دیدید پاک می‌شوند.
    }
idle-more-time = وقت بیشتری لازم دارم

## Volunteer panel (opened with a long press on the centre's name and a PIN)

pin-heading = رمز داوطلبان
pin-hint = رمز را وارد کنید، بعد دکمهٔ «تأیید» را بزنید.
pin-ok = تأیید
pin-clear = پاک کردن
pin-cancel = لغو
pin-wrong = رمز اشتباه است. دوباره امتحان کنید.
# $seconds is a number of seconds.
pin-locked =
    { $seconds ->
        [one] چند بار رمز اشتباه وارد شد. { $seconds } ثانیه صبر کنید.
       *[other] چند بار رمز اشتباه وارد شد. { $seconds } ثانیه صبر کنید.
    }
panel-heading = بخش داوطلبان
panel-content = محتوایی که نشان داده می‌شود
panel-bundle = بستهٔ محتوا
panel-version = نسخه
panel-source = منبع
panel-problems = مشکل‌هایی که هنگام بارگذاری پیدا شد
panel-no-problems = هیچ مشکلی نیست.
panel-default-language = زبان پیش‌فرض برای بازدیدکنندهٔ بعدی
panel-reload = بارگذاری دوبارهٔ محتوا
panel-reloaded = محتوا دوباره بارگذاری شد.
panel-exit = خروج از حالت کیوسک
# Asked before kiosk mode is left. $minutes is a number of minutes.
panel-exit-question =
    { $minutes ->
        [one] از حالت کیوسک خارج می‌شوید؟ اگر { $minutes } دقیقه کسی به صفحه دست نزند، خودبه‌خود به آن برمی‌گردد.
       *[other] از حالت کیوسک خارج می‌شوید؟ اگر { $minutes } دقیقه کسی به صفحه دست نزند، خودبه‌خود به آن برمی‌گردد.
    }
panel-exit-yes = بله، خروج
panel-exit-no = نه، ماندن
panel-close = بستن

## Search, with an on-screen keyboard

search-heading = جستجو
search-hint = یک کلمه بنویسید. همان‌طور که می‌نویسید، نتیجه‌ها عوض می‌شوند.
# In the empty search field.
search-placeholder = اینجا بنویسید
# $count is the number of results.
search-count =
    { $count ->
        [one] { $count } نتیجه
       *[other] { $count } نتیجه
    }
search-nothing = چیزی پیدا نشد. کلمهٔ دیگری را امتحان کنید، یا یک موضوع را انتخاب کنید.
search-clear = پاک کردن
keyboard-space = فاصله
keyboard-backspace = حذف
# On the key that shows the next keyboard (another alphabet).
keyboard-next = صفحه‌کلید دیگر

## Take it home: QR codes for a phone's camera

qr-take-home = با خودتان ببرید: دوربین گوشی‌تان را رو به این کد بگیرید.
qr-call = برای تماس با این شماره، این کد را با گوشی‌تان اسکن کنید.
qr-close = بستن

## Job filters

filter-heading = فقط نشان بده
filter-all = همهٔ کارها
filter-full-time = تمام‌وقت
filter-part-time = پاره‌وقت
filter-new = جدید این هفته
# Followed by buttons with language names: only jobs that need no other language.
filter-languages = زبان‌هایی که بلدم
# $count is the number of jobs that match the filters.
filter-matching =
    { $count ->
        [0] هیچ کاری پیدا نشد. روی «همهٔ کارها» بزنید.
        [one] { $count } کار پیدا شد
       *[other] { $count } کار پیدا شد
    }

## Emergency alerts, shown over every screen until they end

# The big button under an alert that covers the whole screen.
alert-read = خواندم
# What kind of alert it is (CAP severity levels, from the most to the least serious).
alert-extreme = خطر بسیار شدید
alert-severe = خطر
alert-moderate = هشدار
alert-minor = اطلاعات
alert-unknown = اطلاعیه
# $time is when the alert ends, like "18:00" or "Fri 18:00".
alert-until = تا { $time }
# On the strip of a less serious alert: tap to read all of it.
alert-more = بیشتر بخوانید
# Followed by the places the alert is about.
alert-where = کجا:
# Heading above what people should do.
alert-what-to-do = چه کار کنید
# Button on an alert: opens the centre's emergency numbers.
alert-emergency = شماره‌های اضطراری

## Night screen, outside the centre's opening hours

night-closed = مرکز الان بسته است.
night-touch = باز هم می‌توانید از این صفحه استفاده کنید: روی آن بزنید.

## Volunteer panel: alerts and usage counts

panel-alerts = هشدارهایی که الان نشان داده می‌شوند
panel-alerts-none = هیچ هشداری نشان داده نمی‌شود.
panel-usage = آمار استفاده (هر صفحه چند بار باز شده است)
panel-usage-save = ذخیرهٔ آمار استفاده روی فلش USB
# $file is where the counts were written.
panel-usage-saved = در { $file } ذخیره شد.
panel-usage-off = شمارش استفاده در تنظیمات خاموش است.
panel-usage-no-folder = هیچ پوشهٔ USB تنظیم نشده است (watch_dir)، پس چیزی ذخیره نمی‌شود.
