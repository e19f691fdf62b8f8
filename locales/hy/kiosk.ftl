### Welcome Kiosk: Armenian interface strings.
### Translation: machine translation (AI-assisted) from the English reference, not yet reviewed by a native speaker.
### Review status: not reviewed

# The language's own name, shown on the language picker.
-language-name = Հայերեն
-app-name = Welcome Kiosk

## Window

window-title = { -app-name }

## The bar on every screen

nav-home = Գլխավոր
nav-back = Հետ
nav-language = Լեզու
nav-emergency = Շտապ օգնություն
nav-search = Որոնում

## Reading aloud, text size and contrast (buttons with an icon; the words are for
## visitors who read them and for screen labels)

# On the speaker button of a page, the emergency screen and each home tile.
listen = Լսել
listen-pause = Դադար
listen-resume = Շարունակել
listen-stop = Կանգնեցնել
listen-again = Կրկին
listen-previous = Հետ
listen-next = Հաջորդը
volume-down = Ավելի ցածր
volume-up = Ավելի բարձր
# In the bar: three text sizes, and a high-contrast palette.
text-size = Տեքստի չափը
contrast = Կոնտրաստ

## Language picker

language-heading = Ընտրեք ձեր լեզուն
language-hint = Լեզուն կարող եք փոխել ցանկացած պահի՝ «Լեզու» կոճակով։
# Two switches for volunteers: change the language of everything, or only of the texts
# (for a visitor who reads one language but prefers buttons in another).
language-change-all = Փոխել ամբողջը
language-change-texts = Փոխել միայն տեքստերը
# Shown when the texts are in another language than the buttons. $ui and $content are
# language names.
language-split = Կոճակներ՝ { $ui } · տեքստեր՝ { $content }
# Picker with many languages: a heading over the languages the centre shows first, and one
# over all the others (grouped by writing system under it).
language-featured = Այստեղ հաճախ օգտագործվող
language-more = Այլ լեզուներ
# The search field of a long picker, and what it says when nothing matches.
language-find = Գրեք ձեր լեզվի անունը
language-find-nothing = Լեզու չգտնվեց։ Փորձեք առաջին տառերը կամ հարցրեք կամավորին։

## Home screen

home-heading = Բարի գալուստ
home-subheading = Ի՞նչ է ձեզ պետք։ Հպեք նկարին։

## Categories: home tiles and list headings

kind-guides = Ձեր իրավունքները
kind-jobs = Աշխատանք
kind-contacts = Շտապ օգնություն
kind-services = Ծառայություններ
kind-events = Միջոցառումներ
kind-stories = Պատմություններ

## Lists

# $count is the number of items in a list.
list-count =
    { $count ->
        [one] { $count } նյութ
       *[other] { $count } նյութ
    }
list-empty = Այս պահին այստեղ ոչինչ չկա։ Խնդրում ենք այցելել ավելի ուշ։

## Notices on items

# $language is the visitor's language, $fallback the language the text is shown in.
fallback-notice = Դեռ հասանելի չէ { $language } լեզվով — ցուցադրվում է { $fallback } լեզվով։
machine-translation-notice = Այս տեքստը թարգմանել է համակարգիչը։ Այն կարող է սխալներ պարունակել։
example-badge = Օրինակ
example-notice = Սա օրինակ է՝ ցույց տալու, թե ինչպես է աշխատում կիոսկը։ Սա իրական տեղեկություն չէ։
fictional-badge = Հորինված պատմություն
fictional-notice = Այս պատմությունը հորինված է՝ ցույց տալու, թե ինչպիսին կարող են լինել պատմությունները։ Այն իրական մարդու մասին չէ։

## Facts of an item

fact-phone = Հեռախոս
fact-email = Էլ. փոստ
fact-address = Հասցե
fact-place = Որտեղ
fact-hours = Աշխատանքային ժամեր
fact-when = Երբ
fact-website = Կայք
fact-employer = Գործատու
fact-contract = Պայմանագիր
fact-working-hours = Աշխատաժամանակ
fact-pay = Վարձատրություն
fact-languages-needed = Անհրաժեշտ լեզուներ
fact-languages-spoken = Խոսվող լեզուներ
fact-posted = Հրապարակվել է
fact-apply-before = Դիմել մինչև

