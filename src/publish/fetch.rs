//! Where new bundles come from: a watched folder (where a USB stick mounts) and a
//! `channel.json` on any static web host. Both end in the same [`Store::install`].

use std::collections::HashSet;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use serde::{Deserialize, Serialize};

use super::keys::TrustedKey;
use super::store::{Installed, Store};

/// `channel.json`, published next to the bundles on a web host.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Channel {
    pub id: String,
    pub version: u64,
    /// The archive, relative to the channel's address (or absolute).
    pub bundle: String,
    /// Its minisign signature, likewise.
    pub signature: String,
    /// Emergency alerts (CAP 1.2 files) to show, each with its signature.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub alerts: Vec<ChannelAlert>,
}

/// An alert listed in `channel.json`: the CAP file and its minisign signature, relative to
/// the channel's address (or absolute).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChannelAlert {
    pub alert: String,
    pub signature: String,
}

pub struct Sources {
    pub store: Store,
    pub keys: Vec<TrustedKey>,
    /// Allow plain `http://` (tests on loopback, closed networks). Off: HTTPS only.
    pub allow_http: bool,
}

/// What the watched folder held.
#[derive(Debug)]
pub enum Found {
    Installed {
        installed: Box<Installed>,
        from: String,
    },
    Problem(String),
}

/// Files already looked at, so a stick left in the port is not re-checked every time.
#[derive(Debug, Default)]
pub struct FolderState {
    seen: HashSet<(PathBuf, u64, Option<SystemTime>)>,
}

/// Archives refused before, kept in the state directory (`refused.txt`), so that a file on a
/// stick left in the port is not tried again after a restart, and a file that made the kiosk
/// stop while installing (`trying.txt` left behind) is not tried in a loop. A file that
/// changes (size or time) is tried again.
struct Refused {
    list: PathBuf,
    trying: PathBuf,
}

/// One line: path, size and modification time of an archive.
fn archive_key(path: &Path) -> String {
    let meta = std::fs::metadata(path).ok();
    let size = meta.as_ref().map_or(0, std::fs::Metadata::len);
    let time = meta
        .and_then(|m| m.modified().ok())
        .and_then(|t| t.duration_since(SystemTime::UNIX_EPOCH).ok())
        .map_or(0, |d| d.as_secs());
    format!("{}\t{size}\t{time}", path.display())
}

impl Refused {
    fn new(store: &Store) -> Self {
        let root = store.root();
        let refused = Self {
            list: root.join("refused.txt"),
            trying: root.join("trying.txt"),
        };
        // The kiosk stopped in the middle of an install: never try that file blindly again.
        if let Ok(key) = std::fs::read_to_string(&refused.trying) {
            refused.add(
                key.trim(),
                "the kiosk stopped while installing it; it is not tried again until it changes",
            );
            let _ = std::fs::remove_file(&refused.trying);
        }
        refused
    }

    /// Why the archive with `key` was refused before, if it was.
    fn reason(&self, key: &str) -> Option<String> {
        let text = std::fs::read_to_string(&self.list).ok()?;
        text.lines().find_map(|line| {
            let (k, why) = line.rsplit_once('\t')?;
            (k == key).then(|| why.to_owned())
        })
    }

    fn add(&self, key: &str, why: &str) {
        let mut text = std::fs::read_to_string(&self.list).unwrap_or_default();
        // The most recent hundred are plenty to remember.
        let lines: Vec<&str> = text.lines().collect();
        if lines.len() >= 100 {
            text = lines[lines.len() - 99..].join("\n") + "\n";
        }
        text.push_str(key);
        text.push('\t');
        text.push_str(&why.replace(['\t', '\n'], " "));
        text.push('\n');
        let tmp = self.list.with_extension("txt.tmp");
        if std::fs::write(&tmp, text).is_ok() {
            let _ = std::fs::rename(&tmp, &self.list);
        }
    }
}

