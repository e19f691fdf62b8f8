//! Welcome Kiosk: an offline, multilingual touch-screen information kiosk.
//!
//! `content` and `i18n` hold the model, the bundle rules and the translations and never touch
//! the GUI (a test keeps it so); `admission` is the one rule for what may be shown; `library`
//! prepares admitted content for display, once, off the UI thread; `updates` is the thread
//! that brings new bundles and the live preview; `kiosk` is the iced application on top of
//! them; `render` draws any screen to a PNG without a display. `alerts` (CAP 1.2 emergency
//! alerts), `usage` (page views that cannot identify anyone) and `metrics` (the Prometheus
//! health file) are what a fleet of kiosks needs, iced-free as well.

pub mod admission;
pub mod alerts;
pub mod assets;
pub mod boot;
pub mod cli;
pub mod config;
pub mod content;
pub mod files;
pub mod fonts;
#[doc(hidden)]
pub mod fuzzing;
pub mod i18n;
pub mod keyboard;
pub mod kiosk;
pub mod lang;
pub mod library;
pub mod metrics;
pub mod publish;
pub mod render;
pub mod search;
pub mod speech;
pub mod take_home;
pub mod updates;
pub mod usage;
pub mod validate;
