//! Checks of a translation file against the English reference, for coordinators
//! (`welcome-kiosk validate`) and for the built-in locales (tests).

use std::collections::BTreeMap;

use fluent_syntax::ast;
use icu_locale_core::Locale;
use icu_plurals::{PluralCategory, PluralRules};

use super::catalog::{clean_source, parse_resource};

use super::{locale, msg, vars};
use crate::content::fields::closest;
use crate::content::{Diagnostics, Position};
use crate::lang::Lang;

/// English message ids and the variables each one receives.
pub fn reference() -> BTreeMap<&'static str, &'static [&'static str]> {
    msg::ALL.iter().copied().collect()
}

const CATEGORY_NAMES: [(&str, PluralCategory); 6] = [
    ("zero", PluralCategory::Zero),
    ("one", PluralCategory::One),
    ("two", PluralCategory::Two),
    ("few", PluralCategory::Few),
    ("many", PluralCategory::Many),
    ("other", PluralCategory::Other),
];

fn rules(lang: &Lang) -> Option<PluralRules> {
    let locale = Locale::from(locale::canonicalize(lang).id().clone());
    PluralRules::try_new_cardinal((&locale).into()).ok()
}

/// The CLDR cardinal plural categories of a language (`one`, `other` for English).
pub fn plural_categories(lang: &Lang) -> Vec<&'static str> {
    let Some(rules) = rules(lang) else {
        return vec!["one", "other"];
    };
    let categories: Vec<PluralCategory> = rules.categories().collect();
    CATEGORY_NAMES
        .iter()
        .filter(|(_, c)| categories.contains(c))
        .map(|(n, _)| *n)
        .collect()
}

/// The categories any number the kiosk can show selects: whole numbers (0 to 1000, and large
/// round ones) and decimals with one or two digits. A variant outside these is dead text.
pub fn reachable_plural_categories(lang: &Lang) -> Vec<&'static str> {
    let Some(rules) = rules(lang) else {
        return vec!["one", "other"];
    };
    let mut used: Vec<PluralCategory> = (0u64..=1000)
        .chain((3..=12).map(|e| 10u64.pow(e)))
        .map(|n| rules.category_for(n))
        .collect();
    for whole in 0..=20 {
        for fraction in ["5", "25", "1", "01"] {
            if let Ok(d) = icu_decimal::input::Decimal::try_from_str(&format!("{whole}.{fraction}"))
            {
                used.push(rules.category_for(&d));
            }
        }
    }
    CATEGORY_NAMES
        .iter()
        .filter(|(_, c)| used.contains(c))
        .map(|(n, _)| *n)
        .collect()
}

/// The categories that some whole count from 0 to 1000 selects: the forms a kiosk message
/// about people, items or hours actually needs. (French "many" is only for millions.)
pub fn everyday_plural_categories(lang: &Lang) -> Vec<&'static str> {
    let Some(rules) = rules(lang) else {
        return vec!["one", "other"];
    };
    let used: Vec<PluralCategory> = (0u32..=1000).map(|n| rules.category_for(n)).collect();
    CATEGORY_NAMES
        .iter()
        .filter(|(_, c)| used.contains(c))
        .map(|(n, _)| *n)
        .collect()
}

/// The line of each `id =` in the text (the AST carries no positions), found in one pass.
fn positions(text: &str) -> std::collections::HashMap<&str, Position> {
    let mut out = std::collections::HashMap::new();
    for (i, line) in text.lines().enumerate() {
        let Some((id, _)) = line.split_once('=') else {
            continue;
        };
        let id = id.trim_end();
        if !id.is_empty()
            && !line.starts_with([' ', '#', '['])
            && id
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_'))
        {
            out.entry(id)
                .or_insert_with(|| Position::new(u32::try_from(i + 1).unwrap_or(u32::MAX), 1));
        }
    }
    out
}

/// Unknown ids for which a "did you mean" is worked out (each costs a comparison with every
/// known id); the rest are reported without one.
const HINTS: usize = 20;

