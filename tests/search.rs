//! Search with the on-screen keyboard, job filters and "take it home" QR codes, as a
//! visitor uses them: iced_test flows by widget id, and the codes decoded from headless
//! renders as a phone would read them.

mod common;

use welcome_kiosk::content::{Facts, ItemId, Kind};
use welcome_kiosk::kiosk::screen::search::keyboard::Message as Key;
use welcome_kiosk::kiosk::{Kiosk, Message, Route, Screen};

fn tap(kiosk: &mut Kiosk, id: &str) {
    assert!(
        common::tap(kiosk, id),
        "#{id} sent nothing on {:?}",
        kiosk.route()
    );
}

fn typed(kiosk: &Kiosk) -> String {
    match &common::visit(kiosk).screen {
        Screen::Search(state) => state.query.clone(),
        other => panic!("not searching: {other:?}"),
    }
}

fn results(kiosk: &Kiosk) -> Vec<String> {
    match &common::visit(kiosk).screen {
        Screen::Search(state) => state.hits.iter().map(|(id, _)| id.to_string()).collect(),
        other => panic!("not searching: {other:?}"),
    }
}

fn legal_aid() -> ItemId {
    ItemId::new(Kind::Services, "legal-aid")
}

/// Search, type `keys` on the on-screen keyboard, put it away, open the legal-aid desk.
fn find_legal_aid(lang: &str, keys: &[&str]) -> Kiosk {
    let mut kiosk = common::kiosk(Some(lang));
    tap(&mut kiosk, "nav-search");
    assert_eq!(kiosk.route(), Route::Search(String::new()));
    for key in keys {
        tap(&mut kiosk, key);
    }
    let found = results(&kiosk);
    assert!(
        found.contains(&legal_aid().to_string()),
        "{lang}: typed {:?}, found {found:?}",
        typed(&kiosk)
    );
    tap(&mut kiosk, "key-hide");
    tap(&mut kiosk, "result-services-legal-aid");
    assert_eq!(kiosk.route(), Route::Detail(legal_aid()));
    kiosk
}

#[test]
fn lawer_on_the_latin_keyboard_finds_the_legal_aid_desk() {
    let kiosk = find_legal_aid("en", &["key-l", "key-a", "key-w", "key-e", "key-r"]);
    // Back finds the results again, with what was typed.
    let mut kiosk = kiosk;
    tap(&mut kiosk, "nav-back");
    assert_eq!(kiosk.route(), Route::Search("lawer".to_owned()));
    assert!(results(&kiosk).contains(&legal_aid().to_string()));
}

#[test]
fn arabic_keyboard_with_alef_maqsura_finds_the_desk_in_arabic() {
    // محامى, typed with ى (alef maqsura) where the text has ي.
    let kiosk = find_legal_aid("ar", &["key-م", "key-ح", "key-ا", "key-م", "key-ى"]);
    assert_eq!(typed_after_back(kiosk), "محامى");
}

fn typed_after_back(mut kiosk: Kiosk) -> String {
    assert_eq!(kiosk.content_language(), &common::lang("ar"));
    tap(&mut kiosk, "nav-back");
    typed(&kiosk)
}

#[test]
fn amharic_consonant_then_vowel_finds_the_desk() {
    // ጠበቃ: ጥ then its first-order vowel, ብ then first order, ቅ then fourth (ቃ).
    let mut kiosk = common::kiosk(Some("am"));
    tap(&mut kiosk, "nav-search");
    for key in ["key-ጥ", "vowel-0", "key-ብ", "vowel-0", "key-ቅ", "vowel-3"] {
        tap(&mut kiosk, key);
    }
    assert_eq!(typed(&kiosk), "ጠበቃ");
    assert!(results(&kiosk).contains(&legal_aid().to_string()));
}

#[test]
fn pinyin_on_a_latin_keyboard_finds_chinese() {
    let kiosk = find_legal_aid("zh-Hans", &["key-l", "key-u", "key-s", "key-h", "key-i"]);
    assert_eq!(kiosk.content_language(), &common::lang("zh-Hans"));
}

