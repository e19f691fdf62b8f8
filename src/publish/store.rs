//! Installed bundles in the kiosk's state directory, changed only atomically:
//!
//! ```text
//! <state>/bundles/v12/      a complete, verified bundle (manifest.toml + its files)
//! <state>/bundles/v11/      the previous one, kept to fall back to
//! <state>/ACTIVE            "v12": which one is shown (replaced by write-temp + rename)
//! <state>/highest.toml      the bundle id and the highest version ever installed
//! ```
//!
//! A new bundle is verified (signature first, before any byte of it is parsed), unpacked entry
//! by entry into `bundles/v<N>.tmp` with every path, type, size and hash checked, fsynced,
//! validated as content, renamed to `bundles/v<N>`, and only then made active. A crash or a
//! full disk at any moment leaves the previous bundle active; leftovers are removed at start.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use super::InstallError;
use super::archive::{Tee, disk_full, io_error, read_up_to, sync_dir};
use super::keys::{self, TrustedKey};
use super::manifest::{self, Manifest};

pub use super::archive::verify_dir;

/// Caps enforced while reading an archive.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    pub max_archive: u64,
    pub max_files: usize,
    pub max_file: u64,
    pub max_total: u64,
}

impl Default for Limits {
    /// The bundle limits of `content::limits` (the same that `validate` checks), plus room
    /// for the archive's own headers.
    fn default() -> Self {
        use crate::content::limits;
        Self {
            max_archive: limits::MAX_BUNDLE_BYTES + 1024 * (limits::MAX_FILES as u64 + 16),
            max_files: limits::MAX_FILES,
            max_file: limits::MAX_FILE_BYTES,
            max_total: limits::MAX_BUNDLE_BYTES,
        }
    }
}

/// The active installed bundle.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Active {
    pub id: String,
    pub version: u64,
    pub dir: PathBuf,
    pub expires: Option<jiff::civil::Date>,
}

/// What [`Store::open`] found at start.
#[derive(Debug, Clone, Default)]
pub struct Opened {
    pub active: Option<Active>,
    /// Why something other than the newest bundle is shown, for the volunteer panel.
    pub notes: Vec<String>,
}

#[derive(Debug, Clone)]
pub struct Store {
    root: PathBuf,
    pub(super) limits: Limits,
    /// Bytes that may still be written (fault injection for full-disk tests).
    budget: Option<Arc<AtomicU64>>,
}

const ACTIVE: &str = "ACTIVE";
/// The verified copy of an archive being installed.
const INCOMING: &str = "incoming.tar.tmp";
const HIGHEST: &str = "highest.toml";
const TMP: &str = ".tmp";

/// A bundle installed and made active, with its content as admitted while installing (so
/// nobody needs to load it again to show it).
pub struct Installed {
    pub active: Active,
    pub admitted: crate::admission::Admitted,
}

impl std::fmt::Debug for Installed {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Installed")
            .field("active", &self.active)
            .finish_non_exhaustive()
    }
}

pub(super) fn mb(bytes: u64) -> u64 {
    bytes.div_ceil(1024 * 1024)
}

impl Store {
    pub fn new(root: impl Into<PathBuf>) -> Self {
        Self {
            root: root.into(),
            limits: Limits::default(),
            budget: None,
        }
    }

    pub fn with_limits(mut self, limits: Limits) -> Self {
        self.limits = limits;
        self
    }

    /// Pretend the disk has only `bytes` free (tests of a full disk).
    pub fn with_write_budget(mut self, bytes: u64) -> Self {
        self.budget = Some(Arc::new(AtomicU64::new(bytes)));
        self
    }

    pub fn root(&self) -> &Path {
        &self.root
    }

    fn bundles(&self) -> PathBuf {
        self.root.join("bundles")
    }

