### Welcome Kiosk: Polish interface strings.
### Translation: machine translation (AI-assisted) from the English reference, not yet reviewed by a native speaker.
### Review status: not reviewed

# The language's own name, shown on the language picker.
-language-name = Polski
-app-name = Welcome Kiosk

## Window

window-title = { -app-name }

## The bar on every screen

nav-home = Start
nav-back = Wstecz
nav-language = Język
nav-emergency = Pilna pomoc
nav-search = Szukaj

## Reading aloud, text size and contrast (buttons with an icon; the words are for
## visitors who read them and for screen labels)

# On the speaker button of a page, the emergency screen and each home tile.
listen = Posłuchaj
listen-pause = Pauza
listen-resume = Wznów
listen-stop = Zatrzymaj
listen-again = Jeszcze raz
listen-previous = Wstecz
listen-next = Dalej
volume-down = Ciszej
volume-up = Głośniej
# In the bar: three text sizes, and a high-contrast palette.
text-size = Wielkość tekstu
contrast = Kontrast

## Language picker

language-heading = Wybierz swój język
language-hint = Język możesz zmienić w każdej chwili przyciskiem Język.
# Two switches for volunteers: change the language of everything, or only of the texts
# (for a visitor who reads one language but prefers buttons in another).
language-change-all = Zmień wszystko
language-change-texts = Zmień tylko teksty
# Shown when the texts are in another language than the buttons. $ui and $content are
# language names.
language-split = Przyciski: { $ui } · teksty: { $content }
# Picker with many languages: a heading over the languages the centre shows first, and one
# over all the others (grouped by writing system under it).
language-featured = Najczęściej używane tutaj
language-more = Więcej języków
# The search field of a long picker, and what it says when nothing matches.
language-find = Wpisz nazwę swojego języka
language-find-nothing = Nie znaleziono języka. Wpisz pierwsze litery albo zapytaj wolontariusza.

## Home screen

home-heading = Witamy
home-subheading = Czego potrzebujesz? Dotknij obrazka.

## Categories: home tiles and list headings

kind-guides = Twoje prawa
kind-jobs = Praca
kind-contacts = Pilna pomoc
kind-services = Usługi i pomoc
kind-events = Wydarzenia
kind-stories = Historie

## Lists

# $count is the number of items in a list.
list-count =
    { $count ->
        [one] Jedna pozycja
        [few] { $count } pozycje
        [many] { $count } pozycji
       *[other] { $count } pozycji
    }
list-empty = Na razie nic tu nie ma. Wróć później.

## Notices on items

# $language is the visitor's language, $fallback the language the text is shown in.
fallback-notice = Jeszcze niedostępne w języku: { $language } — pokazano w języku: { $fallback }.
machine-translation-notice = Ten tekst przetłumaczył komputer. Mogą w nim być błędy.
example-badge = Przykład
example-notice = To jest przykład, który pokazuje, jak działa kiosk. To nie są prawdziwe informacje.
fictional-badge = Wymyślona historia
fictional-notice = Ta historia jest wymyślona, żeby pokazać, jak mogą wyglądać historie. Nie opowiada o prawdziwej osobie.

## Facts of an item

fact-phone = Telefon
fact-email = E-mail
fact-address = Adres
fact-place = Gdzie
fact-hours = Godziny otwarcia
fact-when = Kiedy
fact-website = Strona internetowa
fact-employer = Pracodawca
fact-contract = Umowa
fact-working-hours = Godziny pracy
fact-pay = Wynagrodzenie
fact-languages-needed = Wymagane języki
fact-languages-spoken = Mówimy w językach
fact-posted = Opublikowano
fact-apply-before = Zgłoszenia do

# $hours is a number of hours.
hours-per-week =
    { $hours ->
        [one] { $hours } godzina tygodniowo
        [few] { $hours } godziny tygodniowo
        [many] { $hours } godzin tygodniowo
       *[other] { $hours } godziny tygodniowo
    }
