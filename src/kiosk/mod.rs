//! The iced application: state, messages, navigation, kiosk behaviour (attract screen, idle
//! reset, volunteer panel, watchdog) and the bar shown on every screen.

pub mod background;
pub mod icon;
pub mod input;
pub mod renderer;
pub mod screen;
pub mod theme;
pub mod widget;

use std::collections::BTreeMap;
use std::sync::Arc;
use std::time::{Duration, Instant};

use crate::kiosk::renderer::Element;
use iced::widget::operation::{AbsoluteOffset, scroll_to};
use iced::widget::{
    Id, button, column, container, image, mouse_area, opaque, responsive, scrollable, stack, text,
};
use iced::{Alignment, Fill, Size, Subscription, Task, Theme, event, window};
use jiff::civil::DateTime;

use crate::content::{Content, Diagnostic, ItemId, Kind};
use crate::i18n::{Catalog, Direction, Localizer, msg};
use crate::lang::Lang;
use icon::{Glyph, icon};
use screen::{panel, pin};
use theme::size;
use widget::{BOLD, bidi, row_dir, with_id};

/// Where the visitor is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    /// Nobody is using the kiosk: the centre's name, the time, "touch to start".
    Attract,
    Language,
    Home,
    List(Kind),
    Detail(ItemId),
    Emergency,
}

impl Route {
    /// Parse the `render --screen` syntax: `attract`, `language`, `home`, `emergency`,
    /// `list:<kind>`, `detail:<kind>/<slug>`.
    pub fn parse(text: &str) -> Option<Route> {
        match text {
            "attract" => Some(Route::Attract),
            "language" => Some(Route::Language),
            "home" => Some(Route::Home),
            "emergency" => Some(Route::Emergency),
            _ => {
                if let Some(kind) = text.strip_prefix("list:") {
                    Kind::from_folder(kind).map(Route::List)
                } else {
                    text.strip_prefix("detail:")
                        .and_then(ItemId::parse)
                        .map(Route::Detail)
                }
            }
        }
    }
}

/// What a tap on the language picker changes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum LanguageMode {
    /// Buttons and texts together (the default).
    #[default]
    All,
    /// Only the language of the texts; the buttons stay as they are.
    TextsOnly,
}

/// How the kiosk runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// A normal window (development, coordinators' previews).
    Window,
    /// Fullscreen and locked down: attract screen, idle reset, hidden cursor, no way out but
    /// the volunteer panel.
    Kiosk,
    /// A volunteer left kiosk mode from the panel. Kiosk mode comes back by itself after
    /// `kiosk_return_after` without a touch, so a forgotten machine does not stay open.
    Paused,
}

/// What covers the screen above the current route.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Overlay {
    #[default]
    None,
    Pin(pin::State),
    Panel(panel::State),
}

#[derive(Debug, Clone)]
pub enum Message {
    /// A message from the widgets of screen number `.0` (see `kiosk::input`): acted on only
    /// if that screen is still the one shown.
    OnScreen(u64, Box<Message>),
    /// Go to a screen, remembering this one for Back.
    Open(Route),
    Back,
    Home,
    ChooseLanguage(Lang),
    /// Change only the language of the texts (volunteers, on the language picker).
    ChooseContentLanguage(Lang),
    SetLanguageMode(LanguageMode),
    /// The main scroll area moved (kept so Back returns to the same place).
    Scrolled(f32),
    /// A minute passed: the clock, "open now" and upcoming events may change.
    Tick,
    /// The attract screen was touched.
    Start,
    /// The emergency number on the attract screen was touched: straight to the Emergency
    /// screen, in the default language.
    StartEmergency,
    /// Someone touched the screen or pressed a key.
    Activity,
    /// Once a second while a session is active: the idle timer.
    IdleTick(Instant),
    /// "I need more time" on the idle warning.
    MoreTime,
    /// Next "touch to start" language on the attract screen.
    AttractTick,
    /// The centre's name in the bar was pressed or released (the volunteer gesture).
    LogoPressed,
    LogoReleased,
    PressTick(Instant),
    Pin(pin::Message),
    Panel(panel::Message),
    /// Content loaded off the UI thread ("reload" on the panel).
    Reloaded(Arc<crate::boot::Loaded>),
    CloseRequested(window::Id),
    /// Ctrl+Q: quit, outside kiosk mode only.
    Quit,
    /// The first frame was drawn: tell systemd we are ready.
    FirstFrame,
    /// Tell systemd's watchdog the UI loop is alive.
    Watchdog,
    /// News from the background thread (live preview, new bundles).
    Background(background::Update),
    /// The window's size changed (logical pixels at the scale in use).
    Resized(Size),
    /// The size of the monitor the kiosk window is on (kiosk mode covers it exactly).
    Monitor(window::Id, Option<Size>),
}

impl Message {
    /// The message itself, without the screen it was sent from.
    pub fn without_screen(&self) -> &Message {
        match self {
            Message::OnScreen(_, message) => message.without_screen(),
            other => other,
        }
    }
}

