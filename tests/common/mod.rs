//! Shared helpers for the integration tests.
#![allow(dead_code)]

use std::sync::Arc;
use std::time::{Duration, Instant};

use iced::Task;
use welcome_kiosk::admission::Admitted;
use welcome_kiosk::content::{self, Content, Diagnostics};
use welcome_kiosk::i18n::Catalog;
use welcome_kiosk::kiosk::{Clock, Config, Input, Kiosk, Message, Start};
use welcome_kiosk::lang::Lang;
use welcome_kiosk::library::Library;

/// The date the built-in content was written for: date checks (expired jobs, review dates)
/// are pinned to it so the tests do not start failing as the calendar moves on.
pub fn content_date() -> jiff::civil::Date {
    jiff::civil::date(2026, 11, 22)
}

/// The bundle in `dir`, admitted as a kiosk would, or a panic listing every problem.
pub fn admitted_dir(dir: &std::path::Path) -> Admitted {
    welcome_kiosk::admission::admit_dir(dir, &options()).unwrap_or_else(|d| {
        panic!(
            "refused:\n{}",
            d.iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join("\n")
        )
    })
}

pub fn options() -> content::Options {
    content::Options {
        today: Some(content_date()),
        ..Default::default()
    }
}

/// The built-in content, loaded once per test binary (decoding its pictures takes a while).
pub fn embedded() -> Content {
    static CONTENT: std::sync::OnceLock<Content> = std::sync::OnceLock::new();
    CONTENT
        .get_or_init(|| {
            let loaded = content::load_embedded(&options());
            assert!(
                loaded.content.is_some(),
                "built-in content failed: {:#?}",
                loaded.diagnostics
            );
            loaded.content.unwrap_or_else(content::empty)
        })
        .clone()
}

/// The moment the test kiosks start: the origin of every time a test gives them (tests
/// never read the clock; the kiosk only counts from here).
pub fn t0() -> Instant {
    static START: std::sync::OnceLock<Instant> = std::sync::OnceLock::new();
    *START.get_or_init(Instant::now)
}

/// `seconds` after `t0`.
pub fn at(seconds: f64) -> Instant {
    t0() + Duration::from_secs_f64(seconds)
}

/// The built-in content as the kiosk shows it, every language offered.
pub fn library() -> Library {
    library_of(embedded())
}

/// `content` as the kiosk shows it, with its own translations, every language offered.
pub fn library_of(content: Content) -> Library {
    let (catalog, _) = Catalog::build(&content.locales);
    library_from(Admitted {
        content,
        catalog,
        diagnostics: Diagnostics::new(),
    })
}

/// An admitted bundle as the kiosk shows it, every language offered.
pub fn library_from(admitted: Admitted) -> Library {
    Library::new(admitted, Vec::new(), false, None)
}

/// The built-in content as the kiosk shows it, prepared once per test binary and shared
/// (preparing it parses 50 translations and indexes every text for search).
pub fn shared_library() -> Arc<Library> {
    static LIBRARY: std::sync::OnceLock<Arc<Library>> = std::sync::OnceLock::new();
    LIBRARY.get_or_init(|| Arc::new(library())).clone()
}

pub fn config(lang: Option<&str>) -> Config {
    Config {
        library: shared_library(),
        start: lang.and_then(Lang::parse).map_or(Start::Usual, Start::Home),
        clock: Clock::Fixed(content_date().at(10, 30, 0, 0)),
        started: t0(),
        settings: welcome_kiosk::config::Config::default(),
        watch: false,
        speaker: None,
    }
}

/// The visit under way (a test that expects one fails here if there is none).
pub fn visit(kiosk: &Kiosk) -> &welcome_kiosk::kiosk::Session {
    kiosk
        .session()
        .unwrap_or_else(|| panic!("nobody is using the kiosk: {:?}", kiosk.route()))
}

/// What a finger on the current screen sends, at the kiosk's latest moment.
pub fn send(kiosk: &mut Kiosk, input: impl Into<Input>) -> Task<Message> {
    let at = kiosk.last_tick();
    send_at(kiosk, input, at)
}

/// What a finger on the current screen sends at `at`.
pub fn send_at(kiosk: &mut Kiosk, input: impl Into<Input>, at: Instant) -> Task<Message> {
    let message = Message::tap(kiosk.screen_number(), at, input);
    kiosk.update(message)
}

pub fn kiosk(lang: Option<&str>) -> Kiosk {
    Kiosk::new(config(lang))
}

pub fn lang(tag: &str) -> Lang {
    Lang::parse(tag).unwrap_or_else(|| panic!("bad tag {tag}"))
}

/// iced settings with the kiosk's embedded fonts, for the iced_test simulator.
pub fn settings() -> iced::Settings {
    welcome_kiosk::render::simulator_settings()
}

/// Tap the widget with `id` on the current 1280×800 screen and apply what it sends.
/// Returns false if it sent nothing (a disabled button); panics if there is no such widget.
pub fn tap(kiosk: &mut Kiosk, id: &str) -> bool {
    tap_at(kiosk, id, (1280, 800))
}

