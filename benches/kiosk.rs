//! Performance budgets: loading the built-in content, switching language and building a view.
//! Run with `cargo bench`; criterion prints medians.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use welcome_kiosk::admission::Admitted;
use welcome_kiosk::content::{self, Diagnostics, Options};
use welcome_kiosk::i18n::Catalog;
use welcome_kiosk::kiosk::screen::language;
use welcome_kiosk::kiosk::{Clock, Config, Kiosk, Message, Route, Start};
use welcome_kiosk::lang::Lang;
use welcome_kiosk::library::Library;

fn options() -> Options {
    Options {
        today: Some(jiff::civil::date(2026, 11, 22)),
        ..Default::default()
    }
}

fn config() -> Config {
    let content = content::load_embedded(&options())
        .content
        .unwrap_or_else(content::empty);
    let (catalog, _) = Catalog::build(&content.locales);
    let library = Library::new(
        Admitted {
            content,
            catalog,
            diagnostics: Diagnostics::new(),
        },
        Vec::new(),
        false,
        None,
    );
    let mut config = Config::from_library(library, welcome_kiosk::config::Config::default());
    config.start = Lang::parse("en").map_or(Start::Usual, Start::Home);
    config.clock = Clock::Fixed(jiff::civil::date(2026, 11, 22).at(10, 0, 0, 0));
    config
}

/// Choose `lang` on the picker, as a visitor would, and come back to the screen.
fn choose(kiosk: &mut Kiosk, lang: Lang) {
    let _ = kiosk.update(Message::Open(Route::Language));
    let tap = Message::tap(
        kiosk.screen_number(),
        kiosk.last_tick(),
        language::Message::Choose(lang),
    );
    let _ = kiosk.update(tap);
}

fn load(c: &mut Criterion) {
    c.bench_function("load and validate the built-in bundle", |b| {
        b.iter(|| black_box(content::load_embedded(&options())));
    });
    c.bench_function(
        "build the language catalog (all 27 built-in locales)",
        |b| {
            b.iter(|| black_box(Catalog::builtin()));
        },
    );
}

fn switch(c: &mut Criterion) {
    let mut kiosk = Kiosk::new(config());
    let _ = kiosk.update(Message::Open(Route::Emergency));
    let (ar, en) = (Lang::parse("ar"), Lang::parse("en"));
    let (Some(ar), Some(en)) = (ar, en) else {
        return;
    };
    let mut flip = false;
    c.bench_function("switch language and build the emergency view", |b| {
        b.iter(|| {
            flip = !flip;
            let lang = if flip { ar.clone() } else { en.clone() };
            choose(&mut kiosk, lang);
            black_box(kiosk.view());
        });
    });
    let mut flip = false;
    c.bench_function(
        "switch language, build and lay out the emergency view",
        |b| {
            b.iter(|| {
                flip = !flip;
                let lang = if flip { ar.clone() } else { en.clone() };
                choose(&mut kiosk, lang);
                black_box(welcome_kiosk::render::layout(&kiosk, 1280, 800))
            });
        },
    );
    let mut kiosk = Kiosk::new(config());
    kiosk.show(Route::Home);
    c.bench_function("render the home screen to pixels (1280x800)", |b| {
        b.iter(|| black_box(welcome_kiosk::render::render(&kiosk, 1280, 800)));
    });
    c.bench_function("build the home view", |b| {
        b.iter(|| black_box(kiosk.view()));
    });
}

criterion_group!(benches, load, switch);
criterion_main!(benches);
