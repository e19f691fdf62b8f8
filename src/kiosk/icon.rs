//! Pictograms from the embedded Lucide subset (`assets/icons/kiosk-icons.ttf`).

use crate::kiosk::renderer::Element;
use iced::Font;
use iced::widget::text;

use crate::content::{Icon, Kind};
use crate::i18n::Direction;

pub const FONT: Font = Font::with_name(crate::fonts::ICON_FAMILY);

/// A glyph of the icon font, named by what it shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Glyph(pub char);

impl Glyph {
    pub const SCALE: Glyph = Glyph('\u{E212}');
    pub const BRIEFCASE: Glyph = Glyph('\u{E062}');
    pub const SIREN: Glyph = Glyph('\u{E2EF}');
    pub const HAND_HELPING: Glyph = Glyph('\u{E3B8}');
    pub const BUILDING: Glyph = Glyph('\u{E290}');
    pub const CALENDAR: Glyph = Glyph('\u{E2B9}');
    pub const BOOK_OPEN: Glyph = Glyph('\u{E05F}');
    pub const HOUSE: Glyph = Glyph('\u{E0F5}');
    pub const ARROW_LEFT: Glyph = Glyph('\u{E048}');
    pub const ARROW_RIGHT: Glyph = Glyph('\u{E049}');
    pub const LANGUAGES: Glyph = Glyph('\u{E0FE}');
    pub const PHONE: Glyph = Glyph('\u{E133}');
    pub const MAP_PIN: Glyph = Glyph('\u{E111}');
    pub const CLOCK: Glyph = Glyph('\u{E087}');
    pub const MAIL: Glyph = Glyph('\u{E10F}');
    pub const GLOBE: Glyph = Glyph('\u{E0E8}');
    pub const INFO: Glyph = Glyph('\u{E0F9}');
    pub const USERS: Glyph = Glyph('\u{E1A4}');
    pub const HEART_HANDSHAKE: Glyph = Glyph('\u{E2D7}');
    pub const GRADUATION_CAP: Glyph = Glyph('\u{E234}');
    pub const STETHOSCOPE: Glyph = Glyph('\u{E2F1}');
    pub const KEY: Glyph = Glyph('\u{E4A3}');
    pub const MESSAGE: Glyph = Glyph('\u{E116}');
    pub const COINS: Glyph = Glyph('\u{E097}');
    pub const ALERT: Glyph = Glyph('\u{E193}');
    pub const SHIELD: Glyph = Glyph('\u{E158}');
    pub const LANDMARK: Glyph = Glyph('\u{E23A}');
    pub const FILM: Glyph = Glyph('\u{E0D0}');
    pub const PARTY: Glyph = Glyph('\u{E343}');
    pub const BABY: Glyph = Glyph('\u{E2CE}');
    pub const UTENSILS: Glyph = Glyph('\u{E2F6}');
    pub const BUS: Glyph = Glyph('\u{E1D4}');
    pub const RAINBOW: Glyph = Glyph('\u{E4C2}');
    pub const FILE_TEXT: Glyph = Glyph('\u{E0CC}');
    pub const CHEVRON_RIGHT: Glyph = Glyph('\u{E06F}');
    pub const CHEVRON_LEFT: Glyph = Glyph('\u{E06E}');
    pub const PHONE_CALL: Glyph = Glyph('\u{E134}');
    pub const HOURGLASS: Glyph = Glyph('\u{E296}');
    pub const CHECK: Glyph = Glyph('\u{E06C}');
    pub const CIRCLE_CHECK: Glyph = Glyph('\u{E226}');
    pub const BAN: Glyph = Glyph('\u{E051}');
    pub const REPEAT: Glyph = Glyph('\u{E2B9}');
    pub const VOLUME: Glyph = Glyph('\u{E1AB}');
    pub const VOLUME_LOW: Glyph = Glyph('\u{E1AA}');
    pub const VOLUME_OFF: Glyph = Glyph('\u{E1AC}');
    pub const PAUSE: Glyph = Glyph('\u{E12E}');
    pub const PLAY: Glyph = Glyph('\u{E13C}');
    pub const STOP: Glyph = Glyph('\u{E167}');
    pub const SKIP_BACK: Glyph = Glyph('\u{E15F}');
    pub const SKIP_FORWARD: Glyph = Glyph('\u{E160}');
    pub const ROTATE_CCW: Glyph = Glyph('\u{E148}');
    pub const MINUS: Glyph = Glyph('\u{E11C}');
    pub const PLUS: Glyph = Glyph('\u{E13D}');
    pub const TEXT_SIZE: Glyph = Glyph('\u{E587}');
    pub const CONTRAST: Glyph = Glyph('\u{E09D}');
    pub const SEARCH: Glyph = Glyph('\u{E151}');
    pub const BACKSPACE: Glyph = Glyph('\u{E0AE}');
    pub const QR_CODE: Glyph = Glyph('\u{E1DF}');
    pub const FUNNEL: Glyph = Glyph('\u{E0DC}');
    pub const KEYBOARD: Glyph = Glyph('\u{E284}');
    pub const SHIFT: Glyph = Glyph('\u{E1E4}');
    pub const ENTER: Glyph = Glyph('\u{E0A1}');
    pub const SPACE: Glyph = Glyph('\u{E3DD}');

