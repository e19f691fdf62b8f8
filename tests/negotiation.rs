//! Which interface serves a tag (ICU4X likely subtags and fallback), which way a language is
//! laid out (from its script), and what `validate` says about a bundle's languages — each
//! case with its message, file and line.

mod common;

use welcome_kiosk::i18n::{Catalog, Direction, locale, msg};

fn negotiated(catalog: &Catalog, tag: &str) -> Option<String> {
    catalog
        .negotiate(&common::lang(tag))
        .map(|e| e.tag.to_string())
}

#[test]
fn tags_find_the_interface_that_serves_them() {
    let (catalog, _) = Catalog::builtin();
    for (asked, served) in [
        // Chinese: the usual tag and regional ones find Simplified Chinese by likely script.
        ("zh", "zh-Hans"),
        ("zh-CN", "zh-Hans"),
        ("zh-SG", "zh-Hans"),
        ("zh-Hans-CN", "zh-Hans"),
        // Old and alias tags.
        ("iw", "he"),
        ("prs", "prs"),
        ("fa-AF", "prs"),
        ("kmr", "ku"),
        // Regions and variants fall back to the language.
        ("pt-BR", "pt"),
        ("pt-AO", "pt"),
        ("el-monoton", "el"),
        ("de-1901", "de"),
        ("de-CH-1996", "de"),
        ("en-GB", "en"),
        ("ar-SY", "ar"),
        ("fr-BE", "fr"),
        ("sr-Cyrl-RS", "sr"),
        ("uz-Latn", "uz"),
        ("pa-Guru-IN", "pa"),
    ] {
        assert_eq!(
            negotiated(&catalog, asked).as_deref(),
            Some(served),
            "{asked}"
        );
    }
    // Never another script: Traditional Chinese is not served Simplified, Serbian in Latin
    // letters is not served Cyrillic, Punjabi in Shahmukhi not Gurmukhi.
    for asked in [
        "zh-TW", "zh-Hant", "zh-HK", "sr-Latn", "pa-Arab", "az-Arab", "uz-Cyrl",
    ] {
        assert_eq!(negotiated(&catalog, asked), None, "{asked}");
    }
    // And the buttons really are in the language found.
    let zh = catalog.localizer(&common::lang("zh"));
    let hans = catalog.localizer(&common::lang("zh-Hans"));
    assert_eq!(msg::nav_home(&zh), msg::nav_home(&hans));
    assert_ne!(msg::nav_home(&zh), "Home");
    assert_eq!(
        msg::nav_home(&catalog.localizer(&common::lang("iw"))),
        msg::nav_home(&catalog.localizer(&common::lang("he")))
    );
    assert_ne!(
        msg::nav_home(&catalog.localizer(&common::lang("iw"))),
        "Home"
    );
}

#[test]
fn traditional_chinese_from_a_bundle_serves_taiwan_and_hong_kong() {
    let files = vec![welcome_kiosk::content::LocaleFile {
        path: "locales/zh-Hant/kiosk.ftl".to_owned(),
        language: common::lang("zh-Hant"),
        text: "-language-name = 繁體中文\nnav-home = 首頁\n".to_owned(),
    }];
    let (catalog, problems) = Catalog::build(&files);
    assert!(problems.is_empty(), "{problems:#?}");
    for asked in ["zh-TW", "zh-HK", "zh-Hant-TW"] {
        assert_eq!(
            negotiated(&catalog, asked).as_deref(),
            Some("zh-Hant"),
            "{asked}"
        );
    }
    assert_eq!(negotiated(&catalog, "zh").as_deref(), Some("zh-Hans"));
    assert_eq!(
        msg::nav_home(&catalog.localizer(&common::lang("zh-TW"))),
        "首頁"
    );
}

#[test]
fn direction_follows_the_script() {
    let rtl = [
        "ar", "fa", "prs", "he", "yi", "ur", "ps", "ckb", "sd", "ug", "dv", "syr", "nqo",
        // The script subtag decides.
        "az-Arab", "pa-Arab", "uz-Arab", "ms-Arab", "ks", "ff-Adlm", "lad",
    ];
    let ltr = [
        "en", "tr", "az", "pa", "uz", "ms", "ff", "ks-Deva", "sd-Deva", "ckb-Latn", "lad-Latn",
        "ku", "ti", "th", "ka", "hy", "zh", "ja", "ko", "mn",
    ];
    for tag in rtl {
        assert_eq!(
            locale::direction(&common::lang(tag)),
            Direction::Rtl,
            "{tag}"
        );
    }
    for tag in ltr {
        assert_eq!(
            locale::direction(&common::lang(tag)),
            Direction::Ltr,
            "{tag}"
        );
    }
    // A text's own letters, when they clearly run one way.
    assert_eq!(
        locale::text_direction("Djudeo-espanyol"),
        Some(Direction::Ltr)
    );
    assert_eq!(locale::text_direction("ייִדיש"), Some(Direction::Rtl));
    assert_eq!(locale::text_direction("WhatsApp: اتصل بنا"), None);
    assert_eq!(locale::text_direction("112"), None);
}

