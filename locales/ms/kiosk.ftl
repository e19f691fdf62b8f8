### Welcome Kiosk: Malay interface strings.
### Translation: machine translation (AI-assisted) from the English reference, not yet reviewed by a native speaker.
### Review status: not reviewed

# The language's own name, shown on the language picker.
-language-name = Bahasa Melayu
-app-name = Welcome Kiosk

## Window

window-title = { -app-name }

## The bar on every screen

nav-home = Utama
nav-back = Kembali
nav-language = Bahasa
nav-emergency = Kecemasan
nav-search = Cari

## Reading aloud, text size and contrast (buttons with an icon; the words are for
## visitors who read them and for screen labels)

# On the speaker button of a page, the emergency screen and each home tile.
listen = Dengar
listen-pause = Jeda
listen-resume = Sambung
listen-stop = Henti
listen-again = Ulang
listen-previous = Sebelumnya
listen-next = Seterusnya
volume-down = Kurangkan bunyi
volume-up = Kuatkan bunyi
# In the bar: three text sizes, and a high-contrast palette.
text-size = Saiz teks
contrast = Kontras

## Language picker

language-heading = Pilih bahasa anda
language-hint = Anda boleh menukar bahasa pada bila-bila masa dengan butang "Bahasa".
# Two switches for volunteers: change the language of everything, or only of the texts
# (for a visitor who reads one language but prefers buttons in another).
language-change-all = Tukar semua
language-change-texts = Tukar teks sahaja
# Shown when the texts are in another language than the buttons. $ui and $content are
# language names.
language-split = Butang dalam { $ui } · teks dalam { $content }
# Picker with many languages: a heading over the languages the centre shows first, and one
# over all the others (grouped by writing system under it).
language-featured = Paling banyak digunakan di sini
language-more = Bahasa lain
# The search field of a long picker, and what it says when nothing matches.
language-find = Taip nama bahasa anda
language-find-nothing = Tiada bahasa dijumpai. Cuba huruf-huruf pertama, atau minta bantuan sukarelawan.

## Home screen

home-heading = Selamat datang
home-subheading = Apa yang anda perlukan? Sentuh satu gambar.

## Categories: home tiles and list headings

kind-guides = Hak anda
kind-jobs = Kerja
kind-contacts = Kecemasan
kind-services = Pertubuhan bantuan
kind-events = Acara
kind-stories = Kisah

## Lists

# $count is the number of items in a list.
list-count = { $count } item
list-empty = Tiada apa-apa di sini buat masa ini. Sila datang lagi nanti.

## Notices on items

# $language is the visitor's language, $fallback the language the text is shown in.
fallback-notice = Belum ada dalam { $language } — dipaparkan dalam { $fallback }.
machine-translation-notice = Teks ini diterjemahkan oleh komputer. Mungkin ada kesilapan.
example-badge = Contoh
example-notice = Ini hanya contoh untuk menunjukkan cara kiosk ini berfungsi. Ini bukan maklumat sebenar.
fictional-badge = Kisah rekaan
fictional-notice = Kisah ini rekaan, untuk menunjukkan rupa sesuatu kisah. Ia bukan tentang orang sebenar.

## Facts of an item

fact-phone = Telefon
fact-email = E-mel
fact-address = Alamat
fact-place = Di mana
fact-hours = Waktu buka
fact-when = Bila
fact-website = Laman web
fact-employer = Majikan
fact-contract = Kontrak
fact-working-hours = Waktu kerja
fact-pay = Gaji
fact-languages-needed = Bahasa yang diperlukan
fact-languages-spoken = Bahasa yang dituturkan
fact-posted = Diiklankan pada
fact-apply-before = Mohon sebelum

# $hours is a number of hours.
hours-per-week = { $hours } jam seminggu
contract-permanent = Kerja tetap
contract-temporary = Kerja sementara
contract-seasonal = Kerja bermusim
contract-apprenticeship = Perantisan

# $amount is a number with its decimals, $symbol the currency sign (€, kr…).
money = { $symbol }{ $amount }

# $amount is an amount of money, already formatted with its currency.
pay-per-hour = { $amount } sejam
pay-per-day = { $amount } sehari
pay-per-week = { $amount } seminggu
pay-per-month = { $amount } sebulan
pay-per-year = { $amount } setahun

open-now = Buka sekarang
closed-now = Tutup sekarang
# When a service opens or closes next. $time is a time of day (17:00, 5:00 PM), $day the
# name of a weekday (Thursday).
open-closes-today = Buka sekarang · tutup pukul { $time }
open-closes-tomorrow = Buka sekarang · tutup esok pukul { $time }
open-closes-day = Buka sekarang · tutup hari { $day } pukul { $time }
closed-opens-today = Tutup · buka hari ini pukul { $time }
closed-opens-tomorrow = Tutup · buka esok pukul { $time }
closed-opens-day = Tutup · buka hari { $day } pukul { $time }
open-always = Buka siang dan malam, setiap hari
free-call = Panggilan percuma
free-entry = Masuk percuma

