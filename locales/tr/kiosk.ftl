### Welcome Kiosk: Turkish interface strings.
### Translation: machine translation (AI-assisted) from the English reference, not yet reviewed by a native speaker.
### Review status: not reviewed

# The language's own name, shown on the language picker.
-language-name = Türkçe
-app-name = Welcome Kiosk

## Window

window-title = { -app-name }

## The bar on every screen

nav-home = Ana sayfa
nav-back = Geri
nav-language = Dil
nav-emergency = Acil durum
nav-search = Ara

## Reading aloud, text size and contrast (buttons with an icon; the words are for
## visitors who read them and for screen labels)

# On the speaker button of a page, the emergency screen and each home tile.
listen = Dinle
listen-pause = Duraklat
listen-resume = Devam et
listen-stop = Durdur
listen-again = Tekrar
listen-previous = Geri
listen-next = İleri
volume-down = Sesi kıs
volume-up = Sesi aç
# In the bar: three text sizes, and a high-contrast palette.
text-size = Yazı boyutu
contrast = Kontrast

## Language picker

language-heading = Dilinizi seçin
language-hint = Dili istediğiniz zaman Dil düğmesiyle değiştirebilirsiniz.
# Two switches for volunteers: change the language of everything, or only of the texts
# (for a visitor who reads one language but prefers buttons in another).
language-change-all = Her şeyi değiştir
language-change-texts = Sadece metinleri değiştir
# Shown when the texts are in another language than the buttons. $ui and $content are
# language names.
language-split = Düğmeler { $ui } dilinde · metinler { $content } dilinde
# Picker with many languages: a heading over the languages the centre shows first, and one
# over all the others (grouped by writing system under it).
language-featured = Burada en çok kullanılanlar
language-more = Diğer diller
# The search field of a long picker, and what it says when nothing matches.
language-find = Dilinizin adını yazın
language-find-nothing = Dil bulunamadı. İlk harfleri deneyin ya da bir gönüllüye sorun.

## Home screen

home-heading = Hoş geldiniz
home-subheading = Neye ihtiyacınız var? Bir resme dokunun.

## Categories: home tiles and list headings

kind-guides = Haklarınız
kind-jobs = İş
kind-contacts = Acil durum
kind-services = Hizmetler
kind-events = Etkinlikler
kind-stories = Hikâyeler

## Lists

# $count is the number of items in a list.
list-count =
    { $count ->
        [one] { $count } öğe
       *[other] { $count } öğe
    }
list-empty = Şu anda burada bir şey yok. Lütfen daha sonra tekrar gelin.

## Notices on items

# $language is the visitor's language, $fallback the language the text is shown in.
fallback-notice = Henüz { $language } dilinde yok — { $fallback } dilinde gösteriliyor.
machine-translation-notice = Bu metni bir bilgisayar çevirdi. Hatalar olabilir.
example-badge = Örnek
example-notice = Bu, cihazın nasıl çalıştığını göstermek için bir örnektir. Gerçek bilgi değildir.
fictional-badge = Hayalî hikâye
fictional-notice = Bu hikâye hayal ürünüdür; hikâyelerin nasıl olabileceğini göstermek için yazıldı. Gerçek bir kişiyi anlatmıyor.

## Facts of an item

fact-phone = Telefon
fact-email = E-posta
fact-address = Adres
fact-place = Nerede
fact-hours = Açık olduğu saatler
fact-when = Ne zaman
fact-website = Web sitesi
fact-employer = İşveren
fact-contract = Sözleşme
fact-working-hours = Çalışma saatleri
fact-pay = Ücret
fact-languages-needed = Gereken diller
fact-languages-spoken = Konuşulan diller
fact-posted = İlan tarihi
fact-apply-before = Son başvuru tarihi

# $hours is a number of hours.
hours-per-week =
    { $hours ->
        [one] Haftada { $hours } saat
       *[other] Haftada { $hours } saat
    }
contract-permanent = Kalıcı iş
contract-temporary = Geçici iş
contract-seasonal = Mevsimlik iş
contract-apprenticeship = Çıraklık

# $amount is a number with its decimals, $symbol the currency sign (€, kr…).
money = { $amount } { $symbol }

# $amount is an amount of money, already formatted with its currency.
pay-per-hour = Saatte { $amount }
pay-per-day = Günde { $amount }
pay-per-week = Haftada { $amount }
pay-per-month = Ayda { $amount }
pay-per-year = Yılda { $amount }

open-now = Şu an açık
closed-now = Şu an kapalı
# When a service opens or closes next. $time is a time of day (17:00, 5:00 PM), $day the
# name of a weekday (Thursday).
open-closes-today = Şu an açık · kapanış: { $time }
open-closes-tomorrow = Şu an açık · kapanış: yarın { $time }
open-closes-day = Şu an açık · kapanış: { $day } { $time }
closed-opens-today = Kapalı · açılış: bugün { $time }
closed-opens-tomorrow = Kapalı · açılış: yarın { $time }
closed-opens-day = Kapalı · açılış: { $day } { $time }
open-always = Her gün, gece gündüz açık
free-call = Ücretsiz arama
free-entry = Giriş ücretsiz

repeats-weekly = Her hafta
repeats-monthly = Her ay
repeats-yearly = Her yıl

## Emergency screen

