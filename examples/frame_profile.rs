//! Draw one screen many times with one renderer (caches warm, as in the window), for a profiler: `cargo run --example frame_profile -- SCREEN N`
//! (dependencies are optimised even in debug builds, so `perf record` shows where a frame's
//! time goes in the renderer and the text engine).

use welcome_kiosk::kiosk::{Clock, Config, Kiosk, Route, Start};

fn main() {
    let mut args = std::env::args().skip(1);
    let screen = args.next().unwrap_or_else(|| "home".to_owned());
    let n: usize = args.next().and_then(|n| n.parse().ok()).unwrap_or(30);
    let mut config = Config::from_library(
        welcome_kiosk::boot::load(None),
        welcome_kiosk::config::Config::default(),
    );
    config.start = welcome_kiosk::lang::Lang::parse("en").map_or(Start::Usual, Start::Home);
    config.clock = Clock::Fixed(jiff::civil::date(2026, 11, 22).at(10, 0, 0, 0));
    let mut kiosk = Kiosk::new(config);
    kiosk.show(Route::parse(&screen).unwrap_or(Route::Home));
    let Ok(mut painter) = welcome_kiosk::render::Painter::new() else {
        return;
    };
    let _ = painter.render(&kiosk, 1920, 1080); // the first frame fills the caches
    let start = std::time::Instant::now();
    for _ in 0..n {
        let _ = std::hint::black_box(painter.render(&kiosk, 1920, 1080));
    }
    eprintln!(
        "{screen}: {:.1} ms per frame",
        start.elapsed().as_secs_f64() * 1000.0 / n as f64
    );
}
