//! Fonts compiled into the binary, so every script renders the same on any machine, with or
//! without fonts installed. Noto (OFL-1.1, `assets/fonts/OFL.txt`); icons from Lucide (ISC).

/// A font file and the family name it registers.
pub struct FontFile {
    pub family: &'static str,
    pub file: &'static str,
    pub bytes: &'static [u8],
}

mod regional;
pub use regional::regional_cjk_family;

pub const SANS_FAMILY: &str = "Noto Sans";
pub const ICON_FAMILY: &str = "lucide";

macro_rules! font {
    ($family:literal, $file:literal) => {
        FontFile {
            family: $family,
            file: $file,
            bytes: include_bytes!(concat!("../assets/fonts/", $file)),
        }
    };
}

/// Every embedded font. Noto Sans (Latin, Greek, Cyrillic) comes first: it is the default,
/// and the text engine falls back to the script fonts for Arabic, Ethiopic, Bengali,
/// Devanagari and Han by their family names. Sizes and the choices behind them: docs/fonts.md.
pub const ALL: &[FontFile] = &[
    FontFile {
        family: SANS_FAMILY,
        file: "NotoSans-Regular.ttf",
        bytes: include_bytes!("../assets/fonts/NotoSans-Regular.ttf"),
    },
    FontFile {
        family: SANS_FAMILY,
        file: "NotoSans-Bold.ttf",
        bytes: include_bytes!("../assets/fonts/NotoSans-Bold.ttf"),
    },
    // Italics exist for Latin, Greek and Cyrillic only: emphasis in other scripts is drawn
    // upright (see `kiosk::widget::rich`), never with a face that lacks the letters.
    FontFile {
        family: SANS_FAMILY,
        file: "NotoSans-Italic.ttf",
        bytes: include_bytes!("../assets/fonts/NotoSans-Italic.ttf"),
    },
    FontFile {
        family: SANS_FAMILY,
        file: "NotoSans-BoldItalic.ttf",
        bytes: include_bytes!("../assets/fonts/NotoSans-BoldItalic.ttf"),
    },
    FontFile {
        family: "Noto Sans Arabic",
        file: "NotoSansArabic-Regular.ttf",
        bytes: include_bytes!("../assets/fonts/NotoSansArabic-Regular.ttf"),
    },
    FontFile {
        family: "Noto Sans Arabic",
        file: "NotoSansArabic-Bold.ttf",
        bytes: include_bytes!("../assets/fonts/NotoSansArabic-Bold.ttf"),
    },
    FontFile {
        family: "Noto Sans Ethiopic",
        file: "NotoSansEthiopic-Regular.ttf",
        bytes: include_bytes!("../assets/fonts/NotoSansEthiopic-Regular.ttf"),
    },
    FontFile {
        family: "Noto Sans Ethiopic",
        file: "NotoSansEthiopic-Bold.ttf",
        bytes: include_bytes!("../assets/fonts/NotoSansEthiopic-Bold.ttf"),
    },
    FontFile {
        family: "Noto Sans Bengali",
        file: "NotoSansBengali-Regular.ttf",
        bytes: include_bytes!("../assets/fonts/NotoSansBengali-Regular.ttf"),
    },
    FontFile {
        family: "Noto Sans Bengali",
        file: "NotoSansBengali-Bold.ttf",
        bytes: include_bytes!("../assets/fonts/NotoSansBengali-Bold.ttf"),
    },
    FontFile {
        family: "Noto Sans Devanagari",
        file: "NotoSansDevanagari-Regular.ttf",
        bytes: include_bytes!("../assets/fonts/NotoSansDevanagari-Regular.ttf"),
    },
    FontFile {
        family: "Noto Sans Devanagari",
        file: "NotoSansDevanagari-Bold.ttf",
        bytes: include_bytes!("../assets/fonts/NotoSansDevanagari-Bold.ttf"),
    },
    // Simplified Chinese: a subset of Noto Sans CJK SC (assets/fonts/make-cjk-subset.py).
    FontFile {
        family: "Noto Sans CJK SC",
        file: "NotoSansSC-Kiosk-Regular.otf",
        bytes: include_bytes!("../assets/fonts/NotoSansSC-Kiosk-Regular.otf"),
    },
    FontFile {
        family: "Noto Sans CJK SC",
        file: "NotoSansSC-Kiosk-Bold.otf",
        bytes: include_bytes!("../assets/fonts/NotoSansSC-Kiosk-Bold.otf"),
    },
    // Scripts of the interface languages added in 0.2 and of the larger migrant communities
    // (regular and bold), then scripts drawn in regular only. Every one is a Noto font from
    // Debian's fonts-noto-core (docs/fonts.md).
    font!("Noto Sans Hebrew", "NotoSansHebrew-Regular.ttf"),
    font!("Noto Sans Hebrew", "NotoSansHebrew-Bold.ttf"),
    font!("Noto Sans Armenian", "NotoSansArmenian-Regular.ttf"),
    font!("Noto Sans Armenian", "NotoSansArmenian-Bold.ttf"),
    font!("Noto Sans Georgian", "NotoSansGeorgian-Regular.ttf"),
    font!("Noto Sans Georgian", "NotoSansGeorgian-Bold.ttf"),
    font!("Noto Sans Gurmukhi", "NotoSansGurmukhi-Regular.ttf"),
    font!("Noto Sans Gurmukhi", "NotoSansGurmukhi-Bold.ttf"),
    font!("Noto Sans Gujarati", "NotoSansGujarati-Regular.ttf"),
    font!("Noto Sans Gujarati", "NotoSansGujarati-Bold.ttf"),
    font!("Noto Sans Oriya", "NotoSansOriya-Regular.ttf"),
    font!("Noto Sans Oriya", "NotoSansOriya-Bold.ttf"),
    font!("Noto Sans Tamil", "NotoSansTamil-Regular.ttf"),
    font!("Noto Sans Tamil", "NotoSansTamil-Bold.ttf"),
    font!("Noto Sans Telugu", "NotoSansTelugu-Regular.ttf"),
    font!("Noto Sans Telugu", "NotoSansTelugu-Bold.ttf"),
    font!("Noto Sans Kannada", "NotoSansKannada-Regular.ttf"),
    font!("Noto Sans Kannada", "NotoSansKannada-Bold.ttf"),
    font!("Noto Sans Malayalam", "NotoSansMalayalam-Regular.ttf"),
    font!("Noto Sans Malayalam", "NotoSansMalayalam-Bold.ttf"),
    font!("Noto Sans Sinhala", "NotoSansSinhala-Regular.ttf"),
    font!("Noto Sans Sinhala", "NotoSansSinhala-Bold.ttf"),
    font!("Noto Sans Thai", "NotoSansThai-Regular.ttf"),
    font!("Noto Sans Thai", "NotoSansThai-Bold.ttf"),
    font!("Noto Sans Lao", "NotoSansLao-Regular.ttf"),
    font!("Noto Sans Lao", "NotoSansLao-Bold.ttf"),
    font!("Noto Sans Khmer", "NotoSansKhmer-Regular.ttf"),
    font!("Noto Sans Khmer", "NotoSansKhmer-Bold.ttf"),
    font!("Noto Sans Myanmar", "NotoSansMyanmar-Regular.ttf"),
    font!("Noto Sans Myanmar", "NotoSansMyanmar-Bold.ttf"),
    font!("Noto Sans Thaana", "NotoSansThaana-Regular.ttf"),
    font!("Noto Sans Thaana", "NotoSansThaana-Bold.ttf"),
    font!("Noto Sans Adlam", "NotoSansAdlam-Regular.ttf"),
    font!("Noto Sans Adlam", "NotoSansAdlam-Bold.ttf"),
    font!("Noto Sans Cherokee", "NotoSansCherokee-Regular.ttf"),
    font!("Noto Sans Cherokee", "NotoSansCherokee-Bold.ttf"),
    font!(
        "Noto Sans Canadian Aboriginal",
        "NotoSansCanadianAboriginal-Regular.ttf"
    ),
    font!(
        "Noto Sans Canadian Aboriginal",
        "NotoSansCanadianAboriginal-Bold.ttf"
    ),
    font!("Noto Sans Ol Chiki", "NotoSansOlChiki-Regular.ttf"),
    font!("Noto Sans Ol Chiki", "NotoSansOlChiki-Bold.ttf"),
    font!(
        "Noto Sans Hanifi Rohingya",
        "NotoSansHanifiRohingya-Regular.ttf"
    ),
    font!(
        "Noto Sans Hanifi Rohingya",
        "NotoSansHanifiRohingya-Bold.ttf"
    ),
    font!("Noto Sans Javanese", "NotoSansJavanese-Regular.ttf"),
    font!("Noto Sans Javanese", "NotoSansJavanese-Bold.ttf"),
    font!("Noto Sans Tifinagh", "NotoSansTifinagh-Regular.ttf"),
    font!("Noto Sans Syriac", "NotoSansSyriac-Regular.ttf"),
    font!("Noto Sans NKo", "NotoSansNKo-Regular.ttf"),
    font!("Noto Sans Vai", "NotoSansVai-Regular.ttf"),
    font!("Noto Sans Yi", "NotoSansYi-Regular.ttf"),
    font!("Noto Serif Tibetan", "NotoSerifTibetan-Regular.ttf"),
    FontFile {
        family: ICON_FAMILY,
        file: "kiosk-icons.ttf",
        bytes: include_bytes!("../assets/icons/kiosk-icons.ttf"),
    },
];

