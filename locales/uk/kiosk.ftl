### Welcome Kiosk: Ukrainian interface strings.
### Translation: machine translation (AI-assisted) from the English reference, not yet reviewed by a native speaker.
### Review status: not reviewed

# The language's own name, shown on the language picker.
-language-name = Українська
-app-name = Welcome Kiosk

## Window

window-title = { -app-name }

## The bar on every screen

nav-home = Головна
nav-back = Назад
nav-language = Мова
nav-emergency = Екстрена допомога
nav-search = Пошук

## Reading aloud, text size and contrast (buttons with an icon; the words are for
## visitors who read them and for screen labels)

# On the speaker button of a page, the emergency screen and each home tile.
listen = Слухати
listen-pause = Пауза
listen-resume = Продовжити
listen-stop = Стоп
listen-again = Ще раз
listen-previous = Назад
listen-next = Далі
volume-down = Тихіше
volume-up = Голосніше
# In the bar: three text sizes, and a high-contrast palette.
text-size = Розмір тексту
contrast = Контраст

## Language picker

language-heading = Оберіть мову
language-hint = Ви можете будь-коли змінити мову кнопкою «Мова».
# Two switches for volunteers: change the language of everything, or only of the texts
# (for a visitor who reads one language but prefers buttons in another).
language-change-all = Змінити все
language-change-texts = Змінити лише тексти
# Shown when the texts are in another language than the buttons. $ui and $content are
# language names.
language-split = Кнопки мовою { $ui } · тексти мовою { $content }
# Picker with many languages: a heading over the languages the centre shows first, and one
# over all the others (grouped by writing system under it).
language-featured = Найпопулярніші тут
language-more = Інші мови
# The search field of a long picker, and what it says when nothing matches.
language-find = Введіть назву своєї мови
language-find-nothing = Мову не знайдено. Спробуйте перші літери або зверніться до волонтера.

## Home screen

home-heading = Вітаємо
home-subheading = Що вам потрібно? Натисніть на картинку.

## Categories: home tiles and list headings

kind-guides = Ваші права
kind-jobs = Робота
kind-contacts = Екстрена допомога
kind-services = Служби допомоги
kind-events = Події
kind-stories = Історії

## Lists

# $count is the number of items in a list.
list-count =
    { $count ->
        [one] { $count } елемент
        [few] { $count } елементи
        [many] { $count } елементів
       *[other] { $count } елемента
    }
list-empty = Тут поки нічого немає. Будь ласка, загляньте пізніше.

## Notices on items

# $language is the visitor's language, $fallback the language the text is shown in.
fallback-notice = Цього тексту ще немає мовою { $language } — показано мовою { $fallback }.
machine-translation-notice = Цей текст переклав комп’ютер. У ньому можуть бути помилки.
example-badge = Приклад
example-notice = Це приклад, щоб показати, як працює кіоск. Це не справжня інформація.
fictional-badge = Вигадана історія
fictional-notice = Ця історія вигадана, щоб показати, якими можуть бути історії. Вона не про справжню людину.

## Facts of an item

fact-phone = Телефон
fact-email = Електронна пошта
fact-address = Адреса
fact-place = Де
fact-hours = Години роботи
fact-when = Коли
fact-website = Вебсайт
fact-employer = Роботодавець
fact-contract = Договір
fact-working-hours = Робочий час
fact-pay = Оплата
fact-languages-needed = Потрібні мови
fact-languages-spoken = Тут розмовляють
fact-posted = Опубліковано
fact-apply-before = Подати заявку до

# $hours is a number of hours.
hours-per-week =
    { $hours ->
        [one] { $hours } година на тиждень
        [few] { $hours } години на тиждень
        [many] { $hours } годин на тиждень
       *[other] { $hours } години на тиждень
    }
contract-permanent = Постійна робота
contract-temporary = Тимчасова робота
contract-seasonal = Сезонна робота
contract-apprenticeship = Навчання на робочому місці

money = { $amount } { $symbol }

# $amount is an amount of money, already formatted with its currency.
pay-per-hour = { $amount } за годину
pay-per-day = { $amount } за день
pay-per-week = { $amount } за тиждень
pay-per-month = { $amount } на місяць
pay-per-year = { $amount } на рік

open-now = Зараз відчинено
closed-now = Зараз зачинено
# When a service opens or closes next. $time is a time of day (17:00, 5:00 PM), $day the
# name of a weekday (Thursday).
open-closes-today = Зараз відчинено · зачиниться о { $time }
open-closes-tomorrow = Зараз відчинено · зачиниться завтра о { $time }
open-closes-day = Зараз відчинено · зачиниться: { $day }, { $time }
closed-opens-today = Зачинено · відчиниться сьогодні о { $time }
closed-opens-tomorrow = Зачинено · відчиниться завтра о { $time }
closed-opens-day = Зачинено · відчиниться: { $day }, { $time }
open-always = Відчинено цілодобово, щодня
free-call = Безкоштовний дзвінок
free-entry = Вхід безкоштовний

repeats-weekly = Щотижня
repeats-monthly = Щомісяця
repeats-yearly = Щороку

## Emergency screen

emergency-heading = Номери екстреної допомоги
emergency-intro = Якщо хтось у небезпеці, телефонуйте 112. Дзвінок безкоштовний.
urgent-badge = Терміново

## Attract screen, shown when nobody is using the kiosk

# Shown in every offered language in turn, each in its own language.
attract-touch = Торкніться екрана, щоб почати