    /// Every glyph the app uses (for the coverage test).
    pub const ALL: &[Glyph] = &[
        Self::SCALE,
        Self::BRIEFCASE,
        Self::SIREN,
        Self::HAND_HELPING,
        Self::BUILDING,
        Self::CALENDAR,
        Self::BOOK_OPEN,
        Self::HOUSE,
        Self::ARROW_LEFT,
        Self::ARROW_RIGHT,
        Self::LANGUAGES,
        Self::PHONE,
        Self::MAP_PIN,
        Self::CLOCK,
        Self::MAIL,
        Self::GLOBE,
        Self::INFO,
        Self::USERS,
        Self::HEART_HANDSHAKE,
        Self::GRADUATION_CAP,
        Self::STETHOSCOPE,
        Self::KEY,
        Self::MESSAGE,
        Self::COINS,
        Self::ALERT,
        Self::SHIELD,
        Self::LANDMARK,
        Self::FILM,
        Self::PARTY,
        Self::BABY,
        Self::UTENSILS,
        Self::BUS,
        Self::RAINBOW,
        Self::FILE_TEXT,
        Self::CHEVRON_RIGHT,
        Self::CHEVRON_LEFT,
        Self::PHONE_CALL,
        Self::HOURGLASS,
        Self::CHECK,
        Self::CIRCLE_CHECK,
        Self::BAN,
        Self::VOLUME,
        Self::VOLUME_LOW,
        Self::VOLUME_OFF,
        Self::PAUSE,
        Self::PLAY,
        Self::STOP,
        Self::SKIP_BACK,
        Self::SKIP_FORWARD,
        Self::ROTATE_CCW,
        Self::MINUS,
        Self::PLUS,
        Self::TEXT_SIZE,
        Self::CONTRAST,
        Self::SEARCH,
        Self::BACKSPACE,
        Self::QR_CODE,
        Self::FUNNEL,
        Self::KEYBOARD,
        Self::SHIFT,
        Self::ENTER,
        Self::SPACE,
    ];

    pub fn of_kind(kind: Kind) -> Glyph {
        match kind {
            Kind::Guides => Self::SCALE,
            Kind::Jobs => Self::BRIEFCASE,
            Kind::Contacts => Self::SIREN,
            Kind::Services => Self::HAND_HELPING,
            Kind::Events => Self::CALENDAR,
            Kind::Stories => Self::MESSAGE,
        }
    }

    pub fn of_icon(icon: Icon) -> Glyph {
        match icon {
            Icon::Union => Self::USERS,
            Icon::Health => Self::STETHOSCOPE,
            Icon::Legal => Self::LANDMARK,
            Icon::Housing => Self::KEY,
            Icon::Language => Self::GRADUATION_CAP,
            Icon::Family => Self::BABY,
            Icon::Food => Self::UTENSILS,
            Icon::Transport => Self::BUS,
            Icon::Pride => Self::RAINBOW,
            Icon::Support => Self::HEART_HANDSHAKE,
            Icon::Film => Self::FILM,
            Icon::Celebration => Self::PARTY,
            Icon::Info => Self::INFO,
            Icon::Work => Self::BRIEFCASE,
            Icon::Money => Self::COINS,
            Icon::Documents => Self::FILE_TEXT,
            Icon::Safety => Self::SHIELD,
            Icon::Phone => Self::PHONE,
            Icon::Calendar => Self::CALENDAR,
            Icon::Story => Self::BOOK_OPEN,
        }
    }

    /// "Back" points against the reading direction.
    pub fn back(direction: Direction) -> Glyph {
        if direction.is_rtl() {
            Self::ARROW_RIGHT
        } else {
            Self::ARROW_LEFT
        }
    }

    /// "Open" points with the reading direction.
    pub fn forward(direction: Direction) -> Glyph {
        if direction.is_rtl() {
            Self::CHEVRON_LEFT
        } else {
            Self::CHEVRON_RIGHT
        }
    }
}

/// The glyph as a widget.
pub fn icon<'a, Message: 'a>(glyph: Glyph, size: f32) -> Element<'a, Message> {
    text(glyph.0.to_string())
        .font(FONT)
        .size(size)
        .line_height(1.0)
        .shaping(text::Shaping::Basic)
        .into()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_glyph_is_in_the_icon_font() {
        let font = crate::fonts::ALL
            .iter()
            .find(|f| f.family == crate::fonts::ICON_FAMILY)
            .map(|f| f.bytes)
            .unwrap_or_default();
        let face = ttf_parser::Face::parse(font, 0);
        assert!(face.is_ok());
        let face = face.unwrap_or_else(|_| unreachable!());
        for glyph in Glyph::ALL {
            assert!(
                face.glyph_index(glyph.0).is_some(),
                "U+{:04X} missing",
                u32::from(glyph.0)
            );
        }
    }
}