/// Characters that take no glyph: spaces, line breaks and invisible formatting marks
/// (direction marks, isolates, joiners). Everything else must be in some embedded font.
pub fn needs_glyph(c: char) -> bool {
    !(c.is_whitespace()
        || c.is_control()
        || matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2069}' | '\u{FEFF}' | '\u{061C}'))
}

/// Whether the embedded italic face has a glyph for `c` (Latin, Greek, Cyrillic and common
/// punctuation): only such characters are ever drawn in italics.
pub fn has_italic(c: char) -> bool {
    static ITALIC: std::sync::OnceLock<Coverage> = std::sync::OnceLock::new();
    ITALIC
        .get_or_init(|| Coverage::of(ALL.iter().filter(|f| f.file == "NotoSans-Italic.ttf")))
        .covers(c)
}

/// Which characters the embedded fonts can draw.
pub struct Coverage {
    faces: Vec<(String, Vec<std::ops::RangeInclusive<u32>>)>,
}

impl Coverage {
    /// Read the character maps of every embedded font (the icon font covers only its
    /// private-use pictograms, so it cannot hide a missing letter).
    pub fn of_embedded_fonts() -> Self {
        Self::of(ALL.iter())
    }

    fn of<'f>(files: impl Iterator<Item = &'f FontFile>) -> Self {
        let faces = files
            .flat_map(|f| {
                character_map(f.bytes)
                    .into_iter()
                    .map(|r| (f.file.to_owned(), r))
            })
            .collect();
        Self { faces }
    }

    /// The characters a kiosk with this font set can draw: the embedded fonts, a bundle's
    /// fonts and the configured system font folders, the same set the running kiosk loads.
    pub fn of_set(set: &FontSet, bundle: &[crate::content::BundleFont]) -> Self {
        let mut this = Self::of_embedded_fonts().with_bundle_fonts(bundle);
        for path in set.files() {
            let Ok(bytes) = std::fs::read(&path) else {
                continue;
            };
            for ranges in character_map(&bytes) {
                this.faces.push((path.display().to_string(), ranges));
            }
        }
        this
    }

    /// This coverage and a bundle's fonts.
    pub fn with_bundle_fonts(&self, bundle: &[crate::content::BundleFont]) -> Self {
        let mut faces = self.faces.clone();
        for font in bundle {
            for ranges in character_map(&font.bytes) {
                faces.push((font.path.clone(), ranges));
            }
        }
        Self { faces }
    }

    pub fn covers(&self, c: char) -> bool {
        let cp = u32::from(c);
        self.faces
            .iter()
            .any(|(_, ranges)| ranges.binary_search_by(|r| cmp_range(r, cp)).is_ok())
    }

    /// Characters of `text` that no embedded font can draw (they would show as boxes).
    pub fn missing(&self, text: &str) -> Vec<char> {
        let mut out: Vec<char> = text
            .chars()
            .filter(|c| needs_glyph(*c) && !self.covers(*c))
            .collect();
        out.sort_unstable();
        out.dedup();
        out
    }
}