/// Check one `.ftl` file for `lang`. `complete` asks that every English message be present
/// (built-in locales); bundle files may be partial and fall back per message.
#[allow(
    clippy::too_many_lines,
    reason = "one pass over a translation file's entries with every check it needs"
)]
pub fn check_file(path: &str, lang: &Lang, text: &str, complete: bool, d: &mut Diagnostics) {
    let reference = reference();
    let cleaned = clean_source(path, text, d);
    let resource = parse_resource(path, cleaned.clone(), d);
    let categories = plural_categories(lang);
    let everyday = everyday_plural_categories(lang);
    let reachable = reachable_plural_categories(lang);
    let mut seen = std::collections::BTreeSet::new();
    let mut has_name = false;
    let lines = positions(&cleaned);
    let mut hints = 0;
    for entry in resource.entries() {
        match entry {
            ast::Entry::Message(message) => {
                let id = message.id.name;
                let at = lines.get(id).copied().unwrap_or(Position::START);
                seen.insert(id);
                let Some(expected) = reference.get(id) else {
                    hints += 1;
                    let hint = (hints <= HINTS)
                        .then(|| closest(id, reference.keys().copied()))
                        .flatten()
                        .map(|c| format!(" Did you mean \"{c}\"?"))
                        .unwrap_or_default();
                    d.warning(
                        path,
                        at,
                        format!("the message \"{id}\" is not used by the kiosk, so it has no effect.{hint}"),
                    );
                    continue;
                };
                let Some(value) = &message.value else {
                    continue;
                };
                let used = vars::variables(value);
                for var in &used {
                    if !expected.contains(&var.as_str()) {
                        let hint = closest(var, expected.iter().copied())
                            .map(|c| format!(" Did you mean {{ ${c} }}?"))
                            .unwrap_or_default();
                        d.error(
                            path,
                            at,
                            format!(
                                "\"{id}\" uses {{ ${var} }}, which the kiosk does not provide; it \
                                 would show literally on screen.{hint}"
                            ),
                        );
                    }
                }
                for var in *expected {
                    if !used.contains(*var) {
                        d.warning(
                            path,
                            at,
                            format!("\"{id}\" does not use {{ ${var} }}, which English shows"),
                        );
                    }
                }
                for (_, keys) in vars::selections(value) {
                    let plural = keys
                        .iter()
                        .any(|k| CATEGORY_NAMES.iter().any(|(n, _)| n == k));
                    if !plural {
                        continue;
                    }
                    for key in &keys {
                        let is_category = CATEGORY_NAMES.iter().any(|(n, _)| n == key);
                        if is_category
                            && categories.contains(&key.as_str())
                            && !reachable.contains(&key.as_str())
                        {
                            d.warning(
                                path,
                                at,
                                format!(
                                    "\"{id}\" has a [{key}] form that no number the kiosk shows \
                                     can select in {lang}"
                                ),
                            );
                        }
                        if is_category && !categories.contains(&key.as_str()) {
                            d.warning(
                                path,
                                at,
                                format!(
                                    "\"{id}\" has a [{key}] form, but {lang} never uses it (its \
                                     plural forms are: {})",
                                    categories.join(", ")
                                ),
                            );
                        }
                    }
                    for category in &everyday {
                        if *category != "other" && !keys.iter().any(|k| k == category) && complete {
                            d.warning(
                                path,
                                at,
                                format!("\"{id}\" has no [{category}] form, which {lang} needs"),
                            );
                        }
                    }
                }
            }
            ast::Entry::Term(term) if term.id.name == "language-name" => has_name = true,
            _ => {}
        }
    }
    if complete {
        for id in reference.keys() {
            if !seen.contains(*id) {
                d.error(
                    path,
                    Position::START,
                    format!("the message \"{id}\" is missing (English has it)"),
                );
            }
        }
        if !has_name {
            d.error(
                path,
                Position::START,
                "the term -language-name is missing: the language picker needs the language's own name",
            );
        }
    }
}

