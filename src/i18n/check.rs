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

/// Line of `id =` in the text, for messages (the AST carries no positions).
fn position_of(text: &str, id: &str) -> Position {
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        if let Some(rest) = line.strip_prefix(id)
            && rest.trim_start().starts_with('=')
        {
            return Position::of_offset(text, offset);
        }
        offset += line.len();
    }
    Position::START
}

/// Check one `.ftl` file for `lang`. `complete` asks that every English message be present
/// (built-in locales); bundle files may be partial and fall back per message.
pub fn check_file(path: &str, lang: &Lang, text: &str, complete: bool, d: &mut Diagnostics) {
    let reference = reference();
    let cleaned = clean_source(path, text, d);
    let resource = parse_resource(path, cleaned.clone(), d);
    let categories = plural_categories(lang);
    let everyday = everyday_plural_categories(lang);
    let reachable = reachable_plural_categories(lang);
    let mut seen = Vec::new();
    let mut has_name = false;
    for entry in resource.entries() {
        match entry {
            ast::Entry::Message(message) => {
                let id = message.id.name;
                let at = position_of(&cleaned, id);
                seen.push(id);
                let Some(expected) = reference.get(id) else {
                    let hint = closest(id, reference.keys().copied())
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
            if !seen.contains(id) {
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
