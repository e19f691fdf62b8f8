//! Snapshot hashes (as iced's own `todos` example keeps them): six screens in English,
//! Arabic and Simplified Chinese, rendered headlessly at 1280×800, each compared with the
//! SHA-256 of its pixels in `tests/snapshots/`. Any change to what a screen shows fails
//! here; when the change is meant, look at the new pictures and record them:
//!
//! ```text
//! WELCOME_KIOSK_UPDATE_SNAPSHOTS=1 cargo test --test snapshots
//! ```
//!
//! which also writes each picture as a PNG beside its hash (not committed) to look at.

mod common;

use std::path::PathBuf;

use sha2::{Digest, Sha256};
use welcome_kiosk::kiosk::{Kiosk, Route};

const SCREENS: [&str; 6] = [
    "attract",
    "language",
    "home",
    "list:jobs",
    "detail:guides/join-a-union",
    "emergency",
];

fn dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/snapshots")
}

fn kiosk_on(screen: &str, lang: &str) -> Kiosk {
    let route = Route::parse(screen).unwrap_or_else(|| panic!("{screen}"));
    let mut config = common::config(Some(lang));
    if route == Route::Attract {
        config.start = welcome_kiosk::kiosk::Start::Usual;
        config.settings.kiosk = true;
        config.settings.default_language = Some(common::lang(lang));
    }
    let mut kiosk = Kiosk::new(config);
    kiosk.show(route);
    kiosk
}

#[test]
fn six_screens_in_three_scripts_look_as_recorded() {
    let update = std::env::var_os("WELCOME_KIOSK_UPDATE_SNAPSHOTS").is_some();
    let mut changed = Vec::new();
    for lang in ["en", "ar", "zh-Hans"] {
        for screen in SCREENS {
            let kiosk = kiosk_on(screen, lang);
            let frame = welcome_kiosk::render::render(&kiosk, 1280, 800).unwrap();
            let hash = format!("{:x}", Sha256::digest(&frame.rgba));
            let name = format!("{lang}-{}", screen.replace([':', '/'], "-"));
            let path = dir().join(format!("{name}.sha256"));
            if update {
                std::fs::create_dir_all(dir()).unwrap();
                std::fs::write(&path, format!("{hash}\n")).unwrap();
                frame.save_png(&dir().join(format!("{name}.png"))).unwrap();
                continue;
            }
            let recorded = std::fs::read_to_string(&path).unwrap_or_else(|e| {
                panic!(
                    "{}: {e} (record it with WELCOME_KIOSK_UPDATE_SNAPSHOTS=1)",
                    path.display()
                )
            });
            if recorded.trim() != hash {
                let out = std::env::temp_dir().join(format!("welcome-kiosk-{name}.png"));
                let _ = frame.save_png(&out);
                changed.push(format!(
                    "{name}: now {} (picture {})",
                    &hash[..12],
                    out.display()
                ));
            }
        }
    }
    assert!(
        changed.is_empty(),
        "screens changed (if meant, record them with WELCOME_KIOSK_UPDATE_SNAPSHOTS=1):\n{}",
        changed.join("\n")
    );
}
