//! Names of languages and scripts from CLDR (ICU4X display names): a language's name in
//! itself for the picker, and names in the visitor's or the centre's language for the
//! fallback notice, the picker's second names and its group headings. `None` where CLDR has
//! no name: callers then use a name the bundle gives, or the tag.

use std::collections::HashMap;
use std::sync::Mutex;

use icu_experimental::displaynames::DisplayNamesOptions;
use icu_experimental::displaynames::multi::{
    LanguageDisplayNames, LocaleDisplayNamesFormatter, ScriptDisplayNames,
};
use icu_locale_core::Locale;

use super::locale;
use crate::lang::Lang;

type Cache = Mutex<HashMap<(String, String), Option<String>>>;

fn cached(kind: &str, key: String, f: impl FnOnce() -> Option<String>) -> Option<String> {
    static CACHE: std::sync::OnceLock<Cache> = std::sync::OnceLock::new();
    let cache = CACHE.get_or_init(Cache::default);
    let key = (kind.to_owned(), key);
    if let Some(hit) = cache.lock().ok().and_then(|c| c.get(&key).cloned()) {
        return hit;
    }
    let value = f();
    if let Ok(mut c) = cache.lock() {
        // Bounded: a picker of 500 languages in 50 interface languages at most.
        if c.len() < 100_000 {
            c.insert(key, value.clone());
        }
    }
    value
}

/// The locales to ask for names in `display`, most specific first (`prs` → `fa-AF`, `fa`).
fn display_locales(display: &Lang) -> Vec<Locale> {
    let canonical = locale::canonicalize(display);
    let mut out = vec![Locale::from(canonical.id().clone())];
    for step in locale::fallback_chain(&canonical) {
        let l = Locale::from(step.id().clone());
        if !out.contains(&l) {
            out.push(l);
        }
    }
    out
}

/// The name of `lang` in the language `display` ("Arabic" in English, "العربية" in Arabic).
pub fn name_in(lang: &Lang, display: &Lang) -> Option<String> {
    cached("lang", format!("{lang}|{display}"), || {
        let target = Locale::from(locale::canonicalize(lang).id().clone());
        let code = target.id.language.as_str().to_owned();
        for shown_in in display_locales(display) {
            if let Ok(names) = LocaleDisplayNamesFormatter::try_new(
                (&shown_in).into(),
                DisplayNamesOptions::default(),
            ) {
                let name = names.of(&target).to_string();
                // CLDR answers with the code itself when it has no name.
                if !name.is_empty() && !name.starts_with(&code) {
                    return Some(name);
                }
            }
            if let Ok(names) =
                LanguageDisplayNames::try_new((&shown_in).into(), DisplayNamesOptions::default())
                && let Some(name) = names.of(target.id.language)
            {
                return Some(name.to_owned());
            }
        }
        None
    })
}

/// The language's name in itself (CLDR), e.g. "Tiếng Việt", "ქართული".
pub fn autonym(lang: &Lang) -> Option<String> {
    name_in(lang, lang)
}

/// The name of a script (ISO 15924 code such as `Latn`, `Arab`) in the language `display`.
pub fn script_in(script: &str, display: &Lang) -> Option<String> {
    cached("script", format!("{script}|{display}"), || {
        let code = icu_locale_core::subtags::Script::try_from_str(script).ok()?;
        display_locales(display).into_iter().find_map(|shown_in| {
            ScriptDisplayNames::try_new((&shown_in).into(), DisplayNamesOptions::default())
                .ok()
                .and_then(|names| names.of(code).map(str::to_owned))
        })
    })
}

/// The name the picker shows for a language: the bundle's or the built-in translation's
/// `-language-name`, else CLDR's name of the language in itself, else the tag.
pub fn own_name(catalog: &super::Catalog, lang: &Lang) -> String {
    catalog
        .find(lang)
        .filter(|e| e.has_own_name())
        .map(|e| e.name.clone())
        .or_else(|| autonym(lang))
        .unwrap_or_else(|| lang.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang;

    #[test]
    fn names_in_other_languages_and_in_themselves() {
        assert_eq!(
            name_in(&lang!("ar"), &lang!("en")).as_deref(),
            Some("Arabic")
        );
        assert_eq!(
            name_in(&lang!("en"), &lang!("ar")).as_deref(),
            Some("الإنجليزية")
        );
        assert_eq!(autonym(&lang!("vi")).as_deref(), Some("Tiếng Việt"));
        assert_eq!(autonym(&lang!("ka")).as_deref(), Some("ქართული"));
        // Old and alias tags find the language's name too.
        assert_eq!(
            name_in(&lang!("iw"), &lang!("en")).as_deref(),
            Some("Hebrew")
        );
        // No CLDR name: None, never the code dressed up as a name.
        assert_eq!(name_in(&lang!("qaa"), &lang!("en")), None);
        assert_eq!(script_in("Arab", &lang!("en")).as_deref(), Some("Arabic"));
    }
}