/// What the app starts with.
#[derive(Clone)]
pub struct Config {
    pub content: Arc<Content>,
    pub catalog: Arc<Catalog>,
    /// Start in this language on Home (development; kiosks start on the attract screen).
    pub lang: Option<Lang>,
    /// Problems found while loading configuration, content and translations.
    pub problems: Vec<Diagnostic>,
    /// A fixed "now" (bundle-local time) for reproducible renders and tests.
    pub now: Option<DateTime>,
    /// The configuration file's settings (kiosk mode, idle times, PIN, directories).
    pub settings: crate::config::Config,
    /// Live preview: reload the bundle directory whenever a file changes.
    pub watch: bool,
}

impl Config {
    /// The embedded content and built-in languages, default settings.
    pub fn embedded() -> Self {
        Self::from_loaded(crate::boot::load(None), crate::config::Config::default())
    }

    pub fn from_loaded(loaded: crate::boot::Loaded, settings: crate::config::Config) -> Self {
        Self {
            content: Arc::new(loaded.content),
            catalog: Arc::new(loaded.catalog),
            lang: None,
            problems: loaded.problems,
            now: None,
            settings,
            watch: false,
        }
    }
}

pub const SCROLL_ID: &str = "content-scroll";

/// One reverse-DNS id everywhere: window class, .desktop file, icon, AppStream metainfo.
pub const APP_ID: &str = "org.welcomekiosk.WelcomeKiosk";

/// How long the centre's name must be held to open the PIN pad.
pub const LONG_PRESS: Duration = Duration::from_secs(3);
/// Wrong PINs allowed before the pad locks.
pub const PIN_TRIES: u32 = 5;

/// Decoded bundle pixels, owned jointly by the content and the image handles.
struct SharedPixels(Arc<Vec<u8>>);

impl AsRef<[u8]> for SharedPixels {
    fn as_ref(&self) -> &[u8] {
        self.0.as_slice()
    }
}

/// Everything that belongs to one visitor. An idle reset replaces it with a fresh one, so
/// nothing a visitor saw or chose survives for the next person.
#[derive(Debug, Clone, PartialEq)]
pub struct Session {
    pub route: Route,
    pub history: Vec<(Route, f32)>,
    pub scroll: f32,
    pub ui_lang: Lang,
    pub content_lang: Lang,
    pub language_mode: LanguageMode,
    pub overlay: Overlay,
    /// When the idle warning will clear everything, while it is showing.
    pub idle_deadline: Option<Instant>,
    /// Since when the centre's name is held down.
    pub pressing_since: Option<Instant>,
}

impl Session {
    pub fn fresh(lang: &Lang, route: Route) -> Self {
        Self {
            route,
            history: Vec::new(),
            scroll: 0.0,
            ui_lang: lang.clone(),
            content_lang: lang.clone(),
            language_mode: LanguageMode::All,
            overlay: Overlay::None,
            idle_deadline: None,
            pressing_since: None,
        }
    }
}

/// Wrong-PIN bookkeeping. Kept across idle resets, so waiting for a reset does not help.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Lockout {
    pub failures: u32,
    pub locked_until: Option<Instant>,
}

impl Lockout {
    /// 30 s after the fifth wrong PIN, doubling with each further one, at most an hour.
    fn delay(failures: u32) -> Duration {
        let doublings = failures.saturating_sub(PIN_TRIES).min(7);
        Duration::from_secs(30 * (1 << doublings)).min(Duration::from_secs(3600))
    }
}

#[derive(Clone)]
pub struct Kiosk {
    content: Arc<Content>,
    catalog: Arc<Catalog>,
    images: BTreeMap<String, image::Handle>,
    problems: Vec<Diagnostic>,
    settings: crate::config::Config,
    /// Kiosk mode as it is now (the panel can leave it for a while).
    mode: Mode,
    /// The language a fresh session starts in (the panel can change it).
    default_lang: Lang,
    /// The languages on the picker.
    offered: Vec<Lang>,
    /// "Touch the screen to start" in each offered language, with its direction.
    attract_lines: Vec<(String, Direction)>,
    attract_line: usize,
    session: Session,
    /// Derived from the session: the interface localizer and the content language chains.
    ui: Localizer,
    /// The language of the PIN pad and the panel.
    volunteer_ui: Localizer,
    content_own: Vec<Lang>,
    content_chain: Vec<Lang>,
    now: DateTime,
    fixed_now: bool,
    last_input: Instant,
    /// The latest idle tick, for countdowns shown on screen.
    last_tick: Instant,
    lockout: Lockout,
    ready_sent: bool,
    watchdog: Option<Duration>,
    background: Option<background::Background>,
    /// The previewed bundle has errors (the last good content stays on screen).
    preview_problems: Option<Arc<Vec<Diagnostic>>>,
    /// Which screen is shown: grows by one whenever the screen changes (see `kiosk::input`).
    screen: u64,
    /// The size of the monitor in physical pixels (kiosk mode), once known.
    monitor: Option<Size>,
    /// The scale in use: the configured one, or chosen from the monitor's size once the
    /// window covers it (then kept, so that resize events converted at one scale or the
    /// other cannot make it drift).
    scale: f32,
    scale_chosen: bool,
}