#[test]
fn a_word_found_in_english_opens_the_visitors_language() {
    // An Arabic reader switches to the Latin keyboard and types "lawyer": the match is in
    // the English text, the page opens in Arabic.
    let mut kiosk = common::kiosk(Some("ar"));
    tap(&mut kiosk, "nav-search");
    assert!(common::tap(&mut kiosk, "key-next"));
    for key in ["key-l", "key-a", "key-w", "key-y", "key-e", "key-r"] {
        tap(&mut kiosk, key);
    }
    let hit = match &common::visit(&kiosk).screen {
        Screen::Search(state) => state
            .hits
            .iter()
            .find(|(id, _)| *id == legal_aid())
            .cloned(),
        _ => None,
    };
    assert_eq!(hit.map(|(_, lang)| lang), Some(common::lang("en")));
    tap(&mut kiosk, "key-hide");
    tap(&mut kiosk, "result-services-legal-aid");
    assert_eq!(kiosk.route(), Route::Detail(legal_aid()));
    assert_eq!(kiosk.content_language(), &common::lang("ar"));
}

#[test]
fn delete_clear_and_a_physical_keyboard() {
    let mut kiosk = common::kiosk(Some("en"));
    tap(&mut kiosk, "nav-search");
    for key in ["key-x", "key-y"] {
        tap(&mut kiosk, key);
    }
    tap(&mut kiosk, "key-backspace");
    assert_eq!(typed(&kiosk), "x");
    let _ = kiosk.update(Message::Typed(Key::Text("é".into())));
    let _ = kiosk.update(Message::Typed(Key::Space));
    assert_eq!(typed(&kiosk), "xé ");
    tap(&mut kiosk, "search-clear");
    assert_eq!(typed(&kiosk), "");
    // Keys typed elsewhere do nothing.
    let _ = kiosk.update(Message::Open(Route::Home));
    let _ = kiosk.update(Message::Typed(Key::Text("q".into())));
    assert_eq!(kiosk.route(), Route::Home);
}

#[test]
fn nothing_found_offers_the_topics_and_the_emergency_numbers() {
    let mut kiosk = common::kiosk(Some("en"));
    tap(&mut kiosk, "nav-search");
    for key in ["key-q", "key-q", "key-z", "key-x"] {
        tap(&mut kiosk, key);
    }
    assert!(results(&kiosk).is_empty());
    tap(&mut kiosk, "key-hide");
    let texts =
        welcome_kiosk::render::visible_texts(&kiosk, 1280, 800).unwrap_or_else(|e| panic!("{e}"));
    assert!(texts.iter().any(|t| t.contains("112")), "{texts:?}");
    tap(&mut kiosk, "search-category-jobs");
    assert_eq!(kiosk.route(), Route::List(Kind::Jobs));
}

#[test]
fn every_layout_of_the_built_in_languages_is_on_screen() {
    for tag in [
        "en", "fr", "de", "tr", "uk", "el", "ar", "fa", "ps", "ur", "ckb", "am", "ti", "bn", "ne",
        "zh-Hans",
    ] {
        let mut kiosk = common::kiosk(Some(tag));
        tap(&mut kiosk, "nav-search");
        let layout = welcome_kiosk::keyboard::for_language(&common::lang(tag));
        let targets =
            welcome_kiosk::render::targets(&kiosk, 1280, 800).unwrap_or_else(|e| panic!("{e}"));
        for row in layout.keys() {
            for key in row {
                let id = format!("key-{key}");
                let Some(target) = targets.iter().find(|t| t.id == id) else {
                    panic!("{tag}: no {id}");
                };
                let b = target.bounds;
                assert!(
                    b.width >= 48.0 && b.height >= 48.0,
                    "{tag}: {id} is {}×{}",
                    b.width,
                    b.height
                );
                assert!(
                    b.x >= 0.0 && b.x + b.width <= 1280.0 && b.y + b.height <= 800.0,
                    "{tag}: {id} outside the window: {b:?}"
                );
            }
        }
    }
}

