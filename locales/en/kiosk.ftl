### Welcome Kiosk: English interface strings.
### Translation: original text, written by the Welcome Kiosk team in plain English
### (short sentences, common words). English is the reference: every other locale
### translates these messages and no others.
### Review status: reviewed

# The language's own name, shown on the language picker.
-language-name = English
-app-name = Welcome Kiosk

## Window

window-title = { -app-name }

## The bar on every screen

nav-home = Home
nav-back = Back
nav-language = Language
nav-emergency = Emergency

## Language picker

language-heading = Choose your language
language-hint = You can change the language at any time with the Language button.

## Home screen

home-heading = Welcome
home-subheading = What do you need? Tap a picture.

## Categories: home tiles and list headings

kind-guides = Your rights
kind-jobs = Jobs
kind-contacts = Emergency
kind-services = Services
kind-events = Events
kind-stories = Stories

## Lists

# $count is the number of items in a list.
list-count =
    { $count ->
        [one] One item
       *[other] { $count } items
    }
list-empty = Nothing here at the moment. Please come back later.

## Notices on items

# $language is the visitor's language, $fallback the language the text is shown in.
fallback-notice = Not yet available in { $language } — shown in { $fallback }.
machine-translation-notice = A computer translated this text. It may have mistakes.
example-badge = Example
example-notice = This is an example to show how the kiosk works. It is not real information.
fictional-badge = Invented story
fictional-notice = This story is invented, to show what stories can look like. It is not about a real person.

## Facts of an item

fact-phone = Phone
fact-email = Email
fact-address = Address
fact-place = Where
fact-hours = Opening hours
fact-when = When
fact-website = Website
fact-employer = Employer
fact-contract = Contract
fact-working-hours = Working hours
fact-pay = Pay
fact-languages-needed = Languages needed
fact-languages-spoken = Languages spoken
fact-posted = Posted on
fact-apply-before = Apply before

# $hours is a number of hours.
hours-per-week =
    { $hours ->
        [one] { $hours } hour a week
       *[other] { $hours } hours a week
    }
contract-permanent = Permanent job
contract-temporary = Temporary job
contract-seasonal = Seasonal job
contract-apprenticeship = Apprenticeship

# $amount is a number with its decimals, $symbol the currency sign (€, kr…).
money = { $symbol }{ $amount }

# $amount is an amount of money, already formatted with its currency.
pay-per-hour = { $amount } an hour
pay-per-day = { $amount } a day
pay-per-week = { $amount } a week
pay-per-month = { $amount } a month
pay-per-year = { $amount } a year

open-now = Open now
closed-now = Closed now
open-always = Open day and night, every day
free-call = Free call
free-entry = Free entry

repeats-weekly = Every week
repeats-monthly = Every month
repeats-yearly = Every year

## Emergency screen

emergency-heading = Emergency numbers
emergency-intro = If someone is in danger, call 112. The call is free.
urgent-badge = Urgent
