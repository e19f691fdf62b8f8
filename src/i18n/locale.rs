//! Language identity from ICU4X: canonical tags, text direction, fallback chains, scripts.

use icu_locale::fallback::LocaleFallbacker;
use icu_locale::{LocaleCanonicalizer, LocaleDirectionality, LocaleExpander};
use icu_locale_core::{LanguageIdentifier, Locale};

use crate::lang::Lang;

/// Which way a language's lines run.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Direction {
    #[default]
    Ltr,
    Rtl,
}

impl Direction {
    pub fn is_rtl(self) -> bool {
        self == Direction::Rtl
    }

    pub fn parse(word: &str) -> Option<Self> {
        match word.trim() {
            "ltr" => Some(Direction::Ltr),
            "rtl" => Some(Direction::Rtl),
            _ => None,
        }
    }
}

/// The canonical form of a tag (`prs` → `fa-AF`, `iw` → `he`), as CLDR defines it.
pub fn canonicalize(lang: &Lang) -> Lang {
    let mut locale = Locale::from(lang.id().clone());
    LocaleCanonicalizer::new_extended().canonicalize(&mut locale);
    Lang::from(locale.id)
}

/// Direction from the language's likely script (after canonicalization, so `prs` is RTL).
pub fn direction(lang: &Lang) -> Direction {
    let canonical = canonicalize(lang);
    if LocaleDirectionality::new_extended().is_right_to_left(canonical.id()) {
        Direction::Rtl
    } else {
        Direction::Ltr
    }
}

/// The direction a text's letters clearly have: Some when at least four in five of its
/// first 400 letters with a direction run the same way, None when it is mixed or has none.
pub fn text_direction(text: &str) -> Option<Direction> {
    use unicode_bidi::BidiClass;
    let (mut ltr, mut rtl) = (0u32, 0u32);
    for c in text.chars() {
        match unicode_bidi::bidi_class(c) {
            BidiClass::L => ltr += 1,
            BidiClass::R | BidiClass::AL => rtl += 1,
            _ => continue,
        }
        if ltr + rtl >= 400 {
            break;
        }
    }
    let total = ltr + rtl;
    if total == 0 {
        None
    } else if ltr * 5 >= total * 4 {
        Some(Direction::Ltr)
    } else if rtl * 5 >= total * 4 {
        Some(Direction::Rtl)
    } else {
        None
    }
}

/// The script of a character: its ISO 15924 code (`Latn`, `Arab`, `Zyyy` for punctuation and
/// digits shared by scripts) and its Unicode name (`Latin`, `Arabic`, `Common`).
pub fn script_of_char(c: char) -> (&'static str, &'static str) {
    use icu_properties::props::Script;
    use icu_properties::{CodePointMapData, PropertyNamesLong, PropertyNamesShort};
    let script = CodePointMapData::<Script>::new().get(c);
    (
        PropertyNamesShort::<Script>::new()
            .get(script)
            .unwrap_or("Zzzz"),
        PropertyNamesLong::<Script>::new()
            .get(script)
            .unwrap_or("Unknown"),
    )
}

/// The likely script, as a four-letter code (`Arab`, `Ethi`, `Latn`, `Cyrl`, `Hans`…).
pub fn script(lang: &Lang) -> String {
    let mut id: LanguageIdentifier = canonicalize(lang).id().clone();
    LocaleExpander::new_extended().maximize(&mut id);
    id.script
        .map_or_else(|| "Zyyy".to_owned(), |s| s.as_str().to_owned())
}

/// The language and its likely script, for matching tags that name the same writing
/// (`zh` and `zh-Hans-CN` → (`zh`, `Hans`); `zh-TW` → (`zh`, `Hant`)).
pub fn language_and_script(lang: &Lang) -> (String, String) {
    let mut id: LanguageIdentifier = canonicalize(lang).id().clone();
    LocaleExpander::new_extended().maximize(&mut id);
    (
        id.language.as_str().to_owned(),
        id.script
            .map_or_else(String::new, |s| s.as_str().to_owned()),
    )
}

/// ICU's fallback steps for a tag, most specific first, without `und`:
/// `prs` → `fa-AF`, `fa`; `pt-AO` → `pt-AO`, `pt-PT`, `pt`.
pub fn fallback_chain(lang: &Lang) -> Vec<Lang> {
    let canonical = canonicalize(lang);
    let mut chain = vec![lang.clone()];
    let fallbacker = LocaleFallbacker::new();
    let mut iter = fallbacker
        .for_config(icu_locale::fallback::LocaleFallbackConfig::default())
        .fallback_for(Locale::from(canonical.id().clone()).into());
    loop {
        let step = iter.get();
        if step.is_unknown() {
            break;
        }
        let id = step.into_locale().id;
        let step = Lang::from(id);
        if !chain.contains(&step) {
            chain.push(step);
        }
        iter.step();
    }
    chain
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang;

    #[test]
    fn dari_is_persian_of_afghanistan_and_right_to_left() {
        assert_eq!(canonicalize(&lang!("prs")), lang!("fa-AF"));
        assert_eq!(direction(&lang!("prs")), Direction::Rtl);
        assert_eq!(
            fallback_chain(&lang!("prs")),
            vec![lang!("prs"), lang!("fa-AF"), lang!("fa")]
        );
    }

    #[test]
    fn portuguese_of_angola_falls_back_through_portugal() {
        assert_eq!(
            fallback_chain(&lang!("pt-AO")),
            vec![lang!("pt-AO"), lang!("pt-PT"), lang!("pt")]
        );
    }

    #[test]
    fn directions_and_scripts() {
        for rtl in ["ar", "fa", "ur", "ps", "ckb", "he"] {
            assert_eq!(
                direction(&Lang::parse(rtl).unwrap_or_else(|| lang!("en"))),
                Direction::Rtl,
                "{rtl}"
            );
        }
        for ltr in ["en", "fr", "uk", "ti", "zh-Hans", "am"] {
            assert_eq!(
                direction(&Lang::parse(ltr).unwrap_or_else(|| lang!("ar"))),
                Direction::Ltr,
                "{ltr}"
            );
        }
        assert_eq!(script(&lang!("ti")), "Ethi");
        assert_eq!(script(&lang!("uk")), "Cyrl");
        assert_eq!(script(&lang!("fa")), "Arab");
    }
}