impl Kiosk {
    pub fn new(config: Config) -> Self {
        let settings = config.settings;
        let saved = settings
            .state_dir
            .as_deref()
            .map(crate::config::Saved::load)
            .unwrap_or_default();
        let offered = offered_languages(&config.content, settings.languages.as_deref());
        let default_lang = saved
            .default_language
            .or_else(|| settings.default_language.clone())
            .filter(|l| offered.contains(l))
            .unwrap_or_else(|| config.content.meta.default_language.clone());
        let start_lang = config.lang.clone().unwrap_or_else(|| default_lang.clone());
        let route = if config.lang.is_some() {
            Route::Home
        } else if settings.kiosk {
            Route::Attract
        } else {
            Route::Language
        };
        let images = images_of(&config.content);
        let now = Instant::now();
        let volunteer = settings
            .volunteer_language
            .clone()
            .unwrap_or_else(|| default_lang.clone());
        let mut kiosk = Self {
            ui: config.catalog.localizer(&start_lang),
            volunteer_ui: config.catalog.localizer(&volunteer),
            attract_lines: attract_lines(&config.catalog, &offered),
            attract_line: 0,
            session: Session::fresh(&start_lang, route),
            content_own: Vec::new(),
            content_chain: Vec::new(),
            now: config.now.unwrap_or_else(|| config.content.local_now()),
            fixed_now: config.now.is_some(),
            last_input: now,
            last_tick: now,
            lockout: Lockout::default(),
            ready_sent: false,
            watchdog: watchdog_interval(),
            background: background::Background::from_settings(&settings, config.watch),
            preview_problems: None,
            mode: if settings.kiosk {
                Mode::Kiosk
            } else {
                Mode::Window
            },
            screen: 0,
            monitor: None,
            scale: settings.scale.unwrap_or(1.0),
            scale_chosen: settings.scale.is_some(),
            default_lang,
            offered,
            images,
            problems: config.problems,
            content: config.content,
            catalog: config.catalog,
            settings,
        };
        kiosk.sync_languages();
        kiosk
    }

    pub fn session(&self) -> &Session {
        &self.session
    }

    pub fn route(&self) -> &Route {
        &self.session.route
    }

    pub fn history(&self) -> Vec<Route> {
        self.session
            .history
            .iter()
            .map(|(r, _)| r.clone())
            .collect()
    }

    pub fn ui_language(&self) -> &Lang {
        &self.session.ui_lang
    }

    pub fn content_language(&self) -> &Lang {
        &self.session.content_lang
    }

    /// Where the main scroll area is (restored by Back).
    pub fn scroll_offset(&self) -> f32 {
        self.session.scroll
    }

    pub fn problems(&self) -> &[Diagnostic] {
        &self.problems
    }

    pub fn localizer(&self) -> &Localizer {
        &self.ui
    }

    pub fn is_kiosk_mode(&self) -> bool {
        self.mode == Mode::Kiosk
    }

    pub fn mode(&self) -> Mode {
        self.mode
    }

    pub fn default_language(&self) -> &Lang {
        &self.default_lang
    }

    pub fn lockout(&self) -> &Lockout {
        &self.lockout
    }

    /// How many "Touch the screen to start" lines the attract screen cycles through.
    pub fn attract_line_count(&self) -> usize {
        self.attract_lines.len()
    }

    /// The route a fresh session starts on.
    fn start_route(&self) -> Route {
        if self.is_kiosk_mode() {
            Route::Attract
        } else {
            Route::Language
        }
    }

    /// The language volunteers read the PIN pad and the panel in.
    fn volunteer_language(&self) -> Lang {
        self.settings
            .volunteer_language
            .clone()
            .unwrap_or_else(|| self.default_lang.clone())
    }

    /// Rebuild what depends on the session's languages.
    fn sync_languages(&mut self) {
        if self.ui.lang() != &self.session.ui_lang {
            self.ui = self.catalog.localizer(&self.session.ui_lang);
        }
        let volunteer = self.volunteer_language();
        if self.volunteer_ui.lang() != &volunteer {
            self.volunteer_ui = self.catalog.localizer(&volunteer);
        }
        self.content_own = crate::i18n::locale::fallback_chain(&self.session.content_lang);
        let mut chain = self.content_own.clone();
        for extra in [
            self.content.meta.default_language.clone(),
            crate::i18n::english(),
        ] {
            if !chain.contains(&extra) {
                chain.push(extra);
            }
        }
        self.content_chain = chain;
    }

    /// Jump straight to a screen (the `render` command and tests).
    pub fn show(&mut self, route: Route) {
        self.session.route = route;
    }

    /// Show an overlay as it would appear (the `render` command): `pin`, `panel`, `idle`.
    pub fn preview(&mut self, overlay: &str) -> bool {
        match overlay {
            "pin" => self.session.overlay = Overlay::Pin(pin::State::default()),
            "panel" => self.session.overlay = Overlay::Panel(panel::State::default()),
            "idle" => self.show_idle_warning(self.settings.idle_warning),
            _ => return false,
        }
        true
    }

    /// Which screen is up, as far as a finger can tell: the route and what covers it.
    fn screen_key(&self) -> (Route, u8, bool) {
        let overlay = match &self.session.overlay {
            Overlay::None => 0,
            Overlay::Pin(_) => 1,
            Overlay::Panel(_) => 2,
        };
        (
            self.session.route.clone(),
            overlay,
            self.session.idle_deadline.is_some(),
        )
    }

    /// The number of the screen shown (see `kiosk::input`).
    pub fn screen_number(&self) -> u64 {
        self.screen
    }

