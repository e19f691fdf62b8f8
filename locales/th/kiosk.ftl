### Welcome Kiosk: Thai interface strings.
### Translation: machine translation (AI-assisted) from the English reference, not yet reviewed by a native speaker.
### Review status: not reviewed

# The language's own name, shown on the language picker.
-language-name = ไทย
-app-name = Welcome Kiosk

## Window

window-title = { -app-name }

## The bar on every screen

nav-home = หน้าแรก
nav-back = ย้อนกลับ
nav-language = ภาษา
nav-emergency = เหตุฉุกเฉิน
nav-search = ค้นหา

## Reading aloud, text size and contrast (buttons with an icon; the words are for
## visitors who read them and for screen labels)

# On the speaker button of a page, the emergency screen and each home tile.
listen = ฟัง
listen-pause = หยุดชั่วคราว
listen-resume = ฟังต่อ
listen-stop = หยุด
listen-again = ฟังอีกครั้ง
listen-previous = ก่อนหน้า
listen-next = ถัดไป
volume-down = เบาลง
volume-up = ดังขึ้น
# In the bar: three text sizes, and a high-contrast palette.
text-size = ขนาดตัวอักษร
contrast = ความเปรียบต่างของสี

## Language picker

language-heading = เลือกภาษาของคุณ
language-hint = คุณเปลี่ยนภาษาได้ทุกเมื่อ ด้วยปุ่ม “ภาษา”
# Two switches for volunteers: change the language of everything, or only of the texts
# (for a visitor who reads one language but prefers buttons in another).
language-change-all = เปลี่ยนทั้งหมด
language-change-texts = เปลี่ยนเฉพาะข้อความ
# Shown when the texts are in another language than the buttons. $ui and $content are
# language names.
language-split = ปุ่ม: { $ui } · ข้อความ: { $content }
# Picker with many languages: a heading over the languages the centre shows first, and one
# over all the others (grouped by writing system under it).
language-featured = ภาษาที่ใช้บ่อยที่นี่
language-more = ภาษาอื่น ๆ
# The search field of a long picker, and what it says when nothing matches.
language-find = พิมพ์ชื่อภาษาของคุณ
language-find-nothing = ไม่พบภาษา ลองพิมพ์แค่ตัวอักษรแรก ๆ หรือถามอาสาสมัคร

## Home screen

home-heading = ยินดีต้อนรับ
home-subheading = คุณต้องการอะไร? แตะที่รูปภาพ

## Categories: home tiles and list headings

kind-guides = สิทธิของคุณ
kind-jobs = งาน
kind-contacts = เหตุฉุกเฉิน
kind-services = บริการ
kind-events = กิจกรรม
kind-stories = เรื่องเล่า

## Lists

# $count is the number of items in a list.
list-count =
    { $count ->
       *[other] { $count } รายการ
    }
list-empty = ตอนนี้ยังไม่มีอะไรที่นี่ โปรดกลับมาดูใหม่ภายหลัง

## Notices on items

# $language is the visitor's language, $fallback the language the text is shown in.
fallback-notice = ยังไม่มีเป็นภาษา{ $language } — แสดงเป็น { $fallback } แทน
machine-translation-notice = ข้อความนี้แปลโดยคอมพิวเตอร์ อาจมีข้อผิดพลาด
example-badge = ตัวอย่าง
example-notice = นี่เป็นตัวอย่าง เพื่อแสดงว่าตู้นี้ใช้งานอย่างไร ไม่ใช่ข้อมูลจริง
fictional-badge = เรื่องแต่ง
fictional-notice = เรื่องนี้แต่งขึ้น เพื่อแสดงว่าเรื่องเล่าจะเป็นแบบไหนได้บ้าง ไม่ใช่เรื่องของคนจริง

## Facts of an item

