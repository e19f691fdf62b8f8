### Welcome Kiosk: Russian interface strings.
### Translation: machine translation (AI-assisted) from the English reference, not yet reviewed by a native speaker.
### Review status: not reviewed

# The language's own name, shown on the language picker.
-language-name = Русский
-app-name = Welcome Kiosk

## Window

window-title = { -app-name }

## The bar on every screen

nav-home = Главная
nav-back = Назад
nav-language = Язык
nav-emergency = Срочная помощь
nav-search = Поиск

## Reading aloud, text size and contrast (buttons with an icon; the words are for
## visitors who read them and for screen labels)

# On the speaker button of a page, the emergency screen and each home tile.
listen = Слушать
listen-pause = Пауза
listen-resume = Продолжить
listen-stop = Стоп
listen-again = Ещё раз
listen-previous = Назад
listen-next = Дальше
volume-down = Тише
volume-up = Громче
# In the bar: three text sizes, and a high-contrast palette.
text-size = Размер текста
contrast = Контраст

## Language picker

language-heading = Выберите язык
language-hint = Язык можно сменить в любое время кнопкой «Язык».
# Two switches for volunteers: change the language of everything, or only of the texts
# (for a visitor who reads one language but prefers buttons in another).
language-change-all = Сменить всё
language-change-texts = Сменить только тексты
# Shown when the texts are in another language than the buttons. $ui and $content are
# language names.
language-split = Кнопки: { $ui } · тексты: { $content }
# Picker with many languages: a heading over the languages the centre shows first, and one
# over all the others (grouped by writing system under it).
language-featured = Популярные здесь
language-more = Другие языки
# The search field of a long picker, and what it says when nothing matches.
language-find = Введите название своего языка
language-find-nothing = Язык не найден. Попробуйте первые буквы или обратитесь к волонтёру.

## Home screen

home-heading = Добро пожаловать
home-subheading = Что вам нужно? Нажмите на картинку.

## Categories: home tiles and list headings

kind-guides = Ваши права
kind-jobs = Работа
kind-contacts = Срочная помощь
kind-services = Кто может помочь
kind-events = События
kind-stories = Истории

## Lists

# $count is the number of items in a list.
list-count =
    { $count ->
        [one] { $count } элемент
        [few] { $count } элемента
        [many] { $count } элементов
       *[other] { $count } элемента
    }
list-empty = Здесь пока ничего нет. Пожалуйста, загляните позже.

## Notices on items

# $language is the visitor's language, $fallback the language the text is shown in.
fallback-notice = Пока нет на языке { $language } — показано на языке { $fallback }.
machine-translation-notice = Этот текст перевёл компьютер. В нём могут быть ошибки.
example-badge = Пример
example-notice = Это пример, чтобы показать, как работает киоск. Это не настоящая информация.
fictional-badge = Придуманная история
fictional-notice = Эта история придумана, чтобы показать, какими могут быть истории. Она не о реальном человеке.

## Facts of an item

fact-phone = Телефон
fact-email = Электронная почта
fact-address = Адрес
fact-place = Где
fact-hours = Часы работы
fact-when = Когда
fact-website = Сайт
fact-employer = Работодатель
fact-contract = Договор
fact-working-hours = Рабочее время
fact-pay = Оплата
fact-languages-needed = Нужные языки
fact-languages-spoken = Языки, на которых здесь говорят
fact-posted = Опубликовано
fact-apply-before = Подать заявку до

# $hours is a number of hours.
hours-per-week =
    { $hours ->
        [one] { $hours } час в неделю
        [few] { $hours } часа в неделю
        [many] { $hours } часов в неделю
       *[other] { $hours } часа в неделю
    }
contract-permanent = Постоянная работа
contract-temporary = Временная работа
contract-seasonal = Сезонная работа
contract-apprenticeship = Обучение на рабочем месте

# $amount is a number with its decimals, $symbol the currency sign (€, kr…).
money = { $amount } { $symbol }

# $amount is an amount of money, already formatted with its currency.
pay-per-hour = { $amount } в час
pay-per-day = { $amount } в день
pay-per-week = { $amount } в неделю
pay-per-month = { $amount } в месяц
pay-per-year = { $amount } в год

open-now = Сейчас открыто
closed-now = Сейчас закрыто
# When a service opens or closes next. $time is a time of day (17:00, 5:00 PM), $day the
# name of a weekday (Thursday).
open-closes-today = Сейчас открыто · закроется в { $time }
open-closes-tomorrow = Сейчас открыто · закроется завтра в { $time }
open-closes-day = Сейчас открыто · закроется: { $day }, { $time }
closed-opens-today = Закрыто · откроется сегодня в { $time }
closed-opens-tomorrow = Закрыто · откроется завтра в { $time }
closed-opens-day = Закрыто · откроется: { $day }, { $time }
open-always = Открыто круглосуточно, каждый день
free-call = Бесплатный звонок
free-entry = Вход бесплатный

repeats-weekly = Каждую неделю
repeats-monthly = Каждый месяц
repeats-yearly = Каждый год

## Emergency screen

emergency-heading = Телефоны срочной помощи
emergency-intro = Если кто-то в опасности, звоните 112. Звонок бесплатный.
urgent-badge = Срочно

## Attract screen, shown when nobody is using the kiosk

# Shown in every offered language in turn, each in its own language.
attract-touch = Коснитесь экрана, чтобы начать

