### Welcome Kiosk: Georgian interface strings.
### Translation: machine translation (AI-assisted) from the English reference, not yet reviewed by a native speaker.
### Review status: not reviewed

# The language's own name, shown on the language picker.
-language-name = ქართული
-app-name = Welcome Kiosk

## Window

window-title = { -app-name }

## The bar on every screen

nav-home = მთავარი
nav-back = უკან
nav-language = ენა
nav-emergency = გადაუდებელი დახმარება
nav-search = ძებნა

## Reading aloud, text size and contrast (buttons with an icon; the words are for
## visitors who read them and for screen labels)

# On the speaker button of a page, the emergency screen and each home tile.
listen = მოსმენა
listen-pause = პაუზა
listen-resume = გაგრძელება
listen-stop = შეჩერება
listen-again = თავიდან
listen-previous = უკან
listen-next = შემდეგი
volume-down = უფრო ჩუმად
volume-up = უფრო ხმამაღლა
# In the bar: three text sizes, and a high-contrast palette.
text-size = ტექსტის ზომა
contrast = კონტრასტი

## Language picker

language-heading = აირჩიეთ თქვენი ენა
language-hint = ენის შეცვლა ნებისმიერ დროს შეგიძლიათ ღილაკით „ენა“.
# Two switches for volunteers: change the language of everything, or only of the texts
# (for a visitor who reads one language but prefers buttons in another).
language-change-all = ყველაფრის შეცვლა
language-change-texts = მხოლოდ ტექსტების შეცვლა
# Shown when the texts are in another language than the buttons. $ui and $content are
# language names.
language-split = ღილაკები: { $ui } · ტექსტები: { $content }
# Picker with many languages: a heading over the languages the centre shows first, and one
# over all the others (grouped by writing system under it).
language-featured = აქ ხშირად გამოყენებული
language-more = სხვა ენები
# The search field of a long picker, and what it says when nothing matches.
language-find = ჩაწერეთ თქვენი ენის სახელი
language-find-nothing = ენა ვერ მოიძებნა. სცადეთ პირველი ასოები ან ჰკითხეთ მოხალისეს.

## Home screen

home-heading = მოგესალმებით
home-subheading = რა გჭირდებათ? შეეხეთ სურათს.

## Categories: home tiles and list headings

kind-guides = თქვენი უფლებები
kind-jobs = სამუშაო
kind-contacts = გადაუდებელი დახმარება
kind-services = მომსახურება
kind-events = ღონისძიებები
kind-stories = ისტორიები

## Lists

# $count is the number of items in a list.
list-count =
    { $count ->
        [one] ერთი ჩანაწერი
       *[other] { $count } ჩანაწერი
    }
list-empty = აქ ამჟამად არაფერია. გთხოვთ, მოგვიანებით შემოიარეთ.

## Notices on items

# $language is the visitor's language, $fallback the language the text is shown in.
fallback-notice = ჯერ არ არის ხელმისაწვდომი ენაზე: { $language } — ნაჩვენებია ენაზე: { $fallback }.
machine-translation-notice = ეს ტექსტი კომპიუტერმა თარგმნა. შეიძლება შეცდომები ჰქონდეს.
example-badge = მაგალითი
example-notice = ეს არის მაგალითი, რომელიც აჩვენებს, როგორ მუშაობს კიოსკი. ეს არ არის ნამდვილი ინფორმაცია.
fictional-badge = გამოგონილი ისტორია
fictional-notice = ეს ისტორია გამოგონილია, რათა აჩვენოს, როგორი შეიძლება იყოს ისტორიები. ის ნამდვილ ადამიანზე არ არის.

## Facts of an item

fact-phone = ტელეფონი
fact-email = ელფოსტა
fact-address = მისამართი
fact-place = სად
fact-hours = სამუშაო საათები
fact-when = როდის
fact-website = ვებსაიტი
fact-employer = დამსაქმებელი
fact-contract = ხელშეკრულება
fact-working-hours = სამუშაო დრო
fact-pay = ანაზღაურება
fact-languages-needed = საჭირო ენები
fact-languages-spoken = აქ საუბრობენ
fact-posted = გამოქვეყნდა
fact-apply-before = განაცხადის ბოლო ვადა

