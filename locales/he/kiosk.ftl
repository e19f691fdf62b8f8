### Welcome Kiosk: Hebrew interface strings.
### Translation: machine translation (AI-assisted) from the English reference, not yet reviewed by a native speaker.
### Review status: not reviewed

# The language's own name, shown on the language picker.
-language-name = עברית
-app-name = Welcome Kiosk

## Window

window-title = { -app-name }

## The bar on every screen

nav-home = דף הבית
nav-back = חזרה
nav-language = שפה
nav-emergency = חירום
nav-search = חיפוש

## Reading aloud, text size and contrast (buttons with an icon; the words are for
## visitors who read them and for screen labels)

# On the speaker button of a page, the emergency screen and each home tile.
listen = האזנה
listen-pause = השהיה
listen-resume = המשך
listen-stop = עצירה
listen-again = שוב
listen-previous = הקודם
listen-next = הבא
volume-down = חלש יותר
volume-up = חזק יותר
# In the bar: three text sizes, and a high-contrast palette.
text-size = גודל הטקסט
contrast = ניגודיות

## Language picker

language-heading = בחרו את השפה שלכם
language-hint = אפשר להחליף את השפה בכל זמן בכפתור "שפה".
# Two switches for volunteers: change the language of everything, or only of the texts
# (for a visitor who reads one language but prefers buttons in another).
language-change-all = להחליף הכול
language-change-texts = להחליף רק את הטקסטים
# Shown when the texts are in another language than the buttons. $ui and $content are
# language names.
language-split = כפתורים: { $ui } · טקסטים: { $content }
# Picker with many languages: a heading over the languages the centre shows first, and one
# over all the others (grouped by writing system under it).
language-featured = הנפוצות ביותר כאן
language-more = שפות נוספות
# The search field of a long picker, and what it says when nothing matches.
language-find = הקלידו את שם השפה שלכם
language-find-nothing = לא נמצאה שפה. נסו את האותיות הראשונות, או שאלו את אחד המתנדבים.

## Home screen

home-heading = ברוכים הבאים
home-subheading = מה אתם צריכים? הקישו על תמונה.

## Categories: home tiles and list headings

kind-guides = הזכויות שלכם
kind-jobs = עבודה
kind-contacts = חירום
kind-services = שירותים
kind-events = אירועים
kind-stories = סיפורים

## Lists

# $count is the number of items in a list.
list-count =
    { $count ->
        [one] פריט אחד
        [two] שני פריטים
       *[other] { $count } פריטים
    }
list-empty = אין כאן כלום כרגע. בבקשה חזרו מאוחר יותר.

## Notices on items

# $language is the visitor's language, $fallback the language the text is shown in.
fallback-notice = עדיין לא זמין ב-{ $language } — מוצג ב-{ $fallback }.
machine-translation-notice = מחשב תרגם את הטקסט הזה. ייתכן שיש בו טעויות.
example-badge = דוגמה
example-notice = זו דוגמה שמראה איך הקיוסק עובד. זה לא מידע אמיתי.
fictional-badge = סיפור בדוי
fictional-notice = הסיפור הזה בדוי, כדי להראות איך סיפורים יכולים להיראות. הוא לא על אדם אמיתי.

## Facts of an item

fact-phone = טלפון
fact-email = אימייל
fact-address = כתובת
fact-place = איפה
fact-hours = שעות פתיחה
fact-when = מתי
fact-website = אתר אינטרנט
fact-employer = מעסיק
fact-contract = חוזה
fact-working-hours = שעות עבודה
fact-pay = שכר
fact-languages-needed = שפות נדרשות
fact-languages-spoken = שפות מדוברות
fact-posted = תאריך פרסום
fact-apply-before = להגיש עד

# $hours is a number of hours.
hours-per-week =
    { $hours ->
        [one] { $hours } שעה בשבוע
        [two] { $hours } שעות בשבוע
       *[other] { $hours } שעות בשבוע
    }
contract-permanent = עבודה קבועה
contract-temporary = עבודה זמנית
contract-seasonal = עבודה עונתית
contract-apprenticeship = התלמדות

# $amount is a number with its decimals, $symbol the currency sign (€, kr…).
money = { $amount } { $symbol }

# $amount is an amount of money, already formatted with its currency.
pay-per-hour = { $amount } לשעה
pay-per-day = { $amount } ליום
pay-per-week = { $amount } לשבוע
pay-per-month = { $amount } לחודש
pay-per-year = { $amount } לשנה

open-now = פתוח עכשיו
closed-now = סגור עכשיו
# When a service opens or closes next. $time is a time of day (17:00, 5:00 PM), $day the
# name of a weekday (Thursday).
open-closes-today = פתוח עכשיו · נסגר ב-{ $time }
open-closes-tomorrow = פתוח עכשיו · נסגר מחר ב-{ $time }
open-closes-day = פתוח עכשיו · נסגר ב{ $day } ב-{ $time }
closed-opens-today = סגור · נפתח היום ב-{ $time }
closed-opens-tomorrow = סגור · נפתח מחר ב-{ $time }
closed-opens-day = סגור · נפתח ב{ $day } ב-{ $time }
open-always = פתוח יום ולילה, כל יום
free-call = שיחה חינם
free-entry = כניסה חופשית

repeats-weekly = כל שבוע
repeats-monthly = כל חודש
repeats-yearly = כל שנה

## Emergency screen

emergency-heading = מספרי חירום
emergency-intro = אם מישהו בסכנה, התקשרו ל-112. השיחה בחינם.
urgent-badge = דחוף

