//! The one rule that decides whether a bundle may be shown, used by every door a bundle comes
//! in through: `welcome-kiosk validate` and `pack`, `install` (and the kiosk's own updates),
//! the live preview and start-up. What `validate` accepts, every kiosk installs and shows.
//!
//! A bundle is admitted when its files are within the limits of `content::limits`, its
//! content loads without errors, and its translation files have no errors; warnings (missing
//! glyphs, outdated translations, unused files) are reported but do not stop it.

use crate::content::{self, Content, Diagnostics, Directory, Source};
use crate::i18n::Catalog;

/// A bundle that may be shown: its content, its interface languages, and what was noticed.
pub struct Admitted {
    pub content: Content,
    pub catalog: Catalog,
    /// Warnings only.
    pub diagnostics: Diagnostics,
}

impl std::fmt::Debug for Admitted {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Admitted")
            .field("bundle", &self.content.meta.id)
            .field("version", &self.content.meta.version)
            .field("warnings", &self.diagnostics.len())
            .finish_non_exhaustive()
    }
}

/// Check a bundle from any source. `Err` holds every problem (errors and warnings).
pub fn admit(source: &dyn Source, options: &content::Options) -> Result<Admitted, Diagnostics> {
    let loaded = content::load(source, options);
    let mut d = loaded.diagnostics;
    let Some(content) = loaded.content else {
        return Err(d);
    };
    d.extend(crate::validate::check_translations(&content));
    d.extend(crate::validate::check_glyphs(
        &content,
        source,
        if options.font_dirs.is_empty() {
            crate::fonts::configured()
        } else {
            &options.font_dirs
        },
    ));
    d.extend(crate::validate::check_outdated(&content));
    let (catalog, catalog_problems) = Catalog::build(&content.locales);
    d.extend(crate::validate::check_languages(&content, &catalog));
    // Building the catalog reports some of what the checks above found: once is enough.
    let known: std::collections::HashSet<String> = d.iter().map(ToString::to_string).collect();
    d.extend(
        catalog_problems
            .into_iter()
            .filter(|p| !known.contains(&p.to_string())),
    );
    let d = d.sorted();
    if d.has_errors() {
        return Err(d);
    }
    Ok(Admitted {
        content,
        catalog,
        diagnostics: d,
    })
}

/// [`admit`] a bundle directory.
pub fn admit_dir(
    dir: &std::path::Path,
    options: &content::Options,
) -> Result<Admitted, Diagnostics> {
    admit(&Directory::new(dir), options)
}

/// The built-in example bundle. It is compiled in and cannot change, so it is checked in
/// full where it is made, not at every start: a test admits it by [`admit`] and requires no
/// error and no warning, and `.ci/run` validates `assets/bundle`. At start it is only parsed
/// and its translations built (the glyph, translation and language checks took ~90 ms of
/// every start). Should it ever fail to parse, an empty bundle keeps the kiosk running.
pub fn embedded(options: &content::Options) -> (Admitted, Diagnostics) {
    let content::Loaded {
        content,
        diagnostics,
    } = content::load(&content::Embedded, options);
    match content {
        Some(content) => {
            let (catalog, _) = Catalog::build(&content.locales);
            (
                Admitted {
                    content,
                    catalog,
                    diagnostics,
                },
                Diagnostics::new(),
            )
        }
        None => {
            let problems = diagnostics;
            let content = content::empty();
            let (catalog, _) = Catalog::build(&content.locales);
            (
                Admitted {
                    content,
                    catalog,
                    diagnostics: Diagnostics::new(),
                },
                problems,
            )
        }
    }
}