## Idle warning: the kiosk starts again for the next person

idle-heading = Вы ещё здесь?
# $seconds is a number of seconds.
idle-countdown =
    { $seconds ->
        [one] Начнём заново через { $seconds } секунду. Всё, что вы смотрели, будет удалено.
        [few] Начнём заново через { $seconds } секунды. Всё, что вы смотрели, будет удалено.
        [many] Начнём заново через { $seconds } секунд. Всё, что вы смотрели, будет удалено.
       *[other] Начнём заново через { $seconds } секунды. Всё, что вы смотрели, будет удалено.
    }
idle-more-time = Мне нужно больше времени

## Volunteer panel (opened with a long press on the centre's name and a PIN)

pin-heading = PIN-код волонтёра
pin-hint = Введите PIN-код и нажмите OK.
pin-ok = OK
pin-clear = Стереть
pin-cancel = Отмена
pin-wrong = Неверный PIN-код. Попробуйте ещё раз.
# $seconds is a number of seconds.
pin-locked =
    { $seconds ->
        [one] Слишком много неверных попыток. Подождите { $seconds } секунду.
        [few] Слишком много неверных попыток. Подождите { $seconds } секунды.
        [many] Слишком много неверных попыток. Подождите { $seconds } секунд.
       *[other] Слишком много неверных попыток. Подождите { $seconds } секунды.
    }
panel-heading = Панель волонтёра
panel-content = Что сейчас показано
panel-bundle = Пакет
panel-version = Версия
panel-source = Источник
panel-problems = Проблемы при загрузке
panel-no-problems = Проблем нет.
panel-default-language = Язык по умолчанию для следующего посетителя
panel-reload = Загрузить материалы заново
panel-reloaded = Материалы загружены заново.
panel-exit = Выйти из режима киоска
# Asked before kiosk mode is left. $minutes is a number of minutes.
panel-exit-question =
    { $minutes ->
        [one] Выйти из режима киоска? Он включится сам через { $minutes } минуту без касаний.
        [few] Выйти из режима киоска? Он включится сам через { $minutes } минуты без касаний.
        [many] Выйти из режима киоска? Он включится сам через { $minutes } минут без касаний.
       *[other] Выйти из режима киоска? Он включится сам через { $minutes } минуты без касаний.
    }
panel-exit-yes = Да, выйти
panel-exit-no = Нет, остаться
panel-close = Закрыть

## Search, with an on-screen keyboard

search-heading = Поиск
search-hint = Напишите слово. Результаты меняются, пока вы пишете.
# In the empty search field.
search-placeholder = Пишите здесь
# $count is the number of results.
search-count =
    { $count ->
        [one] { $count } результат
        [few] { $count } результата
        [many] { $count } результатов
       *[other] { $count } результата
    }
search-nothing = Ничего не найдено. Попробуйте другое слово или выберите тему.
search-clear = Очистить
keyboard-space = Пробел
keyboard-backspace = Стереть
# On the key that shows the next keyboard (another alphabet).
keyboard-next = Другая клавиатура

## Take it home: QR codes for a phone's camera

qr-take-home = Возьмите с собой: наведите камеру телефона на этот код.
qr-call = Отсканируйте код телефоном, чтобы позвонить по этому номеру.
qr-close = Закрыть

## Job filters

filter-heading = Показать только
filter-all = Все вакансии
filter-full-time = Полный день
filter-part-time = Неполный день
filter-new = Новые на этой неделе
# Followed by buttons with language names: only jobs that need no other language.
filter-languages = Я говорю
# $count is the number of jobs that match the filters.
filter-matching =
    { $count ->
        [0] Нет подходящих вакансий. Нажмите «Все вакансии».
        [one] Подходит { $count } вакансия
        [few] Подходят { $count } вакансии
        [many] Подходят { $count } вакансий
       *[other] Подходят { $count } вакансии
    }

## Emergency alerts, shown over every screen until they end

# The big button under an alert that covers the whole screen.
alert-read = Понятно
# What kind of alert it is (CAP severity levels, from the most to the least serious).
alert-extreme = Крайняя опасность
alert-severe = Опасность
alert-moderate = Предупреждение
alert-minor = Информация
alert-unknown = Сообщение
# $time is when the alert ends, like "18:00" or "Fri 18:00".
alert-until = До { $time }
# On the strip of a less serious alert: tap to read all of it.
alert-more = Читать дальше
# Followed by the places the alert is about.
alert-where = Где:
# Heading above what people should do.
alert-what-to-do = Что делать
# Button on an alert: opens the centre's emergency numbers.
alert-emergency = Телефоны срочной помощи

## Night screen, outside the centre's opening hours

night-closed = Центр сейчас закрыт.
night-touch = Экраном можно пользоваться и сейчас: коснитесь его.

## Volunteer panel: alerts and usage counts

panel-alerts = Оповещения, показанные сейчас
panel-alerts-none = Сейчас оповещений нет.
panel-usage = Счётчики посещений (сколько раз открывали каждую страницу)
panel-usage-save = Сохранить счётчики на USB-флешку
# $file is where the counts were written.
panel-usage-saved = Сохранено в { $file }.
panel-usage-off = Подсчёт посещений выключен в конфигурации.
panel-usage-no-folder = Папка USB не настроена (watch_dir), поэтому сохранить ничего нельзя.