/// A bundle directory with `bundle.toml` = `meta` and one guide in each of `texts`.
fn bundle(meta: &str, texts: &[(&str, &str)], emergency: bool) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let write = |path: &str, text: &str| {
        let to = dir.path().join(path);
        if let Some(parent) = to.parent() {
            std::fs::create_dir_all(parent).unwrap_or_else(|e| panic!("{e}"));
        }
        std::fs::write(to, text).unwrap_or_else(|e| panic!("{e}"));
    };
    write("bundle.toml", meta);
    write("guides/a.toml", "order = 1\n");
    for (tag, text) in texts {
        write(&format!("guides/a.{tag}.md"), text);
    }
    if emergency {
        write("contacts/e.toml", "phones = [\"112\"]\nurgent = true\n");
        write("contacts/e.en.md", "# Emergency\n\nCall 112.\n");
    }
    dir
}

fn meta(languages: &str) -> String {
    format!(
        "id = \"org.example.test\"\nversion = 1\nname = \"Test\"\ndefault_language = \"en\"\n\
         languages = [{languages}]\ntimezone = \"Europe/Brussels\"\n"
    )
}

fn report(dir: &tempfile::TempDir) -> Vec<String> {
    welcome_kiosk::validate::validate_dir(dir.path(), &common::options())
        .iter()
        .map(ToString::to_string)
        .collect()
}

fn has(all: &[String], prefix: &str, words: &str) {
    assert!(
        all.iter()
            .any(|l| l.starts_with(prefix) && l.contains(words)),
        "expected `{prefix}… {words}` in:\n{}",
        all.join("\n")
    );
}

const EN: (&str, &str) = ("en", "# A guide\n\nSome words.\n");

#[test]
fn validate_finds_one_language_listed_twice_under_any_of_its_names() {
    let d = report(&bundle(&meta("\"en\", \"fr\", \"en\""), &[EN], true));
    has(
        &d,
        "bundle.toml:5:26: error:",
        "\"en\" is listed twice in `languages`",
    );
    let d = report(&bundle(&meta("\"en\", \"prs\", \"fa-AF\""), &[EN], true));
    has(
        &d,
        "bundle.toml:5:27: error:",
        "\"fa-AF\" and \"prs\" are the same language (fa-AF)",
    );
    let d = report(&bundle(&meta("\"en\", \"he\", \"iw\""), &[EN], true));
    has(
        &d,
        "bundle.toml:5:26: error:",
        "\"iw\" and \"he\" are the same language (he)",
    );
}

#[test]
fn validate_refuses_und_and_questions_unknown_variants() {
    let d = report(&bundle(&meta("\"en\", \"und\""), &[EN], true));
    has(
        &d,
        "bundle.toml:5:20: error:",
        "names no language (\"und\" means undetermined)",
    );
    let d = report(&bundle(&meta("\"en\", \"de-1902\""), &[EN], true));
    has(
        &d,
        "bundle.toml:5:20: warning:",
        "\"1902\" in \"de-1902\" is not a registered language variant",
    );
}

#[test]
fn validate_gives_no_false_alarm_for_tags_an_interface_serves() {
    let d = report(&bundle(
        &meta("\"en\", \"el-monoton\", \"de-1901\", \"pt-BR\", \"zh\", \"iw\", \"fa-AF\""),
        &[EN],
        true,
    ));
    assert!(
        !d.iter().any(|l| l.contains("buttons will be in English")
            || l.contains("registered")
            || l.contains("no name")),
        "{d:#?}"
    );
    // A language no interface serves is named, with what to do.
    let d = report(&bundle(&meta("\"en\", \"kwi\""), &[EN], true));
    has(
        &d,
        "bundle.toml:1:1: warning:",
        "no interface translation for \"kwi\"",
    );
}

#[test]
fn validate_requires_the_centres_emergency_numbers() {
    let d = report(&bundle(&meta("\"en\""), &[EN], false));
    has(
        &d,
        "contacts:1:1: error:",
        "the bundle has no emergency contact: the Emergency screen must show the centre's own \
         numbers",
    );
    assert!(
        report(&bundle(&meta("\"en\""), &[EN], true))
            .iter()
            .all(|l| !l.contains("error"))
    );
}

#[test]
fn validate_warns_when_a_texts_letters_run_against_its_languages_direction() {
    // Ladino published in Latin letters under `lad`, whose usual script is Hebrew.
    let ladino = (
        "lad",
        "# Los derechos\n\nTodos los umanos nasen libres i iguales.\n",
    );
    let d = report(&bundle(&meta("\"en\", \"lad\""), &[EN, ladino], true));
    has(
        &d,
        "guides/a.lad.md:1:1: warning:",
        "this text is written left to right (Latn letters), but \"lad\" is laid out right to \
         left (its usual script is Hebr): name the script in the tag, e.g. lad-Latn",
    );
    // Tagged with its script, it is right.
    let ladino = ("lad-Latn", ladino.1);
    let d = report(&bundle(&meta("\"en\", \"lad-Latn\""), &[EN, ladino], true));
    assert!(!d.iter().any(|l| l.contains("is laid out")), "{d:#?}");
}

#[test]
fn validate_checks_the_featured_languages() {
    let text = format!("{}featured = [\"fr\", \"ar\"]\n", meta("\"en\", \"fr\""));
    let d = report(&bundle(&text, &[EN], true));
    has(
        &d,
        "bundle.toml:7:19: warning:",
        "`featured`: \"ar\" is not in `languages`",
    );
}
