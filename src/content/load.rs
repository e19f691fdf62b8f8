//! Loading and validating a bundle: every problem is collected, none stops the others.

use std::collections::{BTreeMap, BTreeSet};

use crate::lang::Lang;
use jiff::civil::Date;

use super::diagnostic::{Diagnostics, Position};
use super::fields::{self, Field, Table};
use super::hours::OpeningHours;
use super::image;
use super::limits;
use super::markdown;
use super::model::{
    BundleMeta, Common, Contact, Content, Contract, Event, Facts, Icon, Item, ItemId, Job, Kind,
    LocaleFile, Pay, PayPeriod, Recurrence, Service, Story,
};
use super::phone::{self, PhoneNumber};
use super::source::Source;

/// What loading needs besides the files.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// "Today" for date checks (expired jobs, passed review dates); `None` is the real today
    /// in the bundle's time zone. Tests pin it.
    pub today: Option<Date>,
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
            || path == "channel.json")
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
        if !has_extension(&path, &["png", "jpg", "jpeg"]) {
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
    let mut image_files: BTreeSet<String> = BTreeSet::new();
    let mut locale_paths: Vec<(String, Lang)> = Vec::new();
    for path in &files {
        if path == BUNDLE_FILE {
            continue;
        }
        classify(
            path,
            &mut facts,
            &mut words,
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

    // Images: referenced ones must exist and decode; unreferenced ones are noise.
    let mut images = BTreeMap::new();
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
        match source
            .read(&path)
            .map_err(|e| e.to_string())
            .and_then(|b| image::decode(&b))
        {
            Ok(picture) => {
                images.insert(name.clone(), picture);
            }
            Err(why) => d.error(&path, Position::START, why),
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

    let meta = meta?;
    let mut items: Vec<Item> = items.into_values().collect();
    items.sort_by(|a, b| {
        (a.id.kind, a.common.order, &a.id.slug).cmp(&(b.id.kind, b.common.order, &b.id.slug))
    });
    Some(Content {
        meta,
        items,
        images,
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

fn classify(
    path: &str,
    facts: &mut BTreeMap<ItemId, String>,
    words: &mut Vec<(ItemId, Lang, String)>,
    images: &mut BTreeSet<String>,
    locales: &mut Vec<(String, Lang)>,
    d: &mut Diagnostics,
) {
    let parts: Vec<&str> = path.split('/').collect();
    match parts.as_slice() {
        // Written by `welcome-kiosk pack` into published bundles.
        ["manifest.toml"] => {}
        ["images", name] => {
            images.insert(path.to_owned());
            if !has_extension(name, &["png", "jpg", "jpeg"]) {
                d.error(
                    path,
                    Position::START,
                    "only PNG and JPEG images are accepted",
                );
            }
        }
        ["locales", tag, file] => {
            let Some(lang) = parse_language(tag) else {
                d.error(
                    path,
                    Position::START,
                    format!("\"{tag}\" is not a language tag (like fr, ar or fa-AF)"),
                );
                return;
            };
            if has_extension(file, &["ftl"]) {
                locales.push((path.to_owned(), lang));
            } else {
                d.warning(
                    path,
                    Position::START,
                    "only .ftl files are read from locales/",
                );
            }
        }
        [folder, file] if Kind::from_folder(folder).is_some() => {
            let Some(kind) = Kind::from_folder(folder) else {
                return;
            };
            if let Some(slug) = file.strip_suffix(".toml") {
                if valid_slug(slug) {
                    facts.insert(ItemId::new(kind, slug), path.to_owned());
                } else {
                    d.error(
                        path,
                        Position::START,
                        "file names may use only lowercase letters a-z, digits and -",
                    );
                }
            } else if let Some(stem) = file.strip_suffix(".md") {
                let Some((slug, tag)) = stem.split_once('.') else {
                    d.error(
                        path,
                        Position::START,
                        format!(
                            "a text file must be named <name>.<language>.md, like {stem}.en.md"
                        ),
                    );
                    return;
                };
                match parse_language(tag) {
                    Some(lang) if valid_slug(slug) => {
                        if lang.to_string() != *tag {
                            d.warning(
                                path,
                                Position::START,
                                format!(
                                    "write the language in the file name as \"{lang}\", not \
                                     \"{tag}\" (it is read as {lang})"
                                ),
                            );
                        }
                        words.push((ItemId::new(kind, slug), lang, path.to_owned()));
                    }
                    Some(_) => d.error(
                        path,
                        Position::START,
                        "file names may use only lowercase letters a-z, digits and -",
                    ),
                    None => d.error(
                        path,
                        Position::START,
                        format!("\"{tag}\" is not a language tag (like fr, ar or fa-AF)"),
                    ),
                }
            } else {
                d.warning(
                    path,
                    Position::START,
                    "this file is not used (only .toml and .md are read here)",
                );
            }
        }
        [folder, ..]
            if parts.len() > 2
                && (Kind::from_folder(folder).is_some()
                    || matches!(*folder, "images" | "locales")) =>
        {
            d.error(
                path,
                Position::START,
                format!(
                    "files in sub-folders of {folder}/ are not read: move it into {folder}/ itself"
                ),
            );
        }
        [folder, ..] if parts.len() > 1 => {
            let known = Kind::ALL
                .iter()
                .map(|k| k.folder())
                .chain(["images", "locales"]);
            let hint = fields::closest(folder, known)
                .map(|c| format!(" Did you mean \"{c}\"?"))
                .unwrap_or_default();
            d.error(
                path,
                Position::START,
                format!(
                    "unknown kind \"{folder}\": folders can be guides, jobs, contacts, services, \
                     events, stories, images and locales.{hint}"
                ),
            );
        }
        _ => d.warning(path, Position::START, "this file is not used by the kiosk"),
    }
}

fn parse_meta(text: &str, d: &mut Diagnostics) -> Option<BundleMeta> {
    let parsed = fields::parse(BUNDLE_FILE, text, d)?;
    let t = Table::new(BUNDLE_FILE, text, &parsed);
    let id = t.required_string("id", d);
    if let Some(Field { value, at }) = &id
        && (value.is_empty()
            || !value
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_')))
    {
        d.error(
            BUNDLE_FILE,
            *at,
            "`id` may use only letters, digits, dots, - and _ (like org.example.centre)",
        );
    }
    let version = t.required_integer("version", d).and_then(|f| {
        let v = u64::try_from(f.value).ok().filter(|v| *v >= 1);
        if v.is_none() {
            d.error(
                BUNDLE_FILE,
                f.at,
                "`version` must be a whole number of 1 or more",
            );
        }
        v
    });
    let name = t
        .required_string("name", d)
        .and_then(|f| plain_field(BUNDLE_FILE, f, d));
    let default_language = t
        .required_string("default_language", d)
        .and_then(|f| language_field(BUNDLE_FILE, &f, d));
    let mut languages: Vec<Lang> = Vec::new();
    let mut canonical: BTreeMap<Lang, Lang> = BTreeMap::new();
    for f in t.strings("languages", d).unwrap_or_default() {
        let Some(lang) = language_field(BUNDLE_FILE, &f, d) else {
            continue;
        };
        let same = crate::i18n::locale::canonicalize(&lang);
        if let Some(first) = canonical.get(&same) {
            d.error(
                BUNDLE_FILE,
                f.at,
                if *first == lang {
                    format!("\"{lang}\" is listed twice in `languages`")
                } else {
                    format!(
                        "\"{lang}\" and \"{first}\" are the same language ({same}): list it once, \
                         or the picker would show it twice"
                    )
                },
            );
            continue;
        }
        canonical.insert(same, lang.clone());
        languages.push(lang);
    }
    if let Some(default) = &default_language
        && !languages.contains(default)
    {
        d.error(
            BUNDLE_FILE,
            t.at(),
            format!("`languages` must include the default language \"{default}\""),
        );
    }
    let timezone =
        t.required_string("timezone", d)
            .and_then(|f| match jiff::tz::TimeZone::get(&f.value) {
                Ok(tz) => Some((tz, f.value)),
                Err(_) => {
                    d.error(
                        BUNDLE_FILE,
                        f.at,
                        format!(
                            "\"{}\" is not a time zone; use a name like \"Europe/Brussels\"",
                            f.value
                        ),
                    );
                    None
                }
            });
    let currency = t.string("currency", d).map_or_else(
        || "EUR".to_owned(),
        |f| {
            if f.value.len() != 3 || !f.value.chars().all(|c| c.is_ascii_uppercase()) {
                d.error(
                    BUNDLE_FILE,
                    f.at,
                    "`currency` must be a three-letter code like \"EUR\" or \"SEK\"",
                );
            }
            f.value
        },
    );
    let expires = t.date("expires", d).map(|f| f.value);
    let example = t.boolean("example", d).is_some_and(|f| f.value);
    t.finish(d);
    let (timezone, timezone_name) = timezone?;
    Some(BundleMeta {
        id: id?.value,
        version: version?,
        name: name?,
        default_language: default_language?,
        languages,
        timezone,
        timezone_name,
        currency,
        expires,
        example,
    })
}

fn language_field(file: &str, f: &Field<String>, d: &mut Diagnostics) -> Option<Lang> {
    let lang = parse_language(&f.value);
    if lang.as_ref().is_some_and(|l| l.id().language.is_unknown()) {
        d.error(
            file,
            f.at,
            format!(
                "\"{}\" names no language (\"und\" means undetermined): use a real tag like fr or ar",
                f.value
            ),
        );
        return None;
    }
    if lang.is_none() {
        d.error(
            file,
            f.at,
            format!(
                "\"{}\" is not a language tag (like fr, ar or fa-AF)",
                f.value
            ),
        );
    }
    lang
}

/// Pick one of a fixed set of words, or explain the choices.
fn choice<T: Copy>(
    file: &str,
    key: &str,
    f: &Field<String>,
    names: &[(&'static str, T)],
    d: &mut Diagnostics,
) -> Option<T> {
    let found = names.iter().find(|(n, _)| *n == f.value).map(|(_, v)| *v);
    if found.is_none() {
        let list: Vec<&str> = names.iter().map(|(n, _)| *n).collect();
        d.error(
            file,
            f.at,
            format!(
                "`{key}` cannot be \"{}\"; choose one of: {}",
                f.value,
                list.join(", ")
            ),
        );
    }
    found
}

fn phone_field(file: &str, f: &Field<String>, d: &mut Diagnostics) -> Option<PhoneNumber> {
    PhoneNumber::parse(&f.value)
        .map_err(|why| d.error(file, f.at, why))
        .ok()
}

fn email_field(file: &str, f: Field<String>, d: &mut Diagnostics) -> Option<String> {
    let ok = f.value.split_once('@').is_some_and(|(local, domain)| {
        !local.is_empty()
            && domain.contains('.')
            && !domain.starts_with('.')
            && !domain.ends_with('.')
    }) && !f
        .value
        .chars()
        .any(|c| c.is_whitespace() || c.is_control() || phone::is_invisible_control(c))
        && f.value.matches('@').count() == 1;
    if ok {
        Some(f.value)
    } else {
        d.error(
            file,
            f.at,
            format!("\"{}\" is not an e-mail address", f.value),
        );
        None
    }
}

/// Free text that people read: reject invisible direction controls that could disguise it,
/// text with nothing visible, and text too long for its place on screen.
fn plain_field(file: &str, f: Field<String>, d: &mut Diagnostics) -> Option<String> {
    let chars = f.value.chars().count();
    if chars > super::limits::MAX_FIELD_CHARS {
        d.error(
            file,
            f.at,
            format!(
                "this text is {chars} characters long; at most {} fit here (put details in the \
                 item's text)",
                super::limits::MAX_FIELD_CHARS
            ),
        );
        return None;
    }
    if !f.value.chars().any(markdown::visible) {
        d.error(file, f.at, "this text has no visible letters");
        return None;
    }
    if let Some(c) = f.value.chars().find(|c| markdown::direction_control(*c)) {
        d.error(
            file,
            f.at,
            format!(
                "this text contains an invisible direction control (U+{:04X}); retype it",
                u32::from(c)
            ),
        );
        return None;
    }
    glyphs(file, &f, d);
    Some(f.value)
}

/// Characters of a fact that no font of the kiosk can draw (they would show as boxes).
fn glyphs(file: &str, f: &Field<String>, d: &mut Diagnostics) {
    static COVERAGE: std::sync::OnceLock<crate::fonts::Coverage> = std::sync::OnceLock::new();
    let coverage = COVERAGE.get_or_init(crate::fonts::Coverage::of_embedded_fonts);
    let missing = coverage.missing(&f.value);
    if !missing.is_empty() {
        let before = f
            .value
            .chars()
            .position(|c| missing.contains(&c))
            .unwrap_or(0);
        let at = Position::new(
            f.at.line,
            f.at.column + 1 + u32::try_from(before).unwrap_or(0),
        );
        let shown: String = missing.iter().take(8).collect();
        d.warning(
            file,
            at,
            format!(
                "{} character(s) here cannot be shown by the kiosk's fonts and would appear as \
                 boxes: {shown}",
                missing.len()
            ),
        );
    }
}

fn hours_field(file: &str, t: &Table<'_, '_>, d: &mut Diagnostics) -> Option<OpeningHours> {
    let lines = t.strings("hours", d)?;
    if lines.is_empty() {
        // `hours = []` says nothing about the hours: it must not show as "closed".
        d.warning(
            file,
            t.at(),
            "`hours = []` lists no hours: leave it out if they are not known, or write \
             [\"24/7\"] or [\"Mo-Fr 09:00-17:00\"]",
        );
        return None;
    }
    let at = lines.first().map_or(t.at(), |f| f.at);
    match OpeningHours::parse(lines.iter().map(|f| f.value.as_str())) {
        Ok(hours) => Some(hours),
        Err(why) => {
            // Point at the line that failed when we can find it.
            let at = lines
                .iter()
                .find(|f| OpeningHours::parse([f.value.as_str()]).is_err())
                .map_or(at, |f| f.at);
            d.error(file, at, format!("opening hours: {why}"));
            None
        }
    }
}

fn phones_field(file: &str, t: &Table<'_, '_>, d: &mut Diagnostics) -> Vec<PhoneNumber> {
    t.strings("phones", d)
        .unwrap_or_default()
        .iter()
        .filter_map(|f| phone_field(file, f, d))
        .collect()
}

fn languages_field(
    file: &str,
    t: &Table<'_, '_>,
    key: &'static str,
    d: &mut Diagnostics,
) -> Vec<Lang> {
    t.strings(key, d)
        .unwrap_or_default()
        .iter()
        .filter_map(|f| language_field(file, f, d))
        .collect()
}

/// Parse an item's `.toml`; returns it and where its `image` was named.
fn parse_item(
    id: &ItemId,
    path: &str,
    text: &str,
    today: Date,
    d: &mut Diagnostics,
) -> Option<(Item, Option<Position>)> {
    let errors_before = d.error_count();
    let parsed = fields::parse(path, text, d)?;
    let t = Table::new(path, text, &parsed);

    let order = t.integer("order", d).map_or(100, |f| f.value);
    let example = t.boolean("example", d).is_some_and(|f| f.value);
    let image_field = t.string("image", d);
    if let Some(f) = &image_field
        && (f.value.contains('/') || f.value.contains('\\') || f.value.starts_with('.'))
    {
        d.error(
            path,
            f.at,
            "`image` is a file name inside images/, like \"union-desk.png\"",
        );
    }
    let icon = t.string("icon", d).and_then(|f| {
        let names: Vec<(&'static str, Icon)> = Icon::NAMES.to_vec();
        choice(path, "icon", &f, &names, d)
    });
    let review_by = t.date("review_by", d).map(|f| {
        if f.value < today {
            d.warning(
                path,
                f.at,
                format!(
                    "review date {} has passed: check this item is still true, then move the date",
                    f.value
                ),
            );
        }
        f.value
    });

    let facts = match id.kind {
        Kind::Guides => Some(Facts::Guide),
        Kind::Jobs => parse_job(path, &t, today, d).map(Facts::Job),
        Kind::Contacts => parse_contact(path, &t, d).map(Facts::Contact),
        Kind::Services => Some(Facts::Service(parse_service(path, &t, d))),
        Kind::Events => parse_event(path, &t, today, d).map(Facts::Event),
        Kind::Stories => parse_story(path, &t, image_field.is_some(), d).map(Facts::Story),
    };
    t.finish(d);
    if d.error_count() > errors_before {
        return None;
    }
    let image_at = image_field.as_ref().map(|f| f.at);
    Some((
        Item {
            id: id.clone(),
            common: Common {
                order,
                example,
                image: image_field.map(|f| f.value),
                icon,
                review_by,
            },
            facts: facts?,
            texts: BTreeMap::new(),
        },
        image_at,
    ))
}

fn parse_job(path: &str, t: &Table<'_, '_>, today: Date, d: &mut Diagnostics) -> Option<Job> {
    let employer = t
        .required_string("employer", d)
        .and_then(|f| plain_field(path, f, d));
    let place = t.string("place", d).and_then(|f| plain_field(path, f, d));
    let contract = t
        .string("contract", d)
        .and_then(|f| choice(path, "contract", &f, &Contract::NAMES, d));
    let hours_per_week = t.integer("hours_per_week", d).and_then(|f| {
        let h = u8::try_from(f.value).ok().filter(|h| (1..=60).contains(h));
        if h.is_none() {
            d.error(path, f.at, "`hours_per_week` must be between 1 and 60");
        }
        h
    });
    let pay = t.table("pay", d).and_then(|p| {
        let amount = p.number("amount", d);
        let per = p
            .string("per", d)
            .and_then(|f| choice(path, "per", &f, &PayPeriod::NAMES, d));
        if amount.is_none() && per.is_none() {
            d.error(
                path,
                p.at(),
                "`pay` needs an amount and a period: { amount = 14.50, per = \"hour\" }",
            );
        }
        let amount_given = amount.is_some();
        let minor_units = amount.and_then(|f| money(path, &f, d));
        if amount_given && per.is_none() {
            d.error(
                path,
                p.at(),
                "`pay` needs `per`: hour, day, week, month or year",
            );
        }
        p.finish(d);
        Some(Pay {
            minor_units: minor_units?,
            per: per?,
        })
    });
    let languages_needed = languages_field(path, t, "languages_needed", d);
    let phone = t.string("phone", d).and_then(|f| phone_field(path, &f, d));
    let email = t.string("email", d).and_then(|f| email_field(path, f, d));
    let posted = t.required("posted", "2026-11-01", d, |t, d| t.date("posted", d));
    let expires = t.date("expires", d);
    if let (Some(p), Some(e)) = (&posted, &expires)
        && e.value < p.value
    {
        d.error(path, e.at, "`expires` is before `posted`");
    }
    if let Some(e) = &expires
        && e.value < today
    {
        d.warning(
            path,
            e.at,
            format!(
                "this job expired on {}; it is hidden from visitors",
                e.value
            ),
        );
    }
    if !t.has("phone") && !t.has("email") {
        d.warning(
            path,
            t.at(),
            "this job has no `phone` or `email`: how does a visitor apply?",
        );
    }
    Some(Job {
        employer: employer?,
        place,
        contract,
        hours_per_week,
        pay,
        languages_needed,
        phone,
        email,
        posted: posted?.value,
        expires: expires.map(|f| f.value),
    })
}

/// An amount of money as written (`14.50`): more than nothing, at most two decimals, less
/// than ten million; in cents.
fn money(path: &str, f: &Field<f64>, d: &mut Diagnostics) -> Option<i64> {
    let cents = (f.value * 100.0).round();
    if (f.value * 100.0 - cents).abs() > 1e-6 {
        d.error(
            path,
            f.at,
            format!(
                "the pay amount {} has more than two decimals; write it as money, like {:.2}",
                f.value, f.value
            ),
        );
        return None;
    }
    if !(1.0..1_000_000_000.0).contains(&cents) {
        d.error(
            path,
            f.at,
            "the pay amount must be at least 0.01 and less than 10,000,000",
        );
        return None;
    }
    Some(cents as i64)
}

fn parse_contact(path: &str, t: &Table<'_, '_>, d: &mut Diagnostics) -> Option<Contact> {
    let errors_before = d.error_count();
    let phones = phones_field(path, t, d);
    let free = t.boolean("free", d).is_some_and(|f| f.value);
    let urgent = t.boolean("urgent", d).is_some_and(|f| f.value);
    let hours = hours_field(path, t, d);
    if urgent
        && let Some(h) = &hours
        && *h != OpeningHours::Always
    {
        d.warning(
            path,
            t.at(),
            "an urgent number with opening hours: the kiosk never shows an urgent number as \
             closed (someone in danger must still try it); say in its text when it is answered",
        );
    }
    let hours = hours.unwrap_or(OpeningHours::Always);
    let address = t.string("address", d).and_then(|f| plain_field(path, f, d));
    let email = t.string("email", d).and_then(|f| email_field(path, f, d));
    if phones.is_empty() {
        // Numbers that were written but are invalid have their own errors already.
        if d.error_count() > errors_before {
            return None;
        }
        d.error(
            path,
            t.at(),
            "a contact needs at least one number: `phones = [\"112\"]`",
        );
        return None;
    }
    Some(Contact {
        phones,
        free,
        urgent,
        hours,
        address,
        email,
    })
}

fn parse_service(path: &str, t: &Table<'_, '_>, d: &mut Diagnostics) -> Service {
    let phones = phones_field(path, t, d);
    let email = t.string("email", d).and_then(|f| email_field(path, f, d));
    let address = t.string("address", d).and_then(|f| plain_field(path, f, d));
    let hours = hours_field(path, t, d);
    let languages_spoken = languages_field(path, t, "languages_spoken", d);
    let website = t.string("website", d).and_then(|f| {
        let ok = (f.value.starts_with("https://") || f.value.starts_with("http://"))
            && !f.value.chars().any(char::is_whitespace);
        if !ok {
            d.error(
                path,
                f.at,
                "`website` must be an address starting with https://",
            );
        }
        ok.then_some(f.value)
    });
    Service {
        phones,
        email,
        address,
        hours,
        languages_spoken,
        website,
    }
}

fn parse_event(path: &str, t: &Table<'_, '_>, today: Date, d: &mut Diagnostics) -> Option<Event> {
    let start = t.required("start", "2026-12-18T18:00:00", d, |t, d| {
        t.datetime("start", d)
    });
    let end = t.datetime("end", d);
    if let (Some(s), Some(e)) = (&start, &end)
        && e.value <= s.value
    {
        d.error(path, e.at, "`end` must be after `start`");
    }
    let place = t.string("place", d).and_then(|f| plain_field(path, f, d));
    let free = t.boolean("free", d).is_some_and(|f| f.value);
    let recurrence = t
        .string("recurrence", d)
        .and_then(|f| choice(path, "recurrence", &f, &Recurrence::NAMES, d));
    let until = t.date("until", d);
    if until.is_some() && recurrence.is_none() {
        d.error(
            path,
            until.as_ref().map_or(t.at(), |f| f.at),
            "`until` only makes sense with `recurrence`",
        );
    }
    let event = Event {
        start: start?.value,
        end: end.map(|f| f.value),
        place,
        free,
        recurrence,
        until: until.map(|f| f.value),
    };
    if event
        .next_occurrence(today.to_datetime(jiff::civil::Time::midnight()))
        .is_none()
    {
        d.warning(
            path,
            t.at(),
            "this event is over; it is hidden from visitors",
        );
    }
    Some(event)
}

fn parse_story(
    path: &str,
    t: &Table<'_, '_>,
    has_image: bool,
    d: &mut Diagnostics,
) -> Option<Story> {
    let first_name = t
        .required_string("first_name", d)
        .and_then(|f| plain_field(path, f, d));
    let fictional = t.boolean("fictional", d).is_some_and(|f| f.value);
    let consent = t.boolean("consent", d).is_some_and(|f| f.value);
    if !fictional && !consent {
        d.error(
            path,
            t.at(),
            "a real person's story needs `consent = true`: their written agreement to be shown \
             (or `fictional = true` for an invented example)",
        );
    }
    if has_image && !fictional && !consent {
        d.error(
            path,
            t.at(),
            "a photo of a real person needs `consent = true`",
        );
    }
    Some(Story {
        first_name: first_name?,
        fictional,
        consent,
    })
}
