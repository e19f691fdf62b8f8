//! The command line: run the kiosk, validate a bundle, render a screen to PNG, list
//! languages, check a configuration, hash a PIN.
//!
//! This module holds the start-up policy: dispatching a command, the settings from the
//! configuration file and the command line, loading what the kiosk shows, running the window
//! and rendering a screen. The grammar of the command line is in `args`, the publishing and
//! checking commands in `commands`.

mod alert;
mod args;
mod commands;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::Parser as _;

use crate::config;
use crate::content::Diagnostics;
use crate::kiosk::{self, Config, Kiosk, Route};
use crate::lang::Lang;

use args::parse_size;
pub use args::{AlertAction, Cli, Command, ConfigAction};
use commands::{config_check, hash_pin, install, keygen, languages, pack, sign, status, validate};

fn alert_command(cli: &Cli, action: &AlertAction) -> ExitCode {
    // `--now` checks an alert as a kiosk would see it then (in this machine's time zone).
    let now = match parse_now(cli.now.as_deref()) {
        Ok(Some(local)) => local
            .to_zoned(jiff::tz::TimeZone::system())
            .map_or_else(|_| jiff::Timestamp::now(), |z| z.timestamp()),
        Ok(None) => jiff::Timestamp::now(),
        Err(e) => {
            eprintln!("welcome-kiosk alert: {e}");
            return ExitCode::from(2);
        }
    };
    match action {
        AlertAction::New {
            out,
            language,
            severity,
            hours,
            sender,
            event,
        } => alert::new(&alert::New {
            out,
            languages: language,
            severity,
            hours: *hours,
            sender,
            event,
        }),
        AlertAction::Check { file, pubkey } => {
            let (settings, _) = settings(cli);
            match commands::with_keys(settings.trusted_keys, pubkey) {
                Ok(keys) => alert::check(file, &keys, now),
                Err(e) => {
                    eprintln!("welcome-kiosk alert check: {e}");
                    ExitCode::from(2)
                }
            }
        }
        AlertAction::Sign { file, key, channel } => {
            if alert::check_as(file, &[], false, now) != ExitCode::SUCCESS {
                eprintln!("welcome-kiosk alert sign: not signed: mend the errors above first");
                return ExitCode::FAILURE;
            }
            let _ = std::fs::remove_file(format!("{}.minisig", file.display()));
            let signed = sign(file, key);
            if signed != ExitCode::SUCCESS {
                return signed;
            }
            if let Some(channel) = channel {
                if let Err(e) = alert::add_to_channel(file, channel) {
                    eprintln!("welcome-kiosk alert sign: {e}");
                    return ExitCode::FAILURE;
                }
                eprintln!(
                    "listed in {}: publish it with {} and its .minisig",
                    channel.display(),
                    file.display()
                );
            }
            ExitCode::SUCCESS
        }
    }
}

pub fn main() -> ExitCode {
    let cli = Cli::parse();
    // One font set for the kiosk, `render` and `validate`: the embedded fonts, the bundle's,
    // and the configuration's `font_dirs` (the named config, else the default one if present).
    crate::fonts::configure(crate::fonts::FontSet::new(settings(&cli).0.font_dirs));
    match cli.command {
        Some(Command::Validate { dir, format }) => validate(&dir, &format),
        Some(Command::Pack { dir, out, channel }) => pack(&dir, out.as_deref(), channel),
        Some(Command::Keygen {
            dir,
            name,
            unencrypted,
        }) => keygen(&dir, &name, unencrypted),
        Some(Command::Sign { file, key }) => sign(&file, &key),
        Some(Command::Install {
            ref file,
            ref pubkey,
        }) => install(&cli, file, pubkey),
        Some(Command::Status) => status(&cli),
        Some(Command::Languages) => languages(cli.bundle.as_deref()),
        Some(Command::Render {
            ref screen,
            ref lang,
            ref size,
            ref out,
            ref widgets,
            ref text_size,
            ref contrast,
            read_aloud,
            reading,
            ref alert,
        }) => match render(
            &cli,
            screen,
            lang,
            size,
            out,
            widgets.as_deref(),
            &Seen {
                text_size,
                contrast,
                read_aloud,
                reading,
                alert: alert.as_deref(),
            },
        ) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("welcome-kiosk render: {e}");
                ExitCode::from(2)
            }
        },
        Some(Command::Config {
            action: ConfigAction::Check { file },
        }) => config_check(&file),
        Some(Command::HashPin) => hash_pin(),
        Some(Command::Alert { ref action }) => alert_command(&cli, action),
        None => run(&cli),
    }
}

