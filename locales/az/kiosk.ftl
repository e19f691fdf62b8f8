### Welcome Kiosk: Azerbaijani interface strings.
### Translation: machine translation (AI-assisted) from the English reference, not yet reviewed by a native speaker.
### Review status: not reviewed

# The language's own name, shown on the language picker.
-language-name = Azərbaycan dili
-app-name = Welcome Kiosk

## Window

window-title = { -app-name }

## The bar on every screen

nav-home = Ana səhifə
nav-back = Geri
nav-language = Dil
nav-emergency = Təcili hal
nav-search = Axtarış

## Reading aloud, text size and contrast (buttons with an icon; the words are for
## visitors who read them and for screen labels)

# On the speaker button of a page, the emergency screen and each home tile.
listen = Dinlə
listen-pause = Fasilə
listen-resume = Davam et
listen-stop = Dayandır
listen-again = Yenidən
listen-previous = Geri
listen-next = İrəli
volume-down = Səsi azalt
volume-up = Səsi artır
# In the bar: three text sizes, and a high-contrast palette.
text-size = Yazı ölçüsü
contrast = Kontrast

## Language picker

language-heading = Dilinizi seçin
language-hint = Dili istənilən vaxt Dil düyməsi ilə dəyişə bilərsiniz.
# Two switches for volunteers: change the language of everything, or only of the texts
# (for a visitor who reads one language but prefers buttons in another).
language-change-all = Hər şeyi dəyiş
language-change-texts = Yalnız mətnləri dəyiş
# Shown when the texts are in another language than the buttons. $ui and $content are
# language names.
language-split = Düymələr: { $ui } · mətnlər: { $content }
# Picker with many languages: a heading over the languages the centre shows first, and one
# over all the others (grouped by writing system under it).
language-featured = Burada ən çox seçilənlər
language-more = Digər dillər
# The search field of a long picker, and what it says when nothing matches.
language-find = Dilinizin adını yazın
language-find-nothing = Dil tapılmadı. İlk hərfləri yazın və ya könüllüdən soruşun.

## Home screen

home-heading = Xoş gəlmisiniz
home-subheading = Sizə nə lazımdır? Bir şəklə toxunun.

## Categories: home tiles and list headings

kind-guides = Hüquqlarınız
kind-jobs = İş
kind-contacts = Təcili hal
kind-services = Xidmətlər
kind-events = Tədbirlər
kind-stories = Hekayələr

## Lists

# $count is the number of items in a list.
list-count =
    { $count ->
        [one] { $count } material
       *[other] { $count } material
    }
list-empty = Hazırda burada heç nə yoxdur. Zəhmət olmasa, sonra yenidən gəlin.

## Notices on items

# $language is the visitor's language, $fallback the language the text is shown in.
fallback-notice = Hələ { $language } dilində yoxdur — { $fallback } dilində göstərilir.
machine-translation-notice = Bu mətni kompüter tərcümə edib. Səhvlər ola bilər.
example-badge = Nümunə
example-notice = Bu, kioskun necə işlədiyini göstərmək üçün nümunədir. Həqiqi məlumat deyil.
fictional-badge = Uydurma hekayə
fictional-notice = Bu hekayə uydurmadır: hekayələrin necə ola biləcəyini göstərmək üçün yazılıb. Həqiqi bir insan haqqında deyil.

## Facts of an item

fact-phone = Telefon
fact-email = E-poçt
fact-address = Ünvan
fact-place = Harada
fact-hours = Açıq olduğu saatlar
fact-when = Nə vaxt
fact-website = Veb sayt
fact-employer = İşəgötürən
fact-contract = Müqavilə
fact-working-hours = İş saatları
fact-pay = Əmək haqqı
fact-languages-needed = Tələb olunan dillər
fact-languages-spoken = Danışılan dillər
fact-posted = Elan tarixi
fact-apply-before = Son müraciət tarixi

# $hours is a number of hours.
hours-per-week =
    { $hours ->
        [one] Həftədə { $hours } saat
       *[other] Həftədə { $hours } saat
    }
contract-permanent = Daimi iş
contract-temporary = Müvəqqəti iş
contract-seasonal = Mövsümi iş
contract-apprenticeship = Şagirdlik

# $amount is a number with its decimals, $symbol the currency sign (€, kr…).
money = { $amount } { $symbol }

# $amount is an amount of money, already formatted with its currency.
pay-per-hour = Saatda { $amount }
pay-per-day = Gündə { $amount }
pay-per-week = Həftədə { $amount }
pay-per-month = Ayda { $amount }
pay-per-year = İldə { $amount }

open-now = İndi açıqdır
closed-now = İndi bağlıdır
# When a service opens or closes next. $time is a time of day (17:00, 5:00 PM), $day the
# name of a weekday (Thursday).
open-closes-today = İndi açıqdır · bağlanır: { $time }
open-closes-tomorrow = İndi açıqdır · bağlanır: sabah { $time }
open-closes-day = İndi açıqdır · bağlanır: { $day } { $time }
closed-opens-today = Bağlıdır · açılır: bu gün { $time }
closed-opens-tomorrow = Bağlıdır · açılır: sabah { $time }
closed-opens-day = Bağlıdır · açılır: { $day } { $time }
open-always = Hər gün, gecə-gündüz açıqdır
free-call = Pulsuz zəng
free-entry = Giriş pulsuzdur

repeats-weekly = Hər həftə
repeats-monthly = Hər ay
repeats-yearly = Hər il

## Emergency screen

