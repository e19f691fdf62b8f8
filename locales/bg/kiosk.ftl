### Welcome Kiosk: Bulgarian interface strings.
### Translation: machine translation (AI-assisted) from the English reference, not yet reviewed by a native speaker.
### Review status: not reviewed

# The language's own name, shown on the language picker.
-language-name = Български
-app-name = Welcome Kiosk

## Window

window-title = { -app-name }

## The bar on every screen

nav-home = Начало
nav-back = Назад
nav-language = Език
nav-emergency = Спешна помощ
nav-search = Търсене

## Reading aloud, text size and contrast (buttons with an icon; the words are for
## visitors who read them and for screen labels)

# On the speaker button of a page, the emergency screen and each home tile.
listen = Слушане
listen-pause = Пауза
listen-resume = Продължаване
listen-stop = Стоп
listen-again = Отново
listen-previous = Назад
listen-next = Напред
volume-down = По-тихо
volume-up = По-силно
# In the bar: three text sizes, and a high-contrast palette.
text-size = Размер на текста
contrast = Контраст

## Language picker

language-heading = Изберете своя език
language-hint = Можете да смените езика по всяко време с бутона „Език“.
# Two switches for volunteers: change the language of everything, or only of the texts
# (for a visitor who reads one language but prefers buttons in another).
language-change-all = Смяна на всичко
language-change-texts = Смяна само на текстовете
# Shown when the texts are in another language than the buttons. $ui and $content are
# language names.
language-split = Бутони: { $ui } · текстове: { $content }
# Picker with many languages: a heading over the languages the centre shows first, and one
# over all the others (grouped by writing system under it).
language-featured = Най-използвани тук
language-more = Още езици
# The search field of a long picker, and what it says when nothing matches.
language-find = Напишете името на своя език
language-find-nothing = Не е намерен език. Опитайте с първите букви или попитайте доброволец.

## Home screen

home-heading = Добре дошли
home-subheading = Какво ви трябва? Докоснете картинка.

## Categories: home tiles and list headings

kind-guides = Вашите права
kind-jobs = Работа
kind-contacts = Спешна помощ
kind-services = Услуги
kind-events = Събития
kind-stories = Истории

## Lists

# $count is the number of items in a list.
list-count =
    { $count ->
        [one] Един запис
       *[other] { $count } записа
    }
list-empty = Засега тук няма нищо. Моля, елате отново по-късно.

## Notices on items

# $language is the visitor's language, $fallback the language the text is shown in.
fallback-notice = Все още не е налично на { $language } — показано е на { $fallback }.
machine-translation-notice = Този текст е преведен от компютър. Може да има грешки.
example-badge = Пример
example-notice = Това е пример, който показва как работи киоскът. Информацията не е истинска.
fictional-badge = Измислена история
fictional-notice = Тази история е измислена, за да покаже как могат да изглеждат историите. Тя не е за истински човек.

## Facts of an item

fact-phone = Телефон
fact-email = Имейл
fact-address = Адрес
fact-place = Къде
fact-hours = Работно време
fact-when = Кога
fact-website = Уебсайт
fact-employer = Работодател
fact-contract = Договор
fact-working-hours = Работни часове
fact-pay = Заплащане
fact-languages-needed = Нужни езици
fact-languages-spoken = Говорени езици
fact-posted = Публикувано на
fact-apply-before = Кандидатствайте до

# $hours is a number of hours.
hours-per-week =
    { $hours ->
        [one] { $hours } час седмично
       *[other] { $hours } часа седмично
    }
contract-permanent = Постоянна работа
contract-temporary = Временна работа
contract-seasonal = Сезонна работа
contract-apprenticeship = Обучение на работното място

# $amount is a number with its decimals, $symbol the currency sign (€, kr…).
money = { $amount } { $symbol }

# $amount is an amount of money, already formatted with its currency.
pay-per-hour = { $amount } на час
pay-per-day = { $amount } на ден
pay-per-week = { $amount } на седмица
pay-per-month = { $amount } на месец
pay-per-year = { $amount } на година

open-now = Отворено сега
closed-now = Затворено сега
# When a service opens or closes next. $time is a time of day (17:00, 5:00 PM), $day the
# name of a weekday (Thursday).
open-closes-today = Отворено сега · затваря в { $time }
open-closes-tomorrow = Отворено сега · затваря утре в { $time }
open-closes-day = Отворено сега · затваря: { $day }, { $time }
closed-opens-today = Затворено · отваря днес в { $time }
closed-opens-tomorrow = Затворено · отваря утре в { $time }
closed-opens-day = Затворено · отваря: { $day }, { $time }
open-always = Отворено денем и нощем, всеки ден
free-call = Безплатно обаждане
free-entry = Вход свободен

repeats-weekly = Всяка седмица
repeats-monthly = Всеки месец
repeats-yearly = Всяка година

## Emergency screen

