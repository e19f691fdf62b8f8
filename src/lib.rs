//! Welcome Kiosk: an offline, multilingual touch-screen information kiosk.
//!
//! `content` and `i18n` hold the model, the bundle rules and the translations and never touch
//! the GUI; `kiosk` is the iced application on top of them; `render` draws any screen to a PNG
//! without a display.

pub mod admission;
pub mod assets;
pub mod boot;
pub mod cli;
pub mod config;
pub mod content;
pub mod fonts;
pub mod i18n;
pub mod kiosk;
pub mod lang;
pub mod publish;
pub mod render;
pub mod validate;
