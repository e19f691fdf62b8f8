//! Characters no font of the kiosk can draw (they would show as boxes), found in the files
//! as written — so every place has its real file:line:col — and reported once per language
//! and script with a count and the first places, not once per character.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::{Arc, Mutex, OnceLock};

use crate::content::{self, Diagnostics, Position, Source};
use crate::fonts::{Coverage, FontSet};

/// Places named in one line of the report.
const PLACES_SHOWN: usize = 3;
/// Characters shown in one line of the report.
const CHARACTERS_SHOWN: usize = 12;

/// One group: a language (or "facts") and a script.
#[derive(Default)]
struct Group {
    count: usize,
    characters: Vec<char>,
    files: std::collections::BTreeSet<String>,
    places: Vec<(String, Position)>,
}

/// The embedded fonts' coverage, read once per process.
fn embedded() -> &'static Coverage {
    static EMBEDDED: OnceLock<Coverage> = OnceLock::new();
    EMBEDDED.get_or_init(Coverage::of_embedded_fonts)
}

/// The coverage of the embedded fonts plus the configured folders (cached per set: reading
/// Debian's Noto folders takes a moment) plus a bundle's fonts.
fn full(dirs: &[PathBuf], bundle: &[content::BundleFont]) -> Arc<Coverage> {
    static CACHE: Mutex<Vec<(Vec<PathBuf>, Arc<Coverage>)>> = Mutex::new(Vec::new());
    let system = {
        let cached = CACHE
            .lock()
            .ok()
            .and_then(|c| c.iter().find(|(d, _)| d == dirs).map(|(_, c)| c.clone()));
        cached.unwrap_or_else(|| {
            let coverage = Arc::new(Coverage::of_set(&FontSet::new(dirs.to_vec()), &[]));
            if let Ok(mut c) = CACHE.lock() {
                c.push((dirs.to_vec(), coverage.clone()));
            }
            coverage
        })
    };
    if bundle.is_empty() {
        system
    } else {
        Arc::new(system.with_bundle_fonts(bundle))
    }
}

/// The language a file's words are in, from its name (`guides/x.ta.md`, `locales/ta/…`).
fn language_of(path: &str) -> String {
    let parts: Vec<&str> = path.split('/').collect();
    match parts.as_slice() {
        ["locales", tag, _] => (*tag).to_owned(),
        [_, file]
            if std::path::Path::new(file)
                .extension()
                .is_some_and(|e| e.eq_ignore_ascii_case("md")) =>
        {
            file[..file.len() - 3]
                .split_once('.')
                .map_or_else(String::new, |(_, tag)| tag.to_owned())
        }
        _ => String::from("facts"),
    }
}

/// Every character of the bundle's texts, facts and translation files that no font of the
/// set (embedded, the bundle's `fonts/`, the configured `font_dirs`) can draw.
pub fn check(content: &content::Content, source: &dyn Source, dirs: &[PathBuf]) -> Diagnostics {
    let mut d = Diagnostics::new();
    let quick = embedded();
    // The files to read: item texts, facts and translations. A file whose characters the
    // embedded fonts all draw needs nothing more (the usual case: no folder is read).
    let mut files: Vec<String> = Vec::new();
    for item in &content.items {
        files.push(format!("{}/{}.toml", item.id.kind, item.id.slug));
        for lang in item.texts.keys() {
            files.push(format!("{}/{}.{lang}.md", item.id.kind, item.id.slug));
        }
    }
    let mut texts: Vec<(String, String)> = Vec::new();
    for path in files {
        let Ok(bytes) = source.read(&path) else {
            continue;
        };
        let text = String::from_utf8_lossy(&bytes).into_owned();
        if !quick.missing(&text).is_empty() {
            texts.push((path, text));
        }
    }
    for file in &content.locales {
        if !quick.missing(&file.text).is_empty() {
            texts.push((file.path.clone(), file.text.clone()));
        }
    }
    if texts.is_empty() {
        return d;
    }
    let coverage = full(dirs, &content.fonts);
    let mut groups: BTreeMap<(String, &'static str), Group> = BTreeMap::new();
    for (path, text) in &texts {
        let language = language_of(path);
        // Punctuation and marks shared by scripts (Mongolian commas, Baybayin stops) count
        // with the script of the letters before them.
        let mut last_script = "Common";
        for (offset, c) in text.char_indices() {
            let script = match crate::i18n::locale::script_of_char(c).1 {
                "Common" | "Inherited" => last_script,
                named => {
                    last_script = named;
                    named
                }
            };
            if !crate::fonts::needs_glyph(c) || coverage.covers(c) {
                continue;
            }
            let group = groups.entry((language.clone(), script)).or_default();
            group.count += 1;
            if group.characters.len() < CHARACTERS_SHOWN && !group.characters.contains(&c) {
                group.characters.push(c);
            }
            if group.files.insert(path.clone()) && group.places.len() < PLACES_SHOWN {
                group
                    .places
                    .push((path.clone(), Position::of_offset(text, offset)));
            }
        }
    }
    for ((language, script), group) in groups {
        let Some((file, at)) = group.places.first().cloned() else {
            continue;
        };
        let places: Vec<String> = group
            .places
            .iter()
            .map(|(f, p)| format!("{f}:{}:{}", p.line, p.column))
            .collect();
        let more = group.files.len().saturating_sub(places.len());
        let who = if language == "facts" {
            "facts".to_owned()
        } else {
            format!("\"{language}\"")
        };
        d.warning(
            &file,
            at,
            format!(
                "{who}, {script} script: {} character(s) in {} file(s) cannot be drawn by any \
                 font of this kiosk and would appear as boxes: {} (at {}{}). Put a font for \
                 this script in the bundle's fonts/ folder, or install one in a folder named by \
                 font_dirs in the kiosk's configuration (e.g. Debian's fonts-noto-core)",
                group.count,
                group.files.len(),
                group.characters.iter().collect::<String>(),
                places.join(", "),
                if more > 0 {
                    format!(" and {more} more file(s)")
                } else {
                    String::new()
                },
            ),
        );
    }
    d
}
