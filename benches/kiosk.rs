//! Performance budgets: loading the built-in content (each step of a start), switching
//! language, a tap until the next screen is drawn, and building a view.
//! Run with `cargo bench --bench kiosk`; criterion prints medians. The whole-window figures
//! (first frame, memory, idle CPU, against Chromium) come from benches/compare-chromium.py.

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
        "build the language catalog (all 50 built-in locales)",
        |b| {
            b.iter(|| black_box(Catalog::builtin()));
        },
    );
}

/// Each step between launch and the first frame, on the built-in bundle (50 languages).
fn start(c: &mut Criterion) {
    let mut group = c.benchmark_group("start");
    group.sample_size(10);
    group.bench_function("whole: admit the built-in bundle and prepare it", |b| {
        b.iter(|| black_box(welcome_kiosk::boot::load(None)));
    });
    group.bench_function(
        "parse the built-in bundle (Markdown, facts, pictures)",
        |b| {
            b.iter(|| black_box(content::load_embedded(&options())));
        },
    );
    let content = content::load_embedded(&options())
        .content
        .unwrap_or_else(content::empty);
    group.bench_function("glyph check of every text", |b| {
        b.iter(|| {
            black_box(welcome_kiosk::validate::check_glyphs(
                &content,
                &content::Embedded,
                &[],
            ))
        });
    });
    group.bench_function("translation checks", |b| {
        b.iter(|| black_box(welcome_kiosk::validate::check_translations(&content)));
    });
    group.bench_function("catalog of 50 languages", |b| {
        b.iter(|| black_box(Catalog::build(&content.locales)));
    });
    group.bench_function("search index", |b| {
        b.iter(|| black_box(welcome_kiosk::search::Index::build(&content)));
    });
    let (catalog, _) = Catalog::build(&content.locales);
    group.bench_function("prepare for display (index, picker names)", |b| {
        b.iter(|| {
            black_box(Library::new(
                Admitted {
                    content: content.clone(),
                    catalog: catalog.clone(),
                    diagnostics: Diagnostics::new(),
                },
                Vec::new(),
                false,
                None,
            ))
        });
    });
    group.finish();
}

/// A tap until the next screen's pixels are ready, at 1920×1080 with the software renderer:
/// the update, the new view, its layout and drawing the whole frame, with one renderer whose
/// caches stay warm (what the window does; the first frame of a screen is measured, the
/// screen changes at every iteration).
fn tap(c: &mut Criterion) {
    let Ok(mut painter) = welcome_kiosk::render::Painter::new() else {
        return;
    };
    let mut kiosk = Kiosk::new(config());
    let jobs = Route::List(welcome_kiosk::content::Kind::Jobs);
    let mut flip = false;
    c.bench_function("tap: Home to Jobs and back, drawn at 1920x1080", |b| {
        b.iter(|| {
            flip = !flip;
            let to = if flip { jobs.clone() } else { Route::Home };
            let _ = kiosk.update(Message::Open(to));
            black_box(painter.render(&kiosk, 1920, 1080))
        });
    });
    let (Some(fr), Some(en)) = (Lang::parse("fr"), Lang::parse("en")) else {
        return;
    };
    let mut kiosk = Kiosk::new(config());
    let mut flip = false;
    c.bench_function("language switch on Home, drawn at 1920x1080", |b| {
        b.iter(|| {
            flip = !flip;
            let lang = if flip { fr.clone() } else { en.clone() };
            choose(&mut kiosk, lang);
            black_box(painter.render(&kiosk, 1920, 1080))
        });
    });
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
    c.bench_function(
        "render the home screen to pixels (1280x800, a new renderer)",
        |b| {
            b.iter(|| black_box(welcome_kiosk::render::render(&kiosk, 1280, 800)));
        },
    );
    c.bench_function("build the home view", |b| {
        b.iter(|| black_box(kiosk.view()));
    });
}

criterion_group!(benches, load, start, tap, switch);
criterion_main!(benches);