/// The settings to run with: the config file (given, or the default path if it exists),
/// then the command line on top. Problems are printed and kept for the volunteer panel.
pub fn settings(cli: &Cli) -> (config::Config, Diagnostics) {
    let path = cli.config.clone().or_else(|| {
        let default = PathBuf::from(config::DEFAULT_PATH);
        default.exists().then_some(default)
    });
    let (mut settings, diagnostics) = match &path {
        Some(path) => config::load(path),
        None => (config::Config::default(), Diagnostics::new()),
    };
    if cli.kiosk {
        settings.kiosk = true;
    }
    if cli.windowed {
        settings.kiosk = false;
    }
    if let Some(dir) = &cli.bundle {
        settings.bundle_dir = Some(dir.clone());
    }
    if let Some(dir) = &cli.state_dir {
        settings.state_dir = Some(dir.clone());
    }
    (settings, diagnostics)
}

/// Load what the kiosk shows (printing every problem, `notes` first) and build its start
/// configuration.
pub fn load_config(
    settings: config::Config,
    lang: Option<&str>,
    notes: Vec<crate::content::Diagnostic>,
) -> Result<Config, String> {
    let lang = match lang {
        None => None,
        Some(tag) => Some(
            Lang::parse(tag)
                .ok_or_else(|| format!("\"{tag}\" is not a language tag (like en, fr or ar)"))?,
        ),
    };
    let mut library = crate::boot::load_configured(&settings);
    library.problems.splice(0..0, notes);
    for d in &library.problems {
        eprintln!("{d}");
    }
    if library.fell_back
        && let Some(dir) = &settings.bundle_dir
    {
        eprintln!(
            "welcome-kiosk: the bundle in {} has errors, so the built-in content is shown instead",
            dir.display()
        );
    }
    let mut config = Config::from_library(library, settings);
    if let Some(lang) = lang {
        config.start = kiosk::Start::Home(lang);
    }
    Ok(config)
}

/// Read-aloud as configured: the synthesizer's voices are asked for once, at start. Without
/// espeak-ng there are no voices, and so no speaker buttons (recordings still play).
fn speaker(settings: &config::Config) -> Option<crate::speech::Speaker> {
    if !settings.read_aloud {
        return None;
    }
    let speaker = crate::speech::Speaker::new(crate::speech::Settings {
        synthesizer: settings.synthesizer.clone(),
        rate: settings.speech_rate,
        output: crate::speech::Output::Player(settings.audio_player.clone()),
    });
    if speaker.voices.is_empty() {
        eprintln!(
            "welcome-kiosk: no voices for read-aloud ({} is missing or has none); only \
             recordings in the bundle can be played",
            settings.synthesizer
        );
    }
    Some(speaker)
}

fn run(cli: &Cli) -> ExitCode {
    // iced panics when it cannot open a display: say so plainly instead.
    let has_display = ["DISPLAY", "WAYLAND_DISPLAY"]
        .iter()
        .any(|v| std::env::var_os(v).is_some_and(|s| !s.is_empty()));
    if !has_display {
        eprintln!(
            "welcome-kiosk: no display found (neither DISPLAY nor WAYLAND_DISPLAY is set).\n\
             Start it inside a graphical session or under cage, or use `welcome-kiosk render` \
             to draw screens to PNG files without a display."
        );
        return ExitCode::FAILURE;
    }
    let config = match startup(cli) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("welcome-kiosk: {e}");
            return ExitCode::from(2);
        }
    };
    match kiosk::application(config).run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("welcome-kiosk: the window could not be opened: {e}");
            ExitCode::FAILURE
        }
    }
}

/// Everything the kiosk starts with, from the command line and the configuration file:
/// what `welcome-kiosk` runs (tests build the same to know what the window must show).
/// Problems are printed, and kept for the volunteer panel.
pub fn startup(cli: &Cli) -> Result<Config, String> {
    let (settings, config_problems) = settings(cli);
    let mut config = load_config(settings, cli.lang.as_deref(), config_problems.into_vec())?;
    config.watch = cli.watch;
    if let Some(now) = parse_now(cli.now.as_deref())? {
        config.clock = kiosk::Clock::Fixed(now);
    }
    config.speaker = speaker(&config.settings);
    Ok(config)
}

fn parse_now(now: Option<&str>) -> Result<Option<jiff::civil::DateTime>, String> {
    now.map(|now| {
        now.parse::<jiff::civil::DateTime>()
            .map_err(|_| format!("--now must look like 2026-12-01T10:00, not \"{now}\""))
    })
    .transpose()
}

/// How a rendered screen is seen: the visitor's look, and read-aloud.
struct Seen<'a> {
    text_size: &'a str,
    contrast: &'a str,
    read_aloud: bool,
    reading: Option<usize>,
    alert: Option<&'a Path>,
}

