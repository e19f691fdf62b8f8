//! Reading archives: the reader that copies what is verified, the streaming unpack of a tar
//! entry by entry with every path, type, size and hash checked, the re-check of an installed
//! bundle against its manifest, and the file-system helpers (fsync of folders, full-disk
//! errors) that installing relies on. What is installed when is decided in `store`.

use std::collections::BTreeSet;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

use super::manifest::{self, Manifest};
use super::store::{Store, mb};

/// Copies everything read through it into a file: the archive being verified is hashed and
/// copied in one pass, so the copy that is then unpacked is exactly the bytes that were
/// verified (a USB stick's file may change while it is read), with bounded memory.
pub(super) struct Tee<'a> {
    pub(super) source: std::fs::File,
    pub(super) copy: std::io::BufWriter<std::fs::File>,
    pub(super) store: &'a Store,
    pub(super) path: PathBuf,
    pub(super) position: u64,
    pub(super) failed: Option<String>,
}

impl Read for Tee<'_> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.source.read(buf)?;
        if let Err(why) = self.store.spend(n as u64, &self.path).and_then(|()| {
            self.copy
                .write_all(&buf[..n])
                .map_err(|e| io_error(&self.path, &e))
        }) {
            self.failed = Some(why.clone());
            return Err(std::io::Error::other(why));
        }
        self.position += n as u64;
        Ok(n)
    }
}

impl std::io::Seek for Tee<'_> {
    /// Only "where am I" is answered: the verifier reads straight through.
    fn seek(&mut self, to: std::io::SeekFrom) -> std::io::Result<u64> {
        match to {
            std::io::SeekFrom::Current(0) => Ok(self.position),
            _ => Err(std::io::Error::other(
                "the archive is read once, from start to end",
            )),
        }
    }
}

impl Store {
    #[allow(
        clippy::too_many_lines,
        reason = "every check on every tar entry in one streaming pass"
    )]
    pub(super) fn unpack<R: Read>(
        &self,
        entries: &mut tar::Entries<'_, R>,
        manifest: &Manifest,
        manifest_bytes: &[u8],
        stage: &Path,
    ) -> Result<(), String> {
        std::fs::create_dir_all(stage).map_err(|e| io_error(stage, &e))?;
        self.write_file(&stage.join(manifest::NAME), manifest_bytes)?;
        let mut seen: BTreeSet<String> = BTreeSet::new();
        let mut dirs: BTreeSet<PathBuf> = BTreeSet::new();
        let mut total = 0u64;
        for entry in entries {
            let entry = entry.map_err(|e| format!("the archive is damaged: {e}"))?;
            let path = String::from_utf8(entry.path_bytes().to_vec())
                .map_err(|_| "an archive entry's name is not UTF-8".to_owned())?;
            let kind = entry.header().entry_type();
            // Folders are made as their files need them (GNU tar lists them, `pack` does not).
            if kind == tar::EntryType::Directory {
                continue;
            }
            // `tar -cf x.tar .` writes "./guides/…": the same path.
            let path = path.strip_prefix("./").map(str::to_owned).unwrap_or(path);
            manifest::check_path(&path)?;
            match kind {
                tar::EntryType::Regular | tar::EntryType::Continuous => {}
                tar::EntryType::Symlink => {
                    return Err(format!(
                        "\"{path}\" is a symbolic link: only ordinary files are accepted"
                    ));
                }
                tar::EntryType::Link => {
                    return Err(format!(
                        "\"{path}\" is a hard link: only ordinary files are accepted"
                    ));
                }
                tar::EntryType::Char | tar::EntryType::Block => {
                    return Err(format!(
                        "\"{path}\" is a device file: only ordinary files are accepted"
                    ));
                }
                tar::EntryType::Fifo => {
                    return Err(format!(
                        "\"{path}\" is a pipe: only ordinary files are accepted"
                    ));
                }
                other => {
                    return Err(format!(
                        "\"{path}\" is an unsupported kind of entry ({other:?})"
                    ));
                }
            }
            if path == manifest::NAME || !seen.insert(path.clone()) {
                return Err(format!("\"{path}\" appears twice in the archive"));
            }
            let Some(expected) = manifest.files.get(&path) else {
                return Err(format!(
                    "\"{path}\" is in the archive but not in manifest.toml"
                ));
            };
            if seen.len() > self.limits.max_files {
                return Err(format!(
                    "the archive has more than {} files",
                    self.limits.max_files
                ));
            }
            let size = entry
                .header()
                .size()
                .map_err(|e| format!("\"{path}\": {e}"))?;
            if size > self.limits.max_file {
                return Err(format!(
                    "\"{path}\" is {} MB; the limit per file is {} MB",
                    mb(size),
                    mb(self.limits.max_file)
                ));
            }
            total += size;
            if total > self.limits.max_total {
                return Err(format!(
                    "the files add up to more than {} MB",
                    mb(self.limits.max_total)
                ));
            }
            let target = stage.join(&path);
            if let Some(parent) = target.parent() {
                std::fs::create_dir_all(parent).map_err(|e| {
                    if parent.is_file() || e.kind() == std::io::ErrorKind::AlreadyExists {
                        let folder = parent.strip_prefix(stage).unwrap_or(parent).display();
                        format!(
                            "\"{path}\" needs a folder \"{folder}\", but the archive also has a \
                             file of that name"
                        )
                    } else {
                        io_error(parent, &e)
                    }
                })?;
                let mut dir = parent.to_path_buf();
                while dir.starts_with(stage) && dirs.insert(dir.clone()) && dir != stage {
                    if !dir.pop() {
                        break;
                    }
                }
            }
            let mut file = std::fs::OpenOptions::new()
                .write(true)
                .create_new(true)
                .open(&target)
                .map_err(|e| {
                    if target.is_dir() {
                        format!(
                            "\"{path}\" is a file in the archive, but other files in it need a \
                             folder of that name"
                        )
                    } else {
                        io_error(&target, &e)
                    }
                })?;
            let mut hasher = Sha256::new();
            let mut reader = entry.take(self.limits.max_file + 1);
            let mut buf = vec![0u8; 64 * 1024];
            let mut written = 0u64;
            loop {
                let n = reader
                    .read(&mut buf)
                    .map_err(|e| format!("\"{path}\": {e}"))?;
                if n == 0 {
                    break;
                }
                written += n as u64;
                if written > self.limits.max_file {
                    return Err(format!(
                        "\"{path}\" is larger than its size in the archive says"
                    ));
                }
                self.spend(n as u64, &target)?;
                hasher.update(&buf[..n]);
                file.write_all(&buf[..n])
                    .map_err(|e| io_error(&target, &e))?;
            }
            file.sync_all().map_err(|e| io_error(&target, &e))?;
            if manifest::hex(&hasher.finalize()) != *expected {
                return Err(format!(
                    "\"{path}\" does not match its SHA-256 in manifest.toml: it was changed after \
                     packing"
                ));
            }
        }
        if let Some(missing) = manifest.files.keys().find(|p| !seen.contains(*p)) {
            return Err(format!(
                "manifest.toml lists \"{missing}\", but the archive does not contain it"
            ));
        }
        for dir in dirs.iter().rev() {
            sync_dir(dir)?;
        }
        sync_dir(stage)
    }
}

