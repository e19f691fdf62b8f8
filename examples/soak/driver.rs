//! The soak: a seeded stream of what a busy kiosk lives through — taps on whatever is on
//! screen and on empty places, long presses, scrolling, visitors who walk away (idle
//! timeouts), volunteers who open the panel, new content arriving, emergency alerts,
//! language changes and screen rotations — sent through the iced simulator, headless.
//! The same seed gives the same run. Shared by `examples/soak` (100,000 inputs, the figures
//! in docs/performance.md) and `tests/soak.rs` (a short run in every `cargo test`).

use std::collections::{BTreeMap, BTreeSet};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use iced::{Point, Rectangle, Size, mouse};
use iced_test::selector::{Candidate, Selector};
use welcome_kiosk::content::{self, Kind};
use welcome_kiosk::kiosk::screen::language;
use welcome_kiosk::kiosk::{Clock, Config, Kiosk, Message, Overlay, Route, Start};
use welcome_kiosk::library::Library;

/// The volunteers' PIN of the soak's kiosk.
pub const PIN: &str = "2468";

/// Screen sizes the kiosk is turned between (landscape, small, portrait).
const SIZES: [(f32, f32); 3] = [(1920.0, 1080.0), (800.0, 480.0), (1080.0, 1920.0)];

/// xorshift64*: small, seeded, the same on every machine.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Self(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }

    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// 0..n
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    /// 0.0..1.0
    pub fn unit(&mut self) -> f32 {
        (self.next() >> 40) as f32 / (1u64 << 24) as f32
    }
}

/// Every widget with an id on screen, with where it can be seen (buttons, cards, keys…).
#[derive(Clone)]
struct Tappable(Arc<Mutex<Vec<Rectangle>>>);

impl Selector for Tappable {
    type Output = ();

    fn select(&mut self, candidate: Candidate<'_>) -> Option<()> {
        if candidate.id().is_some()
            && let Some(bounds) = candidate.visible_bounds()
            && bounds.width >= 1.0
            && bounds.height >= 1.0
            && let Ok(mut found) = self.0.lock()
        {
            found.push(bounds);
        }
        None // keep walking: every widget is wanted
    }

    fn description(&self) -> String {
        "every widget with an id".to_owned()
    }
}

/// What kind of screen is up, for "every screen reached".
pub fn screen_name(kiosk: &Kiosk) -> String {
    let overlay = kiosk.session().map(|s| match &s.overlay {
        Overlay::None => "",
        Overlay::Pin(_) => "+pin",
        Overlay::Panel(_) => "+panel",
    });
    let idle = kiosk.session().is_some_and(|s| s.idle_deadline.is_some());
    let alert = kiosk.takeover().is_some();
    let route = match kiosk.route() {
        Route::Attract => "attract".to_owned(),
        Route::Language => "language".to_owned(),
        Route::Home => "home".to_owned(),
        Route::List(kind) => format!("list:{}", kind.folder()),
        Route::Detail(id) => format!("detail:{}", id.kind.folder()),
        Route::Emergency => "emergency".to_owned(),
        Route::Search(_) => "search".to_owned(),
    };
    format!(
        "{route}{}{}{}",
        overlay.unwrap_or_default(),
        if alert { "+alert" } else { "" },
        if idle { "+idle-warning" } else { "" }
    )
}

/// The screens a soak must reach: every route of every kind, the PIN pad, the panel, an
/// emergency alert over the screen and the idle warning.
pub fn required_screens() -> BTreeSet<String> {
    let mut all: BTreeSet<String> = ["attract", "language", "home", "emergency", "search"]
        .iter()
        .map(|s| (*s).to_owned())
        .collect();
    for kind in Kind::ALL {
        // The contacts' tile opens the Emergency screen, which lists them.
        if kind != Kind::Contacts {
            all.insert(format!("list:{}", kind.folder()));
        }
        all.insert(format!("detail:{}", kind.folder()));
    }
    all.insert("+pin".to_owned());
    all.insert("+panel".to_owned());
    all.insert("+alert".to_owned());
    all.insert("+idle-warning".to_owned());
    all
}

