//! The publishing and checking commands: validate and pack a bundle, make keys and sign,
//! install into and show the state directory, check a configuration, hash a PIN and list the
//! interface languages. Each prints its findings and returns the process's exit code.

use std::io::BufRead as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use crate::config;
use crate::content::{self, Diagnostics};

use super::{Cli, settings};

fn print_summary(name: &str, d: &Diagnostics) {
    let (errors, warnings) = (d.error_count(), d.warning_count());
    eprintln!(
        "{name}: {errors} error{}, {warnings} warning{}",
        if errors == 1 { "" } else { "s" },
        if warnings == 1 { "" } else { "s" },
    );
}

pub(super) fn validate(dir: &Path, format: &str) -> ExitCode {
    if !dir.is_dir() {
        eprintln!("{}: not a directory", dir.display());
        return ExitCode::FAILURE;
    }
    let voices = crate::speech::Voices::detect("espeak-ng");
    let report = crate::validate::report(dir, &content::Options::default(), &voices);
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
            if let Some(listening) = &report.listening {
                println!();
                print!("{}", listening.table());
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

pub(super) fn pack(dir: &Path, out: Option<&Path>, channel: bool) -> ExitCode {
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
                let path = out.with_file_name("channel.json");
                // Alerts listed there already stay listed.
                let alerts = std::fs::read(&path)
                    .ok()
                    .and_then(|b| serde_json::from_slice::<crate::publish::fetch::Channel>(&b).ok())
                    .map(|c| c.alerts)
                    .unwrap_or_default();
                let channel = crate::publish::fetch::Channel {
                    id: manifest.id.clone(),
                    version: manifest.version,
                    bundle: name.clone(),
                    signature: format!("{name}.minisig"),
                    alerts,
                };
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

pub(super) fn keygen(dir: &Path, name: &str, unencrypted: bool) -> ExitCode {
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

pub(super) fn sign(file: &Path, key: &Path) -> ExitCode {
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

/// The configuration's trusted keys and those given with `--pubkey`.
pub(super) fn with_keys(
    mut keys: Vec<crate::publish::TrustedKey>,
    pubkeys: &[String],
) -> Result<Vec<crate::publish::TrustedKey>, String> {
    for entry in pubkeys {
        keys.push(crate::publish::TrustedKey::parse(entry)?);
    }
    Ok(keys)
}

pub(super) fn install(cli: &Cli, file: &Path, pubkeys: &[String]) -> ExitCode {
    let (store, settings) = match store_of(cli) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("welcome-kiosk install: {e}");
            return ExitCode::from(2);
        }
    };
    let keys = match with_keys(settings.trusted_keys.clone(), pubkeys) {
        Ok(keys) => keys,
        Err(e) => {
            eprintln!("welcome-kiosk install: {e}");
            return ExitCode::from(2);
        }
    };
    let today = jiff::Zoned::now().date();
    match store.install(file, &keys, today) {
        Ok(installed) => {
            let active = &installed.active;
            println!("installed: {} version {}", active.id, active.version);
            ExitCode::SUCCESS
        }
        Err(why) => {
            eprintln!("welcome-kiosk install: {}: refused: {why}", file.display());
            ExitCode::FAILURE
        }
    }
}

pub(super) fn status(cli: &Cli) -> ExitCode {
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

pub(super) fn config_check(file: &Path) -> ExitCode {
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

pub(super) fn hash_pin() -> ExitCode {
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

pub(super) fn languages(bundle: Option<&Path>) -> ExitCode {
    let library = crate::boot::load(bundle);
    print!("{}", crate::i18n::languages_table(&library.catalog));
    ExitCode::SUCCESS
}