fact-phone = โทรศัพท์
fact-email = อีเมล
fact-address = ที่อยู่
fact-place = สถานที่
fact-hours = เวลาเปิด
fact-when = วันเวลา
fact-website = เว็บไซต์
fact-employer = นายจ้าง
fact-contract = สัญญาจ้าง
fact-working-hours = เวลาทำงาน
fact-pay = ค่าจ้าง
fact-languages-needed = ภาษาที่ต้องใช้
fact-languages-spoken = ภาษาที่พูดได้
fact-posted = ลงประกาศเมื่อ
fact-apply-before = สมัครก่อน

# $hours is a number of hours.
hours-per-week =
    { $hours ->
       *[other] สัปดาห์ละ { $hours } ชั่วโมง
    }
contract-permanent = งานประจำ
contract-temporary = งานชั่วคราว
contract-seasonal = งานตามฤดูกาล
contract-apprenticeship = ฝึกงานอาชีพ

# $amount is a number with its decimals, $symbol the currency sign (€, kr…).
money = { $symbol }{ $amount }

# $amount is an amount of money, already formatted with its currency.
pay-per-hour = ชั่วโมงละ { $amount }
pay-per-day = วันละ { $amount }
pay-per-week = สัปดาห์ละ { $amount }
pay-per-month = เดือนละ { $amount }
pay-per-year = ปีละ { $amount }

open-now = เปิดอยู่
closed-now = ปิดอยู่
# When a service opens or closes next. $time is a time of day (17:00, 5:00 PM), $day the
# name of a weekday (Thursday).
open-closes-today = เปิดอยู่ · ปิดเวลา { $time }
open-closes-tomorrow = เปิดอยู่ · ปิดพรุ่งนี้เวลา { $time }
open-closes-day = เปิดอยู่ · ปิด{ $day } เวลา { $time }
closed-opens-today = ปิดอยู่ · เปิดวันนี้เวลา { $time }
closed-opens-tomorrow = ปิดอยู่ · เปิดพรุ่งนี้เวลา { $time }
closed-opens-day = ปิดอยู่ · เปิด{ $day } เวลา { $time }
open-always = เปิดทุกวัน ทั้งกลางวันและกลางคืน
free-call = โทรฟรี
free-entry = เข้าฟรี

repeats-weekly = ทุกสัปดาห์
repeats-monthly = ทุกเดือน
repeats-yearly = ทุกปี

## Emergency screen

emergency-heading = หมายเลขฉุกเฉิน
emergency-intro = ถ้ามีคนตกอยู่ในอันตราย ให้โทร 112 โทรฟรี
urgent-badge = ด่วน

## Attract screen, shown when nobody is using the kiosk

# Shown in every offered language in turn, each in its own language.
attract-touch = แตะหน้าจอเพื่อเริ่ม

## Idle warning: the kiosk starts again for the next person

idle-heading = คุณยังอยู่ไหม?
# $seconds is a number of seconds.
idle-countdown =
    { $seconds ->
       *[other] จะเริ่มใหม่ใน { $seconds } วินาที สิ่งที่คุณดูไว้จะถูกลบ
    }
idle-more-time = ขอเวลาอีกหน่อย

## Volunteer panel (opened with a long press on the centre's name and a PIN)

pin-heading = รหัส PIN อาสาสมัคร
pin-hint = ใส่รหัส PIN แล้วกด “ตกลง”
pin-ok = ตกลง
pin-clear = ล้าง
pin-cancel = ยกเลิก
pin-wrong = รหัส PIN ไม่ถูกต้อง ลองอีกครั้ง
# $seconds is a number of seconds.
pin-locked =
    { $seconds ->
       *[other] ใส่ผิดหลายครั้งเกินไป รอ { $seconds } วินาที
    }
panel-heading = แผงควบคุมอาสาสมัคร
panel-content = เนื้อหาที่แสดง
panel-bundle = ชุดเนื้อหา
panel-version = เวอร์ชัน
panel-source = แหล่งที่มา
panel-problems = ปัญหาที่พบตอนโหลด
panel-no-problems = ไม่มีปัญหา
panel-default-language = ภาษาเริ่มต้นสำหรับผู้มาใช้คนถัดไป
panel-reload = โหลดเนื้อหาใหม่
panel-reloaded = โหลดเนื้อหาใหม่แล้ว
panel-exit = ออกจากโหมดคีออสก์
# Asked before kiosk mode is left. $minutes is a number of minutes.
panel-exit-question =
    { $minutes ->
       *[other] ออกจากโหมดคีออสก์ไหม? ถ้าไม่มีใครแตะหน้าจอ { $minutes } นาที โหมดนี้จะกลับมาเอง
    }
