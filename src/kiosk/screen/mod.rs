//! One module per screen. Each is a view of the shared context; navigation is decided by
//! the parent (`kiosk::Kiosk::update`).

pub mod attract;
pub mod detail;
pub mod emergency;
pub mod facts;
pub mod home;
pub mod idle;
pub mod language;
pub mod list;
pub mod panel;
pub mod pin;
pub mod preview;

use std::collections::BTreeMap;

use iced::widget::image;
use jiff::civil::DateTime;

use crate::content::markdown::Text;
use crate::content::{Content, Item, Kind};
use crate::i18n::{Catalog, Direction, Localizer, locale, msg};
use crate::lang::Lang;

/// What every view reads. Nothing in a view does I/O or parsing.
pub struct Ctx<'a> {
    pub content: &'a Content,
    pub catalog: &'a Catalog,
    pub ui: &'a Localizer,
    pub content_lang: &'a Lang,
    /// Languages to try for content, most wanted first, ending with the bundle default.
    pub chain: &'a [Lang],
    /// The content language and its ICU fallbacks (no notice needed for these).
    pub own: &'a [Lang],
    /// The languages on the picker.
    pub offered: &'a [Lang],
    /// Bundle-local time.
    pub now: DateTime,
    pub images: &'a BTreeMap<String, image::Handle>,
}

/// An item's words as shown: which language they are in and whether that is a fallback.
pub struct Shown<'a> {
    pub text: &'a Text,
    pub lang: &'a Lang,
    pub direction: Direction,
    /// The visitor's language has no text; this is another language.
    pub fallback: bool,
}

impl<'a> Ctx<'a> {
    pub fn dir(&self) -> Direction {
        self.ui.direction()
    }

    /// The words of an item in the content language, or the best fallback.
    pub fn shown(&self, item: &'a Item) -> Option<Shown<'a>> {
        let (lang, text) = item.text(self.chain)?;
        // Languages in the ICU fallback chain (Dari → Persian) count as the visitor's own.
        let fallback = !self.own.contains(lang);
        let direction = self
            .catalog
            .find(lang)
            .map_or_else(|| locale::direction(lang), |e| e.direction);
        Some(Shown {
            text,
            lang,
            direction,
            fallback,
        })
    }

    /// A language's own name ("Français"), or its tag if the kiosk has no name for it.
    pub fn language_name(&self, lang: &Lang) -> String {
        self.catalog
            .find(lang)
            .map_or_else(|| lang.to_string(), |e| e.name.clone())
    }

    pub fn kind_label(&self, kind: Kind) -> String {
        kind_label(self.ui, kind)
    }

    /// Items a visitor should see now, in order.
    pub fn current_items(&self, kind: Kind) -> Vec<&'a Item> {
        let mut items: Vec<&Item> = self
            .content
            .items_of(kind)
            .filter(|i| i.is_current(self.now))
            .collect();
        if kind == Kind::Events {
            // Soonest first.
            items.sort_by_key(|i| match &i.facts {
                crate::content::Facts::Event(e) => e.next_occurrence(self.now).map(|o| o.start),
                _ => None,
            });
        }
        items
    }
}

pub fn kind_label(ui: &Localizer, kind: Kind) -> String {
    match kind {
        Kind::Guides => msg::kind_guides(ui),
        Kind::Jobs => msg::kind_jobs(ui),
        Kind::Contacts => msg::kind_contacts(ui),
        Kind::Services => msg::kind_services(ui),
        Kind::Events => msg::kind_events(ui),
        Kind::Stories => msg::kind_stories(ui),
    }
}
