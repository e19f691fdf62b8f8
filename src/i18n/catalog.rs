//! Every UI language the kiosk knows: built-in `locales/<tag>/*.ftl`, then a bundle's own
//! `locales/` on top (overriding messages, or adding whole languages without a rebuild).

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use fluent_syntax::ast;

use super::format::Formats;
use super::locale::{self, Direction};
use crate::content::{Diagnostics, LocaleFile, Position};
use crate::lang::Lang;

/// The reference language and the last fallback.
pub fn english() -> Lang {
    crate::lang!("en")
}

/// Where a language's strings came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    BuiltIn,
    /// Added by the content bundle (no built-in file).
    Bundle,
}

/// One UI language, ready to format messages.
pub struct LocaleEntry {
    /// The tag as the folder names it (`prs`, `fa-AF`, `kmr`).
    pub tag: Lang,
    /// ICU's canonical form of it (`prs` → `fa-AF`); decides plural rules and formats.
    pub canonical: Lang,
    /// The language's own name in its own script (`-language-name`).
    pub name: String,
    pub direction: Direction,
    pub script: String,
    /// From the `### Translation:` header.
    pub translation: String,
    /// From the `### Review status:` header.
    pub review: String,
    /// Message ids defined for this language (built-in and bundle files together).
    pub messages: BTreeSet<String>,
    pub origin: Origin,
    bundle: FluentBundle<FluentResource>,
}

impl std::fmt::Debug for LocaleEntry {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LocaleEntry")
            .field("tag", &self.tag)
            .field("name", &self.name)
            .field("direction", &self.direction)
            .field("messages", &self.messages.len())
            .finish_non_exhaustive()
    }
}

impl LocaleEntry {
    fn format(&self, id: &str, args: Option<&FluentArgs<'_>>) -> Option<String> {
        let message = self.bundle.get_message(id)?;
        let pattern = message.value()?;
        let mut errors = Vec::new();
        let text = self.bundle.format_pattern(pattern, args, &mut errors);
        Some(text.into_owned())
    }

    /// Whether this language defines `id` itself (not through fallback).
    pub fn has(&self, id: &str) -> bool {
        self.messages.contains(id)
    }
}

/// All UI languages, keyed by tag.
#[derive(Debug, Default, Clone)]
pub struct Catalog {
    entries: BTreeMap<Lang, Arc<LocaleEntry>>,
}

/// One `.ftl` text to load, with the name to use in diagnostics.
pub struct FtlSource<'a> {
    pub path: String,
    pub language: Lang,
    pub text: &'a str,
}

impl LocaleEntry {
    /// Whether a translation file names the language (`-language-name`); otherwise `name`
    /// is only the tag.
    pub fn has_own_name(&self) -> bool {
        self.name != self.tag.to_string()
    }
}

impl Catalog {
    /// The built-in languages only.
    pub fn builtin() -> (Self, Diagnostics) {
        Self::build(&[])
    }

    /// Built-in languages with a bundle's translation files on top.
    pub fn build(bundle: &[LocaleFile]) -> (Self, Diagnostics) {
        let mut d = Diagnostics::new();
        let builtin: Vec<(String, Lang, String)> = crate::assets::Locales::iter()
            .filter_map(|path| {
                let tag = path.split('/').next()?;
                let language = Lang::parse(tag)?;
                let file = crate::assets::Locales::get(&path)?;
                let text = String::from_utf8_lossy(&file.data).into_owned();
                Some((format!("locales/{path}"), language, text))
            })
            .collect();
        let mut groups: BTreeMap<Lang, (Vec<FtlSource<'_>>, Vec<FtlSource<'_>>)> = BTreeMap::new();
        for (path, language, text) in &builtin {
            groups
                .entry(language.clone())
                .or_default()
                .0
                .push(FtlSource {
                    path: path.clone(),
                    language: language.clone(),
                    text,
                });
        }
        for file in bundle {
            groups
                .entry(file.language.clone())
                .or_default()
                .1
                .push(FtlSource {
                    path: file.path.clone(),
                    language: file.language.clone(),
                    text: &file.text,
                });
        }
        let mut entries = BTreeMap::new();
        for (tag, (builtin, overrides)) in groups {
            let origin = if builtin.is_empty() {
                Origin::Bundle
            } else {
                Origin::BuiltIn
            };
            let entry = build_entry(&tag, origin, builtin.iter().chain(&overrides), &mut d);
            entries.insert(tag, Arc::new(entry));
        }
        (Self { entries }, d.sorted())
    }

