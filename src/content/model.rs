//! The content model: typed facts per kind, words per language. No GUI types here.

use std::collections::BTreeMap;
use std::fmt;

use crate::lang::Lang;
use jiff::civil::{Date, DateTime};

use super::hours::OpeningHours;
use super::image::Picture;
use super::markdown::Text;
use super::phone::PhoneNumber;

/// The six kinds of content, each a folder of a bundle.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Kind {
    Guides,
    Jobs,
    Contacts,
    Services,
    Events,
    Stories,
}

impl Kind {
    pub const ALL: [Kind; 6] = [
        Kind::Guides,
        Kind::Jobs,
        Kind::Contacts,
        Kind::Services,
        Kind::Events,
        Kind::Stories,
    ];

    /// The folder name, also used on the command line (`list:jobs`).
    pub fn folder(self) -> &'static str {
        match self {
            Kind::Guides => "guides",
            Kind::Jobs => "jobs",
            Kind::Contacts => "contacts",
            Kind::Services => "services",
            Kind::Events => "events",
            Kind::Stories => "stories",
        }
    }

    pub fn from_folder(name: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.folder() == name)
    }
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.folder())
    }
}

/// Identifies an item across bundle versions: `jobs/bakery-assistant`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ItemId {
    pub kind: Kind,
    pub slug: String,
}

impl ItemId {
    pub fn new(kind: Kind, slug: impl Into<String>) -> Self {
        Self {
            kind,
            slug: slug.into(),
        }
    }

    /// Parse `kind/slug`.
    pub fn parse(text: &str) -> Option<Self> {
        let (kind, slug) = text.split_once('/')?;
        Some(Self::new(Kind::from_folder(kind)?, slug))
    }
}

impl fmt::Display for ItemId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/{}", self.kind, self.slug)
    }
}

/// Pictograms an item may ask for; the GUI maps each to a glyph of its icon font.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Icon {
    Union,
    Health,
    Legal,
    Housing,
    Language,
    Family,
    Food,
    Transport,
    Pride,
    Support,
    Film,
    Celebration,
    Info,
    Work,
    Money,
    Documents,
    Safety,
    Phone,
    Calendar,
    Story,
}

impl Icon {
    pub const NAMES: [(&'static str, Icon); 20] = [
        ("union", Icon::Union),
        ("health", Icon::Health),
        ("legal", Icon::Legal),
        ("housing", Icon::Housing),
        ("language", Icon::Language),
        ("family", Icon::Family),
        ("food", Icon::Food),
        ("transport", Icon::Transport),
        ("pride", Icon::Pride),
        ("support", Icon::Support),
        ("film", Icon::Film),
        ("celebration", Icon::Celebration),
        ("info", Icon::Info),
        ("work", Icon::Work),
        ("money", Icon::Money),
        ("documents", Icon::Documents),
        ("safety", Icon::Safety),
        ("phone", Icon::Phone),
        ("calendar", Icon::Calendar),
        ("story", Icon::Story),
    ];

    pub fn from_name(name: &str) -> Option<Icon> {
        Self::NAMES
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, i)| *i)
    }
}

/// Fields every item may have.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Common {
    /// Sort key within its kind (lower first).
    pub order: i64,
    /// Example content: shown with an "Example" badge.
    pub example: bool,
    /// File name under `images/`.
    pub image: Option<String>,
    pub icon: Option<Icon>,
    /// When a person should check the item is still true.
    pub review_by: Option<Date>,
    /// Where it is, as WGS 84 latitude and longitude (`latitude`, `longitude`): shown as a
    /// `geo:` QR code that opens the phone's map.
    pub coordinates: Option<(f64, f64)>,
    /// A guide's web address (services have theirs in their facts).
    pub website: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Contract {
    Permanent,
    Temporary,
    Seasonal,
    Apprenticeship,
}