#[test]
fn filter_jobs_by_a_language_shows_only_jobs_the_visitor_can_do() {
    let mut kiosk = common::kiosk(Some("en"));
    let _ = kiosk.update(Message::Open(Route::List(Kind::Jobs)));
    let content = common::embedded();
    let shown = |kiosk: &Kiosk| -> Vec<String> {
        let targets =
            welcome_kiosk::render::targets(kiosk, 1280, 8000).unwrap_or_else(|e| panic!("{e}"));
        targets
            .into_iter()
            .filter_map(|t| t.id.strip_prefix("card-jobs-").map(str::to_owned))
            .collect()
    };
    let before = shown(&kiosk);
    tap(&mut kiosk, "filter-lang-fr");
    let after = shown(&kiosk);
    assert!(
        !after.is_empty() && after.len() < before.len(),
        "{before:?} → {after:?}"
    );
    for slug in &after {
        let Some(item) = content.get(&ItemId::new(Kind::Jobs, slug.as_str())) else {
            panic!("{slug}");
        };
        let Facts::Job(job) = &item.facts else {
            panic!("{slug} is not a job");
        };
        assert!(
            job.languages_needed
                .iter()
                .all(|l| l.id().language.as_str() == "fr"),
            "{slug} needs {:?}",
            job.languages_needed
        );
    }
    // The filter stays while the visitor looks at a job and comes back…
    tap(&mut kiosk, &format!("card-jobs-{}", after[0]));
    tap(&mut kiosk, "nav-back");
    assert_eq!(shown(&kiosk), after);
    // …and "All jobs" shows them all again.
    tap(&mut kiosk, "filter-all");
    assert_eq!(shown(&kiosk), before);
    // The next visitor starts without the filters.
    tap(&mut kiosk, "filter-lang-fr");
    let _ = kiosk.reset();
    let _ = kiosk.update(Message::Open(Route::List(Kind::Jobs)));
    assert_eq!(shown(&kiosk), before);
}

mod take_home {
    use super::*;

    /// Every QR code on the screen, decoded from its pixels: each code's own box (with a
    /// margin), as a phone's camera would frame it.
    fn decoded(kiosk: &Kiosk, width: u32, height: u32) -> Vec<String> {
        let frame =
            welcome_kiosk::render::render(kiosk, width, height).unwrap_or_else(|e| panic!("{e}"));
        let targets =
            welcome_kiosk::render::targets(kiosk, width, height).unwrap_or_else(|e| panic!("{e}"));
        let luma = |x: usize, y: usize| {
            let i = (y * frame.width as usize + x) * 4;
            let px = &frame.rgba[i..i + 3];
            ((u32::from(px[0]) + u32::from(px[1]) + u32::from(px[2])) / 3) as u8
        };
        let mut out = Vec::new();
        for target in targets.iter().filter(|t| t.id.starts_with("qr-")) {
            let b = target.bounds;
            let x0 = (b.x - 20.0).max(0.0) as usize;
            let y0 = (b.y - 20.0).max(0.0) as usize;
            let x1 = ((b.x + b.width + 20.0) as usize).min(frame.width as usize);
            let y1 = ((b.y + b.height + 20.0) as usize).min(frame.height as usize);
            if x1 <= x0 || y1 <= y0 {
                continue;
            }
            let mut image =
                rqrr::PreparedImage::prepare_from_greyscale(x1 - x0, y1 - y0, |x, y| {
                    luma(x0 + x, y0 + y)
                });
            out.extend(
                image
                    .detect_grids()
                    .into_iter()
                    .filter_map(|grid| grid.decode().ok().map(|(_, text)| text)),
            );
        }
        out
    }