impl Sources {
    /// Install every new signed `*.tar` in `dir` (oldest version first).
    pub fn scan_folder(
        &self,
        dir: &Path,
        state: &mut FolderState,
        today: jiff::civil::Date,
    ) -> Vec<Found> {
        let Ok(entries) = std::fs::read_dir(dir) else {
            return Vec::new(); // no stick: nothing to say
        };
        let mut archives: Vec<PathBuf> = entries
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|e| e == "tar") && p.is_file())
            .collect();
        archives.sort();
        let refused = Refused::new(&self.store);
        let mut found = Vec::new();
        for archive in archives {
            let meta = std::fs::metadata(&archive).ok();
            let key = (
                archive.clone(),
                meta.as_ref().map_or(0, std::fs::Metadata::len),
                meta.and_then(|m| m.modified().ok()),
            );
            if !state.seen.insert(key) {
                continue;
            }
            let name = archive.display().to_string();
            let persisted = archive_key(&archive);
            if let Some(why) = refused.reason(&persisted) {
                found.push(Found::Problem(format!("{name}: refused before: {why}")));
                continue;
            }
            let _ = std::fs::create_dir_all(self.store.root());
            let _ = std::fs::write(&refused.trying, &persisted);
            let result = self.store.install(&archive, &self.keys, today);
            let _ = std::fs::remove_file(&refused.trying);
            match result {
                Ok(installed) => found.push(Found::Installed {
                    installed: Box::new(installed),
                    from: name,
                }),
                // The stick still holds what is installed: nothing to report.
                Err(why) if why.is_stale() => {}
                Err(why) => {
                    let why = why.to_string();
                    refused.add(&persisted, &why);
                    found.push(Found::Problem(format!("{name}: {why}")));
                }
            }
        }
        found
    }

    fn check_scheme(&self, url: &str) -> Result<(), String> {
        if url.starts_with("https://") || (self.allow_http && url.starts_with("http://")) {
            Ok(())
        } else {
            Err(format!(
                "{url}: only https:// addresses are allowed (set `allow_http = true` for a closed network)"
            ))
        }
    }
}

/// The state of one channel between polls.
#[derive(Debug, Default)]
pub struct ChannelState {
    etag: Option<String>,
    /// The alerts the latest new `channel.json` lists (file, signature), for the caller to
    /// fetch with [`fetch_small`].
    pub alerts: Vec<(String, String)>,
}

/// Resolve `reference` against the channel's address: absolute URLs stay, names replace the
/// last path segment.
pub fn resolve(channel_url: &str, reference: &str) -> String {
    if reference.contains("://") {
        return reference.to_owned();
    }
    match channel_url.rfind('/') {
        Some(i) => format!(
            "{}/{}",
            &channel_url[..i],
            reference.trim_start_matches('/')
        ),
        None => reference.to_owned(),
    }
}

fn agent() -> ureq::Agent {
    ureq::Agent::config_builder()
        .timeout_connect(Some(Duration::from_secs(15)))
        .timeout_global(Some(Duration::from_secs(600)))
        .http_status_as_error(false)
        .max_redirects(5)
        .build()
        .into()
}

fn plain(url: &str, e: &ureq::Error) -> String {
    format!("{url} cannot be reached: {e}")
}

impl Sources {
    /// Check the channel once. `Ok(None)`: nothing new (including "304 Not Modified").
    pub fn poll_channel(
        &self,
        url: &str,
        state: &mut ChannelState,
        today: jiff::civil::Date,
    ) -> Result<Option<Installed>, String> {
        self.check_scheme(url)?;
        let agent = agent();
        let mut request = agent.get(url);
        if let Some(etag) = &state.etag {
            request = request.header("If-None-Match", etag);
        }
        let mut response = request.call().map_err(|e| plain(url, &e))?;
        match response.status().as_u16() {
            304 => return Ok(None),
            200 => {}
            code => return Err(format!("{url} answered HTTP {code}")),
        }
        let etag = response
            .headers()
            .get("etag")
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned);
        let body = response
            .body_mut()
            .with_config()
            .limit(64 * 1024)
            .read_to_vec()
            .map_err(|e| plain(url, &e))?;
        let channel: Channel = serde_json::from_slice(&body)
            .map_err(|e| format!("{url} is not a valid channel.json: {e}"))?;
        state.alerts = channel
            .alerts
            .iter()
            .take(crate::alerts::MAX_ACTIVE)
            .map(|a| (resolve(url, &a.alert), resolve(url, &a.signature)))
            .collect();
        if channel.bundle.is_empty() {
            // A channel for alerts only.
            state.etag = etag;
            return Ok(None);
        }
        let newer = self
            .store
            .highest()
            .is_none_or(|(_, version)| channel.version > version);
        if !newer {
            state.etag = etag;
            return Ok(None);
        }
        let bundle_url = resolve(url, &channel.bundle);
        let signature_url = resolve(url, &channel.signature);
        self.check_scheme(&bundle_url)?;
        self.check_scheme(&signature_url)?;
        let incoming = self.store.root().join("incoming");
        std::fs::create_dir_all(&incoming).map_err(|e| format!("{}: {e}", incoming.display()))?;
        let archive = incoming.join(format!("bundle-{}.tar", channel.version));
        download_resuming(&agent, &bundle_url, &archive, 512 * 1024 * 1024)?;
        let signature = {
            let mut response = agent
                .get(&signature_url)
                .call()
                .map_err(|e| plain(&signature_url, &e))?;
            if response.status().as_u16() != 200 {
                let _ = std::fs::remove_file(&archive);
                return Err(format!(
                    "{signature_url} answered HTTP {}",
                    response.status().as_u16()
                ));
            }
            response
                .body_mut()
                .with_config()
                .limit(4096)
                .read_to_vec()
                .map_err(|e| plain(&signature_url, &e))?
        };
        let sig_path = PathBuf::from(format!("{}.minisig", archive.display()));
        std::fs::write(&sig_path, &signature)
            .map_err(|e| format!("{}: {e}", sig_path.display()))?;
        let result = self.store.install(&archive, &self.keys, today);
        // Installed or refused, the download has served its purpose.
        let _ = std::fs::remove_file(&archive);
        let _ = std::fs::remove_file(&sig_path);
        match result {
            Ok(installed) => {
                state.etag = etag;
                Ok(Some(installed))
            }
            Err(why) => Err(format!("{bundle_url}: {why}")),
        }
    }
}

