//! The command line: run the kiosk, validate a bundle, render a screen to PNG, list
//! languages, check a configuration, hash a PIN.

use std::io::BufRead as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use crate::config;
use crate::content::{self, Diagnostics};
use crate::kiosk::{self, Config, Kiosk, Route};
use crate::lang::Lang;

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
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// Kiosk mode: fullscreen, locked down, idle reset (also `kiosk = true` in the config).
    #[arg(long, conflicts_with = "windowed")]
    pub kiosk: bool,
    /// A normal window even if the configuration says kiosk (coordinators' previews).
    #[arg(long)]
    pub windowed: bool,
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
    },
    /// List the interface languages: tag, own name, direction, messages translated of the
    /// English total, and review status.
    Languages,
    /// Draw one screen to a PNG file, without a display.
    Render {
        /// attract, language, home, emergency, list:<kind> or detail:<kind>/<slug>
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
        /// Pretend it is this local date and time (like 2026-12-01T10:00), for repeatable
        /// pictures of "open now" and upcoming events.
        #[arg(long, value_name = "DATETIME")]
        now: Option<String>,
    },
    /// Check a configuration file; print each problem as file:line:col: error|warning.
    Config {
        #[command(subcommand)]
        action: ConfigAction,
    },
    /// Read a PIN (4 to 12 digits) from standard input and print its Argon2 hash for the
    /// `pin_hash` key of the configuration.
    HashPin,
}

#[derive(Debug, Subcommand)]
pub enum ConfigAction {
    /// Check FILE and exit with 1 if it has errors.
    Check { file: PathBuf },
}

pub fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Some(Command::Validate { dir }) => validate(&dir),
        Some(Command::Languages) => languages(cli.bundle.as_deref()),
        Some(Command::Render {
            screen,
            lang,
            size,
            out,
            now,
        }) => match render(
            &screen,
            &lang,
            &size,
            cli.bundle.as_deref(),
            &out,
            now.as_deref(),
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
        None => run(&cli),
    }
}

fn print_summary(name: &str, d: &Diagnostics) {
    let (errors, warnings) = (d.error_count(), d.warning_count());
    eprintln!(
        "{name}: {errors} error{}, {warnings} warning{}",
        if errors == 1 { "" } else { "s" },
        if warnings == 1 { "" } else { "s" },
    );
}

fn validate(dir: &Path) -> ExitCode {
    if !dir.is_dir() {
        eprintln!("{}: not a directory", dir.display());
        return ExitCode::FAILURE;
    }
    let diagnostics = crate::validate::validate_dir(dir, &content::Options::default());
    for d in &diagnostics {
        println!("{d}");
    }
    print_summary(&dir.display().to_string(), &diagnostics);
    if diagnostics.has_errors() {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

fn config_check(file: &Path) -> ExitCode {
    let (_, diagnostics) = config::load(file);
    for d in &diagnostics {
        println!("{d}");
    }
    print_summary(&file.display().to_string(), &diagnostics);
    if diagnostics.has_errors() {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

fn hash_pin() -> ExitCode {
    let mut line = String::new();
    if std::io::stdin().lock().read_line(&mut line).is_err() {
        eprintln!("welcome-kiosk hash-pin: could not read the PIN from standard input");
        return ExitCode::FAILURE;
    }
    match config::hash_pin(line.trim()) {
        Ok(hash) => {
            println!("{hash}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("welcome-kiosk hash-pin: {e}");
            ExitCode::FAILURE
        }
    }
}

fn languages(bundle: Option<&Path>) -> ExitCode {
    let loaded = crate::boot::load(bundle);
    print!("{}", crate::i18n::languages_table(&loaded.catalog));
    ExitCode::SUCCESS
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
    (settings, diagnostics)
}

/// Load what the kiosk shows (printing every problem) and build its start configuration.
pub fn load_config(settings: config::Config, lang: Option<&str>) -> Result<Config, String> {
    let lang = match lang {
        None => None,
        Some(tag) => Some(
            Lang::parse(tag)
                .ok_or_else(|| format!("\"{tag}\" is not a language tag (like en, fr or ar)"))?,
        ),
    };
    let loaded = crate::boot::load(settings.bundle_dir.as_deref());
    for d in &loaded.problems {
        eprintln!("{d}");
    }
    if loaded.fell_back
        && let Some(dir) = &settings.bundle_dir
    {
        eprintln!(
            "welcome-kiosk: the bundle in {} has errors, so the built-in content is shown instead",
            dir.display()
        );
    }
    let mut config = Config::from_loaded(loaded, settings);
    config.lang = lang;
    Ok(config)
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
    let (settings, config_problems) = settings(cli);
    for d in &config_problems {
        eprintln!("{d}");
    }
    let mut config = match load_config(settings, cli.lang.as_deref()) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("welcome-kiosk: {e}");
            return ExitCode::from(2);
        }
    };
    config.problems.splice(0..0, config_problems.into_vec());
    match kiosk::application(config) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("welcome-kiosk: the window could not be opened: {e}");
            ExitCode::FAILURE
        }
    }
}

fn parse_size(size: &str) -> Result<(u32, u32), String> {
    let bad = || format!("--size must be WIDTHxHEIGHT, like 1920x1080, not \"{size}\"");
    let (w, h) = size.split_once('x').ok_or_else(bad)?;
    let (w, h): (u32, u32) = (w.parse().map_err(|_| bad())?, h.parse().map_err(|_| bad())?);
    if !(200..=8192).contains(&w) || !(200..=8192).contains(&h) {
        return Err(bad());
    }
    Ok((w, h))
}

fn render(
    screen: &str,
    lang: &str,
    size: &str,
    bundle: Option<&Path>,
    out: &Path,
    now: Option<&str>,
) -> Result<(), String> {
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
    let settings = config::Config {
        bundle_dir: bundle.map(Path::to_path_buf),
        ..config::Config::default()
    };
    let mut config = load_config(settings, Some(lang))?;
    if let Some(now) = now {
        config.now = Some(
            now.parse::<jiff::civil::DateTime>()
                .map_err(|_| format!("--now must look like 2026-12-01T10:00, not \"{now}\""))?,
        );
    }
    if let Route::Detail(id) = &route
        && config.content.get(id).is_none()
    {
        return Err(format!("there is no item {id} in this bundle"));
    }
    if route == Route::Attract {
        // The attract screen starts in the default language.
        config.settings.default_language = config.lang.take();
    }
    let mut kiosk = Kiosk::new(config);
    kiosk.show(route);
    if let Some(overlay) = overlay
        && !kiosk.preview(overlay)
    {
        return Err(format!(
            "unknown overlay \"{overlay}\": use pin, panel or idle"
        ));
    }
    let frame = crate::render::render(&kiosk, width, height)?;
    frame.save_png(out)
}
