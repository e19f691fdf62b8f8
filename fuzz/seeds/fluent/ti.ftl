### Welcome Kiosk: Tigrinya interface strings.
### Translation: machine translation (AI-assisted) from the English reference, not yet reviewed by a native speaker.
### Review status: not reviewed

# The language's own name, shown on the language picker.
-language-name = ትግርኛ
-app-name = Welcome Kiosk

## Window

window-title = { -app-name }

## The bar on every screen

nav-home = ቀንዲ ገጽ
nav-back = ንድሕሪት
nav-language = ቋንቋ
nav-emergency = ህጹጽ ረድኤት
nav-search = ምድላይ

## Reading aloud, text size and contrast (buttons with an icon; the words are for
## visitors who read them and for screen labels)

# On the speaker button of a page, the emergency screen and each home tile.
listen = ምስማዕ
listen-pause = ንግዚኡ ደው ምባል
listen-resume = ምቕጻል
listen-stop = ደው ምባል
listen-again = ምድጋም
listen-previous = ንድሕሪት
listen-next = ንቕድሚት
volume-down = ድምጺ ምንካይ
volume-up = ድምጺ ምውሳኽ
# In the bar: three text sizes, and a high-contrast palette.
text-size = ዓቐን ፊደል
contrast = ፍልልይ ሕብሪ

## Language picker

language-heading = ቋንቋኹም ምረጹ
language-hint = ኣብ ዝኾነ እዋን ቋንቋ ክትቕይሩ ትኽእሉ ኢኹም። «ቋንቋ» ዝብል መጠወቒ ጠውቑ።
# Two switches for volunteers: change the language of everything, or only of the texts
# (for a visitor who reads one language but prefers buttons in another).
language-change-all = ኩሉ ቀይሩ
language-change-texts = ጽሑፋት ጥራይ ቀይሩ
# Shown when the texts are in another language than the buttons. $ui and $content are
# language names.
language-split = መጠወቕታት ብቋንቋ { $ui } · ጽሑፋት ብቋንቋ { $content }
# Picker with many languages: a heading over the languages the centre shows first, and one
# over all the others (grouped by writing system under it).
language-featured = ኣብዚ ብዝያዳ ዝጥቀሙሎም
language-more = ተወሳኺ ቋንቋታት
# The search field of a long picker, and what it says when nothing matches.
language-find = ስም ቋንቋኹም ጸሓፉ
language-find-nothing = ዋላ ሓደ ቋንቋ ኣይተረኽበን። ናይ መጀመርታ ፊደላት ፈትኑ፣ ወይ ንወለንተኛ ሕተቱ።

## Home screen

home-heading = እንቋዕ ብደሓን መጻእኩም
home-subheading = እንታይ የድልየኩም? ሓንቲ ስእሊ ጠውቑ።

## Categories: home tiles and list headings

kind-guides = መሰላትኩም
kind-jobs = ስራሕ
kind-contacts = ህጹጽ ረድኤት
kind-services = ኣገልግሎታት
kind-events = ፍጻመታት
kind-stories = ዛንታታት

## Lists

# $count is the number of items in a list.
list-count =
    { $count ->
        [one] { $count } ኣቕሓ
       *[other] { $count } ኣቕሑ
    }
list-empty = ሕጂ ኣብዚ ዋላ ሓንቲ የለን። በጃኹም ደሓር ተመሊስኩም ርኣዩ።

## Notices on items

# $language is the visitor's language, $fallback the language the text is shown in.
fallback-notice = ገና ብቋንቋ { $language } ኣይቀረበን — ብቋንቋ { $fallback } ቀሪቡ ኣሎ።
machine-translation-notice = ነዚ ጽሑፍ ኮምፒዩተር እዩ ተርጒምዎ። ጌጋታት ክህልዎ ይኽእል እዩ።
example-badge = ኣብነት
example-notice = እዚ መሳርሒ ከመይ ከም ዝሰርሕ ንምርኣይ ዝቐረበ ኣብነት እዩ። ናይ ሓቂ ሓበሬታ ኣይኮነን።
fictional-badge = ናይ ፈጠራ ዛንታ
fictional-notice = እዚ ዛንታ ፈጠራ እዩ፣ ዛንታታት ከመይ ክመስሉ ከም ዝኽእሉ ንምርኣይ። ብዛዕባ ናይ ሓቂ ሰብ ኣይኮነን።

## Facts of an item

fact-phone = ተሌፎን
fact-email = ኢመይል
fact-address = ኣድራሻ
fact-place = ኣበይ
fact-hours = ዝኽፈተሉ ሰዓታት
fact-when = መዓስ
fact-website = ዌብሳይት
fact-employer = ኣስራሒ
fact-contract = ውዕል
fact-working-hours = ሰዓታት ስራሕ
fact-pay = ደሞዝ
fact-languages-needed = ዘድልዩ ቋንቋታት
fact-languages-spoken = ዝዝረቡ ቋንቋታት
fact-posted = ዝወጸሉ ዕለት
fact-apply-before = መወዳእታ ዕለት ምምልካት

