//! Work that happens beside the UI: the live preview of a bundle being edited (`--watch`),
//! and new signed bundles from a watched folder (USB stick) or a web channel. It runs on its
//! own thread and reports through a subscription; the UI thread only swaps content in.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use iced::futures::channel::mpsc;

use crate::content::{self, Diagnostic, Directory};
use crate::lang::Lang;
use crate::library::Library;
use crate::metrics::Reason;
use crate::publish::fetch::{ChannelState, FolderState, Found, Sources};
use crate::publish::{Installed, Store, TrustedKey};

/// What the background thread is asked to do (also the subscription's identity).
#[derive(Debug, Clone, Hash, PartialEq, Eq)]
pub struct Background {
    /// A bundle directory to preview live.
    pub watch: Option<PathBuf>,
    /// The state directory new bundles are installed into.
    pub state_dir: Option<PathBuf>,
    pub folder: Option<PathBuf>,
    pub channel: Option<String>,
    pub poll: Duration,
    pub allow_http: bool,
    /// Trusted keys as base64 lines.
    pub keys: Vec<String>,
    /// The configuration's `languages`, if any.
    pub languages: Option<Vec<Lang>>,
}

impl Background {
    pub fn from_settings(settings: &crate::config::Config, watch: bool) -> Option<Self> {
        let bg = Self {
            watch: if watch {
                settings.bundle_dir.clone()
            } else {
                None
            },
            state_dir: settings.state_dir.clone(),
            folder: settings.watch_dir.clone(),
            channel: settings.channel_url.clone(),
            poll: settings.poll_interval,
            allow_http: settings.allow_http,
            keys: settings
                .trusted_keys
                .iter()
                .map(TrustedKey::base64)
                .collect(),
            languages: settings.languages.clone(),
        };
        let installs = bg.state_dir.is_some() && (bg.folder.is_some() || bg.channel.is_some());
        (bg.watch.is_some() || installs).then_some(bg)
    }
}

#[derive(Debug, Clone)]
pub enum Update {
    /// A new bundle was installed and loaded: show it.
    Installed(Arc<Library>),
    /// The previewed bundle changed and is valid: show it.
    Preview(Arc<Library>),
    /// The previewed bundle changed and has errors: keep the last good content, list these.
    PreviewProblems(Arc<Vec<Diagnostic>>),
    /// The channel was checked and answered (nothing new, or something installed).
    Checked,
    /// A signed alert was accepted (and kept in the state directory): show it.
    Alert(Arc<crate::alerts::cap::Alert>),
    /// A source offered a bundle or an alert that was refused, or could not be reached.
    Problem(String, Reason),
}

/// The subscription's stream: starts the thread, which stops when the stream is dropped.
/// The previewed folder's state is taken before this returns, so any change made after it
/// is reported.
pub fn stream(bg: &Background) -> mpsc::UnboundedReceiver<Update> {
    let (tx, rx) = mpsc::unbounded();
    let bg = bg.clone();
    let baseline = bg.watch.as_deref().map(fingerprint);
    // Every walk over a bundle is bounded (`content::limits::MAX_NESTING`); the stack is
    // still made roomy, as the main thread's is, so that no bundle can end the kiosk here.
    let _ = std::thread::Builder::new()
        .name("updates".to_owned())
        .stack_size(16 * 1024 * 1024)
        .spawn(move || run(&bg, baseline, &tx));
    rx
}

/// A cheap summary of a folder's files (names, sizes, modification times).
pub fn fingerprint(dir: &Path) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    let mut stack = vec![dir.to_path_buf()];
    let mut count = 0usize;
    while let Some(d) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&d) else {
            continue;
        };
        let mut entries: Vec<_> = entries.flatten().collect();
        entries.sort_by_key(std::fs::DirEntry::path);
        for entry in entries {
            count += 1;
            if count > 20_000 {
                return hasher.finish();
            }
            let path = entry.path();
            path.hash(&mut hasher);
            if let Ok(meta) = entry.metadata() {
                meta.len().hash(&mut hasher);
                meta.modified().ok().hash(&mut hasher);
                if meta.is_dir() {
                    stack.push(path);
                }
            }
        }
    }
    hasher.finish()
}