    /// Show the idle warning with `left` to go (the `render` command and tests).
    pub fn show_idle_warning(&mut self, left: Duration) {
        self.last_tick = Instant::now();
        self.session.idle_deadline = Some(self.last_tick + left);
    }

    pub fn update(&mut self, message: Message) -> Task<Message> {
        let before = self.screen_key();
        let task = self.handle(message);
        if self.screen_key() != before {
            self.screen += 1;
        }
        task
    }

    fn handle(&mut self, message: Message) -> Task<Message> {
        match message {
            Message::OnScreen(screen, message) => {
                if screen == self.screen {
                    self.handle(*message)
                } else {
                    // Sent from a screen that is gone: the finger meant that screen.
                    Task::none()
                }
            }
            Message::Resized(logical) => {
                // The window covers the monitor: choose the scale for it, once.
                let physical = Size::new(logical.width * self.scale, logical.height * self.scale);
                if !self.scale_chosen
                    && let Some(monitor) = self.monitor
                    && (physical.width - monitor.width).abs() < 1.0
                    && (physical.height - monitor.height).abs() < 1.0
                {
                    self.scale = self.scale_for(monitor);
                    self.scale_chosen = true;
                }
                Task::none()
            }
            Message::Monitor(id, size) => match size {
                // Cover the monitor exactly: a window manager makes a fullscreen window this
                // size anyway; without one, X would leave the window at its default size.
                Some(size) if self.is_kiosk_mode() => {
                    if self.monitor.is_none() {
                        self.monitor =
                            Some(Size::new(size.width * self.scale, size.height * self.scale));
                    }
                    Task::batch([
                        window::move_to(id, iced::Point::ORIGIN),
                        window::resize(id, size),
                        window::set_mode(id, window::Mode::Fullscreen),
                    ])
                }
                _ => Task::none(),
            },
            Message::StartEmergency => {
                self.last_input = Instant::now();
                self.session = Session::fresh(&self.default_lang, Route::Emergency);
                self.sync_languages();
                self.scroll_to(0.0)
            }
            Message::Open(route) => {
                self.session.language_mode = LanguageMode::All;
                if route == self.session.route {
                    return Task::none();
                }
                let from = std::mem::replace(&mut self.session.route, route);
                self.session.history.push((from, self.session.scroll));
                self.scroll_to(0.0)
            }
            Message::Back => match self.session.history.pop() {
                Some((route, offset)) => {
                    self.session.language_mode = LanguageMode::All;
                    self.session.route = route;
                    self.scroll_to(offset)
                }
                None => Task::none(),
            },
            Message::Home => {
                self.session.language_mode = LanguageMode::All;
                self.session.history.clear();
                self.session.route = Route::Home;
                self.scroll_to(0.0)
            }
            Message::SetLanguageMode(mode) => {
                self.session.language_mode = mode;
                Task::none()
            }
            Message::ChooseLanguage(lang) => {
                self.session.ui_lang = lang.clone();
                self.session.content_lang = lang;
                self.sync_languages();
                self.leave_language_picker()
            }
            Message::ChooseContentLanguage(lang) => {
                self.session.content_lang = lang;
                self.sync_languages();
                self.leave_language_picker()
            }
            Message::Scrolled(offset) => {
                self.session.scroll = offset;
                Task::none()
            }
            Message::Tick => {
                if !self.fixed_now {
                    self.now = self.content.local_now();
                }
                Task::none()
            }
            Message::Start => {
                self.last_input = Instant::now();
                self.session.history.clear();
                self.session.route = Route::Language;
                self.scroll_to(0.0)
            }
            Message::Activity | Message::MoreTime => {
                self.last_input = Instant::now();
                self.session.idle_deadline = None;
                Task::none()
            }
            Message::IdleTick(now) => self.idle_tick(now),
            Message::AttractTick => {
                if !self.attract_lines.is_empty() {
                    self.attract_line = (self.attract_line + 1) % self.attract_lines.len();
                }
                Task::none()
            }
            Message::LogoPressed => {
                self.session.pressing_since = Some(Instant::now());
                Task::none()
            }
            Message::LogoReleased => {
                self.session.pressing_since = None;
                Task::none()
            }
            Message::PressTick(now) => {
                if self
                    .session
                    .pressing_since
                    .is_some_and(|since| now.saturating_duration_since(since) >= LONG_PRESS)
                {
                    self.session.pressing_since = None;
                    self.open_volunteer_access();
                }
                Task::none()
            }
            Message::Pin(message) => self.pin_message(message),
            Message::Panel(message) => self.panel_message(message),
            Message::Reloaded(loaded) => {
                self.swap_content(&loaded);
                Task::none()
            }
            Message::CloseRequested(id) => {
                if self.is_kiosk_mode() {
                    // A kiosk is left only through the volunteer panel.
                    Task::none()
                } else {
                    window::close(id)
                }
            }
            Message::Quit => {
                if self.is_kiosk_mode() {
                    Task::none()
                } else {
                    iced::exit()
                }
            }
            Message::FirstFrame => {
                if !self.ready_sent {
                    self.ready_sent = true;
                    let _ = sd_notify::notify(false, &[sd_notify::NotifyState::Ready]);
                }
                Task::none()
            }
            Message::Background(update) => {
                match update {
                    background::Update::Installed(loaded) | background::Update::Preview(loaded) => {
                        self.preview_problems = None;
                        self.swap_content(&loaded);
                    }
                    background::Update::PreviewProblems(problems) => {
                        self.preview_problems = Some(problems);
                    }
                    background::Update::Problem(why) => {
                        // Newest first, and no endless list from a source that keeps failing.
                        let problem =
                            Diagnostic::warning("updates", crate::content::Position::START, why);
                        self.problems.retain(|p| p != &problem);
                        self.problems.insert(0, problem);
                        self.problems.truncate(50);
                    }
                }
                Task::none()
            }
            Message::Watchdog => {
                let _ = sd_notify::notify(false, &[sd_notify::NotifyState::Watchdog]);
                Task::none()
            }
        }
    }

