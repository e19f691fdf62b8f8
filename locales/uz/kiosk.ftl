### Welcome Kiosk: Uzbek interface strings.
### Translation: machine translation (AI-assisted) from the English reference, not yet reviewed by a native speaker.
### Review status: not reviewed

# The language's own name, shown on the language picker.
-language-name = Oʻzbekcha
-app-name = Welcome Kiosk

## Window

window-title = { -app-name }

## The bar on every screen

nav-home = Bosh sahifa
nav-back = Orqaga
nav-language = Til
nav-emergency = Favqulodda holat
nav-search = Qidiruv

## Reading aloud, text size and contrast (buttons with an icon; the words are for
## visitors who read them and for screen labels)

# On the speaker button of a page, the emergency screen and each home tile.
listen = Tinglash
listen-pause = Pauza
listen-resume = Davom etish
listen-stop = Toʻxtatish
listen-again = Yana
listen-previous = Orqaga
listen-next = Keyingi
volume-down = Pastroq
volume-up = Balandroq
# In the bar: three text sizes, and a high-contrast palette.
text-size = Matn oʻlchami
contrast = Kontrast

## Language picker

language-heading = Tilingizni tanlang
language-hint = Tilni istalgan vaqtda Til tugmasi bilan oʻzgartirishingiz mumkin.
# Two switches for volunteers: change the language of everything, or only of the texts
# (for a visitor who reads one language but prefers buttons in another).
language-change-all = Hammasini oʻzgartirish
language-change-texts = Faqat matnlarni oʻzgartirish
# Shown when the texts are in another language than the buttons. $ui and $content are
# language names.
language-split = Tugmalar: { $ui } · matnlar: { $content }
# Picker with many languages: a heading over the languages the centre shows first, and one
# over all the others (grouped by writing system under it).
language-featured = Bu yerda eng koʻp tanlanadi
language-more = Boshqa tillar
# The search field of a long picker, and what it says when nothing matches.
language-find = Tilingiz nomini yozing
language-find-nothing = Til topilmadi. Birinchi harflarni yozib koʻring yoki koʻngillidan soʻrang.

## Home screen

home-heading = Xush kelibsiz
home-subheading = Sizga nima kerak? Rasmga teging.

## Categories: home tiles and list headings

kind-guides = Huquqlaringiz
kind-jobs = Ish
kind-contacts = Favqulodda holat
kind-services = Xizmatlar
kind-events = Tadbirlar
kind-stories = Hikoyalar

## Lists

# $count is the number of items in a list.
list-count =
    { $count ->
        [one] { $count } ta material
       *[other] { $count } ta material
    }
list-empty = Hozircha bu yerda hech narsa yoʻq. Iltimos, keyinroq qayta keling.

## Notices on items

# $language is the visitor's language, $fallback the language the text is shown in.
fallback-notice = Hali { $language } tilida yoʻq — { $fallback } tilida koʻrsatilmoqda.
machine-translation-notice = Bu matnni kompyuter tarjima qilgan. Unda xatolar boʻlishi mumkin.
example-badge = Namuna
example-notice = Bu kiosk qanday ishlashini koʻrsatish uchun namuna. Bu haqiqiy maʼlumot emas.
fictional-badge = Toʻqima hikoya
fictional-notice = Bu hikoya toʻqima: hikoyalar qanday boʻlishi mumkinligini koʻrsatish uchun yozilgan. U haqiqiy odam haqida emas.

## Facts of an item

fact-phone = Telefon
fact-email = E-pochta
fact-address = Manzil
fact-place = Qayerda
fact-hours = Ish vaqti
fact-when = Qachon
fact-website = Veb-sayt
fact-employer = Ish beruvchi
fact-contract = Shartnoma
fact-working-hours = Ish soatlari
fact-pay = Maosh
fact-languages-needed = Kerakli tillar
fact-languages-spoken = Gaplashiladigan tillar
fact-posted = Eʼlon qilingan sana
fact-apply-before = Ariza topshirish muddati

# $hours is a number of hours.
hours-per-week =
    { $hours ->
        [one] Haftasiga { $hours } soat
       *[other] Haftasiga { $hours } soat
    }
contract-permanent = Doimiy ish
contract-temporary = Vaqtinchalik ish
contract-seasonal = Mavsumiy ish
contract-apprenticeship = Shogirdlik

# $amount is a number with its decimals, $symbol the currency sign (€, kr…).
money = { $amount } { $symbol }

# $amount is an amount of money, already formatted with its currency.
pay-per-hour = Soatiga { $amount }
pay-per-day = Kuniga { $amount }
pay-per-week = Haftasiga { $amount }
pay-per-month = Oyiga { $amount }
pay-per-year = Yiliga { $amount }

open-now = Hozir ochiq
closed-now = Hozir yopiq
# When a service opens or closes next. $time is a time of day (17:00, 5:00 PM), $day the
# name of a weekday (Thursday).
open-closes-today = Hozir ochiq · yopiladi: { $time }
open-closes-tomorrow = Hozir ochiq · yopiladi: ertaga { $time }
open-closes-day = Hozir ochiq · yopiladi: { $day } { $time }
closed-opens-today = Yopiq · ochiladi: bugun { $time }
closed-opens-tomorrow = Yopiq · ochiladi: ertaga { $time }
closed-opens-day = Yopiq · ochiladi: { $day } { $time }
open-always = Har kuni, kechayu kunduz ochiq
free-call = Bepul qoʻngʻiroq
free-entry = Kirish bepul

repeats-weekly = Har hafta
repeats-monthly = Har oy
repeats-yearly = Har yili

## Emergency screen

emergency-heading = Favqulodda yordam raqamlari
emergency-intro = Agar kimdir xavf ostida boʻlsa, 112 ga qoʻngʻiroq qiling. Qoʻngʻiroq bepul.
urgent-badge = Shoshilinch