    #[test]
    fn a_service_is_a_vcard_with_its_facts() {
        let mut kiosk = common::kiosk(Some("en"));
        let _ = kiosk.update(Message::Open(Route::Detail(legal_aid())));
        let codes = decoded(&kiosk, 1080, 1920);
        let Some(card) = codes.iter().find(|c| c.starts_with("BEGIN:VCARD")) else {
            panic!("no vCard among {codes:?}");
        };
        let content = common::embedded();
        let item = content
            .get(&legal_aid())
            .unwrap_or_else(|| panic!("no item"));
        let Facts::Service(service) = &item.facts else {
            panic!("not a service");
        };
        let title = &item.texts[&common::lang("en")].title;
        assert!(card.contains(&format!("FN:{title}\r\n")), "{card}");
        for phone in &service.phones {
            assert!(
                card.contains(&format!("TEL;TYPE=VOICE:{}\r\n", phone.dial())),
                "{card}"
            );
        }
        let address = service
            .address
            .clone()
            .unwrap_or_default()
            .replace(',', "\\,");
        assert!(
            card.contains(&format!("ADR;TYPE=WORK:;;{address};;;;")),
            "{card}"
        );
        assert!(card.contains("EMAIL:legal-aid@example.org"), "{card}");
        // Opening hours as a note, in the visitor's language.
        assert!(card.contains("NOTE:Opening hours\\n"), "{card}");
    }

    #[test]
    fn a_tapped_phone_number_is_a_tel_code() {
        let mut kiosk = common::kiosk(Some("ar"));
        let _ = kiosk.update(Message::Open(Route::Detail(legal_aid())));
        let content = common::embedded();
        let Some(Facts::Service(service)) = content.get(&legal_aid()).map(|i| i.facts.clone())
        else {
            panic!("not a service");
        };
        let dial = service.phones[0].dial().to_owned();
        tap(&mut kiosk, &format!("phone-{dial}"));
        let codes = decoded(&kiosk, 1280, 800);
        assert!(codes.contains(&format!("tel:{dial}")), "{codes:?}");
        tap(&mut kiosk, "qr-close");
        assert!(
            !decoded(&kiosk, 1280, 800)
                .iter()
                .any(|c| c.starts_with("tel:"))
        );
    }

    #[test]
    fn the_emergency_numbers_are_tel_codes_too() {
        let mut kiosk = common::kiosk(Some("en"));
        let _ = kiosk.update(Message::Open(Route::Emergency));
        tap(&mut kiosk, "emergency-phone-112");
        // The number's code, not the contact's page.
        assert_eq!(kiosk.route(), Route::Emergency);
        // On the smallest panel, too, Close is inside the window.
        for (w, h) in [(800, 480), (1080, 1920), (1920, 1080)] {
            let targets =
                welcome_kiosk::render::targets(&kiosk, w, h).unwrap_or_else(|e| panic!("{e}"));
            let Some(close) = targets.iter().find(|t| t.id == "qr-close") else {
                panic!("no Close at {w}×{h}");
            };
            let b = close.bounds;
            assert!(
                b.y >= 0.0 && b.y + b.height <= h as f32 && b.x + b.width <= w as f32,
                "Close outside the {w}×{h} window: {b:?}"
            );
        }
        let codes = decoded(&kiosk, 1280, 800);
        assert!(codes.contains(&"tel:112".to_owned()), "{codes:?}");
        tap(&mut kiosk, "qr-close");
        assert_eq!(kiosk.route(), Route::Emergency);
    }

    #[test]
    fn a_place_with_coordinates_is_a_map_code_too() {
        let mut content = common::embedded();
        let Some(item) = content.items.iter_mut().find(|i| i.id == legal_aid()) else {
            panic!("no legal aid");
        };
        item.common.coordinates = Some((50.8466, 4.3528));
        let mut config = common::config(Some("en"));
        config.library = std::sync::Arc::new(common::library_of(content));
        let mut kiosk = Kiosk::new(config);
        let _ = kiosk.update(Message::Open(Route::Detail(legal_aid())));
        let codes = decoded(&kiosk, 1080, 1920);
        assert!(
            codes.contains(&"geo:50.8466,4.3528".to_owned()),
            "{codes:?}"
        );
        assert!(
            codes.iter().any(|c| c.contains("GEO:50.8466;4.3528\r\n")),
            "{codes:?}"
        );
    }

