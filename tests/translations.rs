//! Built-in translations are complete and consistent with English; plural rules, fallback
//! and bundle overrides behave.

mod common;

use fluent_bundle::FluentArgs;
use welcome_kiosk::content::{Diagnostics, LocaleFile};
use welcome_kiosk::i18n::{Catalog, Direction, Origin, check, msg};

const FOUNDATION: [&str; 7] = ["en", "fr", "nl", "ar", "fa", "uk", "ti"];

#[test]
fn every_built_in_locale_is_complete_and_clean() {
    let (catalog, load_problems) = Catalog::builtin();
    assert!(load_problems.is_empty(), "{load_problems:#?}");
    for tag in FOUNDATION {
        let entry = catalog.find(&common::lang(tag));
        assert!(
            entry.is_some_and(|e| e.origin == Origin::BuiltIn),
            "no built-in locale {tag}"
        );
    }
    for entry in catalog.languages() {
        let path = format!("locales/{}/kiosk.ftl", entry.tag);
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
        let mut d = Diagnostics::new();
        check::check_file(&path, &entry.tag, &text, true, &mut d);
        let all: Vec<String> = d.iter().map(ToString::to_string).collect();
        assert!(all.is_empty(), "{}", all.join("\n"));
        assert!(
            !entry.translation.is_empty(),
            "{path}: no '### Translation:' header saying how it was made"
        );
        assert!(
            !entry.review.is_empty(),
            "{path}: no '### Review status:' header"
        );
        assert_eq!(entry.messages.len(), msg::ALL.len(), "{path}");
        assert_ne!(
            entry.name,
            entry.tag.to_string(),
            "{path}: no -language-name"
        );
    }
}

#[test]
fn endonyms_and_directions() {
    let (catalog, _) = Catalog::builtin();
    let expect = [
        ("en", "English", Direction::Ltr),
        ("fr", "Français", Direction::Ltr),
        ("nl", "Nederlands", Direction::Ltr),
        ("ar", "العربية", Direction::Rtl),
        ("fa", "فارسی", Direction::Rtl),
        ("uk", "Українська", Direction::Ltr),
        ("ti", "ትግርኛ", Direction::Ltr),
        ("he", "עברית", Direction::Rtl),
        ("th", "ไทย", Direction::Ltr),
        ("ka", "ქართული", Direction::Ltr),
        ("hy", "Հայերեն", Direction::Ltr),
        ("vi", "Tiếng Việt", Direction::Ltr),
        ("pa", "ਪੰਜਾਬੀ", Direction::Ltr),
    ];
    for (tag, name, direction) in expect {
        let entry = catalog
            .find(&common::lang(tag))
            .unwrap_or_else(|| panic!("{tag}"));
        assert_eq!(entry.name, name);
        assert_eq!(entry.direction, direction, "{tag}");
    }
}

/// A bundle translation whose variants are named after their plural category.
fn plural_probe(tag: &str) -> LocaleFile {
    LocaleFile {
        path: format!("locales/{tag}/kiosk.ftl"),
        language: common::lang(tag),
        text: "list-count = { $count ->\n    [zero] zero\n    [one] one\n    [two] two\n    [few] few\n    [many] many\n   *[other] other\n}\n".to_owned(),
    }
}

fn category(catalog: &Catalog, tag: &str, n: f64) -> String {
    let mut args = FluentArgs::new();
    args.set("count", n);
    catalog
        .localizer(&common::lang(tag))
        .format("list-count", Some(&args))
}

#[test]
fn plural_variants_follow_each_language() {
    let (catalog, _) = Catalog::build(&[
        plural_probe("uk"),
        plural_probe("ar"),
        plural_probe("prs"),
        plural_probe("en"),
    ]);
    // Ukrainian: 1 one, 2-4 few, 5-20 many, 21 one, 1.5 other.
    for (n, want) in [
        (1.0, "one"),
        (3.0, "few"),
        (5.0, "many"),
        (11.0, "many"),
        (21.0, "one"),
        (22.0, "few"),
        (1.5, "other"),
    ] {
        assert_eq!(category(&catalog, "uk", n), want, "uk {n}");
    }
    // Arabic: 0 zero, 1 one, 2 two, 3-10 few, 11-99 many, 100 other.
    for (n, want) in [
        (0.0, "zero"),
        (1.0, "one"),
        (2.0, "two"),
        (7.0, "few"),
        (11.0, "many"),
        (100.0, "other"),
    ] {
        assert_eq!(category(&catalog, "ar", n), want, "ar {n}");
    }
    // Dari uses Persian rules (0 is "one"), not English ones (0 is "other").
    assert_eq!(category(&catalog, "prs", 0.0), "one");
    assert_eq!(category(&catalog, "en", 0.0), "other");
}

#[test]
fn bundle_overrides_a_message_and_adds_a_language() {
    let files = vec![
        LocaleFile {
            path: "locales/fr/kiosk.ftl".to_owned(),
            language: common::lang("fr"),
            text: "home-heading = Bienvenue au centre !\n".to_owned(),
        },
        LocaleFile {
            path: "locales/kmr/kiosk.ftl".to_owned(),
            language: common::lang("kmr"),
            text: "-language-name = Kurmancî\nnav-home = Mal\n".to_owned(),
        },
    ];
    let (catalog, problems) = Catalog::build(&files);
    assert!(problems.is_empty(), "{problems:#?}");
    let fr = catalog.localizer(&common::lang("fr"));
    assert_eq!(msg::home_heading(&fr), "Bienvenue au centre !");
    assert_eq!(
        msg::nav_back(&fr),
        "Retour",
        "other French messages stay built-in"
    );
    let kmr_entry = catalog
        .find(&common::lang("kmr"))
        .unwrap_or_else(|| panic!("kmr"));
    assert_eq!(kmr_entry.name, "Kurmancî");
    assert_eq!(kmr_entry.origin, Origin::Bundle);
    let kmr = catalog.localizer(&common::lang("kmr"));
    assert_eq!(msg::nav_home(&kmr), "Mal");
    assert_eq!(
        msg::nav_back(&kmr),
        "Paşve",
        "missing messages fall back to the built-in Kurmanji (kmr is ku), then English"
    );
}

#[test]
fn a_broken_translation_keeps_its_good_messages() {
    let files = vec![LocaleFile {
        path: "locales/fr/kiosk.ftl".to_owned(),
        language: common::lang("fr"),
        text: "nav-home = Maison\nnav-back = { $oops\nnav-language = Langues\n".to_owned(),
    }];
    let (catalog, problems) = Catalog::build(&files);
    assert!(
        problems.iter().any(|d| d.is_error() && d.line == 2),
        "{problems:#?}"
    );
    let fr = catalog.localizer(&common::lang("fr"));
    assert_eq!(msg::nav_home(&fr), "Maison");
    assert_eq!(msg::nav_language(&fr), "Langues");
    assert_eq!(
        msg::nav_back(&fr),
        "Retour",
        "the broken message falls back to the built-in one"
    );
}
