//! The kiosk's configuration file (TOML, default `/etc/welcome-kiosk/config.toml`).
//! Every key is optional; a bad value is reported with its key and line and replaced by its
//! default, so a typo never leaves a kiosk without a screen.

use std::path::{Path, PathBuf};
use std::time::Duration;

use crate::content::fields::{self, Table};
use crate::content::{Diagnostics, Position};
use crate::lang::Lang;

pub const DEFAULT_PATH: &str = "/etc/welcome-kiosk/config.toml";

#[derive(Debug, Clone, PartialEq)]
#[allow(
    clippy::struct_excessive_bools,
    reason = "independent switches of the configuration file, each its own key"
)]
pub struct Config {
    /// Fullscreen, locked down, idle reset. Off: a normal window (development, previews).
    pub kiosk: bool,
    /// The language a fresh session starts in (the volunteer panel can change it).
    pub default_language: Option<Lang>,
    /// The languages offered on the picker, a subset of the bundle's (all when `None`).
    pub languages: Option<Vec<Lang>>,
    /// Time without a touch before the "Are you still there?" warning.
    pub idle_timeout: Duration,
    /// How long the warning counts down before everything is cleared.
    pub idle_warning: Duration,
    /// Argon2 hash of the volunteer PIN (`welcome-kiosk hash-pin`). No PIN: no panel in
    /// kiosk mode.
    pub pin_hash: Option<String>,
    /// A bundle directory to show instead of the built-in content.
    pub bundle_dir: Option<PathBuf>,
    /// Where the kiosk keeps its state (the volunteer's default language; installed bundles).
    pub state_dir: Option<PathBuf>,
    /// minisign public keys whose signatures are accepted (more than one: key rotation).
    pub trusted_keys: Vec<crate::publish::TrustedKey>,
    /// A folder to watch for signed bundles (where a USB stick mounts).
    pub watch_dir: Option<PathBuf>,
    /// A `channel.json` on a web host, polled for new signed bundles.
    pub channel_url: Option<String>,
    /// Time between two polls of the channel (a random 10 % is added).
    pub poll_interval: Duration,
    /// Accept `http://` channels (closed networks, tests). Off: HTTPS only.
    pub allow_http: bool,
    /// Size of everything on screen (1 = as designed; `None`: chosen from the screen's size).
    pub scale: Option<f32>,
    /// After the screen changes, taps are ignored this long (a second tap of the same finger
    /// must not act on the new screen).
    pub tap_guard: Duration,
    /// The language of the PIN pad and the volunteer panel (default: the centre's default
    /// language), whatever language the visitor chose.
    pub volunteer_language: Option<Lang>,
    /// After "Leave kiosk mode", kiosk mode comes back by itself after this long without a
    /// touch (a volunteer who forgets must not leave the machine open).
    pub kiosk_return: Duration,
    /// Read-aloud: off, or the synthesizer and the player (programs, found at run time).
    pub read_aloud: bool,
    pub synthesizer: String,
    pub audio_player: Vec<String>,
    /// Words per minute.
    pub speech_rate: u32,
    /// The volume every visit starts with, and the most a visitor can choose (percent).
    pub volume: u8,
    pub volume_max: u8,
    /// The panel's visible height in millimetres: the largest text step is made big
    /// enough there (EN 301 549 5.1.4).
    pub panel_height_mm: Option<f32>,
    /// Count page views per page × language × day, nothing else (docs/privacy.md). Off: no
    /// counting at all.
    pub usage_counts: bool,
    /// A folder for node_exporter's textfile collector: `welcome_kiosk.prom` is written there.
    pub metrics_dir: Option<PathBuf>,
    /// The centre's opening hours: outside them the kiosk shows the night screen. None:
    /// always open.
    pub opening_hours: Option<crate::content::hours::OpeningHours>,
    /// Font folders the kiosk draws with, besides its embedded fonts and the bundle's
    /// (docs/fonts.md). Nothing else installed on the machine is used.
    pub font_dirs: Vec<PathBuf>,
}