    fn idle_tick(&mut self, now: Instant) -> Task<Message> {
        self.last_tick = now;
        if self.mode == Mode::Paused
            && now.saturating_duration_since(self.last_input) >= self.settings.kiosk_return
        {
            return self.enter_kiosk_mode();
        }
        if !self.is_kiosk_mode() || self.session.route == Route::Attract {
            return Task::none();
        }
        match self.session.idle_deadline {
            Some(deadline) if now >= deadline => self.reset(),
            Some(_) => Task::none(),
            None => {
                if now.saturating_duration_since(self.last_input) >= self.settings.idle_timeout {
                    self.session.idle_deadline = Some(now + self.settings.idle_warning);
                }
                Task::none()
            }
        }
    }

    /// Back to a fresh start for the next person: attract screen, default language, no
    /// history, no scroll position, no overlay, no typed PIN digits.
    pub fn reset(&mut self) -> Task<Message> {
        self.session = Session::fresh(&self.default_lang, self.start_route());
        self.attract_line = 0;
        self.sync_languages();
        self.scroll_to(0.0)
    }

    /// Back to kiosk mode after a pause: fullscreen again and a fresh start.
    fn enter_kiosk_mode(&mut self) -> Task<Message> {
        self.mode = Mode::Kiosk;
        let reset = self.reset();
        let window = window::latest().and_then(|id| {
            Task::batch([
                window::toggle_decorations(id),
                window::set_mode(id, window::Mode::Fullscreen),
            ])
        });
        Task::batch([reset, window, fit_to_monitor()])
    }

    /// The volunteer gesture: the PIN pad, or straight to the panel in a window without PIN.
    fn open_volunteer_access(&mut self) {
        self.session.overlay = match (&self.settings.pin_hash, self.is_kiosk_mode()) {
            (Some(_), _) => Overlay::Pin(pin::State::default()),
            (None, false) => Overlay::Panel(panel::State::default()),
            // Kiosk mode without a PIN configured: nobody may open the panel.
            (None, true) => Overlay::None,
        };
    }

    fn locked_for(&self, now: Instant) -> Option<Duration> {
        self.lockout
            .locked_until
            .and_then(|until| until.checked_duration_since(now))
            .filter(|d| !d.is_zero())
    }

    fn pin_message(&mut self, message: pin::Message) -> Task<Message> {
        let Overlay::Pin(state) = &mut self.session.overlay else {
            return Task::none();
        };
        let locked = self
            .lockout
            .locked_until
            .is_some_and(|until| until > Instant::now());
        match state.update(message, locked) {
            pin::Action::None => {}
            pin::Action::Cancel => self.session.overlay = Overlay::None,
            pin::Action::Check(digits) => {
                // Argon2 takes a few tens of milliseconds once per attempt: acceptable here,
                // and it keeps the lockout strictly ordered with the attempts.
                let ok = self
                    .settings
                    .pin_hash
                    .as_deref()
                    .is_some_and(|hash| crate::config::verify_pin(&digits, hash));
                if ok {
                    self.lockout = Lockout::default();
                    self.session.overlay = Overlay::Panel(panel::State::default());
                } else {
                    self.lockout.failures += 1;
                    if self.lockout.failures >= PIN_TRIES {
                        let now = Instant::now();
                        self.lockout.locked_until =
                            Some(now + Lockout::delay(self.lockout.failures));
                        self.last_tick = now;
                    }
                    state.wrong();
                }
            }
        }
        Task::none()
    }

    fn panel_message(&mut self, message: panel::Message) -> Task<Message> {
        let Overlay::Panel(state) = &mut self.session.overlay else {
            return Task::none();
        };
        match message {
            panel::Message::Close => self.session.overlay = Overlay::None,
            panel::Message::SetDefault(lang) => {
                self.default_lang = lang.clone();
                if self.settings.volunteer_language.is_none() {
                    self.volunteer_ui = self.catalog.localizer(&lang);
                }
                state.note = Some(panel::Note::DefaultSaved);
                if let Some(dir) = &self.settings.state_dir {
                    let saved = crate::config::Saved {
                        default_language: Some(lang),
                    };
                    if let Err(e) = saved.save(dir) {
                        state.note = Some(panel::Note::Failed(format!(
                            "{}: {e}",
                            crate::config::Saved::path(dir).display()
                        )));
                    }
                }
            }
            panel::Message::Reload => {
                state.note = Some(panel::Note::Reloading);
                let settings = self.settings.clone();
                return Task::perform(
                    async move { Arc::new(crate::boot::load_configured(&settings)) },
                    Message::Reloaded,
                );
            }
            panel::Message::ExitKiosk => state.confirm_exit = true,
            panel::Message::KeepKiosk => state.confirm_exit = false,
            panel::Message::ConfirmExit => {
                self.mode = Mode::Paused;
                self.last_input = Instant::now();
                self.session.overlay = Overlay::None;
                self.session.idle_deadline = None;
                return window::latest().and_then(|id| {
                    Task::batch([
                        window::set_mode(id, window::Mode::Windowed),
                        window::toggle_decorations(id),
                    ])
                });
            }
        }
        Task::none()
    }

