//! What `validate` says about read-aloud: per language, the synthesizer's voice on this
//! machine (if any), how many items have a recording, and which items can be listened to
//! neither way; and whether every recording can be played.

use std::path::Path;

use super::Voices;
use crate::content::{Content, Diagnostics, Position};

/// Read-aloud in one language.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Language {
    pub language: String,
    /// The synthesizer's voice for it here (none: only recordings play).
    pub voice: Option<String>,
    /// Items with words in this language.
    pub items: usize,
    pub recordings: usize,
    /// Items with words in this language but neither a voice nor a recording
    /// (`guides/rights`): no speaker button there.
    pub silent: Vec<String>,
}

/// Read-aloud in every language of a bundle.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Coverage {
    pub languages: Vec<Language>,
}

impl Coverage {
    pub fn of(content: &Content, voices: &Voices) -> Coverage {
        let languages = content
            .meta
            .languages
            .iter()
            .map(|lang| {
                let voice = voices.voice(lang).map(str::to_owned);
                let mut row = Language {
                    language: lang.to_string(),
                    voice: voice.clone(),
                    items: 0,
                    recordings: 0,
                    silent: Vec::new(),
                };
                for item in content.items.iter().filter(|i| i.texts.contains_key(lang)) {
                    row.items += 1;
                    let recorded = item.recordings.contains_key(lang);
                    row.recordings += usize::from(recorded);
                    if voice.is_none() && !recorded {
                        row.silent
                            .push(format!("{}/{}", item.id.kind, item.id.slug));
                    }
                }
                row
            })
            .collect();
        Coverage { languages }
    }

    /// A text table, one row per language; the first few silent items are named.
    pub fn table(&self) -> String {
        use std::fmt::Write as _;
        let mut out = String::from(
            "read-aloud (voice of this machine's synthesizer, recordings, items with neither)\n",
        );
        let _ = writeln!(
            out,
            "{:<9}{:<10}{:>11}  neither",
            "language", "voice", "recordings"
        );
        for row in &self.languages {
            let mut neither = row.silent.len().to_string();
            if !row.silent.is_empty() {
                let named: Vec<&str> = row.silent.iter().take(3).map(String::as_str).collect();
                let _ = write!(neither, ": {}", named.join(", "));
                if row.silent.len() > 3 {
                    neither.push_str(", …");
                }
            }
            let _ = writeln!(
                out,
                "{:<9}{:<10}{:>11}  {neither}",
                row.language,
                row.voice.as_deref().unwrap_or("-"),
                format!("{}/{}", row.recordings, row.items),
            );
        }
        out
    }
}

/// Decode every recording of the bundle in `dir`. One that cannot be played is a warning, not
/// an error: the bundle is admitted by the same rule everywhere (`admission`), which knows
/// recordings only by their first bytes; a kiosk that fails to play one names it on the
/// volunteer panel and lets the voice read the text instead.
pub fn check_recordings(dir: &Path, content: &Content, d: &mut Diagnostics) {
    let mut all: std::collections::BTreeSet<&str> = std::collections::BTreeSet::new();
    for item in &content.items {
        for path in item.recordings.values() {
            all.insert(path.as_str());
        }
    }
    for path in &all {
        if let Err(why) = super::audio::decode_file(&dir.join(path)) {
            d.warning(
                path,
                Position::START,
                format!("this recording cannot be played ({why}); export it again"),
            );
        }
    }
}
