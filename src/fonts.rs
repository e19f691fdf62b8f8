//! Fonts compiled into the binary, so every script renders the same on any machine, with or
//! without fonts installed. Noto (OFL-1.1, `assets/fonts/OFL.txt`); icons from Lucide (ISC).

/// A font file and the family name it registers.
pub struct FontFile {
    pub family: &'static str,
    pub file: &'static str,
    pub bytes: &'static [u8],
}

pub const SANS_FAMILY: &str = "Noto Sans";
pub const ICON_FAMILY: &str = "lucide";

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
    faces: Vec<(&'static str, Vec<std::ops::RangeInclusive<u32>>)>,
}

impl Coverage {
    /// Read the character maps of every embedded font (the icon font covers only its
    /// private-use pictograms, so it cannot hide a missing letter).
    pub fn of_embedded_fonts() -> Self {
        Self::of(ALL.iter())
    }

    fn of<'f>(files: impl Iterator<Item = &'f FontFile>) -> Self {
        let faces = files
            .filter_map(|f| {
                let face = ttf_parser::Face::parse(f.bytes, 0).ok()?;
                let mut ranges = Vec::new();
                for subtable in face.tables().cmap?.subtables {
                    if !subtable.is_unicode() {
                        continue;
                    }
                    subtable.codepoints(|cp| ranges.push(cp..=cp));
                }
                Some((f.file, merge(ranges)))
            })
            .collect();
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

static FONTS: std::sync::Once = std::sync::Once::new();

/// Register the embedded fonts with the text engine, once per process, without copying them:
/// the text engine reads the bytes straight from the binary, so a font costs memory only for
/// the pages of it that are used (iced's own `font()` would copy every font to the heap).
pub fn load() {
    use iced::advanced::graphics::text::cosmic_text::fontdb::Source;
    FONTS.call_once(|| {
        let system = iced::advanced::graphics::text::font_system();
        if let Ok(mut system) = system.write() {
            let db = system.raw().db_mut();
            // Only the fonts shipped with the kiosk: whatever the machine has installed must
            // not decide which face draws a letter (a system italic without Arabic drew boxes).
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
        }
    });
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
        // Scripts not embedded (Georgian, Tamil) must be noticed, as must rare Han characters.
        assert_eq!(coverage.missing("ქართული").len(), 7);
        assert_eq!(coverage.missing("தமிழ்").len(), 5);
        assert_eq!(coverage.missing("龘").len(), 1);
    }
}