    /// One bundle translation file alone, without the built-in languages (the fuzzers and
    /// tests format a file's messages exactly as the kiosk would).
    pub fn of_one(file: &LocaleFile) -> (Self, Diagnostics) {
        let mut d = Diagnostics::new();
        let source = FtlSource {
            path: file.path.clone(),
            language: file.language.clone(),
            text: &file.text,
        };
        let entry = build_entry(
            &file.language,
            Origin::Bundle,
            std::iter::once(&source),
            &mut d,
        );
        let mut entries = BTreeMap::new();
        entries.insert(file.language.clone(), Arc::new(entry));
        (Self { entries }, d.sorted())
    }

    /// Every language, sorted by tag.
    pub fn languages(&self) -> impl Iterator<Item = &Arc<LocaleEntry>> {
        self.entries.values()
    }

    /// The entry for a tag, matching its canonical form too (`prs` finds `fa-AF` and back).
    pub fn find(&self, lang: &Lang) -> Option<&Arc<LocaleEntry>> {
        self.entries.get(lang).or_else(|| {
            let canonical = locale::canonicalize(lang);
            self.entries.values().find(|e| e.canonical == canonical)
        })
    }

    /// The interface that serves `lang` best, matched as ICU4X does: the tag, its canonical
    /// form and its fallback steps (`iw` → `he`, `pt-BR` → `pt`, `el-monoton` → `el`), then
    /// the same language in the same script by likely subtags (`zh` → `zh-Hans`,
    /// `zh-TW` → `zh-Hant`, `sr-Cyrl-RS` → `sr`). Never a different script.
    pub fn negotiate(&self, lang: &Lang) -> Option<&Arc<LocaleEntry>> {
        locale::fallback_chain(lang)
            .iter()
            .find_map(|step| self.find(step))
            .or_else(|| {
                let want = locale::language_and_script(lang);
                self.entries
                    .values()
                    .find(|e| locale::language_and_script(&e.canonical) == want)
            })
    }

    /// A formatter for one language, with its fallback chain ending in English.
    pub fn localizer(&self, lang: &Lang) -> Localizer {
        let mut chain: Vec<Arc<LocaleEntry>> = Vec::new();
        let best = self.negotiate(lang);
        let steps = locale::fallback_chain(lang);
        let found = steps.iter().filter_map(|step| self.find(step));
        for entry in best.into_iter().chain(found).chain(self.find(&english())) {
            if !chain.iter().any(|e| Arc::ptr_eq(e, entry)) {
                chain.push(entry.clone());
            }
        }
        // The entry speaks the visitor's language when it is the same language and script.
        let selected = chain.first().filter(|e| {
            &e.tag == lang
                || e.canonical == locale::canonicalize(lang)
                || locale::language_and_script(&e.canonical) == locale::language_and_script(lang)
        });
        let direction = selected.map_or_else(|| locale::direction(lang), |e| e.direction);
        let name = selected.map_or_else(|| lang.to_string(), |e| e.name.clone());
        let format_lang =
            selected.map_or_else(|| locale::canonicalize(lang), |e| e.canonical.clone());
        Localizer {
            lang: lang.clone(),
            name,
            direction,
            formats: Arc::new(Formats::new(&format_lang)),
            chain,
        }
    }
}

/// Formats UI strings for one language. Cheap to clone.
#[derive(Clone)]
pub struct Localizer {
    lang: Lang,
    name: String,
    direction: Direction,
    chain: Vec<Arc<LocaleEntry>>,
    formats: Arc<Formats>,
}

impl std::fmt::Debug for Localizer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Localizer")
            .field("lang", &self.lang)
            .finish_non_exhaustive()
    }
}

impl Localizer {
    /// Format a message, trying each language of the chain; the id itself if none has it.
    pub fn format(&self, id: &str, args: Option<&FluentArgs<'_>>) -> String {
        self.chain
            .iter()
            .find_map(|entry| entry.format(id, args))
            .unwrap_or_else(|| id.to_owned())
    }

