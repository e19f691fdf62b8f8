//! The metadata of a bundle, parsed from `bundle.toml`, and the field helpers that every
//! facts file shares: languages, fixed choices, phone numbers, e-mail addresses, free text
//! people read (with its glyph coverage), opening hours and lists of numbers and languages.

use std::collections::BTreeMap;

use crate::content::diagnostic::Diagnostics;
use crate::content::fields::{self, Field, Table};
use crate::content::hours::OpeningHours;
use crate::content::markdown;
use crate::content::model::BundleMeta;
use crate::content::phone::{self, PhoneNumber};
use crate::lang::Lang;

use super::{BUNDLE_FILE, parse_language};

#[allow(
    clippy::too_many_lines,
    reason = "one pass over bundle.toml's fields, each reported where it stands"
)]
pub(super) fn parse_meta(text: &str, d: &mut Diagnostics) -> Option<BundleMeta> {
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
    let mut featured: Vec<Lang> = Vec::new();
    for f in t.strings("featured", d).unwrap_or_default() {
        let Some(lang) = language_field(BUNDLE_FILE, &f, d) else {
            continue;
        };
        if !languages.contains(&lang) {
            d.warning(
                BUNDLE_FILE,
                f.at,
                format!("`featured`: \"{lang}\" is not in `languages`, so it is not shown"),
            );
        } else if featured.contains(&lang) {
            d.warning(
                BUNDLE_FILE,
                f.at,
                format!("`featured`: \"{lang}\" is listed twice"),
            );
        } else {
            featured.push(lang);
        }
    }
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
        featured,
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
    if let Some(l) = &lang {
        for variant in l.id().variants.iter() {
            if !REGISTERED_VARIANTS.contains(&variant.as_str()) {
                d.warning(
                    file,
                    f.at,
                    format!(
                        "\"{variant}\" in \"{}\" is not a registered language variant: check the \
                         spelling, or leave it out",
                        f.value
                    ),
                );
            }
        }
    }
    lang
}

/// Variant subtags in the IANA Language Subtag Registry (BCP 47), lowercase.
const REGISTERED_VARIANTS: &[&str] = &[
    "1606nict", "1694acad", "1901", "1959acad", "1994", "1996", "abl1943", "akhmimic", "akuapem",
    "alalc97", "aluku", "anpezo", "ao1990", "aranes", "arkaika", "asante", "auvern", "baku1926",
    "balanka", "barla", "basiceng", "bauddha", "bciav", "bcizbl", "biscayan", "biske", "blasl",
    "bohairic", "bohoric", "boont", "bornholm", "cisaup", "colb1945", "cornu", "creiss", "dajnko",
    "ekavsk", "emodeng", "fascia", "fayyumic", "fodom", "fonipa", "fonkirsh", "fonnapa", "fonupa",
    "fonxsamp", "gallo", "gascon", "gherd", "grclass", "grital", "grmistr", "hanoi", "hepburn",
    "heploc", "hognorsk", "hsistemo", "huett", "ijekavsk", "itihasa", "ivanchov", "jauer",
    "jyutping", "kkcor", "kleinsch", "kociewie", "kscor", "laukika", "leidentr", "lemosin",
    "lengadoc", "lipaw", "ltg1929", "ltg2007", "luna1918", "lycopol", "mdcegyp", "mdctrans",
    "mesokem", "metelko", "monoton", "ndyuka", "nedis", "newfound", "nicard", "njiva", "nulik",
    "osojs", "oxendict", "pahawh2", "pahawh3", "pahawh4", "pamaka", "peano", "pehoeji", "petr1708",
    "pinyin", "polyton", "provenc", "puter", "rigik", "rozaj", "rumgr", "sahidic", "saigon",
    "scotland", "scouse", "simple", "solba", "sotav", "spanglis", "surmiran", "sursilv", "sutsilv",
    "synnejyl", "tailo", "tarask", "tongyong", "tunumiit", "uccor", "ucrcor", "ulster", "unifon",
    "vaidika", "valbadia", "valencia", "vallader", "vecdruka", "viennese", "vivaraup", "wadegile",
    "xsistemo",
];

/// Pick one of a fixed set of words, or explain the choices.
pub(super) fn choice<T: Copy>(
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

pub(super) fn phone_field(
    file: &str,
    f: &Field<String>,
    d: &mut Diagnostics,
) -> Option<PhoneNumber> {
    PhoneNumber::parse(&f.value)
        .map_err(|why| d.error(file, f.at, why))
        .ok()
}

pub(super) fn email_field(file: &str, f: Field<String>, d: &mut Diagnostics) -> Option<String> {
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
pub(super) fn plain_field(file: &str, f: Field<String>, d: &mut Diagnostics) -> Option<String> {
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
    Some(f.value)
}

pub(super) fn hours_field(
    file: &str,
    t: &Table<'_, '_>,
    d: &mut Diagnostics,
) -> Option<OpeningHours> {
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

pub(super) fn phones_field(file: &str, t: &Table<'_, '_>, d: &mut Diagnostics) -> Vec<PhoneNumber> {
    t.strings("phones", d)
        .unwrap_or_default()
        .iter()
        .filter_map(|f| phone_field(file, f, d))
        .collect()
}

pub(super) fn languages_field(
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