/// A file's path, its definitions with their references, and where each is.
type FileDefinitions<'a> = (
    &'a str,
    Vec<(String, Vec<String>)>,
    std::collections::HashMap<&'a str, Position>,
);

/// Every message and term defined in `text`, with what each refers to.
fn definitions(text: &str) -> Vec<(String, Vec<String>)> {
    let mut d = Diagnostics::new();
    let resource = parse_resource("", text.to_owned(), &mut d);
    resource
        .entries()
        .filter_map(|entry| match entry {
            ast::Entry::Message(m) => Some((
                m.id.name.to_owned(),
                m.value.as_ref().map(vars::references).unwrap_or_default(),
            )),
            ast::Entry::Term(t) => Some((format!("-{}", t.id.name), vars::references(&t.value))),
            _ => None,
        })
        .collect()
}

/// References in a bundle's translation files for one language that lead nowhere (a
/// misspelt `{ nav-hom }` shows as "{nav-hom}" on screen) or in a circle (shown as
/// "{???}"). `files` are the bundle's `.ftl` files of `lang`, as (path, text); the built-in
/// translation of `lang`, if any, is taken into account as the kiosk does.
pub fn check_references(lang: &Lang, files: &[(&str, &str)], d: &mut Diagnostics) {
    // What each id means in the end: built-in first, the bundle's files overriding.
    let mut meaning: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for path in crate::assets::Locales::iter() {
        if path.split('/').next().and_then(Lang::parse).as_ref() == Some(lang)
            && let Some(file) = crate::assets::Locales::get(&path)
        {
            meaning.extend(definitions(&String::from_utf8_lossy(&file.data)));
        }
    }
    let per_file: Vec<FileDefinitions<'_>> = files
        .iter()
        .map(|(path, text)| (*path, definitions(text), positions(text)))
        .collect();
    for (_, defs, _) in &per_file {
        meaning.extend(defs.iter().cloned());
    }
    let mut hints = 0;
    for (path, defs, lines) in &per_file {
        for (id, refs) in defs {
            let at = lines.get(id.as_str()).copied().unwrap_or(Position::START);
            for target in refs {
                if meaning.contains_key(target) {
                    continue;
                }
                hints += 1;
                let hint = (hints <= HINTS)
                    .then(|| closest(target, meaning.keys().map(String::as_str)))
                    .flatten()
                    .map(|c| format!(" Did you mean {{ {c} }}?"))
                    .unwrap_or_default();
                d.error(
                    path,
                    at,
                    format!(
                        "\"{id}\" refers to {{ {target} }}, which is not defined: it would show as \
                         \"{{{target}}}\" on screen.{hint}"
                    ),
                );
            }
            if let Some(circle) = circle_from(id, &meaning) {
                d.error(
                    path,
                    at,
                    format!(
                        "\"{id}\" refers to itself through {}: it cannot be shown",
                        circle.join(" → ")
                    ),
                );
            }
        }
    }
}