/// Load a bundle directory for display, all of it prepared here, off the UI thread.
pub fn load_dir(dir: &Path, languages: Option<&[Lang]>) -> Result<Library, Vec<Diagnostic>> {
    match crate::admission::admit(&Directory::new(dir), &content::Options::default()) {
        Ok(admitted) => Ok(Library::new(admitted, Vec::new(), false, languages).at(dir)),
        Err(problems) => Err(problems.into_vec()),
    }
}

/// A random-looking fraction in [0, 1) without a random number crate: good enough to spread
/// the polls of many kiosks over time.
fn jitter() -> f64 {
    use std::hash::{BuildHasher, Hasher};
    let mut h = std::collections::hash_map::RandomState::new().build_hasher();
    h.write_u128(
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos()),
    );
    (h.finish() % 10_000) as f64 / 10_000.0
}

fn run(bg: &Background, baseline: Option<u64>, tx: &mpsc::UnboundedSender<Update>) {
    let keys: Vec<TrustedKey> = bg
        .keys
        .iter()
        .filter_map(|k| TrustedKey::parse(k).ok())
        .collect();
    let sources = bg.state_dir.as_ref().map(|dir| Sources {
        store: Store::new(dir),
        keys,
        allow_http: bg.allow_http,
    });
    let mut last_preview = baseline;
    let mut folder_state = FolderState::default();
    let mut alert_files = SeenFiles::default();
    let mut channel_state = ChannelState::default();
    let mut next_folder = Instant::now();
    // The first poll soon after start, then at the interval plus up to 10 %.
    let mut next_poll = Instant::now() + Duration::from_secs(5);
    let send = |update: Update| tx.unbounded_send(update).is_ok();
    loop {
        if tx.is_closed() {
            return;
        }
        let today = jiff::Zoned::now().date();
        if let Some(dir) = &bg.watch {
            let fp = fingerprint(dir);
            if last_preview != Some(fp) {
                last_preview = Some(fp);
                let update = match load_dir(dir, bg.languages.as_deref()) {
                    Ok(library) => Update::Preview(Arc::new(library)),
                    Err(problems) => Update::PreviewProblems(Arc::new(problems)),
                };
                if !send(update) {
                    return;
                }
            }
        }
        if let Some(sources) = &sources {
            if let Some(folder) = &bg.folder
                && Instant::now() >= next_folder
            {
                next_folder = Instant::now() + Duration::from_secs(3);
                for found in sources.scan_folder(folder, &mut folder_state, today) {
                    let update = match found {
                        Found::Installed {
                            installed: new,
                            from,
                        } => installed(*new, &from, bg.languages.as_deref()),
                        Found::Problem(why) => Update::Problem(why, Reason::BundleRefused),
                    };
                    if !send(update) {
                        return;
                    }
                }
                for update in alerts_in_folder(sources, folder, &mut alert_files) {
                    if !send(update) {
                        return;
                    }
                }
            }
            if let Some(url) = &bg.channel
                && Instant::now() >= next_poll
            {
                next_poll = Instant::now() + bg.poll.mul_f64(1.0 + 0.1 * jitter());
                let update = match sources.poll_channel(url, &mut channel_state, today) {
                    Ok(Some(new)) => Some(installed(new, url, bg.languages.as_deref())),
                    Ok(None) => Some(Update::Checked),
                    Err(why) => Some(Update::Problem(why.clone(), reason_of(&why))),
                };
                if let Some(update) = update
                    && !send(update)
                {
                    return;
                }
                for update in alerts_from_channel(sources, &mut channel_state) {
                    if !send(update) {
                        return;
                    }
                }
            }
        }
        std::thread::sleep(Duration::from_millis(if bg.watch.is_some() {
            300
        } else {
            1000
        }));
    }
}

/// A bundle just installed, shown as it was admitted while installing (no second load).
fn installed(installed: Installed, from: &str, languages: Option<&[Lang]>) -> Update {
    let Installed {
        active,
        mut admitted,
    } = installed;
    admitted.content.origin = format!("installed bundle, version {}, from {from}", active.version);
    Update::Installed(Arc::new(
        Library::new(admitted, Vec::new(), false, languages).at(&active.dir),
    ))
}

