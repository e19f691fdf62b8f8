### Welcome Kiosk: Chinese (Simplified) interface strings.
### Translation: machine translation (AI-assisted) from the English reference, not yet reviewed by a native speaker.
### Review status: not reviewed

# The language's own name, shown on the language picker.
-language-name = 简体中文
-app-name = Welcome Kiosk

## Window

window-title = { -app-name }

## The bar on every screen

nav-home = 首页
nav-back = 返回
nav-language = 语言
nav-emergency = 紧急求助
nav-search = 搜索

## Reading aloud, text size and contrast (buttons with an icon; the words are for
## visitors who read them and for screen labels)

# On the speaker button of a page, the emergency screen and each home tile.
listen = 朗读
listen-pause = 暂停
listen-resume = 继续
listen-stop = 停止
listen-again = 再听一遍
listen-previous = 上一句
listen-next = 下一句
volume-down = 小声
volume-up = 大声
# In the bar: three text sizes, and a high-contrast palette.
text-size = 文字大小
contrast = 对比度

## Language picker

language-heading = 请选择您的语言
language-hint = 您随时可以点“语言”按钮，换一种语言。
# Two switches for volunteers: change the language of everything, or only of the texts
# (for a visitor who reads one language but prefers buttons in another).
language-change-all = 全部更换
language-change-texts = 只更换文字
# Shown when the texts are in another language than the buttons. $ui and $content are
# language names.
language-split = 按钮用{ $ui }，文字用{ $content }
# Picker with many languages: a heading over the languages the centre shows first, and one
# over all the others (grouped by writing system under it).
language-featured = 这里最常用的语言
language-more = 更多语言
# The search field of a long picker, and what it says when nothing matches.
language-find = 请输入您的语言名称
language-find-nothing = 没有找到这种语言。请试试只输入开头几个字或字母，或者问问志愿者。

## Home screen

home-heading = 欢迎
home-subheading = 您需要什么？请点一张图片。

## Categories: home tiles and list headings

kind-guides = 您的权利
kind-jobs = 工作
kind-contacts = 紧急求助
kind-services = 帮助机构
kind-events = 活动
kind-stories = 移民故事

## Lists

# $count is the number of items in a list.
list-count = { $count } 项
list-empty = 这里暂时没有内容。请以后再来看看。

## Notices on items

# $language is the visitor's language, $fallback the language the text is shown in.
fallback-notice = 这段内容还没有{ $language }版本，现在用{ $fallback }显示。
machine-translation-notice = 这段文字是电脑翻译的，可能有错误。
example-badge = 示例
example-notice = 这只是一个例子，用来说明这台机器怎么用。这不是真实信息。
fictional-badge = 虚构故事
fictional-notice = 这个故事是编的，只是为了让您看看故事大概是什么样子。故事里的人不是真人。

## Facts of an item

fact-phone = 电话
fact-email = 电子邮件
fact-address = 地址
fact-place = 地点
fact-hours = 开放时间
fact-when = 时间
fact-website = 网站
fact-employer = 雇主
fact-contract = 合同
fact-working-hours = 工作时间
fact-pay = 工资
fact-languages-needed = 需要会的语言
fact-languages-spoken = 可以使用的语言
fact-posted = 发布日期
fact-apply-before = 申请截止日期

# $hours is a number of hours.
hours-per-week = 每周 { $hours } 小时
contract-permanent = 长期工作
contract-temporary = 临时工作
contract-seasonal = 季节工作
contract-apprenticeship = 学徒

# $amount is a number with its decimals, $symbol the currency sign (€, kr…).
money = { $symbol }{ $amount }

# $amount is an amount of money, already formatted with its currency.
pay-per-hour = 每小时 { $amount }
pay-per-day = 每天 { $amount }
pay-per-week = 每周 { $amount }
pay-per-month = 每月 { $amount }
pay-per-year = 每年 { $amount }

open-now = 现在开门
closed-now = 现在关门
# When a service opens or closes next. $time is a time of day (17:00, 5:00 PM), $day the
# name of a weekday (Thursday).
open-closes-today = 现在开门 · { $time } 关门
open-closes-tomorrow = 现在开门 · 明天 { $time } 关门
open-closes-day = 现在开门 · { $day } { $time } 关门
closed-opens-today = 已关门 · 今天 { $time } 开门
closed-opens-tomorrow = 已关门 · 明天 { $time } 开门
closed-opens-day = 已关门 · { $day } { $time } 开门
open-always = 每天开放，白天晚上都开
free-call = 免费电话
free-entry = 免费进入