# $hours is a number of hours.
hours-per-week =
    { $hours ->
        [one] კვირაში { $hours } საათი
       *[other] კვირაში { $hours } საათი
    }
contract-permanent = მუდმივი სამუშაო
contract-temporary = დროებითი სამუშაო
contract-seasonal = სეზონური სამუშაო
contract-apprenticeship = შეგირდობა

# $amount is a number with its decimals, $symbol the currency sign (€, kr…).
money = { $amount } { $symbol }

# $amount is an amount of money, already formatted with its currency.
pay-per-hour = { $amount } საათში
pay-per-day = { $amount } დღეში
pay-per-week = { $amount } კვირაში
pay-per-month = { $amount } თვეში
pay-per-year = { $amount } წელიწადში

open-now = ახლა ღიაა
closed-now = ახლა დაკეტილია
# When a service opens or closes next. $time is a time of day (17:00, 5:00 PM), $day the
# name of a weekday (Thursday).
open-closes-today = ახლა ღიაა · დაიკეტება { $time } საათზე
open-closes-tomorrow = ახლა ღიაა · დაიკეტება ხვალ { $time } საათზე
open-closes-day = ახლა ღიაა · დაიკეტება: { $day }, { $time } საათზე
closed-opens-today = დაკეტილია · გაიხსნება დღეს { $time } საათზე
closed-opens-tomorrow = დაკეტილია · გაიხსნება ხვალ { $time } საათზე
closed-opens-day = დაკეტილია · გაიხსნება: { $day }, { $time } საათზე
open-always = ღიაა დღე და ღამე, ყოველდღე
free-call = უფასო ზარი
free-entry = შესვლა უფასოა

repeats-weekly = ყოველ კვირა
repeats-monthly = ყოველ თვე
repeats-yearly = ყოველ წელს

## Emergency screen

emergency-heading = გადაუდებელი დახმარების ნომრები
emergency-intro = თუ ვინმე საფრთხეშია, დარეკეთ 112-ზე. ზარი უფასოა.
urgent-badge = სასწრაფო

## Attract screen, shown when nobody is using the kiosk

# Shown in every offered language in turn, each in its own language.
attract-touch = შეეხეთ ეკრანს დასაწყებად

## Idle warning: the kiosk starts again for the next person

idle-heading = ისევ აქ ხართ?
# $seconds is a number of seconds.
idle-countdown =
    { $seconds ->
        [one] { $seconds } წამში ყველაფერი თავიდან დაიწყება. ის, რასაც უყურებდით, წაიშლება.
       *[other] { $seconds } წამში ყველაფერი თავიდან დაიწყება. ის, რასაც უყურებდით, წაიშლება.
    }
idle-more-time = მეტი დრო მჭირდება

## Volunteer panel (opened with a long press on the centre's name and a PIN)

pin-heading = მოხალისის PIN-კოდი
pin-hint = შეიყვანეთ PIN-კოდი, შემდეგ დააჭირეთ OK-ს.
pin-ok = OK
pin-clear = გასუფთავება
pin-cancel = გაუქმება
pin-wrong = PIN-კოდი არასწორია. სცადეთ თავიდან.
# $seconds is a number of seconds.
pin-locked =
    { $seconds ->
        [one] ძალიან ბევრი არასწორი მცდელობა. დაელოდეთ { $seconds } წამს.
       *[other] ძალიან ბევრი არასწორი მცდელობა. დაელოდეთ { $seconds } წამს.
    }
panel-heading = მოხალისის პანელი
panel-content = ნაჩვენები შინაარსი
panel-bundle = პაკეტი
panel-version = ვერსია
panel-source = წყარო
panel-problems = ჩატვირთვისას აღმოჩენილი პრობლემები
panel-no-problems = პრობლემები არ არის.
panel-default-language = ნაგულისხმევი ენა შემდეგი ვიზიტორისთვის
panel-reload = შინაარსის ხელახლა ჩატვირთვა
panel-reloaded = შინაარსი ხელახლა ჩაიტვირთა.
panel-exit = კიოსკის რეჟიმიდან გასვლა
# Asked before kiosk mode is left. $minutes is a number of minutes.
panel-exit-question =
    { $minutes ->
        [one] გავიდეთ კიოსკის რეჟიმიდან? ის თავისით დაბრუნდება, თუ ეკრანს { $minutes } წუთის განმავლობაში არავინ შეეხება.
       *[other] გავიდეთ კიოსკის რეჟიმიდან? ის თავისით დაბრუნდება, თუ ეკრანს { $minutes } წუთის განმავლობაში არავინ შეეხება.
    }