/// Why a channel poll failed, for the metrics: the network, or a refused bundle.
fn reason_of(why: &str) -> Reason {
    let network = [
        "cannot be reached",
        "answered HTTP",
        "broke off",
        "is not a valid channel.json",
    ];
    if network.iter().any(|w| why.contains(w)) {
        Reason::Unreachable
    } else {
        Reason::BundleRefused
    }
}

/// Check an offered alert and keep it: the kiosk shows it, or the panel says why not.
fn offer_alert(sources: &Sources, from: &str, bytes: &[u8], signature: Option<&str>) -> Update {
    let now = jiff::Timestamp::now();
    match crate::alerts::admit(bytes, signature, &sources.keys, now) {
        Ok(alert) => {
            let kept = crate::alerts::keep(
                sources.store.root(),
                &alert,
                bytes,
                signature.unwrap_or_default(),
            );
            match kept {
                Ok(()) => Update::Alert(Arc::new(alert)),
                Err(e) => Update::Problem(
                    format!("alert {from}: it cannot be kept in the state directory: {e}"),
                    Reason::AlertRefused,
                ),
            }
        }
        Err(why) => Update::Problem(format!("alert {from} refused: {why}"), Reason::AlertRefused),
    }
}

/// The alerts the latest `channel.json` listed (see [`ChannelState::alerts`]), fetched and
/// checked.
pub fn alerts_from_channel(sources: &Sources, state: &mut ChannelState) -> Vec<Update> {
    let mut updates = Vec::new();
    for (alert, signature) in std::mem::take(&mut state.alerts) {
        let fetched = sources
            .fetch_small(&alert, crate::alerts::cap::MAX_BYTES)
            .and_then(|bytes| {
                let sig = sources.fetch_small(&signature, 4096)?;
                Ok((bytes, String::from_utf8_lossy(&sig).into_owned()))
            });
        updates.push(match fetched {
            Ok((bytes, sig)) => offer_alert(sources, &alert, &bytes, Some(&sig)),
            Err(why) if why.contains("larger than") => Update::Problem(
                format!("alert {why}: more than an alert may have"),
                Reason::AlertRefused,
            ),
            Err(why) => Update::Problem(why, Reason::Unreachable),
        });
    }
    updates
}

/// Alert files already looked at (path, size, time), so a stick left in is read once.
#[derive(Debug, Default)]
pub struct SeenFiles(std::collections::HashSet<(PathBuf, u64, Option<std::time::SystemTime>)>);

/// New CAP files (`*.xml`, signed as `*.xml.minisig`) in the watched folder. Each file is
/// looked at once per change (size, time).
pub fn alerts_in_folder(sources: &Sources, folder: &Path, seen: &mut SeenFiles) -> Vec<Update> {
    let Ok(entries) = std::fs::read_dir(folder) else {
        return Vec::new();
    };
    let mut files: Vec<PathBuf> = entries
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e.eq_ignore_ascii_case("xml")) && p.is_file())
        .collect();
    files.sort();
    files.truncate(crate::alerts::MAX_ACTIVE);
    let mut updates = Vec::new();
    for file in files {
        let meta = std::fs::metadata(&file).ok();
        let size = meta.as_ref().map_or(0, std::fs::Metadata::len);
        let key = (file.clone(), size, meta.and_then(|m| m.modified().ok()));
        if !seen.0.insert(key) {
            continue;
        }
        let name = file.display().to_string();
        if size > crate::alerts::cap::MAX_BYTES as u64 {
            updates.push(Update::Problem(
                format!(
                    "alert {name} refused: the alert file is {} KB, more than the {} KB an alert may have",
                    size / 1024,
                    crate::alerts::cap::MAX_BYTES / 1024
                ),
                Reason::AlertRefused,
            ));
            continue;
        }
        let Ok(bytes) = std::fs::read(&file) else {
            continue;
        };
        let signature = std::fs::read_to_string(format!("{name}.minisig")).ok();
        updates.push(offer_alert(sources, &name, &bytes, signature.as_deref()));
    }
    updates
}