emergency-heading = Acil durum numaraları
emergency-intro = Birisi tehlikedeyse 112'yi arayın. Arama ücretsizdir.
urgent-badge = Acil

## Attract screen, shown when nobody is using the kiosk

# Shown in every offered language in turn, each in its own language.
attract-touch = Başlamak için ekrana dokunun

## Idle warning: the kiosk starts again for the next person

idle-heading = Hâlâ orada mısınız?
# $seconds is a number of seconds.
idle-countdown =
    { $seconds ->
        [one] Cihaz { $seconds } saniye içinde yeniden başlayacak. Baktığınız şeyler silinecek.
       *[other] Cihaz { $seconds } saniye içinde yeniden başlayacak. Baktığınız şeyler silinecek.
    }
idle-more-time = Daha fazla zamana ihtiyacım var

## Volunteer panel (opened with a long press on the centre's name and a PIN)

pin-heading = Gönüllü PIN kodu
pin-hint = PIN kodunu yazın, sonra Tamam'a basın.
pin-ok = Tamam
pin-clear = Temizle
pin-cancel = İptal
pin-wrong = Yanlış PIN. Tekrar deneyin.
# $seconds is a number of seconds.
pin-locked =
    { $seconds ->
        [one] Çok fazla yanlış deneme. { $seconds } saniye bekleyin.
       *[other] Çok fazla yanlış deneme. { $seconds } saniye bekleyin.
    }
panel-heading = Gönüllü paneli
panel-content = Gösterilen içerik
panel-bundle = İçerik paketi
panel-version = Sürüm
panel-source = Kaynak
panel-problems = Yüklerken bulunan sorunlar
panel-no-problems = Sorun yok.
panel-default-language = Sonraki ziyaretçi için varsayılan dil
panel-reload = İçeriği yeniden yükle
panel-reloaded = İçerik yeniden yüklendi.
panel-exit = Kiosk modundan çık
# Asked before kiosk mode is left. $minutes is a number of minutes.
panel-exit-question =
    { $minutes ->
        [one] Kiosk modundan çıkılsın mı? Ekrana { $minutes } dakika dokunulmazsa kendiliğinden geri döner.
       *[other] Kiosk modundan çıkılsın mı? Ekrana { $minutes } dakika dokunulmazsa kendiliğinden geri döner.
    }
panel-exit-yes = Evet, çık
panel-exit-no = Hayır, kal
panel-close = Kapat

## Search, with an on-screen keyboard

search-heading = Arama
search-hint = Bir kelime yazın. Siz yazdıkça sonuçlar değişir.
# In the empty search field.
search-placeholder = Buraya yazın
# $count is the number of results.
search-count =
    { $count ->
        [one] { $count } sonuç
       *[other] { $count } sonuç
    }
search-nothing = Hiçbir şey bulunamadı. Başka bir kelime deneyin ya da bir konu seçin.
search-clear = Temizle
keyboard-space = Boşluk
keyboard-backspace = Sil
# On the key that shows the next keyboard (another alphabet).
keyboard-next = Diğer klavye

## Take it home: QR codes for a phone's camera

qr-take-home = Yanınıza alın: telefonunuzun kamerasını bu koda tutun.
qr-call = Bu numarayı aramak için kodu telefonunuzla tarayın.
qr-close = Kapat

## Job filters

filter-heading = Yalnızca göster
filter-all = Tüm işler
filter-full-time = Tam zamanlı
filter-part-time = Yarı zamanlı
filter-new = Bu hafta eklenenler
# Followed by buttons with language names: only jobs that need no other language.
filter-languages = Konuştuğum diller
# $count is the number of jobs that match the filters.
filter-matching =
    { $count ->
        [0] Uygun iş yok. “Tüm işler” düğmesine dokunun.
        [one] { $count } uygun iş
       *[other] { $count } uygun iş
    }

## Emergency alerts, shown over every screen until they end

# The big button under an alert that covers the whole screen.
alert-read = Okudum
# What kind of alert it is (CAP severity levels, from the most to the least serious).
alert-extreme = Aşırı tehlike
alert-severe = Tehlike
alert-moderate = Uyarı
alert-minor = Bilgi
alert-unknown = Duyuru
# $time is when the alert ends, like "18:00" or "Fri 18:00".
alert-until = Bitiş: { $time }
# On the strip of a less serious alert: tap to read all of it.
alert-more = Devamını oku
# Followed by the places the alert is about.
alert-where = Nerede:
# Heading above what people should do.
alert-what-to-do = Ne yapmalısınız
# Button on an alert: opens the centre's emergency numbers.
alert-emergency = Acil durum numaraları

## Night screen, outside the centre's opening hours

night-closed = Merkez şu anda kapalı.
night-touch = Bu ekranı yine de kullanabilirsiniz: ekrana dokunun.

## Volunteer panel: alerts and usage counts

panel-alerts = Şu an gösterilen uyarılar
panel-alerts-none = Gösterilen uyarı yok.
panel-usage = Kullanım sayıları (her sayfanın kaç kez açıldığı)
panel-usage-save = Kullanım sayılarını USB belleğe kaydet
# $file is where the counts were written.
panel-usage-saved = Kaydedildi: { $file }.
panel-usage-off = Kullanım sayımı yapılandırmada kapalı.
panel-usage-no-folder = USB klasörü ayarlanmamış (watch_dir), bu yüzden hiçbir şey kaydedilemez.
