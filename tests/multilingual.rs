//! A bundle of real published text — the Universal Declaration of Human Rights in 130
//! languages and 40 scripts (tests/fixtures/multilingual/SOURCES.md) — as a coordinator would
//! load it, drawn with the kiosk's embedded fonts only (the set every machine has): every
//! language whose script the kiosk embeds is drawn without a single box, checked on the
//! shaped output; Thai, Lao, Khmer and Burmese paragraphs wrap inside the screen at every
//! text size; the picker with all 130 languages fits 800×480 and 1920×1080; `validate` names
//! the languages it cannot draw, one line per language and script.
//! tests/multilingual_system.rs does the same with Debian's Noto fonts configured: no boxes
//! at all.

mod common;

use std::collections::BTreeSet;
use std::path::Path;
use std::sync::Arc;

use iced::Rectangle;
use welcome_kiosk::content::{ItemId, Kind};
use welcome_kiosk::kiosk::theme::TextStep;
use welcome_kiosk::kiosk::{Kiosk, Look, Route};
use welcome_kiosk::lang::Lang;

const BUNDLE: &str = "tests/fixtures/multilingual/bundle";

fn admitted() -> welcome_kiosk::admission::Admitted {
    common::admitted_dir(Path::new(BUNDLE))
}

fn kiosk_showing(lang: &Lang, route: Route, look: Look) -> Kiosk {
    let mut config = common::config(Some(&lang.to_string()));
    config.library = Arc::new(common::library_from(admitted()));
    let mut kiosk = Kiosk::new(config);
    kiosk.show(route);
    kiosk.set_look(look);
    kiosk
}

fn udhr() -> Route {
    Route::Detail(ItemId::new(Kind::Guides, "udhr"))
}

/// The script of a text: the most common script among its letters (ICU).
fn script_of(text: &str) -> String {
    let mut counts = std::collections::BTreeMap::new();
    for c in text.chars().filter(|c| c.is_alphabetic()) {
        let (code, _) = welcome_kiosk::i18n::locale::script_of_char(c);
        if code != "Zyyy" && code != "Zinh" {
            *counts.entry(code).or_insert(0) += 1;
        }
    }
    counts
        .into_iter()
        .max_by_key(|(_, n)| *n)
        .map(|(s, _)| s.to_owned())
        .unwrap_or_default()
}

#[test]
fn the_bundle_is_real_text_in_over_100_languages_and_30_scripts_of_letters() {
    let admitted = admitted();
    let content = &admitted.content;
    assert!(
        content.meta.languages.len() >= 100,
        "{}",
        content.meta.languages.len()
    );
    let item = content
        .get(&ItemId::new(Kind::Guides, "udhr"))
        .unwrap_or_else(|| panic!("no udhr guide"));
    let scripts: BTreeSet<String> = item
        .texts
        .values()
        .map(|t| {
            script_of(&format!(
                "{} {}",
                t.title,
                t.body.texts().collect::<String>()
            ))
        })
        .collect();
    // ICU counts Han once (Hani) where SOURCES.md counts Hans, Hant, Hani and Jpan apart.
    assert!(
        scripts.len() >= 36,
        "{} scripts: {scripts:?}",
        scripts.len()
    );
    assert_eq!(item.texts.len(), content.meta.languages.len());
}

/// The guide holding the declaration, in every language.
fn udhr_item() -> welcome_kiosk::content::Item {
    admitted()
        .content
        .get(&ItemId::new(Kind::Guides, "udhr"))
        .cloned()
        .unwrap_or_else(|| panic!("no udhr guide"))
}

/// Languages whose text the embedded fonts cover completely.
fn embedded_languages() -> Vec<Lang> {
    let coverage = welcome_kiosk::fonts::Coverage::of_embedded_fonts();
    let item = udhr_item();
    item.texts
        .iter()
        .filter(|(_, t)| {
            let all = format!(
                "{} {}",
                t.title,
                t.body.texts().collect::<Vec<_>>().join(" ")
            );
            coverage.missing(&all).is_empty()
        })
        .map(|(l, _)| l.clone())
        .collect()
}

#[test]
fn every_language_the_embedded_fonts_cover_is_drawn_without_a_box() {
    let langs = embedded_languages();
    assert!(langs.len() >= 110, "only {} languages covered", langs.len());
    let own: Vec<&str> = welcome_kiosk::fonts::ALL.iter().map(|f| f.family).collect();
    let mut wrong = Vec::new();
    let mut glyphs = 0usize;
    for lang in &langs {
        let kiosk = kiosk_showing(lang, udhr(), Look::default());
        let drawn = welcome_kiosk::render::shaped(&kiosk, 1280, 800)
            .unwrap_or_else(|e| panic!("{lang}: {e}"));
        for d in &drawn {
            for g in &d.glyphs {
                glyphs += 1;
                if g.missing || !own.contains(&g.face.as_str()) {
                    wrong.push(format!(
                        "{lang}: {:?} drawn with {} in {:?}",
                        g.text, g.face, d.text
                    ));
                }
            }
        }
    }
    assert!(glyphs > 50_000, "only {glyphs} glyphs");
    wrong.dedup();
    assert!(
        wrong.is_empty(),
        "{} boxes:\n{}",
        wrong.len(),
        wrong[..wrong.len().min(40)].join("\n")
    );
}

