//! The phases of a kiosk — nobody there (the attract screen) or a visit — and navigation
//! within a visit: open, Back, Home, the language picker, the idle timer and the reset that
//! leaves nothing of one visitor for the next.

use std::time::{Duration, Instant};

use iced::Task;
use iced::widget::Id;
use iced::widget::operation::{AbsoluteOffset, scroll_to};

use super::screen::{Screen, attract, panel, pin};
use super::theme::Look;
use super::{Kiosk, Message, Mode, Route, SCROLL_ID};
use crate::content::Content;
use crate::lang::Lang;

/// Whether someone is using the kiosk.
#[derive(Debug, Clone, PartialEq)]
#[allow(
    clippy::large_enum_variant,
    reason = "one phase at a time; it changes once a visit"
)]
pub enum Phase {
    /// Nobody: the attract screen (kiosk mode only).
    Attract(attract::State),
    /// Someone is: everything about their visit.
    Visit(Session),
}

impl Phase {
    /// How a kiosk in `mode` starts: the attract screen in kiosk mode, else the language
    /// picker.
    pub fn first(mode: Mode, lang: &Lang) -> Phase {
        if mode == Mode::Kiosk {
            Phase::Attract(attract::State::default())
        } else {
            Phase::Visit(Session::fresh(lang, Route::Language))
        }
    }
}

/// What covers the screen above the current route.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Overlay {
    #[default]
    None,
    Pin(pin::State),
    Panel(panel::State),
}

/// Everything that belongs to one visitor. An idle reset replaces it with a fresh one, so
/// nothing a visitor saw or chose survives for the next person.
#[derive(Debug, Clone, PartialEq)]
pub struct Session {
    pub screen: Screen,
    pub history: Vec<(Route, f32)>,
    pub scroll: f32,
    pub ui_lang: Lang,
    pub content_lang: Lang,
    pub overlay: Overlay,
    /// When the idle warning will clear everything, while it is showing.
    pub idle_deadline: Option<Instant>,
    pub bar: super::screen::bar::State,
    pub look: Look,
    /// What is being read aloud.
    pub reading: Option<super::listen::Reading>,
    /// The visitor's volume (none: the configured default).
    pub volume: Option<u8>,
    /// The jobs list's filters, kept while the visitor comes and goes (a new visit starts
    /// without any).
    pub job_filter: crate::content::jobs::Filter,
    /// Serious alerts this visitor has read (CAP references): they become strips.
    pub alerts_read: Vec<String>,
    /// The alert opened from its strip.
    pub alert_open: Option<String>,
}

impl Session {
    /// A visit in `lang` starting at `route` (Home if `route` is the attract screen).
    pub fn fresh(lang: &Lang, route: Route) -> Self {
        Self {
            screen: Screen::at(route).unwrap_or(Screen::Home(super::screen::home::State)),
            history: Vec::new(),
            scroll: 0.0,
            ui_lang: lang.clone(),
            content_lang: lang.clone(),
            overlay: Overlay::None,
            idle_deadline: None,
            bar: super::screen::bar::State::default(),
            look: Look::default(),
            reading: None,
            volume: None,
            job_filter: crate::content::jobs::Filter::default(),
            alerts_read: Vec::new(),
            alert_open: None,
        }
    }

    /// After a content update: items that are gone leave the screen and the history.
    pub fn forget_missing(&mut self, content: &Content) {
        let gone = |route: &Route| matches!(route, Route::Detail(id) if content.get(id).is_none());
        if gone(&self.screen.route()) {
            self.screen = Screen::Home(super::screen::home::State);
        }
        self.history.retain(|(route, _)| !gone(route));
    }
}

impl Kiosk {
    /// A visit begins at `at` on `route`, in the default language.
    pub(super) fn begin(&mut self, at: Instant, route: Route) -> Task<Message> {
        self.last_input = at;
        self.phase = Phase::Visit(Session::fresh(&self.default_lang, route));
        self.sync_languages();
        self.scroll_to(0.0)
    }

    /// Go to a screen, remembering this one for Back.
    pub(super) fn open(&mut self, route: Route) -> Task<Message> {
        let Some(screen) = Screen::at(route.clone()) else {
            return self.reset();
        };
        let Some(session) = self.session_mut() else {
            let at = self.last_tick;
            return self.begin(at, route);
        };
        let both_search = matches!(
            (&screen, &session.screen),
            (Screen::Search(_), Screen::Search(_))
        );
        if screen.route() == session.screen.route() || both_search {
            return Task::none();
        }
        let from = std::mem::replace(&mut session.screen, screen);
        session.history.push((from.route(), session.scroll));
        self.scroll_to(0.0)
    }

