### Welcome Kiosk: Nepali interface strings.
### Translation: machine translation (AI-assisted) from the English reference, not yet reviewed by a native speaker.
### Review status: not reviewed

# The language's own name, shown on the language picker.
-language-name = नेपाली
-app-name = Welcome Kiosk

## Window

window-title = { -app-name }

## The bar on every screen

nav-home = मुख्य पृष्ठ
nav-back = पछाडि
nav-language = भाषा
nav-emergency = आपत्कालीन सहायता
nav-search = खोज

## Reading aloud, text size and contrast (buttons with an icon; the words are for
## visitors who read them and for screen labels)

# On the speaker button of a page, the emergency screen and each home tile.
listen = सुन्नुहोस्
listen-pause = रोक्नुहोस्
listen-resume = जारी राख्नुहोस्
listen-stop = बन्द गर्नुहोस्
listen-again = फेरि
listen-previous = अघिल्लो
listen-next = अर्को
volume-down = आवाज घटाउनुहोस्
volume-up = आवाज बढाउनुहोस्
# In the bar: three text sizes, and a high-contrast palette.
text-size = अक्षरको आकार
contrast = कन्ट्रास्ट

## Language picker

language-heading = आफ्नो भाषा छान्नुहोस्
language-hint = “भाषा” बटन थिचेर तपाईं जुनसुकै बेला भाषा बदल्न सक्नुहुन्छ।
# Two switches for volunteers: change the language of everything, or only of the texts
# (for a visitor who reads one language but prefers buttons in another).
language-change-all = सबै बदल्नुहोस्
language-change-texts = पाठ मात्र बदल्नुहोस्
# Shown when the texts are in another language than the buttons. $ui and $content are
# language names.
language-split = बटन { $ui } भाषामा · पाठ { $content } भाषामा
# Picker with many languages: a heading over the languages the centre shows first, and one
# over all the others (grouped by writing system under it).
language-featured = यहाँ सबैभन्दा बढी प्रयोग हुने भाषा
language-more = थप भाषाहरू
# The search field of a long picker, and what it says when nothing matches.
language-find = आफ्नो भाषाको नाम लेख्नुहोस्
language-find-nothing = कुनै भाषा भेटिएन। पहिलो केही अक्षर लेखेर हेर्नुहोस्, वा स्वयंसेवकलाई सोध्नुहोस्।

## Home screen

home-heading = स्वागत छ
home-subheading = तपाईंलाई के चाहिन्छ? एउटा तस्बिर थिच्नुहोस्।

## Categories: home tiles and list headings

kind-guides = तपाईंका अधिकार
kind-jobs = काम
kind-contacts = आपत्कालीन सहायता
kind-services = सहयोग गर्ने संस्था
kind-events = कार्यक्रम
kind-stories = मानिसहरूका कथा

## Lists

# $count is the number of items in a list.
list-count =
    { $count ->
        [one] { $count } वटा विषय
       *[other] { $count } वटा विषय
    }
list-empty = अहिले यहाँ केही छैन। कृपया पछि फेरि आउनुहोस्।

## Notices on items

# $language is the visitor's language, $fallback the language the text is shown in.
fallback-notice = यो पाठ अझै { $language } भाषामा छैन — { $fallback } भाषामा देखाइएको छ।
machine-translation-notice = यो पाठ कम्प्युटरले अनुवाद गरेको हो। यसमा गल्ती हुन सक्छ।
example-badge = उदाहरण
example-notice = यो मेसिनले कसरी काम गर्छ भनेर देखाउन यो एउटा उदाहरण हो। यो साँचो जानकारी होइन।
fictional-badge = काल्पनिक कथा
fictional-notice = कथाहरू कस्ता हुन सक्छन् भनेर देखाउन यो कथा बनाइएको हो। यो कुनै साँचो मानिसको कथा होइन।

## Facts of an item

fact-phone = फोन
fact-email = इमेल
fact-address = ठेगाना
fact-place = कहाँ
fact-hours = खुल्ने समय
fact-when = कहिले
fact-website = वेबसाइट
fact-employer = रोजगारदाता
fact-contract = करार
fact-working-hours = कामको समय
fact-pay = तलब
fact-languages-needed = चाहिने भाषा
fact-languages-spoken = बोलिने भाषा
fact-posted = प्रकाशित मिति
fact-apply-before = आवेदनको अन्तिम मिति

