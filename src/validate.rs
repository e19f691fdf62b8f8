//! `welcome-kiosk validate DIR`: the bundle rules and the translation checks together.

use crate::content::{self, Diagnostics, Directory, Position};
use crate::i18n::{self, Catalog};

/// Every problem in a bundle directory: content, images, and its translation files.
pub fn validate_dir(dir: &std::path::Path, options: &content::Options) -> Diagnostics {
    let loaded = content::load(&Directory::new(dir), options);
    let mut d = loaded.diagnostics;
    let Some(content) = loaded.content else {
        return d.sorted();
    };
    d.extend(check_translations(&content));
    d.extend(check_glyphs(&content));
    d.sorted()
}

/// Every character of the bundle's texts and translations must be drawable by an embedded
/// font; otherwise the visitor would see boxes.
pub fn check_glyphs(content: &content::Content) -> Diagnostics {
    let coverage = crate::fonts::Coverage::of_embedded_fonts();
    let mut d = Diagnostics::new();
    // `exact` is false when `text` is rebuilt from parsed Markdown: then the line is unknown.
    let mut report = |file: String, text: &str, exact: bool| {
        let missing = coverage.missing(text);
        if missing.is_empty() {
            return;
        }
        let first = text.find(missing[0]).unwrap_or(0);
        let shown: String = missing.iter().take(8).collect();
        d.warning(
            &file,
            if exact {
                Position::of_offset(text, first)
            } else {
                Position::START
            },
            format!(
                "{} character(s) cannot be shown by the kiosk's fonts and would appear as boxes: \
                 {shown}",
                missing.len()
            ),
        );
    };
    for item in &content.items {
        for (lang, text) in &item.texts {
            let all: Vec<&str> = [text.title.as_str(), text.summary.as_str()]
                .into_iter()
                .chain(text.body.texts())
                .collect();
            report(
                format!("{}/{}.{lang}.md", item.id.kind, item.id.slug),
                &all.join("\n"),
                false,
            );
        }
    }
    for file in &content.locales {
        report(file.path.clone(), &file.text, true);
    }
    d
}

/// Check a loaded bundle's `locales/` files and that every offered language has a UI.
pub fn check_translations(content: &content::Content) -> Diagnostics {
    let mut d = Diagnostics::new();
    let (catalog, _) = Catalog::build(&content.locales);
    for file in &content.locales {
        // A bundle file may define only some messages: the rest fall back per message.
        i18n::check::check_file(&file.path, &file.language, &file.text, false, &mut d);
    }
    for lang in &content.meta.languages {
        if catalog.find(lang).is_none() {
            d.warning(
                "bundle.toml",
                Position::START,
                format!(
                    "there is no interface translation for \"{lang}\": its buttons will be in \
                     English; add locales/{lang}/kiosk.ftl"
                ),
            );
        }
    }
    d
}