    /// Swap in newly loaded content; the visitor keeps their place if it still exists.
    fn swap_content(&mut self, loaded: &crate::boot::Loaded) {
        self.content = Arc::new(loaded.content.clone());
        self.catalog = Arc::new(Catalog::build(&loaded.content.locales).0);
        self.images = images_of(&self.content);
        self.problems.clone_from(&loaded.problems);
        self.offered = offered_languages(&self.content, self.settings.languages.as_deref());
        self.attract_lines = attract_lines(&self.catalog, &self.offered);
        self.attract_line = 0;
        if !self.offered.contains(&self.default_lang) {
            self.default_lang = self.content.meta.default_language.clone();
        }
        if !self.fixed_now {
            self.now = self.content.local_now();
        }
        let gone =
            |route: &Route| matches!(route, Route::Detail(id) if self.content.get(id).is_none());
        if gone(&self.session.route) {
            self.session.route = Route::Home;
        }
        self.session.history.retain(|(route, _)| !gone(route));
        if let Overlay::Panel(state) = &mut self.session.overlay {
            state.note = Some(if loaded.fell_back {
                panel::Note::ReloadFailed
            } else {
                panel::Note::Reloaded
            });
        }
        // Rebuild the localizers too: the new bundle may bring its own translations.
        self.ui = self.catalog.localizer(&self.session.ui_lang);
        self.volunteer_ui = self.catalog.localizer(&self.volunteer_language());
        self.sync_languages();
    }

    /// After a choice on the picker: back to where the visitor was (the screen stays, now in
    /// the new language), or on to Home on a first choice.
    fn leave_language_picker(&mut self) -> Task<Message> {
        self.session.language_mode = LanguageMode::All;
        if self.session.route == Route::Language {
            if let Some((route, offset)) = self.session.history.pop() {
                self.session.route = route;
                return self.scroll_to(offset);
            }
            self.session.route = Route::Home;
        }
        self.scroll_to(0.0)
    }

    fn scroll_to(&mut self, offset: f32) -> Task<Message> {
        self.session.scroll = offset;
        scroll_to(
            Id::new(SCROLL_ID),
            AbsoluteOffset {
                x: None,
                y: Some(offset),
            },
        )
    }

    pub fn title(&self) -> String {
        msg::window_title(&self.ui)
    }

    pub fn theme(&self) -> Theme {
        theme::theme()
    }

    /// Wake-ups only when something can change: a minute clock, the idle timer while a
    /// session is active (kiosk mode), the attract screen's language cycle, a held press.
    pub fn subscription(&self) -> Subscription<Message> {
        let mut subs = vec![
            iced::time::every(Duration::from_secs(60)).map(|_| Message::Tick),
            window::close_requests().map(Message::CloseRequested),
            window::resize_events().map(|(_, size)| Message::Resized(size)),
        ];
        if self.mode == Mode::Window {
            subs.push(iced::keyboard::listen().filter_map(quit_key));
        }
        if self.mode == Mode::Paused {
            // Watch for the pause to end (no touch for `kiosk_return_after`).
            subs.push(iced::time::every(Duration::from_secs(5)).map(Message::IdleTick));
            subs.push(event::listen_with(activity));
        } else if self.is_kiosk_mode() {
            if self.session.route == Route::Attract {
                subs.push(iced::time::every(Duration::from_secs(4)).map(|_| Message::AttractTick));
            } else {
                subs.push(iced::time::every(Duration::from_secs(1)).map(Message::IdleTick));
                subs.push(event::listen_with(activity));
            }
        } else if self.lockout.locked_until.is_some()
            || matches!(self.session.overlay, Overlay::Pin(_))
        {
            // Countdown of a locked PIN pad in a window.
            subs.push(iced::time::every(Duration::from_secs(1)).map(Message::IdleTick));
        }
        if self.session.pressing_since.is_some() {
            subs.push(iced::time::every(Duration::from_millis(200)).map(Message::PressTick));
        }
        if !self.ready_sent {
            subs.push(window::frames().map(|_| Message::FirstFrame));
        }
        if let Some(interval) = self.watchdog {
            subs.push(iced::time::every(interval).map(|_| Message::Watchdog));
        }
        if let Some(bg) = &self.background {
            subs.push(
                Subscription::run_with(bg.clone(), background::stream).map(Message::Background),
            );
        }
        Subscription::batch(subs)
    }

