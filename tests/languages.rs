//! The launch set of 27 interface languages: identity, names, picker, separate content
//! language, and languages added by a bundle without a rebuild.

mod common;

use std::sync::Arc;

use iced_test::{Simulator, selector};
use icu_experimental::displaynames::DisplayNamesOptions;
use icu_experimental::displaynames::multi::{LanguageDisplayNames, LocaleDisplayNamesFormatter};
use icu_locale_core::Locale;
use welcome_kiosk::content::{self, Directory, ItemId, Kind};
use welcome_kiosk::i18n::{Catalog, Direction, Origin, locale, msg};
use welcome_kiosk::kiosk::screen::language;
use welcome_kiosk::kiosk::{Clock, Kiosk, LanguageMode, Message, Route};
use welcome_kiosk::lang::Lang;
use welcome_kiosk::render::visible_texts;

const HOST: [&str; 9] = ["en", "fr", "nl", "de", "es", "pt", "it", "el", "sv"];
const MIGRANT: [&str; 18] = [
    "ar", "fa", "prs", "ps", "ur", "ckb", "tr", "uk", "ru", "ti", "am", "so", "sw", "bn", "ne",
    "ms", "zh-Hans", "tl",
];
const RTL: [&str; 6] = ["ar", "fa", "prs", "ps", "ur", "ckb"];

fn all() -> impl Iterator<Item = &'static str> {
    HOST.into_iter().chain(MIGRANT)
}

#[test]
fn all_27_languages_are_built_in_with_the_right_direction() {
    let (catalog, problems) = Catalog::builtin();
    assert!(problems.is_empty(), "{problems:#?}");
    for tag in all() {
        let entry = catalog
            .find(&common::lang(tag))
            .unwrap_or_else(|| panic!("no built-in locale {tag}"));
        assert_eq!(entry.origin, Origin::BuiltIn);
        let want = if RTL.contains(&tag) {
            Direction::Rtl
        } else {
            Direction::Ltr
        };
        assert_eq!(entry.direction, want, "{tag}");
    }
    assert_eq!(catalog.languages().count(), 27);
    // The built-in bundle offers every one of them.
    let content = common::embedded();
    for tag in all() {
        assert!(
            content.meta.languages.contains(&common::lang(tag)),
            "{tag} not offered"
        );
    }
}

#[test]
fn dari_is_canonical_persian_of_afghanistan_with_persian_fallback() {
    let (catalog, _) = Catalog::builtin();
    let prs = catalog
        .find(&common::lang("prs"))
        .unwrap_or_else(|| panic!("prs"));
    assert_eq!(prs.canonical, common::lang("fa-AF"));
    assert_eq!(
        locale::fallback_chain(&common::lang("prs")),
        vec![
            common::lang("prs"),
            common::lang("fa-AF"),
            common::lang("fa")
        ]
    );
}

/// CLDR's name of each language in itself, compared with the `-language-name` terms.
#[test]
fn endonyms_agree_with_icu_display_names() {
    // Deliberate differences, each with its reason.
    let exceptions = [
        // CLDR treats "tl" as an alias of Filipino ("fil"); Tagalog speakers call it Tagalog.
        ("tl", "Filipino"),
        // CLDR's menu name is the bare "Melayu"; signage uses the full "Bahasa Melayu".
        ("ms", "Melayu"),
    ];
    let (catalog, _) = Catalog::builtin();
    let mut mismatches = Vec::new();
    for tag in all() {
        let entry = catalog
            .find(&common::lang(tag))
            .unwrap_or_else(|| panic!("{tag}"));
        let locale = Locale::from(entry.canonical.id().clone());
        // The full locale formatter where CLDR has its data, else the language name alone.
        let icu = match LocaleDisplayNamesFormatter::try_new(
            (&locale).into(),
            DisplayNamesOptions::default(),
        ) {
            Ok(names) => names.of(&locale).to_string(),
            Err(_) => match LanguageDisplayNames::try_new(
                (&locale).into(),
                DisplayNamesOptions::default(),
            ) {
                Ok(names) => names.of(locale.id.language).unwrap_or_default().to_owned(),
                Err(_) => String::new(),
            },
        };
        let ours = entry.name.to_lowercase();
        let agrees = icu.to_lowercase() == ours
            // ICU adds the script or region in brackets for zh-Hans and fa-AF.
            || icu.to_lowercase().starts_with(&ours)
            || exceptions.iter().any(|(t, n)| *t == tag && icu.contains(n));
        if !agrees {
            mismatches.push(format!("{tag}: ours {:?}, ICU {icu:?}", entry.name));
        }
    }
    assert!(mismatches.is_empty(), "{}", mismatches.join("\n"));
}

