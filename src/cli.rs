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
    /// `render` reads it only when given here.
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
        /// Also write every tappable widget of the screen to this JSON file: an array of
        /// {"id", "x", "y", "width", "height"} in the PNG's pixels.
        #[arg(long, value_name = "FILE.json")]
        widgets: Option<PathBuf>,
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
        }) => match render(&cli, screen, lang, size, out, widgets.as_deref()) {
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

fn validate(dir: &Path, format: &str) -> ExitCode {
    if !dir.is_dir() {
        eprintln!("{}: not a directory", dir.display());
        return ExitCode::FAILURE;
    }
    let report = crate::validate::report(dir, &content::Options::default());
    match format {
        "json" => println!("{}", report.to_json(&dir.display().to_string())),
        "text" => {
            for d in &report.diagnostics {
                println!("{d}");
            }
            if let Some(coverage) = &report.coverage {
                println!();
                print!("{}", coverage.table());
            }
            print_summary(&dir.display().to_string(), &report.diagnostics);
        }
        other => {
            eprintln!("welcome-kiosk validate: --format must be text or json, not \"{other}\"");
            return ExitCode::from(2);
        }
    }
    if report.diagnostics.has_errors() {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

fn pack(dir: &Path, out: Option<&Path>, channel: bool) -> ExitCode {
    use crate::publish::pack::{PackError, pack as pack_bundle};
    // Write under a temporary name first: the version is known only after validation.
    let tmp = out.map_or_else(
        || PathBuf::from("bundle.tar.tmp"),
        |o| PathBuf::from(format!("{}.tmp", o.display())),
    );
    match pack_bundle(dir, &tmp, &content::Options::default()) {
        Ok((manifest, warnings)) => {
            for d in &warnings {
                println!("{d}");
            }
            let out = out.map_or_else(
                || PathBuf::from(format!("bundle-{}.tar", manifest.version)),
                Path::to_path_buf,
            );
            if let Err(e) = std::fs::rename(&tmp, &out) {
                eprintln!("welcome-kiosk pack: {}: {e}", out.display());
                return ExitCode::FAILURE;
            }
            if channel {
                let name = out
                    .file_name()
                    .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
                let channel = crate::publish::fetch::Channel {
                    id: manifest.id.clone(),
                    version: manifest.version,
                    bundle: name.clone(),
                    signature: format!("{name}.minisig"),
                };
                let path = out.with_file_name("channel.json");
                if let Err(e) = std::fs::write(
                    &path,
                    serde_json::to_string_pretty(&channel).unwrap_or_default(),
                ) {
                    eprintln!("welcome-kiosk pack: {}: {e}", path.display());
                    return ExitCode::FAILURE;
                }
                eprintln!("wrote {}", path.display());
            }
            eprintln!(
                "wrote {} ({} version {}, {} files). Sign it: minisign -S -m {}  (or welcome-kiosk sign)",
                out.display(),
                manifest.id,
                manifest.version,
                manifest.files.len(),
                out.display()
            );
            ExitCode::SUCCESS
        }
        Err(PackError::Invalid(diagnostics)) => {
            let _ = std::fs::remove_file(&tmp);
            for d in &diagnostics {
                println!("{d}");
            }
            print_summary(&dir.display().to_string(), &diagnostics);
            eprintln!("welcome-kiosk pack: the bundle has errors, so nothing was packed");
            ExitCode::FAILURE
        }
        Err(PackError::Failed(why)) => {
            let _ = std::fs::remove_file(&tmp);
            eprintln!("welcome-kiosk pack: {why}");
            ExitCode::FAILURE
        }
    }
}

fn read_password(prompt: &str) -> Option<String> {
    eprintln!("{prompt}");
    let mut line = String::new();
    std::io::stdin().lock().read_line(&mut line).ok()?;
    let line = line.trim_end_matches(['\r', '\n']).to_owned();
    (!line.is_empty()).then_some(line)
}

fn keygen(dir: &Path, name: &str, unencrypted: bool) -> ExitCode {
    let password = if unencrypted {
        None
    } else {
        match read_password("Password for the new secret key (one line on standard input):") {
            Some(p) => Some(p),
            None => {
                eprintln!(
                    "welcome-kiosk keygen: no password given (use --unencrypted for a key without one)"
                );
                return ExitCode::FAILURE;
            }
        }
    };
    match crate::publish::keys::keygen(dir, name, password) {
        Ok((public, secret)) => {
            eprintln!(
                "wrote {} (give it to the kiosks: trusted_keys) and {} (keep it secret)",
                public.display(),
                secret.display()
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("welcome-kiosk keygen: {e}");
            ExitCode::FAILURE
        }
    }
}

fn sign(file: &Path, key: &Path) -> ExitCode {
    let encrypted = std::fs::read_to_string(key).is_ok_and(|t| {
        minisign::SecretKeyBox::from_string(&t)
            .and_then(minisign::SecretKeyBox::into_unencrypted_secret_key)
            .is_err()
    });
    let password = if encrypted {
        read_password("Password of the secret key:")
    } else {
        None
    };
    match crate::publish::keys::sign(file, key, password) {
        Ok(sig) => {
            eprintln!("wrote {}", sig.display());
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("welcome-kiosk sign: {e}");
            ExitCode::FAILURE
        }
    }
}

fn store_of(cli: &Cli) -> Result<(crate::publish::Store, config::Config), String> {
    let (settings, problems) = settings(cli);
    for d in &problems {
        eprintln!("{d}");
    }
    let dir = settings.state_dir.clone().ok_or_else(|| {
        "no state directory: pass --state-dir DIR or set state_dir in the configuration".to_owned()
    })?;
    Ok((crate::publish::Store::new(dir), settings))
}

fn install(cli: &Cli, file: &Path, pubkeys: &[String]) -> ExitCode {
    let (store, settings) = match store_of(cli) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("welcome-kiosk install: {e}");
            return ExitCode::from(2);
        }
    };
    let mut keys = settings.trusted_keys.clone();
    for entry in pubkeys {
        match crate::publish::TrustedKey::parse(entry) {
            Ok(key) => keys.push(key),
            Err(e) => {
                eprintln!("welcome-kiosk install: {e}");
                return ExitCode::from(2);
            }
        }
    }
    let today = jiff::Zoned::now().date();
    match store.install(file, &keys, today) {
        Ok(active) => {
            println!("installed: {} version {}", active.id, active.version);
            ExitCode::SUCCESS
        }
        Err(why) => {
            eprintln!("welcome-kiosk install: {}: refused: {why}", file.display());
            ExitCode::FAILURE
        }
    }
}

fn status(cli: &Cli) -> ExitCode {
    let (store, _) = match store_of(cli) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("welcome-kiosk status: {e}");
            return ExitCode::from(2);
        }
    };
    let opened = store.open();
    for note in &opened.notes {
        eprintln!("note: {note}");
    }
    match opened.active {
        Some(active) => {
            println!("id: {}", active.id);
            println!("version: {}", active.version);
            println!("directory: {}", active.dir.display());
            if let Some(expires) = active.expires {
                let today = jiff::Zoned::now().date();
                let state = if expires < today { "expired" } else { "valid" };
                println!("expires: {expires} ({state})");
            }
            if let Some((_, highest)) = store.highest() {
                println!("highest installed: {highest}");
            }
            ExitCode::SUCCESS
        }
        None => {
            println!("no bundle installed: the built-in content is shown");
            ExitCode::SUCCESS
        }
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
    let library = crate::boot::load(bundle);
    print!("{}", crate::i18n::languages_table(&library.catalog));
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

fn parse_size(size: &str) -> Result<(u32, u32), String> {
    let bad = || format!("--size must be WIDTHxHEIGHT, like 1920x1080, not \"{size}\"");
    let (w, h) = size.split_once('x').ok_or_else(bad)?;
    let (w, h): (u32, u32) = (w.parse().map_err(|_| bad())?, h.parse().map_err(|_| bad())?);
    if !(200..=8192).contains(&w) || !(200..=8192).contains(&h) {
        return Err(bad());
    }
    Ok((w, h))
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
    Ok(config)
}

fn parse_now(now: Option<&str>) -> Result<Option<jiff::civil::DateTime>, String> {
    now.map(|now| {
        now.parse::<jiff::civil::DateTime>()
            .map_err(|_| format!("--now must look like 2026-12-01T10:00, not \"{now}\""))
    })
    .transpose()
}

fn render(
    cli: &Cli,
    screen: &str,
    lang: &str,
    size: &str,
    out: &Path,
    widgets: Option<&Path>,
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