    pub(super) fn back(&mut self) -> Task<Message> {
        let Some(session) = self.session_mut() else {
            return Task::none();
        };
        match session.history.pop() {
            Some((route, offset)) => {
                if let Some(screen) = Screen::at(route) {
                    session.screen = screen;
                }
                self.scroll_to(offset)
            }
            None => Task::none(),
        }
    }

    pub(super) fn home(&mut self) -> Task<Message> {
        let Some(session) = self.session_mut() else {
            return Task::none();
        };
        session.history.clear();
        session.screen = Screen::Home(super::screen::home::State);
        self.scroll_to(0.0)
    }

    /// A language chosen on the picker: for everything, or (volunteers) for texts only.
    pub(super) fn choose_language(&mut self, lang: Lang, texts_only: bool) -> Task<Message> {
        let Some(session) = self.session_mut() else {
            return Task::none();
        };
        if !texts_only {
            session.ui_lang = lang.clone();
        }
        session.content_lang = lang;
        self.sync_languages();
        self.leave_language_picker()
    }

    /// After a choice on the picker: back to where the visitor was (the screen stays, now in
    /// the new language), or on to Home on a first choice.
    fn leave_language_picker(&mut self) -> Task<Message> {
        let Some(session) = self.session_mut() else {
            return Task::none();
        };
        if matches!(session.screen, Screen::Language(_)) {
            if let Some((route, offset)) = session.history.pop()
                && let Some(screen) = Screen::at(route)
            {
                session.screen = screen;
                return self.scroll_to(offset);
            }
            session.screen = Screen::Home(super::screen::home::State);
        }
        self.scroll_to(0.0)
    }

    pub(super) fn scroll_to(&mut self, offset: f32) -> Task<Message> {
        if let Some(session) = self.session_mut() {
            session.scroll = offset;
        }
        scroll_to(
            Id::new(SCROLL_ID),
            AbsoluteOffset {
                x: None,
                y: Some(offset),
            },
        )
    }

    /// Back to a fresh start for the next person: attract screen (kiosk mode) or language
    /// picker, default language, no history, no scroll position, no overlay, no typed PIN
    /// digits, the default look.
    pub fn reset(&mut self) -> Task<Message> {
        self.phase = Phase::first(self.mode, &self.default_lang);
        self.sync_languages();
        self.scroll_to(0.0)
    }

    pub(super) fn idle_tick(&mut self, now: Instant) -> Task<Message> {
        self.last_tick = now;
        if self.mode == Mode::Paused
            && now.saturating_duration_since(self.last_input) >= self.settings.kiosk_return
        {
            return self.enter_kiosk_mode();
        }
        if !self.is_kiosk_mode() {
            return Task::none();
        }
        let (timeout, warning, last_input) = (
            self.settings.idle_timeout,
            self.settings.idle_warning,
            self.last_input,
        );
        let Some(session) = self.session_mut() else {
            return Task::none();
        };
        match session.idle_deadline {
            Some(deadline) if now >= deadline => {
                self.count_idle_reset();
                self.reset()
            }
            Some(_) => Task::none(),
            None => {
                if now.saturating_duration_since(last_input) >= timeout {
                    session.idle_deadline = Some(now + warning);
                }
                Task::none()
            }
        }
    }

    /// Jump straight to a screen (the `render` command and tests).
    pub fn show(&mut self, route: Route) {
        match Screen::at(route) {
            None => self.phase = Phase::Attract(attract::State::default()),
            Some(screen) => match self.session_mut() {
                Some(session) => session.screen = screen,
                None => {
                    let mut session = Session::fresh(&self.default_lang, Route::Home);
                    session.screen = screen;
                    self.phase = Phase::Visit(session);
                }
            },
        }
        self.sync_languages();
    }

    /// Show the visit in another look (the `render` command and tests; the bar's buttons).
    pub fn set_look(&mut self, look: Look) {
        if let Some(session) = self.session_mut() {
            session.look = look;
        }
    }

    /// Show an overlay as it would appear (the `render` command): `pin`, `panel`, `idle`.
    /// Overlays belong to a visit: on the attract screen there is none.
    pub fn preview(&mut self, overlay: &str) -> bool {
        let warning = self.settings.idle_warning;
        let Some(session) = self.session_mut() else {
            return false;
        };
        match overlay {
            "pin" => session.overlay = Overlay::Pin(pin::State::default()),
            "panel" => session.overlay = Overlay::Panel(panel::State::default()),
            "idle" => self.show_idle_warning(warning),
            _ => return false,
        }
        true
    }

    /// Show the idle warning with `left` to go, counted from the latest tick (the `render`
    /// command and tests).
    pub fn show_idle_warning(&mut self, left: Duration) {
        let deadline = self.last_tick + left;
        if let Some(session) = self.session_mut() {
            session.idle_deadline = Some(deadline);
        }
    }
}
