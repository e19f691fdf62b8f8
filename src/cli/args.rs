//! The grammar of the command line: the global options, the commands and their arguments
//! as clap parses them, and the syntax of argument values such as `--size`.

use std::path::PathBuf;

use clap::{Parser, Subcommand};

#[derive(Debug, Parser)]
#[command(
    name = "welcome-kiosk",
    version,
    about = "Offline, multilingual information kiosk"
)]
pub struct Cli {
    /// Show this content bundle (a directory) instead of the configured or built-in content.
    #[arg(long, value_name = "DIR", global = true)]
    pub bundle: Option<PathBuf>,
    /// Start in this language (a tag like en, fr, ar), on Home.
    #[arg(long, value_name = "TAG")]
    pub lang: Option<String>,
    /// The configuration file [default: /etc/welcome-kiosk/config.toml, if it exists].
    /// `render` reads it only when given here, except `font_dirs`: the kiosk, `render` and
    /// `validate` always draw with the same fonts.
    #[arg(long, value_name = "FILE", global = true)]
    pub config: Option<PathBuf>,
    /// Kiosk mode: fullscreen, locked down, idle reset (also `kiosk = true` in the config).
    #[arg(long, conflicts_with = "windowed", global = true)]
    pub kiosk: bool,
    /// A normal window even if the configuration says kiosk (coordinators' previews).
    #[arg(long, global = true)]
    pub windowed: bool,
    /// Live preview of --bundle: saving a file shows the change within a second; problems
    /// are listed on screen and the last good content stays.
    #[arg(long, requires = "bundle")]
    pub watch: bool,
    /// The kiosk's state directory (installed bundles), overriding the configuration.
    #[arg(long, value_name = "DIR", global = true)]
    pub state_dir: Option<PathBuf>,
    /// Pretend it is this local date and time (like 2026-12-01T10:00): a clock that does not
    /// move, for repeatable pictures of "open now", upcoming events and the attract screen.
    #[arg(long, value_name = "DATETIME", global = true)]
    pub now: Option<String>,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check a content bundle; print each problem as file:line:col: error|warning: message.
    /// Exits with 1 if there is any error.
    Validate {
        /// The bundle directory.
        dir: PathBuf,
        /// `text` (file:line:col lines, then a coverage table) or `json`.
        #[arg(long, default_value = "text")]
        format: String,
    },
    /// Validate a bundle and write it as one archive with a manifest of SHA-256 hashes,
    /// ready to sign (refuses if the bundle has errors).
    Pack {
        dir: PathBuf,
        /// The archive to write [default: bundle-<version>.tar].
        #[arg(long, value_name = "FILE.tar")]
        out: Option<PathBuf>,
        /// Also write channel.json next to the archive, for publishing on a web host.
        #[arg(long)]
        channel: bool,
    },
    /// Make a minisign key pair (<name>.pub, <name>.key), like `minisign -G`. The password is
    /// read from standard input unless --unencrypted.
    Keygen {
        #[arg(long, default_value = ".")]
        dir: PathBuf,
        #[arg(long, default_value = "coordinator")]
        name: String,
        #[arg(long)]
        unencrypted: bool,
    },
    /// Sign FILE with a minisign secret key, writing FILE.minisig (like `minisign -S -m`).
    /// The key's password, if any, is read from standard input.
    Sign {
        file: PathBuf,
        #[arg(long, value_name = "KEY")]
        key: PathBuf,
    },
    /// Verify and install a signed bundle archive (FILE.tar with FILE.tar.minisig) into the
    /// state directory, as the kiosk does with a new bundle.
    Install {
        file: PathBuf,
        /// A trusted public key (a .pub file or its RW… line); also those of the config.
        #[arg(long, value_name = "KEY")]
        pubkey: Vec<String>,
    },
    /// Show the installed bundles of the state directory.
    Status,
    /// List the interface languages: tag, own name, direction, messages translated of the
    /// English total, and review status.
    Languages,
    /// Draw one screen to a PNG file, without a display.
    Render {
        /// attract, language, home, emergency, search, search:<words typed>, list:<kind> or detail:<kind>/<slug>
        /// (kinds: guides, jobs, contacts, services, events, stories), optionally with an
        /// overlay: +pin, +panel or +idle (like home+panel).
        #[arg(long)]
        screen: String,
        /// The language to show (en, fr, ar, ...).
        #[arg(long)]
        lang: String,
        /// Size in pixels, WIDTHxHEIGHT.
        #[arg(long, default_value = "1920x1080")]
        size: String,
        /// The PNG file to write.
        #[arg(long, value_name = "FILE.png")]
        out: PathBuf,
        /// Also write every tappable widget of the screen to this JSON file: an array of
        /// {"id", "x", "y", "width", "height"} in the PNG's pixels.
        #[arg(long, value_name = "FILE.json")]
        widgets: Option<PathBuf>,
        /// The visitor's text size: normal, large or largest.
        #[arg(long, default_value = "normal")]
        text_size: String,
        /// The visitor's colours: standard or high.
        #[arg(long, default_value = "standard")]
        contrast: String,
        /// Show the speaker buttons as a kiosk with this machine's espeak-ng voices would.
        #[arg(long)]
        read_aloud: bool,
        /// With --read-aloud: the screen being read aloud, sentence N (from 0) marked.
        #[arg(long, value_name = "N")]
        reading: Option<usize>,
        /// Show this CAP alert as the kiosk would (a preview: the signature is not needed).
        #[arg(long, value_name = "FILE.xml")]
        alert: Option<PathBuf>,
    },
    /// Check a configuration file; print each problem as file:line:col: error|warning.
    Config {
        #[command(subcommand)]
        action: ConfigAction,
    },
    /// Emergency alerts (CAP 1.2): write one to fill in, check it as a kiosk would, sign it.
    Alert {
        #[command(subcommand)]
        action: AlertAction,
    },
    /// Read a PIN (4 to 12 digits) from standard input and print its Argon2 hash for the
    /// `pin_hash` key of the configuration.
    HashPin,
}