/// The Unicode character map of each face in a font file (a collection has several), as
/// sorted, merged ranges. Nothing for bytes that are not a font.
fn character_map(bytes: &[u8]) -> Vec<Vec<std::ops::RangeInclusive<u32>>> {
    let count = ttf_parser::fonts_in_collection(bytes).unwrap_or(1);
    (0..count.min(MAX_FACES_PER_FILE))
        .filter_map(|index| {
            let face = ttf_parser::Face::parse(bytes, index).ok()?;
            let mut ranges = Vec::new();
            for subtable in face.tables().cmap?.subtables {
                if !subtable.is_unicode() {
                    continue;
                }
                subtable.codepoints(|cp| ranges.push(cp..=cp));
            }
            Some(merge(ranges))
        })
        .collect()
}

/// Faces read from one collection file (Noto CJK has 10).
const MAX_FACES_PER_FILE: u32 = 32;

fn cmp_range(range: &std::ops::RangeInclusive<u32>, cp: u32) -> std::cmp::Ordering {
    if cp < *range.start() {
        std::cmp::Ordering::Greater
    } else if cp > *range.end() {
        std::cmp::Ordering::Less
    } else {
        std::cmp::Ordering::Equal
    }
}

fn merge(mut ranges: Vec<std::ops::RangeInclusive<u32>>) -> Vec<std::ops::RangeInclusive<u32>> {
    ranges.sort_by_key(|r| *r.start());
    let mut out: Vec<std::ops::RangeInclusive<u32>> = Vec::new();
    for r in ranges {
        match out.last_mut() {
            Some(last) if *r.start() <= last.end() + 1 => {
                if r.end() > last.end() {
                    *last = *last.start()..=*r.end();
                }
            }
            _ => out.push(r),
        }
    }
    out
}

