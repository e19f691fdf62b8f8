//! The multilingual bundle (tests/multilingual.rs) with the font set a kiosk installed from
//! the Debian package has: the embedded fonts plus Debian's Noto fonts in `font_dirs`. Every
//! language of all 130, in all 40 scripts, and the picker naming them all, is drawn without
//! a single box, checked on the shaped output; `validate` reports nothing missing.
//!
//! Needs the Debian packages fonts-noto-core and fonts-noto-cjk (`.ci/run` installs them):
//! `cargo test --test multilingual_system -- --include-ignored`.

mod common;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use welcome_kiosk::content::{ItemId, Kind};
use welcome_kiosk::kiosk::{Kiosk, Look, Route};

const BUNDLE: &str = "tests/fixtures/multilingual/bundle";

fn noto_dirs() -> Vec<PathBuf> {
    [
        "/usr/share/fonts/truetype/noto",
        "/usr/share/fonts/opentype/noto",
    ]
    .map(PathBuf::from)
    .to_vec()
}

/// This process draws with the embedded fonts and the Noto folders, as a kiosk configured
/// with `font_dirs` does (set before anything is drawn; every test here calls it first).
fn configure() {
    assert!(
        Path::new("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc").exists()
            && Path::new("/usr/share/fonts/truetype/noto/NotoSansTaiTham-Regular.ttf").exists(),
        "install fonts-noto-core and fonts-noto-cjk"
    );
    welcome_kiosk::fonts::configure(welcome_kiosk::fonts::FontSet::new(noto_dirs()));
    welcome_kiosk::fonts::load();
}

fn admitted() -> welcome_kiosk::admission::Admitted {
    common::admitted_dir(Path::new(BUNDLE))
}

#[test]
#[ignore = "needs the Debian packages fonts-noto-core and fonts-noto-cjk"]
fn every_language_and_the_picker_are_drawn_without_a_box_with_the_noto_fonts() {
    configure();
    let admitted = admitted();
    let langs = admitted.content.meta.languages.clone();
    let library = Arc::new(common::library_from(admitted));
    let mut wrong = Vec::new();
    let mut glyphs = 0usize;
    let mut screens: Vec<(String, Kiosk)> = Vec::new();
    for lang in &langs {
        let mut config = common::config(Some(&lang.to_string()));
        config.library = library.clone();
        let mut kiosk = Kiosk::new(config);
        kiosk.show(Route::Detail(ItemId::new(Kind::Guides, "udhr")));
        screens.push((format!("{lang} udhr"), kiosk));
    }
    for (width, height) in [(800, 480), (1920, 1080)] {
        let mut config = common::config(Some("en"));
        config.library = library.clone();
        let mut kiosk = Kiosk::new(config);
        kiosk.show(Route::Language);
        kiosk.set_look(Look::default());
        let drawn =
            welcome_kiosk::render::shaped(&kiosk, width, height).unwrap_or_else(|e| panic!("{e}"));
        let names: usize = drawn.iter().map(|d| d.glyphs.len()).sum();
        assert!(names > 1000, "picker at {width}x{height}: {names} glyphs");
        screens.push((format!("picker {width}x{height}"), kiosk));
    }
    for (name, kiosk) in &screens {
        let drawn = welcome_kiosk::render::shaped(kiosk, 1280, 800)
            .unwrap_or_else(|e| panic!("{name}: {e}"));
        for d in &drawn {
            for g in &d.glyphs {
                glyphs += 1;
                if g.missing {
                    wrong.push(format!("{name}: {:?} ({}) in {:?}", g.text, g.face, d.text));
                }
            }
        }
    }
    assert!(glyphs > 60_000, "only {glyphs} glyphs");
    wrong.dedup();
    assert!(
        wrong.is_empty(),
        "{} boxes:\n{}",
        wrong.len(),
        wrong[..wrong.len().min(40)].join("\n")
    );
}

#[test]
#[ignore = "needs the Debian packages fonts-noto-core and fonts-noto-cjk"]
fn validate_with_the_noto_folders_reports_no_missing_character() {
    configure();
    let options = welcome_kiosk::content::Options {
        font_dirs: noto_dirs(),
        ..common::options()
    };
    let d: Vec<String> = welcome_kiosk::validate::validate_dir(Path::new(BUNDLE), &options)
        .iter()
        .map(ToString::to_string)
        .collect();
    let boxes: Vec<&String> = d
        .iter()
        .filter(|l| l.contains("would appear as boxes"))
        .collect();
    assert!(boxes.is_empty(), "{boxes:#?}");
}

#[test]
#[ignore = "needs the Debian packages fonts-noto-core and fonts-noto-cjk"]
fn japanese_korean_and_traditional_chinese_take_their_own_han_forms() {
    configure();
    let library = Arc::new(common::library_from(admitted()));
    for (tag, family) in [
        ("ja", "Noto Sans CJK JP"),
        ("ko", "Noto Sans CJK KR"),
        ("zh-Hant", "Noto Sans CJK TC"),
    ] {
        let mut config = common::config(Some(tag));
        config.library = library.clone();
        let mut kiosk = Kiosk::new(config);
        kiosk.show(Route::Detail(ItemId::new(Kind::Guides, "udhr")));
        let drawn = welcome_kiosk::render::shaped(&kiosk, 1280, 800)
            .unwrap_or_else(|e| panic!("{tag}: {e}"));
        let mut checked = 0;
        for d in drawn.iter().filter(|d| d.text.chars().count() > 40) {
            for g in d.glyphs.iter().filter(|g| {
                g.text.chars().any(|c| {
                    ('\u{4E00}'..='\u{9FFF}').contains(&c) || ('\u{AC00}'..='\u{D7AF}').contains(&c)
                })
            }) {
                checked += 1;
                assert_eq!(g.face, family, "{tag}: {:?} in {:?}", g.text, d.text);
            }
        }
        assert!(checked > 20, "{tag}: only {checked} glyphs");
    }
}
