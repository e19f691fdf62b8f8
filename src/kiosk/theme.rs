//! The look of the kiosk as a value: a `Look` (contrast and text step) held in the visitor's
//! session selects a `Palette` and scales text sizes, so both switch at runtime and reset
//! with the session. Style functions read the palette they are given, never a global.
//!
//! Nothing changes on hover: on a touch screen the "hover" is wherever the last finger
//! lifted, and a button that stays lit after a tap looks selected.

use iced::widget::{button, container};
use iced::{Background, Border, Color, Shadow, Theme, Vector, color};

use crate::content::Kind;

/// How strongly colours contrast.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Contrast {
    /// Warm light background; every colour behind white text has at least 4.5:1.
    #[default]
    Standard,
    /// Light text on black, every control outlined.
    High,
}

/// How big text is drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum TextStep {
    #[default]
    Normal,
    Large,
    Largest,
}

impl Contrast {
    /// The other palette (the bar's contrast button).
    pub fn toggled(self) -> Contrast {
        match self {
            Contrast::Standard => Contrast::High,
            Contrast::High => Contrast::Standard,
        }
    }
}

impl TextStep {
    /// The next size, round again after the largest (the bar's text-size button).
    pub fn next(self) -> TextStep {
        match self {
            TextStep::Normal => TextStep::Large,
            TextStep::Large => TextStep::Largest,
            TextStep::Largest => TextStep::Normal,
        }
    }

    /// The factor applied to every text size.
    pub fn factor(self) -> f32 {
        match self {
            TextStep::Normal => 1.0,
            TextStep::Large => 1.25,
            TextStep::Largest => 1.5,
        }
    }
}

/// What a visitor chose about the look of the screens. Part of the session: the next
/// visitor starts with the default look.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Look {
    pub contrast: Contrast,
    pub text: TextStep,
    /// The largest step's factor in percent: at least 150, more on a small, sharp panel so
    /// that a capital letter is 6.1 mm tall there (see `largest_percent`).
    pub largest: u16,
}

impl Default for Look {
    fn default() -> Self {
        Look {
            contrast: Contrast::default(),
            text: TextStep::default(),
            largest: 150,
        }
    }
}

/// The cap height of the kiosk's text faces (Noto Sans: 714 of 1000 units per em).
pub const CAP_HEIGHT: f32 = 0.714;

/// EN 301 549 5.1.4: characters subtending 0.7° at 500 mm, a capital 6.1 mm tall.
pub const LARGEST_CAP_MM: f32 = 6.1;

/// The largest text step (percent) for a panel `panel_height_mm` tall showing
/// `physical_height` pixels at `scale`: the body text's capital H at least 6.1 mm tall,
/// never less than 150 % nor more than 300 %.
pub fn largest_percent(panel_height_mm: f32, physical_height: f32, scale: f32) -> u16 {
    if panel_height_mm <= 0.0 || physical_height <= 0.0 || scale <= 0.0 {
        return 150;
    }
    let pixels_per_mm = physical_height / panel_height_mm;
    let needed = LARGEST_CAP_MM * pixels_per_mm / (CAP_HEIGHT * size::BODY * scale);
    ((needed * 100.0).ceil() as u16).clamp(150, 300)
}

/// How tall (mm) a capital of body text is at `look` on such a panel.
pub fn cap_height_mm(look: Look, panel_height_mm: f32, physical_height: f32, scale: f32) -> f32 {
    let pixels_per_mm = physical_height / panel_height_mm;
    CAP_HEIGHT * look.size(size::BODY) * scale / pixels_per_mm
}

impl Look {
    pub fn palette(self) -> &'static Palette {
        match self.contrast {
            Contrast::Standard => &STANDARD,
            Contrast::High => &HIGH,
        }
    }

    /// A text size (one of `size::*`) at this look's text step.
    pub fn size(self, base: f32) -> f32 {
        let factor = match self.text {
            TextStep::Largest => f32::from(self.largest) / 100.0,
            step => step.factor(),
        };
        (base * factor).round()
    }

    /// The iced theme for the widgets' own defaults (scroll bars, text colour).
    pub fn theme(self) -> Theme {
        let p = self.palette();
        Theme::custom(
            match self.contrast {
                Contrast::Standard => "Welcome Kiosk",
                Contrast::High => "Welcome Kiosk, high contrast",
            }
            .to_owned(),
            iced::theme::Palette {
                background: p.background,
                text: p.text,
                primary: p.primary,
                success: p.success,
                warning: p.warning_fg,
                danger: p.danger,
            },
        )
    }
}