/// A path of references from `start` back to `start`, if there is one (iterative, each id
/// visited once).
fn circle_from(start: &str, meaning: &BTreeMap<String, Vec<String>>) -> Option<Vec<String>> {
    let mut visited = std::collections::BTreeSet::new();
    // (id, the path to it)
    let mut stack: Vec<(String, Vec<String>)> = vec![(start.to_owned(), vec![start.to_owned()])];
    while let Some((id, path)) = stack.pop() {
        for next in meaning.get(&id).into_iter().flatten() {
            if next == start {
                let mut circle = path.clone();
                circle.push(next.clone());
                return Some(circle);
            }
            if visited.insert(next.clone()) {
                let mut longer = path.clone();
                longer.push(next.clone());
                stack.push((next.clone(), longer));
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang;

    fn check(text: &str, lang: Lang) -> Vec<String> {
        let mut d = Diagnostics::new();
        check_file("locales/x/kiosk.ftl", &lang, text, false, &mut d);
        d.iter().map(ToString::to_string).collect()
    }

    #[test]
    fn misspelt_variable_is_an_error_with_a_hint() {
        let out = check(
            "fallback-notice = Pas en { $langage } — en { $fallback }.\n",
            lang!("fr"),
        );
        assert!(
            out.iter().any(|l| l.contains(":1:1: error:")
                && l.contains("{ $langage }")
                && l.contains("Did you mean { $language }")),
            "{out:?}"
        );
    }

    #[test]
    fn unknown_id_tab_and_bidi_are_reported() {
        let out = check(
            "nav-hmoe = Accueil\nnav-back =\n\tRetour\nnav-home = \u{202E}Home\n",
            lang!("fr"),
        );
        assert!(
            out.iter()
                .any(|l| l.contains(":1:1: warning:") && l.contains("Did you mean \"nav-home\"")),
            "{out:?}"
        );
        assert!(
            out.iter()
                .any(|l| l.contains(":3:1: error:") && l.contains("tab")),
            "{out:?}"
        );
        assert!(
            out.iter()
                .any(|l| l.contains(":4:") && l.contains("U+202E")),
            "{out:?}"
        );
    }

    #[test]
    fn dangling_and_circular_references_are_errors() {
        let mut d = Diagnostics::new();
        let text = "nav-home = { nav-hom }\nnav-back = { -app-name } { a }\na = { b }\nb = { a }\n";
        check_references(&lang!("fr"), &[("locales/fr/x.ftl", text)], &mut d);
        let all: Vec<String> = d.iter().map(ToString::to_string).collect();
        assert!(
            all.iter()
                .any(|l| l.starts_with("locales/fr/x.ftl:1:1: error:")
                    && l.contains("{ nav-hom }")
                    && l.contains("Did you mean { nav-home }")),
            "{all:#?}"
        );
        assert!(
            all.iter()
                .any(|l| l.contains(":3:1: error:") && l.contains("a → b → a")),
            "{all:#?}"
        );
        // -app-name comes from the built-in French translation: not dangling.
        assert!(!all.iter().any(|l| l.contains("-app-name")), "{all:#?}");
    }

    #[test]
    fn deep_nesting_is_refused_before_parsing() {
        let deep = format!(
            "nav-home = {}x{}\n",
            "{ ".repeat(11_000),
            " }".repeat(11_000)
        );
        let out = check(&deep, lang!("fr"));
        assert!(
            out.iter().any(|l| l.contains("nested more than")),
            "{out:?}"
        );
    }

    #[test]
    fn plural_forms_the_language_lacks_are_flagged() {
        let out = check(
            "list-count = { $count ->\n    [one] un\n    [few] quelques\n   *[other] { $count }\n}\n",
            lang!("fr"),
        );
        assert!(
            out.iter()
                .any(|l| l.contains("[few]") && l.contains("never uses it")),
            "{out:?}"
        );
    }

    #[test]
    fn syntax_errors_have_line_and_column() {
        let out = check("nav-home = Accueil\nnav-back = { $x\n", lang!("fr"));
        assert!(
            out.iter()
                .any(|l| l.starts_with("locales/x/kiosk.ftl:2:") && l.contains("not valid Fluent")),
            "{out:?}"
        );
    }

    #[test]
    fn reachable_categories_cover_decimals_and_large_numbers() {
        // French "many" is for round millions ("1 000 000 de personnes").
        assert!(reachable_plural_categories(&lang!("fr")).contains(&"many"));
        assert!(!everyday_plural_categories(&lang!("fr")).contains(&"many"));
        // Ukrainian "other" is only for decimals (1,5 елемента).
        assert!(reachable_plural_categories(&lang!("uk")).contains(&"other"));
        assert!(!everyday_plural_categories(&lang!("uk")).contains(&"other"));
    }

    #[test]
    fn plural_categories_come_from_cldr() {
        assert_eq!(
            plural_categories(&lang!("ar")),
            ["zero", "one", "two", "few", "many", "other"]
        );
        assert_eq!(
            plural_categories(&lang!("uk")),
            ["one", "few", "many", "other"]
        );
        assert_eq!(plural_categories(&lang!("prs")), ["one", "other"]);
    }
}