    fn context(&self, size: Size) -> screen::Ctx<'_> {
        screen::Ctx {
            content: &self.content,
            catalog: &self.catalog,
            ui: &self.ui,
            content_lang: &self.session.content_lang,
            chain: &self.content_chain,
            own: &self.content_own,
            offered: &self.offered,
            now: self.now,
            images: &self.images,
            layout: screen::Layout::new(size),
        }
    }

    /// The scale the window is drawn at (see `auto_scale`).
    pub fn scale_factor(&self) -> f32 {
        self.scale
    }

    /// The scale for a window of `physical` pixels: the configured one, else `auto_scale`.
    pub fn scale_for(&self, physical: Size) -> f32 {
        self.settings.scale.unwrap_or_else(|| auto_scale(physical))
    }

    pub fn view(&self) -> Element<'_, Message> {
        let screen = self.screen;
        let content: Element<'_, Message> = responsive(move |size| self.view_at(size)).into();
        input::guard(
            content.map(move |message| Message::OnScreen(screen, Box::new(message))),
            screen,
            self.settings.tap_guard,
            self.is_kiosk_mode(),
        )
    }

    /// The screen laid out for a window of `size` (logical pixels).
    fn view_at(&self, size: Size) -> Element<'_, Message> {
        let ctx = self.context(size);
        let screen: Element<'_, Message> = if self.session.route == Route::Attract {
            let line = self.attract_lines.get(self.attract_line);
            screen::attract::view(&ctx, &self.default_lang, line)
        } else {
            let body = match &self.session.route {
                Route::Attract | Route::Language => {
                    screen::language::view(&ctx, self.session.language_mode)
                }
                Route::Home => screen::home::view(&ctx),
                Route::List(kind) => screen::list::view(&ctx, *kind),
                Route::Detail(id) => screen::detail::view(&ctx, id),
                Route::Emergency => screen::emergency::view(&ctx),
            };
            let (pad_y, pad_x) = ctx.layout.padding();
            let scroll = scrollable(container(body).padding([pad_y, pad_x]).width(Fill))
                .id(Id::new(SCROLL_ID))
                .on_scroll(|viewport| Message::Scrolled(viewport.absolute_offset().y))
                .direction(scrollable::Direction::Vertical(
                    scrollable::Scrollbar::new()
                        .width(screen::Layout::SCROLLBAR)
                        .scroller_width(screen::Layout::SCROLLBAR),
                ))
                .width(Fill)
                .height(Fill);
            column![self.bar(&ctx), scroll].into()
        };
        let mut layers = vec![screen];
        let volunteer = self.volunteer_context(size);
        match &self.session.overlay {
            Overlay::None => {}
            Overlay::Pin(state) => {
                let locked = self.locked_for(self.last_tick);
                layers.push(modal(state.view(&volunteer, locked).map(Message::Pin)));
            }
            Overlay::Panel(state) => {
                let info = panel::Info {
                    problems: &self.problems,
                    default_lang: &self.default_lang,
                    kiosk_mode: self.is_kiosk_mode(),
                    kiosk_return: self.settings.kiosk_return,
                };
                layers.push(modal(state.view(&volunteer, &info).map(Message::Panel)));
            }
        }
        if let Some(problems) = &self.preview_problems {
            layers.push(screen::preview::view(&ctx, problems));
        }
        if let Some(deadline) = self.session.idle_deadline {
            let left = deadline.saturating_duration_since(self.last_tick);
            layers.push(modal(screen::idle::view(&ctx, left)));
        }
        stack(layers).width(Fill).height(Fill).into()
    }

    /// The PIN pad and the panel speak the volunteer's language, not the visitor's.
    fn volunteer_context(&self, size: Size) -> screen::Ctx<'_> {
        let mut ctx = self.context(size);
        ctx.ui = &self.volunteer_ui;
        ctx
    }

    /// Home, Back, the centre's name, Language and a red Emergency button, on every screen.
    /// On narrow screens each button puts its label under its pictogram.
    fn bar(&self, ctx: &screen::Ctx<'_>) -> Element<'_, Message> {
        let dir = self.ui.direction();
        let compact = ctx.layout.compact();
        let label_size = if compact {
            size::BAR_COMPACT
        } else {
            size::BAR
        };
        let content = move |glyph: Glyph, label: String| -> Element<'_, Message> {
            let label = text(bidi(dir, &label))
                .size(label_size)
                .font(BOLD)
                .wrapping(text::Wrapping::WordOrGlyph);
            if compact {
                // At least a finger wide, however short the word.
                column![icon(glyph, 28.0), label, iced::widget::space().width(56)]
                    .spacing(2)
                    .align_x(Alignment::Center)
                    .into()
            } else {
                row_dir(dir, vec![icon(glyph, 30.0), label.into()])
                    .spacing(10)
                    .into()
            }
        };
        let padding = if compact { [0, 8] } else { [0, 18] };
        let bar_button =
            |id: &str,
             glyph: Glyph,
             label: String,
             message: Option<Message>,
             style: fn(&Theme, button::Status) -> button::Style| {
                with_id(
                    id.to_owned(),
                    button(
                        container(content(glyph, label))
                            .center_x(Fill)
                            .center_y(Fill),
                    )
                    .padding(padding)
                    .width(iced::Shrink)
                    .height(size::BAR_HEIGHT - 2.0 * size::BAR_PADDING)
                    .style(style)
                    .on_press_maybe(message)
                    .into(),
                )
            };
        let home = bar_button(
            "nav-home",
            Glyph::HOUSE,
            msg::nav_home(&self.ui),
            Some(Message::Home),
            theme::bar_button,
        );
        let back = bar_button(
            "nav-back",
            Glyph::back(dir),
            msg::nav_back(&self.ui),
            (!self.session.history.is_empty()).then_some(Message::Back),
            theme::bar_button,
        );
        let language = bar_button(
            "nav-language",
            Glyph::LANGUAGES,
            msg::nav_language(&self.ui),
            Some(Message::Open(Route::Language)),
            theme::bar_button,
        );
        let emergency = bar_button(
            "nav-emergency",
            Glyph::SIREN,
            msg::nav_emergency(&self.ui),
            Some(Message::Open(Route::Emergency)),
            theme::emergency_button,
        );
        // The centre's name doubles as the volunteer's hidden handle: hold it for 3 seconds.
        let centre = with_id(
            "centre-name",
            mouse_area(
                container(
                    text(self.content.meta.name.clone())
                        .size(if compact {
                            size::BAR_COMPACT
                        } else {
                            size::BAR
                        })
                        .wrapping(text::Wrapping::WordOrGlyph)
                        .align_x(iced::alignment::Horizontal::Center)
                        .color(iced::Color::from_rgb8(0xC9, 0xD6, 0xEA)),
                )
                .center_x(Fill)
                .height(size::BAR_HEIGHT - 2.0 * size::BAR_PADDING)
                .center_y(size::BAR_HEIGHT - 2.0 * size::BAR_PADDING)
                .clip(true),
            )
            .on_press(Message::LogoPressed)
            .on_release(Message::LogoReleased)
            .into(),
        );
        container(
            row_dir(dir, vec![home, back, centre, language, emergency])
                .spacing(if compact { 4 } else { 8 })
                .align_y(Alignment::Center),
        )
        .padding([size::BAR_PADDING, if compact { 6.0 } else { 14.0 }])
        .height(size::BAR_HEIGHT)
        .width(Fill)
        .style(theme::bar)
        .into()
    }
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

