//! The command line: run the kiosk, validate a bundle, render a screen to PNG.

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;

use clap::{Parser, Subcommand};

use crate::content::{self, Directory};
use crate::i18n::Catalog;
use crate::kiosk::{self, Config, Kiosk, Route};
use crate::lang::Lang;

#[derive(Debug, Parser)]
#[command(
    name = "welcome-kiosk",
    version,
    about = "Offline, multilingual information kiosk"
)]
pub struct Cli {
    /// Show this content bundle (a directory) instead of the built-in example content.
    #[arg(long, value_name = "DIR")]
    pub bundle: Option<PathBuf>,
    /// Start in this language (a tag like en, fr, ar) instead of on the language picker.
    #[arg(long, value_name = "TAG")]
    pub lang: Option<String>,
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
    Languages {
        /// Include the languages and overrides of this bundle directory.
        #[arg(long, value_name = "DIR")]
        bundle: Option<PathBuf>,
    },
    /// Draw one screen to a PNG file, without a display.
    Render {
        /// language, home, emergency, list:<kind> or detail:<kind>/<slug>
        /// (kinds: guides, jobs, contacts, services, events, stories).
        #[arg(long)]
        screen: String,
        /// The language to show (en, fr, ar, ...).
        #[arg(long)]
        lang: String,
        /// Size in pixels, WIDTHxHEIGHT.
        #[arg(long, default_value = "1920x1080")]
        size: String,
        /// A bundle directory instead of the built-in content.
        #[arg(long, value_name = "DIR")]
        bundle: Option<PathBuf>,
        /// The PNG file to write.
        #[arg(long, value_name = "FILE.png")]
        out: PathBuf,
        /// Pretend it is this local date and time (like 2026-12-01T10:00), for repeatable
        /// pictures of "open now" and upcoming events.
        #[arg(long, value_name = "DATETIME")]
        now: Option<String>,
    },
}

pub fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Some(Command::Validate { dir }) => validate(&dir),
        Some(Command::Languages { bundle }) => languages(bundle.as_deref()),
        Some(Command::Render {
            screen,
            lang,
            size,
            bundle,
            out,
            now,
        }) => match render(
            &screen,
            &lang,
            &size,
            bundle.as_deref(),
            &out,
            now.as_deref(),
        ) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("welcome-kiosk render: {e}");
                ExitCode::from(2)
            }
        },
        None => run(cli.bundle.as_deref(), cli.lang.as_deref()),
    }
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
    let (errors, warnings) = (diagnostics.error_count(), diagnostics.warning_count());
    eprintln!(
        "{}: {errors} error{}, {warnings} warning{}",
        dir.display(),
        if errors == 1 { "" } else { "s" },
        if warnings == 1 { "" } else { "s" },
    );
    if errors > 0 {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

fn languages(bundle: Option<&Path>) -> ExitCode {
    let config = match load_config(bundle, None) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("welcome-kiosk: {e}");
            return ExitCode::from(2);
        }
    };
    print!("{}", crate::i18n::languages_table(&config.catalog));
    ExitCode::SUCCESS
}

/// Load the content to show: the bundle directory if it is valid, else the built-in content
/// (printing why), so a broken bundle never leaves the kiosk blank.
pub fn load_config(bundle: Option<&Path>, lang: Option<&str>) -> Result<Config, String> {
    let options = content::Options::default();
    let mut problems = Vec::new();
    let mut chosen = None;
    if let Some(dir) = bundle {
        let loaded = content::load(&Directory::new(dir), &options);
        for d in &loaded.diagnostics {
            eprintln!("{d}");
        }
        problems.extend(loaded.diagnostics.into_vec());
        match loaded.content {
            Some(c) => chosen = Some(c),
            None => eprintln!(
                "welcome-kiosk: the bundle in {} has errors, so the built-in content is shown instead",
                dir.display()
            ),
        }
    }
    let content = match chosen {
        Some(c) => c,
        None => {
            let loaded = content::load_embedded(&options);
            problems.extend(loaded.diagnostics.into_vec());
            loaded.content.unwrap_or_else(content::empty)
        }
    };
    let (catalog, translation_problems) = Catalog::build(&content.locales);
    for d in &translation_problems {
        eprintln!("{d}");
    }
    problems.extend(translation_problems.into_vec());
    let lang = match lang {
        None => None,
        Some(tag) => Some(
            Lang::parse(tag)
                .ok_or_else(|| format!("\"{tag}\" is not a language tag (like en, fr or ar)"))?,
        ),
    };
    Ok(Config {
        content: Arc::new(content),
        catalog: Arc::new(catalog),
        lang,
        problems,
        now: None,
    })
}

fn run(bundle: Option<&Path>, lang: Option<&str>) -> ExitCode {
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
    let config = match load_config(bundle, lang) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("welcome-kiosk: {e}");
            return ExitCode::from(2);
        }
    };
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
    let route = Route::parse(screen).ok_or_else(|| {
        format!(
            "unknown screen \"{screen}\": use language, home, emergency, list:<kind> or \
             detail:<kind>/<slug>"
        )
    })?;
    let (width, height) = parse_size(size)?;
    let mut config = load_config(bundle, Some(lang))?;
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
    let mut kiosk = Kiosk::new(config);
    kiosk.show(route);
    let frame = crate::render::render(&kiosk, width, height)?;
    frame.save_png(out)
}
