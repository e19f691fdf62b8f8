### Welcome Kiosk: Amharic interface strings.
### Translation: machine translation (AI-assisted) from the English reference, not yet reviewed by a native speaker.
### Review status: not reviewed

# The language's own name, shown on the language picker.
-language-name = አማርኛ
-app-name = Welcome Kiosk

## Window

window-title = { -app-name }

## The bar on every screen

nav-home = ዋና ገጽ
nav-back = ወደ ኋላ
nav-language = ቋንቋ
nav-emergency = አስቸኳይ እርዳታ
nav-search = ፍለጋ

## Reading aloud, text size and contrast (buttons with an icon; the words are for
## visitors who read them and for screen labels)

# On the speaker button of a page, the emergency screen and each home tile.
listen = አዳምጥ
listen-pause = ለአፍታ አቁም
listen-resume = ቀጥል
listen-stop = አቁም
listen-again = እንደገና
listen-previous = ወደ ኋላ
listen-next = ወደ ፊት
volume-down = ድምጹን ቀንስ
volume-up = ድምጹን ጨምር
# In the bar: three text sizes, and a high-contrast palette.
text-size = የፊደል መጠን
contrast = ንጽጽር

## Language picker

language-heading = ቋንቋዎን ይምረጡ
language-hint = በ«ቋንቋ» ቁልፍ በማንኛውም ጊዜ ቋንቋውን መቀየር ይችላሉ።
# Two switches for volunteers: change the language of everything, or only of the texts
# (for a visitor who reads one language but prefers buttons in another).
language-change-all = ሁሉንም ቀይር
language-change-texts = ጽሑፎቹን ብቻ ቀይር
# Shown when the texts are in another language than the buttons. $ui and $content are
# language names.
language-split = ቁልፎች በ{ $ui } · ጽሑፎች በ{ $content }
# Picker with many languages: a heading over the languages the centre shows first, and one
# over all the others (grouped by writing system under it).
language-featured = እዚህ በብዛት የሚጠቀሙባቸው
language-more = ተጨማሪ ቋንቋዎች
# The search field of a long picker, and what it says when nothing matches.
language-find = የቋንቋዎን ስም ይጻፉ
language-find-nothing = ምንም ቋንቋ አልተገኘም። የመጀመሪያዎቹን ፊደሎች ይሞክሩ፣ ወይም በጎ ፈቃደኛ ይጠይቁ።

## Home screen

home-heading = እንኳን ደህና መጡ
home-subheading = ምን ያስፈልግዎታል? አንድ ሥዕል ይንኩ።

## Categories: home tiles and list headings

kind-guides = መብቶችዎ
kind-jobs = ሥራ
kind-contacts = አስቸኳይ እርዳታ
kind-services = የሚረዱ ድርጅቶች
kind-events = ዝግጅቶች
kind-stories = ታሪኮች

## Lists

# $count is the number of items in a list.
list-count =
    { $count ->
        [one] { $count } ንጥል
       *[other] { $count } ንጥሎች
    }
list-empty = አሁን እዚህ ምንም የለም። እባክዎ ቆይተው ይመለሱ።

## Notices on items

# $language is the visitor's language, $fallback the language the text is shown in.
fallback-notice = ይህ ጽሑፍ ገና በ{ $language } የለም — በ{ $fallback } ቀርቧል።
machine-translation-notice = ይህን ጽሑፍ የተረጎመው ኮምፒውተር ነው። ስህተቶች ሊኖሩበት ይችላሉ።
example-badge = ምሳሌ
example-notice = ይህ ምሳሌ ብቻ ነው፤ መሣሪያው እንዴት እንደሚሠራ ለማሳየት ነው። እውነተኛ መረጃ አይደለም።
fictional-badge = የፈጠራ ታሪክ
fictional-notice = ይህ ታሪክ የፈጠራ ነው፤ ታሪኮች ምን እንደሚመስሉ ለማሳየት ነው። ስለ እውነተኛ ሰው አይደለም።

## Facts of an item

fact-phone = ስልክ
fact-email = ኢሜይል
fact-address = አድራሻ
fact-place = የት
fact-hours = ክፍት የሚሆንበት ሰዓት
fact-when = መቼ
fact-website = ድረ ገጽ
fact-employer = አሠሪ
fact-contract = ውል
fact-working-hours = የሥራ ሰዓት
fact-pay = ክፍያ
fact-languages-needed = የሚያስፈልጉ ቋንቋዎች
fact-languages-spoken = የሚነገሩ ቋንቋዎች
fact-posted = የወጣበት ቀን
fact-apply-before = የማመልከቻ የመጨረሻ ቀን

