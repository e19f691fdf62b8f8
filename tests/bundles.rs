//! The built-in bundle is clean; broken bundles give the right diagnostic at the right place.

mod common;

use std::path::Path;

use welcome_kiosk::content::{self, Directory};

#[test]
fn built_in_bundle_has_no_errors_and_no_warnings() {
    let loaded = content::load_embedded(&common::options());
    let mut all: Vec<String> = loaded.diagnostics.iter().map(ToString::to_string).collect();
    if let Some(content) = &loaded.content {
        all.extend(
            welcome_kiosk::validate::check_translations(content)
                .iter()
                .map(ToString::to_string),
        );
    }
    assert!(all.is_empty(), "{}", all.join("\n"));
    // Every admission check, as for any bundle: the kiosk only parses the built-in bundle
    // at start (welcome_kiosk::admission::embedded), relying on this.
    match welcome_kiosk::admission::admit(&content::Embedded, &common::options()) {
        Ok(admitted) => {
            let found: Vec<String> = admitted
                .diagnostics
                .iter()
                .map(ToString::to_string)
                .collect();
            assert!(found.is_empty(), "{}", found.join("\n"));
        }
        Err(refused) => panic!("refused: {refused:?}"),
    }
    let content = loaded.content.unwrap_or_else(content::empty);
    // What the foundation promises a visitor will find.
    let expected = [
        (content::Kind::Guides, 5),
        (content::Kind::Jobs, 6),
        (content::Kind::Contacts, 1),
        (content::Kind::Services, 5),
        (content::Kind::Events, 3),
        (content::Kind::Stories, 3),
    ];
    for (kind, at_least) in expected {
        let n = content.items_of(kind).count();
        assert!(
            n >= at_least,
            "{kind}: {n} items, expected at least {at_least}"
        );
    }
    for item in &content.items {
        for lang in ["en", "fr", "ar"] {
            assert!(
                item.texts.contains_key(&common::lang(lang)),
                "{} has no {lang} text",
                item.id
            );
        }
    }
}

#[test]
fn only_112_is_a_real_number_everything_else_is_marked_example() {
    let content = common::embedded();
    for item in &content.items {
        let phones: Vec<String> = match &item.facts {
            content::Facts::Contact(c) => c.phones.iter().map(|p| p.dial().to_owned()).collect(),
            content::Facts::Service(s) => s.phones.iter().map(|p| p.dial().to_owned()).collect(),
            content::Facts::Job(j) => j.phone.iter().map(|p| p.dial().to_owned()).collect(),
            _ => Vec::new(),
        };
        for phone in phones {
            assert!(
                phone == "112" || item.common.example,
                "{}: {phone} is not 112 and the item is not marked as an example",
                item.id
            );
        }
    }
}

/// Write a bundle from (path, text) pairs into a temporary directory.
fn bundle(files: &[(&str, &[u8])]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    for (path, bytes) in files {
        let full = dir.path().join(path);
        if let Some(parent) = full.parent() {
            std::fs::create_dir_all(parent).unwrap_or_else(|e| panic!("{e}"));
        }
        std::fs::write(&full, bytes).unwrap_or_else(|e| panic!("{e}"));
    }
    dir
}

const META: &[u8] = b"id = \"org.example.test\"\nversion = 3\nname = \"Test\"\ndefault_language = \"en\"\nlanguages = [\"en\", \"fr\"]\ntimezone = \"Europe/Brussels\"\n";
const GUIDE_TOML: &[u8] = b"order = 1\n";
const GUIDE_EN: &[u8] = b"# A guide\n\nSome words.\n";

fn diagnostics(dir: &Path) -> Vec<String> {
    let loaded = content::load(&Directory::new(dir), &common::options());
    loaded.diagnostics.iter().map(ToString::to_string).collect()
}

fn assert_has(diags: &[String], prefix: &str, words: &str) {
    assert!(
        diags
            .iter()
            .any(|d| d.starts_with(prefix) && d.contains(words)),
        "expected `{prefix}… {words}` in:\n{}",
        diags.join("\n")
    );
}

#[test]
fn a_minimal_bundle_is_valid() {
    let dir = bundle(&[
        ("bundle.toml", META),
        ("guides/a.toml", GUIDE_TOML),
        ("guides/a.en.md", GUIDE_EN),
    ]);
    assert_eq!(diagnostics(dir.path()), Vec::<String>::new());
}

#[test]
fn toml_syntax_error_has_its_line() {
    let dir = bundle(&[
        ("bundle.toml", META),
        (
            "guides/a.toml",
            b"order = 1\nicon = \"union\nexample = true\n",
        ),
        ("guides/a.en.md", GUIDE_EN),
    ]);
    assert_has(
        &diagnostics(dir.path()),
        "guides/a.toml:2:",
        "error: this is not valid TOML",
    );
}