impl Default for Config {
    fn default() -> Self {
        Self {
            kiosk: false,
            default_language: None,
            languages: None,
            idle_timeout: Duration::from_secs(90),
            idle_warning: Duration::from_secs(15),
            pin_hash: None,
            bundle_dir: None,
            state_dir: None,
            trusted_keys: Vec::new(),
            watch_dir: None,
            channel_url: None,
            poll_interval: Duration::from_secs(3600),
            allow_http: false,
            scale: None,
            tap_guard: Duration::from_millis(400),
            volunteer_language: None,
            kiosk_return: Duration::from_secs(600),
            read_aloud: true,
            synthesizer: "espeak-ng".to_owned(),
            audio_player: ["aplay", "-q", "-t", "wav", "-"]
                .map(str::to_owned)
                .to_vec(),
            speech_rate: 150,
            volume: 60,
            volume_max: 100,
            panel_height_mm: None,
            usage_counts: true,
            metrics_dir: None,
            opening_hours: None,
            font_dirs: Vec::new(),
        }
    }
}

/// Read and check a config file. Problems come back with the config (bad keys at their
/// defaults); a file that cannot be read at all is an error.
pub fn load(path: &Path) -> (Config, Diagnostics) {
    let name = path.display().to_string();
    match std::fs::read_to_string(path) {
        Ok(text) => parse(&name, &text),
        Err(e) => {
            let mut d = Diagnostics::new();
            d.error(
                &name,
                Position::START,
                format!("the configuration cannot be read: {e}"),
            );
            (Config::default(), d)
        }
    }
}

