//! What reaches the kiosk: taps (stamped with their screen and time, routed by component)
//! and the messages of timers, the updates thread, the window and the system.

use std::sync::Arc;
use std::time::Instant;

use iced::{Size, window};

use super::Route;
use super::screen::{self, attract, bar, idle, panel, pin};
use crate::library::Library;

/// What a finger did: on which screen (see `kiosk::input`), when, and to which widget.
#[derive(Debug, Clone)]
pub struct Tap {
    pub screen: u64,
    pub at: Instant,
    pub input: Input,
}

/// What the widgets say, by component.
#[derive(Debug, Clone)]
pub enum Input {
    Attract(attract::Message),
    Bar(bar::Message),
    Screen(screen::Message),
    /// The main scroll area moved (kept so Back returns to the same place).
    Scrolled(f32),
    /// The read-aloud controls.
    Control(super::listen::Control),
    Pin(pin::Message),
    Panel(panel::Message),
    Idle(idle::Message),
    /// An emergency alert's buttons.
    Alert(screen::alert::Message),
}

macro_rules! input_from {
    ($($from:ty => $wrap:expr),* $(,)?) => {
        $(impl From<$from> for Input {
            fn from(message: $from) -> Self {
                $wrap(message)
            }
        })*
    };
}

input_from! {
    attract::Message => Input::Attract,
    bar::Message => Input::Bar,
    screen::Message => Input::Screen,
    pin::Message => Input::Pin,
    panel::Message => Input::Panel,
    idle::Message => Input::Idle,
    screen::alert::Message => Input::Alert,
    screen::language::Message => |m| Input::Screen(screen::Message::Language(m)),
    screen::home::Message => |m| Input::Screen(screen::Message::Home(m)),
    screen::list::Message => |m| Input::Screen(screen::Message::List(m)),
    screen::emergency::Message => |m| Input::Screen(screen::Message::Emergency(m)),
}

#[derive(Debug, Clone)]
pub enum Message {
    /// A tap on screen `Tap::screen`: acted on only if that screen is still the one shown.
    Tap(Tap),
    /// Go to a screen as a tap would (the `render` command, tests, alerts).
    Open(Route),
    /// A minute passed (the time now): the clock, "open now" and upcoming events may change.
    Tick(jiff::Timestamp),
    /// Someone touched the screen or pressed a key.
    Activity(Instant),
    /// Once a second while a session is active: the idle timer.
    IdleTick(Instant),
    /// Next "touch to start" language on the attract screen.
    AttractTick,
    /// While the centre's name is held.
    PressTick(Instant),
    /// Content loaded off the UI thread ("reload" on the panel).
    Reloaded(Arc<Library>),
    /// News from the updates thread (live preview, new bundles).
    Updates(crate::updates::Update),
    /// News from the speaker, stamped when it arrived.
    Speech(Instant, crate::speech::Event),
    CloseRequested(window::Id),
    /// Ctrl+Q: quit, outside kiosk mode only.
    Quit,
    /// A key of a physical keyboard, for the search field (nothing else listens to keys).
    Typed(super::screen::search::keyboard::Message),
    /// The first frame was drawn: tell systemd we are ready.
    FirstFrame,
    /// Tell systemd's watchdog the UI loop is alive.
    Watchdog,
    /// The window's size changed (logical pixels at the scale in use).
    Resized(Size),
    /// The size of the monitor the kiosk window is on (kiosk mode covers it exactly).
    Monitor(window::Id, Option<Size>),
}

impl Message {
    /// A tap on `screen` at `at`.
    pub fn tap(screen: u64, at: Instant, input: impl Into<Input>) -> Message {
        Message::Tap(Tap {
            screen,
            at,
            input: input.into(),
        })
    }
}