#[test]
fn unknown_kind_is_named_with_a_suggestion() {
    let dir = bundle(&[
        ("bundle.toml", META),
        ("jbos/baker.toml", b"employer = \"X\"\n"),
    ]);
    assert_has(
        &diagnostics(dir.path()),
        "jbos/baker.toml:1:1: error:",
        "unknown kind \"jbos\"",
    );
    assert_has(
        &diagnostics(dir.path()),
        "jbos/baker.toml:1:1: error:",
        "Did you mean \"jobs\"?",
    );
}

#[test]
fn markdown_for_an_undeclared_language() {
    let dir = bundle(&[
        ("bundle.toml", META),
        ("guides/a.toml", GUIDE_TOML),
        ("guides/a.en.md", GUIDE_EN),
        ("guides/a.de.md", b"# Ein Leitfaden\n"),
    ]);
    assert_has(
        &diagnostics(dir.path()),
        "guides/a.de.md:1:1: error:",
        "does not list in `languages`",
    );
}

#[test]
fn broken_image_reference_points_at_the_field() {
    let dir = bundle(&[
        ("bundle.toml", META),
        ("guides/a.toml", b"order = 1\nimage = \"union.png\"\n"),
        ("guides/a.en.md", GUIDE_EN),
        ("images/unoin.png", &[0x89, b'P', b'N', b'G']),
    ]);
    let d = diagnostics(dir.path());
    assert_has(
        &d,
        "guides/a.toml:2:9: error:",
        "the image \"union.png\" is not in the images folder. Did you mean \"unoin.png\"?",
    );
    assert_has(&d, "images/unoin.png:1:1: warning:", "not used");
}

#[test]
fn invalid_phone_number_points_at_the_number() {
    let dir = bundle(&[
        ("bundle.toml", META),
        (
            "contacts/help.toml",
            b"free = true\nphones = [\"112\", \"call 0800\"]\n",
        ),
        ("contacts/help.en.md", b"# Help\n"),
    ]);
    assert_has(
        &diagnostics(dir.path()),
        "contacts/help.toml:2:18: error:",
        "has letters in it",
    );
}

#[test]
fn bidi_override_in_a_phone_number_is_refused() {
    let dir = bundle(&[
        ("bundle.toml", META),
        (
            "contacts/help.toml",
            "phones = [\"11\u{202E}2\"]\n".as_bytes(),
        ),
        ("contacts/help.en.md", b"# Help\n"),
    ]);
    assert_has(
        &diagnostics(dir.path()),
        "contacts/help.toml:1:",
        "invisible direction mark",
    );
}

#[test]
fn missing_bundle_toml() {
    let dir = bundle(&[("guides/a.toml", GUIDE_TOML), ("guides/a.en.md", GUIDE_EN)]);
    assert_has(
        &diagnostics(dir.path()),
        "bundle.toml:1:1: error:",
        "bundle.toml is missing",
    );
}

#[test]
fn every_problem_is_reported_at_once() {
    let dir = bundle(&[
        ("bundle.toml", META),
        (
            "jobs/a.toml",
            b"employer = \"X\"\nposted = \"2026-11-01\"\nphone = \"12\"\ncolour = 3\n",
        ),
        ("jobs/a.en.md", b"No title here\n"),
        ("events/b.toml", b"start = 2026-13-01T10:00:00\n"),
        ("events/b.fr.md", b"# Fete\n"),
    ]);
    let d = diagnostics(dir.path());
    assert_has(&d, "jobs/a.toml:2:10: error:", "remove the quotes");
    assert_has(&d, "jobs/a.toml:3:9: error:", "has 2 digits");
    assert_has(&d, "jobs/a.toml:4:1: error:", "unknown field `colour`");
    assert_has(&d, "jobs/a.en.md:1:1: error:", "must start with its title");
    assert_has(&d, "events/b.toml:1:", "error:");
    assert!(d.len() >= 5, "{d:#?}");
}

#[test]
fn items_without_default_language_text_and_text_without_facts() {
    let dir = bundle(&[
        ("bundle.toml", META),
        ("guides/a.toml", GUIDE_TOML),
        ("guides/a.fr.md", b"# Un guide\n"),
        ("guides/b.en.md", GUIDE_EN),
    ]);
    let d = diagnostics(dir.path());
    assert_has(
        &d,
        "guides/a.toml:1:1: error:",
        "no text in the default language",
    );
    assert_has(
        &d,
        "guides/b.en.md:1:1: error:",
        "there is no guides/b.toml",
    );
}