    pub fn lang(&self) -> &Lang {
        &self.lang
    }

    /// The language's own name.
    pub fn name(&self) -> &str {
        &self.name
    }

    pub fn direction(&self) -> Direction {
        self.direction
    }

    /// Dates, times and numbers in this language.
    pub fn formats(&self) -> &Formats {
        &self.formats
    }
}

/// Read the `### Key: value` header lines at the top of a file.
fn header(text: &str, key: &str) -> Option<String> {
    text.lines()
        .take_while(|l| l.starts_with('#') || l.trim().is_empty())
        .filter_map(|l| l.strip_prefix("###"))
        .find_map(|l| l.trim().strip_prefix(key).map(|v| v.trim().to_owned()))
}

/// Prepare `.ftl` text for parsing: drop a BOM and report what would otherwise go wrong.
pub fn clean_source(path: &str, text: &str, d: &mut Diagnostics) -> String {
    let mut text = text.to_owned();
    if text.starts_with('\u{FEFF}') {
        text.remove(0);
        d.warning(
            path,
            Position::START,
            "the file starts with an invisible byte-order mark (BOM); save it as UTF-8 without BOM",
        );
    }
    if text.contains('\r') {
        text = text.replace("\r\n", "\n");
    }
    for (i, line) in text.lines().enumerate() {
        let at = |col: usize| Position::new(i as u32 + 1, col as u32 + 1);
        if let Some(col) = line.find('\t') {
            d.error(
                path,
                at(line[..col].chars().count()),
                "a tab character is used here; Fluent files must be indented with spaces",
            );
        }
        if let Some((col, c)) = line
            .char_indices()
            .find(|(_, c)| crate::content::markdown::direction_control(*c))
        {
            // As in texts and facts: these can make a message show something else than what
            // is written.
            d.error(
                path,
                at(line[..col].chars().count()),
                format!(
                    "an invisible direction control (U+{:04X}) is in the text, which can make it \
                     show something other than what is written; remove it",
                    u32::from(c)
                ),
            );
        } else if let Some((col, c)) = line
            .char_indices()
            .find(|(_, c)| matches!(c, '\u{200E}' | '\u{200F}' | '\u{061C}'))
        {
            d.warning(
                path,
                at(line[..col].chars().count()),
                format!(
                    "an invisible direction mark (U+{:04X}) is in the text; the kiosk sets direction \
                     itself, so remove it",
                    u32::from(c)
                ),
            );
        }
    }
    text
}

/// Parse one `.ftl` text, reporting syntax errors with line and column; keeps what parsed.
/// A file whose `{ … }` nest deeper than `limits::MAX_NESTING` is refused whole, before the
/// Fluent parser (which recurses once per level) sees it.
pub fn parse_resource(path: &str, text: String, d: &mut Diagnostics) -> FluentResource {
    use crate::content::limits;
    if let Some(at) = limits::too_deep(&text, limits::Syntax::Fluent) {
        d.error(
            path,
            Position::of_offset(&text, at),
            format!(
                "{{ … }} are nested more than {} deep here; no message needs that, so this file \
                 is not used",
                limits::MAX_NESTING
            ),
        );
        return FluentResource::try_new(String::new()).unwrap_or_else(|(r, _)| r);
    }
    match FluentResource::try_new(text) {
        Ok(resource) => {
            too_long(path, &resource, d);
            resource
        }
        Err((resource, errors)) => {
            let source = resource.source().to_owned();
            let lines = crate::content::LineIndex::new(&source);
            too_long(path, &resource, d);
            for error in errors {
                // Fluent notices a missing `}` or `"` only on the next line: point at the end
                // of the line where the problem is instead.
                let mut offset = error.pos.start.min(source.len());
                while offset > 0 && source.as_bytes()[offset - 1] == b'\n' {
                    offset -= 1;
                }
                let at = lines.position(offset);
                d.error(
                    path,
                    at,
                    format!(
                        "this is not valid Fluent: {}",
                        plain_fluent_error(&error.kind)
                    ),
                );
            }
            resource
        }
    }
}

