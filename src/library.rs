//! What the kiosk shows, prepared once, off the UI thread: the admitted content, its
//! translations, image handles sharing the decoded pixels, the offered languages with a
//! formatter for each, and the attract screen's lines. The UI swaps in an `Arc<Library>` and
//! does no parsing, building or copying of its own.

use std::collections::BTreeMap;
use std::sync::Arc;

use iced::widget::image;

use crate::admission::Admitted;
use crate::content::{Content, Diagnostic};
use crate::i18n::{Catalog, Direction, Localizer, msg};
use crate::lang::Lang;

pub struct Library {
    pub content: Content,
    pub catalog: Catalog,
    pub images: BTreeMap<String, image::Handle>,
    /// Problems found on the way, for the terminal and the volunteer panel.
    pub problems: Vec<Diagnostic>,
    /// The bundle asked for was refused and the built-in content is shown instead.
    pub fell_back: bool,
    /// The languages on the picker: the bundle's, narrowed to those configured.
    pub offered: Vec<Lang>,
    /// "Touch the screen to start" in each offered language, with its direction.
    pub attract_lines: Vec<(String, Direction)>,
    /// The bundle's folder on disk, where its recordings are (none: built-in content).
    pub root: Option<std::path::PathBuf>,
    /// Every item in every language, for the search screen.
    pub index: crate::search::Index,
    localizers: BTreeMap<Lang, Localizer>,
}

impl std::fmt::Debug for Library {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Library")
            .field("bundle", &self.content.meta.id)
            .field("version", &self.content.meta.version)
            .field("problems", &self.problems.len())
            .field("fell_back", &self.fell_back)
            .finish_non_exhaustive()
    }
}

/// Decoded bundle pixels, owned jointly by the content and the image handles.
struct SharedPixels(Arc<Vec<u8>>);

impl AsRef<[u8]> for SharedPixels {
    fn as_ref(&self) -> &[u8] {
        self.0.as_slice()
    }
}

impl Library {
    /// The same, its files in `root` (recordings are played from there).
    #[must_use]
    pub fn at(mut self, root: &std::path::Path) -> Self {
        self.root = Some(root.to_path_buf());
        self
    }

    /// The file of an item's recording in `lang`, if the bundle has one on disk.
    pub fn recording(
        &self,
        item: &crate::content::Item,
        lang: &Lang,
    ) -> Option<std::path::PathBuf> {
        let root = self.root.as_ref()?;
        item.recordings.get(lang).map(|path| root.join(path))
    }

    /// Everything the UI needs from an admitted bundle. `languages`: the configuration's
    /// `languages` setting, if any.
    pub fn new(
        admitted: Admitted,
        mut problems: Vec<Diagnostic>,
        fell_back: bool,
        languages: Option<&[Lang]>,
    ) -> Self {
        // The bundle's own fonts, for scripts the kiosk's fonts lack (checked on admission).
        crate::fonts::load_bundle_fonts(&admitted.content.fonts);
        let Admitted {
            content,
            catalog,
            diagnostics,
        } = admitted;
        problems.extend(diagnostics.into_vec());
        let offered = offered_languages(&content, languages);
        let mut localizers = BTreeMap::new();
        let english = crate::i18n::english();
        let wanted = offered
            .iter()
            .chain([&content.meta.default_language, &english]);
        for lang in wanted {
            if !localizers.contains_key(lang) {
                localizers.insert(lang.clone(), catalog.localizer(lang));
            }
        }
        let attract_lines = offered
            .iter()
            .filter_map(|lang| localizers.get(lang))
            .map(|l| (msg::attract_touch(l), l.direction()))
            .collect();
        Self {
            images: images_of(&content),
            index: crate::search::Index::build(&content),
            content,
            catalog,
            problems,
            fell_back,
            offered,
            attract_lines,
            root: None,
            localizers,
        }
    }

    /// The interface in `lang`: prepared for every offered language, built otherwise.
    pub fn localizer(&self, lang: &Lang) -> Localizer {
        self.localizers
            .get(lang)
            .cloned()
            .unwrap_or_else(|| self.catalog.localizer(lang))
    }

    /// Is `lang` on the picker?
    pub fn offers(&self, lang: &Lang) -> bool {
        self.offered.contains(lang)
    }
}

/// The bundle's languages, narrowed to those the configuration offers (all if it names none
/// of them).
fn offered_languages(content: &Content, configured: Option<&[Lang]>) -> Vec<Lang> {
    let all = content.meta.languages.clone();
    match configured {
        Some(list) => {
            let narrowed: Vec<Lang> = all.iter().filter(|l| list.contains(l)).cloned().collect();
            if narrowed.is_empty() { all } else { narrowed }
        }
        None => all,
    }
}

/// Image handles sharing the decoded pixels of the content (no copy).
fn images_of(content: &Content) -> BTreeMap<String, image::Handle> {
    content
        .images
        .iter()
        .map(|(name, p)| {
            let pixels = bytes::Bytes::from_owner(SharedPixels(p.rgba.clone()));
            (
                name.clone(),
                image::Handle::from_rgba(p.width, p.height, pixels),
            )
        })
        .collect()
}