# $hours is a number of hours.
hours-per-week =
    { $hours ->
        [one] շաբաթական { $hours } ժամ
       *[other] շաբաթական { $hours } ժամ
    }
contract-permanent = Մշտական աշխատանք
contract-temporary = Ժամանակավոր աշխատանք
contract-seasonal = Սեզոնային աշխատանք
contract-apprenticeship = Ուսուցում աշխատավայրում

# $amount is a number with its decimals, $symbol the currency sign (€, kr…).
money = { $amount } { $symbol }

# $amount is an amount of money, already formatted with its currency.
pay-per-hour = { $amount } մեկ ժամի համար
pay-per-day = { $amount } օրական
pay-per-week = { $amount } շաբաթական
pay-per-month = { $amount } ամսական
pay-per-year = { $amount } տարեկան

open-now = Հիմա բաց է
closed-now = Հիմա փակ է
# When a service opens or closes next. $time is a time of day (17:00, 5:00 PM), $day the
# name of a weekday (Thursday).
open-closes-today = Հիմա բաց է · կփակվի ժամը { $time }
open-closes-tomorrow = Հիմա բաց է · կփակվի վաղը՝ ժամը { $time }
open-closes-day = Հիմա բաց է · կփակվի՝ { $day }, ժամը { $time }
closed-opens-today = Փակ է · կբացվի այսօր՝ ժամը { $time }
closed-opens-tomorrow = Փակ է · կբացվի վաղը՝ ժամը { $time }
closed-opens-day = Փակ է · կբացվի՝ { $day }, ժամը { $time }
open-always = Բաց է շուրջօրյա, ամեն օր
free-call = Անվճար զանգ
free-entry = Մուտքն անվճար է

repeats-weekly = Ամեն շաբաթ
repeats-monthly = Ամեն ամիս
repeats-yearly = Ամեն տարի

## Emergency screen

emergency-heading = Շտապ օգնության համարներ
emergency-intro = Եթե ինչ-որ մեկը վտանգի մեջ է, զանգահարեք 112 համարով։ Զանգն անվճար է։
urgent-badge = Շտապ

## Attract screen, shown when nobody is using the kiosk

# Shown in every offered language in turn, each in its own language.
attract-touch = Հպեք էկրանին՝ սկսելու համար

## Idle warning: the kiosk starts again for the next person

idle-heading = Դեռ այստե՞ղ եք
# $seconds is a number of seconds.
idle-countdown =
    { $seconds ->
        [one] { $seconds } վայրկյան հետո ամեն ինչ կսկսվի նորից։ Ձեր դիտածը կջնջվի։
       *[other] { $seconds } վայրկյան հետո ամեն ինչ կսկսվի նորից։ Ձեր դիտածը կջնջվի։
    }
idle-more-time = Ինձ ավելի շատ ժամանակ է պետք

## Volunteer panel (opened with a long press on the centre's name and a PIN)

pin-heading = Կամավորի PIN կոդ
pin-hint = Մուտքագրեք PIN կոդը, ապա սեղմեք OK։
pin-ok = OK
pin-clear = Մաքրել
pin-cancel = Չեղարկել
pin-wrong = Սխալ PIN կոդ։ Փորձեք նորից։
# $seconds is a number of seconds.
pin-locked =
    { $seconds ->
        [one] Չափազանց շատ սխալ փորձեր։ Սպասեք { $seconds } վայրկյան։
       *[other] Չափազանց շատ սխալ փորձեր։ Սպասեք { $seconds } վայրկյան։
    }
panel-heading = Կամավորի վահանակ
panel-content = Ցուցադրվող բովանդակություն
panel-bundle = Փաթեթ
panel-version = Տարբերակ
panel-source = Աղբյուր
panel-problems = Բեռնելիս հայտնաբերված խնդիրներ
panel-no-problems = Խնդիրներ չկան։
panel-default-language = Հաջորդ այցելուի լռելյայն լեզուն
panel-reload = Վերաբեռնել բովանդակությունը
panel-reloaded = Բովանդակությունը վերաբեռնվեց։
panel-exit = Դուրս գալ կիոսկի ռեժիմից
# Asked before kiosk mode is left. $minutes is a number of minutes.
panel-exit-question =
    { $minutes ->
        [one] Դուրս գա՞լ կիոսկի ռեժիմից։ Այն ինքն իրեն կվերադառնա, եթե { $minutes } րոպե ոչ ոք չհպվի էկրանին։
       *[other] Դուրս գա՞լ կիոսկի ռեժիմից։ Այն ինքն իրեն կվերադառնա, եթե { $minutes } րոպե ոչ ոք չհպվի էկրանին։
    }
