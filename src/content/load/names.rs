//! What each file of a bundle is, told by its path: facts, words, a recording, a picture, a
//! translation — or a mistake, named with a hint.

use std::collections::{BTreeMap, BTreeSet};

use super::{AUDIO, has_extension, parse_language, valid_slug};
use crate::content::diagnostic::{Diagnostics, Position};
use crate::content::fields;
use crate::content::model::{ItemId, Kind};
use crate::lang::Lang;

#[allow(
    clippy::too_many_lines,
    reason = "one decision per kind of file name, in one place"
)]
pub(super) fn classify(
    path: &str,
    facts: &mut BTreeMap<ItemId, String>,
    words: &mut Vec<(ItemId, Lang, String)>,
    recordings: &mut Vec<(ItemId, Lang, String)>,
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
            } else if has_extension(file, AUDIO) {
                let stem = file.rsplit_once('.').map_or(*file, |(stem, _)| stem);
                let named = stem
                    .split_once('.')
                    .and_then(|(slug, tag)| Some((slug, parse_language(tag)?)))
                    .filter(|(slug, _)| valid_slug(slug));
                match named {
                    Some((slug, lang)) => {
                        recordings.push((ItemId::new(kind, slug), lang, path.to_owned()));
                    }
                    None => d.error(
                        path,
                        Position::START,
                        "a recording must be named <name>.<language>.ogg (or .opus, .wav), like \
                         the text it reads: rights.ar.md → rights.ar.ogg",
                    ),
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
                    "this file is not used (only .toml, .md and recordings — .ogg, .opus, .wav — \
                     are read here)",
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
