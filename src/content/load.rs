//! Loading and validating a bundle: every problem is collected, none stops the others.
//!
//! This module walks the files of a source, admits them against the bundle's limits, sorts
//! them into their roles and puts the content together; `meta` parses `bundle.toml` and the
//! field helpers shared by all facts, `items` parses each item's `.toml`.

mod fonts;
mod items;
mod meta;
mod names;
mod recordings;

pub use recordings::audio_kind;

use std::collections::{BTreeMap, BTreeSet};

use crate::lang::Lang;
use jiff::civil::Date;

use super::diagnostic::{Diagnostics, Position};
use super::fields;
use super::image;
use super::limits;
use super::markdown;
use super::model::{Content, Item, ItemId, LocaleFile};
use super::source::Source;
use items::parse_item;
use meta::parse_meta;
use names::classify;

/// What loading needs besides the files.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// "Today" for date checks (expired jobs, passed review dates); `None` is the real today
    /// in the bundle's time zone. Tests pin it.
    pub today: Option<Date>,
    /// The configured system font folders (`font_dirs`): with the embedded fonts and the
    /// bundle's own, the characters a kiosk can draw (checked on admission).
    pub font_dirs: Vec<std::path::PathBuf>,
}

/// The outcome: content when there were no errors, and every diagnostic either way.
#[derive(Debug)]
pub struct Loaded {
    pub content: Option<Content>,
    pub diagnostics: Diagnostics,
}

const BUNDLE_FILE: &str = "bundle.toml";

/// Load a bundle from any source. Content is returned only if there are no errors.
pub fn load(source: &dyn Source, options: &Options) -> Loaded {
    let mut d = Diagnostics::new();
    let content = load_inner(source, options, &mut d);
    let content = if d.has_errors() { None } else { content };
    Loaded {
        content,
        diagnostics: d.sorted(),
    }
}

/// Files that publishing writes next to a bundle (`pack`, `sign`, `--channel`): never part
/// of the bundle itself, so neither read nor packed.
pub fn is_publishing_artifact(path: &str) -> bool {
    !path.contains('/')
        && (has_extension(path, &["tar", "minisig"])
            || path.to_ascii_lowercase().ends_with(".tar.tmp")
            || path == "channel.json"
            // Written into the archive by `pack` and checked by the store, not content.
            || path == "manifest.toml")
}

/// The limit on one file's size, by what it is.
fn size_limit(path: &str) -> u64 {
    if has_extension(path, &["md"]) {
        limits::MAX_TEXT_BYTES as u64
    } else if has_extension(path, &["toml"]) {
        limits::MAX_TOML_BYTES as u64
    } else if has_extension(path, &["ftl"]) {
        limits::MAX_FTL_BYTES as u64
    } else if has_extension(path, &["png", "jpg", "jpeg"]) {
        image::MAX_FILE_BYTES as u64
    } else {
        limits::MAX_FILE_BYTES
    }
}