## Attract screen, shown when nobody is using the kiosk

# Shown in every offered language in turn, each in its own language.
attract-touch = Boshlash uchun ekranga teging

## Idle warning: the kiosk starts again for the next person

idle-heading = Hali shu yerdamisiz?
# $seconds is a number of seconds.
idle-countdown =
    { $seconds ->
        [one] { $seconds } soniyadan keyin hammasi qaytadan boshlanadi. Siz koʻrgan narsalar oʻchib ketadi.
       *[other] { $seconds } soniyadan keyin hammasi qaytadan boshlanadi. Siz koʻrgan narsalar oʻchib ketadi.
    }
idle-more-time = Menga koʻproq vaqt kerak

## Volunteer panel (opened with a long press on the centre's name and a PIN)

pin-heading = Koʻngillilar PIN kodi
pin-hint = PIN kodni yozing, keyin OK tugmasini bosing.
pin-ok = OK
pin-clear = Tozalash
pin-cancel = Bekor qilish
pin-wrong = PIN notoʻgʻri. Qayta urinib koʻring.
# $seconds is a number of seconds.
pin-locked =
    { $seconds ->
        [one] Notoʻgʻri urinishlar juda koʻp. { $seconds } soniya kuting.
       *[other] Notoʻgʻri urinishlar juda koʻp. { $seconds } soniya kuting.
    }
panel-heading = Koʻngillilar paneli
panel-content = Koʻrsatilayotgan kontent
panel-bundle = Kontent toʻplami
panel-version = Versiya
panel-source = Manba
panel-problems = Yuklashda topilgan muammolar
panel-no-problems = Muammo yoʻq.
panel-default-language = Keyingi tashrifchi uchun standart til
panel-reload = Kontentni qayta yuklash
panel-reloaded = Kontent qayta yuklandi.
panel-exit = Kiosk rejimidan chiqish
# Asked before kiosk mode is left. $minutes is a number of minutes.
panel-exit-question =
    { $minutes ->
        [one] Kiosk rejimidan chiqilsinmi? Ekranga { $minutes } daqiqa tegilmasa, u oʻzi qaytadi.
       *[other] Kiosk rejimidan chiqilsinmi? Ekranga { $minutes } daqiqa tegilmasa, u oʻzi qaytadi.
    }
panel-exit-yes = Ha, chiqish
panel-exit-no = Yoʻq, qolish
panel-close = Yopish

## Search, with an on-screen keyboard

search-heading = Qidiruv
search-hint = Soʻz yozing. Siz yozayotganingizda natijalar oʻzgarib boradi.
# In the empty search field.
search-placeholder = Shu yerga yozing
# $count is the number of results.
search-count =
    { $count ->
        [one] { $count } ta natija
       *[other] { $count } ta natija
    }
search-nothing = Hech narsa topilmadi. Boshqa soʻzni sinab koʻring yoki mavzu tanlang.
search-clear = Tozalash
keyboard-space = Boʻsh joy
keyboard-backspace = Oʻchirish
# On the key that shows the next keyboard (another alphabet).
keyboard-next = Boshqa klaviatura

## Take it home: QR codes for a phone's camera

qr-take-home = Oʻzingiz bilan oling: telefoningiz kamerasini shu yerga qarating.
qr-call = Bu raqamga qoʻngʻiroq qilish uchun kodni telefoningiz bilan skanerlang.
qr-close = Yopish

## Job filters

filter-heading = Faqat shularni koʻrsatish
filter-all = Barcha ishlar
filter-full-time = Toʻliq kunlik
filter-part-time = Yarim kunlik
filter-new = Bu hafta yangi
# Followed by buttons with language names: only jobs that need no other language.
filter-languages = Men biladigan tillar
# $count is the number of jobs that match the filters.
filter-matching =
    { $count ->
        [0] Mos ish yoʻq. «Barcha ishlar» tugmasiga teging.
        [one] { $count } ta mos ish
       *[other] { $count } ta mos ish
    }

## Emergency alerts, shown over every screen until they end

# The big button under an alert that covers the whole screen.
alert-read = Oʻqib chiqdim
# What kind of alert it is (CAP severity levels, from the most to the least serious).
alert-extreme = Juda katta xavf
alert-severe = Xavf
alert-moderate = Ogohlantirish
alert-minor = Maʼlumot
alert-unknown = Bildirishnoma
# $time is when the alert ends, like "18:00" or "Fri 18:00".
alert-until = Tugash vaqti: { $time }
# On the strip of a less serious alert: tap to read all of it.
alert-more = Batafsil oʻqish
# Followed by the places the alert is about.
alert-where = Qayerda:
# Heading above what people should do.
alert-what-to-do = Nima qilish kerak
# Button on an alert: opens the centre's emergency numbers.
alert-emergency = Favqulodda yordam raqamlari

## Night screen, outside the centre's opening hours

night-closed = Markaz hozir yopiq.
night-touch = Bu ekrandan baribir foydalanishingiz mumkin: unga teging.

## Volunteer panel: alerts and usage counts

panel-alerts = Hozir koʻrsatilayotgan ogohlantirishlar
panel-alerts-none = Hech qanday ogohlantirish koʻrsatilmayapti.
panel-usage = Foydalanish hisobi (har bir sahifa necha marta ochilgani)
panel-usage-save = Foydalanish hisobini USB fleshkaga saqlash
# $file is where the counts were written.
panel-usage-saved = Saqlandi: { $file }.
panel-usage-off = Foydalanishni hisoblash sozlamalarda oʻchirilgan.
panel-usage-no-folder = USB papkasi sozlanmagan (watch_dir), shuning uchun hech narsani saqlab boʻlmaydi.
