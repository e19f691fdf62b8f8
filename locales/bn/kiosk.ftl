### Welcome Kiosk: Bengali interface strings.
### Translation: machine translation (AI-assisted) from the English reference, not yet reviewed by a native speaker.
### Review status: not reviewed

# The language's own name, shown on the language picker.
-language-name = বাংলা
-app-name = Welcome Kiosk

## Window

window-title = { -app-name }

## The bar on every screen

nav-home = হোম
nav-back = ফিরে যান
nav-language = ভাষা
nav-emergency = জরুরি সাহায্য
nav-search = খুঁজুন

## Reading aloud, text size and contrast (buttons with an icon; the words are for
## visitors who read them and for screen labels)

# On the speaker button of a page, the emergency screen and each home tile.
listen = শুনুন
listen-pause = থামান
listen-resume = চালিয়ে যান
listen-stop = বন্ধ করুন
listen-again = আবার
listen-previous = আগের
listen-next = পরের
volume-down = আস্তে
volume-up = জোরে
# In the bar: three text sizes, and a high-contrast palette.
text-size = লেখার মাপ
contrast = কনট্রাস্ট

## Language picker

language-heading = আপনার ভাষা বেছে নিন
language-hint = “ভাষা” বোতাম চেপে আপনি যেকোনো সময় ভাষা বদলাতে পারেন।
# Two switches for volunteers: change the language of everything, or only of the texts
# (for a visitor who reads one language but prefers buttons in another).
language-change-all = সব বদলান
language-change-texts = শুধু লেখা বদলান
# Shown when the texts are in another language than the buttons. $ui and $content are
# language names.
language-split = বোতাম { $ui } ভাষায় · লেখা { $content } ভাষায়
# Picker with many languages: a heading over the languages the centre shows first, and one
# over all the others (grouped by writing system under it).
language-featured = এখানে সবচেয়ে বেশি ব্যবহৃত ভাষা
language-more = আরও ভাষা
# The search field of a long picker, and what it says when nothing matches.
language-find = আপনার ভাষার নাম লিখুন
language-find-nothing = কোনো ভাষা পাওয়া যায়নি। প্রথম কয়েকটি অক্ষর লিখে দেখুন, অথবা একজন স্বেচ্ছাসেবককে জিজ্ঞেস করুন।

## Home screen

home-heading = স্বাগতম
home-subheading = আপনার কী দরকার? একটি ছবিতে চাপ দিন।

## Categories: home tiles and list headings

kind-guides = আপনার অধিকার
kind-jobs = চাকরি
kind-contacts = জরুরি সাহায্য
kind-services = সাহায্যকারী সংস্থা
kind-events = অনুষ্ঠান
kind-stories = মানুষের গল্প

## Lists

# $count is the number of items in a list.
list-count =
    { $count ->
        [one] { $count }টি বিষয়
       *[other] { $count }টি বিষয়
    }
list-empty = এখন এখানে কিছু নেই। পরে আবার আসুন।

## Notices on items

# $language is the visitor's language, $fallback the language the text is shown in.
fallback-notice = এই লেখা এখনও { $language } ভাষায় নেই — { $fallback } ভাষায় দেখানো হচ্ছে।
machine-translation-notice = এই লেখাটি একটি কম্পিউটার অনুবাদ করেছে। এতে ভুল থাকতে পারে।
example-badge = উদাহরণ
example-notice = এই যন্ত্রটি কীভাবে কাজ করে তা দেখানোর জন্য এটি একটি উদাহরণ। এটি আসল তথ্য নয়।
fictional-badge = বানানো গল্প
fictional-notice = এই গল্পটি বানানো, গল্পগুলো কেমন হতে পারে তা দেখানোর জন্য। এটি কোনো আসল মানুষের কথা নয়।

## Facts of an item

fact-phone = ফোন
fact-email = ইমেইল
fact-address = ঠিকানা
fact-place = কোথায়
fact-hours = খোলার সময়
fact-when = কখন
fact-website = ওয়েবসাইট
fact-employer = নিয়োগকর্তা
fact-contract = চুক্তি
fact-working-hours = কাজের সময়
fact-pay = বেতন
fact-languages-needed = যে ভাষা জানতে হবে
fact-languages-spoken = যে ভাষায় কথা বলা যায়
fact-posted = প্রকাশের তারিখ
fact-apply-before = আবেদনের শেষ তারিখ

