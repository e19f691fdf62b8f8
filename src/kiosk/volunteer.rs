//! Volunteers' access: the long press on the centre's name, the PIN pad with its lockout,
//! the panel's actions (default language, reload, leaving kiosk mode) and kiosk mode coming
//! back by itself.

use std::sync::Arc;
use std::time::{Duration, Instant};

use iced::{Task, window};

use super::screen::{panel, pin};
use super::{Kiosk, Message, Mode, Overlay};
use crate::lang::Lang;

/// Wrong PINs allowed before the pad locks.
pub const PIN_TRIES: u32 = 5;

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

    /// How long the pad stays locked after `now`, if it is locked.
    pub fn left(&self, now: Instant) -> Option<Duration> {
        self.locked_until
            .and_then(|until| until.checked_duration_since(now))
            .filter(|d| !d.is_zero())
    }
}

impl Kiosk {
    /// The language volunteers read the PIN pad and the panel in.
    pub(super) fn volunteer_language(&self) -> Lang {
        self.settings
            .volunteer_language
            .clone()
            .unwrap_or_else(|| self.default_lang.clone())
    }

    /// The volunteer gesture: the PIN pad, or straight to the panel in a window without PIN.
    pub(super) fn open_volunteer_access(&mut self) {
        let overlay = match (&self.settings.pin_hash, self.is_kiosk_mode()) {
            (Some(_), _) => Overlay::Pin(pin::State::default()),
            (None, false) => Overlay::Panel(panel::State::default()),
            // Kiosk mode without a PIN configured: nobody may open the panel.
            (None, true) => Overlay::None,
        };
        if let Some(session) = self.session_mut() {
            session.overlay = overlay;
        }
    }

    fn overlay_mut(&mut self) -> Option<&mut Overlay> {
        self.session_mut().map(|s| &mut s.overlay)
    }

    pub(super) fn pin_message(&mut self, message: pin::Message, at: Instant) -> Task<Message> {
        let locked = self.lockout.left(at).is_some();
        let Some(Overlay::Pin(state)) = self.overlay_mut() else {
            return Task::none();
        };
        match state.update(message, locked) {
            pin::Action::None => {}
            pin::Action::Cancel => {
                if let Some(overlay) = self.overlay_mut() {
                    *overlay = Overlay::None;
                }
            }
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
                    if let Some(overlay) = self.overlay_mut() {
                        *overlay = Overlay::Panel(panel::State::default());
                    }
                } else {
                    self.lockout.failures += 1;
                    if self.lockout.failures >= PIN_TRIES {
                        self.lockout.locked_until =
                            Some(at + Lockout::delay(self.lockout.failures));
                        self.last_tick = at;
                    }
                    if let Some(Overlay::Pin(state)) = self.overlay_mut() {
                        state.wrong();
                    }
                }
            }
        }
        Task::none()
    }

    pub(super) fn panel_message(&mut self, message: panel::Message, at: Instant) -> Task<Message> {
        let Some(Overlay::Panel(state)) = self.overlay_mut() else {
            return Task::none();
        };
        match state.update(message) {
            panel::Action::None => Task::none(),
            panel::Action::Close => {
                if let Some(overlay) = self.overlay_mut() {
                    *overlay = Overlay::None;
                }
                Task::none()
            }
            panel::Action::SetDefault(lang) => {
                let note = self.set_default_language(lang);
                if let Some(Overlay::Panel(state)) = self.overlay_mut() {
                    state.noted(note);
                }
                Task::none()
            }
            panel::Action::Reload => {
                let settings = self.settings.clone();
                Task::perform(
                    async move { Arc::new(crate::boot::load_configured(&settings)) },
                    Message::Reloaded,
                )
            }
            panel::Action::SaveUsage => {
                let note = match self.export_usage() {
                    Ok(path) => panel::Note::UsageSaved(path.display().to_string()),
                    Err(why) if why == "off" => panel::Note::UsageOff,
                    Err(why) if why == "no folder" => panel::Note::NoUsbFolder,
                    Err(why) => panel::Note::Failed(why),
                };
                if let Some(Overlay::Panel(state)) = self.overlay_mut() {
                    state.noted(note);
                }
                Task::none()
            }
            panel::Action::LeaveKiosk => {
                self.mode = Mode::Paused;
                self.last_input = at;
                if let Some(session) = self.session_mut() {
                    session.overlay = Overlay::None;
                    session.idle_deadline = None;
                }
                window::latest().and_then(|id| {
                    Task::batch([
                        window::set_mode(id, window::Mode::Windowed),
                        window::toggle_decorations(id),
                    ])
                })
            }
        }
    }

    /// The next visitor's language, kept across restarts when there is a state directory.
    fn set_default_language(&mut self, lang: Lang) -> panel::Note {
        self.default_lang = lang.clone();
        self.sync_languages();
        let Some(dir) = &self.settings.state_dir else {
            return panel::Note::DefaultSaved;
        };
        let saved = crate::config::Saved {
            default_language: Some(lang),
        };
        match saved.save(dir) {
            Ok(()) => panel::Note::DefaultSaved,
            Err(e) => panel::Note::Failed(format!(
                "{}: {e}",
                crate::config::Saved::path(dir).display()
            )),
        }
    }

    /// Back to kiosk mode after a pause: fullscreen again and a fresh start.
    pub(super) fn enter_kiosk_mode(&mut self) -> Task<Message> {
        self.mode = Mode::Kiosk;
        let reset = self.reset();
        let window = window::latest().and_then(|id| {
            Task::batch([
                window::toggle_decorations(id),
                window::set_mode(id, window::Mode::Fullscreen),
            ])
        });
        Task::batch([reset, window, super::app::fit_to_monitor()])
    }
}
