//! Files compiled into the binary, so a kiosk works with nothing else installed.

use rust_embed::RustEmbed;

/// The default content bundle (`assets/bundle/`).
#[derive(RustEmbed)]
#[folder = "assets/bundle/"]
pub struct DefaultBundle;

/// Built-in UI translations (`locales/<tag>/*.ftl`).
#[derive(RustEmbed)]
#[folder = "locales/"]
#[include = "*.ftl"]
pub struct Locales;
