//! The iced application's shell: what a kiosk is (`Kiosk`), what reaches it (`Message`), and
//! the top-level `update` that routes messages to the screen components and changes screens.
//!
//! - `app`: configuration, the clock, the iced application builder and its subscriptions;
//! - `session`: the phases of a kiosk (attract screen, a visit) and navigation within a visit;
//! - `volunteer`: the PIN pad, the panel, kiosk mode left and regained;
//! - `view`: the screen, the bar and whatever covers them, laid out for the window;
//! - `screen`: one component per screen, plus the bar, the PIN pad and the panel;
//! - `theme`, `widget`, `icon`, `input`, `renderer`: looks, building blocks, the tap guard
//!   and the renderer.

pub mod app;
pub mod icon;
pub mod input;
pub mod renderer;
pub mod screen;
pub mod theme;
pub mod widget;

mod content;
mod fleet;
pub mod listen;
mod message;
mod session;
mod view;
mod volunteer;

use std::sync::Arc;
use std::time::Instant;

use iced::{Size, Task, Theme};

use crate::content::Diagnostic;
use crate::i18n::{Localizer, msg};
use crate::lang::Lang;
use crate::library::Library;
use app::Platform;
use content::Tongues;
use screen::{attract, bar, idle};

pub use app::{APP_ID, Clock, Config, Start, application, auto_scale};
pub use fleet::page_name;
pub use message::{Input, Message, Tap};
pub use screen::bar::LONG_PRESS;
pub use screen::language::LanguageMode;
pub use screen::{Route, Screen};
pub use session::{Overlay, Phase, Session};
pub use theme::Look;
pub use volunteer::{Lockout, PIN_TRIES};

pub const SCROLL_ID: &str = "content-scroll";

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

#[derive(Clone)]
pub struct Kiosk {
    library: Arc<Library>,
    settings: crate::config::Config,
    /// Kiosk mode as it is now (the panel can leave it for a while).
    mode: Mode,
    /// The language a fresh session starts in (the panel can change it).
    default_lang: Lang,
    phase: Phase,
    tongues: Tongues,
    clock: Clock,
    last_input: Instant,
    /// The latest idle tick, for countdowns shown on screen.
    last_tick: Instant,
    lockout: Lockout,
    /// The library's problems, then those of updates (newest first).
    problems: Vec<Diagnostic>,
    /// The previewed bundle has errors (the last good content stays on screen).
    preview_problems: Option<Arc<Vec<Diagnostic>>>,
    /// Which screen is shown: grows by one whenever the screen changes (see `kiosk::input`).
    screen: u64,
    platform: Platform,
    /// Read-aloud (none when turned off in the configuration).
    speaker: Option<crate::speech::Speaker>,
    /// How many readings were started (each has its number).
    readings: u64,
    /// Recordings that could not be played: the voice reads those texts instead.
    unplayable: std::collections::BTreeSet<std::path::PathBuf>,
    /// Alerts, usage counts, health metrics.
    fleet: fleet::Fleet,
}

impl Kiosk {
    pub fn new(config: Config) -> Self {
        let settings = config.settings;
        let library = config.library;
        let saved = settings
            .state_dir
            .as_deref()
            .map(crate::config::Saved::load)
            .unwrap_or_default();
        let default_lang = saved
            .default_language
            .or_else(|| settings.default_language.clone())
            .filter(|l| library.offers(l))
            .unwrap_or_else(|| library.content.meta.default_language.clone());
        let mode = if settings.kiosk {
            Mode::Kiosk
        } else {
            Mode::Window
        };
        let phase = match config.start {
            Start::Home(lang) => Phase::Visit(Session::fresh(&lang, Route::Home)),
            Start::Usual => Phase::first(mode, &default_lang),
        };
        let volunteer = settings
            .volunteer_language
            .clone()
            .unwrap_or_else(|| default_lang.clone());
        let ui = library.localizer(&default_lang);
        let (fleet, kept) = fleet::Fleet::load(
            &settings,
            config.clock.timestamp(&library.content.meta.timezone),
            config.clock.local(&library.content.meta.timezone).date(),
        );
        let mut problems = library.problems.clone();
        for why in kept {
            problems.insert(
                0,
                Diagnostic::warning("alerts", crate::content::Position::START, why),
            );
        }
        let mut kiosk = Self {
            tongues: Tongues {
                volunteer: library.localizer(&volunteer),
                ui,
                own: Vec::new(),
                chain: Vec::new(),
            },
            phase,
            clock: config.clock,
            last_input: config.started,
            last_tick: config.started,
            lockout: Lockout::default(),
            problems,
            fleet,
            preview_problems: None,
            screen: 0,
            platform: Platform {
                ready_sent: false,
                watchdog: app::watchdog_interval(),
                updates: crate::updates::Background::from_settings(&settings, config.watch),
                monitor: None,
                window: None,
                scale: settings.scale.unwrap_or(1.0),
                scale_chosen: settings.scale.is_some(),
            },
            speaker: config.speaker,
            readings: 0,
            unplayable: std::collections::BTreeSet::new(),
            mode,
            default_lang,
            library,
            settings,
        };
        kiosk.sync_languages();
        kiosk
    }