/// Every colour a screen uses.
#[derive(Debug, Clone, PartialEq)]
pub struct Palette {
    pub background: Color,
    pub surface: Color,
    /// A card while pressed.
    pub pressed: Color,
    pub text: Color,
    pub muted: Color,
    pub primary: Color,
    pub bar: Color,
    /// The bar's buttons while pressed, and the attract screen's emergency button.
    pub bar_pressed: Color,
    pub bar_text: Color,
    pub bar_disabled: Color,
    /// The centre's name in the bar.
    pub bar_name: Color,
    pub danger: Color,
    pub success: Color,
    pub warning_bg: Color,
    pub warning_fg: Color,
    pub info_bg: Color,
    pub border: Color,
    /// Text on solid buttons.
    pub on_solid: Color,
    /// Solid buttons are filled with their colour (false: outlined in it, on the background).
    pub filled: bool,
    /// Width of every control's outline.
    pub outline: f32,
    /// Guides, jobs, contacts, services, events, stories.
    pub kinds: [Color; 6],
    /// The dimmed layer under dialogs.
    pub scrim: Color,
}

pub const STANDARD: Palette = Palette {
    background: color!(0xF6F4EF),
    surface: color!(0xFFFFFF),
    pressed: color!(0xE8E4DA),
    text: color!(0x1B1B1F),
    muted: color!(0x4A4A55),
    primary: color!(0x1F4E8C),
    bar: color!(0x16365F),
    bar_pressed: color!(0x0C2240),
    bar_text: Color::WHITE,
    bar_disabled: color!(0x7D8DA6),
    bar_name: color!(0xC9D6EA),
    danger: color!(0xB3261E),
    success: color!(0x1E6B34),
    warning_bg: color!(0xFFF3CD),
    warning_fg: color!(0x5C4300),
    info_bg: color!(0xE3ECF8),
    border: color!(0xD5D1C7),
    on_solid: Color::WHITE,
    filled: true,
    outline: 1.0,
    kinds: [
        color!(0x1F4E8C),
        color!(0x00695C),
        color!(0xB3261E),
        color!(0x5B36A8),
        color!(0xA34700),
        color!(0x9C1458),
    ],
    scrim: Color::from_rgba(0.05, 0.08, 0.15, 0.72),
};

/// Light text on black; colours are used for outlines and large text only, each at least
/// 7:1 against black.
pub const HIGH: Palette = Palette {
    background: Color::BLACK,
    surface: Color::BLACK,
    pressed: color!(0x333333),
    text: Color::WHITE,
    muted: color!(0xE6E6E6),
    primary: color!(0xFFE14D),
    bar: Color::BLACK,
    bar_pressed: color!(0x333333),
    bar_text: Color::WHITE,
    bar_disabled: color!(0xA6A6A6),
    bar_name: Color::WHITE,
    danger: color!(0xFF8A80),
    success: color!(0x7CE38B),
    warning_bg: Color::BLACK,
    warning_fg: color!(0xFFE14D),
    info_bg: Color::BLACK,
    border: Color::WHITE,
    on_solid: Color::WHITE,
    filled: false,
    outline: 3.0,
    kinds: [
        color!(0x8CC4FF),
        color!(0x6FE3D0),
        color!(0xFF8A80),
        color!(0xD0B3FF),
        color!(0xFFB870),
        color!(0xFF9CCB),
    ],
    scrim: Color::from_rgba(0.0, 0.0, 0.0, 0.85),
};

/// Text sizes in logical pixels at the normal text step. The smallest text a visitor must
/// read is `SMALL`.
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

