//! Every screen renders in every foundation language, and no character can show as a box.

mod common;

use welcome_kiosk::content::Kind;
use welcome_kiosk::fonts::Coverage;
use welcome_kiosk::kiosk::Route;
use welcome_kiosk::render::{render, visible_texts};

/// Every built-in interface language (50).
fn languages() -> Vec<String> {
    let (catalog, _) = welcome_kiosk::i18n::Catalog::builtin();
    catalog.languages().map(|e| e.tag.to_string()).collect()
}

/// Every screen of the kiosk: attract, every route with every item, and the overlays.
fn every_screen(tag: &str) -> Vec<(String, welcome_kiosk::kiosk::Kiosk)> {
    let content = common::embedded();
    let mut routes = vec![Route::Language, Route::Home, Route::Emergency];
    for kind in Kind::ALL {
        routes.push(Route::List(kind));
    }
    for item in &content.items {
        routes.push(Route::Detail(item.id.clone()));
    }
    let mut out = Vec::new();
    for route in routes {
        let mut kiosk = common::kiosk(Some(tag));
        kiosk.show(route.clone());
        out.push((format!("{route:?}"), kiosk));
    }
    for overlay in ["pin", "panel", "idle"] {
        let mut kiosk = common::kiosk(Some(tag));
        kiosk.show(Route::Home);
        assert!(kiosk.preview(overlay));
        out.push((overlay.to_owned(), kiosk));
    }
    let mut config = common::config(Some(tag));
    config.settings.kiosk = true;
    let mut kiosk = welcome_kiosk::kiosk::Kiosk::new(config);
    kiosk.show(Route::Attract);
    for _ in 0..kiosk.attract_line_count() {
        out.push(("attract".to_owned(), kiosk.clone()));
        let _ = kiosk.update(welcome_kiosk::kiosk::Message::AttractTick);
    }
    out
}

#[test]
fn every_screen_in_every_language_renders_and_every_glyph_drawn_is_real() {
    // Checked on the shaped text, as the text engine drew it: every glyph is a real glyph
    // (not the empty box of a font that lacks the letter), from one of the kiosk's own
    // fonts, and italic only where the italic face has the letter. Bold, italic,
    // bold-italic, headings and every script of the built-in content are all on these
    // screens.
    let own: Vec<&str> = welcome_kiosk::fonts::ALL.iter().map(|f| f.family).collect();
    let mut wrong = Vec::new();
    let languages = languages();
    assert_eq!(languages.len(), 50);
    let mut glyphs = 0usize;
    let mut italic = 0usize;
    for tag in &languages {
        for (name, kiosk) in every_screen(tag) {
            if name == "Home" {
                let frame = render(&kiosk, 1280, 800).unwrap_or_else(|e| panic!("{tag}: {e}"));
                assert!(frame.distinct_colours() > 20, "{tag} {name} looks blank");
            }
            let drawn = welcome_kiosk::render::shaped(&kiosk, 1280, 800)
                .unwrap_or_else(|e| panic!("{tag} {name}: {e}"));
            for d in &drawn {
                for g in &d.glyphs {
                    glyphs += 1;
                    italic += usize::from(g.italic);
                    let ok = !g.missing
                        && own.contains(&g.face.as_str())
                        && (!g.italic || g.text.chars().all(welcome_kiosk::fonts::has_italic));
                    if !ok {
                        wrong.push(format!(
                            "{tag} {name}: {:?} drawn with {} (italic {}, missing {}) in {:?}",
                            g.text, g.face, g.italic, g.missing, d.text
                        ));
                    }
                }
            }
        }
    }
    assert!(glyphs > 100_000, "only {glyphs} glyphs checked");
    assert!(italic > 100, "no italics checked");
    wrong.dedup();
    assert!(
        wrong.is_empty(),
        "{} wrong glyphs:\n{}",
        wrong.len(),
        wrong
            .iter()
            .take(40)
            .cloned()
            .collect::<Vec<_>>()
            .join("\n")
    );
}

#[test]
fn the_glyph_check_sees_a_box() {
    // A letter no kiosk font has (Mongolian) is reported as missing by the shaped check.
    let mut content = common::embedded();
    content.meta.name = "ᠮᠣᠩᠭᠣᠯ".to_owned();
    let mut config = common::config(Some("en"));
    config.library = std::sync::Arc::new(common::library_of(content));
    let kiosk = welcome_kiosk::kiosk::Kiosk::new(config);
    let drawn = welcome_kiosk::render::shaped(&kiosk, 1280, 800).unwrap();
    assert!(
        drawn
            .iter()
            .any(|d| d.text.contains("ᠮᠣᠩ") && d.glyphs.iter().any(|g| g.missing)),
        "a Mongolian name drew no missing glyph"
    );
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
        let frame = render(&kiosk, 1280, 800).unwrap();
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
    // Migrants Day without its Dutch text: a Dutch visitor sees English and is told so, both
    // languages named in Dutch.
    let migrants_day =
        welcome_kiosk::content::ItemId::new(Kind::Events, "international-migrants-day");
    let mut content = common::embedded();
    for item in &mut content.items {
        if item.id == migrants_day {
            item.texts.remove(&common::lang("nl"));
        }
    }
    let mut config = common::config(Some("nl"));
    config.library = std::sync::Arc::new(common::library_of(content));
    let mut kiosk = welcome_kiosk::kiosk::Kiosk::new(config);
    kiosk.show(Route::Detail(migrants_day));
    let texts = visible_texts(&kiosk, 1280, 800).unwrap_or_else(|e| panic!("{e}"));
    assert!(
        texts.iter().any(|t| t == "Nog niet beschikbaar in \u{200E}Nederlands\u{200E} — getoond in \u{200E}Engels\u{200E}."),
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
    let texts = visible_texts(&kiosk, 1280, 800).unwrap_or_else(|e| panic!("{e}"));
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
        let frame = render(&kiosk, 1280, 800).unwrap();
        let mut ui =
            iced_test::Simulator::with_size(settings.clone(), (1280.0, 800.0), kiosk.view());
        for kind in Kind::ALL {
            let b = ui
                .find(iced_test::selector::id(format!("tile-{kind}")))
                .unwrap()
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