#[allow(
    clippy::too_many_lines,
    reason = "one match over every setting of the file, in the order the docs list them"
)]
pub fn parse(file: &str, text: &str) -> (Config, Diagnostics) {
    let mut d = Diagnostics::new();
    let mut config = Config::default();
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    let Some(parsed) = fields::parse(file, text, &mut d) else {
        return (config, d);
    };
    let t = Table::new(file, text, &parsed);
    if let Some(f) = t.boolean("kiosk", &mut d) {
        config.kiosk = f.value;
    }
    config.default_language = t.string("default_language", &mut d).and_then(|f| {
        let lang = Lang::parse(&f.value);
        if lang.is_none() {
            d.error(
                file,
                f.at,
                format!(
                    "`default_language`: \"{}\" is not a language tag (like en, fr or ar)",
                    f.value
                ),
            );
        }
        lang
    });
    config.volunteer_language = t.string("volunteer_language", &mut d).and_then(|f| {
        let lang = Lang::parse(&f.value);
        if lang.is_none() {
            d.error(
                file,
                f.at,
                format!(
                    "`volunteer_language`: \"{}\" is not a language tag (like en, fr or ar)",
                    f.value
                ),
            );
        }
        lang
    });
    if let Some(f) = t.number("scale", &mut d) {
        if (0.5..=4.0).contains(&f.value) {
            config.scale = Some(f.value as f32);
        } else {
            d.error(
                file,
                f.at,
                format!(
                    "`scale` must be between 0.5 and 4 (1 = as designed; leave it out to choose \
                     from the screen size), not {}",
                    f.value
                ),
            );
        }
    }
    if let Some(f) = t.integer("tap_guard_ms", &mut d) {
        if (0..=2000).contains(&f.value) {
            config.tap_guard = Duration::from_millis(f.value.unsigned_abs());
        } else {
            d.error(
                file,
                f.at,
                format!(
                    "`tap_guard_ms` must be between 0 and 2000 milliseconds, not {}",
                    f.value
                ),
            );
        }
    }
    if let Some(f) = t.boolean("read_aloud", &mut d) {
        config.read_aloud = f.value;
    }
    if let Some(f) = t.string("synthesizer", &mut d) {
        config.synthesizer.clone_from(&f.value);
    }
    if let Some(list) = t.strings("audio_player", &mut d) {
        if list.is_empty() {
            d.error(
                file,
                Position::START,
                "`audio_player` needs a program, like [\"aplay\", \"-q\", \"-t\", \"wav\", \"-\"]",
            );
        } else {
            config.audio_player = list.iter().map(|f| f.value.clone()).collect();
        }
    }
    let percent = |key: &'static str, range: std::ops::RangeInclusive<i64>, d: &mut Diagnostics| {
        t.integer(key, d).and_then(|f| {
            if range.contains(&f.value) {
                u8::try_from(f.value).ok()
            } else {
                d.error(
                    file,
                    f.at,
                    format!(
                        "`{key}` must be between {} and {}, not {}",
                        range.start(),
                        range.end(),
                        f.value
                    ),
                );
                None
            }
        })
    };
    if let Some(v) = percent("volume", 10..=100, &mut d) {
        config.volume = v;
    }
    if let Some(v) = percent("volume_max", 10..=100, &mut d) {
        config.volume_max = v;
    }
    if config.volume > config.volume_max {
        config.volume = config.volume_max;
    }
    if let Some(f) = t.number("panel_height_mm", &mut d) {
        if (40.0..=3000.0).contains(&f.value) {
            config.panel_height_mm = Some(f.value as f32);
        } else {
            d.error(
                file,
                f.at,
                format!(
                    "`panel_height_mm` is the height of the screen's picture in millimetres \
                     (40 to 3000), not {}",
                    f.value
                ),
            );
        }
    }
    if let Some(f) = t.integer("speech_rate", &mut d) {
        if (80..=450).contains(&f.value) {
            config.speech_rate = f.value.unsigned_abs() as u32;
        } else {
            d.error(
                file,
                f.at,
                format!(
                    "`speech_rate` must be between 80 and 450 words a minute, not {}",
                    f.value
                ),
            );
        }
    }
    config.languages = t.strings("languages", &mut d).map(|list| {
        list.iter()
            .filter_map(|f| {
                let lang = Lang::parse(&f.value);
                if lang.is_none() {
                    d.error(
                        file,
                        f.at,
                        format!("`languages`: \"{}\" is not a language tag", f.value),
                    );
                }
                lang
            })
            .collect()
    });
    let seconds = |key: &'static str, range: std::ops::RangeInclusive<i64>, d: &mut Diagnostics| {
        t.integer(key, d).and_then(|f| {
            if range.contains(&f.value) {
                Some(Duration::from_secs(f.value.unsigned_abs()))
            } else {
                d.error(
                    file,
                    f.at,
                    format!(
                        "`{key}` must be between {} and {} seconds, not {}",
                        range.start(),
                        range.end(),
                        f.value
                    ),
                );
                None
            }
        })
    };
    if let Some(v) = seconds("idle_timeout", 3..=3600, &mut d) {
        config.idle_timeout = v;
    }
    if let Some(v) = seconds("idle_warning", 3..=300, &mut d) {
        config.idle_warning = v;
    }
    config.pin_hash = t.string("pin_hash", &mut d).and_then(|f| {
        if argon2::password_hash::PasswordHash::new(&f.value).is_ok_and(|h| h.algorithm.as_str().starts_with("argon2")) {
            Some(f.value)
        } else {
            d.error(
                file,
                f.at,
                "`pin_hash` is not an Argon2 hash: make one with `welcome-kiosk hash-pin` and paste its output",
            );
            None
        }
    });
    let dir = |key: &'static str, d: &mut Diagnostics| {
        t.string(key, d).and_then(|f| {
            let path = PathBuf::from(&f.value);
            if path.is_absolute() {
                Some(path)
            } else {
                d.error(
                    file,
                    f.at,
                    format!("`{key}` must be an absolute path, like /var/lib/welcome-kiosk"),
                );
                None
            }
        })
    };
    config.bundle_dir = dir("bundle_dir", &mut d);
    config.state_dir = dir("state_dir", &mut d);
    config.watch_dir = dir("watch_dir", &mut d);
    config.metrics_dir = dir("metrics_dir", &mut d);
    if let Some(list) = t.strings("font_dirs", &mut d) {
        for f in list {
            let path = PathBuf::from(&f.value);
            if path.is_absolute() {
                config.font_dirs.push(path);
            } else {
                d.error(
                    file,
                    f.at,
                    "`font_dirs`: each folder must be an absolute path, like \
                     /usr/share/fonts/truetype/noto",
                );
            }
        }
    }
    if let Some(f) = t.boolean("usage_counts", &mut d) {
        config.usage_counts = f.value;
    }
    if let Some(list) = t.strings("opening_hours", &mut d) {
        let first = list.first().map_or(Position::START, |f| f.at);
        match crate::content::hours::OpeningHours::parse(list.iter().map(|f| f.value.as_str())) {
            Ok(hours) => config.opening_hours = Some(hours),
            Err(why) => d.error(
                file,
                first,
                format!("`opening_hours`: {why} (the kiosk stays on day and night)"),
            ),
        }
    }
    config.trusted_keys = t
        .strings("trusted_keys", &mut d)
        .unwrap_or_default()
        .iter()
        .filter_map(|f| {
            crate::publish::TrustedKey::parse(&f.value)
                .map_err(|why| d.error(file, f.at, format!("`trusted_keys`: {why}")))
                .ok()
        })
        .collect();
    if let Some(f) = t.boolean("allow_http", &mut d) {
        config.allow_http = f.value;
    }
    config.channel_url = t.string("channel_url", &mut d).and_then(|f| {
        let ok = f.value.starts_with("https://") || (config.allow_http && f.value.starts_with("http://"));
        if !ok {
            d.error(
                file,
                f.at,
                "`channel_url` must start with https:// (or set `allow_http = true` for a closed network)",
            );
        }
        ok.then_some(f.value)
    });
    if let Some(v) = seconds("poll_interval", 5..=86_400, &mut d) {
        config.poll_interval = v;
    }
    if let Some(v) = seconds("kiosk_return_after", 30..=86_400, &mut d) {
        config.kiosk_return = v;
    }
    t.finish(&mut d);
    if (config.watch_dir.is_some() || config.channel_url.is_some())
        && config.trusted_keys.is_empty()
    {
        d.error(
            file,
            Position::START,
            "`watch_dir` or `channel_url` is set but `trusted_keys` is empty: no bundle could ever \
             be installed",
        );
    }
    if (config.watch_dir.is_some() || config.channel_url.is_some()) && config.state_dir.is_none() {
        d.error(
            file,
            Position::START,
            "`watch_dir` or `channel_url` needs `state_dir`, where bundles are installed",
        );
    }
    if config.kiosk && config.pin_hash.is_none() {
        d.warning(
            file,
            Position::START,
            "kiosk mode without `pin_hash`: the volunteer panel cannot be opened, so kiosk mode \
             can only be left by stopping the service",
        );
    }
    (config, d.sorted())
}

/// Hash a PIN for the config file (Argon2id, random salt).
pub fn hash_pin(pin: &str) -> Result<String, String> {
    use argon2::password_hash::{PasswordHasher, SaltString, rand_core::OsRng};
    check_pin_format(pin)?;
    let salt = SaltString::generate(&mut OsRng);
    argon2::Argon2::default()
        .hash_password(pin.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| format!("the PIN could not be hashed: {e}"))
}

/// Whether `pin` matches `hash` (constant-time inside argon2).
pub fn verify_pin(pin: &str, hash: &str) -> bool {
    use argon2::password_hash::{PasswordHash, PasswordVerifier};
    PasswordHash::new(hash).is_ok_and(|parsed| {
        argon2::Argon2::default()
            .verify_password(pin.as_bytes(), &parsed)
            .is_ok()
    })
}

pub fn check_pin_format(pin: &str) -> Result<(), String> {
    if (4..=12).contains(&pin.len()) && pin.chars().all(|c| c.is_ascii_digit()) {
        Ok(())
    } else {
        Err("a PIN is 4 to 12 digits (0-9), typed on the kiosk's PIN pad".to_owned())
    }
}

mod saved;
pub use saved::Saved;

#[cfg(test)]
mod tests;
