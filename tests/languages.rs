//! The 50 built-in interface languages: identity, names, picker (for 5 or 500 languages),
//! separate content language, and languages added by a bundle without a rebuild.

mod common;

use std::sync::Arc;

use iced_test::{Simulator, selector};
use icu_experimental::displaynames::DisplayNamesOptions;
use icu_experimental::displaynames::multi::{LanguageDisplayNames, LocaleDisplayNamesFormatter};
use icu_locale_core::Locale;
use welcome_kiosk::content::{self, Directory, ItemId, Kind};
use welcome_kiosk::i18n::{Catalog, Direction, Origin, locale, msg};
use welcome_kiosk::kiosk::screen::language;
use welcome_kiosk::kiosk::{Kiosk, LanguageMode, Message, Route};
use welcome_kiosk::lang::Lang;
use welcome_kiosk::render::visible_texts;

const HOST: [&str; 9] = ["en", "fr", "nl", "de", "es", "pt", "it", "el", "sv"];
const MIGRANT: [&str; 41] = [
    "ar", "fa", "prs", "ps", "ur", "ckb", "tr", "uk", "ru", "ti", "am", "so", "sw", "bn", "ne",
    "ms", "zh-Hans", "tl", "ro", "pl", "sq", "ku", "vi", "ha", "yo", "ig", "om", "ln", "rw", "ht",
    "uz", "az", "bg", "sr", "he", "hy", "ka", "hi", "pa", "ta", "th",
];
const RTL: [&str; 7] = ["ar", "fa", "prs", "ps", "ur", "ckb", "he"];

fn all() -> impl Iterator<Item = &'static str> {
    HOST.into_iter().chain(MIGRANT)
}

#[test]
fn all_50_languages_are_built_in_with_the_right_direction() {
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
    assert_eq!(catalog.languages().count(), 50);
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
        // "Afaan Oromoo" ("the Oromo language") is how signs and forms name it; CLDR: "Oromoo".
        ("om", "Oromoo"),
        // "Oʻzbekcha" and "Azərbaycan dili" name the language as menus do; CLDR gives the
        // adjective ("oʻzbek", "azərbaycan").
        ("uz", "o‘zbek"),
        ("az", "azərbaycan"),
        // This CLDR build has no names in Lingala or Haitian Creole (ICU answers nothing).
        ("ln", ""),
        ("ht", ""),
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
            || exceptions.iter().any(|(t, n)| *t == tag && icu == *n);
        if !agrees {
            mismatches.push(format!("{tag}: ours {:?}, ICU {icu:?}", entry.name));
        }
    }
    assert!(mismatches.is_empty(), "{}", mismatches.join("\n"));
}

use common::settings;

/// Every language button of the picker is big enough to tap and inside the window's width;
/// the featured ones are in view without scrolling when `featured_in_view`.
fn picker_fits(kiosk: &Kiosk, width: f32, height: f32, featured_in_view: bool) {
    let content = common::embedded();
    let mut ui = Simulator::with_size(settings(), (width, height), kiosk.view());
    for lang in &content.meta.languages {
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
            b.x >= 0.0 && b.x + b.width <= width,
            "{id} at {b:?} is outside the {width}x{height} screen"
        );
        if featured_in_view && content.meta.featured.contains(lang) {
            assert!(
                b.y + b.height <= height,
                "featured {id} at {b:?} needs scrolling on {width}x{height}"
            );
        }
    }
}

#[test]
fn picker_buttons_fit_every_screen_and_featured_languages_need_no_scrolling() {
    for tag in ["en", "ar"] {
        let mut kiosk = common::kiosk(Some(tag));
        kiosk.show(Route::Language);
        picker_fits(&kiosk, 1280.0, 800.0, true);
        picker_fits(&kiosk, 1920.0, 1080.0, true);
        picker_fits(&kiosk, 1080.0, 1920.0, true);
        picker_fits(&kiosk, 800.0, 480.0, false);
    }
}

/// Every two-letter language CLDR names, plus the built-in ones: a picker of ~130 languages.
fn hundreds_of_languages() -> welcome_kiosk::content::Content {
    let mut content = common::embedded();
    for a in b'a'..=b'z' {
        for b in b'a'..=b'z' {
            let tag = format!("{}{}", a as char, b as char);
            let Some(lang) = Lang::parse(&tag) else {
                continue;
            };
            let distinct = !content
                .meta
                .languages
                .iter()
                .any(|l| locale::canonicalize(l) == locale::canonicalize(&lang));
            if distinct
                && locale::canonicalize(&lang) == lang
                && welcome_kiosk::i18n::names::autonym(&lang).is_some()
            {
                content.meta.languages.push(lang);
            }
        }
    }
    content
}

