### Welcome Kiosk: Hindi interface strings.
### Translation: machine translation (AI-assisted) from the English reference, not yet reviewed by a native speaker.
### Review status: not reviewed

# The language's own name, shown on the language picker.
-language-name = हिन्दी
-app-name = Welcome Kiosk

## Window

window-title = { -app-name }

## The bar on every screen

nav-home = होम
nav-back = वापस
nav-language = भाषा
nav-emergency = आपातकाल
nav-search = खोजें

## Reading aloud, text size and contrast (buttons with an icon; the words are for
## visitors who read them and for screen labels)

# On the speaker button of a page, the emergency screen and each home tile.
listen = सुनें
listen-pause = रोकें
listen-resume = आगे सुनें
listen-stop = बंद करें
listen-again = फिर से
listen-previous = पिछला
listen-next = अगला
volume-down = धीमा
volume-up = तेज़
# In the bar: three text sizes, and a high-contrast palette.
text-size = अक्षरों का आकार
contrast = कंट्रास्ट

## Language picker

language-heading = अपनी भाषा चुनें
language-hint = आप “भाषा” बटन से कभी भी भाषा बदल सकते हैं।
# Two switches for volunteers: change the language of everything, or only of the texts
# (for a visitor who reads one language but prefers buttons in another).
language-change-all = सब कुछ बदलें
language-change-texts = सिर्फ़ पाठ बदलें
# Shown when the texts are in another language than the buttons. $ui and $content are
# language names.
language-split = बटन { $ui } में · पाठ { $content } में
# Picker with many languages: a heading over the languages the centre shows first, and one
# over all the others (grouped by writing system under it).
language-featured = यहाँ सबसे ज़्यादा इस्तेमाल होने वाली भाषाएँ
language-more = और भाषाएँ
# The search field of a long picker, and what it says when nothing matches.
language-find = अपनी भाषा का नाम लिखें
language-find-nothing = कोई भाषा नहीं मिली। शुरू के कुछ अक्षर लिखकर देखें, या किसी स्वयंसेवक से पूछें।

## Home screen

home-heading = स्वागत है
home-subheading = आपको क्या चाहिए? किसी तस्वीर को छुएँ।

## Categories: home tiles and list headings

kind-guides = आपके अधिकार
kind-jobs = नौकरियाँ
kind-contacts = आपातकाल
kind-services = सेवाएँ
kind-events = कार्यक्रम
kind-stories = कहानियाँ

## Lists

# $count is the number of items in a list.
list-count =
    { $count ->
        [one] { $count } विषय
       *[other] { $count } विषय
    }
list-empty = अभी यहाँ कुछ नहीं है। कृपया बाद में फिर आएँ।

## Notices on items

# $language is the visitor's language, $fallback the language the text is shown in.
fallback-notice = यह पाठ अभी { $language } में नहीं है — { $fallback } में दिखाया जा रहा है।
machine-translation-notice = इस पाठ का अनुवाद कंप्यूटर ने किया है। इसमें ग़लतियाँ हो सकती हैं।
example-badge = उदाहरण
example-notice = यह कियोस्क कैसे काम करता है, यह दिखाने के लिए यह एक उदाहरण है। यह असली जानकारी नहीं है।
fictional-badge = बनाई हुई कहानी
fictional-notice = यह कहानी बनाई हुई है, यह दिखाने के लिए कि कहानियाँ कैसी हो सकती हैं। यह किसी असली व्यक्ति के बारे में नहीं है।

## Facts of an item

fact-phone = फ़ोन
fact-email = ईमेल
fact-address = पता
fact-place = कहाँ
fact-hours = खुलने का समय
fact-when = कब
fact-website = वेबसाइट
fact-employer = नियोक्ता
fact-contract = अनुबंध
fact-working-hours = काम के घंटे
fact-pay = वेतन
fact-languages-needed = ज़रूरी भाषाएँ
fact-languages-spoken = बोली जाने वाली भाषाएँ
fact-posted = प्रकाशन की तारीख़
fact-apply-before = आवेदन की आख़िरी तारीख़