fn inside_x(r: Rectangle, outer: Rectangle) -> bool {
    r.x >= outer.x - 1.0 && r.x + r.width <= outer.x + outer.width + 1.0
}

#[test]
fn thai_lao_khmer_and_burmese_wrap_inside_the_screen_at_every_text_size() {
    let item = udhr_item();
    let no_spaces: Vec<Lang> = item
        .texts
        .iter()
        .filter(|(_, t)| {
            matches!(
                script_of(&t.body.texts().collect::<String>()).as_str(),
                "Thai" | "Laoo" | "Khmr" | "Mymr"
            )
        })
        .map(|(l, _)| l.clone())
        .collect();
    let found: BTreeSet<String> = no_spaces
        .iter()
        .map(|l| l.id().language.to_string())
        .collect();
    for want in ["th", "lo", "km", "my"] {
        assert!(found.contains(want), "{want} missing from {found:?}");
    }
    for lang in &no_spaces {
        for text in [TextStep::Normal, TextStep::Large, TextStep::Largest] {
            for (width, height) in [(800u32, 480u32), (1920, 1080), (1080, 1920)] {
                let look = Look {
                    text,
                    ..Look::default()
                };
                let kiosk = kiosk_showing(lang, udhr(), look);
                let window = Rectangle::new(
                    iced::Point::ORIGIN,
                    iced::Size::new(width as f32, height as f32),
                );
                let drawn = welcome_kiosk::render::shaped(&kiosk, width, height)
                    .unwrap_or_else(|e| panic!("{lang}: {e}"));
                let mut lines = 0;
                for d in drawn.iter().filter(|d| d.text.chars().count() > 80) {
                    lines += 1;
                    assert!(
                        inside_x(d.ink, window) && inside_x(d.ink, d.clip),
                        "{lang} {text:?} {width}x{height}: a line of {:?}… is {:?}, outside {:?}",
                        d.text.chars().take(20).collect::<String>(),
                        d.ink,
                        d.clip
                    );
                    // It really wrapped: a long paragraph takes several lines.
                    assert!(d.bounds.height > d.ink.height / 2.0);
                }
                assert!(lines > 0, "{lang}: no paragraph drawn");
            }
        }
    }
}

#[test]
fn the_picker_with_every_language_fits_800x480_and_1920x1080() {
    use iced_test::{Simulator, selector};
    let admitted = admitted();
    let langs = admitted.content.meta.languages.clone();
    let kiosk = kiosk_showing(&common::lang("en"), Route::Language, Look::default());
    for (width, height) in [(800.0, 480.0), (1920.0, 1080.0)] {
        let mut ui = Simulator::with_size(common::settings(), (width, height), kiosk.view());
        for lang in &langs {
            let b = ui
                .find(selector::id(format!("language-{lang}")))
                .unwrap_or_else(|e| panic!("{lang}: {e}"))
                .bounds();
            assert!(b.width >= 48.0 && b.height >= 48.0, "{lang}: {b:?}");
            assert!(
                b.x >= 0.0 && b.x + b.width <= width,
                "{lang}: {b:?} on {width}"
            );
        }
        ui.find(selector::id("language-find-field"))
            .unwrap_or_else(|e| panic!("no search field: {e}"));
    }
    let frame = welcome_kiosk::render::render(&kiosk, 1920, 1080).unwrap_or_else(|e| panic!("{e}"));
    assert!(frame.distinct_colours() > 20);
}

#[test]
fn validate_names_each_language_it_cannot_draw_once() {
    let d: Vec<String> =
        welcome_kiosk::validate::validate_dir(Path::new(BUNDLE), &common::options())
            .iter()
            .map(ToString::to_string)
            .collect();
    let boxes: Vec<&String> = d
        .iter()
        .filter(|l| l.contains("would appear as boxes"))
        .collect();
    // Korean, Japanese, Chakma, Grantha, Tai Tham, Tai Viet … : a handful of lines, one per
    // language and script, each at its first place with a line and column.
    assert!(!boxes.is_empty() && boxes.len() < 20, "{boxes:#?}");
    assert!(
        boxes
            .iter()
            .any(|l| l.starts_with("guides/udhr.ko.md:") && l.contains("\"ko\", Hangul script")),
        "{boxes:#?}"
    );
    let covered = embedded_languages();
    for lang in covered {
        assert!(
            !boxes.iter().any(|l| l.contains(&format!("\"{lang}\","))),
            "{lang} is drawn but reported: {boxes:#?}"
        );
    }
}