/// `tap` on a screen of `size`.
pub fn tap_at(kiosk: &mut Kiosk, id: &str, size: (u32, u32)) -> bool {
    let messages: Vec<_> = {
        let mut ui = iced_test::Simulator::with_size(
            settings(),
            (size.0 as f32, size.1 as f32),
            kiosk.view(),
        );
        if let Err(e) = ui.click(iced_test::selector::id(id.to_owned())) {
            panic!("cannot tap #{id} on {:?}: {e}", kiosk.route());
        }
        ui.into_messages().collect()
    };
    let sent = !messages.is_empty();
    for message in messages {
        let _ = kiosk.update(at_latest(kiosk, message));
    }
    sent
}

/// A tap from the simulator happens at the kiosk's latest moment, not at the wall clock's
/// (the view stamps taps with the real time).
pub fn at_latest(kiosk: &Kiosk, message: Message) -> Message {
    match message {
        Message::Tap(mut tap) => {
            tap.at = kiosk.last_tick();
            Message::Tap(tap)
        }
        other => other,
    }
}

/// Turn the mouse wheel `lines` notches down over `over`, then tap `at`, on a screen of
/// `size`, and apply what the kiosk sent. Returns where the scroll area ended up.
pub fn wheel_and_tap_at(
    kiosk: &mut Kiosk,
    size: (u32, u32),
    over: iced::Point,
    lines: f32,
    at: iced::Point,
) -> f32 {
    use iced::mouse;
    let messages: Vec<_> = {
        let mut ui = iced_test::Simulator::with_size(
            settings(),
            (size.0 as f32, size.1 as f32),
            kiosk.view(),
        );
        ui.point_at(over);
        let _ = ui.simulate([iced::Event::Mouse(mouse::Event::WheelScrolled {
            delta: mouse::ScrollDelta::Lines { x: 0.0, y: -lines },
        })]);
        ui.point_at(at);
        let _ = ui.simulate([
            iced::Event::Mouse(mouse::Event::ButtonPressed(mouse::Button::Left)),
            iced::Event::Mouse(mouse::Event::ButtonReleased(mouse::Button::Left)),
        ]);
        ui.into_messages().collect()
    };
    let mut offset = 0.0;
    for message in messages {
        if let Message::Tap(welcome_kiosk::kiosk::Tap {
            input: Input::Scrolled(y),
            ..
        }) = &message
        {
            offset = *y;
        }
        let _ = kiosk.update(at_latest(kiosk, message));
    }
    offset
}

/// A copy of the built-in bundle (`assets/bundle`) in `dir`, to change in a test.
pub fn copy_embedded_bundle(dir: &std::path::Path) {
    fn copy(from: &std::path::Path, to: &std::path::Path) {
        std::fs::create_dir_all(to).unwrap_or_else(|e| panic!("{}: {e}", to.display()));
        let entries = std::fs::read_dir(from).unwrap_or_else(|e| panic!("{}: {e}", from.display()));
        for entry in entries.flatten() {
            let path = entry.path();
            let target = to.join(entry.file_name());
            if path.is_dir() {
                copy(&path, &target);
            } else {
                std::fs::copy(&path, &target).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            }
        }
    }
    copy(
        &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/bundle"),
        dir,
    );
}

/// An EXAMPLE heat alert (CAP) in English and Arabic, from an example.org sender.
pub fn example_alert(
    id: &str,
    severity: welcome_kiosk::alerts::cap::Severity,
    sent: jiff::Timestamp,
    expires: jiff::Timestamp,
) -> welcome_kiosk::alerts::cap::Alert {
    use welcome_kiosk::alerts::cap::{Alert, Info, MsgType, Status};
    let info = |lang: &str, headline: &str, description: &str, instruction: &str| Info {
        language: lang.to_owned(),
        categories: vec!["Met".to_owned()],
        event: "Heat".to_owned(),
        urgency: "Expected".to_owned(),
        severity,
        certainty: "Likely".to_owned(),
        effective: None,
        onset: None,
        expires: Some(expires),
        sender_name: None,
        headline: Some(headline.to_owned()),
        description: Some(description.to_owned()),
        instruction: Some(instruction.to_owned()),
        web: None,
        contact: None,
        areas: vec!["Example Town".to_owned()],
    };
    Alert {
        identifier: id.to_owned(),
        sender: "alerts@example.org".to_owned(),
        sent,
        status: Status::Actual,
        msg_type: MsgType::Alert,
        scope: "Public".to_owned(),
        references: Vec::new(),
        infos: vec![
            info(
                "en-GB",
                "Heat warning (EXAMPLE)",
                "EXAMPLE: very hot days are expected.",
                "Drink water. Stay in the shade.",
            ),
            info(
                "ar",
                "تحذير من موجة حر (مثال)",
                "مثال: يُتوقع أيام شديدة الحرارة.",
                "اشرب الماء. ابقَ في الظل.",
            ),
        ],
    }
}