## Idle warning: the kiosk starts again for the next person

idle-heading = Ви ще тут?
# $seconds is a number of seconds.
idle-countdown =
    { $seconds ->
        [one] Через { $seconds } секунду все почнеться спочатку. Те, що ви переглядали, буде стерто.
        [few] Через { $seconds } секунди все почнеться спочатку. Те, що ви переглядали, буде стерто.
        [many] Через { $seconds } секунд все почнеться спочатку. Те, що ви переглядали, буде стерто.
       *[other] Через { $seconds } секунди все почнеться спочатку. Те, що ви переглядали, буде стерто.
    }
idle-more-time = Мені потрібно більше часу

## Volunteer panel (opened with a long press on the centre's name and a PIN)

pin-heading = PIN-код волонтера
pin-hint = Введіть PIN-код, потім натисніть OK.
pin-ok = OK
pin-clear = Стерти
pin-cancel = Скасувати
pin-wrong = Неправильний PIN-код. Спробуйте ще раз.
# $seconds is a number of seconds.
pin-locked =
    { $seconds ->
        [one] Забагато невдалих спроб. Зачекайте { $seconds } секунду.
        [few] Забагато невдалих спроб. Зачекайте { $seconds } секунди.
        [many] Забагато невдалих спроб. Зачекайте { $seconds } секунд.
       *[other] Забагато невдалих спроб. Зачекайте { $seconds } секунди.
    }
panel-heading = Панель волонтера
panel-content = Показаний вміст
panel-bundle = Пакет вмісту
panel-version = Версія
panel-source = Джерело
panel-problems = Проблеми під час завантаження
panel-no-problems = Проблем немає.
panel-default-language = Мова за замовчуванням для наступного відвідувача
panel-reload = Перезавантажити вміст
panel-reloaded = Вміст перезавантажено.
panel-exit = Вийти з режиму кіоску
# Asked before kiosk mode is left. $minutes is a number of minutes.
panel-exit-question =
    { $minutes ->
        [one] Вийти з режиму кіоску? Він увімкнеться сам через { $minutes } хвилину без дотиків.
        [few] Вийти з режиму кіоску? Він увімкнеться сам через { $minutes } хвилини без дотиків.
        [many] Вийти з режиму кіоску? Він увімкнеться сам через { $minutes } хвилин без дотиків.
       *[other] Вийти з режиму кіоску? Він увімкнеться сам через { $minutes } хвилини без дотиків.
    }
panel-exit-yes = Так, вийти
panel-exit-no = Ні, залишитися
panel-close = Закрити

## Search, with an on-screen keyboard

search-heading = Пошук
search-hint = Напишіть слово. Результати змінюються, поки ви пишете.
# In the empty search field.
search-placeholder = Пишіть тут
# $count is the number of results.
search-count =
    { $count ->
        [one] { $count } результат
        [few] { $count } результати
        [many] { $count } результатів
       *[other] { $count } результату
    }
search-nothing = Нічого не знайдено. Спробуйте інше слово або виберіть тему.
search-clear = Очистити
keyboard-space = Пробіл
keyboard-backspace = Стерти
# On the key that shows the next keyboard (another alphabet).
keyboard-next = Інша клавіатура

## Take it home: QR codes for a phone's camera

qr-take-home = Візьміть із собою: наведіть камеру телефона на цей код.
qr-call = Відскануйте код телефоном, щоб зателефонувати на цей номер.
qr-close = Закрити

## Job filters

filter-heading = Показати лише
filter-all = Усі вакансії
filter-full-time = Повний день
filter-part-time = Неповний день
filter-new = Нові цього тижня
# Followed by buttons with language names: only jobs that need no other language.
filter-languages = Я розмовляю
# $count is the number of jobs that match the filters.
filter-matching =
    { $count ->
        [0] Немає відповідних вакансій. Натисніть «Усі вакансії».
        [one] Підходить { $count } вакансія
        [few] Підходять { $count } вакансії
        [many] Підходять { $count } вакансій
       *[other] Підходять { $count } вакансії
    }

## Emergency alerts, shown over every screen until they end

# The big button under an alert that covers the whole screen.
alert-read = Зрозуміло
# What kind of alert it is (CAP severity levels, from the most to the least serious).
alert-extreme = Надзвичайна небезпека
alert-severe = Небезпека
alert-moderate = Попередження
alert-minor = Інформація
alert-unknown = Повідомлення
# $time is when the alert ends, like "18:00" or "Fri 18:00".
alert-until = До { $time }
# On the strip of a less serious alert: tap to read all of it.
alert-more = Читати далі
# Followed by the places the alert is about.
alert-where = Де:
# Heading above what people should do.
alert-what-to-do = Що робити
# Button on an alert: opens the centre's emergency numbers.
alert-emergency = Номери екстреної допомоги

## Night screen, outside the centre's opening hours

night-closed = Центр зараз зачинено.
night-touch = Екраном можна користуватися й зараз: торкніться його.

## Volunteer panel: alerts and usage counts

panel-alerts = Сповіщення, показані зараз
panel-alerts-none = Зараз сповіщень немає.
panel-usage = Лічильники переглядів (скільки разів відкривали кожну сторінку)
panel-usage-save = Зберегти лічильники на USB-флешку
# $file is where the counts were written.
panel-usage-saved = Збережено в { $file }.
panel-usage-off = Підрахунок переглядів вимкнено в конфігурації.
panel-usage-no-folder = Папку USB не налаштовано (watch_dir), тому нічого не можна зберегти.