contract-permanent = Praca na stałe
contract-temporary = Praca tymczasowa
contract-seasonal = Praca sezonowa
contract-apprenticeship = Nauka zawodu

# $amount is a number with its decimals, $symbol the currency sign (€, kr…).
money = { $amount } { $symbol }

# $amount is an amount of money, already formatted with its currency.
pay-per-hour = { $amount } za godzinę
pay-per-day = { $amount } za dzień
pay-per-week = { $amount } tygodniowo
pay-per-month = { $amount } miesięcznie
pay-per-year = { $amount } rocznie

open-now = Teraz otwarte
closed-now = Teraz zamknięte
# When a service opens or closes next. $time is a time of day (17:00, 5:00 PM), $day the
# name of a weekday (Thursday).
open-closes-today = Teraz otwarte · zamknięcie o { $time }
open-closes-tomorrow = Teraz otwarte · zamknięcie jutro o { $time }
open-closes-day = Teraz otwarte · zamknięcie: { $day } { $time }
closed-opens-today = Zamknięte · otwarcie dziś o { $time }
closed-opens-tomorrow = Zamknięte · otwarcie jutro o { $time }
closed-opens-day = Zamknięte · otwarcie: { $day } { $time }
open-always = Otwarte dzień i noc, codziennie
free-call = Bezpłatne połączenie
free-entry = Wstęp wolny

repeats-weekly = Co tydzień
repeats-monthly = Co miesiąc
repeats-yearly = Co roku

## Emergency screen

emergency-heading = Numery alarmowe
emergency-intro = Jeśli ktoś jest w niebezpieczeństwie, zadzwoń pod 112. Połączenie jest bezpłatne.
urgent-badge = Pilne

## Attract screen, shown when nobody is using the kiosk

# Shown in every offered language in turn, each in its own language.
attract-touch = Dotknij ekranu, aby zacząć

## Idle warning: the kiosk starts again for the next person

idle-heading = Czy nadal tu jesteś?
# $seconds is a number of seconds.
idle-countdown =
    { $seconds ->
        [one] Kiosk zacznie od nowa za { $seconds } sekundę. Oglądane strony zostaną wyczyszczone.
        [few] Kiosk zacznie od nowa za { $seconds } sekundy. Oglądane strony zostaną wyczyszczone.
        [many] Kiosk zacznie od nowa za { $seconds } sekund. Oglądane strony zostaną wyczyszczone.
       *[other] Kiosk zacznie od nowa za { $seconds } sekundy. Oglądane strony zostaną wyczyszczone.
    }
idle-more-time = Potrzebuję więcej czasu

## Volunteer panel (opened with a long press on the centre's name and a PIN)

pin-heading = PIN dla wolontariuszy
pin-hint = Wpisz PIN, a potem naciśnij OK.
pin-ok = OK
pin-clear = Wyczyść
pin-cancel = Anuluj
pin-wrong = Zły PIN. Spróbuj jeszcze raz.
# $seconds is a number of seconds.
pin-locked =
    { $seconds ->
        [one] Za dużo błędnych prób. Poczekaj { $seconds } sekundę.
        [few] Za dużo błędnych prób. Poczekaj { $seconds } sekundy.
        [many] Za dużo błędnych prób. Poczekaj { $seconds } sekund.
       *[other] Za dużo błędnych prób. Poczekaj { $seconds } sekundy.
    }