# $hours is a number of hours.
hours-per-week =
    { $hours ->
        [one] በሳምንት { $hours } ሰዓት
       *[other] በሳምንት { $hours } ሰዓት
    }
contract-permanent = ቋሚ ሥራ
contract-temporary = ጊዜያዊ ሥራ
contract-seasonal = ወቅታዊ ሥራ
contract-apprenticeship = የሙያ ልምምድ

# $amount is a number with its decimals, $symbol the currency sign (€, kr…).
money = { $symbol }{ $amount }

# $amount is an amount of money, already formatted with its currency.
pay-per-hour = በሰዓት { $amount }
pay-per-day = በቀን { $amount }
pay-per-week = በሳምንት { $amount }
pay-per-month = በወር { $amount }
pay-per-year = በዓመት { $amount }

open-now = አሁን ክፍት ነው
closed-now = አሁን ዝግ ነው
# When a service opens or closes next. $time is a time of day (17:00, 5:00 PM), $day the
# name of a weekday (Thursday).
open-closes-today = አሁን ክፍት ነው · { $time } ላይ ይዘጋል
open-closes-tomorrow = አሁን ክፍት ነው · ነገ { $time } ላይ ይዘጋል
open-closes-day = አሁን ክፍት ነው · { $day } { $time } ላይ ይዘጋል
closed-opens-today = ዝግ ነው · ዛሬ { $time } ላይ ይከፈታል
closed-opens-tomorrow = ዝግ ነው · ነገ { $time } ላይ ይከፈታል
closed-opens-day = ዝግ ነው · { $day } { $time } ላይ ይከፈታል
open-always = በየቀኑ ቀንና ሌሊት ክፍት ነው
free-call = ነፃ ጥሪ
free-entry = መግቢያ ነፃ ነው

repeats-weekly = በየሳምንቱ
repeats-monthly = በየወሩ
repeats-yearly = በየዓመቱ

## Emergency screen

emergency-heading = የአስቸኳይ ጊዜ ስልክ ቁጥሮች
emergency-intro = አንድ ሰው አደጋ ላይ ከሆነ ወደ 112 ይደውሉ። ጥሪው ነፃ ነው።
urgent-badge = አስቸኳይ

## Attract screen, shown when nobody is using the kiosk

# Shown in every offered language in turn, each in its own language.
attract-touch = ለመጀመር ማያ ገጹን ይንኩ

## Idle warning: the kiosk starts again for the next person

idle-heading = አሁንም እዚህ ነዎት?
# $seconds is a number of seconds.
idle-countdown =
    { $seconds ->
        [one] በ{ $seconds } ሰከንድ ውስጥ እንደገና ይጀምራል። ያዩት ነገር ሁሉ ይሰረዛል።
       *[other] በ{ $seconds } ሰከንድ ውስጥ እንደገና ይጀምራል። ያዩት ነገር ሁሉ ይሰረዛል።
    }
idle-more-time = ተጨማሪ ጊዜ እፈልጋለሁ

## Volunteer panel (opened with a long press on the centre's name and a PIN)

pin-heading = የበጎ ፈቃደኛ ፒን
pin-hint = ፒኑን ያስገቡ፣ ከዚያ «እሺ»ን ይጫኑ።
pin-ok = እሺ
pin-clear = አጽዳ
pin-cancel = ይቅር
pin-wrong = ፒኑ ትክክል አይደለም። እንደገና ይሞክሩ።
# $seconds is a number of seconds.
pin-locked =
    { $seconds ->
        [one] ብዙ ጊዜ ተሳስተዋል። { $seconds } ሰከንድ ይጠብቁ።
       *[other] ብዙ ጊዜ ተሳስተዋል። { $seconds } ሰከንድ ይጠብቁ።
    }
panel-heading = የበጎ ፈቃደኞች ገጽ
panel-content = የሚታየው ይዘት
panel-bundle = የይዘት ጥቅል
panel-version = ስሪት
panel-source = ምንጭ
panel-problems = ሲጫን የተገኙ ችግሮች
panel-no-problems = ምንም ችግር የለም።
panel-default-language = ለሚቀጥለው ጎብኚ ነባሪ ቋንቋ
panel-reload = ይዘቱን እንደገና ጫን
panel-reloaded = ይዘቱ እንደገና ተጭኗል።
panel-exit = ከኪዮስክ ሁነታ ውጣ
# Asked before kiosk mode is left. $minutes is a number of minutes.
panel-exit-question =
    { $minutes ->
        [one] ከኪዮስክ ሁነታ መውጣት ይፈልጋሉ? ማያ ገጹ ሳይነካ { $minutes } ደቂቃ ከቆየ በራሱ ይመለሳል።
       *[other] ከኪዮስክ ሁነታ መውጣት ይፈልጋሉ? ማያ ገጹ ሳይነካ { $minutes } ደቂቃ ከቆየ በራሱ ይመለሳል።
    }