/// Re-hash every file of an installed bundle against its manifest; no file may be missing,
/// changed or added.
pub fn verify_dir(dir: &Path) -> Result<Manifest, String> {
    let text = std::fs::read_to_string(dir.join(manifest::NAME))
        .map_err(|e| format!("its manifest.toml cannot be read ({e})"))?;
    let manifest = Manifest::parse(&text)?;
    let files = crate::content::Source::files(&crate::content::Directory::new(dir))
        .map_err(|e| format!("its files cannot be listed ({e})"))?;
    for file in &files {
        if file == manifest::NAME {
            continue;
        }
        let Some(expected) = manifest.files.get(file) else {
            return Err(format!("\"{file}\" was added after installation"));
        };
        let bytes = std::fs::read(dir.join(file))
            .map_err(|e| format!("\"{file}\" cannot be read ({e})"))?;
        if manifest::sha256_hex(&bytes) != *expected {
            return Err(format!("\"{file}\" no longer matches its SHA-256"));
        }
    }
    if let Some(missing) = manifest.files.keys().find(|p| !files.contains(p)) {
        return Err(format!("\"{missing}\" is missing"));
    }
    Ok(manifest)
}

/// Fill `buf` as far as the reader goes; how much was read.
pub(super) fn read_up_to(reader: &mut impl Read, buf: &mut [u8]) -> std::io::Result<usize> {
    let mut got = 0;
    while got < buf.len() {
        match reader.read(&mut buf[got..])? {
            0 => break,
            n => got += n,
        }
    }
    Ok(got)
}

pub(super) fn sync_dir(dir: &Path) -> Result<(), String> {
    std::fs::File::open(dir)
        .and_then(|d| d.sync_all())
        .map_err(|e| io_error(dir, &e))
}

pub(super) fn disk_full(path: &Path) -> String {
    format!(
        "the kiosk's disk is full while writing {}: free some space; the current content stays",
        path.display()
    )
}

pub(super) fn io_error(path: &Path, e: &std::io::Error) -> String {
    if e.kind() == std::io::ErrorKind::StorageFull || e.raw_os_error() == Some(28) {
        disk_full(path)
    } else {
        format!("{}: {e}", path.display())
    }
}