impl Palette {
    /// The colour of a category, used on its tile and list heading.
    pub fn kind(&self, kind: Kind) -> Color {
        let i = Kind::ALL.iter().position(|k| *k == kind).unwrap_or(0);
        self.kinds[i]
    }
}

fn darken(c: Color, by: f32) -> Color {
    Color::from_rgb(c.r * (1.0 - by), c.g * (1.0 - by), c.b * (1.0 - by))
}

/// A solid button of one colour with white text; darker while pressed. In high contrast,
/// outlined in the colour on black.
pub fn solid(
    palette: &'static Palette,
    colour: Color,
) -> impl Fn(&Theme, button::Status) -> button::Style {
    move |_, status| {
        let (background, border) = if palette.filled {
            let bg = match status {
                button::Status::Pressed => darken(colour, 0.25),
                button::Status::Disabled => Color { a: 0.35, ..colour },
                button::Status::Active | button::Status::Hovered => colour,
            };
            (bg, Border::default().rounded(14))
        } else {
            let bg = match status {
                button::Status::Pressed => palette.pressed,
                _ => palette.background,
            };
            let edge = if status == button::Status::Disabled {
                palette.bar_disabled
            } else {
                colour
            };
            (
                bg,
                Border {
                    color: edge,
                    width: palette.outline,
                    radius: 14.0.into(),
                },
            )
        };
        button::Style {
            background: Some(Background::Color(background)),
            text_color: palette.on_solid,
            border,
            shadow: if palette.filled {
                Shadow {
                    color: Color {
                        a: 0.18,
                        ..Color::BLACK
                    },
                    offset: Vector::new(0.0, 2.0),
                    blur_radius: 4.0,
                }
            } else {
                Shadow::default()
            },
            snap: true,
        }
    }
}

/// A card button with a thin border, or a thick one in the `highlight` colour.
pub fn card(
    palette: &'static Palette,
    highlight: Option<Color>,
) -> impl Fn(&Theme, button::Status) -> button::Style {
    move |_, status| {
        let bg = match status {
            button::Status::Pressed => palette.pressed,
            _ => palette.surface,
        };
        button::Style {
            background: Some(Background::Color(bg)),
            text_color: palette.text,
            border: Border {
                color: highlight.unwrap_or(palette.border),
                width: if highlight.is_some() {
                    4.0_f32.max(palette.outline + 2.0)
                } else {
                    palette.outline
                },
                radius: 14.0.into(),
            },
            shadow: Shadow {
                color: Color {
                    a: if palette.filled { 0.08 } else { 0.0 },
                    ..Color::BLACK
                },
                offset: Vector::new(0.0, 1.0),
                blur_radius: 3.0,
            },
            snap: true,
        }
    }
}

/// The whole attract screen: one button in the bar colour.
pub fn attract(palette: &'static Palette) -> impl Fn(&Theme, button::Status) -> button::Style {
    move |_, _| button::Style {
        background: Some(palette.bar.into()),
        text_color: palette.bar_text,
        ..button::Style::default()
    }
}

/// The emergency number on the attract screen: outlined in white on the attract colour.
pub fn attract_emergency(
    palette: &'static Palette,
) -> impl Fn(&Theme, button::Status) -> button::Style {
    move |_, status| {
        let bg = match status {
            button::Status::Pressed => palette.bar_pressed,
            _ if palette.filled => color!(0x24497A),
            _ => palette.bar,
        };
        button::Style {
            background: Some(Background::Color(bg)),
            text_color: palette.bar_text,
            border: Border {
                color: palette.bar_text,
                width: 2.0_f32.max(palette.outline),
                radius: 12.0.into(),
            },
            shadow: Shadow::default(),
            snap: true,
        }
    }
}

/// Buttons in the top bar: transparent on the bar colour (outlined in high contrast).
pub fn bar_button(palette: &'static Palette) -> impl Fn(&Theme, button::Status) -> button::Style {
    move |_, status| {
        let bg = match status {
            button::Status::Pressed => Some(Background::Color(palette.bar_pressed)),
            _ => None,
        };
        let colour = if status == button::Status::Disabled {
            palette.bar_disabled
        } else {
            palette.bar_text
        };
        button::Style {
            background: bg,
            text_color: colour,
            border: if palette.filled {
                Border::default().rounded(12)
            } else {
                Border {
                    color: colour,
                    width: palette.outline - 1.0,
                    radius: 12.0.into(),
                }
            },
            shadow: Shadow::default(),
            snap: true,
        }
    }
}