/// The fonts the kiosk draws with, and nothing else: the embedded fonts, the fonts of the
/// bundle shown, and the font folders named in the configuration (`font_dirs`; the Debian
/// package recommends `fonts-noto-core` and `fonts-noto-cjk` for them). Fonts the machine
/// happens to have elsewhere are never used, so `render`, `validate` and the kiosk agree.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FontSet {
    pub dirs: Vec<std::path::PathBuf>,
}

/// Folders walked below a configured font folder.
const MAX_DIR_DEPTH: usize = 4;
/// Font files taken from the configured folders (Debian's Noto packages have ~400 regular
/// and bold files; more is a mistake in the configuration).
pub const MAX_SYSTEM_FILES: usize = 2_000;

impl FontSet {
    pub fn new(dirs: Vec<std::path::PathBuf>) -> Self {
        Self { dirs }
    }

    /// The font files of the configured folders the kiosk uses: regular and bold faces
    /// (`*-Regular.*`, `*-Bold.*`) and collections (`*.ttc`), in a stable order. Other
    /// weights and widths are left out: the kiosk draws only regular and bold.
    pub fn files(&self) -> Vec<std::path::PathBuf> {
        let mut out = Vec::new();
        for dir in &self.dirs {
            walk(dir, 0, &mut out);
        }
        out.sort();
        out.dedup();
        out.truncate(MAX_SYSTEM_FILES);
        out
    }
}

fn walk(dir: &std::path::Path, depth: usize, out: &mut Vec<std::path::PathBuf>) {
    if depth > MAX_DIR_DEPTH || out.len() >= MAX_SYSTEM_FILES {
        return;
    }
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let Ok(kind) = entry.file_type() else {
            continue;
        };
        if kind.is_dir() {
            walk(&path, depth + 1, out);
        } else if is_wanted_font_file(&path) {
            out.push(path);
        }
    }
}

fn is_wanted_font_file(path: &std::path::Path) -> bool {
    let Some(name) = path.file_name().and_then(|n| n.to_str()) else {
        return false;
    };
    let lower = name.to_ascii_lowercase();
    let extension = path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
        .unwrap_or_default();
    if extension == "ttc" {
        // Sans collections only (Noto Sans CJK); serif and mono collections double the
        // memory for nothing a kiosk shows.
        return lower.contains("sans") && !lower.contains("mono");
    }
    if extension != "ttf" && extension != "otf" {
        return false;
    }
    let stem = &lower[..lower.len() - 4];
    (stem.ends_with("-regular") || stem.ends_with("-bold"))
        && !stem.contains("mono")
        && !stem.contains("display")
        && !stem.contains("condensed")
}

static FONTS: std::sync::Once = std::sync::Once::new();
static CONFIGURED: std::sync::OnceLock<FontSet> = std::sync::OnceLock::new();

/// Name the font folders of the configuration (`font_dirs`), once, before anything is drawn
/// or checked: the kiosk, `render` and `validate` then use the same set.
pub fn configure(set: FontSet) {
    let _ = CONFIGURED.set(set);
}