# $hours is a number of hours.
hours-per-week =
    { $hours ->
        [one] हफ़्ते में { $hours } घंटा
       *[other] हफ़्ते में { $hours } घंटे
    }
contract-permanent = स्थायी नौकरी
contract-temporary = अस्थायी नौकरी
contract-seasonal = मौसमी नौकरी
contract-apprenticeship = अप्रेंटिसशिप (काम सीखना)

# $amount is a number with its decimals, $symbol the currency sign (€, kr…).
money = { $symbol }{ $amount }

# $amount is an amount of money, already formatted with its currency.
pay-per-hour = { $amount } प्रति घंटा
pay-per-day = { $amount } प्रति दिन
pay-per-week = { $amount } प्रति हफ़्ता
pay-per-month = { $amount } प्रति महीना
pay-per-year = { $amount } प्रति साल

open-now = अभी खुला है
closed-now = अभी बंद है
# When a service opens or closes next. $time is a time of day (17:00, 5:00 PM), $day the
# name of a weekday (Thursday).
open-closes-today = अभी खुला है · { $time } बजे बंद होगा
open-closes-tomorrow = अभी खुला है · कल { $time } बजे बंद होगा
open-closes-day = अभी खुला है · { $day } { $time } बजे बंद होगा
closed-opens-today = बंद है · आज { $time } बजे खुलेगा
closed-opens-tomorrow = बंद है · कल { $time } बजे खुलेगा
closed-opens-day = बंद है · { $day } { $time } बजे खुलेगा
open-always = हर दिन, दिन-रात खुला
free-call = मुफ़्त कॉल
free-entry = मुफ़्त प्रवेश

repeats-weekly = हर हफ़्ते
repeats-monthly = हर महीने
repeats-yearly = हर साल

## Emergency screen

emergency-heading = आपातकालीन नंबर
emergency-intro = अगर कोई ख़तरे में है, तो 112 पर कॉल करें। कॉल मुफ़्त है।
urgent-badge = ज़रूरी

## Attract screen, shown when nobody is using the kiosk

# Shown in every offered language in turn, each in its own language.
attract-touch = शुरू करने के लिए स्क्रीन को छुएँ

## Idle warning: the kiosk starts again for the next person

idle-heading = क्या आप अभी भी यहाँ हैं?
# $seconds is a number of seconds.
idle-countdown =
    { $seconds ->
        [one] { $seconds } सेकंड में फिर से शुरू होगा। आपने जो देखा, वह मिट जाएगा।
       *[other] { $seconds } सेकंड में फिर से शुरू होगा। आपने जो देखा, वह मिट जाएगा।
    }
idle-more-time = मुझे और समय चाहिए

## Volunteer panel (opened with a long press on the centre's name and a PIN)

pin-heading = स्वयंसेवक पिन
pin-hint = पिन लिखें, फिर “ठीक है” दबाएँ।
pin-ok = ठीक है
pin-clear = मिटाएँ
pin-cancel = रद्द करें
pin-wrong = ग़लत पिन। फिर से कोशिश करें।
# $seconds is a number of seconds.
pin-locked =
    { $seconds ->
        [one] बहुत बार ग़लत कोशिश हुई। { $seconds } सेकंड रुकें।
       *[other] बहुत बार ग़लत कोशिश हुई। { $seconds } सेकंड रुकें।
    }
panel-heading = स्वयंसेवक पैनल
panel-content = दिखाई जा रही सामग्री
panel-bundle = सामग्री पैकेज
panel-version = संस्करण
panel-source = स्रोत
panel-problems = लोड करते समय मिली समस्याएँ
panel-no-problems = कोई समस्या नहीं।
panel-default-language = अगले आगंतुक के लिए डिफ़ॉल्ट भाषा
panel-reload = सामग्री फिर से लोड करें
panel-reloaded = सामग्री फिर से लोड हो गई।
panel-exit = कियोस्क मोड से बाहर निकलें
# Asked before kiosk mode is left. $minutes is a number of minutes.
panel-exit-question =
    { $minutes ->
        [one] कियोस्क मोड से बाहर निकलें? अगर { $minutes } मिनट तक कोई स्क्रीन नहीं छूता, तो यह अपने-आप वापस आ जाएगा।
       *[other] कियोस्क मोड से बाहर निकलें? अगर { $minutes } मिनट तक कोई स्क्रीन नहीं छूता, तो यह अपने-आप वापस आ जाएगा।
    }