    pub(super) fn spend(&self, n: u64, path: &Path) -> Result<(), String> {
        if let Some(budget) = &self.budget {
            let left = budget.load(Ordering::SeqCst);
            if n > left {
                budget.store(0, Ordering::SeqCst);
                return Err(disk_full(path));
            }
            budget.store(left - n, Ordering::SeqCst);
        }
        Ok(())
    }

    /// Write a whole file and fsync it.
    pub(super) fn write_file(&self, path: &Path, bytes: &[u8]) -> Result<(), String> {
        self.spend(bytes.len() as u64, path)?;
        let mut file = std::fs::File::create(path).map_err(|e| io_error(path, &e))?;
        file.write_all(bytes).map_err(|e| io_error(path, &e))?;
        file.sync_all().map_err(|e| io_error(path, &e))
    }

    /// Replace `name` in the state directory atomically: temporary file, fsync, rename, fsync
    /// of the directory.
    fn replace(&self, name: &str, bytes: &[u8]) -> Result<(), String> {
        let path = self.root.join(name);
        let tmp = self.root.join(format!("{name}{TMP}"));
        self.write_file(&tmp, bytes)?;
        std::fs::rename(&tmp, &path).map_err(|e| io_error(&path, &e))?;
        sync_dir(&self.root)
    }

    /// Remove half-finished work: staging folders and temporary files.
    pub fn clean(&self) {
        for dir in [self.root.clone(), self.bundles()] {
            let Ok(entries) = std::fs::read_dir(&dir) else {
                continue;
            };
            for entry in entries.flatten() {
                let name = entry.file_name().to_string_lossy().into_owned();
                if name.ends_with(TMP) {
                    let path = entry.path();
                    let _ = if path.is_dir() {
                        std::fs::remove_dir_all(&path)
                    } else {
                        std::fs::remove_file(&path)
                    };
                }
            }
        }
    }

    /// Complete bundle folders, newest first.
    fn versions(&self) -> Vec<(u64, PathBuf)> {
        let mut out: Vec<(u64, PathBuf)> = std::fs::read_dir(self.bundles())
            .into_iter()
            .flatten()
            .flatten()
            .filter_map(|entry| {
                let name = entry.file_name().to_string_lossy().into_owned();
                let version = name.strip_prefix('v')?.parse::<u64>().ok()?;
                entry.path().is_dir().then(|| (version, entry.path()))
            })
            .collect();
        out.sort_by_key(|(version, _)| std::cmp::Reverse(*version));
        out
    }

    /// The bundle `ACTIVE` points to, without checking it (see [`Store::open`]).
    pub fn active(&self) -> Option<Active> {
        let name = std::fs::read_to_string(self.root.join(ACTIVE)).ok()?;
        let dir = self.bundles().join(name.trim());
        let text = std::fs::read_to_string(dir.join(manifest::NAME)).ok()?;
        let m = Manifest::parse(&text).ok()?;
        Some(Active {
            id: m.id,
            version: m.version,
            dir,
            expires: m.expires,
        })
    }

    /// The bundle id and the highest version ever installed here.
    pub fn highest(&self) -> Option<(String, u64)> {
        let recorded = std::fs::read_to_string(self.root.join(HIGHEST))
            .ok()
            .and_then(|text| {
                let value: toml::Table = toml::from_str(&text).ok()?;
                let id = value.get("id")?.as_str()?.to_owned();
                let version = u64::try_from(value.get("version")?.as_integer()?).ok()?;
                Some((id, version))
            });
        // ACTIVE is written before highest.toml: after a crash between the two, the active
        // version still counts.
        match (recorded, self.active()) {
            (Some((_, v)), Some(a)) if a.version > v => Some((a.id, a.version)),
            (Some(r), _) => Some(r),
            (None, Some(a)) => Some((a.id, a.version)),
            (None, None) => None,
        }
    }