/// The configured font folders (none unless [`configure`] was called: tests and a kiosk
/// without `font_dirs` draw with the embedded fonts only).
pub fn configured() -> &'static [std::path::PathBuf] {
    CONFIGURED.get().map_or(&[], |s| s.dirs.as_slice())
}

/// Register the kiosk's font set with the text engine, once per process.
pub fn load() {
    load_set(&FontSet::new(configured().to_vec()));
}

/// Register the kiosk's font set with the text engine, once per process: whatever the machine
/// has installed is dropped first. The embedded fonts are read straight from the binary and
/// the folders' files mapped, not copied: a font costs memory only for the pages of it used
/// (iced's own `font()` would copy every font to the heap).
pub fn load_set(set: &FontSet) {
    use iced::advanced::graphics::text::cosmic_text::fontdb::Source;
    FONTS.call_once(|| {
        let system = iced::advanced::graphics::text::font_system();
        if let Ok(mut system) = system.write() {
            let db = system.raw().db_mut();
            // Only the kiosk's font set: a system italic without Arabic drew boxes.
            let installed: Vec<_> = db
                .faces()
                .filter(|face| !matches!(face.source, Source::Binary(_)))
                .map(|face| face.id)
                .collect();
            for id in installed {
                db.remove_face(id);
            }
            for font in crate::fonts::ALL {
                let bytes: &'static [u8] = font.bytes;
                let _ = db.load_font_source(Source::Binary(std::sync::Arc::new(bytes)));
            }
            for path in set.files() {
                // A file that is not a font is skipped by the text engine.
                let _ = db.load_font_file(&path);
            }
        }
    });
}

/// Register a bundle's fonts with the text engine (each file once per process, however often
/// the bundle is loaded again). The text already on screen is shaped again with them.
pub fn load_bundle_fonts(fonts: &[crate::content::BundleFont]) {
    static SEEN: std::sync::Mutex<Vec<[u8; 32]>> = std::sync::Mutex::new(Vec::new());
    use sha2::Digest as _;
    for font in fonts {
        let digest: [u8; 32] = sha2::Sha256::digest(&font.bytes[..]).into();
        let Ok(mut seen) = SEEN.lock() else {
            return;
        };
        if seen.contains(&digest) {
            continue;
        }
        seen.push(digest);
        drop(seen);
        let system = iced::advanced::graphics::text::font_system();
        if let Ok(mut system) = system.write() {
            system.load_font(std::borrow::Cow::Owned(font.bytes.to_vec()));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scripts_of_the_first_languages_are_covered() {
        let coverage = Coverage::of_embedded_fonts();
        for sample in [
            "Français",
            "Українська",
            "العربية",
            "فارسی‌ها",
            "ትግርኛ",
            "€ – «»",
        ] {
            assert!(
                coverage.missing(sample).is_empty(),
                "{sample}: {:?}",
                coverage.missing(sample)
            );
        }
        for sample in [
            "বাংলা",
            "नेपाली",
            "简体中文，你好",
            "Ελληνικά",
            "کوردیی ناوەندی",
            "پښتو",
        ] {
            assert!(
                coverage.missing(sample).is_empty(),
                "{sample}: {:?}",
                coverage.missing(sample)
            );
        }
        // The scripts added for the new interface languages and larger communities.
        for sample in [
            "ქართული",
            "தமிழ்",
            "עברית",
            "Հայերեն",
            "ਪੰਜਾਬੀ",
            "ไทย",
            "ພາສາລາວ",
            "ខ្មែរ",
            "မြန်မာ",
            "සිංහල",
            "ދިވެހި",
            "𞤀𞤣𞤤𞤢𞤥",
            "迁徙",
        ] {
            assert!(
                coverage.missing(sample).is_empty(),
                "{sample}: {:?}",
                coverage.missing(sample)
            );
        }
        // Scripts not embedded (Mongolian, Korean, Japanese kana) must be noticed, as must
        // Han characters outside the General Standard table.
        assert_eq!(coverage.missing("ᠮᠣᠩᠭᠣᠯ").len(), 5);
        assert_eq!(coverage.missing("한국어").len(), 3);
        assert_eq!(coverage.missing("ひらがな").len(), 4);
        assert_eq!(coverage.missing("龘").len(), 1);
    }
}