repeats-weekly = 每周
repeats-monthly = 每月
repeats-yearly = 每年

## Emergency screen

emergency-heading = 紧急电话
emergency-intro = 如果有人有危险，请打 112。电话免费。
urgent-badge = 紧急

## Attract screen, shown when nobody is using the kiosk

# Shown in every offered language in turn, each in its own language.
attract-touch = 请点一下屏幕，开始使用

## Idle warning: the kiosk starts again for the next person

idle-heading = 您还在吗？
# $seconds is a number of seconds.
idle-countdown = { $seconds } 秒后重新开始。您看过的内容会被清除。
idle-more-time = 我需要更多时间

## Volunteer panel (opened with a long press on the centre's name and a PIN)

pin-heading = 志愿者密码
pin-hint = 请输入密码，然后按“确定”。
pin-ok = 确定
pin-clear = 清除
pin-cancel = 取消
pin-wrong = 密码错误。请再试一次。
# $seconds is a number of seconds.
pin-locked = 错误次数太多。请等 { $seconds } 秒。
panel-heading = 志愿者面板
panel-content = 当前显示的内容
panel-bundle = 内容包
panel-version = 版本
panel-source = 来源
panel-problems = 加载时发现的问题
panel-no-problems = 没有问题。
panel-default-language = 下一位访客的默认语言
panel-reload = 重新加载内容
panel-reloaded = 内容已重新加载。
panel-exit = 退出自助机模式
# Asked before kiosk mode is left. $minutes is a number of minutes.
panel-exit-question = 退出自助机模式？如果 { $minutes } 分钟内无人触摸屏幕，会自动恢复。
panel-exit-yes = 是，退出
panel-exit-no = 否，留下
panel-close = 关闭

## Search, with an on-screen keyboard

search-heading = 搜索
search-hint = 请输入一个词。您一边输入，结果一边变化。
# In the empty search field.
search-placeholder = 在这里输入
# $count is the number of results.
search-count = { $count } 个结果
search-nothing = 没有找到。请换一个词，或者选一个主题。
search-clear = 清除
keyboard-space = 空格
keyboard-backspace = 删除
# On the key that shows the next keyboard (another alphabet).
keyboard-next = 其他键盘

## Take it home: QR codes for a phone's camera

qr-take-home = 带回家：用手机相机对准这个码。
qr-call = 用手机扫这个码，拨打这个号码。
qr-close = 关闭

## Job filters

filter-heading = 只显示
filter-all = 全部工作
filter-full-time = 全职
filter-part-time = 兼职
filter-new = 本周新发布
# Followed by buttons with language names: only jobs that need no other language.
filter-languages = 我会说
# $count is the number of jobs that match the filters.
filter-matching =
    { $count ->
        [0] 没有符合的工作。请点“全部工作”。
       *[other] 找到 { $count } 个工作
    }

## Emergency alerts, shown over every screen until they end

# The big button under an alert that covers the whole screen.
alert-read = 我看完了
# What kind of alert it is (CAP severity levels, from the most to the least serious).
alert-extreme = 极度危险
alert-severe = 危险
alert-moderate = 警告
alert-minor = 信息
alert-unknown = 通知
# $time is when the alert ends, like "18:00" or "Fri 18:00".
alert-until = 持续到 { $time }
# On the strip of a less serious alert: tap to read all of it.
alert-more = 查看全文
# Followed by the places the alert is about.
alert-where = 地点：
# Heading above what people should do.
alert-what-to-do = 应该怎么做
# Button on an alert: opens the centre's emergency numbers.
alert-emergency = 紧急电话

## Night screen, outside the centre's opening hours

night-closed = 中心现在已关门。
night-touch = 您仍然可以使用这个屏幕：请点一下屏幕。

## Volunteer panel: alerts and usage counts

panel-alerts = 当前显示的警报
panel-alerts-none = 当前没有显示警报。
panel-usage = 使用次数（每个页面被打开了多少次）
panel-usage-save = 把使用次数保存到 USB 闪存盘
# $file is where the counts were written.
panel-usage-saved = 已保存到 { $file }。
panel-usage-off = 配置中已关闭使用次数统计。
panel-usage-no-folder = 没有设置 USB 文件夹（watch_dir），所以无法保存。
