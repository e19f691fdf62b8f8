### Welcome Kiosk: Arabic interface strings.
### Translation: machine translation (AI-assisted) from the English reference, not yet reviewed by a native speaker.
### Review status: not reviewed

# The language's own name, shown on the language picker.
-language-name = العربية
-app-name = Welcome Kiosk

## Window

window-title = { -app-name }

## The bar on every screen

nav-home = الرئيسية
nav-back = رجوع
nav-language = اللغة
nav-emergency = طوارئ
nav-search = بحث

## Reading aloud, text size and contrast (buttons with an icon; the words are for
## visitors who read them and for screen labels)

# On the speaker button of a page, the emergency screen and each home tile.
listen = استماع
listen-pause = إيقاف مؤقت
listen-resume = متابعة
listen-stop = إيقاف
listen-again = إعادة
listen-previous = السابق
listen-next = التالي
volume-down = خفض الصوت
volume-up = رفع الصوت
# In the bar: three text sizes, and a high-contrast palette.
text-size = حجم الخط
contrast = التباين

## Language picker

language-heading = اختر لغتك
language-hint = يمكنك تغيير اللغة في أي وقت بالضغط على زر «اللغة».
# Two switches for volunteers: change the language of everything, or only of the texts
# (for a visitor who reads one language but prefers buttons in another).
language-change-all = تغيير كل شيء
language-change-texts = تغيير النصوص فقط
# Shown when the texts are in another language than the buttons. $ui and $content are
# language names.
language-split = الأزرار بلغة { $ui } · النصوص بلغة { $content }
# Picker with many languages: a heading over the languages the centre shows first, and one
# over all the others (grouped by writing system under it).
language-featured = الأكثر استخدامًا هنا
language-more = لغات أخرى
# The search field of a long picker, and what it says when nothing matches.
language-find = اكتب اسم لغتك
language-find-nothing = لم يتم العثور على أي لغة. جرّب الحروف الأولى، أو اسأل أحد المتطوعين.

## Home screen

home-heading = أهلًا وسهلًا
home-subheading = ماذا تحتاج؟ اضغط على صورة.

## Categories: home tiles and list headings

kind-guides = حقوقك
kind-jobs = فرص عمل
kind-contacts = طوارئ
kind-services = خدمات
kind-events = فعاليات
kind-stories = قصص

## Lists

# $count is the number of items in a list.
list-count =
    { $count ->
        [zero] لا توجد عناصر
        [one] عنصر واحد
        [two] عنصران
        [few] { $count } عناصر
        [many] { $count } عنصرًا
       *[other] { $count } عنصر
    }
list-empty = لا يوجد شيء هنا الآن. يُرجى العودة لاحقًا.

## Notices on items

# $language is the visitor's language, $fallback the language the text is shown in.
fallback-notice = غير متوفر بعد بلغة { $language } — يظهر هنا بلغة { $fallback }.
machine-translation-notice = هذا النص ترجمه الكمبيوتر. قد تكون فيه أخطاء.
example-badge = مثال
example-notice = هذا مثال يوضح كيف يعمل هذا الجهاز. هذه ليست معلومات حقيقية.
fictional-badge = قصة خيالية
fictional-notice = هذه القصة من الخيال، لتوضيح كيف يمكن أن تكون القصص. هي لا تتحدث عن شخص حقيقي.

## Facts of an item

fact-phone = الهاتف
fact-email = البريد الإلكتروني
fact-address = العنوان
fact-place = المكان
fact-hours = أوقات الفتح
fact-when = متى
fact-website = الموقع الإلكتروني
fact-employer = صاحب العمل
fact-contract = العقد
fact-working-hours = ساعات العمل
fact-pay = الأجر
fact-languages-needed = اللغات المطلوبة
fact-languages-spoken = اللغات المتحدث بها
fact-posted = تاريخ النشر
fact-apply-before = آخر موعد للتقديم

# $hours is a number of hours.
hours-per-week =
    { $hours ->
        [zero] { $hours } ساعة في الأسبوع
        [one] ساعة واحدة في الأسبوع
        [two] ساعتان في الأسبوع
        [few] { $hours } ساعات في الأسبوع
        [many] { $hours } ساعةً في الأسبوع
       *[other] { $hours } ساعة في الأسبوع
    }
contract-permanent = عمل دائم
contract-temporary = عمل مؤقت
contract-seasonal = عمل موسمي
contract-apprenticeship = تدريب مهني

