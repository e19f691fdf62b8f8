### Welcome Kiosk: Vietnamese interface strings.
### Translation: machine translation (AI-assisted) from the English reference, not yet reviewed by a native speaker.
### Review status: not reviewed

# The language's own name, shown on the language picker.
-language-name = Tiếng Việt
-app-name = Welcome Kiosk

## Window

window-title = { -app-name }

## The bar on every screen

nav-home = Trang chủ
nav-back = Quay lại
nav-language = Ngôn ngữ
nav-emergency = Khẩn cấp
nav-search = Tìm kiếm

## Reading aloud, text size and contrast (buttons with an icon; the words are for
## visitors who read them and for screen labels)

# On the speaker button of a page, the emergency screen and each home tile.
listen = Nghe
listen-pause = Tạm dừng
listen-resume = Nghe tiếp
listen-stop = Dừng
listen-again = Nghe lại
listen-previous = Trước
listen-next = Tiếp
volume-down = Nhỏ hơn
volume-up = To hơn
# In the bar: three text sizes, and a high-contrast palette.
text-size = Cỡ chữ
contrast = Độ tương phản

## Language picker

language-heading = Chọn ngôn ngữ của bạn
language-hint = Bạn có thể đổi ngôn ngữ bất cứ lúc nào bằng nút Ngôn ngữ.
# Two switches for volunteers: change the language of everything, or only of the texts
# (for a visitor who reads one language but prefers buttons in another).
language-change-all = Đổi tất cả
language-change-texts = Chỉ đổi phần văn bản
# Shown when the texts are in another language than the buttons. $ui and $content are
# language names.
language-split = Nút bằng { $ui } · văn bản bằng { $content }
# Picker with many languages: a heading over the languages the centre shows first, and one
# over all the others (grouped by writing system under it).
language-featured = Dùng nhiều nhất ở đây
language-more = Ngôn ngữ khác
# The search field of a long picker, and what it says when nothing matches.
language-find = Gõ tên ngôn ngữ của bạn
language-find-nothing = Không tìm thấy ngôn ngữ nào. Hãy thử gõ vài chữ cái đầu, hoặc hỏi một tình nguyện viên.

## Home screen

home-heading = Chào mừng bạn
home-subheading = Bạn cần gì? Hãy chạm vào một hình.

## Categories: home tiles and list headings

kind-guides = Quyền của bạn
kind-jobs = Việc làm
kind-contacts = Khẩn cấp
kind-services = Dịch vụ hỗ trợ
kind-events = Sự kiện
kind-stories = Câu chuyện

## Lists

# $count is the number of items in a list.
list-count =
    { $count ->
        [one] { $count } mục
       *[other] { $count } mục
    }
list-empty = Hiện chưa có gì ở đây. Vui lòng quay lại sau.

## Notices on items

# $language is the visitor's language, $fallback the language the text is shown in.
fallback-notice = Chưa có bằng { $language } — đang hiển thị bằng { $fallback }.
machine-translation-notice = Văn bản này do máy tính dịch. Có thể có lỗi.
example-badge = Ví dụ
example-notice = Đây là một ví dụ để cho thấy máy này hoạt động thế nào. Đây không phải là thông tin thật.
fictional-badge = Chuyện hư cấu
fictional-notice = Câu chuyện này là hư cấu, để cho thấy các câu chuyện có thể trông như thế nào. Nó không kể về một người có thật.

## Facts of an item

fact-phone = Điện thoại
fact-email = Email
fact-address = Địa chỉ
fact-place = Ở đâu
fact-hours = Giờ mở cửa
fact-when = Khi nào
fact-website = Trang web
fact-employer = Nhà tuyển dụng
fact-contract = Hợp đồng
fact-working-hours = Giờ làm việc
fact-pay = Lương
fact-languages-needed = Ngôn ngữ cần có
fact-languages-spoken = Ngôn ngữ được dùng
fact-posted = Đăng ngày
fact-apply-before = Nộp đơn trước

# $hours is a number of hours.
hours-per-week =
    { $hours ->
        [one] { $hours } giờ mỗi tuần
       *[other] { $hours } giờ mỗi tuần
    }
contract-permanent = Việc làm lâu dài
contract-temporary = Việc làm tạm thời
contract-seasonal = Việc làm theo mùa
contract-apprenticeship = Học nghề

# $amount is a number with its decimals, $symbol the currency sign (€, kr…).
money = { $amount } { $symbol }

# $amount is an amount of money, already formatted with its currency.
pay-per-hour = { $amount } một giờ
pay-per-day = { $amount } một ngày
pay-per-week = { $amount } một tuần
pay-per-month = { $amount } một tháng
pay-per-year = { $amount } một năm

open-now = Đang mở cửa
closed-now = Đang đóng cửa
# When a service opens or closes next. $time is a time of day (17:00, 5:00 PM), $day the
# name of a weekday (Thursday).
open-closes-today = Đang mở cửa · đóng lúc { $time }
open-closes-tomorrow = Đang mở cửa · đóng lúc { $time } ngày mai
open-closes-day = Đang mở cửa · đóng lúc { $time } { $day }
closed-opens-today = Đang đóng cửa · mở lúc { $time } hôm nay
closed-opens-tomorrow = Đang đóng cửa · mở lúc { $time } ngày mai
closed-opens-day = Đang đóng cửa · mở lúc { $time } { $day }
open-always = Mở cửa cả ngày lẫn đêm, tất cả các ngày
free-call = Gọi miễn phí
free-entry = Vào cửa miễn phí

repeats-weekly = Hằng tuần
repeats-monthly = Hằng tháng
repeats-yearly = Hằng năm

## Emergency screen