impl Sources {
    /// Download a small file (an alert, a signature) of at most `max` bytes.
    pub fn fetch_small(&self, url: &str, max: usize) -> Result<Vec<u8>, String> {
        self.check_scheme(url)?;
        let mut response = agent().get(url).call().map_err(|e| plain(url, &e))?;
        match response.status().as_u16() {
            200 => {}
            code => return Err(format!("{url} answered HTTP {code}")),
        }
        response
            .body_mut()
            .with_config()
            .limit(max as u64)
            .read_to_vec()
            .map_err(|e| match e {
                ureq::Error::BodyExceedsLimit(_) => {
                    format!("{url} is larger than {} KB", max / 1024)
                }
                e => plain(url, &e),
            })
    }
}

/// Download `url` to `path`, continuing a partial `path.part` with a Range request and
/// retrying a few times with a pause, so a flaky connection still gets there.
pub fn download_resuming(
    agent: &ureq::Agent,
    url: &str,
    path: &Path,
    max: u64,
) -> Result<(), String> {
    let part = PathBuf::from(format!("{}.part", path.display()));
    let mut last_error = String::new();
    for attempt in 0..4u32 {
        if attempt > 0 {
            std::thread::sleep(Duration::from_millis(500 * (1 << attempt)));
        }
        let have = std::fs::metadata(&part).map_or(0, |m| m.len());
        let mut request = agent.get(url);
        if have > 0 {
            request = request.header("Range", &format!("bytes={have}-"));
        }
        let mut response = match request.call() {
            Ok(r) => r,
            Err(e) => {
                last_error = plain(url, &e);
                continue;
            }
        };
        let append = match response.status().as_u16() {
            206 if have > 0 => true,
            200 => false,
            416 if have > 0 => {
                // Already complete.
                return std::fs::rename(&part, path)
                    .map_err(|e| format!("{}: {e}", path.display()));
            }
            code => return Err(format!("{url} answered HTTP {code}")),
        };
        let mut file = std::fs::OpenOptions::new()
            .create(true)
            .write(true)
            .append(append)
            .truncate(!append)
            .open(&part)
            .map_err(|e| format!("{}: {e}", part.display()))?;
        let mut written = if append { have } else { 0 };
        let mut reader = response.body_mut().as_reader();
        let mut buf = vec![0u8; 64 * 1024];
        let outcome: Result<(), String> = loop {
            match reader.read(&mut buf) {
                Ok(0) => break Ok(()),
                Ok(n) => {
                    written += n as u64;
                    if written > max {
                        let _ = std::fs::remove_file(&part);
                        return Err(format!("{url} is larger than {} MB", max / (1024 * 1024)));
                    }
                    if let Err(e) = file.write_all(&buf[..n]) {
                        break Err(format!("{}: {e}", part.display()));
                    }
                }
                Err(e) => break Err(format!("the download of {url} broke off: {e}")),
            }
        };
        match outcome {
            Ok(()) => {
                file.sync_all()
                    .map_err(|e| format!("{}: {e}", part.display()))?;
                return std::fs::rename(&part, path)
                    .map_err(|e| format!("{}: {e}", path.display()));
            }
            Err(e) => last_error = e,
        }
    }
    Err(last_error)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn references_resolve_next_to_the_channel() {
        assert_eq!(
            resolve("https://cdn.example.org/kiosk/channel.json", "bundle-3.tar"),
            "https://cdn.example.org/kiosk/bundle-3.tar"
        );
        assert_eq!(
            resolve("https://a.example/c.json", "https://b.example/x.tar"),
            "https://b.example/x.tar"
        );
    }
}