/// The files of `source` that may be read, each checked against the limits of a bundle
/// (path length, size of each file and of all together); the problems of the others.
fn admitted_files(source: &dyn Source, d: &mut Diagnostics) -> Option<Vec<String>> {
    let listing = match source.listing() {
        Ok(listing) => listing,
        Err(e) => {
            d.error(
                ".",
                Position::START,
                format!("the bundle cannot be read: {e}"),
            );
            return None;
        }
    };
    for (path, why) in &listing.skipped {
        d.error(path, Position::START, why.clone());
    }
    let mut total: u64 = 0;
    let mut text_total: u64 = 0;
    let mut files = Vec::with_capacity(listing.files.len());
    for path in listing.files {
        if is_publishing_artifact(&path) {
            continue;
        }
        if path.len() > limits::MAX_PATH_BYTES {
            d.error(
                &path,
                Position::START,
                format!(
                    "the path is {} bytes long; the limit is {}: use a shorter name",
                    path.len(),
                    limits::MAX_PATH_BYTES
                ),
            );
            continue;
        }
        let size = source.size(&path).unwrap_or(0);
        let limit = size_limit(&path);
        if size > limit {
            d.error(
                &path,
                Position::START,
                format!(
                    "the file is {}; a file like this may be at most {}",
                    human_bytes(size),
                    human_bytes(limit)
                ),
            );
            continue;
        }
        total += size;
        if !has_extension(&path, &["png", "jpg", "jpeg"])
            && !has_extension(&path, AUDIO)
            && !fonts::is_font_path(&path)
        {
            text_total += size;
        }
        files.push(path);
    }
    if total > limits::MAX_BUNDLE_BYTES {
        d.error(
            ".",
            Position::START,
            format!(
                "the bundle's files are {} together; the limit is {}",
                human_bytes(total),
                human_bytes(limits::MAX_BUNDLE_BYTES)
            ),
        );
        return None;
    }
    if text_total > limits::MAX_TEXT_TOTAL_BYTES as u64 {
        d.error(
            ".",
            Position::START,
            format!(
                "the bundle's texts, facts and translations are {} together; the limit is {} \
                 (a kiosk keeps them all in memory)",
                human_bytes(text_total),
                human_bytes(limits::MAX_TEXT_TOTAL_BYTES as u64)
            ),
        );
        return None;
    }
    Some(files)
}

/// 1536 → "1.5 KB", 16777216 → "16 MB".
pub fn human_bytes(n: u64) -> String {
    const KB: u64 = 1024;
    if n < KB {
        format!("{n} bytes")
    } else if n < KB * KB {
        format!("{:.1} KB", n as f64 / KB as f64).replace(".0 ", " ")
    } else {
        format!("{:.1} MB", n as f64 / (KB * KB) as f64).replace(".0 ", " ")
    }
}

