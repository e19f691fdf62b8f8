//! Shared helpers for the integration tests.
#![allow(dead_code)]

use std::sync::Arc;

use welcome_kiosk::content::{self, Content};
use welcome_kiosk::i18n::Catalog;
use welcome_kiosk::kiosk::{Config, Kiosk};
use welcome_kiosk::lang::Lang;

/// The date the built-in content was written for: date checks (expired jobs, review dates)
/// are pinned to it so the tests do not start failing as the calendar moves on.
pub fn content_date() -> jiff::civil::Date {
    jiff::civil::date(2026, 11, 22)
}

pub fn options() -> content::Options {
    content::Options {
        today: Some(content_date()),
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

pub fn config(lang: Option<&str>) -> Config {
    let content = embedded();
    let (catalog, _) = Catalog::build(&content.locales);
    Config {
        content: Arc::new(content),
        catalog: Arc::new(catalog),
        lang: lang.and_then(Lang::parse),
        problems: Vec::new(),
        now: Some(content_date().at(10, 30, 0, 0)),
        settings: welcome_kiosk::config::Config::default(),
        watch: false,
    }
}

pub fn kiosk(lang: Option<&str>) -> Kiosk {
    Kiosk::new(config(lang))
}

pub fn lang(tag: &str) -> Lang {
    Lang::parse(tag).unwrap_or_else(|| panic!("bad tag {tag}"))
}

/// iced settings with the kiosk's embedded fonts, for the iced_test simulator.
pub fn settings() -> iced::Settings {
    // Only the kiosk's own fonts, as in the real window (installed ones are dropped).
    welcome_kiosk::render::load_fonts();
    iced::Settings {
        fonts: welcome_kiosk::fonts::ALL
            .iter()
            .map(|f| f.bytes.into())
            .collect(),
        default_font: welcome_kiosk::kiosk::widget::SANS,
        ..iced::Settings::default()
    }
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
        let _ = kiosk.update(message);
    }
    sent
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
        if let welcome_kiosk::kiosk::Message::Scrolled(y) = message.without_screen() {
            offset = *y;
        }
        let _ = kiosk.update(message);
    }
    offset
}