/// Messages longer than a screen can show are an error (a 10 MB message would need gigabytes
/// to lay out).
fn too_long(path: &str, resource: &FluentResource, d: &mut Diagnostics) {
    use crate::content::limits::MAX_MESSAGE_CHARS;
    for entry in resource.entries() {
        let (id, pattern) = match entry {
            ast::Entry::Message(m) => (m.id.name, m.value.as_ref()),
            ast::Entry::Term(t) => (t.id.name, Some(&t.value)),
            _ => continue,
        };
        let Some(pattern) = pattern else { continue };
        let chars: usize = super::vars::text_chars(pattern);
        if chars > MAX_MESSAGE_CHARS {
            d.error(
                path,
                Position::START,
                format!(
                    "the message \"{id}\" is {chars} characters long; an interface message may be \
                     at most {MAX_MESSAGE_CHARS}"
                ),
            );
        }
    }
}

fn plain_fluent_error(kind: &fluent_syntax::parser::ErrorKind) -> String {
    use fluent_syntax::parser::ErrorKind;
    match kind {
        ErrorKind::ExpectedToken(c) => format!("expected \"{c}\" here"),
        ErrorKind::ExpectedMessageField { entry_id } => {
            format!("the message \"{entry_id}\" has no text after =")
        }
        ErrorKind::ExpectedTermField { entry_id } => {
            format!("the term \"{entry_id}\" has no text after =")
        }
        ErrorKind::MissingDefaultVariant => {
            "a choice needs one default variant marked with * (like *[other])".to_owned()
        }
        ErrorKind::UnterminatedStringLiteral => "a quoted text is not closed with \"".to_owned(),
        ErrorKind::ExpectedInlineExpression | ErrorKind::ExpectedSimpleExpressionAsSelector => {
            "the part between { and } is not valid (a variable is written { $name })".to_owned()
        }
        other => format!("{other}"),
    }
}

fn build_entry<'a>(
    tag: &Lang,
    origin: Origin,
    sources: impl Iterator<Item = &'a FtlSource<'a>>,
    d: &mut Diagnostics,
) -> LocaleEntry {
    let canonical = locale::canonicalize(tag);
    // The bundle's first locale decides plural rules: give it the canonical tag (fa-AF for prs).
    let mut bundle = FluentBundle::new_concurrent(vec![canonical.to_unic()]);
    // Numbers inside messages ("4 items") in the language's own digits and grouping.
    bundle.set_formatter(Some(super::format::fluent_number));
    let mut messages = BTreeSet::new();
    let mut name = None;
    let mut direction_override = None;
    let mut translation = String::new();
    let mut review = String::new();
    for source in sources {
        if let Some(t) = header(source.text, "Translation:") {
            translation = t;
        }
        if let Some(r) = header(source.text, "Review status:") {
            review = r;
        }
        let text = clean_source(&source.path, source.text, d);
        let resource = parse_resource(&source.path, text, d);
        for entry in resource.entries() {
            match entry {
                ast::Entry::Message(m) if m.value.is_some() => {
                    messages.insert(m.id.name.to_owned());
                }
                ast::Entry::Term(t) if t.id.name == "language-name" => {
                    name = Some(plain_pattern(&t.value));
                }
                ast::Entry::Term(t) if t.id.name == "text-direction" => {
                    let value = plain_pattern(&t.value);
                    direction_override = Direction::parse(&value);
                    if direction_override.is_none() {
                        d.error(
                            &source.path,
                            Position::START,
                            "-text-direction must be ltr or rtl",
                        );
                    }
                }
                _ => {}
            }
        }
        bundle.add_resource_overriding(resource);
    }
    let direction = direction_override.unwrap_or_else(|| locale::direction(tag));
    LocaleEntry {
        tag: tag.clone(),
        script: locale::script(tag),
        canonical,
        name: name.unwrap_or_else(|| tag.to_string()),
        direction,
        translation,
        review,
        messages,
        origin,
        bundle,
    }
}

fn plain_pattern(pattern: &ast::Pattern<&str>) -> String {
    pattern
        .elements
        .iter()
        .filter_map(|e| match e {
            ast::PatternElement::TextElement { value } => Some(*value),
            ast::PatternElement::Placeable { .. } => None,
        })
        .collect::<String>()
        .trim()
        .to_owned()
}