/// Which of the required screens a set of reached screen names covers.
pub fn missing(reached: &BTreeMap<String, u64>) -> Vec<String> {
    missing_of(required_screens(), reached)
}

/// Which of `wanted` a set of reached screen names does not cover.
pub fn missing_of(wanted: BTreeSet<String>, reached: &BTreeMap<String, u64>) -> Vec<String> {
    wanted
        .into_iter()
        .filter(|want| {
            !reached.keys().any(|got| {
                if want.starts_with('+') {
                    got.contains(want.as_str())
                } else {
                    got.split('+').next() == Some(want.as_str())
                }
            })
        })
        .collect()
}

/// The soak's kiosk: kiosk mode, a PIN, the built-in content, and a second bundle to swap to.
pub struct Soak {
    pub kiosk: Kiosk,
    pub rng: Rng,
    pub now: Instant,
    /// Every screen seen, with how many inputs found it up.
    pub reached: BTreeMap<String, u64>,
    pub steps: u64,
    pub events: u64,
    libraries: [Arc<Library>; 2],
    settings: iced::Settings,
    size: (f32, f32),
    alert: Option<Arc<welcome_kiosk::alerts::cap::Alert>>,
}

fn options() -> content::Options {
    content::Options {
        today: Some(jiff::civil::date(2026, 11, 22)),
        ..Default::default()
    }
}

fn library(source: &dyn content::Source) -> Arc<Library> {
    let admitted = welcome_kiosk::admission::admit(source, &options())
        .unwrap_or_else(|d| panic!("the soak's bundle is refused: {d:?}"));
    Arc::new(Library::new(admitted, Vec::new(), false, None))
}

