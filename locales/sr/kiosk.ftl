### Welcome Kiosk: Serbian interface strings.
### Translation: machine translation (AI-assisted) from the English reference, not yet reviewed by a native speaker.
### Review status: not reviewed

# The language's own name, shown on the language picker.
-language-name = Српски
-app-name = Welcome Kiosk

## Window

window-title = { -app-name }

## The bar on every screen

nav-home = Почетна
nav-back = Назад
nav-language = Језик
nav-emergency = Хитни случајеви
nav-search = Претрага

## Reading aloud, text size and contrast (buttons with an icon; the words are for
## visitors who read them and for screen labels)

# On the speaker button of a page, the emergency screen and each home tile.
listen = Слушај
listen-pause = Пауза
listen-resume = Настави
listen-stop = Стоп
listen-again = Поново
listen-previous = Назад
listen-next = Даље
volume-down = Тише
volume-up = Гласније
# In the bar: three text sizes, and a high-contrast palette.
text-size = Величина текста
contrast = Контраст

## Language picker

language-heading = Изаберите свој језик
language-hint = Језик можете да промените у било ком тренутку дугметом „Језик”.
# Two switches for volunteers: change the language of everything, or only of the texts
# (for a visitor who reads one language but prefers buttons in another).
language-change-all = Промени све
language-change-texts = Промени само текстове
# Shown when the texts are in another language than the buttons. $ui and $content are
# language names.
language-split = Дугмад: { $ui } · текстови: { $content }
# Picker with many languages: a heading over the languages the centre shows first, and one
# over all the others (grouped by writing system under it).
language-featured = Најчешће коришћени овде
language-more = Још језика
# The search field of a long picker, and what it says when nothing matches.
language-find = Упишите назив свог језика
language-find-nothing = Језик није пронађен. Покушајте са првим словима или питајте волонтера.

## Home screen

home-heading = Добродошли
home-subheading = Шта вам треба? Додирните слику.

## Categories: home tiles and list headings

kind-guides = Ваша права
kind-jobs = Послови
kind-contacts = Хитни случајеви
kind-services = Услуге
kind-events = Догађаји
kind-stories = Приче

## Lists

# $count is the number of items in a list.
list-count =
    { $count ->
        [one] { $count } ставка
        [few] { $count } ставке
       *[other] { $count } ставки
    }
list-empty = Овде тренутно нема ничега. Молимо вас, дођите касније.

## Notices on items

# $language is the visitor's language, $fallback the language the text is shown in.
fallback-notice = Још није доступно на језику { $language } — приказано на језику { $fallback }.
machine-translation-notice = Овај текст је превео рачунар. Може да садржи грешке.
example-badge = Пример
example-notice = Ово је пример који показује како киоск ради. Ово нису стварне информације.
fictional-badge = Измишљена прича
fictional-notice = Ова прича је измишљена, да покаже како приче могу да изгледају. Није о стварној особи.

## Facts of an item

fact-phone = Телефон
fact-email = Е-пошта
fact-address = Адреса
fact-place = Где
fact-hours = Радно време
fact-when = Када
fact-website = Веб-сајт
fact-employer = Послодавац
fact-contract = Уговор
fact-working-hours = Радни сати
fact-pay = Плата
fact-languages-needed = Потребни језици
fact-languages-spoken = Језици који се говоре
fact-posted = Објављено
fact-apply-before = Пријаве до

# $hours is a number of hours.
hours-per-week =
    { $hours ->
        [one] { $hours } сат недељно
        [few] { $hours } сата недељно
       *[other] { $hours } сати недељно
    }
contract-permanent = Стални посао
contract-temporary = Привремени посао
contract-seasonal = Сезонски посао
contract-apprenticeship = Обука на радном месту

# $amount is a number with its decimals, $symbol the currency sign (€, kr…).
money = { $amount } { $symbol }

# $amount is an amount of money, already formatted with its currency.
pay-per-hour = { $amount } по сату
pay-per-day = { $amount } дневно
pay-per-week = { $amount } недељно
pay-per-month = { $amount } месечно
pay-per-year = { $amount } годишње

open-now = Сада отворено
closed-now = Сада затворено
# When a service opens or closes next. $time is a time of day (17:00, 5:00 PM), $day the
# name of a weekday (Thursday).
open-closes-today = Сада отворено · затвара се у { $time }
open-closes-tomorrow = Сада отворено · затвара се сутра у { $time }
open-closes-day = Сада отворено · затвара се: { $day }, { $time }
closed-opens-today = Затворено · отвара се данас у { $time }
closed-opens-tomorrow = Затворено · отвара се сутра у { $time }
closed-opens-day = Затворено · отвара се: { $day }, { $time }
open-always = Отворено дању и ноћу, сваког дана
free-call = Бесплатан позив
free-entry = Бесплатан улаз

repeats-weekly = Сваке недеље
repeats-monthly = Сваког месеца
repeats-yearly = Сваке године

## Emergency screen

emergency-heading = Бројеви за хитне случајеве
emergency-intro = Ако је неко у опасности, позовите 112. Позив је бесплатан.
urgent-badge = Хитно