## Attract screen, shown when nobody is using the kiosk

# Shown in every offered language in turn, each in its own language.
attract-touch = געו במסך כדי להתחיל

## Idle warning: the kiosk starts again for the next person

idle-heading = אתם עדיין כאן?
# $seconds is a number of seconds.
idle-countdown =
    { $seconds ->
        [one] מתחילים מחדש בעוד שנייה אחת. מה שראיתם יימחק.
        [two] מתחילים מחדש בעוד { $seconds } שניות. מה שראיתם יימחק.
       *[other] מתחילים מחדש בעוד { $seconds } שניות. מה שראיתם יימחק.
    }
idle-more-time = עוד זמן, בבקשה

## Volunteer panel (opened with a long press on the centre's name and a PIN)

pin-heading = קוד מתנדבים
pin-hint = הקלידו את הקוד, ואז לחצו על "אישור".
pin-ok = אישור
pin-clear = ניקוי
pin-cancel = ביטול
pin-wrong = קוד שגוי. נסו שוב.
# $seconds is a number of seconds.
pin-locked =
    { $seconds ->
        [one] יותר מדי ניסיונות שגויים. חכו שנייה אחת.
        [two] יותר מדי ניסיונות שגויים. חכו { $seconds } שניות.
       *[other] יותר מדי ניסיונות שגויים. חכו { $seconds } שניות.
    }
panel-heading = לוח מתנדבים
panel-content = התוכן המוצג
panel-bundle = חבילת תוכן
panel-version = גרסה
panel-source = מקור
panel-problems = בעיות שנמצאו בטעינה
panel-no-problems = אין בעיות.
panel-default-language = שפת ברירת המחדל למבקר הבא
panel-reload = לטעון את התוכן מחדש
panel-reloaded = התוכן נטען מחדש.
panel-exit = יציאה ממצב קיוסק
# Asked before kiosk mode is left. $minutes is a number of minutes.
panel-exit-question =
    { $minutes ->
        [one] לצאת ממצב קיוסק? הוא יחזור מעצמו אחרי דקה אחת בלי נגיעה במסך.
        [two] לצאת ממצב קיוסק? הוא יחזור מעצמו אחרי { $minutes } דקות בלי נגיעה במסך.
       *[other] לצאת ממצב קיוסק? הוא יחזור מעצמו אחרי { $minutes } דקות בלי נגיעה במסך.
    }
panel-exit-yes = כן, לצאת
panel-exit-no = לא, להישאר
panel-close = סגירה

## Search, with an on-screen keyboard

search-heading = חיפוש
search-hint = הקלידו מילה. התוצאות משתנות תוך כדי הקלדה.
# In the empty search field.
search-placeholder = הקלידו כאן
# $count is the number of results.
search-count =
    { $count ->
        [one] תוצאה אחת
        [two] שתי תוצאות
       *[other] { $count } תוצאות
    }
search-nothing = לא נמצא כלום. נסו מילה אחרת, או בחרו נושא.
search-clear = ניקוי
keyboard-space = רווח
keyboard-backspace = מחיקה
# On the key that shows the next keyboard (another alphabet).
keyboard-next = מקלדת אחרת

## Take it home: QR codes for a phone's camera

qr-take-home = קחו את זה הביתה: כוונו לכאן את המצלמה של הטלפון.
qr-call = סרקו כדי להתקשר למספר הזה מהטלפון שלכם.
qr-close = סגירה

## Job filters

filter-heading = להציג רק
filter-all = כל המשרות
filter-full-time = משרה מלאה
filter-part-time = משרה חלקית
filter-new = חדש השבוע
# Followed by buttons with language names: only jobs that need no other language.
filter-languages = השפות שלי
# $count is the number of jobs that match the filters.
filter-matching =
    { $count ->
        [0] אין משרה מתאימה. הקישו על "כל המשרות".
        [one] משרה אחת מתאימה
        [two] שתי משרות מתאימות
       *[other] { $count } משרות מתאימות
    }

## Emergency alerts, shown over every screen until they end

# The big button under an alert that covers the whole screen.
alert-read = קראתי
# What kind of alert it is (CAP severity levels, from the most to the least serious).
alert-extreme = סכנה חמורה מאוד
alert-severe = סכנה
alert-moderate = אזהרה
alert-minor = מידע
alert-unknown = הודעה
# $time is when the alert ends, like "18:00" or "Fri 18:00".
alert-until = עד { $time }
# On the strip of a less serious alert: tap to read all of it.
alert-more = לקריאה נוספת
# Followed by the places the alert is about.
alert-where = איפה:
# Heading above what people should do.
alert-what-to-do = מה לעשות
# Button on an alert: opens the centre's emergency numbers.
alert-emergency = מספרי חירום

## Night screen, outside the centre's opening hours

night-closed = המרכז סגור עכשיו.
night-touch = אפשר עדיין להשתמש במסך הזה: געו בו.

## Volunteer panel: alerts and usage counts

panel-alerts = התראות שמוצגות עכשיו
panel-alerts-none = אין התראה מוצגת.
panel-usage = ספירת שימוש (כמה פעמים נפתח כל דף)
panel-usage-save = לשמור את ספירת השימוש בדיסק און קי
# $file is where the counts were written.
panel-usage-saved = נשמר ב-{ $file }.
panel-usage-off = ספירת השימוש כבויה בהגדרות.
panel-usage-no-folder = לא הוגדרה תיקיית USB (watch_dir), ולכן אי אפשר לשמור כלום.