repeats-weekly = Setiap minggu
repeats-monthly = Setiap bulan
repeats-yearly = Setiap tahun

## Emergency screen

emergency-heading = Nombor kecemasan
emergency-intro = Jika seseorang dalam bahaya, hubungi 112. Panggilan ini percuma.
urgent-badge = Segera

## Attract screen, shown when nobody is using the kiosk

# Shown in every offered language in turn, each in its own language.
attract-touch = Sentuh skrin untuk mula

## Idle warning: the kiosk starts again for the next person

idle-heading = Anda masih di sini?
# $seconds is a number of seconds.
idle-countdown = Bermula semula dalam { $seconds } saat. Apa yang anda lihat akan dipadam.
idle-more-time = Saya perlukan masa lagi

## Volunteer panel (opened with a long press on the centre's name and a PIN)

pin-heading = PIN sukarelawan
pin-hint = Taip PIN, kemudian tekan OK.
pin-ok = OK
pin-clear = Padam
pin-cancel = Batal
pin-wrong = PIN salah. Cuba lagi.
# $seconds is a number of seconds.
pin-locked = Terlalu banyak cubaan salah. Tunggu { $seconds } saat.
panel-heading = Panel sukarelawan
panel-content = Kandungan yang dipaparkan
panel-bundle = Pakej
panel-version = Versi
panel-source = Sumber
panel-problems = Masalah semasa memuatkan
panel-no-problems = Tiada masalah.
panel-default-language = Bahasa lalai untuk pelawat seterusnya
panel-reload = Muat semula kandungan
panel-reloaded = Kandungan telah dimuat semula.
panel-exit = Keluar dari mod kiosk
# Asked before kiosk mode is left. $minutes is a number of minutes.
panel-exit-question = Keluar dari mod kiosk? Mod ini akan kembali dengan sendirinya selepas { $minutes } minit tanpa sentuhan.
panel-exit-yes = Ya, keluar
panel-exit-no = Tidak, kekal
panel-close = Tutup

## Search, with an on-screen keyboard

search-heading = Cari
search-hint = Taip satu perkataan. Hasil berubah semasa anda menaip.
# In the empty search field.
search-placeholder = Taip di sini
# $count is the number of results.
search-count = { $count } hasil
search-nothing = Tiada apa-apa dijumpai. Cuba perkataan lain, atau pilih satu topik.
search-clear = Padam semua
keyboard-space = Jarak
keyboard-backspace = Padam
# On the key that shows the next keyboard (another alphabet).
keyboard-next = Papan kekunci lain

## Take it home: QR codes for a phone's camera

qr-take-home = Bawa pulang: halakan kamera telefon anda ke kod ini.
qr-call = Imbas kod ini dengan telefon anda untuk menghubungi nombor ini.
qr-close = Tutup

## Job filters

filter-heading = Tunjukkan sahaja
filter-all = Semua kerja
filter-full-time = Sepenuh masa
filter-part-time = Separuh masa
filter-new = Baharu minggu ini
# Followed by buttons with language names: only jobs that need no other language.
filter-languages = Saya bertutur
# $count is the number of jobs that match the filters.
filter-matching =
    { $count ->
        [0] Tiada kerja yang sepadan. Sentuh “Semua kerja”.
       *[other] { $count } kerja sepadan
    }

## Emergency alerts, shown over every screen until they end

# The big button under an alert that covers the whole screen.
alert-read = Saya sudah baca
# What kind of alert it is (CAP severity levels, from the most to the least serious).
alert-extreme = Bahaya sangat besar
alert-severe = Bahaya
alert-moderate = Amaran
alert-minor = Maklumat
alert-unknown = Makluman
# $time is when the alert ends, like "18:00" or "Fri 18:00".
alert-until = Hingga { $time }
# On the strip of a less serious alert: tap to read all of it.
alert-more = Baca selanjutnya
# Followed by the places the alert is about.
alert-where = Di mana:
# Heading above what people should do.
alert-what-to-do = Apa yang perlu dibuat
# Button on an alert: opens the centre's emergency numbers.
alert-emergency = Nombor kecemasan

## Night screen, outside the centre's opening hours

night-closed = Pusat ini tutup sekarang.
night-touch = Anda masih boleh menggunakan skrin ini: sentuh skrin.

## Volunteer panel: alerts and usage counts

panel-alerts = Amaran yang dipaparkan sekarang
panel-alerts-none = Tiada amaran dipaparkan.
panel-usage = Kiraan penggunaan (berapa kali setiap halaman dibuka)
panel-usage-save = Simpan kiraan penggunaan ke pemacu USB
# $file is where the counts were written.
panel-usage-saved = Disimpan ke { $file }.
panel-usage-off = Kiraan penggunaan dimatikan dalam konfigurasi.
panel-usage-no-folder = Tiada folder USB ditetapkan (watch_dir), jadi tiada apa-apa boleh disimpan.