    /// At every start: remove leftovers, re-check the active bundle's files against its
    /// manifest, and fall back to the previous good bundle (or none: the built-in content)
    /// if it fails, saying why.
    pub fn open(&self) -> Opened {
        self.clean();
        let mut notes = Vec::new();
        let active_name = std::fs::read_to_string(self.root.join(ACTIVE))
            .ok()
            .map(|s| s.trim().to_owned());
        let mut candidates = self.versions();
        if let Some(name) = &active_name {
            // The active one first, then older ones; never something newer than it was.
            if let Some(pos) = candidates.iter().position(|(_, p)| p.ends_with(name)) {
                let active = candidates.remove(pos);
                candidates.retain(|(v, _)| *v < active.0);
                candidates.insert(0, active);
            }
        } else {
            candidates.clear();
        }
        for (i, (version, dir)) in candidates.iter().enumerate() {
            match verify_dir(dir) {
                Ok(m) => {
                    if i > 0 {
                        let name = format!("v{version}\n");
                        if let Err(e) = self.replace(ACTIVE, name.as_bytes()) {
                            notes.push(e);
                        }
                        notes.push(format!(
                            "showing the previous bundle, version {version}, instead"
                        ));
                    }
                    return Opened {
                        active: Some(Active {
                            id: m.id,
                            version: m.version,
                            dir: dir.clone(),
                            expires: m.expires,
                        }),
                        notes,
                    };
                }
                Err(why) => notes.push(format!(
                    "installed bundle version {version} is damaged: {why}"
                )),
            }
        }
        if !notes.is_empty() {
            notes.push("showing the built-in content instead".to_owned());
        }
        Opened {
            active: None,
            notes,
        }
    }

    /// Install `FILE.tar` with its signature `FILE.tar.minisig`.
    pub fn install(
        &self,
        archive: &Path,
        keys: &[TrustedKey],
        today: jiff::civil::Date,
    ) -> Result<Installed, InstallError> {
        let size = std::fs::metadata(archive)
            .map_err(|e| format!("{} cannot be read: {e}", archive.display()))?
            .len();
        if size > self.limits.max_archive {
            return Err(InstallError::Refused(format!(
                "the archive is {} MB; the limit is {} MB",
                mb(size),
                mb(self.limits.max_archive)
            )));
        }
        let sig_path = PathBuf::from(format!("{}.minisig", archive.display()));
        let signature = match std::fs::read(&sig_path) {
            Ok(bytes) if bytes.len() > 4096 => {
                return Err(InstallError::Refused(
                    "the signature file is far too large to be a minisign signature".to_owned(),
                ));
            }
            Ok(bytes) => Some(String::from_utf8_lossy(&bytes).into_owned()),
            Err(_) => None,
        };
        // Verify while copying: memory stays small whatever the archive's size, and nothing
        // of it is parsed before the signature checks out.
        let source = std::fs::File::open(archive)
            .map_err(|e| format!("{} cannot be read: {e}", archive.display()))?;
        std::fs::create_dir_all(&self.root).map_err(|e| io_error(&self.root, &e))?;
        let copy_path = self.root.join(INCOMING);
        let copy = std::fs::File::create(&copy_path).map_err(|e| io_error(&copy_path, &e))?;
        let mut tee = Tee {
            source,
            copy: std::io::BufWriter::new(copy),
            store: self,
            path: copy_path.clone(),
            position: 0,
            failed: None,
        };
        let verified = keys::verify_reader(&mut tee, signature.as_deref(), keys);
        let flushed = tee.copy.flush().map_err(|e| io_error(&copy_path, &e));
        let result = match (verified, tee.failed.take(), flushed) {
            (_, Some(why), _) | (Ok(_), None, Err(why)) | (Err(why), None, _) => {
                Err(InstallError::Refused(why))
            }
            (Ok(_), None, Ok(())) => match std::fs::File::open(&copy_path) {
                Ok(file) => self.install_verified(std::io::BufReader::new(file), today),
                Err(e) => Err(InstallError::Refused(io_error(&copy_path, &e))),
            },
        };
        let _ = std::fs::remove_file(&copy_path);
        result
    }