panel-exit-yes = Այո, դուրս գալ
panel-exit-no = Ոչ, մնալ
panel-close = Փակել

## Search, with an on-screen keyboard

search-heading = Որոնում
search-hint = Գրեք որևէ բառ։ Արդյունքները փոխվում են, մինչ դուք գրում եք։
# In the empty search field.
search-placeholder = Գրեք այստեղ
# $count is the number of results.
search-count =
    { $count ->
        [one] { $count } արդյունք
       *[other] { $count } արդյունք
    }
search-nothing = Ոչինչ չգտնվեց։ Փորձեք այլ բառ կամ ընտրեք թեմա։
search-clear = Մաքրել
keyboard-space = Բացատ
keyboard-backspace = Ջնջել
# On the key that shows the next keyboard (another alphabet).
keyboard-next = Այլ ստեղնաշար

## Take it home: QR codes for a phone's camera

qr-take-home = Տարեք ձեզ հետ՝ ուղղեք հեռախոսի տեսախցիկը այստեղ։
qr-call = Սկանավորեք՝ ձեր հեռախոսով այս համարին զանգելու համար։
qr-close = Փակել

## Job filters

filter-heading = Ցույց տալ միայն
filter-all = Բոլոր աշխատանքները
filter-full-time = Լրիվ դրույք
filter-part-time = Ոչ լրիվ դրույք
filter-new = Նոր՝ այս շաբաթ
# Followed by buttons with language names: only jobs that need no other language.
filter-languages = Ես խոսում եմ
# $count is the number of jobs that match the filters.
filter-matching =
    { $count ->
        [0] Համապատասխան աշխատանք չկա։ Հպեք «Բոլոր աշխատանքները» կոճակին։
        [one] { $count } աշխատանք է համապատասխանում
       *[other] { $count } աշխատանք է համապատասխանում
    }

## Emergency alerts, shown over every screen until they end

# The big button under an alert that covers the whole screen.
alert-read = Կարդացի
# What kind of alert it is (CAP severity levels, from the most to the least serious).
alert-extreme = Ծայրահեղ վտանգ
alert-severe = Վտանգ
alert-moderate = Զգուշացում
alert-minor = Տեղեկություն
alert-unknown = Ծանուցում
# $time is when the alert ends, like "18:00" or "Fri 18:00".
alert-until = Մինչև { $time }
# On the strip of a less serious alert: tap to read all of it.
alert-more = Կարդալ ավելին
# Followed by the places the alert is about.
alert-where = Որտեղ՝
# Heading above what people should do.
alert-what-to-do = Ինչ անել
# Button on an alert: opens the centre's emergency numbers.
alert-emergency = Շտապ օգնության համարներ

## Night screen, outside the centre's opening hours

night-closed = Կենտրոնն այժմ փակ է։
night-touch = Այս էկրանից դեռ կարող եք օգտվել՝ հպեք դրան։

## Volunteer panel: alerts and usage counts

panel-alerts = Այժմ ցուցադրվող ահազանգեր
panel-alerts-none = Ոչ մի ահազանգ չի ցուցադրվում։
panel-usage = Օգտագործման հաշվիչներ (քանի անգամ է բացվել յուրաքանչյուր էջը)
panel-usage-save = Պահել հաշվիչները USB կրիչում
# $file is where the counts were written.
panel-usage-saved = Պահվեց՝ { $file }։
panel-usage-off = Օգտագործման հաշվարկն անջատված է կարգավորումներում։
panel-usage-no-folder = USB թղթապանակ կարգավորված չէ (watch_dir), ուստի ոչինչ հնարավոր չէ պահել։