money = { $amount } { $symbol }

# $amount is an amount of money, already formatted with its currency.
pay-per-hour = { $amount } في الساعة
pay-per-day = { $amount } في اليوم
pay-per-week = { $amount } في الأسبوع
pay-per-month = { $amount } في الشهر
pay-per-year = { $amount } في السنة

open-now = مفتوح الآن
closed-now = مغلق الآن
# When a service opens or closes next. $time is a time of day (17:00, 5:00 PM), $day the
# name of a weekday (Thursday).
open-closes-today = مفتوح الآن · يُغلق الساعة { $time }
open-closes-tomorrow = مفتوح الآن · يُغلق غدًا الساعة { $time }
open-closes-day = مفتوح الآن · يُغلق يوم { $day } الساعة { $time }
closed-opens-today = مغلق · يفتح اليوم الساعة { $time }
closed-opens-tomorrow = مغلق · يفتح غدًا الساعة { $time }
closed-opens-day = مغلق · يفتح يوم { $day } الساعة { $time }
open-always = مفتوح ليلًا ونهارًا، كل يوم
free-call = مكالمة مجانية
free-entry = الدخول مجاني

repeats-weekly = كل أسبوع
repeats-monthly = كل شهر
repeats-yearly = كل سنة

## Emergency screen

emergency-heading = أرقام الطوارئ
emergency-intro = إذا كان أحد في خطر، اتصل بالرقم 112. المكالمة مجانية.
urgent-badge = عاجل

## Attract screen, shown when nobody is using the kiosk

# Shown in every offered language in turn, each in its own language.
attract-touch = اضغط على الشاشة للبدء

## Idle warning: the kiosk starts again for the next person

idle-heading = هل ما زلت هنا؟
# $seconds is a number of seconds.
idle-countdown =
    { $seconds ->
        [zero] سيبدأ الجهاز من جديد بعد { $seconds } ثانية. سيتم مسح ما شاهدته.
        [one] سيبدأ الجهاز من جديد بعد { $seconds } ثانية. سيتم مسح ما شاهدته.
        [two] سيبدأ الجهاز من جديد بعد { $seconds } ثانيتين. سيتم مسح ما شاهدته.
        [few] سيبدأ الجهاز من جديد بعد { $seconds } ثوانٍ. سيتم مسح ما شاهدته.
        [many] سيبدأ الجهاز من جديد بعد { $seconds } ثانيةً. سيتم مسح ما شاهدته.
       *[other] سيبدأ الجهاز من جديد بعد { $seconds } ثانية. سيتم مسح ما شاهدته.
    }
idle-more-time = أحتاج إلى وقت أطول

## Volunteer panel (opened with a long press on the centre's name and a PIN)

pin-heading = الرقم السري للمتطوعين
pin-hint = اكتب الرقم السري، ثم اضغط على «موافق».
pin-ok = موافق
pin-clear = مسح
pin-cancel = إلغاء
pin-wrong = الرقم السري غير صحيح. حاول مرة أخرى.
# $seconds is a number of seconds.
pin-locked =
    { $seconds ->
        [zero] محاولات خاطئة كثيرة. انتظر { $seconds } ثانية.
        [one] محاولات خاطئة كثيرة. انتظر { $seconds } ثانية.
        [two] محاولات خاطئة كثيرة. انتظر { $seconds } ثانيتين.
        [few] محاولات خاطئة كثيرة. انتظر { $seconds } ثوانٍ.
        [many] محاولات خاطئة كثيرة. انتظر { $seconds } ثانيةً.
       *[other] محاولات خاطئة كثيرة. انتظر { $seconds } ثانية.
    }