    #[test]
    fn coordinates_are_checked_when_a_bundle_loads() {
        let load = |extra: &str| {
            let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
            common::copy_embedded_bundle(dir.path());
            let file = dir.path().join("services/legal-aid.toml");
            let before = std::fs::read_to_string(&file).unwrap_or_default();
            std::fs::write(&file, format!("{before}{extra}")).unwrap_or_else(|e| panic!("{e}"));
            let source = welcome_kiosk::content::Directory::new(dir.path());
            welcome_kiosk::content::load(&source, &common::options())
        };
        for (extra, why) in [
            (
                "latitude = 50.8466\n",
                "give both `latitude` and `longitude`",
            ),
            ("latitude = 95.0\nlongitude = 4.35\n", "between -90 and 90"),
            ("latitude = 50.8\nlongitude = \"east\"\n", "longitude"),
        ] {
            let loaded = load(extra);
            assert!(loaded.content.is_none(), "{extra} was accepted");
            let messages: Vec<String> = loaded
                .diagnostics
                .iter()
                .map(|d| d.message.clone())
                .collect();
            assert!(
                messages.iter().any(|m| m.contains(why)),
                "{extra}: {messages:?}"
            );
        }
        let loaded = load("latitude = 50.8466\nlongitude = 4.3528\n");
        let coordinates = loaded
            .content
            .and_then(|c| c.get(&legal_aid()).and_then(|i| i.common.coordinates));
        assert_eq!(coordinates, Some((50.8466, 4.3528)));
    }

    #[test]
    fn an_event_is_a_calendar_entry_at_its_next_time() {
        let content = common::embedded();
        let now = common::content_date().at(10, 30, 0, 0);
        let Some((item, event)) = content.items_of(Kind::Events).find_map(|i| match &i.facts {
            Facts::Event(e) if e.next_occurrence(now).is_some() => Some((i, e.clone())),
            _ => None,
        }) else {
            panic!("no coming event");
        };
        let mut kiosk = common::kiosk(Some("en"));
        let _ = kiosk.update(Message::Open(Route::Detail(item.id.clone())));
        let codes = decoded(&kiosk, 1080, 1920);
        let Some(entry) = codes.iter().find(|c| c.contains("BEGIN:VEVENT")) else {
            panic!("no VEVENT among {codes:?}");
        };
        let next = event.next_occurrence(now).map_or(now, |o| o.start);
        let start = next.strftime("%Y%m%dT%H%M%S").to_string();
        assert!(
            entry.contains(&format!("DTSTART;TZID=Europe/Brussels:{start}")),
            "{entry}"
        );
        let title = &item.texts[&common::lang("en")].title;
        assert!(
            entry.contains(&format!("SUMMARY:{}", title.replace(',', "\\,"))),
            "{entry}"
        );
    }

    #[test]
    fn a_job_is_a_short_text_in_the_visitors_language() {
        let content = common::embedded();
        let Some(job) = content.items_of(Kind::Jobs).next() else {
            panic!("no job");
        };
        let Facts::Job(facts) = &job.facts else {
            panic!("not a job");
        };
        let mut kiosk = common::kiosk(Some("fr"));
        let _ = kiosk.update(Message::Open(Route::Detail(job.id.clone())));
        let codes = decoded(&kiosk, 1080, 1920);
        let title = &job.texts[&common::lang("fr")].title;
        let Some(text) = codes.iter().find(|c| c.starts_with(title.as_str())) else {
            panic!("no job text among {codes:?}");
        };
        assert!(text.contains(&facts.employer), "{text}");
    }
}