impl Seen<'_> {
    fn look(&self) -> Result<kiosk::Look, String> {
        use kiosk::theme::{Contrast, TextStep};
        let text = match self.text_size {
            "normal" => TextStep::Normal,
            "large" => TextStep::Large,
            "largest" => TextStep::Largest,
            other => {
                return Err(format!(
                    "--text-size must be normal, large or largest, not \"{other}\""
                ));
            }
        };
        let contrast = match self.contrast {
            "standard" => Contrast::Standard,
            "high" => Contrast::High,
            other => {
                return Err(format!(
                    "--contrast must be standard or high, not \"{other}\""
                ));
            }
        };
        Ok(kiosk::Look {
            contrast,
            text,
            ..kiosk::Look::default()
        })
    }
}

fn render(
    cli: &Cli,
    screen: &str,
    lang: &str,
    size: &str,
    out: &Path,
    widgets: Option<&Path>,
    seen: &Seen<'_>,
) -> Result<(), String> {
    let look = seen.look()?;
    // `home+pin`, `emergency+idle`, `home+panel`: a screen with an overlay on top.
    let (screen, overlay) = screen
        .split_once('+')
        .map_or((screen, None), |(s, o)| (s, Some(o)));
    let route = Route::parse(screen).ok_or_else(|| {
        format!(
            "unknown screen \"{screen}\": use attract, language, home, emergency, list:<kind> \
             or detail:<kind>/<slug>, optionally followed by +pin, +panel or +idle"
        )
    })?;
    let (width, height) = parse_size(size)?;
    // The built-in defaults, unless a configuration is named: then exactly what that kiosk
    // would show (kiosk mode, its languages, its PIN pad).
    let settings = if cli.config.is_some() {
        let (settings, problems) = settings(cli);
        for d in &problems {
            eprintln!("{d}");
        }
        settings
    } else {
        config::Config {
            bundle_dir: cli.bundle.clone(),
            kiosk: cli.kiosk,
            ..config::Config::default()
        }
    };
    let mut config = load_config(settings, Some(lang), Vec::new())?;
    if let Some(now) = parse_now(cli.now.as_deref())? {
        config.clock = kiosk::Clock::Fixed(now);
    }
    if let Route::Detail(id) = &route
        && config.library.content.get(id).is_none()
    {
        return Err(format!("there is no item {id} in this bundle"));
    }
    if route == Route::Attract
        && let kiosk::Start::Home(lang) = std::mem::take(&mut config.start)
    {
        // The attract screen is in the default language.
        config.settings.default_language = Some(lang);
    }
    if seen.read_aloud {
        config.speaker = Some(crate::speech::Speaker::null(crate::speech::Voices::detect(
            &config.settings.synthesizer,
        )));
    }
    let mut kiosk = Kiosk::new(config);
    kiosk.show(route);
    kiosk.set_look(look);
    if let Some(sentence) = seen.reading
        && !kiosk.preview_reading(sentence)
    {
        return Err(
            "nothing on this screen can be read aloud here (add --read-aloud; a voice \
                    for its language is needed)"
                .to_owned(),
        );
    }
    if let Some(overlay) = overlay
        && !kiosk.preview(overlay)
    {
        return Err(format!(
            "unknown overlay \"{overlay}\": use pin, panel or idle"
        ));
    }
    if let Some(file) = seen.alert {
        let bytes = std::fs::read(file).map_err(|e| format!("{}: {e}", file.display()))?;
        let alert = crate::alerts::cap::parse(&bytes)
            .and_then(|a| crate::alerts::check(&a, kiosk.now()).map(|()| a))
            .map_err(|why| format!("{}: {why}", file.display()))?;
        let _ = kiosk.update(kiosk::Message::Updates(crate::updates::Update::Alert(
            std::sync::Arc::new(alert),
        )));
    }
    let frame = crate::render::render(&kiosk, width, height)?;
    frame.save_png(out)?;
    if let Some(path) = widgets {
        let targets = crate::render::targets(&kiosk, width, height)?;
        let list: Vec<serde_json::Value> = targets
            .iter()
            .map(|t| {
                serde_json::json!({
                    "id": t.id,
                    "x": t.bounds.x.round(),
                    "y": t.bounds.y.round(),
                    "width": t.bounds.width.round(),
                    "height": t.bounds.height.round(),
                })
            })
            .collect();
        let text = serde_json::to_string_pretty(&list).map_err(|e| e.to_string())?;
        std::fs::write(path, text + "\n").map_err(|e| format!("{}: {e}", path.display()))?;
    }
    Ok(())
}
