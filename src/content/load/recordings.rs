//! Recordings of an item's words (`guides/rights.ti.ogg`): attached to their items here,
//! known by their first bytes (a kiosk decodes one when it is played; `validate` decodes
//! each whole).

use std::collections::{BTreeMap, BTreeSet};

use super::has_extension;
use crate::content::diagnostic::{Diagnostics, Position};
use crate::content::model::{Item, ItemId};
use crate::content::source::Source;
use crate::lang::Lang;

/// Attach each recording to its item, or say why it cannot be.
pub(super) fn attach(
    recordings: Vec<(ItemId, Lang, String)>,
    facts: &BTreeMap<ItemId, String>,
    has_meta: bool,
    declared: &BTreeSet<&Lang>,
    source: &dyn Source,
    items: &mut BTreeMap<ItemId, Item>,
    d: &mut Diagnostics,
) {
    for (id, lang, path) in recordings {
        if !facts.contains_key(&id) {
            d.error(
                &path,
                Position::START,
                format!(
                    "there is no {}/{}.toml for this recording: every item needs its facts file",
                    id.kind, id.slug
                ),
            );
            continue;
        }
        if has_meta && !declared.contains(&lang) {
            d.error(
                &path,
                Position::START,
                format!(
                    "this recording is in \"{lang}\", which bundle.toml does not list in \
                     `languages`; add it there or rename the file"
                ),
            );
            continue;
        }
        let bytes = match source.read(&path) {
            Ok(bytes) => bytes,
            Err(e) => {
                d.error(
                    &path,
                    Position::START,
                    format!("the file cannot be read: {e}"),
                );
                continue;
            }
        };
        if let Err(why) = audio_kind(&path, &bytes) {
            d.error(&path, Position::START, why);
            continue;
        }
        if let Some(item) = items.get_mut(&id) {
            if let Some(first) = item.recordings.get(&lang) {
                d.error(
                    &path,
                    Position::START,
                    format!("there are two recordings in \"{lang}\" for this item: {first} and this one; keep one"),
                );
                continue;
            }
            item.recordings.insert(lang, path);
        }
    }
}

/// Is this a recording of a kind the kiosk plays? Told by its first bytes, not its name.
pub fn audio_kind(path: &str, bytes: &[u8]) -> Result<(), String> {
    let wav = bytes.len() >= 12 && &bytes[..4] == b"RIFF" && &bytes[8..12] == b"WAVE";
    let ogg = bytes.starts_with(b"OggS");
    let ok = if has_extension(path, &["wav"]) {
        wav
    } else {
        ogg
    };
    if ok {
        Ok(())
    } else if has_extension(path, &["wav"]) {
        Err("this is not a WAV recording (it does not start like one); export it again as WAV, Ogg Vorbis or Opus".to_owned())
    } else {
        Err("this is not an Ogg recording (it does not start like one); export it again as Ogg Vorbis or Opus".to_owned())
    }
}