use common::settings;

fn picker_fits(kiosk: &Kiosk, width: f32, height: f32) {
    let langs = kiosk_languages(kiosk);
    let mut ui = Simulator::with_size(settings(), (width, height), kiosk.view());
    for lang in langs {
        let id = format!("language-{lang}");
        let target = ui
            .find(selector::id(id.clone()))
            .unwrap_or_else(|e| panic!("{id}: {e}"));
        let b = target.bounds();
        assert!(
            b.height >= 48.0 && b.width >= 48.0,
            "{id} is {b:?}: too small to tap"
        );
        assert!(
            b.y + b.height <= height && b.x >= 0.0 && b.x + b.width <= width,
            "{id} at {b:?} is outside the {width}x{height} screen"
        );
    }
}

fn kiosk_languages(_: &Kiosk) -> Vec<Lang> {
    common::embedded().meta.languages.clone()
}

#[test]
fn picker_shows_every_language_without_scrolling_at_1280x800_and_1920x1080() {
    for tag in ["en", "ar"] {
        let mut kiosk = common::kiosk(Some(tag));
        kiosk.show(Route::Language);
        picker_fits(&kiosk, 1280.0, 800.0);
        picker_fits(&kiosk, 1920.0, 1080.0);
    }
}

#[test]
fn picker_still_fits_with_30_languages() {
    let mut content = common::embedded();
    for extra in ["kmr", "hy", "ka"] {
        content.meta.languages.push(common::lang(extra));
    }
    let langs = content.meta.languages.clone();
    let mut config = common::config(None);
    config.library = Arc::new(common::library_of(content));
    config.clock = Clock::Fixed(common::content_date().at(10, 0, 0, 0));
    let mut kiosk = Kiosk::new(config);
    kiosk.show(Route::Language);
    let mut ui = Simulator::with_size(settings(), (1280.0, 800.0), kiosk.view());
    for lang in langs {
        let b = ui
            .find(selector::id(format!("language-{lang}")))
            .unwrap_or_else(|e| panic!("{lang}: {e}"))
            .bounds();
        assert!(b.y + b.height <= 800.0 && b.height >= 48.0, "{lang}: {b:?}");
    }
}

#[test]
fn a_volunteer_can_change_only_the_texts() {
    let mut kiosk = common::kiosk(Some("ar"));
    let guide = ItemId::new(Kind::Guides, "join-a-union");
    let _ = kiosk.update(Message::Open(Route::Detail(guide.clone())));
    let _ = kiosk.update(Message::Open(Route::Language));
    let _ = common::send(
        &mut kiosk,
        language::Message::SetMode(LanguageMode::TextsOnly),
    );
    let _ = common::send(&mut kiosk, language::Message::Choose(common::lang("fr")));
    assert_eq!(kiosk.route(), Route::Detail(guide));
    assert_eq!(kiosk.ui_language(), &common::lang("ar"));
    assert_eq!(kiosk.content_language(), &common::lang("fr"));
    let texts = visible_texts(&kiosk, 1280, 800).unwrap_or_else(|e| panic!("{e}"));
    assert!(
        texts.iter().any(|t| t.contains("الرئيسية")),
        "Arabic buttons: {texts:#?}"
    );
    assert!(
        texts.iter().any(|t| t.contains("syndicat")),
        "French text: {texts:#?}"
    );
    // The picker tells the volunteer the two differ.
    let _ = kiosk.update(Message::Open(Route::Language));
    let texts = visible_texts(&kiosk, 1280, 800).unwrap_or_else(|e| panic!("{e}"));
    assert!(
        texts
            .iter()
            .any(|t| t.contains("Français") && t.contains("العربية")),
        "{texts:#?}"
    );
    // A normal choice moves both again.
    let _ = common::send(&mut kiosk, language::Message::Choose(common::lang("uk")));
    assert_eq!(kiosk.ui_language(), &common::lang("uk"));
    assert_eq!(kiosk.content_language(), &common::lang("uk"));
}

