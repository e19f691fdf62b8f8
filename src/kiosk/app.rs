//! The kiosk as an iced application: what it starts with (`Config`), the clock, the
//! subscriptions that wake it, window and system matters (scale, monitor, systemd), and the
//! application builder.

use std::sync::Arc;
use std::time::{Duration, Instant};

use iced::{Size, Subscription, Task, Theme, event, window};
use jiff::civil::DateTime;

use super::{Kiosk, Message, Mode, Phase, renderer};
use crate::content::Diagnostic;
use crate::lang::Lang;
use crate::library::Library;

/// One reverse-DNS id everywhere: window class, .desktop file, icon, AppStream metainfo.
pub const APP_ID: &str = "org.welcomekiosk.WelcomeKiosk";

/// What time it is, as data: the kiosk never reads the wall clock itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Clock {
    /// The real time, as of the latest minute tick.
    Live(jiff::Timestamp),
    /// A fixed bundle-local time, for reproducible renders and tests.
    Fixed(DateTime),
}

impl Clock {
    /// A minute tick: the time now (a fixed clock stays as it is).
    pub fn tick(&mut self, now: jiff::Timestamp) {
        if let Clock::Live(time) = self {
            *time = now;
        }
    }

    /// The time as an instant (a fixed clock is read in the bundle's time zone).
    pub fn timestamp(self, zone: &jiff::tz::TimeZone) -> jiff::Timestamp {
        match self {
            Clock::Live(time) => time,
            Clock::Fixed(local) => local
                .to_zoned(zone.clone())
                .map_or(jiff::Timestamp::UNIX_EPOCH, |z| z.timestamp()),
        }
    }

    /// The time in the bundle's time zone.
    pub fn local(self, zone: &jiff::tz::TimeZone) -> DateTime {
        match self {
            Clock::Live(time) => time.to_zoned(zone.clone()).datetime(),
            Clock::Fixed(local) => local,
        }
    }
}

/// Where the first visitor starts.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Start {
    /// The attract screen in kiosk mode, the language picker in a window.
    #[default]
    Usual,
    /// Home, in this language (development, `--lang`).
    Home(Lang),
}

/// What the app starts with.
#[derive(Clone)]
pub struct Config {
    pub library: Arc<Library>,
    pub start: Start,
    pub clock: Clock,
    /// When the kiosk started (the origin of its idle timers).
    pub started: Instant,
    /// The configuration file's settings (kiosk mode, idle times, PIN, directories).
    pub settings: crate::config::Config,
    /// Live preview: reload the bundle directory whenever a file changes.
    pub watch: bool,
    /// Read-aloud (none: no speaker buttons).
    pub speaker: Option<crate::speech::Speaker>,
}

impl Config {
    /// The embedded content and built-in languages, default settings, the real time.
    pub fn embedded() -> Self {
        Self::from_library(crate::boot::load(None), crate::config::Config::default())
    }

    pub fn from_library(library: Library, settings: crate::config::Config) -> Self {
        Self {
            library: Arc::new(library),
            start: Start::Usual,
            clock: Clock::Live(jiff::Timestamp::now()),
            started: Instant::now(),
            settings,
            watch: false,
            speaker: None,
        }
    }

    /// Problems found while loading configuration, content and translations.
    pub fn problems(&self) -> &[Diagnostic] {
        &self.library.problems
    }
}

/// Window and system matters: scale, monitor, systemd.
#[derive(Clone)]
pub(super) struct Platform {
    pub(super) ready_sent: bool,
    pub(super) watchdog: Option<Duration>,
    pub(super) updates: Option<crate::updates::Background>,
    /// The size of the monitor in physical pixels (kiosk mode), once known.
    pub(super) monitor: Option<Size>,
    /// The window's size in physical pixels, as last reported.
    pub(super) window: Option<Size>,
    /// The scale in use: the configured one, or chosen from the monitor's size once the
    /// window covers it (then kept, so that resize events converted at one scale or the
    /// other cannot make it drift).
    pub(super) scale: f32,
    pub(super) scale_chosen: bool,
}

/// The scale for a screen of `physical` pixels when the configuration sets none: the
/// layouts are made for 1280×800 (and work down to 800×480), so a bigger screen shows them
/// bigger, in steps of a quarter: 1920×1080 (and portrait 1080×1920) at 1.25, 2560×1440 at
/// 1.75, 3840×2160 at 2.5; never smaller than 1, so small panels keep 48-pixel targets.
pub fn auto_scale(physical: Size) -> f32 {
    let short = physical.width.min(physical.height);
    let long = physical.width.max(physical.height);
    let fit = (short / 800.0).min(long / 1280.0);
    ((fit * 4.0).floor() / 4.0).clamp(1.0, 4.0)
}

