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
    d.sorted()
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
