### Welcome Kiosk: Greek interface strings.
### Translation: machine translation (AI-assisted) from the English reference, not yet reviewed by a native speaker.
### Review status: not reviewed

# The language's own name, shown on the language picker.
-language-name = Ελληνικά
-app-name = Welcome Kiosk

## Window

window-title = { -app-name }

## The bar on every screen

nav-home = Αρχική
nav-back = Πίσω
nav-language = Γλώσσα
nav-emergency = Έκτακτη ανάγκη
nav-search = Αναζήτηση

## Reading aloud, text size and contrast (buttons with an icon; the words are for
## visitors who read them and for screen labels)

# On the speaker button of a page, the emergency screen and each home tile.
listen = Ακούστε
listen-pause = Παύση
listen-resume = Συνέχεια
listen-stop = Διακοπή
listen-again = Ξανά
listen-previous = Πίσω
listen-next = Επόμενο
volume-down = Πιο χαμηλά
volume-up = Πιο δυνατά
# In the bar: three text sizes, and a high-contrast palette.
text-size = Μέγεθος γραμμάτων
contrast = Αντίθεση

## Language picker

language-heading = Διαλέξτε τη γλώσσα σας
language-hint = Μπορείτε να αλλάξετε γλώσσα όποτε θέλετε, με το κουμπί «Γλώσσα».
# Two switches for volunteers: change the language of everything, or only of the texts
# (for a visitor who reads one language but prefers buttons in another).
language-change-all = Αλλαγή σε όλα
language-change-texts = Αλλαγή μόνο κειμένων
# Shown when the texts are in another language than the buttons. $ui and $content are
# language names.
language-split = Κουμπιά στα { $ui } · κείμενα στα { $content }
# Picker with many languages: a heading over the languages the centre shows first, and one
# over all the others (grouped by writing system under it).
language-featured = Οι πιο συχνές εδώ
language-more = Περισσότερες γλώσσες
# The search field of a long picker, and what it says when nothing matches.
language-find = Γράψτε το όνομα της γλώσσας σας
language-find-nothing = Δεν βρέθηκε γλώσσα. Δοκιμάστε τα πρώτα γράμματα ή ρωτήστε έναν εθελοντή.

## Home screen

home-heading = Καλώς ήρθατε
home-subheading = Τι χρειάζεστε; Πατήστε μια εικόνα.

## Categories: home tiles and list headings

kind-guides = Τα δικαιώματά σας
kind-jobs = Δουλειά
kind-contacts = Έκτακτη ανάγκη
kind-services = Υπηρεσίες βοήθειας
kind-events = Εκδηλώσεις
kind-stories = Ιστορίες

## Lists

# $count is the number of items in a list.
list-count =
    { $count ->
        [one] { $count } στοιχείο
       *[other] { $count } στοιχεία
    }
list-empty = Δεν υπάρχει τίποτα εδώ αυτή τη στιγμή. Ελάτε ξανά αργότερα.

## Notices on items

# $language is the visitor's language, $fallback the language the text is shown in.
fallback-notice = Δεν υπάρχει ακόμα στα { $language } — το βλέπετε στα { $fallback }.
machine-translation-notice = Αυτό το κείμενο το μετέφρασε ένας υπολογιστής. Μπορεί να έχει λάθη.
example-badge = Παράδειγμα
example-notice = Αυτό είναι ένα παράδειγμα, για να δείτε πώς λειτουργεί αυτή η οθόνη. Δεν είναι πραγματικές πληροφορίες.
fictional-badge = Επινοημένη ιστορία
fictional-notice = Αυτή η ιστορία είναι επινοημένη, για να δείξει πώς μπορεί να είναι οι ιστορίες. Δεν μιλάει για έναν πραγματικό άνθρωπο.

## Facts of an item

fact-phone = Τηλέφωνο
fact-email = Email
fact-address = Διεύθυνση
fact-place = Πού
fact-hours = Ώρες λειτουργίας
fact-when = Πότε
fact-website = Ιστοσελίδα
fact-employer = Εργοδότης
fact-contract = Σύμβαση
fact-working-hours = Ώρες δουλειάς
fact-pay = Μισθός
fact-languages-needed = Γλώσσες που χρειάζονται
fact-languages-spoken = Γλώσσες που μιλούν
fact-posted = Δημοσιεύτηκε στις
fact-apply-before = Αιτήσεις μέχρι