impl Kiosk {
    /// How long the idle timer of a visit may sleep: until the warning is due (it was woken
    /// every second, and each wake-up rebuilt the screen: ~5 % of a core on an untouched
    /// Home at 1920×1080), then every second while the warning counts down. Recomputed
    /// after every message, so a touch starts it again from the full timeout.
    fn idle_wake(&self) -> Duration {
        let waiting = self.session().is_some_and(|s| s.idle_deadline.is_none());
        if !waiting {
            return Duration::from_secs(1);
        }
        let idle = self.last_tick.saturating_duration_since(self.last_input);
        self.settings
            .idle_timeout
            .saturating_sub(idle)
            .max(Duration::from_secs(1))
    }

    /// Wake-ups only when something can change: a minute clock, the idle timer while a
    /// session is active (kiosk mode), the attract screen's language cycle, a held press.
    pub fn subscription(&self) -> Subscription<Message> {
        let mut subs = vec![
            iced::time::every(Duration::from_secs(60))
                .map(|_| Message::Tick(jiff::Timestamp::now())),
            window::close_requests().map(Message::CloseRequested),
            window::resize_events().map(|(_, size)| Message::Resized(size)),
        ];
        let attract = matches!(self.phase, Phase::Attract(_));
        match self.mode {
            Mode::Window => subs.push(iced::keyboard::listen().filter_map(quit_key)),
            Mode::Paused => {
                // Watch for the pause to end (no touch for `kiosk_return_after`).
                subs.push(iced::time::every(Duration::from_secs(5)).map(Message::IdleTick));
                subs.push(event::listen_with(activity));
            }
            Mode::Kiosk if attract && (self.is_night() || self.takeover().is_some()) => {
                // The night screen, or an alert covering the attract screen: still, nothing
                // to wake for but a touch and the minute.
            }
            Mode::Kiosk if attract => {
                subs.push(iced::time::every(Duration::from_secs(4)).map(|_| Message::AttractTick));
            }
            Mode::Kiosk => {
                subs.push(iced::time::every(self.idle_wake()).map(Message::IdleTick));
                subs.push(event::listen_with(activity));
            }
        }
        let pin_shown = self
            .session()
            .is_some_and(|s| matches!(s.overlay, super::Overlay::Pin(_)));
        if self.mode == Mode::Window && (self.lockout.locked_until.is_some() || pin_shown) {
            // Countdown of a locked PIN pad in a window.
            subs.push(iced::time::every(Duration::from_secs(1)).map(Message::IdleTick));
        }
        if self
            .session()
            .is_some_and(|s| matches!(s.screen, super::Screen::Search(_)))
        {
            subs.push(iced::keyboard::listen().filter_map(typed_key));
        }
        if self.session().is_some_and(|s| s.bar.pressing()) {
            subs.push(iced::time::every(Duration::from_millis(200)).map(Message::PressTick));
        }
        if !self.platform.ready_sent {
            subs.push(window::frames().map(|_| Message::FirstFrame));
        }
        if let Some(interval) = self.platform.watchdog {
            subs.push(iced::time::every(interval).map(|_| Message::Watchdog));
        }
        if let Some(speaker) = &self.speaker {
            subs.push(
                Subscription::run_with(speaker.clone(), crate::speech::Speaker::events)
                    .map(|event| Message::Speech(Instant::now(), event)),
            );
        }
        if let Some(updates) = &self.platform.updates {
            subs.push(
                Subscription::run_with(updates.clone(), crate::updates::stream)
                    .map(Message::Updates),
            );
        }
        Subscription::batch(subs)
    }

    /// Window and system messages.
    pub(super) fn platform(&mut self, message: Message) -> Task<Message> {
        let platform = &mut self.platform;
        match message {
            Message::Resized(logical) => {
                platform.window = Some(Size::new(
                    logical.width * platform.scale,
                    logical.height * platform.scale,
                ));
                self.choose_scale();
                Task::none()
            }
            // Cover the monitor exactly: a window manager makes a fullscreen window this size
            // anyway; without one, X would leave the window at its default size.
            Message::Monitor(id, Some(size)) if self.mode == Mode::Kiosk => {
                if platform.monitor.is_none() {
                    platform.monitor = Some(Size::new(
                        size.width * platform.scale,
                        size.height * platform.scale,
                    ));
                }
                // The window manager may have made the window fullscreen already.
                self.choose_scale();
                Task::batch([
                    window::move_to(id, iced::Point::ORIGIN),
                    window::resize(id, size),
                    window::set_mode(id, window::Mode::Fullscreen),
                ])
            }
            // A kiosk is left only through the volunteer panel.
            Message::CloseRequested(id) if self.mode != Mode::Kiosk => window::close(id),
            Message::Quit if self.mode != Mode::Kiosk => iced::exit(),
            Message::FirstFrame if !platform.ready_sent => {
                platform.ready_sent = true;
                let _ = sd_notify::notify(false, &[sd_notify::NotifyState::Ready]);
                Task::none()
            }
            Message::Watchdog => {
                let _ = sd_notify::notify(false, &[sd_notify::NotifyState::Watchdog]);
                Task::none()
            }
            _ => Task::none(),
        }
    }
}