    pub fn phase(&self) -> &Phase {
        &self.phase
    }

    /// The visit under way, if someone is using the kiosk.
    pub fn session(&self) -> Option<&Session> {
        match &self.phase {
            Phase::Attract(_) => None,
            Phase::Visit(session) => Some(session),
        }
    }

    fn session_mut(&mut self) -> Option<&mut Session> {
        match &mut self.phase {
            Phase::Attract(_) => None,
            Phase::Visit(session) => Some(session),
        }
    }

    /// Where the visitor is.
    pub fn route(&self) -> Route {
        self.session()
            .map_or(Route::Attract, |session| session.screen.route())
    }

    pub fn history(&self) -> Vec<Route> {
        self.session()
            .map(|s| s.history.iter().map(|(r, _)| r.clone()).collect())
            .unwrap_or_default()
    }

    pub fn ui_language(&self) -> &Lang {
        self.session().map_or(&self.default_lang, |s| &s.ui_lang)
    }

    pub fn content_language(&self) -> &Lang {
        self.session()
            .map_or(&self.default_lang, |s| &s.content_lang)
    }

    /// Where the main scroll area is (restored by Back).
    pub fn scroll_offset(&self) -> f32 {
        self.session().map_or(0.0, |s| s.scroll)
    }

    /// The visitor's look (the default one on the attract screen).
    pub fn look(&self) -> Look {
        let mut look = self.session().map(|s| s.look).unwrap_or_default();
        if let (Some(mm), Some(window)) = (self.settings.panel_height_mm, self.platform.window) {
            look.largest = theme::largest_percent(mm, window.height, self.platform.scale);
        }
        look
    }

    pub fn problems(&self) -> &[Diagnostic] {
        &self.problems
    }

    pub fn localizer(&self) -> &Localizer {
        &self.tongues.ui
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
        self.library.attract_lines.len()
    }

    /// The number of the screen shown (see `kiosk::input`).
    pub fn screen_number(&self) -> u64 {
        self.screen
    }

    /// The moment of the latest tick or tap the kiosk knows of.
    pub fn last_tick(&self) -> Instant {
        self.last_tick
    }

    /// Which screen is up, as far as a finger can tell: the route and what covers it.
    fn screen_key(&self) -> (Route, u8, bool) {
        let (overlay, idle) = self.session().map_or((0, false), |s| {
            let overlay = match &s.overlay {
                Overlay::None if self.takeover().is_some() => 3,
                Overlay::None => 0,
                Overlay::Pin(_) => 1,
                Overlay::Panel(_) => 2,
            };
            (overlay, s.idle_deadline.is_some())
        });
        // Typing in the search field is not a new screen (the tap guard must not hold
        // the next key back).
        let route = match self.route() {
            Route::Search(_) => Route::Search(String::new()),
            route => route,
        };
        (route, overlay, idle)
    }

    pub fn update(&mut self, message: Message) -> Task<Message> {
        let before = self.screen_key();
        let was_reading = self.reading().is_some();
        let task = self.handle(message);
        self.refresh_search();
        self.refresh_take_home();
        self.sync_job_filter();
        let after = self.screen_key();
        if after != before {
            if after.0 != before.0 {
                self.count_view();
            }
            self.screen += 1;
            let spoken = self.screen_changed(before.2, was_reading);
            return Task::batch([task, spoken]);
        }
        task
    }