# $hours is a number of hours.
hours-per-week =
    { $hours ->
        [one] সপ্তাহে { $hours } ঘণ্টা
       *[other] সপ্তাহে { $hours } ঘণ্টা
    }
contract-permanent = স্থায়ী চাকরি
contract-temporary = অস্থায়ী চাকরি
contract-seasonal = মৌসুমি চাকরি
contract-apprenticeship = শিক্ষানবিশি (কাজ শেখা)

# $amount is a number with its decimals, $symbol the currency sign (€, kr…).
money = { $symbol }{ $amount }

# $amount is an amount of money, already formatted with its currency.
pay-per-hour = ঘণ্টায় { $amount }
pay-per-day = দিনে { $amount }
pay-per-week = সপ্তাহে { $amount }
pay-per-month = মাসে { $amount }
pay-per-year = বছরে { $amount }

open-now = এখন খোলা
closed-now = এখন বন্ধ
# When a service opens or closes next. $time is a time of day (17:00, 5:00 PM), $day the
# name of a weekday (Thursday).
open-closes-today = এখন খোলা · { $time }-এ বন্ধ হবে
open-closes-tomorrow = এখন খোলা · আগামীকাল { $time }-এ বন্ধ হবে
open-closes-day = এখন খোলা · { $day } { $time }-এ বন্ধ হবে
closed-opens-today = বন্ধ · আজ { $time }-এ খুলবে
closed-opens-tomorrow = বন্ধ · আগামীকাল { $time }-এ খুলবে
closed-opens-day = বন্ধ · { $day } { $time }-এ খুলবে
open-always = প্রতিদিন দিনরাত খোলা
free-call = বিনা খরচে ফোন
free-entry = ঢুকতে টাকা লাগে না

repeats-weekly = প্রতি সপ্তাহে
repeats-monthly = প্রতি মাসে
repeats-yearly = প্রতি বছর

## Emergency screen

emergency-heading = জরুরি নম্বর
emergency-intro = কেউ বিপদে থাকলে 112 নম্বরে ফোন করুন। এই ফোনে টাকা লাগে না।
urgent-badge = জরুরি

## Attract screen, shown when nobody is using the kiosk

# Shown in every offered language in turn, each in its own language.
attract-touch = শুরু করতে স্ক্রিনে চাপ দিন

## Idle warning: the kiosk starts again for the next person

idle-heading = আপনি কি এখনও আছেন?
# $seconds is a number of seconds.
idle-countdown =
    { $seconds ->
        [one] { $seconds } সেকেন্ড পরে আবার শুরু হবে। আপনি যা দেখেছেন তা মুছে যাবে।
       *[other] { $seconds } সেকেন্ড পরে আবার শুরু হবে। আপনি যা দেখেছেন তা মুছে যাবে।
    }
idle-more-time = আমার আরও সময় দরকার

## Volunteer panel (opened with a long press on the centre's name and a PIN)

pin-heading = স্বেচ্ছাসেবকের পিন
pin-hint = পিন লিখুন, তারপর “ঠিক আছে” চাপুন।
pin-ok = ঠিক আছে
pin-clear = মুছুন
pin-cancel = বাতিল
pin-wrong = পিন ভুল। আবার চেষ্টা করুন।
# $seconds is a number of seconds.
pin-locked =
    { $seconds ->
        [one] অনেকবার ভুল হয়েছে। { $seconds } সেকেন্ড অপেক্ষা করুন।
       *[other] অনেকবার ভুল হয়েছে। { $seconds } সেকেন্ড অপেক্ষা করুন।
    }
panel-heading = স্বেচ্ছাসেবকের প্যানেল
panel-content = যে তথ্য দেখানো হচ্ছে
panel-bundle = তথ্যের প্যাকেজ
panel-version = সংস্করণ
panel-source = উৎস
panel-problems = লোড করার সময় পাওয়া সমস্যা
panel-no-problems = কোনো সমস্যা নেই।
panel-default-language = পরের দর্শনার্থীর জন্য ডিফল্ট ভাষা
panel-reload = তথ্য আবার লোড করুন
panel-reloaded = তথ্য আবার লোড হয়েছে।
panel-exit = কিয়স্ক মোড থেকে বের হন
# Asked before kiosk mode is left. $minutes is a number of minutes.
panel-exit-question =
    { $minutes ->
        [one] কিয়স্ক মোড থেকে বের হবেন? { $minutes } মিনিট কেউ স্ক্রিনে না ছুঁলে এটি নিজে থেকেই আবার চালু হবে।
       *[other] কিয়স্ক মোড থেকে বের হবেন? { $minutes } মিনিট কেউ স্ক্রিনে না ছুঁলে এটি নিজে থেকেই আবার চালু হবে।
    }
