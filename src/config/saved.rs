use std::path::{Path, PathBuf};

use crate::content::Diagnostics;
use crate::content::fields::{self, Table};
use crate::lang::Lang;

/// The volunteer's choices kept across restarts, in `<state_dir>/settings.toml`.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Saved {
    pub default_language: Option<Lang>,
}

impl Saved {
    pub fn path(state_dir: &Path) -> PathBuf {
        state_dir.join("settings.toml")
    }

    pub fn load(state_dir: &Path) -> Self {
        let Ok(text) = std::fs::read_to_string(Self::path(state_dir)) else {
            return Self::default();
        };
        let mut d = Diagnostics::new();
        let Some(parsed) = fields::parse("settings.toml", &text, &mut d) else {
            return Self::default();
        };
        let t = Table::new("settings.toml", &text, &parsed);
        let default_language = t
            .string("default_language", &mut d)
            .and_then(|f| Lang::parse(&f.value));
        Self { default_language }
    }

    /// Write atomically (temporary file, fsync, rename), so a power cut leaves either the old
    /// or the new file.
    pub fn save(&self, state_dir: &Path) -> std::io::Result<()> {
        use std::fmt::Write as _;
        let mut text = String::from("# Written by the volunteer panel.\n");
        if let Some(lang) = &self.default_language {
            let _ = writeln!(text, "default_language = \"{lang}\"");
        }
        crate::files::write_atomically(&Self::path(state_dir), &text)
    }
}