    fn handle(&mut self, message: Message) -> Task<Message> {
        match message {
            Message::Tap(tap) => {
                if tap.screen == self.screen {
                    self.input(tap.input, tap.at)
                } else {
                    // Sent from a screen that is gone: the finger meant that screen.
                    Task::none()
                }
            }
            Message::Open(route) => self.open(route),
            Message::Tick(now) => {
                self.clock.tick(now);
                self.minute();
                Task::none()
            }
            Message::Activity(at) => {
                self.still_there(at);
                Task::none()
            }
            Message::IdleTick(now) => self.idle_tick(now),
            Message::AttractTick => {
                let count = self.library.attract_lines.len();
                if let Phase::Attract(state) = &mut self.phase {
                    state.tick(count);
                }
                Task::none()
            }
            Message::PressTick(now) => {
                if self.session_mut().is_some_and(|s| s.bar.held(now)) {
                    self.open_volunteer_access();
                }
                Task::none()
            }
            Message::Reloaded(library) => {
                self.swap(library);
                Task::none()
            }
            Message::Updates(update) => {
                self.updated(update);
                Task::none()
            }
            Message::Speech(at, event) => self.heard(at, event),
            Message::Typed(key) => {
                if let Some(session) = self.session_mut()
                    && let Screen::Search(state) = &mut session.screen
                {
                    let _ = state.update(screen::search::Message::Key(key));
                }
                Task::none()
            }
            Message::CloseRequested(_)
            | Message::Quit
            | Message::FirstFrame
            | Message::Watchdog
            | Message::Resized(_)
            | Message::Monitor(..) => self.platform(message),
        }
    }

    /// A tap, routed to the component it came from; only here do screens change.
    fn input(&mut self, input: Input, at: Instant) -> Task<Message> {
        match input {
            Input::Attract(message) => {
                let Phase::Attract(state) = &mut self.phase else {
                    return Task::none();
                };
                match state.update(message) {
                    attract::Action::Start => self.begin(at, Route::Language),
                    attract::Action::Emergency => self.begin(at, Route::Emergency),
                }
            }
            Input::Bar(message) => {
                let Some(session) = self.session_mut() else {
                    return Task::none();
                };
                match session.bar.update(message, at) {
                    bar::Action::None => Task::none(),
                    bar::Action::Home => self.home(),
                    bar::Action::Back => self.back(),
                    bar::Action::Open(route) => self.open(route),
                    bar::Action::TextSize => {
                        session.look.text = session.look.text.next();
                        Task::none()
                    }
                    bar::Action::Contrast => {
                        session.look.contrast = session.look.contrast.toggled();
                        Task::none()
                    }
                }
            }
            Input::Screen(message) => {
                let Some(session) = self.session_mut() else {
                    return Task::none();
                };
                match session.screen.update(message) {
                    screen::Action::None => Task::none(),
                    screen::Action::Open(route) => self.open(route),
                    screen::Action::Language { lang, texts_only } => {
                        self.choose_language(lang, texts_only)
                    }
                    screen::Action::Listen(topic) => self.listen(topic),
                }
            }
            Input::Scrolled(offset) => {
                if let Some(session) = self.session_mut() {
                    session.scroll = offset;
                }
                Task::none()
            }
            Input::Control(control) => self.control(control),
            Input::Pin(message) => self.pin_message(message, at),
            Input::Panel(message) => self.panel_message(message, at),
            Input::Alert(message) => self.alert_message(message, at),
            Input::Idle(message) => match idle::update(message) {
                idle::Action::Stay => {
                    self.still_there(at);
                    Task::none()
                }
            },
        }
    }

    /// Someone is there at `at`: the idle timer starts again and its warning goes.
    fn still_there(&mut self, at: Instant) {
        self.last_input = at;
        if let Some(session) = self.session_mut() {
            session.idle_deadline = None;
        }
    }

    pub fn title(&self) -> String {
        msg::window_title(&self.tongues.ui)
    }

    pub fn theme(&self) -> Theme {
        self.look().theme()
    }

    /// The scale the window is drawn at (see `auto_scale`).
    pub fn scale_factor(&self) -> f32 {
        self.platform.scale
    }

    /// The scale for a window of `physical` pixels: the configured one, else `auto_scale`.
    pub fn scale_for(&self, physical: Size) -> f32 {
        self.settings.scale.unwrap_or_else(|| auto_scale(physical))
    }
}
