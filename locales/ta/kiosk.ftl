### Welcome Kiosk: Tamil interface strings.
### Translation: machine translation (AI-assisted) from the English reference, not yet reviewed by a native speaker.
### Review status: not reviewed

# The language's own name, shown on the language picker.
-language-name = தமிழ்
-app-name = Welcome Kiosk

## Window

window-title = { -app-name }

## The bar on every screen

nav-home = முகப்பு
nav-back = பின்செல்
nav-language = மொழி
nav-emergency = அவசரம்
nav-search = தேடல்

## Reading aloud, text size and contrast (buttons with an icon; the words are for
## visitors who read them and for screen labels)

# On the speaker button of a page, the emergency screen and each home tile.
listen = கேளுங்கள்
listen-pause = இடைநிறுத்தம்
listen-resume = தொடரவும்
listen-stop = நிறுத்தவும்
listen-again = மீண்டும்
listen-previous = முந்தையது
listen-next = அடுத்தது
volume-down = சத்தம் குறைவாக
volume-up = சத்தம் அதிகமாக
# In the bar: three text sizes, and a high-contrast palette.
text-size = எழுத்து அளவு
contrast = வண்ண மாறுபாடு

## Language picker

language-heading = உங்கள் மொழியைத் தேர்ந்தெடுங்கள்
language-hint = “மொழி” பொத்தானைக் கொண்டு எப்போது வேண்டுமானாலும் மொழியை மாற்றலாம்.
# Two switches for volunteers: change the language of everything, or only of the texts
# (for a visitor who reads one language but prefers buttons in another).
language-change-all = எல்லாவற்றையும் மாற்றவும்
language-change-texts = உரைகளை மட்டும் மாற்றவும்
# Shown when the texts are in another language than the buttons. $ui and $content are
# language names.
language-split = பொத்தான்கள்: { $ui } · உரைகள்: { $content }
# Picker with many languages: a heading over the languages the centre shows first, and one
# over all the others (grouped by writing system under it).
language-featured = இங்கே அதிகம் பயன்படும் மொழிகள்
language-more = மேலும் மொழிகள்
# The search field of a long picker, and what it says when nothing matches.
language-find = உங்கள் மொழியின் பெயரை எழுதுங்கள்
language-find-nothing = எந்த மொழியும் கிடைக்கவில்லை. முதல் சில எழுத்துகளை எழுதிப் பாருங்கள், அல்லது ஒரு தன்னார்வலரிடம் கேளுங்கள்.

## Home screen

home-heading = வரவேற்கிறோம்
home-subheading = உங்களுக்கு என்ன தேவை? ஒரு படத்தைத் தொடுங்கள்.

## Categories: home tiles and list headings

kind-guides = உங்கள் உரிமைகள்
kind-jobs = வேலைகள்
kind-contacts = அவசர உதவி
kind-services = சேவைகள்
kind-events = நிகழ்ச்சிகள்
kind-stories = கதைகள்

## Lists

# $count is the number of items in a list.
list-count =
    { $count ->
        [one] ஒரு பதிவு
       *[other] { $count } பதிவுகள்
    }
list-empty = இப்போது இங்கே எதுவும் இல்லை. பிறகு மீண்டும் வாருங்கள்.

## Notices on items

# $language is the visitor's language, $fallback the language the text is shown in.
fallback-notice = இது இன்னும் { $language } மொழியில் இல்லை — { $fallback } மொழியில் காட்டப்படுகிறது.
machine-translation-notice = இந்த உரையை ஒரு கணினி மொழிபெயர்த்தது. இதில் தவறுகள் இருக்கலாம்.
example-badge = எடுத்துக்காட்டு
example-notice = இந்தக் கியோஸ்க் எப்படி வேலை செய்கிறது என்று காட்டுவதற்கான ஒரு எடுத்துக்காட்டு இது. இது உண்மையான தகவல் அல்ல.
fictional-badge = கற்பனைக் கதை
fictional-notice = இந்தக் கதை கற்பனையானது. கதைகள் எப்படி இருக்கலாம் என்று காட்டுவதற்காக எழுதப்பட்டது. இது உண்மையான ஒருவரைப் பற்றியது அல்ல.

## Facts of an item

fact-phone = தொலைபேசி
fact-email = மின்னஞ்சல்
fact-address = முகவரி
fact-place = இடம்
fact-hours = திறந்திருக்கும் நேரம்
fact-when = எப்போது
fact-website = இணையதளம்
fact-employer = வேலை தருபவர்
fact-contract = ஒப்பந்தம்
fact-working-hours = வேலை நேரம்
fact-pay = சம்பளம்
fact-languages-needed = தேவையான மொழிகள்
fact-languages-spoken = பேசப்படும் மொழிகள்
fact-posted = வெளியிட்ட தேதி
fact-apply-before = விண்ணப்பிக்கக் கடைசி தேதி

