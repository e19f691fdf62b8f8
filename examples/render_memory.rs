//! Memory of the window's drawing path over a long use, without a display: one renderer (as
//! the window keeps one) draws Home, Jobs, a guide and Emergency in every language, at every
//! text size and in both palettes, pass after pass, and the heap in use (counted by the
//! allocator) is printed after each pass. `cargo run --release --example render_memory`.
//! The kiosk's own state does not grow (examples/soak); this shows what the renderer's
//! caches (glyph images, pictures) hold and whether it levels off.

use std::alloc::System;

use cap::Cap;
use welcome_kiosk::kiosk::screen::{bar, language};
use welcome_kiosk::kiosk::{Clock, Config, Kiosk, Message, Route, Start};

#[global_allocator]
static HEAP: Cap<System> = Cap::new(System, usize::MAX);

fn mb() -> f64 {
    HEAP.allocated() as f64 / (1024.0 * 1024.0)
}

fn main() {
    let passes: usize = std::env::args()
        .nth(1)
        .and_then(|n| n.parse().ok())
        .unwrap_or(4);
    let library = welcome_kiosk::boot::load(None);
    let langs = library.offered.clone();
    let mut config = Config::from_library(library, welcome_kiosk::config::Config::default());
    config.start = welcome_kiosk::lang::Lang::parse("en").map_or(Start::Usual, Start::Home);
    config.clock = Clock::Fixed(jiff::civil::date(2026, 11, 22).at(10, 0, 0, 0));
    let mut kiosk = Kiosk::new(config);
    let Ok(mut painter) = welcome_kiosk::render::Painter::new() else {
        return;
    };
    let routes = [
        "home",
        "list:jobs",
        "detail:guides/join-a-union",
        "emergency",
    ];
    println!("pass\tframes\theap_mb");
    println!("0\t0\t{:.1}", mb());
    let mut frames = 0;
    for pass in 1..=passes {
        for lang in &langs {
            let _ = kiosk.update(Message::Open(Route::Language));
            let at = kiosk.last_tick();
            let _ = kiosk.update(Message::tap(
                kiosk.screen_number(),
                at,
                language::Message::Choose(lang.clone()),
            ));
            for look in 0..6 {
                // Three text sizes in each palette.
                let at = kiosk.last_tick();
                let message = if look == 3 {
                    bar::Message::Contrast
                } else {
                    bar::Message::TextSize
                };
                let _ = kiosk.update(Message::tap(kiosk.screen_number(), at, message));
                for route in routes {
                    if let Some(route) = Route::parse(route) {
                        let _ = kiosk.update(Message::Open(route));
                        let _ = painter.render(&kiosk, 1920, 1080);
                        frames += 1;
                    }
                }
            }
        }
        println!("{pass}\t{frames}\t{:.1}", mb());
    }
}
