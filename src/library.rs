//! What the kiosk shows, prepared once, off the UI thread: the admitted content, its
//! translations, image handles sharing the decoded pixels, the offered languages with a
//! formatter for each, and the attract screen's lines. The UI swaps in an `Arc<Library>` and
//! does no parsing, building or copying of its own.

use std::collections::BTreeMap;
use std::sync::{Arc, OnceLock};

use iced::widget::image;

use crate::admission::Admitted;
use crate::content::{Content, Diagnostic};
use crate::i18n::{Catalog, Direction, Localizer, msg};
use crate::lang::Lang;

pub struct Library {
    /// Shared with the thread that builds the search index after start.
    pub content: Arc<Content>,
    pub catalog: Catalog,
    pub images: BTreeMap<String, image::Handle>,
    /// Problems found on the way, for the terminal and the volunteer panel.
    pub problems: Vec<Diagnostic>,
    /// The bundle asked for was refused and the built-in content is shown instead.
    pub fell_back: bool,
    /// The languages on the picker: the bundle's, narrowed to those configured.
    pub offered: Vec<Lang>,
    /// "Touch the screen to start" in each featured language, with its direction.
    pub attract_lines: Vec<(String, Direction)>,
    /// The picker's buttons, names looked up once: featured languages first, then the rest
    /// grouped by script.
    pub picker: Vec<LanguageChoice>,
    /// The bundle's folder on disk, where its recordings are (none: built-in content).
    pub root: Option<std::path::PathBuf>,
    /// Every item in every language, for the search screen: built on a thread of its own
    /// after the library is made (~0.1 s for 50 languages), so the first frame does not wait
    /// for it. [`Library::index`] waits for it (or builds it) when it is first needed.
    index: Arc<OnceLock<crate::search::Index>>,
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
        let picker = picker_choices(&content, &catalog, &offered);
        let attract_lines = attract_languages(&content.meta.featured, &offered)
            .filter_map(|lang| localizers.get(lang))
            .map(|l| (msg::attract_touch(l), l.direction()))
            .collect();
        let content = Arc::new(content);
        let index = Arc::new(OnceLock::new());
        {
            let (content, index) = (Arc::clone(&content), Arc::clone(&index));
            let _ = std::thread::Builder::new()
                .name("search-index".into())
                .spawn(move || {
                    index.get_or_init(|| crate::search::Index::build(&content));
                });
        }
        Self {
            images: images_of(&content),
            index,
            content,
            catalog,
            problems,
            fell_back,
            offered,
            attract_lines,
            picker,
            root: None,
            localizers,
        }
    }

    /// The search index (waits for the thread building it, or builds it if that thread
    /// could not start).
    pub fn index(&self) -> &crate::search::Index {
        self.index
            .get_or_init(|| crate::search::Index::build(&self.content))
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

/// How many languages the attract screen cycles through: at 4 s each, a full cycle takes
/// at most a minute.
pub const ATTRACT_LANGUAGES: usize = 15;

/// The languages the attract screen greets in: the featured ones that are offered, else the
/// first offered ones; at most [`ATTRACT_LANGUAGES`].
fn attract_languages<'a>(
    featured: &'a [Lang],
    offered: &'a [Lang],
) -> impl Iterator<Item = &'a Lang> {
    let featured: Vec<&Lang> = featured.iter().filter(|l| offered.contains(l)).collect();
    let list: Vec<&Lang> = if featured.is_empty() {
        offered.iter().collect()
    } else {
        featured
    };
    list.into_iter().take(ATTRACT_LANGUAGES)
}

/// A language as the picker shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct LanguageChoice {
    pub lang: Lang,
    /// Its own name in its own script (the bundle's, the built-in one, CLDR's, or the tag).
    pub name: String,
    /// Its name in the centre's main language, for volunteers, when that differs.
    pub second: Option<String>,
    pub direction: Direction,
    /// ISO 15924 code of its usual script: the picker's groups.
    pub script: String,
    /// Shown first, under "Most used here".
    pub featured: bool,
    /// What a visitor may type to find it, folded: its names and its tag.
    pub keys: Vec<String>,
}

/// Scripts in the order the picker shows them; others follow, by script code.
pub const SCRIPT_ORDER: [&str; 12] = [
    "Latn", "Cyrl", "Grek", "Arab", "Hebr", "Ethi", "Deva", "Beng", "Hans", "Hant", "Jpan", "Kore",
];

fn picker_choices(content: &Content, catalog: &Catalog, offered: &[Lang]) -> Vec<LanguageChoice> {
    use crate::i18n::{locale, names};
    let centre = &content.meta.default_language;
    let english = crate::i18n::english();
    let mut out: Vec<LanguageChoice> = offered
        .iter()
        .map(|lang| {
            let entry = catalog.find(lang);
            let name = names::own_name(catalog, lang);
            let second =
                names::name_in(lang, centre).filter(|n| n.to_lowercase() != name.to_lowercase());
            let in_english = names::name_in(lang, &english);
            let mut keys: Vec<String> = [Some(&name), second.as_ref(), in_english.as_ref()]
                .into_iter()
                .flatten()
                .map(|n| crate::search::fold::fold(n))
                .collect();
            keys.push(lang.to_string().to_lowercase());
            LanguageChoice {
                lang: lang.clone(),
                name,
                second,
                direction: entry.map_or_else(|| locale::direction(lang), |e| e.direction),
                script: entry.map_or_else(|| locale::script(lang), |e| e.script.clone()),
                featured: content.meta.featured.contains(lang),
                keys,
            }
        })
        .collect();
    let rank = |script: &str| {
        SCRIPT_ORDER
            .iter()
            .position(|s| *s == script)
            .unwrap_or(SCRIPT_ORDER.len())
    };
    // Stable: within a script, the bundle's order.
    out.sort_by(|a, b| {
        (rank(&a.script), a.script.as_str()).cmp(&(rank(&b.script), b.script.as_str()))
    });
    out
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