    /// Install an archive held in memory. Nothing is parsed before the signature verifies.
    pub fn install_bytes(
        &self,
        data: &[u8],
        signature: Option<&str>,
        keys: &[TrustedKey],
        today: jiff::civil::Date,
    ) -> Result<Installed, InstallError> {
        if data.len() as u64 > self.limits.max_archive {
            return Err(InstallError::Refused(format!(
                "the archive is {} MB; the limit is {} MB",
                mb(data.len() as u64),
                mb(self.limits.max_archive)
            )));
        }
        keys::verify(data, signature, keys)?;
        self.install_verified(std::io::Cursor::new(data), today)
    }

    /// Unpack and activate an archive whose signature was verified. From here on the bytes
    /// are signed by a trusted key, but still checked as untrusted.
    #[allow(
        clippy::too_many_lines,
        reason = "the install's steps in order, each refusal next to its check"
    )]
    fn install_verified<R: Read>(
        &self,
        mut reader: R,
        today: jiff::civil::Date,
    ) -> Result<Installed, InstallError> {
        let mut head = [0u8; 512];
        let got = read_up_to(&mut reader, &mut head)
            .map_err(|e| format!("the archive cannot be read: {e}"))?;
        if head.starts_with(&[0x1f, 0x8b]) {
            return Err(InstallError::Refused(
                "the archive is compressed (gzip): publish the plain .tar that \
                        `welcome-kiosk pack` makes"
                    .to_owned(),
            ));
        }
        if got < 512 || head.iter().all(|b| *b == 0) {
            return Err(InstallError::Refused("the archive is empty".to_owned()));
        }
        std::fs::create_dir_all(self.bundles()).map_err(|e| io_error(&self.bundles(), &e))?;
        self.clean();
        let mut archive = tar::Archive::new(std::io::Cursor::new(head).chain(reader));
        let mut entries = archive
            .entries()
            .map_err(|e| format!("the archive cannot be read: {e}"))?;
        let manifest_bytes = {
            let first = entries
                .next()
                .ok_or_else(|| "the archive is empty".to_owned())?
                .map_err(|e| format!("the archive is damaged: {e}"))?;
            let path = String::from_utf8_lossy(&first.path_bytes()).into_owned();
            if path != manifest::NAME || first.header().entry_type() != tar::EntryType::Regular {
                return Err(InstallError::Refused(format!(
                    "the first file of the archive must be manifest.toml, not \"{}\"",
                    path.escape_debug()
                )));
            }
            let mut bytes = Vec::new();
            first
                .take(manifest::MAX_BYTES as u64 + 1)
                .read_to_end(&mut bytes)
                .map_err(|e| format!("manifest.toml cannot be read: {e}"))?;
            if bytes.len() > manifest::MAX_BYTES {
                return Err(InstallError::Refused(format!(
                    "manifest.toml is larger than {} MB, more than a bundle within the limits \
                     can have",
                    mb(manifest::MAX_BYTES as u64)
                )));
            }
            bytes
        };
        let manifest_text = String::from_utf8(manifest_bytes.clone())
            .map_err(|_| "manifest.toml is not UTF-8 text".to_owned())?;
        let manifest = Manifest::parse(&manifest_text)?;
        if let Some((id, version)) = self.highest() {
            if manifest.id != id {
                return Err(InstallError::Refused(format!(
                    "this kiosk shows the bundle \"{id}\"; \"{}\" is a different bundle",
                    manifest.id
                )));
            }
            if manifest.version == version {
                return Err(InstallError::AlreadyInstalled(version));
            }
            if manifest.version < version {
                return Err(InstallError::Older {
                    offered: manifest.version,
                    installed: version,
                });
            }
        }
        if let Some(expires) = manifest.expires
            && expires < today
        {
            return Err(InstallError::Refused(format!(
                "this bundle expired on {expires}: publish a new version"
            )));
        }
        if manifest.files.len() > self.limits.max_files {
            return Err(InstallError::Refused(format!(
                "the bundle has {} files; the limit is {}",
                manifest.files.len(),
                self.limits.max_files
            )));
        }

        let name = format!("v{}", manifest.version);
        let stage = self.bundles().join(format!("{name}{TMP}"));
        let result = self
            .unpack(&mut entries, &manifest, &manifest_bytes, &stage)
            .and_then(|()| validate_staged(&stage, &manifest, today))
            .and_then(|admitted| {
                let final_dir = self.bundles().join(&name);
                if final_dir.exists() {
                    std::fs::remove_dir_all(&final_dir).map_err(|e| io_error(&final_dir, &e))?;
                }
                std::fs::rename(&stage, &final_dir).map_err(|e| io_error(&final_dir, &e))?;
                sync_dir(&self.bundles())?;
                self.replace(ACTIVE, format!("{name}\n").as_bytes())?;
                self.replace(
                    HIGHEST,
                    format!(
                        "id = \"{}\"\nversion = {}\n",
                        manifest.id.escape_default(),
                        manifest.version
                    )
                    .as_bytes(),
                )?;
                Ok((final_dir, admitted))
            });
        match result {
            Ok((dir, admitted)) => {
                self.prune();
                Ok(Installed {
                    active: Active {
                        id: manifest.id,
                        version: manifest.version,
                        dir,
                        expires: manifest.expires,
                    },
                    admitted,
                })
            }
            Err(why) => {
                let _ = std::fs::remove_dir_all(&stage);
                // Renamed but never made active (the disk filled up at the last step, say).
                if self.active().map(|a| a.version) != Some(manifest.version) {
                    let _ = std::fs::remove_dir_all(self.bundles().join(&name));
                }
                self.clean();
                Err(InstallError::Refused(why))
            }
        }
    }

    /// Keep the active bundle and the newest older one; remove the rest.
    fn prune(&self) {
        let active = self.active().map(|a| a.version);
        let mut kept_previous = false;
        for (version, dir) in self.versions() {
            if Some(version) == active {
                continue;
            }
            if !kept_previous && active.is_some_and(|a| version < a) {
                kept_previous = true;
                continue;
            }
            let _ = std::fs::remove_dir_all(dir);
        }
    }
}