/// A bundle directory: the built-in content plus a Kurmanji translation and extra settings.
fn bundle_with_kurmanji(ftl: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let src = std::path::Path::new("assets/bundle");
    for file in content::Source::files(&content::Embedded).unwrap_or_default() {
        let to = dir.path().join(&file);
        if let Some(parent) = to.parent() {
            std::fs::create_dir_all(parent).unwrap_or_else(|e| panic!("{e}"));
        }
        std::fs::copy(src.join(&file), &to).unwrap_or_else(|e| panic!("{file}: {e}"));
    }
    let meta = dir.path().join("bundle.toml");
    let text = std::fs::read_to_string(&meta).unwrap_or_default();
    let text = text.replace("\"zh-Hans\",\n]", "\"zh-Hans\", \"kmr\",\n]");
    std::fs::write(&meta, text).unwrap_or_else(|e| panic!("{e}"));
    std::fs::create_dir_all(dir.path().join("locales/kmr")).unwrap_or_else(|e| panic!("{e}"));
    std::fs::write(dir.path().join("locales/kmr/kiosk.ftl"), ftl).unwrap_or_else(|e| panic!("{e}"));
    dir
}

#[test]
fn a_coordinator_adds_a_language_without_a_rebuild() {
    let dir = bundle_with_kurmanji("-language-name = Kurmancî\nnav-home = Mal\nnav-back = Paş\n");
    let loaded = content::load(&Directory::new(dir.path()), &common::options());
    let content = loaded
        .content
        .unwrap_or_else(|| panic!("{:#?}", loaded.diagnostics));
    assert!(welcome_kiosk::validate::check_translations(&content).is_empty());
    let (catalog, problems) = Catalog::build(&content.locales);
    assert!(problems.is_empty(), "{problems:#?}");
    let mut config = common::config(None);
    config.library = Arc::new(common::library_from(welcome_kiosk::admission::Admitted {
        content,
        catalog,
        diagnostics: welcome_kiosk::content::Diagnostics::new(),
    }));
    let mut kiosk = Kiosk::new(config);
    let texts = visible_texts(&kiosk, 1280, 800).unwrap_or_else(|e| panic!("{e}"));
    assert!(
        texts.iter().any(|t| t == "Kurmancî"),
        "not on the picker: {texts:#?}"
    );
    let _ = common::send(&mut kiosk, language::Message::Choose(common::lang("kmr")));
    let ui = kiosk.localizer();
    assert_eq!(msg::nav_home(ui), "Mal");
    assert_eq!(msg::nav_back(ui), "Paş");
    assert_eq!(
        msg::nav_language(ui),
        "Language",
        "untranslated messages fall back to English"
    );
    assert_eq!(ui.direction(), Direction::Ltr);
}

#[test]
fn a_bundle_language_can_set_its_direction() {
    let dir = bundle_with_kurmanji("-language-name = Kurmancî\n-text-direction = rtl\n");
    let loaded = content::load(&Directory::new(dir.path()), &common::options());
    let content = loaded
        .content
        .unwrap_or_else(|| panic!("{:#?}", loaded.diagnostics));
    let (catalog, _) = Catalog::build(&content.locales);
    assert_eq!(
        catalog.localizer(&common::lang("kmr")).direction(),
        Direction::Rtl
    );
}

#[test]
fn numbers_in_messages_use_the_languages_digits() {
    let (catalog, _) = Catalog::builtin();
    let fa = catalog.localizer(&common::lang("fa"));
    assert!(
        msg::list_count(&fa, 4).contains('۴'),
        "{}",
        msg::list_count(&fa, 4)
    );
    let en = catalog.localizer(&common::lang("en"));
    // Fluent isolates the number (U+2068 … U+2069); the digits are grouped the English way.
    assert_eq!(msg::list_count(&en, 1200), "\u{2068}1,200\u{2069} items");
}