panel-heading = لوحة المتطوعين
panel-content = المحتوى المعروض
panel-bundle = حزمة المحتوى
panel-version = الإصدار
panel-source = المصدر
panel-problems = مشكلات ظهرت أثناء التحميل
panel-no-problems = لا توجد مشكلات.
panel-default-language = اللغة الافتراضية للزائر التالي
panel-reload = إعادة تحميل المحتوى
panel-reloaded = تمت إعادة تحميل المحتوى.
panel-exit = الخروج من وضع الكشك
# Asked before kiosk mode is left. $minutes is a number of minutes.
panel-exit-question =
    { $minutes ->
        [zero] هل تريد الخروج من وضع الكشك؟ سيعود تلقائيًا بعد { $minutes } دقيقة دون لمس الشاشة.
        [one] هل تريد الخروج من وضع الكشك؟ سيعود تلقائيًا بعد { $minutes } دقيقة دون لمس الشاشة.
        [two] هل تريد الخروج من وضع الكشك؟ سيعود تلقائيًا بعد { $minutes } دقيقتين دون لمس الشاشة.
        [few] هل تريد الخروج من وضع الكشك؟ سيعود تلقائيًا بعد { $minutes } دقائق دون لمس الشاشة.
        [many] هل تريد الخروج من وضع الكشك؟ سيعود تلقائيًا بعد { $minutes } دقيقةً دون لمس الشاشة.
       *[other] هل تريد الخروج من وضع الكشك؟ سيعود تلقائيًا بعد { $minutes } دقيقة دون لمس الشاشة.
    }
panel-exit-yes = نعم، الخروج
panel-exit-no = لا، البقاء
panel-close = إغلاق

## Search, with an on-screen keyboard

search-heading = بحث
search-hint = اكتب كلمة. تتغير النتائج وأنت تكتب.
# In the empty search field.
search-placeholder = اكتب هنا
# $count is the number of results.
search-count =
    { $count ->
        [zero] لا توجد نتائج
        [one] نتيجة واحدة
        [two] نتيجتان
        [few] { $count } نتائج
        [many] { $count } نتيجةً
       *[other] { $count } نتيجة
    }
search-nothing = لا توجد نتائج. جرب كلمة أخرى، أو اختر موضوعًا.
search-clear = مسح
keyboard-space = مسافة
keyboard-backspace = حذف
# On the key that shows the next keyboard (another alphabet).
keyboard-next = لوحة مفاتيح أخرى

## Take it home: QR codes for a phone's camera

qr-take-home = خذ المعلومات معك: وجه كاميرا هاتفك إلى هذا الرمز.
qr-call = امسح هذا الرمز بهاتفك للاتصال بهذا الرقم.
qr-close = إغلاق

## Job filters

filter-heading = اعرض فقط
filter-all = كل فرص العمل
filter-full-time = دوام كامل
filter-part-time = دوام جزئي
filter-new = جديد هذا الأسبوع
# Followed by buttons with language names: only jobs that need no other language.
filter-languages = أتحدث
# $count is the number of jobs that match the filters.
filter-matching =
    { $count ->
        [0] لا توجد فرصة عمل مناسبة. اضغط على «كل فرص العمل».
        [zero] لا توجد فرصة عمل مناسبة. اضغط على «كل فرص العمل».
        [one] فرصة عمل واحدة مناسبة
        [two] فرصتا عمل مناسبتان
        [few] { $count } فرص عمل مناسبة
        [many] { $count } فرصة عمل مناسبة
       *[other] { $count } فرصة عمل مناسبة
    }

## Emergency alerts, shown over every screen until they end

# The big button under an alert that covers the whole screen.
alert-read = قرأتُ هذا
# What kind of alert it is (CAP severity levels, from the most to the least serious).
alert-extreme = خطر شديد جدًا
alert-severe = خطر
alert-moderate = تحذير
alert-minor = معلومات
alert-unknown = إشعار
# $time is when the alert ends, like "18:00" or "Fri 18:00".
alert-until = حتى { $time }
# On the strip of a less serious alert: tap to read all of it.
alert-more = اقرأ المزيد
# Followed by the places the alert is about.
alert-where = المكان:
# Heading above what people should do.
alert-what-to-do = ماذا تفعل
# Button on an alert: opens the centre's emergency numbers.
alert-emergency = أرقام الطوارئ

## Night screen, outside the centre's opening hours

night-closed = المركز مغلق الآن.
night-touch = ما زال يمكنك استخدام هذه الشاشة: اضغط عليها.

## Volunteer panel: alerts and usage counts

panel-alerts = التنبيهات المعروضة الآن
panel-alerts-none = لا يوجد تنبيه معروض.
panel-usage = عدد مرات الاستخدام (كم مرة فُتحت كل صفحة)
panel-usage-save = حفظ عدد مرات الاستخدام على ذاكرة USB
# $file is where the counts were written.
panel-usage-saved = تم الحفظ في { $file }.
panel-usage-off = إحصاء الاستخدام مُعطَّل في الإعدادات.
panel-usage-no-folder = لم يتم تحديد مجلد USB (watch_dir)، لذلك لا يمكن حفظ أي شيء.