# $hours is a number of hours.
hours-per-week =
    { $hours ->
        [one] हप्तामा { $hours } घण्टा
       *[other] हप्तामा { $hours } घण्टा
    }
contract-permanent = स्थायी काम
contract-temporary = अस्थायी काम
contract-seasonal = मौसमी काम
contract-apprenticeship = सिकारु काम (काम सिक्दै)

# $amount is a number with its decimals, $symbol the currency sign (€, kr…).
money = { $symbol }{ $amount }

# $amount is an amount of money, already formatted with its currency.
pay-per-hour = प्रति घण्टा { $amount }
pay-per-day = प्रति दिन { $amount }
pay-per-week = प्रति हप्ता { $amount }
pay-per-month = प्रति महिना { $amount }
pay-per-year = प्रति वर्ष { $amount }

open-now = अहिले खुला छ
closed-now = अहिले बन्द छ
# When a service opens or closes next. $time is a time of day (17:00, 5:00 PM), $day the
# name of a weekday (Thursday).
open-closes-today = अहिले खुला छ · { $time } मा बन्द हुन्छ
open-closes-tomorrow = अहिले खुला छ · भोलि { $time } मा बन्द हुन्छ
open-closes-day = अहिले खुला छ · { $day } { $time } मा बन्द हुन्छ
closed-opens-today = बन्द छ · आज { $time } मा खुल्छ
closed-opens-tomorrow = बन्द छ · भोलि { $time } मा खुल्छ
closed-opens-day = बन्द छ · { $day } { $time } मा खुल्छ
open-always = हरेक दिन, दिनरात खुला
free-call = निःशुल्क फोन
free-entry = निःशुल्क प्रवेश

repeats-weekly = हरेक हप्ता
repeats-monthly = हरेक महिना
repeats-yearly = हरेक वर्ष

## Emergency screen

emergency-heading = आपत्कालीन नम्बरहरू
emergency-intro = कोही खतरामा छ भने 112 मा फोन गर्नुहोस्। यो फोन निःशुल्क छ।
urgent-badge = जरुरी

## Attract screen, shown when nobody is using the kiosk

# Shown in every offered language in turn, each in its own language.
attract-touch = सुरु गर्न स्क्रिन छुनुहोस्

## Idle warning: the kiosk starts again for the next person

idle-heading = तपाईं अझै यहाँ हुनुहुन्छ?
# $seconds is a number of seconds.
idle-countdown =
    { $seconds ->
        [one] { $seconds } सेकेन्डमा फेरि सुरु हुन्छ। तपाईंले हेरेका कुरा मेटिनेछन्।
       *[other] { $seconds } सेकेन्डमा फेरि सुरु हुन्छ। तपाईंले हेरेका कुरा मेटिनेछन्।
    }
idle-more-time = मलाई अझै समय चाहियो

## Volunteer panel (opened with a long press on the centre's name and a PIN)

pin-heading = स्वयंसेवकको पिन
pin-hint = पिन टाइप गर्नुहोस्, अनि “ठीक छ” थिच्नुहोस्।
pin-ok = ठीक छ
pin-clear = मेटाउनुहोस्
pin-cancel = रद्द गर्नुहोस्
pin-wrong = पिन मिलेन। फेरि प्रयास गर्नुहोस्।
# $seconds is a number of seconds.
pin-locked =
    { $seconds ->
        [one] धेरै पटक गलत भयो। { $seconds } सेकेन्ड पर्खनुहोस्।
       *[other] धेरै पटक गलत भयो। { $seconds } सेकेन्ड पर्खनुहोस्।
    }
panel-heading = स्वयंसेवक प्यानल
panel-content = देखाइएको सामग्री
panel-bundle = सामग्री प्याकेज
panel-version = संस्करण
panel-source = स्रोत
panel-problems = लोड गर्दा भेटिएका समस्या
panel-no-problems = कुनै समस्या छैन।
panel-default-language = अर्को आगन्तुकका लागि पूर्वनिर्धारित भाषा
panel-reload = सामग्री फेरि लोड गर्नुहोस्
panel-reloaded = सामग्री फेरि लोड भयो।
panel-exit = किओस्क मोडबाट बाहिर निस्कनुहोस्
# Asked before kiosk mode is left. $minutes is a number of minutes.
panel-exit-question =
    { $minutes ->
        [one] किओस्क मोडबाट बाहिर निस्कने? { $minutes } मिनेटसम्म कसैले स्क्रिन नछोए यो आफैं फर्किन्छ।
       *[other] किओस्क मोडबाट बाहिर निस्कने? { $minutes } मिनेटसम्म कसैले स्क्रिन नछोए यो आफैं फर्किन्छ।
    }