impl Soak {
    pub fn new(seed: u64) -> Self {
        let built_in = library(&content::Embedded);
        let small = library(&welcome_kiosk::fuzzing::small_bundle());
        let started = Instant::now();
        let pin_hash = welcome_kiosk::config::hash_pin(PIN).unwrap_or_else(|e| panic!("{e}"));
        let config = Config {
            library: built_in.clone(),
            start: Start::Usual,
            clock: Clock::Fixed(jiff::civil::date(2026, 11, 22).at(10, 30, 0, 0)),
            started,
            settings: welcome_kiosk::config::Config {
                kiosk: true,
                pin_hash: Some(pin_hash),
                ..welcome_kiosk::config::Config::default()
            },
            watch: false,
            speaker: None,
        };
        let alert = std::fs::read(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/docs/examples/heat-alert.example.xml"
        ))
        .ok()
        .and_then(|bytes| welcome_kiosk::alerts::cap::parse(&bytes).ok())
        .map(Arc::new);
        let kiosk = Kiosk::new(config);
        let mut soak = Self {
            kiosk,
            rng: Rng::new(seed),
            now: started,
            reached: BTreeMap::new(),
            steps: 0,
            events: 0,
            libraries: [built_in, small],
            settings: welcome_kiosk::render::simulator_settings(),
            size: SIZES[0],
            alert,
        };
        soak.note();
        soak
    }

    fn note(&mut self) {
        *self.reached.entry(screen_name(&self.kiosk)).or_default() += 1;
    }

    fn update(&mut self, message: Message) {
        let message = match message {
            Message::Tap(mut tap) => {
                tap.at = self.now; // the view stamps taps with the wall clock
                Message::Tap(tap)
            }
            other => other,
        };
        self.events += 1;
        let _ = self.kiosk.update(message);
        self.note();
    }

    /// Send raw pointer events to the screen as it is now and apply what it sends.
    fn touch(&mut self, at: Point, events: &[iced::Event]) {
        let messages: Vec<Message> = {
            let mut ui = iced_test::Simulator::with_size(
                self.settings.clone(),
                self.size,
                self.kiosk.view(),
            );
            ui.point_at(at);
            let _ = ui.simulate(events.iter().cloned());
            ui.into_messages().collect()
        };
        for message in messages {
            self.update(message);
        }
    }

    fn tappables(&mut self) -> Vec<Rectangle> {
        let found = Tappable(Arc::new(Mutex::new(Vec::new())));
        {
            let mut ui = iced_test::Simulator::with_size(
                self.settings.clone(),
                self.size,
                self.kiosk.view(),
            );
            let _ = ui.find(found.clone());
        }
        // Not the scroll areas and page containers that carry an id: a finger aims at
        // buttons, cards and keys.
        let screen = self.size.0 * self.size.1;
        let mut found = found.0.lock().map(|v| v.clone()).unwrap_or_default();
        found.retain(|b| b.width * b.height < screen * 0.2);
        found
    }

    fn anywhere(&mut self) -> Point {
        Point::new(self.rng.unit() * self.size.0, self.rng.unit() * self.size.1)
    }

    /// The centre of a random widget on screen (or anywhere, if there is none).
    fn somewhere_tappable(&mut self) -> Point {
        let targets = self.tappables();
        if targets.is_empty() {
            return self.anywhere();
        }
        let pick = targets[self.rng.below(targets.len())];
        pick.center()
    }

    fn press() -> iced::Event {
        iced::Event::Mouse(mouse::Event::ButtonPressed(mouse::Button::Left))
    }

    fn release() -> iced::Event {
        iced::Event::Mouse(mouse::Event::ButtonReleased(mouse::Button::Left))
    }

    fn wait(&mut self, seconds: f32) {
        self.now += Duration::from_secs_f32(seconds);
        let now = self.now;
        self.update(Message::IdleTick(now));
    }

    /// The centre's name in the bar, held: the way to the volunteers' PIN pad.
    fn hold_name(&mut self) {
        let at = self.somewhere_tappable();
        self.touch(at, &[Self::press()]);
        let held = self.now + welcome_kiosk::kiosk::LONG_PRESS;
        self.update(Message::PressTick(held));
        self.now = held;
        self.touch(at, &[Self::release()]);
    }

    /// A volunteer: the long press on the centre's name, then the PIN by its keys' ids.
    fn volunteer(&mut self) {
        if self.kiosk.route() == Route::Attract {
            self.touch(Point::new(10.0, 10.0), &[Self::press(), Self::release()]);
        }
        // Pressed and held (a click would release it at once, which ends the gesture).
        let name = {
            let mut ui = iced_test::Simulator::with_size(
                self.settings.clone(),
                self.size,
                self.kiosk.view(),
            );
            ui.find(iced_test::selector::id("centre-name"))
                .ok()
                .and_then(|target| iced_test::selector::Bounded::visible_bounds(&target))
                .map(|b| b.center())
        };
        let Some(name) = name else {
            return; // the bar has no room for the name on this screen size
        };
        self.touch(name, &[Self::press()]);
        let held = self.now + welcome_kiosk::kiosk::LONG_PRESS;
        self.update(Message::PressTick(held));
        self.now = held;
        self.touch(name, &[Self::release()]);
        // Random taps on the pad make wrong PINs, and five lock it: a volunteer waits it out.
        if let Some(left) = self.kiosk.lockout().left(self.now) {
            self.now += left + Duration::from_secs(1);
        }
        let keys = ["pin-clear".to_owned()]
            .into_iter()
            .chain(PIN.chars().map(|d| format!("pin-{d}")))
            .chain(["pin-ok".to_owned()]);
        for key in keys {
            self.now += Duration::from_millis(400);
            let messages: Vec<Message> = {
                let mut ui = iced_test::Simulator::with_size(
                    self.settings.clone(),
                    Size::new(self.size.0, self.size.1),
                    self.kiosk.view(),
                );
                let _ = ui.click(iced_test::selector::id(key));
                ui.into_messages().collect()
            };
            for message in messages {
                self.update(message);
            }
        }
    }

    /// One step of the soak: one thing that happens to a kiosk.
    pub fn step(&mut self) {
        self.steps += 1;
        let roll = self.rng.below(1000);
        // Between two things, a moment passes: mostly a second or two.
        let pause = 0.05 + self.rng.unit() * self.rng.unit() * 6.0;
        self.wait(pause);
        match roll {
            // A tap on a button, a card, a key… whatever is on screen.
            0..=549 => {
                let at = self.somewhere_tappable();

                self.touch(at, &[Self::press(), Self::release()]);
            }
            // A tap on an empty place, or a finger that slides off before lifting.
            550..=699 => {
                let at = self.anywhere();
                let off = self.anywhere();
                if self.rng.below(4) == 0 {
                    self.touch(at, &[Self::press()]);
                    self.touch(off, &[Self::release()]);
                } else {
                    self.touch(at, &[Self::press(), Self::release()]);
                }
            }
            // Scrolling.
            700..=779 => {
                let at = self.anywhere();
                let lines = (self.rng.unit() - 0.3) * 12.0;
                self.touch(
                    at,
                    &[iced::Event::Mouse(mouse::Event::WheelScrolled {
                        delta: mouse::ScrollDelta::Lines { x: 0.0, y: -lines },
                    })],
                );
            }
            // A long press somewhere (on the centre's name it opens the PIN pad).
            780..=819 => self.hold_name(),
            // The visitor walks away: the warning, then the reset.
            820..=859 => {
                self.wait(91.0);
                if self.rng.below(3) > 0 {
                    self.wait(16.0);
                }
            }
            // A language chosen straight away (a volunteer's quick switch).
            860..=899 => {
                let offered = self.kiosk_offered();
                if !offered.is_empty() {
                    let lang = offered[self.rng.below(offered.len())].clone();
                    let screen = self.kiosk.screen_number();
                    self.update(Message::tap(
                        screen,
                        self.now,
                        language::Message::Choose(lang),
                    ));
                }
            }
            // New content: a bundle installed, or the built-in one back.
            900..=929 => {
                let library = self.libraries[self.rng.below(2)].clone();
                self.update(Message::Reloaded(library));
            }
            // An emergency alert arrives.
            930..=939 => {
                if let Some(alert) = self.alert.clone() {
                    self.update(Message::Updates(welcome_kiosk::updates::Update::Alert(
                        alert,
                    )));
                }
            }
            // A volunteer opens the panel.
            940..=949 => self.volunteer(),
            // The screen is turned or replaced.
            950..=979 => {
                self.size = SIZES[self.rng.below(SIZES.len())];
                self.update(Message::Resized(Size::new(self.size.0, self.size.1)));
            }
            // The clock, and the attract screen's next language.
            _ => {
                let at = jiff::civil::date(2026, 11, 22)
                    .at(10, 30, 0, 0)
                    .to_zoned(jiff::tz::TimeZone::UTC)
                    .map_or(jiff::Timestamp::UNIX_EPOCH, |z| z.timestamp());
                self.update(Message::Tick(at));
                self.update(Message::AttractTick);
            }
        }
    }

    /// Back to a known state before memory is measured: the built-in content, the first
    /// screen size, and a visitor who left (the idle reset clears the visit).
    pub fn settle(&mut self) {
        let built_in = self.libraries[0].clone();
        self.update(Message::Reloaded(built_in));
        self.size = SIZES[0];
        self.update(Message::Resized(Size::new(self.size.0, self.size.1)));
        self.wait(200.0);
        self.wait(200.0);
    }

    fn kiosk_offered(&self) -> Vec<welcome_kiosk::lang::Lang> {
        let library = &self.libraries[0];
        library.offered.clone()
    }
}