#[allow(
    clippy::too_many_lines,
    reason = "the loader's steps in order, each with its limit; split, the order would be harder to see"
)]
fn load_inner(source: &dyn Source, options: &Options, d: &mut Diagnostics) -> Option<Content> {
    let files = admitted_files(source, d)?;
    if !files.iter().any(|f| f == BUNDLE_FILE) {
        d.error(
            BUNDLE_FILE,
            Position::START,
            "bundle.toml is missing: every bundle needs one at its top level, with id, version, \
             name, default_language, languages and timezone",
        );
        return None;
    }

    let read_text = |path: &str, d: &mut Diagnostics| -> Option<String> {
        let bytes = match source.read(path) {
            Ok(bytes) => bytes,
            Err(e) => {
                d.error(
                    path,
                    Position::START,
                    format!("the file cannot be read: {e}"),
                );
                return None;
            }
        };
        text_of(path, bytes, d)
    };

    let meta = read_text(BUNDLE_FILE, d).and_then(|text| parse_meta(&text, d));
    let today = options.today.unwrap_or_else(|| {
        let tz = meta
            .as_ref()
            .map_or(jiff::tz::TimeZone::UTC, |m| m.timezone.clone());
        jiff::Timestamp::now().to_zoned(tz).date()
    });
    if let Some(meta) = &meta
        && let Some(expires) = meta.expires
        && expires < today
    {
        d.warning(
            BUNDLE_FILE,
            Position::START,
            format!("this bundle expired on {expires}: publish a new version"),
        );
    }

    // Sort files into their roles.
    let mut facts: BTreeMap<ItemId, String> = BTreeMap::new();
    let mut words: Vec<(ItemId, Lang, String)> = Vec::new();
    let mut recordings: Vec<(ItemId, Lang, String)> = Vec::new();
    let mut image_files: BTreeSet<String> = BTreeSet::new();
    let mut locale_paths: Vec<(String, Lang)> = Vec::new();
    let mut font_paths: Vec<&str> = Vec::new();
    for path in &files {
        if path == BUNDLE_FILE {
            continue;
        }
        if fonts::is_font_path(path) {
            font_paths.push(path);
            continue;
        }
        classify(
            path,
            &mut facts,
            &mut words,
            &mut recordings,
            &mut image_files,
            &mut locale_paths,
            d,
        );
    }

    // Items from their .toml files.
    let mut items: BTreeMap<ItemId, Item> = BTreeMap::new();
    let mut image_refs: BTreeMap<String, (String, Position)> = BTreeMap::new();
    for (id, path) in &facts {
        let Some(text) = read_text(path, d) else {
            continue;
        };
        if let Some((item, image_at)) = parse_item(id, path, &text, today, d) {
            if let (Some(image), Some(at)) = (&item.common.image, image_at) {
                image_refs
                    .entry(image.clone())
                    .or_insert_with(|| (path.clone(), at));
            }
            items.insert(id.clone(), item);
        }
    }

    // Words from the .md files.
    let declared: BTreeSet<&Lang> = meta
        .as_ref()
        .map(|m| m.languages.iter().collect())
        .unwrap_or_default();
    // Which file gave each item's text in each language: two files for one (`x.EN.md` and
    // `x.en.md`) would silently replace each other.
    let mut written: BTreeMap<(ItemId, Lang), String> = BTreeMap::new();
    for (id, lang, path) in words {
        if let Some(first) = written.get(&(id.clone(), lang.clone())) {
            d.error(
                &path,
                Position::START,
                format!(
                    "there are two texts in \"{lang}\" for this item: {first} and this one; keep one"
                ),
            );
            continue;
        }
        written.insert((id.clone(), lang.clone()), path.clone());
        if meta.is_some() && !declared.contains(&lang) {
            d.error(
                &path,
                Position::START,
                format!(
                    "this text is in \"{lang}\", which bundle.toml does not list in `languages`; \
                     add it there or rename the file"
                ),
            );
            continue;
        }
        if !facts.contains_key(&id) {
            d.error(
                &path,
                Position::START,
                format!(
                    "there is no {}/{}.toml for this text: every item needs its facts file",
                    id.kind, id.slug
                ),
            );
            continue;
        }
        let Some(source_text) = read_text(&path, d) else {
            continue;
        };
        let Some(text) = markdown::parse_text(&path, &source_text, d) else {
            continue;
        };
        if let Some(item) = items.get_mut(&id) {
            item.texts.insert(lang, text);
        }
    }

    recordings::attach(
        recordings,
        &facts,
        meta.is_some(),
        &declared,
        source,
        &mut items,
        d,
    );

    // Every item needs its words in the default language.
    if let Some(meta) = &meta {
        for (id, path) in &facts {
            if let Some(item) = items.get(id)
                && !item.texts.contains_key(&meta.default_language)
            {
                let message = match written.get(&(id.clone(), meta.default_language.clone())) {
                    Some(file) => format!(
                        "the text in the default language, {file}, cannot be used (see its \
                         problems): this item needs it"
                    ),
                    None => format!(
                        "there is no text in the default language: add {}/{}.{}.md",
                        id.kind, id.slug, meta.default_language
                    ),
                };
                d.error(path, Position::START, message);
            }
        }
    }

    // Images: referenced ones must exist and decode; unreferenced ones are noise. Read in
    // order, decoded side by side (pictures are most of a bundle's parse time).
    let mut images = BTreeMap::new();
    let mut to_decode: Vec<ToDecode> = Vec::new();
    for (name, (referrer, at)) in &image_refs {
        let path = format!("images/{name}");
        if !image_files.contains(&path) {
            use unicode_normalization::UnicodeNormalization as _;
            let composed: String = name.nfc().collect();
            let same_looking = image_files
                .iter()
                .map(|p| p.trim_start_matches("images/"))
                .find(|f| f.nfc().collect::<String>() == composed);
            let hint = match same_looking {
                Some(f) => format!(
                    " There is \"{f}\", which looks the same but is written with other Unicode \
                     characters (an accent typed as a separate mark): rename the file or retype \
                     the name, using only a-z, digits and -"
                ),
                None => fields::closest(
                    name,
                    image_files.iter().map(|p| p.trim_start_matches("images/")),
                )
                .map(|c| format!(" Did you mean \"{c}\"?"))
                .unwrap_or_default(),
            };
            d.error(
                referrer,
                *at,
                format!("the image \"{name}\" is not in the images folder.{hint}"),
            );
            continue;
        }
        let bytes = source.read(&path).map_err(|e| e.to_string());
        to_decode.push((name.clone(), path, bytes));
    }
    for ((name, path, _), decoded) in to_decode.iter().zip(decode_all(&to_decode)) {
        match decoded {
            Ok(picture) => {
                images.insert(name.clone(), picture);
            }
            Err(why) => d.error(path, Position::START, why),
        }
    }
    for path in &image_files {
        if !image_refs.contains_key(path.trim_start_matches("images/")) {
            d.warning(path, Position::START, "this image is not used by any item");
        }
    }

    // Translation files: read now, parsed and checked by i18n.
    let mut locales = Vec::new();
    for (path, language) in locale_paths {
        if let Some(text) = read_text(&path, d) {
            locales.push(LocaleFile {
                path,
                language,
                text,
            });
        }
    }

    let fonts = fonts::load(&font_paths, source, d);

    let meta = meta?;
    let mut items: Vec<Item> = items.into_values().collect();
    items.sort_by(|a, b| {
        (a.id.kind, a.common.order, &a.id.slug).cmp(&(b.id.kind, b.common.order, &b.id.slug))
    });
    Some(Content {
        meta,
        items,
        images,
        fonts,
        locales,
        origin: source.describe(),
    })
}