panel-exit-yes = დიახ, გასვლა
panel-exit-no = არა, დარჩენა
panel-close = დახურვა

## Search, with an on-screen keyboard

search-heading = ძებნა
search-hint = ჩაწერეთ სიტყვა. შედეგები იცვლება, სანამ წერთ.
# In the empty search field.
search-placeholder = ჩაწერეთ აქ
# $count is the number of results.
search-count =
    { $count ->
        [one] ერთი შედეგი
       *[other] { $count } შედეგი
    }
search-nothing = ვერაფერი მოიძებნა. სცადეთ სხვა სიტყვა ან აირჩიეთ თემა.
search-clear = გასუფთავება
keyboard-space = ჰარი
keyboard-backspace = წაშლა
# On the key that shows the next keyboard (another alphabet).
keyboard-next = სხვა კლავიატურა

## Take it home: QR codes for a phone's camera

qr-take-home = წაიღეთ თან: მიუშვირეთ ტელეფონის კამერა აქ.
qr-call = დაასკანერეთ, რომ ამ ნომერზე ტელეფონით დარეკოთ.
qr-close = დახურვა

## Job filters

filter-heading = აჩვენე მხოლოდ
filter-all = ყველა სამუშაო
filter-full-time = სრული განაკვეთი
filter-part-time = არასრული განაკვეთი
filter-new = ახალი ამ კვირაში
# Followed by buttons with language names: only jobs that need no other language.
filter-languages = ვლაპარაკობ
# $count is the number of jobs that match the filters.
filter-matching =
    { $count ->
        [0] არცერთი სამუშაო არ ემთხვევა. შეეხეთ ღილაკს „ყველა სამუშაო“.
        [one] ერთი სამუშაო ემთხვევა
       *[other] { $count } სამუშაო ემთხვევა
    }

## Emergency alerts, shown over every screen until they end

# The big button under an alert that covers the whole screen.
alert-read = წავიკითხე
# What kind of alert it is (CAP severity levels, from the most to the least serious).
alert-extreme = უკიდურესი საფრთხე
alert-severe = საფრთხე
alert-moderate = გაფრთხილება
alert-minor = ინფორმაცია
alert-unknown = შეტყობინება
# $time is when the alert ends, like "18:00" or "Fri 18:00".
alert-until = { $time }-მდე
# On the strip of a less serious alert: tap to read all of it.
alert-more = მეტის წაკითხვა
# Followed by the places the alert is about.
alert-where = სად:
# Heading above what people should do.
alert-what-to-do = რა უნდა გააკეთოთ
# Button on an alert: opens the centre's emergency numbers.
alert-emergency = გადაუდებელი დახმარების ნომრები

## Night screen, outside the centre's opening hours

night-closed = ცენტრი ახლა დაკეტილია.
night-touch = ამ ეკრანით მაინც შეგიძლიათ სარგებლობა: შეეხეთ მას.

## Volunteer panel: alerts and usage counts

panel-alerts = ახლა ნაჩვენები გაფრთხილებები
panel-alerts-none = არცერთი გაფრთხილება არ არის ნაჩვენები.
panel-usage = გამოყენების მრიცხველები (რამდენჯერ გაიხსნა თითოეული გვერდი)
panel-usage-save = მრიცხველების შენახვა USB მეხსიერებაზე
# $file is where the counts were written.
panel-usage-saved = შენახულია: { $file }.
panel-usage-off = გამოყენების დათვლა გამორთულია კონფიგურაციაში.
panel-usage-no-folder = USB საქაღალდე არ არის მითითებული (watch_dir), ამიტომ ვერაფერი შეინახება.
