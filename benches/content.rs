//! Content at scale: installing a 500-language × 30-item bundle (verify, unpack, admit,
//! prepare), and swapping new content in on the UI thread — as the kiosk does now (an
//! `Arc<Library>` prepared off the UI thread) and as it did before (the whole library built
//! on the UI thread: content cloned, translations, image handles and the attract screen's
//! lines rebuilt). Run with `cargo bench --bench content`; criterion prints medians.
//!
//! The bundle is written by `tests/support/big.rs` (the rules of `benches/make-big-bundle.py`):
//! languages en and the private-use tags qaa… after it, guides and services, texts of ~2,000
//! bytes.

use std::hint::black_box;
use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use criterion::{Criterion, criterion_group, criterion_main};

#[path = "../tests/support/big.rs"]
mod big;
use big::big_bundle;
use welcome_kiosk::admission::Admitted;
use welcome_kiosk::content::{Diagnostics, Options};
use welcome_kiosk::i18n::Catalog;
use welcome_kiosk::kiosk::{Clock, Config, Kiosk, Message, Route};
use welcome_kiosk::library::Library;
use welcome_kiosk::publish::{Store, TrustedKey};

fn options() -> Options {
    Options {
        today: Some(jiff::civil::date(2026, 11, 22)),
        ..Default::default()
    }
}

fn install(c: &mut Criterion) {
    let work = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let bundle = work.path().join("bundle");
    big_bundle(&bundle, 500, 15, 15);
    let archive = work.path().join("big.tar");
    if let Err(e) = welcome_kiosk::publish::pack::pack(&bundle, &archive, &options()) {
        match e {
            welcome_kiosk::publish::pack::PackError::Invalid(d) => panic!("{d:?}"),
            welcome_kiosk::publish::pack::PackError::Failed(why) => panic!("{why}"),
        }
    }
    let (public, secret) = welcome_kiosk::publish::keys::keygen(work.path(), "bench", None)
        .unwrap_or_else(|e| panic!("{e}"));
    welcome_kiosk::publish::keys::sign(&archive, &secret, None).unwrap_or_else(|e| panic!("{e}"));
    let key = TrustedKey::parse(&public.display().to_string()).unwrap_or_else(|e| panic!("{e}"));
    let today = jiff::civil::date(2026, 11, 22);
    let mut group = c.benchmark_group("install");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(60));
    group.bench_function(
        "install a 500-language × 30-item bundle (15,033 files) and prepare it for display",
        |b| {
            b.iter(|| {
                let state = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
                let installed = Store::new(state.path())
                    .install(&archive, std::slice::from_ref(&key), today)
                    .unwrap_or_else(|e| panic!("{e}"));
                black_box(Library::new(installed.admitted, Vec::new(), false, None))
            });
        },
    );
    group.finish();
}

/// The library as the kiosk would get it from the updates thread.
fn prepared(admitted: Admitted) -> Library {
    Library::new(admitted, Vec::new(), false, None)
}

fn admitted_dir(dir: &Path) -> Admitted {
    welcome_kiosk::admission::admit_dir(dir, &options()).unwrap_or_else(|e| panic!("{e:?}"))
}

fn swap(c: &mut Criterion) {
    let work = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    big_bundle(work.path(), 500, 15, 15);
    let builtin = welcome_kiosk::boot::load(None);
    let big = prepared(admitted_dir(work.path()));
    for (name, library) in [("built-in bundle", builtin), ("500 × 30 bundle", big)] {
        let library = Arc::new(library);
        let mut config = Config::from_library(
            prepared(admitted_dir(work.path())),
            welcome_kiosk::config::Config::default(),
        );
        config.clock = Clock::Fixed(jiff::civil::date(2026, 11, 22).at(10, 0, 0, 0));
        let mut kiosk = Kiosk::new(config);
        let _ = kiosk.update(Message::Open(Route::Home));
        c.bench_function(
            &format!("content swap on the UI thread, now (Arc prepared off it), {name}"),
            |b| b.iter(|| black_box(kiosk.update(Message::Reloaded(library.clone())))),
        );
        let mut group = c.benchmark_group("swap before");
        group.sample_size(10);
        group.bench_function(
            format!("content swap on the UI thread, before (everything rebuilt on it), {name}"),
            |b| {
                b.iter(|| {
                    // What the UI thread did before: copy the content, build the catalog, the
                    // image handles and the localizers of the attract screen.
                    let content = (*library.content).clone();
                    let (catalog, _) = Catalog::build(&content.locales);
                    let rebuilt = prepared(Admitted {
                        content,
                        catalog,
                        diagnostics: Diagnostics::new(),
                    });
                    black_box(kiosk.update(Message::Reloaded(Arc::new(rebuilt))))
                });
            },
        );
        group.finish();
    }
}

criterion_group!(benches, swap, install);
criterion_main!(benches);