# $hours is a number of hours.
hours-per-week =
    { $hours ->
        [one] வாரத்திற்கு { $hours } மணி நேரம்
       *[other] வாரத்திற்கு { $hours } மணி நேரம்
    }
contract-permanent = நிரந்தர வேலை
contract-temporary = தற்காலிக வேலை
contract-seasonal = பருவகால வேலை
contract-apprenticeship = தொழில் பயிற்சி

# $amount is a number with its decimals, $symbol the currency sign (€, kr…).
money = { $symbol }{ $amount }

# $amount is an amount of money, already formatted with its currency.
pay-per-hour = மணிக்கு { $amount }
pay-per-day = நாளுக்கு { $amount }
pay-per-week = வாரத்திற்கு { $amount }
pay-per-month = மாதத்திற்கு { $amount }
pay-per-year = ஆண்டுக்கு { $amount }

open-now = இப்போது திறந்துள்ளது
closed-now = இப்போது மூடியுள்ளது
# When a service opens or closes next. $time is a time of day (17:00, 5:00 PM), $day the
# name of a weekday (Thursday).
open-closes-today = இப்போது திறந்துள்ளது · { $time } மணிக்கு மூடப்படும்
open-closes-tomorrow = இப்போது திறந்துள்ளது · நாளை { $time } மணிக்கு மூடப்படும்
open-closes-day = இப்போது திறந்துள்ளது · { $day } { $time } மணிக்கு மூடப்படும்
closed-opens-today = மூடியுள்ளது · இன்று { $time } மணிக்குத் திறக்கும்
closed-opens-tomorrow = மூடியுள்ளது · நாளை { $time } மணிக்குத் திறக்கும்
closed-opens-day = மூடியுள்ளது · { $day } { $time } மணிக்குத் திறக்கும்
open-always = ஒவ்வொரு நாளும், இரவும் பகலும் திறந்திருக்கும்
free-call = இலவச அழைப்பு
free-entry = இலவச அனுமதி

repeats-weekly = ஒவ்வொரு வாரமும்
repeats-monthly = ஒவ்வொரு மாதமும்
repeats-yearly = ஒவ்வொரு ஆண்டும்

## Emergency screen

emergency-heading = அவசர எண்கள்
emergency-intro = யாராவது ஆபத்தில் இருந்தால், 112-ஐ அழையுங்கள். அழைப்பு இலவசம்.
urgent-badge = அவசரம்

## Attract screen, shown when nobody is using the kiosk

# Shown in every offered language in turn, each in its own language.
attract-touch = தொடங்க, திரையைத் தொடுங்கள்

## Idle warning: the kiosk starts again for the next person

idle-heading = நீங்கள் இன்னும் இங்கே இருக்கிறீர்களா?
# $seconds is a number of seconds.
idle-countdown =
    { $seconds ->
        [one] { $seconds } விநாடியில் மீண்டும் தொடங்கும். நீங்கள் பார்த்தவை அழிக்கப்படும்.
       *[other] { $seconds } விநாடிகளில் மீண்டும் தொடங்கும். நீங்கள் பார்த்தவை அழிக்கப்படும்.
    }
idle-more-time = எனக்கு இன்னும் நேரம் வேண்டும்

## Volunteer panel (opened with a long press on the centre's name and a PIN)

pin-heading = தன்னார்வலர் PIN எண்
pin-hint = PIN எண்ணை உள்ளிட்டு, “சரி” என்பதை அழுத்துங்கள்.
pin-ok = சரி
pin-clear = அழிக்கவும்
pin-cancel = ரத்துசெய்யவும்
pin-wrong = PIN எண் தவறு. மீண்டும் முயலுங்கள்.
# $seconds is a number of seconds.
pin-locked =
    { $seconds ->
        [one] பல முறை தவறாக முயன்றீர்கள். { $seconds } விநாடி காத்திருங்கள்.
       *[other] பல முறை தவறாக முயன்றீர்கள். { $seconds } விநாடிகள் காத்திருங்கள்.
    }
panel-heading = தன்னார்வலர் பலகம்
panel-content = காட்டப்படும் உள்ளடக்கம்
panel-bundle = உள்ளடக்கத் தொகுப்பு
panel-version = பதிப்பு
panel-source = மூலம்
panel-problems = ஏற்றும்போது கண்ட சிக்கல்கள்
panel-no-problems = சிக்கல்கள் இல்லை.
panel-default-language = அடுத்த பார்வையாளருக்கான இயல்பு மொழி
panel-reload = உள்ளடக்கத்தை மீண்டும் ஏற்றவும்
panel-reloaded = உள்ளடக்கம் மீண்டும் ஏற்றப்பட்டது.
panel-exit = கியோஸ்க் பயன்முறையிலிருந்து வெளியேறவும்
# Asked before kiosk mode is left. $minutes is a number of minutes.
panel-exit-question =
    { $minutes ->
        [one] கியோஸ்க் பயன்முறையிலிருந்து வெளியேறவா? { $minutes } நிமிடம் யாரும் திரையைத் தொடாவிட்டால், அது தானாகவே திரும்ப வரும்.
       *[other] கியோஸ்க் பயன்முறையிலிருந்து வெளியேறவா? { $minutes } நிமிடங்கள் யாரும் திரையைத் தொடாவிட்டால், அது தானாகவே திரும்ப வரும்.
    }