# $hours is a number of hours.
hours-per-week =
    { $hours ->
        [one] { $hours } ώρα την εβδομάδα
       *[other] { $hours } ώρες την εβδομάδα
    }
contract-permanent = Μόνιμη δουλειά
contract-temporary = Προσωρινή δουλειά
contract-seasonal = Εποχική δουλειά
contract-apprenticeship = Μαθητεία

# $amount is a number with its decimals, $symbol the currency sign (€, kr…).
money = { $amount } { $symbol }

# $amount is an amount of money, already formatted with its currency.
pay-per-hour = { $amount } την ώρα
pay-per-day = { $amount } τη μέρα
pay-per-week = { $amount } την εβδομάδα
pay-per-month = { $amount } τον μήνα
pay-per-year = { $amount } τον χρόνο

open-now = Ανοιχτό τώρα
closed-now = Κλειστό τώρα
# When a service opens or closes next. $time is a time of day (17:00, 5:00 PM), $day the
# name of a weekday (Thursday).
open-closes-today = Ανοιχτό τώρα · κλείνει στις { $time }
open-closes-tomorrow = Ανοιχτό τώρα · κλείνει αύριο στις { $time }
open-closes-day = Ανοιχτό τώρα · κλείνει { $day } στις { $time }
closed-opens-today = Κλειστό · ανοίγει σήμερα στις { $time }
closed-opens-tomorrow = Κλειστό · ανοίγει αύριο στις { $time }
closed-opens-day = Κλειστό · ανοίγει { $day } στις { $time }
open-always = Ανοιχτό μέρα και νύχτα, κάθε μέρα
free-call = Δωρεάν κλήση
free-entry = Δωρεάν είσοδος

repeats-weekly = Κάθε εβδομάδα
repeats-monthly = Κάθε μήνα
repeats-yearly = Κάθε χρόνο

## Emergency screen

emergency-heading = Αριθμοί έκτακτης ανάγκης
emergency-intro = Αν κάποιος κινδυνεύει, καλέστε το 112. Η κλήση είναι δωρεάν.
urgent-badge = Επείγον

## Attract screen, shown when nobody is using the kiosk

# Shown in every offered language in turn, each in its own language.
attract-touch = Αγγίξτε την οθόνη για να ξεκινήσετε

## Idle warning: the kiosk starts again for the next person

idle-heading = Είστε ακόμα εδώ;
# $seconds is a number of seconds.
idle-countdown =
    { $seconds ->
        [one] Ξεκινάμε ξανά σε { $seconds } δευτερόλεπτο. Όσα είδατε θα σβηστούν.
       *[other] Ξεκινάμε ξανά σε { $seconds } δευτερόλεπτα. Όσα είδατε θα σβηστούν.
    }
idle-more-time = Χρειάζομαι περισσότερο χρόνο

## Volunteer panel (opened with a long press on the centre's name and a PIN)

pin-heading = PIN εθελοντών
pin-hint = Γράψτε το PIN και μετά πατήστε OK.
pin-ok = OK
pin-clear = Σβήσιμο
pin-cancel = Ακύρωση
pin-wrong = Λάθος PIN. Δοκιμάστε ξανά.
# $seconds is a number of seconds.
pin-locked =
    { $seconds ->
        [one] Πάρα πολλές λάθος προσπάθειες. Περιμένετε { $seconds } δευτερόλεπτο.
       *[other] Πάρα πολλές λάθος προσπάθειες. Περιμένετε { $seconds } δευτερόλεπτα.
    }
panel-heading = Πίνακας εθελοντών
panel-content = Περιεχόμενο που εμφανίζεται
panel-bundle = Πακέτο
panel-version = Έκδοση
panel-source = Πηγή
panel-problems = Προβλήματα κατά τη φόρτωση
panel-no-problems = Κανένα πρόβλημα.
panel-default-language = Προεπιλεγμένη γλώσσα για το επόμενο άτομο
panel-reload = Επαναφόρτωση περιεχομένου
panel-reloaded = Το περιεχόμενο φορτώθηκε ξανά.
panel-exit = Έξοδος από τη λειτουργία κιόσκι
# Asked before kiosk mode is left. $minutes is a number of minutes.
panel-exit-question =
    { $minutes ->
        [one] Έξοδος από τη λειτουργία κιόσκι; Επανέρχεται μόνη της μετά από { $minutes } λεπτό χωρίς άγγιγμα.
       *[other] Έξοδος από τη λειτουργία κιόσκι; Επανέρχεται μόνη της μετά από { $minutes } λεπτά χωρίς άγγιγμα.
    }