/// Ctrl+Q quits a window that is not in kiosk mode (kiosk mode listens to no keys at all).
fn quit_key(event: iced::keyboard::Event) -> Option<Message> {
    use iced::keyboard::{Event, Key};
    match event {
        Event::KeyPressed {
            key: Key::Character(c),
            modifiers,
            ..
        } if modifiers.command() && c.as_str().eq_ignore_ascii_case("q") => Some(Message::Quit),
        _ => None,
    }
}

/// A physical keyboard types into the search field: letters, space, backspace. No key does
/// anything else, so no key can leave kiosk mode.
fn typed_key(event: iced::keyboard::Event) -> Option<Message> {
    use super::screen::search::keyboard::Message as Key;
    use iced::keyboard::{Event, Key as Pressed, key::Named};
    let Event::KeyPressed {
        key,
        text,
        modifiers,
        ..
    } = event
    else {
        return None;
    };
    if modifiers.command() || modifiers.alt() {
        return None;
    }
    match key {
        Pressed::Named(Named::Backspace) => Some(Message::Typed(Key::Backspace)),
        Pressed::Named(Named::Space) => Some(Message::Typed(Key::Space)),
        _ => {
            let text = text?;
            let printable = !text.is_empty() && text.chars().all(|c| !c.is_control());
            printable.then(|| Message::Typed(Key::Text(text.to_string())))
        }
    }
}

/// Touches, clicks, scroll and keys count as someone being there (now).
fn activity(event: iced::Event, _status: event::Status, _window: window::Id) -> Option<Message> {
    use iced::{keyboard, mouse, touch};
    match event {
        iced::Event::Mouse(mouse::Event::ButtonPressed(_) | mouse::Event::WheelScrolled { .. })
        | iced::Event::Touch(
            touch::Event::FingerPressed { .. } | touch::Event::FingerMoved { .. },
        )
        | iced::Event::Keyboard(keyboard::Event::KeyPressed { .. }) => {
            Some(Message::Activity(Instant::now()))
        }
        _ => None,
    }
}

/// Half of systemd's watchdog interval, from `WATCHDOG_USEC`. Read directly: under cage,
/// `WATCHDOG_PID` names cage, not us, so the usual helper would say "not enabled".
pub(super) fn watchdog_interval() -> Option<Duration> {
    let usec: u64 = std::env::var("WATCHDOG_USEC").ok()?.parse().ok()?;
    (usec > 0).then(|| Duration::from_micros(usec / 2))
}

impl Kiosk {
    /// Once the window covers the monitor, choose the scale for it, once: later resize
    /// events, converted at one scale or the other, cannot make it drift.
    fn choose_scale(&mut self) {
        let platform = &mut self.platform;
        if !platform.scale_chosen
            && let (Some(monitor), Some(window)) = (platform.monitor, platform.window)
            && (window.width - monitor.width).abs() < 1.0
            && (window.height - monitor.height).abs() < 1.0
        {
            platform.scale = self.settings.scale.unwrap_or_else(|| auto_scale(monitor));
            platform.scale_chosen = true;
        }
    }
}

/// Ask for the size of the monitor the window is on (answered by `Message::Monitor`).
pub(super) fn fit_to_monitor() -> Task<Message> {
    window::latest()
        .and_then(|id| window::monitor_size(id).map(move |size| Message::Monitor(id, size)))
}

/// The kiosk as an iced application, fonts and window included, ready to `run()`.
pub fn application(
    config: Config,
) -> iced::Application<impl iced::Program<State = Kiosk, Message = Message, Theme = Theme>> {
    let kiosk = config.settings.kiosk;
    let window = window::Settings {
        size: iced::Size::new(1280.0, 800.0),
        fullscreen: kiosk,
        decorations: !kiosk,
        // Resizable even in kiosk mode: the window manager or compositor must be free to
        // make it as big as the screen (fixed size hints kept it in a 1280×800 corner).
        resizable: true,
        exit_on_close_request: !kiosk,
        platform_specific: window::settings::PlatformSpecific {
            application_id: APP_ID.to_owned(),
            ..window::settings::PlatformSpecific::default()
        },
        ..window::Settings::default()
    };
    crate::fonts::load();
    iced::application::<Kiosk, Message, Theme, renderer::Renderer>(
        move || {
            let kiosk = Kiosk::new(config.clone());
            let task = if kiosk.is_kiosk_mode() {
                fit_to_monitor()
            } else {
                Task::none()
            };
            (kiosk, task)
        },
        Kiosk::update,
        Kiosk::view,
    )
    .title(Kiosk::title)
    .theme(Kiosk::theme)
    .subscription(Kiosk::subscription)
    .scale_factor(Kiosk::scale_factor)
    .default_font(super::widget::SANS)
    .window(window)
}