#[derive(Debug, Subcommand)]
pub enum AlertAction {
    /// Write a CAP 1.2 alert to fill in: one <info> per language, ending after --hours.
    New {
        /// The file to write (not overwritten).
        #[arg(long, value_name = "FILE.xml")]
        out: PathBuf,
        /// The languages to write it in (one <info> each), like --language en --language ar.
        #[arg(long, default_values = ["en"])]
        language: Vec<String>,
        /// Extreme or Severe cover the screen; Moderate, Minor, Unknown are a strip.
        #[arg(long, default_value = "Severe")]
        severity: String,
        /// Hours until it ends by itself (1 to 720).
        #[arg(long, default_value_t = 24)]
        hours: u32,
        /// Who sends it (an address of the centre or the coordinator).
        #[arg(long, default_value = "coordinator@example.org")]
        sender: String,
        /// What kind of event, in a word or two (CAP <event>).
        #[arg(long, default_value = "Notice")]
        event: String,
    },
    /// Check FILE as a kiosk would (with --pubkey or the config's trusted_keys, its
    /// signature FILE.minisig too) and print what the kiosk will show.
    Check {
        file: PathBuf,
        #[arg(long, value_name = "KEY")]
        pubkey: Vec<String>,
    },
    /// Sign FILE (writes FILE.minisig) after checking it; with --channel, list it in that
    /// channel.json for kiosks that poll it.
    Sign {
        file: PathBuf,
        #[arg(long, value_name = "KEY")]
        key: PathBuf,
        #[arg(long, value_name = "channel.json")]
        channel: Option<PathBuf>,
    },
}

#[derive(Debug, Subcommand)]
pub enum ConfigAction {
    /// Check FILE and exit with 1 if it has errors.
    Check { file: PathBuf },
}

pub(super) fn parse_size(size: &str) -> Result<(u32, u32), String> {
    let bad = || format!("--size must be WIDTHxHEIGHT, like 1920x1080, not \"{size}\"");
    let (w, h) = size.split_once('x').ok_or_else(bad)?;
    let (w, h): (u32, u32) = (w.parse().map_err(|_| bad())?, h.parse().map_err(|_| bad())?);
    if !(200..=8192).contains(&w) || !(200..=8192).contains(&h) {
        return Err(bad());
    }
    Ok((w, h))
}