pub fn bar(palette: &'static Palette) -> impl Fn(&Theme) -> container::Style {
    move |_| container::Style {
        background: Some(Background::Color(palette.bar)),
        text_color: Some(palette.bar_text),
        border: if palette.filled {
            Border::default()
        } else {
            Border {
                color: palette.border,
                width: 1.0,
                radius: 0.0.into(),
            }
        },
        ..container::Style::default()
    }
}

pub fn panel(palette: &'static Palette) -> impl Fn(&Theme) -> container::Style {
    move |_| container::Style {
        background: Some(Background::Color(palette.surface)),
        text_color: Some(palette.text),
        border: Border {
            color: palette.border,
            width: palette.outline,
            radius: 14.0.into(),
        },
        ..container::Style::default()
    }
}

/// The sentence being read aloud: a light yellow band with a strong outline (in high
/// contrast only the outline, in the palette's yellow, so the text keeps its 7:1).
pub fn reading_now(palette: &'static Palette) -> impl Fn(&Theme) -> container::Style {
    move |_| container::Style {
        background: Some(Background::Color(if palette.filled {
            color!(0xFFF1B8)
        } else {
            palette.background
        })),
        text_color: Some(palette.text),
        border: Border {
            color: palette.primary,
            width: 3.0_f32.max(palette.outline),
            radius: 8.0.into(),
        },
        ..container::Style::default()
    }
}

/// The words being said, within the marked paragraph: a stronger yellow under dark text, or
/// in high contrast black on the palette's yellow.
pub fn reading_words(palette: &'static Palette) -> (Color, Color) {
    if palette.filled {
        (color!(0xFFD84D), palette.text)
    } else {
        (palette.primary, Color::BLACK)
    }
}

/// A notice strip: `bg` background, `fg` text (outlined in `fg` in high contrast).
pub fn notice(
    palette: &'static Palette,
    bg: Color,
    fg: Color,
) -> impl Fn(&Theme) -> container::Style {
    move |_| container::Style {
        background: Some(Background::Color(bg)),
        text_color: Some(fg),
        border: if palette.filled {
            Border::default().rounded(10)
        } else {
            Border {
                color: fg,
                width: palette.outline - 1.0,
                radius: 10.0.into(),
            }
        },
        ..container::Style::default()
    }
}

/// A small label with a coloured outline.
pub fn badge(palette: &'static Palette, colour: Color) -> impl Fn(&Theme) -> container::Style {
    move |_| container::Style {
        background: Some(Background::Color(if palette.filled {
            Color { a: 0.1, ..colour }
        } else {
            palette.background
        })),
        text_color: Some(colour),
        border: Border {
            color: colour,
            width: 1.5_f32.max(palette.outline - 1.0),
            radius: 8.0.into(),
        },
        ..container::Style::default()
    }
}

/// Text in a colour of its own (a pictogram, a heading's glyph).
pub fn tinted(colour: Color) -> impl Fn(&Theme) -> container::Style {
    move |_| container::Style {
        text_color: Some(colour),
        ..container::Style::default()
    }
}

/// A sheet over the screen (an alert): the page's surface framed in `colour`.
pub fn sheet(palette: &'static Palette, colour: Color) -> impl Fn(&Theme) -> container::Style {
    move |_| container::Style {
        background: Some(palette.background.into()),
        text_color: Some(palette.text),
        border: Border {
            color: colour,
            width: 6.0_f32.max(palette.outline),
            radius: 16.0.into(),
        },
        ..container::Style::default()
    }
}

/// A dimmed layer that blocks what is under it.
pub fn scrim(palette: &'static Palette) -> impl Fn(&Theme) -> container::Style {
    move |_| container::Style {
        background: Some(palette.scrim.into()),
        ..container::Style::default()
    }
}

#[cfg(test)]
mod tests;
