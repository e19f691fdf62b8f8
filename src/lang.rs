//! A language tag (BCP 47) that can be sorted and used as a map key.

use std::cmp::Ordering;
use std::fmt;

use icu_locale_core::LanguageIdentifier;

/// A parsed language tag like `en`, `ar`, `fa-AF` or `zh-Hans`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Lang(LanguageIdentifier);

impl Lang {
    /// Parse a tag; `None` if it is not well-formed BCP 47.
    pub fn parse(tag: &str) -> Option<Self> {
        LanguageIdentifier::try_from_str(tag.trim()).ok().map(Self)
    }

    pub fn id(&self) -> &LanguageIdentifier {
        &self.0
    }

    /// The bare language (`fa` for `fa-AF`).
    pub fn language(&self) -> Lang {
        Lang(LanguageIdentifier::from(self.0.language))
    }

    /// The same tag for fluent-bundle, which uses unic-langid.
    pub fn to_unic(&self) -> unic_langid::LanguageIdentifier {
        self.0
            .to_string()
            .parse()
            .unwrap_or_else(|_| unic_langid::LanguageIdentifier::default())
    }
}

impl From<LanguageIdentifier> for Lang {
    fn from(id: LanguageIdentifier) -> Self {
        Self(id)
    }
}

impl PartialOrd for Lang {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Lang {
    fn cmp(&self, other: &Self) -> Ordering {
        self.0.total_cmp(&other.0)
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

/// `lang!("en")` for tags known to be valid (tests, constants).
#[macro_export]
macro_rules! lang {
    ($tag:literal) => {
        $crate::lang::Lang::from(icu_locale_core::langid!($tag))
    };
}