/// Decode UTF-8, dropping a byte-order mark with a warning.
fn text_of(path: &str, bytes: Vec<u8>, d: &mut Diagnostics) -> Option<String> {
    match String::from_utf8(bytes) {
        Ok(mut text) => {
            if text.starts_with('\u{FEFF}') {
                text.remove(0);
                d.warning(
                    path,
                    Position::START,
                    "the file starts with an invisible byte-order mark (BOM); it was ignored, but \
                     save the file as UTF-8 without BOM",
                );
            }
            if text.contains('\r') {
                text = text.replace("\r\n", "\n");
            }
            Some(text)
        }
        Err(e) => {
            let valid = &e.as_bytes()[..e.utf8_error().valid_up_to()];
            let at = Position::of_offset(&String::from_utf8_lossy(valid), valid.len());
            d.error(
                path,
                at,
                "the file is not UTF-8 text; save it again as UTF-8 in your editor",
            );
            None
        }
    }
}

/// Recordings a coordinator may add beside an item's texts.
const AUDIO: &[&str] = &["ogg", "opus", "wav"];

fn has_extension(name: &str, extensions: &[&str]) -> bool {
    std::path::Path::new(name)
        .extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| extensions.iter().any(|x| e.eq_ignore_ascii_case(x)))
}

fn valid_slug(slug: &str) -> bool {
    !slug.is_empty()
        && slug
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

fn parse_language(text: &str) -> Option<Lang> {
    Lang::parse(text)
}

/// A picture to decode: its name, its path and its bytes (or why they could not be read).
type ToDecode = (String, String, Result<Vec<u8>, String>);

/// Decode pictures on up to as many threads as the machine has cores, results in order.
fn decode_all(files: &[ToDecode]) -> Vec<Result<super::image::Picture, String>> {
    let decode = |(_, _, bytes): &ToDecode| {
        bytes
            .as_ref()
            .map_err(Clone::clone)
            .and_then(|b| image::decode(b))
    };
    let threads = std::thread::available_parallelism().map_or(1, usize::from);
    if threads < 2 || files.len() < 2 {
        return files.iter().map(decode).collect();
    }
    let chunk = files.len().div_ceil(threads);
    std::thread::scope(|scope| {
        let workers: Vec<_> = files
            .chunks(chunk)
            .map(|part| {
                let n = part.len();
                (
                    n,
                    scope.spawn(move || part.iter().map(decode).collect::<Vec<_>>()),
                )
            })
            .collect();
        workers
            .into_iter()
            .flat_map(|(n, w)| {
                w.join()
                    .unwrap_or_else(|_| vec![Err("the picture could not be decoded".to_owned()); n])
            })
            .collect()
    })
}