## Attract screen, shown when nobody is using the kiosk

# Shown in every offered language in turn, each in its own language.
attract-touch = Додирните екран да бисте почели

## Idle warning: the kiosk starts again for the next person

idle-heading = Да ли сте још ту?
# $seconds is a number of seconds.
idle-countdown =
    { $seconds ->
        [one] Почињемо поново за { $seconds } секунду. Оно што сте гледали биће обрисано.
        [few] Почињемо поново за { $seconds } секунде. Оно што сте гледали биће обрисано.
       *[other] Почињемо поново за { $seconds } секунди. Оно што сте гледали биће обрисано.
    }
idle-more-time = Треба ми још времена

## Volunteer panel (opened with a long press on the centre's name and a PIN)

pin-heading = ПИН за волонтере
pin-hint = Унесите ПИН, па притисните OK.
pin-ok = OK
pin-clear = Обриши
pin-cancel = Откажи
pin-wrong = Погрешан ПИН. Покушајте поново.
# $seconds is a number of seconds.
pin-locked =
    { $seconds ->
        [one] Превише погрешних покушаја. Сачекајте { $seconds } секунду.
        [few] Превише погрешних покушаја. Сачекајте { $seconds } секунде.
       *[other] Превише погрешних покушаја. Сачекајте { $seconds } секунди.
    }
panel-heading = Панел за волонтере
panel-content = Приказани садржај
panel-bundle = Пакет
panel-version = Верзија
panel-source = Извор
panel-problems = Проблеми пронађени при учитавању
panel-no-problems = Нема проблема.
panel-default-language = Подразумевани језик за следећег посетиоца
panel-reload = Поново учитај садржај
panel-reloaded = Садржај је поново учитан.
panel-exit = Изађи из режима киоска
# Asked before kiosk mode is left. $minutes is a number of minutes.
panel-exit-question =
    { $minutes ->
        [one] Изаћи из режима киоска? Враћа се сам после { $minutes } минута без додира.
        [few] Изаћи из режима киоска? Враћа се сам после { $minutes } минута без додира.
       *[other] Изаћи из режима киоска? Враћа се сам после { $minutes } минута без додира.
    }
panel-exit-yes = Да, изађи
panel-exit-no = Не, остани
panel-close = Затвори

## Search, with an on-screen keyboard

search-heading = Претрага
search-hint = Упишите реч. Резултати се мењају док куцате.
# In the empty search field.
search-placeholder = Пишите овде
# $count is the number of results.
search-count =
    { $count ->
        [one] { $count } резултат
        [few] { $count } резултата
       *[other] { $count } резултата
    }
search-nothing = Ништа није пронађено. Покушајте са другом речју или изаберите тему.
search-clear = Обриши
keyboard-space = Размак
keyboard-backspace = Бриши
# On the key that shows the next keyboard (another alphabet).
keyboard-next = Друга тастатура

## Take it home: QR codes for a phone's camera

qr-take-home = Понесите кући: усмерите камеру телефона овде.
qr-call = Скенирајте да бисте телефоном позвали овај број.
qr-close = Затвори

## Job filters

filter-heading = Прикажи само
filter-all = Сви послови
filter-full-time = Пуно радно време
filter-part-time = Непуно радно време
filter-new = Ново ове недеље
# Followed by buttons with language names: only jobs that need no other language.
filter-languages = Говорим
# $count is the number of jobs that match the filters.
filter-matching =
    { $count ->
        [0] Ниједан посао не одговара. Додирните „Сви послови”.
        [one] { $count } посао одговара
        [few] { $count } посла одговарају
       *[other] { $count } послова одговара
    }

## Emergency alerts, shown over every screen until they end

# The big button under an alert that covers the whole screen.
alert-read = Прочитано
# What kind of alert it is (CAP severity levels, from the most to the least serious).
alert-extreme = Крајња опасност
alert-severe = Опасност
alert-moderate = Упозорење
alert-minor = Информација
alert-unknown = Обавештење
# $time is when the alert ends, like "18:00" or "Fri 18:00".
alert-until = До { $time }
# On the strip of a less serious alert: tap to read all of it.
alert-more = Прочитајте више
# Followed by the places the alert is about.
alert-where = Где:
# Heading above what people should do.
alert-what-to-do = Шта да радите
# Button on an alert: opens the centre's emergency numbers.
alert-emergency = Бројеви за хитне случајеве

## Night screen, outside the centre's opening hours

night-closed = Центар је сада затворен.
night-touch = И даље можете да користите овај екран: додирните га.

## Volunteer panel: alerts and usage counts

panel-alerts = Упозорења која се сада приказују
panel-alerts-none = Не приказује се ниједно упозорење.
panel-usage = Бројачи отварања (колико пута је отворена свака страница)
panel-usage-save = Сачувај бројаче на USB меморију
# $file is where the counts were written.
panel-usage-saved = Сачувано у { $file }.
panel-usage-off = Бројање отварања је искључено у конфигурацији.
panel-usage-no-folder = USB фасцикла није подешена (watch_dir), па ништа не може да се сачува.