panel-exit-yes = हो, निस्कनुहोस्
panel-exit-no = होइन, बस्नुहोस्
panel-close = बन्द गर्नुहोस्

## Search, with an on-screen keyboard

search-heading = खोज
search-hint = एउटा शब्द लेख्नुहोस्। तपाईंले लेख्दै जाँदा नतिजा बदलिँदै जान्छ।
# In the empty search field.
search-placeholder = यहाँ लेख्नुहोस्
# $count is the number of results.
search-count =
    { $count ->
        [one] { $count } वटा नतिजा
       *[other] { $count } वटा नतिजा
    }
search-nothing = केही भेटिएन। अर्को शब्द प्रयास गर्नुहोस्, वा कुनै विषय छान्नुहोस्।
search-clear = सबै मेटाउनुहोस्
keyboard-space = स्पेस
keyboard-backspace = मेटाउनुहोस्
# On the key that shows the next keyboard (another alphabet).
keyboard-next = अर्को किबोर्ड

## Take it home: QR codes for a phone's camera

qr-take-home = घर लैजानुहोस्: आफ्नो फोनको क्यामेरा यो कोडतिर फर्काउनुहोस्।
qr-call = यो नम्बरमा फोन गर्न आफ्नो फोनले कोड स्क्यान गर्नुहोस्।
qr-close = बन्द गर्नुहोस्

## Job filters

filter-heading = यति मात्र देखाउनुहोस्
filter-all = सबै काम
filter-full-time = पूरा समय
filter-part-time = आंशिक समय
filter-new = यो हप्ताका नयाँ
# Followed by buttons with language names: only jobs that need no other language.
filter-languages = म बोल्छु
# $count is the number of jobs that match the filters.
filter-matching =
    { $count ->
        [0] कुनै काम भेटिएन। “सबै काम” थिच्नुहोस्।
        [one] { $count } वटा काम भेटियो
       *[other] { $count } वटा काम भेटियो
    }

## Emergency alerts, shown over every screen until they end

# The big button under an alert that covers the whole screen.
alert-read = मैले पढें
# What kind of alert it is (CAP severity levels, from the most to the least serious).
alert-extreme = अत्यन्त ठूलो खतरा
alert-severe = खतरा
alert-moderate = चेतावनी
alert-minor = जानकारी
alert-unknown = सूचना
# $time is when the alert ends, like "18:00" or "Fri 18:00".
alert-until = { $time } सम्म
# On the strip of a less serious alert: tap to read all of it.
alert-more = थप पढ्नुहोस्
# Followed by the places the alert is about.
alert-where = कहाँ:
# Heading above what people should do.
alert-what-to-do = के गर्ने
# Button on an alert: opens the centre's emergency numbers.
alert-emergency = आपत्कालीन नम्बरहरू

## Night screen, outside the centre's opening hours

night-closed = केन्द्र अहिले बन्द छ।
night-touch = तपाईं अझै पनि यो स्क्रिन प्रयोग गर्न सक्नुहुन्छ: स्क्रिन छुनुहोस्।

## Volunteer panel: alerts and usage counts

panel-alerts = अहिले देखाइएका चेतावनीहरू
panel-alerts-none = कुनै चेतावनी देखाइएको छैन।
panel-usage = प्रयोगको गणना (हरेक पृष्ठ कति पटक खोलियो)
panel-usage-save = प्रयोगको गणना USB स्टिकमा सेभ गर्नुहोस्
# $file is where the counts were written.
panel-usage-saved = { $file } मा सेभ भयो।
panel-usage-off = कन्फिगरेसनमा प्रयोग गणना बन्द गरिएको छ।
panel-usage-no-folder = कुनै USB फोल्डर सेट गरिएको छैन (watch_dir), त्यसैले केही सेभ गर्न सकिँदैन।