emergency-heading = Təcili yardım nömrələri
emergency-intro = Kimsə təhlükədədirsə, 112-yə zəng edin. Zəng pulsuzdur.
urgent-badge = Təcili

## Attract screen, shown when nobody is using the kiosk

# Shown in every offered language in turn, each in its own language.
attract-touch = Başlamaq üçün ekrana toxunun

## Idle warning: the kiosk starts again for the next person

idle-heading = Hələ buradasınız?
# $seconds is a number of seconds.
idle-countdown =
    { $seconds ->
        [one] Kiosk { $seconds } saniyədən sonra yenidən başlayacaq. Baxdıqlarınız silinəcək.
       *[other] Kiosk { $seconds } saniyədən sonra yenidən başlayacaq. Baxdıqlarınız silinəcək.
    }
idle-more-time = Mənə bir az da vaxt lazımdır

## Volunteer panel (opened with a long press on the centre's name and a PIN)

pin-heading = Könüllü PIN kodu
pin-hint = PIN kodu yazın, sonra OK düyməsini basın.
pin-ok = OK
pin-clear = Təmizlə
pin-cancel = Ləğv et
pin-wrong = PIN səhvdir. Yenidən cəhd edin.
# $seconds is a number of seconds.
pin-locked =
    { $seconds ->
        [one] Çox səhv cəhd oldu. { $seconds } saniyə gözləyin.
       *[other] Çox səhv cəhd oldu. { $seconds } saniyə gözləyin.
    }
panel-heading = Könüllü paneli
panel-content = Göstərilən məzmun
panel-bundle = Məzmun paketi
panel-version = Versiya
panel-source = Mənbə
panel-problems = Yükləmə zamanı tapılan problemlər
panel-no-problems = Problem yoxdur.
panel-default-language = Növbəti ziyarətçi üçün standart dil
panel-reload = Məzmunu yenidən yüklə
panel-reloaded = Məzmun yenidən yükləndi.
panel-exit = Kiosk rejimindən çıx
# Asked before kiosk mode is left. $minutes is a number of minutes.
panel-exit-question =
    { $minutes ->
        [one] Kiosk rejimindən çıxılsın? Ekrana { $minutes } dəqiqə toxunulmasa, rejim özü geri qayıdır.
       *[other] Kiosk rejimindən çıxılsın? Ekrana { $minutes } dəqiqə toxunulmasa, rejim özü geri qayıdır.
    }
panel-exit-yes = Bəli, çıx
panel-exit-no = Xeyr, qal
panel-close = Bağla

## Search, with an on-screen keyboard

search-heading = Axtarış
search-hint = Bir söz yazın. Siz yazdıqca nəticələr dəyişir.
# In the empty search field.
search-placeholder = Bura yazın
# $count is the number of results.
search-count =
    { $count ->
        [one] { $count } nəticə
       *[other] { $count } nəticə
    }
search-nothing = Heç nə tapılmadı. Başqa söz yazın və ya bir mövzu seçin.
search-clear = Təmizlə
keyboard-space = Boşluq
keyboard-backspace = Sil
# On the key that shows the next keyboard (another alphabet).
keyboard-next = Başqa klaviatura

## Take it home: QR codes for a phone's camera

qr-take-home = Özünüzlə aparın: telefonunuzun kamerasını bura tutun.
qr-call = Bu nömrəyə zəng etmək üçün kodu telefonunuzla skan edin.
qr-close = Bağla

## Job filters

filter-heading = Yalnız bunları göstər
filter-all = Bütün işlər
filter-full-time = Tam iş günü
filter-part-time = Natamam iş günü
filter-new = Bu həftə yeni
# Followed by buttons with language names: only jobs that need no other language.
filter-languages = Danışdığım dillər
# $count is the number of jobs that match the filters.
filter-matching =
    { $count ->
        [0] Uyğun iş yoxdur. “Bütün işlər” düyməsinə toxunun.
        [one] { $count } uyğun iş
       *[other] { $count } uyğun iş
    }

## Emergency alerts, shown over every screen until they end

# The big button under an alert that covers the whole screen.
alert-read = Oxudum
# What kind of alert it is (CAP severity levels, from the most to the least serious).
alert-extreme = Çox böyük təhlükə
alert-severe = Təhlükə
alert-moderate = Xəbərdarlıq
alert-minor = Məlumat
alert-unknown = Bildiriş
# $time is when the alert ends, like "18:00" or "Fri 18:00".
alert-until = Bitmə vaxtı: { $time }
# On the strip of a less serious alert: tap to read all of it.
alert-more = Ardını oxu
# Followed by the places the alert is about.
alert-where = Harada:
# Heading above what people should do.
alert-what-to-do = Nə etməli
# Button on an alert: opens the centre's emergency numbers.
alert-emergency = Təcili yardım nömrələri

## Night screen, outside the centre's opening hours

night-closed = Mərkəz indi bağlıdır.
night-touch = Bu ekrandan yenə də istifadə edə bilərsiniz: ona toxunun.

## Volunteer panel: alerts and usage counts

panel-alerts = İndi göstərilən xəbərdarlıqlar
panel-alerts-none = Heç bir xəbərdarlıq göstərilmir.
panel-usage = İstifadə sayları (hər səhifənin neçə dəfə açıldığı)
panel-usage-save = İstifadə saylarını USB yaddaşa yaz
# $file is where the counts were written.
panel-usage-saved = Yadda saxlanıldı: { $file }.
panel-usage-off = İstifadə sayımı konfiqurasiyada söndürülüb.
panel-usage-no-folder = USB qovluğu təyin edilməyib (watch_dir), ona görə heç nə yadda saxlanıla bilməz.
