//! Content bundles: the model, loading from the embedded default or a directory, validation.
//! No GUI code here: everything is testable without a renderer.

pub mod diagnostic;
pub mod fields;
pub mod hours;
pub mod image;
pub mod jobs;
pub mod limits;
pub mod load;
pub mod markdown;
pub mod model;
pub mod phone;
pub mod source;

pub use diagnostic::{Diagnostic, Diagnostics, LineIndex, Position, Severity};
pub use load::{Loaded, Options, load};
pub use model::*;
pub use source::{Directory, Embedded, Listing, Memory, Source};

/// Load the bundle compiled into the binary.
pub fn load_embedded(options: &Options) -> Loaded {
    load(&Embedded, options)
}

/// A bundle with no items, used only if even the built-in content cannot be loaded, so the
/// kiosk still starts (with its emergency bar) instead of crashing.
pub fn empty() -> Content {
    let en = crate::lang!("en");
    Content {
        meta: BundleMeta {
            id: "empty".to_owned(),
            version: 0,
            name: String::new(),
            default_language: en.clone(),
            languages: vec![en],
            featured: Vec::new(),
            timezone: jiff::tz::TimeZone::UTC,
            timezone_name: "UTC".to_owned(),
            currency: "EUR".to_owned(),
            expires: None,
            example: false,
        },
        items: Vec::new(),
        images: std::collections::BTreeMap::new(),
        fonts: Vec::new(),
        locales: Vec::new(),
        origin: "nothing".to_owned(),
    }
}