#[test]
fn a_picker_of_hundreds_of_languages_has_groups_and_finds_a_language_by_any_name() {
    let content = hundreds_of_languages();
    let total = content.meta.languages.len();
    assert!(total > 120, "only {total} languages");
    let mut config = common::config(Some("en"));
    config.library = Arc::new(common::library_of(content));
    let mut kiosk = Kiosk::new(config);
    kiosk.show(Route::Language);
    for (width, height) in [(800.0, 480.0), (1920.0, 1080.0)] {
        let texts =
            visible_texts(&kiosk, width as u32, height as u32).unwrap_or_else(|e| panic!("{e}"));
        for heading in ["Most used here", "More languages"] {
            assert!(texts.iter().any(|t| t == heading), "{heading}: {texts:#?}");
        }
        let mut ui = Simulator::with_size(settings(), (width, height), kiosk.view());
        let field = ui
            .find(selector::id("language-find-field"))
            .unwrap_or_else(|e| panic!("{e}"))
            .bounds();
        assert!(
            field.x + field.width <= width && field.height >= 48.0,
            "{field:?}"
        );
    }
    // Headings per writing system, with the script's name and a few of its letters.
    let texts = visible_texts(&kiosk, 1920, 20_000).unwrap_or_else(|e| panic!("{e}"));
    for heading in [
        "Cyrillic · Аа Бб",
        "Georgian · ა ბ გ",
        "Lao · ກ ຂ ຄ",
        "Armenian · Ա Բ Գ",
    ] {
        assert!(texts.iter().any(|t| t == heading), "{heading}: {texts:#?}");
    }
    // The field, then letters from the on-screen keyboard (and physical keys).
    let _ = common::send(&mut kiosk, language::Message::Field);
    let typed = |kiosk: &mut Kiosk, words: &str| {
        let _ = common::send(kiosk, language::Message::Clear);
        let _ = common::send(
            kiosk,
            language::Message::Key(
                welcome_kiosk::kiosk::screen::search::keyboard::Message::Text(words.to_owned()),
            ),
        );
        let mut ui = Simulator::with_size(settings(), (1920.0, 1080.0), kiosk.view());
        common::embedded()
            .meta
            .languages
            .iter()
            .chain(hundreds_of_languages().meta.languages.iter())
            .filter(|l| ui.find(selector::id(format!("language-{l}"))).is_ok())
            .map(ToString::to_string)
            .collect::<std::collections::BTreeSet<String>>()
    };
    // By its own name, by its English name (one typo forgiven), by the tag.
    assert!(typed(&mut kiosk, "ქართ").contains("ka"));
    assert!(typed(&mut kiosk, "Vietnamse").contains("vi"));
    assert!(typed(&mut kiosk, "tiêng viêt").contains("vi"));
    let by_tag = typed(&mut kiosk, "ti");
    assert!(by_tag.contains("ti") && by_tag.len() < 20, "{by_tag:?}");
    assert!(typed(&mut kiosk, "Amharic").contains("am"));
    // Nothing: a plain sentence, no buttons.
    assert!(typed(&mut kiosk, "zzzzq").is_empty());
    let texts = visible_texts(&kiosk, 1280, 800).unwrap_or_else(|e| panic!("{e}"));
    assert!(
        texts.iter().any(|t| t.starts_with("No language found")),
        "{texts:#?}"
    );
}

#[test]
fn the_attract_screen_greets_only_in_the_featured_languages() {
    let library = common::library_of(hundreds_of_languages());
    let featured = &library.content.meta.featured;
    assert!(!featured.is_empty());
    assert_eq!(library.attract_lines.len(), featured.len());
    // 4 s a line: a full cycle within a minute.
    assert!(library.attract_lines.len() <= 15);
    let mut plain = hundreds_of_languages();
    plain.meta.featured.clear();
    assert_eq!(common::library_of(plain).attract_lines.len(), 15);
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

/// A bundle directory: the built-in content plus a Ladino (Latin script) translation.
fn bundle_with_ladino(ftl: &str) -> tempfile::TempDir {
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
    let text = text.replace("\"zh-Hans\",\n]", "\"zh-Hans\", \"lad-Latn\",\n]");
    std::fs::write(&meta, text).unwrap_or_else(|e| panic!("{e}"));
    std::fs::create_dir_all(dir.path().join("locales/lad-Latn")).unwrap_or_else(|e| panic!("{e}"));
    std::fs::write(dir.path().join("locales/lad-Latn/kiosk.ftl"), ftl)
        .unwrap_or_else(|e| panic!("{e}"));
    dir
}

#[test]
fn a_coordinator_adds_a_language_without_a_rebuild() {
    let dir = bundle_with_ladino("-language-name = Ladino\nnav-home = Kaza\nnav-back = Atras\n");
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
        texts.iter().any(|t| t == "Ladino"),
        "not on the picker: {texts:#?}"
    );
    let _ = common::send(
        &mut kiosk,
        language::Message::Choose(common::lang("lad-Latn")),
    );
    let ui = kiosk.localizer();
    assert_eq!(msg::nav_home(ui), "Kaza");
    assert_eq!(msg::nav_back(ui), "Atras");
    assert_eq!(
        msg::nav_language(ui),
        "Language",
        "untranslated messages fall back to English"
    );
    assert_eq!(ui.direction(), Direction::Ltr);
}

#[test]
fn a_bundle_language_can_set_its_direction() {
    let dir = bundle_with_ladino("-language-name = Ladino\n-text-direction = rtl\n");
    let loaded = content::load(&Directory::new(dir.path()), &common::options());
    let content = loaded
        .content
        .unwrap_or_else(|| panic!("{:#?}", loaded.diagnostics));
    let (catalog, _) = Catalog::build(&content.locales);
    assert_eq!(
        catalog.localizer(&common::lang("lad-Latn")).direction(),
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