panel-exit-yes = হ্যাঁ, বের হন
panel-exit-no = না, থাকুন
panel-close = বন্ধ করুন

## Search, with an on-screen keyboard

search-heading = খুঁজুন
search-hint = একটি শব্দ লিখুন। আপনি লেখার সাথে সাথে ফলাফল বদলাবে।
# In the empty search field.
search-placeholder = এখানে লিখুন
# $count is the number of results.
search-count =
    { $count ->
        [one] { $count }টি ফলাফল
       *[other] { $count }টি ফলাফল
    }
search-nothing = কিছু পাওয়া যায়নি। অন্য একটি শব্দ দিয়ে চেষ্টা করুন, অথবা একটি বিষয় বেছে নিন।
search-clear = সব মুছুন
keyboard-space = স্পেস
keyboard-backspace = মুছুন
# On the key that shows the next keyboard (another alphabet).
keyboard-next = অন্য কিবোর্ড

## Take it home: QR codes for a phone's camera

qr-take-home = সঙ্গে নিয়ে যান: আপনার ফোনের ক্যামেরা এই কোডের দিকে ধরুন।
qr-call = এই নম্বরে ফোন করতে আপনার ফোন দিয়ে কোডটি স্ক্যান করুন।
qr-close = বন্ধ করুন

## Job filters

filter-heading = শুধু দেখান
filter-all = সব চাকরি
filter-full-time = ফুল টাইম
filter-part-time = পার্ট টাইম
filter-new = এই সপ্তাহের নতুন
# Followed by buttons with language names: only jobs that need no other language.
filter-languages = আমি বলতে পারি
# $count is the number of jobs that match the filters.
filter-matching =
    { $count ->
        [0] কোনো চাকরি মেলেনি। “সব চাকরি” চাপুন।
        [one] { $count }টি চাকরি পাওয়া গেছে
       *[other] { $count }টি চাকরি পাওয়া গেছে
    }

## Emergency alerts, shown over every screen until they end

# The big button under an alert that covers the whole screen.
alert-read = আমি পড়েছি
# What kind of alert it is (CAP severity levels, from the most to the least serious).
alert-extreme = চরম বিপদ
alert-severe = বিপদ
alert-moderate = সতর্কতা
alert-minor = তথ্য
alert-unknown = বিজ্ঞপ্তি
# $time is when the alert ends, like "18:00" or "Fri 18:00".
alert-until = { $time } পর্যন্ত
# On the strip of a less serious alert: tap to read all of it.
alert-more = আরও পড়ুন
# Followed by the places the alert is about.
alert-where = কোথায়:
# Heading above what people should do.
alert-what-to-do = কী করবেন
# Button on an alert: opens the centre's emergency numbers.
alert-emergency = জরুরি নম্বর

## Night screen, outside the centre's opening hours

night-closed = কেন্দ্রটি এখন বন্ধ।
night-touch = তবুও আপনি এই স্ক্রিন ব্যবহার করতে পারেন: স্ক্রিনে চাপ দিন।

## Volunteer panel: alerts and usage counts

panel-alerts = এখন দেখানো সতর্কবার্তা
panel-alerts-none = কোনো সতর্কবার্তা দেখানো হচ্ছে না।
panel-usage = ব্যবহারের হিসাব (প্রতিটি পাতা কতবার খোলা হয়েছে)
panel-usage-save = ব্যবহারের হিসাব USB স্টিকে সংরক্ষণ করুন
# $file is where the counts were written.
panel-usage-saved = { $file }-এ সংরক্ষণ করা হয়েছে।
panel-usage-off = কনফিগারেশনে ব্যবহারের হিসাব রাখা বন্ধ করা আছে।
panel-usage-no-folder = কোনো USB ফোল্ডার ঠিক করা নেই (watch_dir), তাই কিছু সংরক্ষণ করা যাবে না।
