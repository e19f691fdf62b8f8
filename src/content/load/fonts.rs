//! A bundle's own fonts (`fonts/`): for scripts the kiosk's fonts lack, without a rebuild.
//! Each is checked like an image: its size, that it is a font the text engine can read, that
//! it maps characters, and that its licence (OFL or Apache) lets centres share it.

use std::sync::Arc;

use crate::content::diagnostic::{Diagnostics, Position};
use crate::content::model::BundleFont;
use crate::content::source::Source;

/// Fonts in one bundle: a few scripts' regular and bold faces.
pub const MAX_FONTS: usize = 24;
/// One font file, in bytes (a whole Noto CJK collection is ~20 MB: subset it).
pub const MAX_FONT_BYTES: u64 = 16 * 1024 * 1024;

/// What a licence must say, in the font's name table or in a licence file beside it.
const LICENCES: [&str; 4] = [
    "open font license",
    "scripts.sil.org/ofl",
    "openfontlicense.org",
    "apache license",
];

pub(super) fn is_font_path(path: &str) -> bool {
    path.starts_with("fonts/")
}

/// Read and check the files of `fonts/`: fonts (`.ttf`, `.otf`) and their licence texts
/// (`.txt`, `.md`).
pub(super) fn load(paths: &[&str], source: &dyn Source, d: &mut Diagnostics) -> Vec<BundleFont> {
    let mut licence_files = false;
    let mut candidates = Vec::new();
    for path in paths {
        let name = path.trim_start_matches("fonts/");
        if name.contains('/') {
            d.error(
                path,
                Position::START,
                "fonts go directly in the fonts folder, not in folders inside it",
            );
        } else if super::has_extension(name, &["txt", "md"]) {
            match source.read(path) {
                Ok(bytes) if names_a_licence(&String::from_utf8_lossy(&bytes)) => {
                    licence_files = true;
                }
                Ok(_) => d.warning(
                    path,
                    Position::START,
                    "this file in fonts/ is not the SIL Open Font License or the Apache License",
                ),
                Err(e) => d.error(path, Position::START, format!("cannot be read: {e}")),
            }
        } else if super::has_extension(name, &["ttf", "otf"]) {
            candidates.push(*path);
        } else {
            d.error(
                path,
                Position::START,
                "only fonts (.ttf, .otf) and their licence (.txt) belong in the fonts folder",
            );
        }
    }
    if candidates.len() > MAX_FONTS {
        d.error(
            "fonts",
            Position::START,
            format!(
                "the bundle has {} fonts; the limit is {MAX_FONTS}: keep the regular and bold \
                 faces of the scripts the kiosk's own fonts lack",
                candidates.len()
            ),
        );
        candidates.truncate(MAX_FONTS);
    }
    let mut fonts = Vec::new();
    for path in candidates {
        let bytes = match source.read(path) {
            Ok(bytes) => bytes,
            Err(e) => {
                d.error(path, Position::START, format!("cannot be read: {e}"));
                continue;
            }
        };
        match check(&bytes, licence_files) {
            Ok(family) => fonts.push(BundleFont {
                path: (*path).to_owned(),
                family,
                bytes: Arc::from(bytes),
            }),
            Err(why) => d.error(path, Position::START, why),
        }
    }
    fonts
}

fn names_a_licence(text: &str) -> bool {
    let lower = text.to_lowercase();
    LICENCES.iter().any(|l| lower.contains(l))
}

/// The font's family name, or why it cannot be used.
fn check(bytes: &[u8], licence_beside: bool) -> Result<String, String> {
    if bytes.len() as u64 > MAX_FONT_BYTES {
        return Err(format!(
            "the font is {}; a font may be at most {}: keep only the scripts you need \
             (pyftsubset)",
            super::human_bytes(bytes.len() as u64),
            super::human_bytes(MAX_FONT_BYTES)
        ));
    }
    let face = ttf_parser::Face::parse(bytes, 0).map_err(|e| {
        format!("this is not a font the kiosk can read ({e}): use a .ttf or .otf file")
    })?;
    let maps_characters = face
        .tables()
        .cmap
        .is_some_and(|cmap| cmap.subtables.into_iter().any(|s| s.is_unicode()));
    if !maps_characters {
        return Err("this font has no Unicode character map: the kiosk cannot use it".into());
    }
    let name = |id: u16| -> Option<String> {
        face.names()
            .into_iter()
            .filter(|n| n.name_id == id && n.is_unicode())
            .find_map(|n| n.to_string())
    };
    let family = name(ttf_parser::name_id::TYPOGRAPHIC_FAMILY)
        .or_else(|| name(ttf_parser::name_id::FAMILY))
        .unwrap_or_default();
    let stated = [
        ttf_parser::name_id::LICENSE,
        ttf_parser::name_id::LICENSE_URL,
    ]
    .into_iter()
    .filter_map(name)
    .any(|text| names_a_licence(&text));
    if !stated && !licence_beside {
        return Err(
            "the font's licence is not stated: fonts must be under the SIL Open Font License \
             or the Apache License; put its licence text (e.g. OFL.txt) in the fonts folder"
                .into(),
        );
    }
    Ok(family)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_embedded_noto_font_passes_and_garbage_does_not() {
        let thai = crate::fonts::ALL
            .iter()
            .find(|f| f.file == "NotoSansThai-Regular.ttf")
            .map(|f| f.bytes)
            .unwrap_or_default();
        assert_eq!(check(thai, false).as_deref(), Ok("Noto Sans Thai"));
        let why = check(b"not a font at all", true).unwrap_err();
        assert!(why.contains("not a font"), "{why}");
        // A cut font is refused, never a panic.
        for cut in [12, 100, 1000, thai.len() / 2] {
            let _ = check(&thai[..cut], true);
        }
        // Hanifi Rohingya's name table states no licence: only a licence file lets it in.
        let rohingya = crate::fonts::ALL
            .iter()
            .find(|f| f.file == "NotoSansHanifiRohingya-Regular.ttf")
            .map(|f| f.bytes)
            .unwrap_or_default();
        assert!(check(rohingya, false).unwrap_err().contains("licence"));
        assert!(check(rohingya, true).is_ok());
    }
}
