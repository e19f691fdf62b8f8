//! Publishing content safely: pack a bundle into a tar with a manifest of SHA-256 hashes,
//! sign it with minisign, and install it on a kiosk atomically, verifying everything first.
//! No GUI code here.

mod archive;
pub mod fetch;
pub mod keys;
pub mod manifest;
pub mod pack;
mod refusal;
pub mod store;

pub use keys::TrustedKey;
pub use refusal::InstallError;
pub use store::{Active, Installed, Opened, Store};