# $hours is a number of hours.
hours-per-week =
    { $hours ->
        [one] { $hours } ሰዓት ኣብ ሰሙን
       *[other] { $hours } ሰዓታት ኣብ ሰሙን
    }
contract-permanent = ቀዋሚ ስራሕ
contract-temporary = ግዝያዊ ስራሕ
contract-seasonal = ወቕታዊ ስራሕ
contract-apprenticeship = ናይ ሞያ ልምምድ

money = { $symbol } { $amount }

# $amount is an amount of money, already formatted with its currency.
pay-per-hour = { $amount } ንሰዓት
pay-per-day = { $amount } ንመዓልቲ
pay-per-week = { $amount } ንሰሙን
pay-per-month = { $amount } ንወርሒ
pay-per-year = { $amount } ንዓመት

open-now = ሕጂ ክፉት እዩ
closed-now = ሕጂ ዕጹው እዩ
# When a service opens or closes next. $time is a time of day (17:00, 5:00 PM), $day the
# name of a weekday (Thursday).
open-closes-today = ሕጂ ክፉት እዩ · ሰዓት { $time } ይዕጾ
open-closes-tomorrow = ሕጂ ክፉት እዩ · ጽባሕ ሰዓት { $time } ይዕጾ
open-closes-day = ሕጂ ክፉት እዩ · { $day } ሰዓት { $time } ይዕጾ
closed-opens-today = ዕጹው እዩ · ሎሚ ሰዓት { $time } ይኽፈት
closed-opens-tomorrow = ዕጹው እዩ · ጽባሕ ሰዓት { $time } ይኽፈት
closed-opens-day = ዕጹው እዩ · { $day } ሰዓት { $time } ይኽፈት
open-always = ኩሉ መዓልቲ፣ መዓልትን ለይትን ክፉት እዩ
free-call = ምድዋል ብነጻ
free-entry = ምእታው ብነጻ

repeats-weekly = ኩሉ ሰሙን
repeats-monthly = ኩሉ ወርሒ
repeats-yearly = ኩሉ ዓመት

## Emergency screen

emergency-heading = ቁጽርታት ህጹጽ ረድኤት
emergency-intro = ሓደ ሰብ ኣብ ሓደጋ እንተሎ፣ ናብ 112 ደውሉ። ምድዋል ብነጻ እዩ።
urgent-badge = ህጹጽ

## Attract screen, shown when nobody is using the kiosk

# Shown in every offered language in turn, each in its own language.
attract-touch = ንምጅማር ነቲ ስክሪን ጠውቑ

## Idle warning: the kiosk starts again for the next person

idle-heading = ገና ኣብዚ ኣለኹም ዶ?
# $seconds is a number of seconds.
idle-countdown =
    { $seconds ->
        [one] ድሕሪ { $seconds } ሰከንድ እዚ መሳርሒ ካብ መጀመርታ ክጅምር እዩ። ዝረኣኹምዎ ክድምሰስ እዩ።
       *[other] ድሕሪ { $seconds } ሰከንድታት እዚ መሳርሒ ካብ መጀመርታ ክጅምር እዩ። ዝረኣኹምዎ ክድምሰስ እዩ።
    }
idle-more-time = ተወሳኺ ግዜ የድልየኒ

## Volunteer panel (opened with a long press on the centre's name and a PIN)

pin-heading = PIN ናይ ወለንተኛታት
pin-hint = PIN ጸሓፉ፣ ድሕሪኡ «ሕራይ» ጠውቑ።
pin-ok = ሕራይ
pin-clear = ምድምሳስ
pin-cancel = ምስራዝ
pin-wrong = PIN ጌጋ እዩ። እንደገና ፈትኑ።
# $seconds is a number of seconds.
pin-locked =
    { $seconds ->
        [one] ብዙሕ ግዜ ጌጋ ፈቲንኩም። { $seconds } ሰከንድ ተጸበዩ።
       *[other] ብዙሕ ግዜ ጌጋ ፈቲንኩም። { $seconds } ሰከንድታት ተጸበዩ።
    }
panel-heading = ገጽ ወለንተኛታት
panel-content = ዝርአ ዘሎ ትሕዝቶ
panel-bundle = ጥቕላል ትሕዝቶ
panel-version = ሕታም
panel-source = ምንጪ
panel-problems = ኣብ ምጽዓን ዝተረኽቡ ጸገማት
panel-no-problems = ጸገም የለን።
panel-default-language = መበገሲ ቋንቋ ንዝቕጽል በጻሒ
panel-reload = ትሕዝቶ ዳግማይ ምጽዓን
panel-reloaded = ትሕዝቶ ዳግማይ ተጻዒኑ።
panel-exit = ካብ ኣገባብ ኪዮስክ ምውጻእ
# Asked before kiosk mode is left. $minutes is a number of minutes.
panel-exit-question =
    { $minutes ->
        [one] ካብ ኣገባብ ኪዮስክ ክትወጹ ትደልዩ ዶ? ዝኾነ ሰብ ነቲ ስክሪን ከይተንከፎ { $minutes } ደቒቕ እንተሓሊፉ፡ ባዕሉ ይምለስ።
       *[other] ካብ ኣገባብ ኪዮስክ ክትወጹ ትደልዩ ዶ? ዝኾነ ሰብ ነቲ ስክሪን ከይተንከፎ { $minutes } ደቓይቕ እንተሓሊፉ፡ ባዕሉ ይምለስ።
    }