impl Contract {
    pub const NAMES: [(&'static str, Contract); 4] = [
        ("permanent", Contract::Permanent),
        ("temporary", Contract::Temporary),
        ("seasonal", Contract::Seasonal),
        ("apprenticeship", Contract::Apprenticeship),
    ];
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PayPeriod {
    Hour,
    Day,
    Week,
    Month,
    Year,
}

impl PayPeriod {
    pub const NAMES: [(&'static str, PayPeriod); 5] = [
        ("hour", PayPeriod::Hour),
        ("day", PayPeriod::Day),
        ("week", PayPeriod::Week),
        ("month", PayPeriod::Month),
        ("year", PayPeriod::Year),
    ];
}

/// Gross pay in the bundle's currency, kept in minor units (cents) to avoid rounding drift.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Pay {
    pub minor_units: i64,
    pub per: PayPeriod,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Job {
    pub employer: String,
    pub place: Option<String>,
    pub contract: Option<Contract>,
    pub hours_per_week: Option<u8>,
    pub pay: Option<Pay>,
    pub languages_needed: Vec<Lang>,
    pub phone: Option<PhoneNumber>,
    pub email: Option<String>,
    pub posted: Date,
    pub expires: Option<Date>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Contact {
    pub phones: Vec<PhoneNumber>,
    /// Free to call from any phone.
    pub free: bool,
    /// Shown first and in red on the emergency screen.
    pub urgent: bool,
    pub hours: OpeningHours,
    pub address: Option<String>,
    pub email: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Service {
    pub phones: Vec<PhoneNumber>,
    pub email: Option<String>,
    pub address: Option<String>,
    pub hours: Option<OpeningHours>,
    pub languages_spoken: Vec<Lang>,
    pub website: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Recurrence {
    Weekly,
    Monthly,
    Yearly,
}

impl Recurrence {
    pub const NAMES: [(&'static str, Recurrence); 3] = [
        ("weekly", Recurrence::Weekly),
        ("monthly", Recurrence::Monthly),
        ("yearly", Recurrence::Yearly),
    ];
}

#[derive(Debug, Clone, PartialEq)]
pub struct Event {
    pub start: DateTime,
    pub end: Option<DateTime>,
    pub place: Option<String>,
    pub free: bool,
    pub recurrence: Option<Recurrence>,
    /// Last day a recurring event happens.
    pub until: Option<Date>,
}

/// One occurrence of an event.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Occurrence {
    pub start: DateTime,
    pub end: Option<DateTime>,
}

impl Event {
    /// The occurrence happening now or next after `now`, if any.
    pub fn next_occurrence(&self, now: DateTime) -> Option<Occurrence> {
        let length = self.end.and_then(|end| self.start.until(end).ok());
        let occurrence = |start: DateTime| Occurrence {
            start,
            end: length.and_then(|l| start.checked_add(l).ok()),
        };
        let not_over = |o: &Occurrence| o.end.unwrap_or(o.start) >= now;
        let first = occurrence(self.start);
        let Some(recurrence) = self.recurrence else {
            return Some(first).filter(not_over);
        };
        let step = match recurrence {
            Recurrence::Weekly => jiff::Span::new().weeks(1),
            Recurrence::Monthly => jiff::Span::new().months(1),
            Recurrence::Yearly => jiff::Span::new().years(1),
        };
        // Start a little before `now` instead of stepping from the first date, so a weekly
        // event that began decades ago costs the same as one that began last week.
        let before = match recurrence {
            Recurrence::Weekly => {
                let days = self
                    .start
                    .date()
                    .until((jiff::Unit::Day, now.date()))
                    .map_or(0, |span| i64::from(span.get_days()));
                days / 7
            }
            Recurrence::Monthly => {
                i64::from(now.year() - self.start.year()) * 12
                    + i64::from(now.month() - self.start.month())
            }
            Recurrence::Yearly => i64::from(now.year() - self.start.year()),
        };
        let mut n = (before - 1).max(0);
        let last = n + 60;
        while n < last {
            let start = self.start.checked_add(step.checked_mul(n).ok()?).ok()?;
            if self.until.is_some_and(|until| start.date() > until) {
                return None;
            }
            let o = occurrence(start);
            if not_over(&o) {
                return Some(o);
            }
            n += 1;
        }
        None
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Story {
    pub first_name: String,
    /// Written as an example: no real person.
    pub fictional: bool,
    /// The person agreed in writing to be shown.
    pub consent: bool,
}

/// The typed facts of an item, by kind.
#[derive(Debug, Clone, PartialEq)]
pub enum Facts {
    Guide,
    Job(Job),
    Contact(Contact),
    Service(Service),
    Event(Event),
    Story(Story),
}

/// One piece of content: facts once, words per language.
#[derive(Debug, Clone, PartialEq)]
pub struct Item {
    pub id: ItemId,
    pub common: Common,
    pub facts: Facts,
    /// Keyed by language tag as written in the file name.
    pub texts: BTreeMap<Lang, Text>,
    /// Recordings of the words, by language: bundle paths (`guides/rights.ar.ogg`).
    pub recordings: BTreeMap<Lang, String>,
}

impl Item {
    /// The words in the first language of `chain` that has them, else in any language.
    pub fn text<'a>(&'a self, chain: &[Lang]) -> Option<(&'a Lang, &'a Text)> {
        chain
            .iter()
            .find_map(|lang| self.texts.get_key_value(lang))
            .or_else(|| self.texts.iter().next())
    }

    /// Whether a visitor should see it at `now`: not an expired job, not a past event.
    pub fn is_current(&self, now: DateTime) -> bool {
        match &self.facts {
            Facts::Job(job) => job.expires.is_none_or(|d| d >= now.date()),
            Facts::Event(event) => event.next_occurrence(now).is_some(),
            _ => true,
        }
    }
}

/// `bundle.toml`.
#[derive(Debug, Clone, PartialEq)]
pub struct BundleMeta {
    pub id: String,
    pub version: u64,
    pub name: String,
    pub default_language: Lang,
    pub languages: Vec<Lang>,
    /// The languages the centre needs most, first on the picker and the only ones the
    /// attract screen cycles through (`featured`; empty: the first of `languages`).
    pub featured: Vec<Lang>,
    pub timezone: jiff::tz::TimeZone,
    pub timezone_name: String,
    /// ISO 4217 code, for pay.
    pub currency: String,
    pub expires: Option<Date>,
    /// The whole bundle is example content.
    pub example: bool,
}

/// A translation file shipped in a bundle (`locales/<tag>/<name>.ftl`), parsed later by i18n.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LocaleFile {
    pub path: String,
    pub language: Lang,
    pub text: String,
}

/// A whole, valid bundle.
#[derive(Debug, Clone, PartialEq)]
pub struct Content {
    pub meta: BundleMeta,
    /// Sorted by kind, then order, then slug.
    pub items: Vec<Item>,
    pub images: BTreeMap<String, Picture>,
    /// Fonts shipped in the bundle's `fonts/` folder, checked (load::fonts).
    pub fonts: Vec<BundleFont>,
    pub locales: Vec<LocaleFile>,
    /// Where it came from, for people ("the built-in example content", a path).
    pub origin: String,
}

/// A font from a bundle's `fonts/` folder: for scripts the kiosk's own fonts lack.
#[derive(Clone, PartialEq, Eq)]
pub struct BundleFont {
    pub path: String,
    pub family: String,
    pub bytes: std::sync::Arc<[u8]>,
}

impl std::fmt::Debug for BundleFont {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("BundleFont")
            .field("path", &self.path)
            .field("family", &self.family)
            .field("bytes", &self.bytes.len())
            .finish()
    }
}

impl Content {
    pub fn items_of(&self, kind: Kind) -> impl Iterator<Item = &Item> {
        self.items.iter().filter(move |i| i.id.kind == kind)
    }

    pub fn get(&self, id: &ItemId) -> Option<&Item> {
        self.items.iter().find(|i| &i.id == id)
    }
}
