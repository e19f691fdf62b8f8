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

## Language picker

language-heading = Оберіть мову
language-hint = Ви можете будь-коли змінити мову кнопкою «Мова».

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
