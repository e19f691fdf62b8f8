//! Every screen renders in every foundation language, and no character can show as a box.

mod common;

use welcome_kiosk::content::Kind;
use welcome_kiosk::fonts::Coverage;
use welcome_kiosk::kiosk::Route;
use welcome_kiosk::render::{render, visible_texts};

/// Every built-in interface language (27).
fn languages() -> Vec<String> {
    let (catalog, _) = welcome_kiosk::i18n::Catalog::builtin();
    catalog.languages().map(|e| e.tag.to_string()).collect()
}

fn routes() -> Vec<Route> {
    let content = common::embedded();
    let mut routes = vec![Route::Language, Route::Home, Route::Emergency];
    for kind in Kind::ALL {
        routes.push(Route::List(kind));
        if let Some(item) = content.items_of(kind).next() {
            routes.push(Route::Detail(item.id.clone()));
        }
    }
    routes
}

#[test]
fn every_screen_in_every_language_renders_and_every_character_has_a_glyph() {
    let coverage = Coverage::of_embedded_fonts();
    let mut missing = Vec::new();
    let languages = languages();
    assert_eq!(languages.len(), 27);
    for tag in &languages {
        let tag = tag.as_str();
        for route in routes() {
            let mut kiosk = common::kiosk(Some(tag));
            kiosk.show(route.clone());
            let frame =
                render(&kiosk, 1280, 800).unwrap_or_else(|e| panic!("{tag} {route:?}: {e}"));
            assert!(frame.distinct_colours() > 20, "{tag} {route:?} looks blank");
            for text in visible_texts(&kiosk, 1280, 800).unwrap_or_default() {
                let gaps = coverage.missing(&text);
                if !gaps.is_empty() {
                    missing.push(format!("{tag} {route:?}: {text:?} lacks {gaps:?}"));
                }
            }
        }
    }
    assert!(missing.is_empty(), "{}", missing.join("\n"));
}

#[test]
fn all_content_text_in_every_language_has_glyphs() {
    let coverage = Coverage::of_embedded_fonts();
    let content = common::embedded();
    let mut missing = Vec::new();
    for item in &content.items {
        for (lang, text) in &item.texts {
            let all = std::iter::once(text.title.as_str())
                .chain(std::iter::once(text.summary.as_str()))
                .chain(text.body.texts());
            for s in all {
                let gaps = coverage.missing(s);
                if !gaps.is_empty() {
                    missing.push(format!("{} ({lang}): {gaps:?}", item.id));
                }
            }
        }
    }
    assert!(missing.is_empty(), "{}", missing.join("\n"));
}

#[test]
fn right_to_left_screens_are_mirrored() {
    // The red Emergency button sits at the reading end of the bar: right in English,
    // left in Arabic.
    // Count strongly red pixels in a band of the bar at one edge.
    let red_in = |tag: &str, from: u32, to: u32| {
        let kiosk = common::kiosk(Some(tag));
        let frame = render(&kiosk, 1280, 800).unwrap_or_else(|e| panic!("{e}"));
        let mut red = 0;
        for y in 15..70 {
            for x in from..to {
                let i = ((y * frame.width + x) * 4) as usize;
                let p = &frame.rgba[i..i + 4];
                if p[0] > 150 && p[1] < 80 && p[2] < 80 {
                    red += 1;
                }
            }
        }
        red
    };
    let (en_left, en_right) = (red_in("en", 0, 160), red_in("en", 1120, 1280));
    let (ar_left, ar_right) = (red_in("ar", 0, 160), red_in("ar", 1120, 1280));
    assert!(
        en_right > 2000 && en_left == 0,
        "en: {en_left} left, {en_right} right"
    );
    assert!(
        ar_left > 2000 && ar_right == 0,
        "ar: {ar_left} left, {ar_right} right"
    );
}

#[test]
fn missing_translation_shows_the_default_language_with_a_notice() {
    // Migrants Day has no Dutch text: a Dutch visitor sees English and is told so.
    let mut kiosk = common::kiosk(Some("nl"));
    kiosk.show(Route::Detail(welcome_kiosk::content::ItemId::new(
        Kind::Events,
        "international-migrants-day",
    )));
    let texts = visible_texts(&kiosk, 1280, 800).unwrap_or_default();
    assert!(
        texts.iter().any(|t| t == "Nog niet beschikbaar in \u{200E}Nederlands\u{200E} — getoond in \u{200E}English\u{200E}."),
        "{texts:#?}"
    );
    assert!(
        texts.iter().any(|t| t == "International Migrants Day"),
        "{texts:#?}"
    );
    // A translated item shows no such notice.
    kiosk.show(Route::Detail(welcome_kiosk::content::ItemId::new(
        Kind::Contacts,
        "emergency-112",
    )));
    let texts = visible_texts(&kiosk, 1280, 800).unwrap_or_default();
    assert!(
        !texts.iter().any(|t| t.starts_with("Nog niet beschikbaar")),
        "{texts:#?}"
    );
}

#[test]
fn tile_labels_are_centred_in_every_direction() {
    // iced 0.14 draws one-line right-to-left text outside its box when the text itself is
    // centred: the white label pixels of each tile must sit around the tile's centre.
    let settings = common::settings();
    for tag in ["en", "ar", "ur", "ckb", "zh-Hans"] {
        let kiosk = common::kiosk(Some(tag));
        let frame = render(&kiosk, 1280, 800).unwrap_or_else(|e| panic!("{e}"));
        let mut ui =
            iced_test::Simulator::with_size(settings.clone(), (1280.0, 800.0), kiosk.view());
        for kind in Kind::ALL {
            let b = ui
                .find(iced_test::selector::id(format!("tile-{kind}")))
                .unwrap_or_else(|e| panic!("{e}"))
                .bounds();
            // The label occupies the lower part of the tile.
            let (top, bottom) = (
                (b.y + b.height * 0.6) as u32,
                (b.y + b.height * 0.95) as u32,
            );
            let (mut sum, mut n) = (0.0f64, 0u32);
            for y in top..bottom {
                for x in b.x as u32..(b.x + b.width) as u32 {
                    let i = ((y * frame.width + x) * 4) as usize;
                    if frame.rgba[i..i + 3].iter().all(|c| *c > 230) {
                        sum += f64::from(x);
                        n += 1;
                    }
                }
            }
            assert!(n > 100, "{tag} {kind}: no label drawn inside its tile");
            let centre = f64::from(b.x + b.width / 2.0);
            let off = (sum / f64::from(n) - centre).abs();
            assert!(
                off < f64::from(b.width) * 0.12,
                "{tag} {kind}: label {off:.0} px off centre"
            );
        }
    }
}