panel-heading = Panel wolontariuszy
panel-content = Wyświetlane treści
panel-bundle = Pakiet treści
panel-version = Wersja
panel-source = Źródło
panel-problems = Problemy znalezione podczas wczytywania
panel-no-problems = Brak problemów.
panel-default-language = Domyślny język dla następnej osoby
panel-reload = Wczytaj treści ponownie
panel-reloaded = Treści wczytane ponownie.
panel-exit = Wyjdź z trybu kiosku
# Asked before kiosk mode is left. $minutes is a number of minutes.
panel-exit-question =
    { $minutes ->
        [one] Wyjść z trybu kiosku? Włączy się znowu sam po { $minutes } minucie bez dotknięcia ekranu.
        [few] Wyjść z trybu kiosku? Włączy się znowu sam po { $minutes } minutach bez dotknięcia ekranu.
        [many] Wyjść z trybu kiosku? Włączy się znowu sam po { $minutes } minutach bez dotknięcia ekranu.
       *[other] Wyjść z trybu kiosku? Włączy się znowu sam po { $minutes } minuty bez dotknięcia ekranu.
    }
panel-exit-yes = Tak, wyjdź
panel-exit-no = Nie, zostań
panel-close = Zamknij

## Search, with an on-screen keyboard

search-heading = Szukaj
search-hint = Wpisz słowo. Wyniki zmieniają się w trakcie pisania.
# In the empty search field.
search-placeholder = Pisz tutaj
# $count is the number of results.
search-count =
    { $count ->
        [one] Jeden wynik
        [few] { $count } wyniki
        [many] { $count } wyników
       *[other] { $count } wyniku
    }
search-nothing = Nic nie znaleziono. Spróbuj innego słowa albo wybierz temat.
search-clear = Wyczyść
keyboard-space = Spacja
keyboard-backspace = Usuń
# On the key that shows the next keyboard (another alphabet).
keyboard-next = Inna klawiatura

## Take it home: QR codes for a phone's camera

qr-take-home = Zabierz to ze sobą: skieruj tutaj aparat telefonu.
qr-call = Zeskanuj telefonem, aby zadzwonić pod ten numer.
qr-close = Zamknij

## Job filters

filter-heading = Pokaż tylko
filter-all = Wszystkie oferty
filter-full-time = Pełny etat
filter-part-time = Niepełny etat
filter-new = Nowe w tym tygodniu
# Followed by buttons with language names: only jobs that need no other language.
filter-languages = Znam języki
# $count is the number of jobs that match the filters.
filter-matching =
    { $count ->
        [0] Żadna oferta nie pasuje. Dotknij „Wszystkie oferty”.
        [one] Pasuje jedna oferta
        [few] Pasują { $count } oferty
        [many] Pasuje { $count } ofert
       *[other] Pasuje { $count } oferty
    }

## Emergency alerts, shown over every screen until they end

# The big button under an alert that covers the whole screen.
alert-read = Przeczytane
# What kind of alert it is (CAP severity levels, from the most to the least serious).
alert-extreme = Skrajne niebezpieczeństwo
alert-severe = Niebezpieczeństwo
alert-moderate = Ostrzeżenie
alert-minor = Informacja
alert-unknown = Komunikat
# $time is when the alert ends, like "18:00" or "Fri 18:00".
alert-until = Do { $time }
# On the strip of a less serious alert: tap to read all of it.
alert-more = Czytaj dalej
# Followed by the places the alert is about.
alert-where = Gdzie:
# Heading above what people should do.
alert-what-to-do = Co robić
# Button on an alert: opens the centre's emergency numbers.
alert-emergency = Numery alarmowe

## Night screen, outside the centre's opening hours

night-closed = Centrum jest teraz zamknięte.
night-touch = Nadal możesz korzystać z tego ekranu: dotknij go.

## Volunteer panel: alerts and usage counts

panel-alerts = Alerty wyświetlane teraz
panel-alerts-none = Nie jest wyświetlany żaden alert.
panel-usage = Liczniki użycia (ile razy otwarto każdą stronę)
panel-usage-save = Zapisz liczniki użycia na pendrivie
# $file is where the counts were written.
panel-usage-saved = Zapisano w { $file }.
panel-usage-off = Liczenie użycia jest wyłączone w konfiguracji.
panel-usage-no-folder = Nie ustawiono folderu USB (watch_dir), więc nie można niczego zapisać.
