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

## Language picker

language-heading = زبان خود را انتخاب کنید
language-hint = هر وقت بخواهید، می‌توانید با دکمهٔ «زبان» زبان را عوض کنید.

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