emergency-heading = Số điện thoại khẩn cấp
emergency-intro = Nếu có người gặp nguy hiểm, hãy gọi 112. Cuộc gọi miễn phí.
urgent-badge = Khẩn cấp

## Attract screen, shown when nobody is using the kiosk

# Shown in every offered language in turn, each in its own language.
attract-touch = Chạm vào màn hình để bắt đầu

## Idle warning: the kiosk starts again for the next person

idle-heading = Bạn vẫn còn ở đây chứ?
# $seconds is a number of seconds.
idle-countdown =
    { $seconds ->
        [one] Máy sẽ bắt đầu lại sau { $seconds } giây. Những gì bạn đã xem sẽ bị xóa.
       *[other] Máy sẽ bắt đầu lại sau { $seconds } giây. Những gì bạn đã xem sẽ bị xóa.
    }
idle-more-time = Tôi cần thêm thời gian

## Volunteer panel (opened with a long press on the centre's name and a PIN)

pin-heading = Mã PIN của tình nguyện viên
pin-hint = Nhập mã PIN, rồi bấm OK.
pin-ok = OK
pin-clear = Xóa
pin-cancel = Hủy
pin-wrong = Sai mã PIN. Hãy thử lại.
# $seconds is a number of seconds.
pin-locked =
    { $seconds ->
        [one] Nhập sai quá nhiều lần. Hãy đợi { $seconds } giây.
       *[other] Nhập sai quá nhiều lần. Hãy đợi { $seconds } giây.
    }
panel-heading = Trang dành cho tình nguyện viên
panel-content = Nội dung đang hiển thị
panel-bundle = Gói nội dung
panel-version = Phiên bản
panel-source = Nguồn
panel-problems = Lỗi tìm thấy khi tải
panel-no-problems = Không có lỗi nào.
panel-default-language = Ngôn ngữ mặc định cho người tiếp theo
panel-reload = Tải lại nội dung
panel-reloaded = Đã tải lại nội dung.
panel-exit = Thoát chế độ kiosk
# Asked before kiosk mode is left. $minutes is a number of minutes.
panel-exit-question =
    { $minutes ->
        [one] Thoát chế độ kiosk? Chế độ này sẽ tự bật lại sau { $minutes } phút nếu không ai chạm vào màn hình.
       *[other] Thoát chế độ kiosk? Chế độ này sẽ tự bật lại sau { $minutes } phút nếu không ai chạm vào màn hình.
    }
panel-exit-yes = Có, thoát
panel-exit-no = Không, ở lại
panel-close = Đóng

## Search, with an on-screen keyboard

search-heading = Tìm kiếm
search-hint = Gõ một từ. Kết quả sẽ thay đổi trong lúc bạn gõ.
# In the empty search field.
search-placeholder = Gõ vào đây
# $count is the number of results.
search-count =
    { $count ->
        [one] { $count } kết quả
       *[other] { $count } kết quả
    }
search-nothing = Không tìm thấy gì. Hãy thử từ khác, hoặc chọn một chủ đề.
search-clear = Xóa hết
keyboard-space = Dấu cách
keyboard-backspace = Xóa
# On the key that shows the next keyboard (another alphabet).
keyboard-next = Bàn phím khác

## Take it home: QR codes for a phone's camera

qr-take-home = Mang về nhà: hướng camera điện thoại của bạn vào đây.
qr-call = Quét mã bằng điện thoại để gọi số này.
qr-close = Đóng

## Job filters

filter-heading = Chỉ hiển thị
filter-all = Tất cả việc làm
filter-full-time = Toàn thời gian
filter-part-time = Bán thời gian
filter-new = Mới trong tuần này
# Followed by buttons with language names: only jobs that need no other language.
filter-languages = Tôi nói
# $count is the number of jobs that match the filters.
filter-matching =
    { $count ->
        [0] Không có việc nào phù hợp. Hãy chạm vào “Tất cả việc làm”.
        [one] { $count } việc phù hợp
       *[other] { $count } việc phù hợp
    }

## Emergency alerts, shown over every screen until they end

# The big button under an alert that covers the whole screen.
alert-read = Tôi đã đọc
# What kind of alert it is (CAP severity levels, from the most to the least serious).
alert-extreme = Cực kỳ nguy hiểm
alert-severe = Nguy hiểm
alert-moderate = Cảnh báo
alert-minor = Thông tin
alert-unknown = Thông báo
# $time is when the alert ends, like "18:00" or "Fri 18:00".
alert-until = Đến { $time }
# On the strip of a less serious alert: tap to read all of it.
alert-more = Đọc thêm
# Followed by the places the alert is about.
alert-where = Khu vực:
# Heading above what people should do.
alert-what-to-do = Cần làm gì
# Button on an alert: opens the centre's emergency numbers.
alert-emergency = Số điện thoại khẩn cấp

## Night screen, outside the centre's opening hours

night-closed = Trung tâm hiện đã đóng cửa.
night-touch = Bạn vẫn có thể dùng màn hình này: hãy chạm vào màn hình.

## Volunteer panel: alerts and usage counts

panel-alerts = Cảnh báo đang hiển thị
panel-alerts-none = Không có cảnh báo nào đang hiển thị.
panel-usage = Số lượt sử dụng (mỗi trang đã được mở bao nhiêu lần)
panel-usage-save = Lưu số lượt sử dụng vào USB
# $file is where the counts were written.
panel-usage-saved = Đã lưu vào { $file }.
panel-usage-off = Chức năng đếm lượt sử dụng đã bị tắt trong cấu hình.
panel-usage-no-folder = Chưa cấu hình thư mục USB (watch_dir), nên không thể lưu gì.