/// Image handles sharing the decoded pixels of the content (no copy).
fn images_of(content: &Content) -> BTreeMap<String, image::Handle> {
    content
        .images
        .iter()
        .map(|(name, p)| {
            let pixels = bytes::Bytes::from_owner(SharedPixels(p.rgba.clone()));
            (
                name.clone(),
                image::Handle::from_rgba(p.width, p.height, pixels),
            )
        })
        .collect()
}

/// A dimmed layer that blocks what is under it, with `content` in the middle.
fn modal(content: Element<'_, Message>) -> Element<'_, Message> {
    opaque(
        container(content)
            .padding(24)
            .center_x(Fill)
            .center_y(Fill)
            .style(|_| container::Style {
                background: Some(iced::Color::from_rgba(0.05, 0.08, 0.15, 0.72).into()),
                ..container::Style::default()
            }),
    )
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

/// Touches, clicks, scroll and keys count as someone being there.
fn activity(event: iced::Event, _status: event::Status, _window: window::Id) -> Option<Message> {
    use iced::{keyboard, mouse, touch};
    match event {
        iced::Event::Mouse(mouse::Event::ButtonPressed(_) | mouse::Event::WheelScrolled { .. })
        | iced::Event::Touch(
            touch::Event::FingerPressed { .. } | touch::Event::FingerMoved { .. },
        )
        | iced::Event::Keyboard(keyboard::Event::KeyPressed { .. }) => Some(Message::Activity),
        _ => None,
    }
}

/// The bundle's languages, narrowed to those the configuration offers (all if it names none
/// of them).
fn offered_languages(content: &Content, configured: Option<&[Lang]>) -> Vec<Lang> {
    let all = content.meta.languages.clone();
    match configured {
        Some(list) => {
            let narrowed: Vec<Lang> = all.iter().filter(|l| list.contains(l)).cloned().collect();
            if narrowed.is_empty() { all } else { narrowed }
        }
        None => all,
    }
}

fn attract_lines(catalog: &Catalog, offered: &[Lang]) -> Vec<(String, Direction)> {
    offered
        .iter()
        .map(|lang| {
            let l = catalog.localizer(lang);
            (msg::attract_touch(&l), l.direction())
        })
        .collect()
}

/// Half of systemd's watchdog interval, from `WATCHDOG_USEC`. Read directly: under cage,
/// `WATCHDOG_PID` names cage, not us, so the usual helper would say "not enabled".
fn watchdog_interval() -> Option<Duration> {
    let usec: u64 = std::env::var("WATCHDOG_USEC").ok()?.parse().ok()?;
    (usec > 0).then(|| Duration::from_micros(usec / 2))
}

/// The kiosk as an iced application, fonts and window included.
pub fn application(config: Config) -> iced::Result {
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
    crate::render::load_fonts();
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
    .default_font(widget::SANS)
    .window(window)
    .run()
}

/// Ask for the size of the monitor the window is on (answered by `Message::Monitor`).
fn fit_to_monitor() -> Task<Message> {
    window::latest()
        .and_then(|id| window::monitor_size(id).map(move |size| Message::Monitor(id, size)))
}