panel-exit-yes = አዎ፣ ውጣ
panel-exit-no = አይ፣ ቆይ
panel-close = ዝጋ

## Search, with an on-screen keyboard

search-heading = ፍለጋ
search-hint = አንድ ቃል ይጻፉ። ሲጽፉ ውጤቶቹ ይቀየራሉ።
# In the empty search field.
search-placeholder = እዚህ ይጻፉ
# $count is the number of results.
search-count =
    { $count ->
        [one] { $count } ውጤት
       *[other] { $count } ውጤቶች
    }
search-nothing = ምንም አልተገኘም። ሌላ ቃል ይሞክሩ ወይም አንድ ርዕስ ይምረጡ።
search-clear = ሁሉንም አጽዳ
keyboard-space = ክፍተት
keyboard-backspace = ሰርዝ
# On the key that shows the next keyboard (another alphabet).
keyboard-next = ሌላ የቁልፍ ሰሌዳ

## Take it home: QR codes for a phone's camera

qr-take-home = መረጃውን ይዘው ይሂዱ። የስልክዎን ካሜራ ወደዚህ ኮድ ያዙሩ።
qr-call = ወደዚህ ቁጥር ለመደወል ኮዱን በስልክዎ ይቃኙ።
qr-close = ዝጋ

## Job filters

filter-heading = እነዚህን ብቻ አሳይ
filter-all = ሁሉም ሥራዎች
filter-full-time = ሙሉ ጊዜ
filter-part-time = የትርፍ ሰዓት
filter-new = በዚህ ሳምንት የወጡ
# Followed by buttons with language names: only jobs that need no other language.
filter-languages = የምናገራቸው ቋንቋዎች
# $count is the number of jobs that match the filters.
filter-matching =
    { $count ->
        [0] የሚስማማ ሥራ የለም። «ሁሉም ሥራዎች»ን ይንኩ።
        [one] { $count } ሥራ ተገኝቷል
       *[other] { $count } ሥራዎች ተገኝተዋል
    }

## Emergency alerts, shown over every screen until they end

# The big button under an alert that covers the whole screen.
alert-read = አንብቤዋለሁ
# What kind of alert it is (CAP severity levels, from the most to the least serious).
alert-extreme = እጅግ ከባድ አደጋ
alert-severe = አደጋ
alert-moderate = ማስጠንቀቂያ
alert-minor = መረጃ
alert-unknown = ማሳሰቢያ
# $time is when the alert ends, like "18:00" or "Fri 18:00".
alert-until = እስከ { $time } ድረስ
# On the strip of a less serious alert: tap to read all of it.
alert-more = ተጨማሪ ያንብቡ
# Followed by the places the alert is about.
alert-where = የት፦
# Heading above what people should do.
alert-what-to-do = ምን ማድረግ እንዳለብዎ
# Button on an alert: opens the centre's emergency numbers.
alert-emergency = የአስቸኳይ ጊዜ ስልክ ቁጥሮች

## Night screen, outside the centre's opening hours

night-closed = ማዕከሉ አሁን ዝግ ነው።
night-touch = አሁንም ይህን ማያ ገጽ መጠቀም ይችላሉ፤ ይንኩት።

## Volunteer panel: alerts and usage counts

panel-alerts = አሁን የሚታዩ ማስጠንቀቂያዎች
panel-alerts-none = ምንም ማስጠንቀቂያ አይታይም።
panel-usage = የአጠቃቀም ቆጠራ (እያንዳንዱ ገጽ ስንት ጊዜ እንደተከፈተ)
panel-usage-save = የአጠቃቀም ቆጠራውን ወደ USB ፍላሽ አስቀምጥ
# $file is where the counts were written.
panel-usage-saved = { $file } ውስጥ ተቀምጧል።
panel-usage-off = የአጠቃቀም ቆጠራ በቅንብሩ ውስጥ ጠፍቷል።
panel-usage-no-folder = ምንም የUSB አቃፊ አልተዘጋጀም (watch_dir)፤ ስለዚህ ምንም ነገር ማስቀመጥ አይቻልም።