emergency-heading = Телефони за спешна помощ
emergency-intro = Ако някой е в опасност, обадете се на 112. Обаждането е безплатно.
urgent-badge = Спешно

## Attract screen, shown when nobody is using the kiosk

# Shown in every offered language in turn, each in its own language.
attract-touch = Докоснете екрана, за да започнете

## Idle warning: the kiosk starts again for the next person

idle-heading = Още ли сте тук?
# $seconds is a number of seconds.
idle-countdown =
    { $seconds ->
        [one] Започваме отначало след { $seconds } секунда. Това, което разгледахте, ще бъде изтрито.
       *[other] Започваме отначало след { $seconds } секунди. Това, което разгледахте, ще бъде изтрито.
    }
idle-more-time = Трябва ми още време

## Volunteer panel (opened with a long press on the centre's name and a PIN)

pin-heading = ПИН код за доброволци
pin-hint = Въведете ПИН кода и натиснете OK.
pin-ok = OK
pin-clear = Изчистване
pin-cancel = Отказ
pin-wrong = Грешен ПИН код. Опитайте отново.
# $seconds is a number of seconds.
pin-locked =
    { $seconds ->
        [one] Твърде много грешни опити. Изчакайте { $seconds } секунда.
       *[other] Твърде много грешни опити. Изчакайте { $seconds } секунди.
    }
panel-heading = Панел за доброволци
panel-content = Показано съдържание
panel-bundle = Пакет
panel-version = Версия
panel-source = Източник
panel-problems = Проблеми при зареждането
panel-no-problems = Няма проблеми.
panel-default-language = Език по подразбиране за следващия посетител
panel-reload = Презареждане на съдържанието
panel-reloaded = Съдържанието е презаредено.
panel-exit = Изход от режим „киоск“
# Asked before kiosk mode is left. $minutes is a number of minutes.
panel-exit-question =
    { $minutes ->
        [one] Изход от режим „киоск“? Той ще се включи отново сам след { $minutes } минута без докосване.
       *[other] Изход от режим „киоск“? Той ще се включи отново сам след { $minutes } минути без докосване.
    }
panel-exit-yes = Да, изход
panel-exit-no = Не, оставам
panel-close = Затваряне

## Search, with an on-screen keyboard

search-heading = Търсене
search-hint = Напишете дума. Резултатите се променят, докато пишете.
# In the empty search field.
search-placeholder = Пишете тук
# $count is the number of results.
search-count =
    { $count ->
        [one] Един резултат
       *[other] { $count } резултата
    }
search-nothing = Нищо не е намерено. Опитайте с друга дума или изберете тема.
search-clear = Изчистване
keyboard-space = Интервал
keyboard-backspace = Изтриване
# On the key that shows the next keyboard (another alphabet).
keyboard-next = Друга клавиатура

## Take it home: QR codes for a phone's camera

qr-take-home = Вземете го със себе си: насочете камерата на телефона си тук.
qr-call = Сканирайте, за да се обадите на този номер от телефона си.
qr-close = Затваряне

## Job filters

filter-heading = Покажи само
filter-all = Всички обяви
filter-full-time = Пълен работен ден
filter-part-time = Непълен работен ден
filter-new = Нови тази седмица
# Followed by buttons with language names: only jobs that need no other language.
filter-languages = Говоря
# $count is the number of jobs that match the filters.
filter-matching =
    { $count ->
        [0] Няма подходяща обява. Докоснете „Всички обяви“.
        [one] Една подходяща обява
       *[other] { $count } подходящи обяви
    }

## Emergency alerts, shown over every screen until they end

# The big button under an alert that covers the whole screen.
alert-read = Прочетох това
# What kind of alert it is (CAP severity levels, from the most to the least serious).
alert-extreme = Изключителна опасност
alert-severe = Опасност
alert-moderate = Предупреждение
alert-minor = Информация
alert-unknown = Съобщение
# $time is when the alert ends, like "18:00" or "Fri 18:00".
alert-until = До { $time }
# On the strip of a less serious alert: tap to read all of it.
alert-more = Прочетете още
# Followed by the places the alert is about.
alert-where = Къде:
# Heading above what people should do.
alert-what-to-do = Какво да правите
# Button on an alert: opens the centre's emergency numbers.
alert-emergency = Телефони за спешна помощ

## Night screen, outside the centre's opening hours

night-closed = Центърът сега е затворен.
night-touch = Все пак можете да използвате този екран: докоснете го.

## Volunteer panel: alerts and usage counts

panel-alerts = Показвани сега предупреждения
panel-alerts-none = Не се показва предупреждение.
panel-usage = Брой отваряния (колко пъти е отворена всяка страница)
panel-usage-save = Запис на броя отваряния на USB паметта
# $file is where the counts were written.
panel-usage-saved = Записано в { $file }.
panel-usage-off = Броенето на отварянията е изключено в конфигурацията.
panel-usage-no-folder = Няма настроена USB папка (watch_dir), затова нищо не може да бъде записано.