panel-exit-yes = እወ፣ ውጻእ
panel-exit-no = ኣይፋል፣ ጽናሕ
panel-close = ምዕጻው

## Search, with an on-screen keyboard

search-heading = ምድላይ
search-hint = ሓደ ቃል ጸሓፉ። ክትጽሕፉ ከለኹም፣ ውጽኢታት ይቕየሩ።
# In the empty search field.
search-placeholder = ኣብዚ ጸሓፉ
# $count is the number of results.
search-count =
    { $count ->
        [one] { $count } ውጽኢት
       *[other] { $count } ውጽኢታት
    }
search-nothing = ዋላ ሓንቲ ኣይተረኽበን። ካልእ ቃል ፈትኑ፣ ወይ ሓደ ኣርእስቲ ምረጹ።
search-clear = ኩሉ ምድምሳስ
keyboard-space = ባዶ ቦታ
keyboard-backspace = ምድምሳስ
# On the key that shows the next keyboard (another alphabet).
keyboard-next = ካልእ ኪቦርድ

## Take it home: QR codes for a phone's camera

qr-take-home = ሓበሬታ ምሳኹም ውሰዱ። ካሜራ ተሌፎንኩም ናብዚ ኮድ ኣቕንዑ።
qr-call = ናብዚ ቁጽሪ ንምድዋል፣ ነዚ ኮድ ብተሌፎንኩም ስካን ግበሩ።
qr-close = ምዕጻው

## Job filters

filter-heading = እዚ ጥራይ ኣርእዩ
filter-all = ኩሉ ስራሓት
filter-full-time = ምሉእ ግዜ
filter-part-time = ፍርቂ ግዜ
filter-new = ናይዚ ሰሙን ሓደሽቲ
# Followed by buttons with language names: only jobs that need no other language.
filter-languages = ዝዛረቦም ቋንቋታት
# $count is the number of jobs that match the filters.
filter-matching =
    { $count ->
        [0] ዝሰማማዕ ስራሕ የለን። «ኩሉ ስራሓት» ጠውቑ።
        [one] { $count } ስራሕ ተረኺቡ
       *[other] { $count } ስራሓት ተረኺቦም
    }

## Emergency alerts, shown over every screen until they end

# The big button under an alert that covers the whole screen.
alert-read = ኣንቢበዮ ኣለኹ
# What kind of alert it is (CAP severity levels, from the most to the least serious).
alert-extreme = ኣዝዩ ከቢድ ሓደጋ
alert-severe = ሓደጋ
alert-moderate = መጠንቀቕታ
alert-minor = ሓበሬታ
alert-unknown = ምልክታ
# $time is when the alert ends, like "18:00" or "Fri 18:00".
alert-until = ክሳብ { $time }
# On the strip of a less serious alert: tap to read all of it.
alert-more = ተወሳኺ ኣንብቡ
# Followed by the places the alert is about.
alert-where = ኣበይ፦
# Heading above what people should do.
alert-what-to-do = እንታይ ክግበር ኣለዎ
# Button on an alert: opens the centre's emergency numbers.
alert-emergency = ቁጽርታት ህጹጽ ረድኤት

## Night screen, outside the centre's opening hours

night-closed = እቲ ማእከል ሕጂ ዕጹው እዩ።
night-touch = ሕጂውን ነዚ ስክሪን ክትጥቀሙሉ ትኽእሉ ኢኹም፤ ጠውቕዎ።

## Volunteer panel: alerts and usage counts

panel-alerts = ሕጂ ዝርኣዩ ዘለዉ መጠንቀቕታታት
panel-alerts-none = ዋላ ሓደ መጠንቀቕታ ኣይርአን ዘሎ።
panel-usage = ቁጽሪ ኣጠቓቕማ (ነፍሲ ወከፍ ገጽ ክንደይ ግዜ ከም ዝተኸፍተ)
panel-usage-save = ቁጽሪ ኣጠቓቕማ ናብ USB ምዕቃብ
# $file is where the counts were written.
panel-usage-saved = ኣብ { $file } ተዓቂቡ።
panel-usage-off = ምቑጻር ኣጠቓቕማ ኣብ ምድላዋት ጠፊኡ ኣሎ።
panel-usage-no-folder = ዝኾነ ናይ USB ማህደር ኣይተዳለወን (watch_dir)፣ ስለዚ ዋላ ሓንቲ ክዕቀብ ኣይክእልን።