panel-exit-yes = हाँ, बाहर निकलें
panel-exit-no = नहीं, यहीं रहें
panel-close = बंद करें

## Search, with an on-screen keyboard

search-heading = खोजें
search-hint = कोई शब्द लिखें। जैसे-जैसे आप लिखेंगे, नतीजे बदलते जाएँगे।
# In the empty search field.
search-placeholder = यहाँ लिखें
# $count is the number of results.
search-count =
    { $count ->
        [one] { $count } नतीजा
       *[other] { $count } नतीजे
    }
search-nothing = कुछ नहीं मिला। कोई दूसरा शब्द आज़माएँ, या कोई विषय चुनें।
search-clear = मिटाएँ
keyboard-space = स्पेस
keyboard-backspace = मिटाएँ
# On the key that shows the next keyboard (another alphabet).
keyboard-next = दूसरा कीबोर्ड

## Take it home: QR codes for a phone's camera

qr-take-home = घर ले जाएँ: अपने फ़ोन का कैमरा इस ओर करें।
qr-call = अपने फ़ोन से इस नंबर पर कॉल करने के लिए स्कैन करें।
qr-close = बंद करें

## Job filters

filter-heading = सिर्फ़ ये दिखाएँ
filter-all = सभी नौकरियाँ
filter-full-time = फ़ुल टाइम
filter-part-time = पार्ट टाइम
filter-new = इस हफ़्ते की नई
# Followed by buttons with language names: only jobs that need no other language.
filter-languages = मुझे आती है
# $count is the number of jobs that match the filters.
filter-matching =
    { $count ->
        [0] कोई नौकरी नहीं मिली। “सभी नौकरियाँ” को छुएँ।
        [one] { $count } नौकरी मिली
       *[other] { $count } नौकरियाँ मिलीं
    }

## Emergency alerts, shown over every screen until they end

# The big button under an alert that covers the whole screen.
alert-read = मैंने यह पढ़ लिया है
# What kind of alert it is (CAP severity levels, from the most to the least serious).
alert-extreme = बहुत बड़ा ख़तरा
alert-severe = ख़तरा
alert-moderate = चेतावनी
alert-minor = जानकारी
alert-unknown = सूचना
# $time is when the alert ends, like "18:00" or "Fri 18:00".
alert-until = { $time } तक
# On the strip of a less serious alert: tap to read all of it.
alert-more = और पढ़ें
# Followed by the places the alert is about.
alert-where = कहाँ:
# Heading above what people should do.
alert-what-to-do = क्या करें
# Button on an alert: opens the centre's emergency numbers.
alert-emergency = आपातकालीन नंबर

## Night screen, outside the centre's opening hours

night-closed = केंद्र अभी बंद है।
night-touch = आप फिर भी यह स्क्रीन इस्तेमाल कर सकते हैं: इसे छुएँ।

## Volunteer panel: alerts and usage counts

panel-alerts = अभी दिखाई जा रही चेतावनियाँ
panel-alerts-none = कोई चेतावनी नहीं दिखाई जा रही है।
panel-usage = इस्तेमाल की गिनती (हर पेज कितनी बार खोला गया)
panel-usage-save = इस्तेमाल की गिनती USB स्टिक पर सेव करें
# $file is where the counts were written.
panel-usage-saved = { $file } में सेव किया गया।
panel-usage-off = कॉन्फ़िगरेशन में इस्तेमाल की गिनती बंद है।
panel-usage-no-folder = कोई USB फ़ोल्डर सेट नहीं है (watch_dir), इसलिए कुछ भी सेव नहीं हो सकता।
