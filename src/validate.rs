//! `welcome-kiosk validate DIR`: the bundle rules and the translation checks together.

use crate::content::{self, Diagnostics, Directory, Position};
use crate::i18n::{self, Catalog};

/// Every problem in a bundle directory: content, images, its translation files, glyphs,
/// outdated translations.
pub fn validate_dir(dir: &std::path::Path, options: &content::Options) -> Diagnostics {
    report(dir, options, &crate::speech::Voices::default()).diagnostics
}

mod glyphs;

/// Every character of the bundle's texts, facts and translations must be drawable by a font
/// of the kiosk's set (embedded, the bundle's `fonts/`, the configured `font_dirs`);
/// otherwise the visitor would see boxes. One warning per language and script.
pub fn check_glyphs(
    content: &content::Content,
    source: &dyn content::Source,
    font_dirs: &[std::path::PathBuf],
) -> Diagnostics {
    glyphs::check(content, source, font_dirs)
}

/// The bundle's languages as the picker and the screens will show them, and its emergency
/// numbers: every language has a name, every text's letters run the way its language is
/// laid out, and the Emergency screen has the centre's own numbers.
pub fn check_languages(content: &content::Content, catalog: &Catalog) -> Diagnostics {
    use crate::i18n::locale;
    let mut d = Diagnostics::new();
    let has_emergency = content.items_of(content::Kind::Contacts).any(|item| {
        matches!(&item.facts, content::Facts::Contact(c) if c.urgent && !c.phones.is_empty())
    });
    if !has_emergency {
        d.error(
            "contacts",
            Position::START,
            "the bundle has no emergency contact: the Emergency screen must show the centre's \
             own numbers. Add contacts/<name>.toml with urgent = true and phones = [\"112\"] \
             (or the numbers of your country)",
        );
    }
    for lang in &content.meta.languages {
        let named = catalog.find(lang).is_some_and(|e| e.has_own_name())
            || crate::i18n::names::autonym(lang).is_some();
        if !named {
            d.warning(
                "bundle.toml",
                Position::START,
                format!(
                    "\"{lang}\" has no name for the language picker (CLDR does not know it): \
                     add locales/{lang}/kiosk.ftl with -language-name = the language's own name"
                ),
            );
        }
    }
    for item in &content.items {
        for (lang, text) in &item.texts {
            let tagged = catalog
                .find(lang)
                .map_or_else(|| locale::direction(lang), |e| e.direction);
            let sample: String = [text.title.as_str(), text.summary.as_str()]
                .into_iter()
                .chain(text.body.texts())
                .take(4)
                .collect::<Vec<_>>()
                .join(" ");
            let Some(written) = locale::text_direction(&sample) else {
                continue;
            };
            if written != tagged {
                let script = sample
                    .chars()
                    .find(|c| c.is_alphabetic())
                    .map(|c| locale::script_of_char(c).0)
                    .unwrap_or_default();
                let way = |d: crate::i18n::Direction| {
                    if d.is_rtl() {
                        "right to left"
                    } else {
                        "left to right"
                    }
                };
                d.warning(
                    &format!("{}/{}.{lang}.md", item.id.kind, item.id.slug),
                    Position::START,
                    format!(
                        "this text is written {} ({script} letters), but \"{lang}\" is laid out {} \
                         (its usual script is {}): name the script in the tag, e.g. {}-{script}, \
                         in the file name and in `languages`",
                        way(written),
                        way(tagged),
                        locale::script(lang),
                        lang.id().language,
                    ),
                );
            }
        }
    }
    d
}

/// Check a loaded bundle's `locales/` files and that every offered language has a UI.
pub fn check_translations(content: &content::Content) -> Diagnostics {
    let mut d = Diagnostics::new();
    let (catalog, _) = Catalog::build(&content.locales);
    let mut by_language: std::collections::BTreeMap<&crate::lang::Lang, Vec<(&str, &str)>> =
        std::collections::BTreeMap::new();
    for file in &content.locales {
        // A bundle file may define only some messages: the rest fall back per message.
        i18n::check::check_file(&file.path, &file.language, &file.text, false, &mut d);
        by_language
            .entry(&file.language)
            .or_default()
            .push((file.path.as_str(), file.text.as_str()));
    }
    for (lang, files) in by_language {
        i18n::check::check_references(lang, &files, &mut d);
    }
    for lang in &content.meta.languages {
        if catalog.negotiate(lang).is_none() {
            d.warning(
                "bundle.toml",
                Position::START,
                format!(
                    "there is no interface translation for \"{lang}\": its buttons will be in \
                     English; add locales/{lang}/kiosk.ftl"
                ),
            );
        }
    }
    d
}