#[test]
fn a_broken_bundle_yields_no_content() {
    let dir = bundle(&[("bundle.toml", b"version = \"two\"\n")]);
    let loaded = content::load(&Directory::new(dir.path()), &common::options());
    assert!(loaded.content.is_none());
    let d: Vec<String> = loaded.diagnostics.iter().map(ToString::to_string).collect();
    assert_has(
        &d,
        "bundle.toml:1:11: error:",
        "`version` must be a whole number",
    );
    assert_has(&d, "bundle.toml:1:1: error:", "`id` is missing");
}

#[test]
fn characters_no_font_can_draw_are_reported_once_per_language_and_script() {
    // Korean and Mongolian: no embedded font, none in the bundle, no font folder configured.
    let dir = bundle(&[
        ("bundle.toml", META),
        ("guides/a.toml", GUIDE_TOML),
        (
            "guides/a.en.md",
            "# Mongolian: ᠮᠣᠩᠭᠣᠯ\n\nText ᠮᠣᠩᠭᠣᠯ.\n".as_bytes(),
        ),
        (
            "locales/fr/kiosk.ftl",
            "nav-home = Accueil\nnav-back = 뒤로\nnav-language = 언어\n".as_bytes(),
        ),
    ]);
    let d: Vec<String> = welcome_kiosk::validate::validate_dir(dir.path(), &common::options())
        .iter()
        .map(ToString::to_string)
        .collect();
    // One line for each language and script, at the first place, with a count of all.
    assert_has(
        &d,
        "guides/a.en.md:1:14: warning:",
        "\"en\", Mongolian script: 12 character(s) in 1 file(s) cannot be drawn",
    );
    assert_has(
        &d,
        "locales/fr/kiosk.ftl:2:12: warning:",
        "\"fr\", Hangul script: 4 character(s) in 1 file(s)",
    );
    assert_eq!(
        d.iter()
            .filter(|l| l.contains("would appear as boxes"))
            .count(),
        2,
        "{d:#?}"
    );
}

fn embedded_font(file: &str) -> &'static [u8] {
    welcome_kiosk::fonts::ALL
        .iter()
        .find(|f| f.file == file)
        .map_or_else(|| panic!("{file}"), |f| f.bytes)
}

#[test]
fn a_bundle_brings_its_own_fonts_checked_like_images() {
    let ofl = std::fs::read("assets/fonts/OFL.txt").unwrap_or_else(|e| panic!("{e}"));
    let good = bundle(&[
        ("bundle.toml", META),
        ("guides/a.toml", GUIDE_TOML),
        ("guides/a.en.md", GUIDE_EN),
        (
            "fonts/NotoSansThai-Regular.ttf",
            embedded_font("NotoSansThai-Regular.ttf"),
        ),
        ("fonts/OFL.txt", &ofl),
    ]);
    let loaded = content::load(&Directory::new(good.path()), &common::options());
    let fonts = loaded.content.map(|c| c.fonts).unwrap_or_default();
    assert_eq!(fonts.len(), 1, "{:#?}", loaded.diagnostics);
    assert_eq!(fonts[0].family, "Noto Sans Thai");
    // Not a font, a format the kiosk does not read, a font without a stated licence.
    let bad = bundle(&[
        ("bundle.toml", META),
        ("guides/a.toml", GUIDE_TOML),
        ("guides/a.en.md", GUIDE_EN),
        ("fonts/fake.ttf", b"this is not a font"),
        ("fonts/web.woff2", b"wOF2"),
        (
            "fonts/NotoSansHanifiRohingya-Regular.ttf",
            embedded_font("NotoSansHanifiRohingya-Regular.ttf"),
        ),
    ]);
    let d = diagnostics(bad.path());
    assert_has(
        &d,
        "fonts/fake.ttf:1:1: error:",
        "not a font the kiosk can read",
    );
    assert_has(&d, "fonts/web.woff2:1:1: error:", "only fonts (.ttf, .otf)");
    assert_has(
        &d,
        "fonts/NotoSansHanifiRohingya-Regular.ttf:1:1: error:",
        "licence is not stated",
    );
}

#[test]
fn bad_images_are_refused_with_a_reason() {
    let mut big = Vec::new();
    let _ = image::RgbaImage::new(5000, 10)
        .write_to(&mut std::io::Cursor::new(&mut big), image::ImageFormat::Png);
    let dir = bundle(&[
        ("bundle.toml", META),
        ("guides/a.toml", b"image = \"big.png\"\n"),
        ("guides/a.en.md", GUIDE_EN),
        ("guides/b.toml", b"image = \"fake.png\"\n"),
        ("guides/b.en.md", GUIDE_EN),
        ("images/big.png", &big),
        ("images/fake.png", b"not an image at all"),
    ]);
    let d = diagnostics(dir.path());
    assert_has(
        &d,
        "images/big.png:1:1: error:",
        "is 5000×10 pixels; at most 4096×4096",
    );
    assert_has(&d, "images/fake.png:1:1: error:", "not a PNG or JPEG");
}
