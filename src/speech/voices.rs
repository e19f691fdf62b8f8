//! Which languages the offline synthesizer (espeak-ng) can speak on this machine, and with
//! which of its voices. Measured by asking espeak-ng (`--voices`), never assumed: a kiosk
//! without espeak-ng, or without a voice for a language, shows no speaker button for it
//! (unless the bundle has a recording).

use std::collections::BTreeMap;

use crate::lang::Lang;

/// The synthesizer's voices by language.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Voices {
    /// espeak-ng's language names (`ar`, `fr-fr`, `cmn`, `en-gb`, …), each with the voice
    /// to ask for.
    available: BTreeMap<String, String>,
    /// The languages each voice also speaks, as espeak-ng ranks them (`en-gb` is "en 2",
    /// `en-029` "en 10"): the best-ranked voice for each.
    aliases: BTreeMap<String, (u32, String)>,
}

impl Voices {
    /// Ask espeak-ng which voices it has (none if it is not installed or fails).
    pub fn detect(program: &str) -> Voices {
        let Ok(out) = std::process::Command::new(program)
            .arg("--voices")
            .stdin(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .output()
        else {
            return Voices::default();
        };
        if !out.status.success() {
            return Voices::default();
        }
        Voices::parse(&String::from_utf8_lossy(&out.stdout))
    }

    /// Read `espeak-ng --voices` output: `Pty Language Age/Gender VoiceName File Other…`.
    pub fn parse(listing: &str) -> Voices {
        let mut available = BTreeMap::new();
        let mut aliases: BTreeMap<String, (u32, String)> = BTreeMap::new();
        for line in listing.lines().skip(1) {
            let mut fields = line.split_whitespace();
            let (Some(_priority), Some(language)) = (fields.next(), fields.next()) else {
                continue;
            };
            let language = language.to_ascii_lowercase();
            available
                .entry(language.clone())
                .or_insert_with(|| language.clone());
            // "Other Languages": "(en 2)(en-gb 3)".
            if let Some(start) = line.find('(') {
                for pair in line[start..]
                    .split(['(', ')'])
                    .filter(|p| !p.trim().is_empty())
                {
                    let mut parts = pair.split_whitespace();
                    if let (Some(other), Some(rank)) = (parts.next(), parts.next())
                        && let Ok(rank) = rank.parse::<u32>()
                    {
                        let other = other.to_ascii_lowercase();
                        let better = aliases.get(&other).is_none_or(|(r, _)| rank < *r);
                        if better {
                            aliases.insert(other, (rank, language.clone()));
                        }
                    }
                }
            }
        }
        Voices { available, aliases }
    }

    /// A list of voices by name, for tests and for a null output.
    pub fn of(names: &[&str]) -> Voices {
        Voices {
            available: names
                .iter()
                .map(|n| (n.to_ascii_lowercase(), n.to_ascii_lowercase()))
                .collect(),
            aliases: BTreeMap::new(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.available.is_empty()
    }

    /// The voice for a language, if espeak-ng has one: the language's own (`ar`), else one of
    /// its regional voices (`fr` → `fr-fr`, `en` → `en-gb`), with the few names espeak-ng
    /// spells differently (Chinese is Mandarin, `cmn`; Dari is spoken with the Persian voice).
    pub fn voice(&self, lang: &Lang) -> Option<&str> {
        let canonical = crate::i18n::locale::canonicalize(lang);
        let language = canonical.id().language.as_str().to_ascii_lowercase();
        let wanted: &[&str] = match language.as_str() {
            "zh" => &["cmn"],
            // Dari (fa-AF after canonicalisation) is Persian.
            _ => &[],
        };
        for name in wanted
            .iter()
            .copied()
            .chain(std::iter::once(language.as_str()))
        {
            if let Some(voice) = self.available.get(name) {
                return Some(voice);
            }
            if let Some((_, voice)) = self.aliases.get(name) {
                return Some(voice);
            }
            let regional = format!("{name}-");
            if let Some((_, voice)) = self.available.iter().find(|(k, _)| {
                k.starts_with(&regional) && !k.contains("-x-") && !k.contains("latn")
            }) {
                return Some(voice);
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const LISTING: &str = "Pty Language       Age/Gender VoiceName          File                 Other Languages
 5  en-029          --/M      English_(Caribbean) gmw/en-029           (en 10)
 5  fr-be           --/M      French_(Belgium)   roa/fr-BE            (fr 8)
 5  am              --/M      Amharic            sem/am
 5  ar              --/M      Arabic             sem/ar
 5  cmn             --/M      Chinese_(Mandarin) sit/cmn              (zh-cmn 5)(zh 5)
 5  cmn-latn-pinyin --/M      Chinese_(Mandarin,latin_as_Pinyin) sit/cmn-Latn-pinyin (zh-cmn 5)(zh 5)
 5  en-gb           --/M      English_(Great_Britain) gmw/en               (en 2)
 5  en-us           --/M      English_(America)  gmw/en-US            (en 3)
 5  fa              --/M      Persian            ira/fa
 5  fa-latn         --/M      Persian_(Pinglish) ira/fa-Latn
 5  fr-fr           --/M      French_(France)    roa/fr               (fr 5)
 5  ku              --/M      Kurdish_(Northern) ira/ku
";

    fn lang(tag: &str) -> Lang {
        Lang::parse(tag).unwrap_or_else(|| panic!("{tag}"))
    }

    #[test]
    fn each_language_gets_its_voice_or_none() {
        let voices = Voices::parse(LISTING);
        assert_eq!(voices.voice(&lang("ar")), Some("ar"));
        assert_eq!(voices.voice(&lang("am")), Some("am"));
        assert_eq!(voices.voice(&lang("zh-Hans")), Some("cmn"));
        assert_eq!(voices.voice(&lang("fr")), Some("fr-fr"));
        assert_eq!(voices.voice(&lang("en")), Some("en-gb"));
        assert_eq!(voices.voice(&lang("fa")), Some("fa"));
        // Dari is spoken with the Persian voice, never the romanised one.
        assert_eq!(voices.voice(&lang("prs")), Some("fa"));
        // Sorani is not Kurmanji: no voice rather than the wrong language.
        assert_eq!(voices.voice(&lang("ckb")), None);
        assert_eq!(voices.voice(&lang("ti")), None);
        assert!(Voices::parse("").is_empty());
    }
}