panel-exit-yes = ஆம், வெளியேறவும்
panel-exit-no = இல்லை, இங்கேயே இருக்கவும்
panel-close = மூடவும்

## Search, with an on-screen keyboard

search-heading = தேடல்
search-hint = ஒரு சொல்லை எழுதுங்கள். நீங்கள் எழுத எழுத முடிவுகள் மாறும்.
# In the empty search field.
search-placeholder = இங்கே எழுதுங்கள்
# $count is the number of results.
search-count =
    { $count ->
        [one] ஒரு முடிவு
       *[other] { $count } முடிவுகள்
    }
search-nothing = எதுவும் கிடைக்கவில்லை. வேறு ஒரு சொல்லை முயலுங்கள், அல்லது ஒரு தலைப்பைத் தேர்ந்தெடுங்கள்.
search-clear = அழிக்கவும்
keyboard-space = இடைவெளி
keyboard-backspace = அழி
# On the key that shows the next keyboard (another alphabet).
keyboard-next = வேறு விசைப்பலகை

## Take it home: QR codes for a phone's camera

qr-take-home = வீட்டுக்கு எடுத்துச் செல்லுங்கள்: உங்கள் தொலைபேசியின் கேமராவை இங்கே காட்டுங்கள்.
qr-call = உங்கள் தொலைபேசியிலிருந்து இந்த எண்ணை அழைக்க, இதை ஸ்கேன் செய்யுங்கள்.
qr-close = மூடவும்

## Job filters

filter-heading = இவற்றை மட்டும் காட்டவும்
filter-all = எல்லா வேலைகளும்
filter-full-time = முழு நேரம்
filter-part-time = பகுதி நேரம்
filter-new = இந்த வாரப் புதியவை
# Followed by buttons with language names: only jobs that need no other language.
filter-languages = நான் பேசும் மொழி
# $count is the number of jobs that match the filters.
filter-matching =
    { $count ->
        [0] எந்த வேலையும் பொருந்தவில்லை. “எல்லா வேலைகளும்” என்பதைத் தொடுங்கள்.
        [one] ஒரு வேலை பொருந்துகிறது
       *[other] { $count } வேலைகள் பொருந்துகின்றன
    }

## Emergency alerts, shown over every screen until they end

# The big button under an alert that covers the whole screen.
alert-read = இதைப் படித்துவிட்டேன்
# What kind of alert it is (CAP severity levels, from the most to the least serious).
alert-extreme = மிகப் பெரிய ஆபத்து
alert-severe = ஆபத்து
alert-moderate = எச்சரிக்கை
alert-minor = தகவல்
alert-unknown = அறிவிப்பு
# $time is when the alert ends, like "18:00" or "Fri 18:00".
alert-until = { $time } வரை
# On the strip of a less serious alert: tap to read all of it.
alert-more = மேலும் படிக்க
# Followed by the places the alert is about.
alert-where = எங்கே:
# Heading above what people should do.
alert-what-to-do = என்ன செய்ய வேண்டும்
# Button on an alert: opens the centre's emergency numbers.
alert-emergency = அவசர எண்கள்

## Night screen, outside the centre's opening hours

night-closed = மையம் இப்போது மூடியுள்ளது.
night-touch = இந்தத் திரையை இப்போதும் பயன்படுத்தலாம்: அதைத் தொடுங்கள்.

## Volunteer panel: alerts and usage counts

panel-alerts = இப்போது காட்டப்படும் எச்சரிக்கைகள்
panel-alerts-none = எந்த எச்சரிக்கையும் காட்டப்படவில்லை.
panel-usage = பயன்பாட்டு எண்ணிக்கை (ஒவ்வொரு பக்கமும் எத்தனை முறை திறக்கப்பட்டது)
panel-usage-save = பயன்பாட்டு எண்ணிக்கையை USB ஸ்டிக்கில் சேமிக்கவும்
# $file is where the counts were written.
panel-usage-saved = { $file }-இல் சேமிக்கப்பட்டது.
panel-usage-off = அமைப்புகளில் பயன்பாட்டு எண்ணிக்கை முடக்கப்பட்டுள்ளது.
panel-usage-no-folder = USB கோப்புறை எதுவும் அமைக்கப்படவில்லை (watch_dir), அதனால் எதையும் சேமிக்க முடியாது.
