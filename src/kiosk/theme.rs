//! Colours, sizes and style functions. High contrast on a warm light background; every
//! colour used behind white text has at least 4.5:1 contrast.
//!
//! Nothing changes on hover: on a touch screen the "hover" is wherever the last finger
//! lifted, and a button that stays lit after a tap looks selected.

use iced::widget::{button, container};
use iced::{Background, Border, Color, Shadow, Theme, Vector, color};

use crate::content::Kind;

pub const BACKGROUND: Color = color!(0xF6F4EF);
pub const SURFACE: Color = color!(0xFFFFFF);
pub const TEXT: Color = color!(0x1B1B1F);
pub const MUTED: Color = color!(0x4A4A55);
pub const PRIMARY: Color = color!(0x1F4E8C);
pub const BAR: Color = color!(0x16365F);
pub const DANGER: Color = color!(0xB3261E);
pub const SUCCESS: Color = color!(0x1E6B34);
pub const WARNING_BG: Color = color!(0xFFF3CD);
pub const WARNING_FG: Color = color!(0x5C4300);
pub const INFO_BG: Color = color!(0xE3ECF8);
pub const BORDER: Color = color!(0xD5D1C7);

/// Text sizes in logical pixels. The smallest text a visitor must read is `SMALL`.
pub mod size {
    pub const SMALL: f32 = 19.0;
    pub const BODY: f32 = 22.0;
    pub const CARD_TITLE: f32 = 26.0;
    pub const H3: f32 = 25.0;
    pub const H2: f32 = 30.0;
    pub const H1: f32 = 40.0;
    pub const TILE: f32 = 30.0;
    pub const BAR: f32 = 21.0;
    /// Labels under the bar's pictograms on narrow screens.
    pub const BAR_COMPACT: f32 = 15.0;
    pub const NUMBER: f32 = 60.0;
    /// Every tap target is at least this tall and wide (WCAG asks for 44; touch kiosks more).
    pub const TARGET: f32 = 64.0;
    pub const BAR_HEIGHT: f32 = 84.0;
    pub const BAR_PADDING: f32 = 8.0;
    /// Longest comfortable line for reading.
    pub const READING_WIDTH: f32 = 980.0;
}

pub fn theme() -> Theme {
    Theme::custom(
        "Welcome Kiosk".to_owned(),
        iced::theme::Palette {
            background: BACKGROUND,
            text: TEXT,
            primary: PRIMARY,
            success: SUCCESS,
            warning: WARNING_FG,
            danger: DANGER,
        },
    )
}

/// The colour of a category, used on its tile and list heading.
pub fn kind_colour(kind: Kind) -> Color {
    match kind {
        Kind::Guides => color!(0x1F4E8C),
        Kind::Jobs => color!(0x00695C),
        Kind::Contacts => DANGER,
        Kind::Services => color!(0x5B36A8),
        Kind::Events => color!(0xA34700),
        Kind::Stories => color!(0x9C1458),
    }
}

fn darken(c: Color, by: f32) -> Color {
    Color::from_rgb(c.r * (1.0 - by), c.g * (1.0 - by), c.b * (1.0 - by))
}

/// A solid button of one colour with white text; darker while pressed.
pub fn solid(colour: Color) -> impl Fn(&Theme, button::Status) -> button::Style {
    move |_, status| {
        let bg = match status {
            button::Status::Pressed => darken(colour, 0.25),
            button::Status::Disabled => Color { a: 0.35, ..colour },
            button::Status::Active | button::Status::Hovered => colour,
        };
        button::Style {
            background: Some(Background::Color(bg)),
            text_color: Color::WHITE,
            border: Border::default().rounded(14),
            shadow: Shadow {
                color: Color {
                    a: 0.18,
                    ..Color::BLACK
                },
                offset: Vector::new(0.0, 2.0),
                blur_radius: 4.0,
            },
            snap: true,
        }
    }
}

/// A white card button with a thin border, or a thick one in the `highlight` colour.
pub fn card(highlight: Option<Color>) -> impl Fn(&Theme, button::Status) -> button::Style {
    move |_, status| {
        let bg = match status {
            button::Status::Pressed => color!(0xE8E4DA),
            _ => SURFACE,
        };
        button::Style {
            background: Some(Background::Color(bg)),
            text_color: TEXT,
            border: Border {
                color: highlight.unwrap_or(BORDER),
                width: if highlight.is_some() { 4.0 } else { 1.0 },
                radius: 14.0.into(),
            },
            shadow: Shadow {
                color: Color {
                    a: 0.08,
                    ..Color::BLACK
                },
                offset: Vector::new(0.0, 1.0),
                blur_radius: 3.0,
            },
            snap: true,
        }
    }
}

/// The emergency number on the attract screen: outlined in white on the attract colour.
pub fn attract_emergency(_: &Theme, status: button::Status) -> button::Style {
    let bg = match status {
        button::Status::Pressed => color!(0x0C2240),
        _ => color!(0x24497A),
    };
    button::Style {
        background: Some(Background::Color(bg)),
        text_color: Color::WHITE,
        border: Border {
            color: Color::WHITE,
            width: 2.0,
            radius: 12.0.into(),
        },
        shadow: Shadow::default(),
        snap: true,
    }
}

/// The bar's Emergency button: red, white text.
pub fn emergency_button(theme: &Theme, status: button::Status) -> button::Style {
    solid(DANGER)(theme, status)
}

/// Buttons in the top bar: transparent on the bar colour.
pub fn bar_button(_: &Theme, status: button::Status) -> button::Style {
    let bg = match status {
        button::Status::Pressed => Some(Background::Color(color!(0x0C2240))),
        _ => None,
    };
    button::Style {
        background: bg,
        text_color: if status == button::Status::Disabled {
            color!(0x7D8DA6)
        } else {
            Color::WHITE
        },
        border: Border::default().rounded(12),
        shadow: Shadow::default(),
        snap: true,
    }
}

pub fn bar(_: &Theme) -> container::Style {
    container::Style {
        background: Some(Background::Color(BAR)),
        text_color: Some(Color::WHITE),
        ..container::Style::default()
    }
}

pub fn panel(_: &Theme) -> container::Style {
    container::Style {
        background: Some(Background::Color(SURFACE)),
        border: Border {
            color: BORDER,
            width: 1.0,
            radius: 14.0.into(),
        },
        ..container::Style::default()
    }
}

/// A notice strip: `bg` background, `fg` text.
pub fn notice(bg: Color, fg: Color) -> impl Fn(&Theme) -> container::Style {
    move |_| container::Style {
        background: Some(Background::Color(bg)),
        text_color: Some(fg),
        border: Border::default().rounded(10),
        ..container::Style::default()
    }
}

/// A small label with a coloured outline.
pub fn badge(colour: Color) -> impl Fn(&Theme) -> container::Style {
    move |_| container::Style {
        background: Some(Background::Color(Color { a: 0.1, ..colour })),
        text_color: Some(colour),
        border: Border {
            color: colour,
            width: 1.5,
            radius: 8.0.into(),
        },
        ..container::Style::default()
    }
}