panel-exit-yes = ใช่ ออก
panel-exit-no = ไม่ อยู่ต่อ
panel-close = ปิด

## Search, with an on-screen keyboard

search-heading = ค้นหา
search-hint = พิมพ์คำที่ต้องการ ผลลัพธ์จะเปลี่ยนไปขณะที่คุณพิมพ์
# In the empty search field.
search-placeholder = พิมพ์ที่นี่
# $count is the number of results.
search-count =
    { $count ->
       *[other] พบ { $count } รายการ
    }
search-nothing = ไม่พบอะไรเลย ลองคำอื่น หรือเลือกหัวข้อ
search-clear = ล้าง
keyboard-space = เว้นวรรค
keyboard-backspace = ลบ
# On the key that shows the next keyboard (another alphabet).
keyboard-next = แป้นพิมพ์อื่น

## Take it home: QR codes for a phone's camera

qr-take-home = นำกลับบ้าน: หันกล้องโทรศัพท์ของคุณมาที่นี่
qr-call = สแกนเพื่อโทรเบอร์นี้ด้วยโทรศัพท์ของคุณ
qr-close = ปิด

## Job filters

filter-heading = แสดงเฉพาะ
filter-all = งานทั้งหมด
filter-full-time = เต็มเวลา
filter-part-time = พาร์ตไทม์
filter-new = ใหม่สัปดาห์นี้
# Followed by buttons with language names: only jobs that need no other language.
filter-languages = ภาษาที่ฉันพูดได้
# $count is the number of jobs that match the filters.
filter-matching =
    { $count ->
        [0] ไม่มีงานที่ตรงกัน แตะ “งานทั้งหมด”
       *[other] มีงานที่ตรงกัน { $count } งาน
    }

## Emergency alerts, shown over every screen until they end

# The big button under an alert that covers the whole screen.
alert-read = อ่านแล้ว
# What kind of alert it is (CAP severity levels, from the most to the least serious).
alert-extreme = อันตรายร้ายแรงมาก
alert-severe = อันตราย
alert-moderate = คำเตือน
alert-minor = ข้อมูล
alert-unknown = ประกาศ
# $time is when the alert ends, like "18:00" or "Fri 18:00".
alert-until = ถึง { $time }
# On the strip of a less serious alert: tap to read all of it.
alert-more = อ่านเพิ่มเติม
# Followed by the places the alert is about.
alert-where = ที่ไหน:
# Heading above what people should do.
alert-what-to-do = สิ่งที่ควรทำ
# Button on an alert: opens the centre's emergency numbers.
alert-emergency = หมายเลขฉุกเฉิน

## Night screen, outside the centre's opening hours

night-closed = ตอนนี้ศูนย์ปิดแล้ว
night-touch = คุณยังใช้หน้าจอนี้ได้ แตะหน้าจอเลย

## Volunteer panel: alerts and usage counts

panel-alerts = การแจ้งเตือนที่แสดงอยู่ตอนนี้
panel-alerts-none = ไม่มีการแจ้งเตือนที่แสดงอยู่
panel-usage = จำนวนการใช้งาน (แต่ละหน้าถูกเปิดกี่ครั้ง)
panel-usage-save = บันทึกจำนวนการใช้งานลงแฟลชไดรฟ์ USB
# $file is where the counts were written.
panel-usage-saved = บันทึกไว้ที่ { $file } แล้ว
panel-usage-off = การนับการใช้งานถูกปิดไว้ในการตั้งค่า
panel-usage-no-folder = ไม่ได้ตั้งค่าโฟลเดอร์ USB (watch_dir) จึงบันทึกอะไรไม่ได้