panel-exit-yes = Ναι, έξοδος
panel-exit-no = Όχι, παραμονή
panel-close = Κλείσιμο

## Search, with an on-screen keyboard

search-heading = Αναζήτηση
search-hint = Γράψτε μια λέξη. Τα αποτελέσματα αλλάζουν όσο γράφετε.
# In the empty search field.
search-placeholder = Γράψτε εδώ
# $count is the number of results.
search-count =
    { $count ->
        [one] { $count } αποτέλεσμα
       *[other] { $count } αποτελέσματα
    }
search-nothing = Δεν βρέθηκε τίποτα. Δοκιμάστε άλλη λέξη ή διαλέξτε ένα θέμα.
search-clear = Καθαρισμός
keyboard-space = Κενό
keyboard-backspace = Σβήσιμο
# On the key that shows the next keyboard (another alphabet).
keyboard-next = Άλλο πληκτρολόγιο

## Take it home: QR codes for a phone's camera

qr-take-home = Πάρτε το μαζί σας: στρέψτε την κάμερα του κινητού σας σε αυτόν τον κωδικό.
qr-call = Σαρώστε με το κινητό σας για να καλέσετε αυτόν τον αριθμό.
qr-close = Κλείσιμο

## Job filters

filter-heading = Εμφάνιση μόνο
filter-all = Όλες οι δουλειές
filter-full-time = Πλήρης απασχόληση
filter-part-time = Μερική απασχόληση
filter-new = Νέες αυτή την εβδομάδα
# Followed by buttons with language names: only jobs that need no other language.
filter-languages = Μιλάω
# $count is the number of jobs that match the filters.
filter-matching =
    { $count ->
        [0] Καμία δουλειά δεν ταιριάζει. Πατήστε «Όλες οι δουλειές».
        [one] { $count } δουλειά ταιριάζει
       *[other] { $count } δουλειές ταιριάζουν
    }

## Emergency alerts, shown over every screen until they end

# The big button under an alert that covers the whole screen.
alert-read = Το διάβασα
# What kind of alert it is (CAP severity levels, from the most to the least serious).
alert-extreme = Ακραίος κίνδυνος
alert-severe = Κίνδυνος
alert-moderate = Προειδοποίηση
alert-minor = Ενημέρωση
alert-unknown = Ανακοίνωση
# $time is when the alert ends, like "18:00" or "Fri 18:00".
alert-until = Έως { $time }
# On the strip of a less serious alert: tap to read all of it.
alert-more = Διαβάστε περισσότερα
# Followed by the places the alert is about.
alert-where = Πού:
# Heading above what people should do.
alert-what-to-do = Τι να κάνετε
# Button on an alert: opens the centre's emergency numbers.
alert-emergency = Αριθμοί έκτακτης ανάγκης

## Night screen, outside the centre's opening hours

night-closed = Το κέντρο είναι κλειστό τώρα.
night-touch = Μπορείτε όμως να χρησιμοποιήσετε αυτή την οθόνη: αγγίξτε την.

## Volunteer panel: alerts and usage counts

panel-alerts = Ειδοποιήσεις που εμφανίζονται τώρα
panel-alerts-none = Δεν εμφανίζεται καμία ειδοποίηση.
panel-usage = Μετρήσεις χρήσης (πόσες φορές άνοιξε κάθε σελίδα)
panel-usage-save = Αποθήκευση των μετρήσεων στο στικάκι USB
# $file is where the counts were written.
panel-usage-saved = Αποθηκεύτηκε στο { $file }.
panel-usage-off = Η μέτρηση χρήσης είναι απενεργοποιημένη στις ρυθμίσεις.
panel-usage-no-folder = Δεν έχει οριστεί φάκελος USB (watch_dir), οπότε δεν μπορεί να αποθηκευτεί τίποτα.