/// Translations whose source text changed after they were made (`translated_from` no longer
/// matches the default language's text).
pub fn check_outdated(content: &content::Content) -> Diagnostics {
    let mut d = Diagnostics::new();
    let default = &content.meta.default_language;
    for item in &content.items {
        let Some(source) = item.texts.get(default) else {
            continue;
        };
        for (lang, text) in &item.texts {
            if lang == default {
                continue;
            }
            if let Some(from) = &text.translated_from
                && *from != source.hash
            {
                d.warning(
                    &format!("{}/{}.{lang}.md", item.id.kind, item.id.slug),
                    Position::new(2, 1),
                    format!(
                        "this translation was made from an older {default} text: update it, \
                         then set translated_from = \"{}\"",
                        source.hash
                    ),
                );
            }
        }
    }
    d
}

/// Items translated per language and kind.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Cell {
    pub translated: usize,
    pub outdated: usize,
    pub total: usize,
}

#[derive(Debug, Clone, serde::Serialize)]
pub struct Coverage {
    pub languages: Vec<String>,
    pub kinds: Vec<String>,
    /// `cells[language][kind]`.
    pub cells: std::collections::BTreeMap<String, std::collections::BTreeMap<String, Cell>>,
}

impl Coverage {
    pub fn of(content: &content::Content) -> Self {
        let default = &content.meta.default_language;
        let mut cells = std::collections::BTreeMap::new();
        for lang in &content.meta.languages {
            let mut row = std::collections::BTreeMap::new();
            for kind in content::Kind::ALL {
                let mut cell = Cell {
                    translated: 0,
                    outdated: 0,
                    total: 0,
                };
                for item in content.items_of(kind) {
                    cell.total += 1;
                    if let Some(text) = item.texts.get(lang) {
                        cell.translated += 1;
                        let source = item.texts.get(default).map(|t| &t.hash);
                        if lang != default
                            && text
                                .translated_from
                                .as_ref()
                                .is_some_and(|f| Some(f) != source)
                        {
                            cell.outdated += 1;
                        }
                    }
                }
                row.insert(kind.folder().to_owned(), cell);
            }
            cells.insert(lang.to_string(), row);
        }
        Self {
            languages: content
                .meta
                .languages
                .iter()
                .map(ToString::to_string)
                .collect(),
            kinds: content::Kind::ALL
                .iter()
                .map(|k| k.folder().to_owned())
                .collect(),
            cells,
        }
    }

    /// A text table: one row per language, `translated/total` per kind (`!` marks outdated).
    pub fn table(&self) -> String {
        use std::fmt::Write as _;
        let mut out = String::from("coverage (items with text / items; ! = some outdated)\n");
        let _ = write!(out, "{:<9}", "language");
        for kind in &self.kinds {
            let _ = write!(out, "{kind:>10}");
        }
        out.push('\n');
        for lang in &self.languages {
            let _ = write!(out, "{lang:<9}");
            for kind in &self.kinds {
                let cell = &self.cells[lang][kind];
                let mark = if cell.outdated > 0 { "!" } else { "" };
                let _ = write!(
                    out,
                    "{:>10}",
                    format!("{}/{}{mark}", cell.translated, cell.total)
                );
            }
            out.push('\n');
        }
        out
    }
}

/// Everything `welcome-kiosk validate` reports.
pub struct Report {
    pub diagnostics: Diagnostics,
    pub coverage: Option<Coverage>,
    /// Read-aloud per language, with the voices of `voices`.
    pub listening: Option<crate::speech::coverage::Coverage>,
}

/// Check the bundle in `dir`; read-aloud is reported for the synthesizer `voices`.
pub fn report(
    dir: &std::path::Path,
    options: &content::Options,
    voices: &crate::speech::Voices,
) -> Report {
    match crate::admission::admit(&Directory::new(dir), options) {
        Ok(admitted) => {
            let mut diagnostics = admitted.diagnostics;
            crate::speech::coverage::check_recordings(dir, &admitted.content, &mut diagnostics);
            Report {
                coverage: Some(Coverage::of(&admitted.content)),
                listening: Some(crate::speech::coverage::Coverage::of(
                    &admitted.content,
                    voices,
                )),
                diagnostics,
            }
        }
        Err(problems) => Report {
            diagnostics: problems,
            coverage: None,
            listening: None,
        },
    }
}

impl Report {
    pub fn to_json(&self, bundle: &str) -> String {
        let diagnostics: Vec<serde_json::Value> = self
            .diagnostics
            .iter()
            .map(|d| {
                serde_json::json!({
                    "file": d.file,
                    "line": d.line,
                    "column": d.column,
                    "severity": d.severity.to_string(),
                    "message": d.message,
                })
            })
            .collect();
        let value = serde_json::json!({
            "bundle": bundle,
            "errors": self.diagnostics.error_count(),
            "warnings": self.diagnostics.warning_count(),
            "diagnostics": diagnostics,
            "coverage": self.coverage,
            "read_aloud": self.listening,
        });
        serde_json::to_string_pretty(&value).unwrap_or_default()
    }
}