/// The unpacked files must be admitted (`crate::admission`), and say the same id and version
/// as the manifest. The admitted content is kept: it is what the kiosk shows next.
fn validate_staged(
    stage: &Path,
    manifest: &Manifest,
    today: jiff::civil::Date,
) -> Result<crate::admission::Admitted, String> {
    let admitted = crate::admission::admit_dir(
        stage,
        &crate::content::Options {
            today: Some(today),
            ..Default::default()
        },
    );
    let mut errors: Vec<String> = Vec::new();
    match &admitted {
        Err(problems) => errors.extend(
            problems
                .iter()
                .filter(|d| d.is_error())
                .map(ToString::to_string),
        ),
        Ok(admitted) => {
            let meta = &admitted.content.meta;
            if meta.id != manifest.id || meta.version != manifest.version {
                errors.push(format!(
                    "bundle.toml says {} version {}, but manifest.toml says {} version {}",
                    meta.id, meta.version, manifest.id, manifest.version
                ));
            }
        }
    }
    if errors.is_empty()
        && let Ok(admitted) = admitted
    {
        return Ok(admitted);
    }
    let shown: Vec<String> = errors.iter().take(3).cloned().collect();
    let more = errors.len().saturating_sub(3);
    Err(format!(
        "the content has errors: {}{}",
        shown.join("; "),
        if more > 0 {
            format!(" (and {more} more)")
        } else {
            String::new()
        }
    ))
}
