//! The archive target: a tar, signed with a key made for the fuzzer (nothing is parsed
//! before a signature verifies, so unsigned bytes would never get past it), installed into
//! a store in a scratch folder, then the store opened as at every start. With the first byte
//! odd, the archive's manifest is first rewritten to list the archive's files with their
//! true hashes, so that mutated archives get past the hash checks to the rest.

use std::collections::BTreeMap;
use std::io::{Cursor, Read};
use std::path::PathBuf;
use std::sync::OnceLock;

use crate::publish::manifest::{self, Manifest};
use crate::publish::{Store, TrustedKey};

struct Keys {
    public: TrustedKey,
    secret: minisign::SecretKey,
}

fn keys() -> Option<&'static Keys> {
    static KEYS: OnceLock<Option<Keys>> = OnceLock::new();
    KEYS.get_or_init(|| {
        let pair = minisign::KeyPair::generate_unencrypted_keypair().ok()?;
        Some(Keys {
            public: TrustedKey::parse(&pair.pk.to_base64()).ok()?,
            secret: pair.sk,
        })
    })
    .as_ref()
}

/// A folder of this process in memory where there is one (`/dev/shm`): an install syncs
/// every file, which on a disk would make the fuzzer crawl.
fn scratch() -> PathBuf {
    let base = if std::path::Path::new("/dev/shm").is_dir() {
        PathBuf::from("/dev/shm")
    } else {
        std::env::temp_dir()
    };
    base.join(format!("welcome-kiosk-fuzz-{}", std::process::id()))
}

pub fn archive(data: &[u8]) {
    let Some((mode, rest)) = data.split_first() else {
        return;
    };
    let Some(keys) = keys() else {
        return;
    };
    let tar = if mode & 1 == 1 {
        with_true_manifest(rest)
    } else {
        rest.to_vec()
    };
    let Ok(signature) = minisign::sign(None, &keys.secret, Cursor::new(&tar), Some("fuzz"), None)
    else {
        return;
    };
    let root = scratch();
    let _ = std::fs::remove_dir_all(&root);
    let store = Store::new(&root);
    let _ = store.install_bytes(
        &tar,
        Some(&signature.into_string()),
        std::slice::from_ref(&keys.public),
        super::today(),
    );
    let _ = store.open();
    let _ = std::fs::remove_dir_all(&root);
}

struct Entry {
    path: Vec<u8>,
    kind: tar::EntryType,
    link: Option<Vec<u8>>,
    data: Vec<u8>,
}

/// The archive's entries (as far as they can be read) behind a manifest that lists every
/// regular file with its real hash; the id, version and expiry of the old manifest are kept.
fn with_true_manifest(tar_bytes: &[u8]) -> Vec<u8> {
    let mut entries = Vec::new();
    let mut old: Option<Manifest> = None;
    let mut archive = tar::Archive::new(Cursor::new(tar_bytes));
    if let Ok(list) = archive.entries() {
        for entry in list.take(256) {
            let Ok(mut entry) = entry else { break };
            let path = entry.path_bytes().to_vec();
            let kind = entry.header().entry_type();
            let link = entry.link_name_bytes().map(|l| l.to_vec());
            let mut data = Vec::new();
            if (&mut entry).take(1 << 20).read_to_end(&mut data).is_err() {
                break;
            }
            if path == manifest::NAME.as_bytes() && old.is_none() && entries.is_empty() {
                old = Manifest::parse(&String::from_utf8_lossy(&data)).ok();
                continue;
            }
            entries.push(Entry {
                path,
                kind,
                link,
                data,
            });
        }
    }
    let files: BTreeMap<String, String> = entries
        .iter()
        .filter(|e| e.kind == tar::EntryType::Regular)
        .map(|e| {
            (
                String::from_utf8_lossy(&e.path).into_owned(),
                manifest::sha256_hex(&e.data),
            )
        })
        .collect();
    let manifest = Manifest {
        id: old
            .as_ref()
            .map_or_else(|| "org.example.fuzz".to_owned(), |m| m.id.clone()),
        version: old.as_ref().map_or(1, |m| m.version),
        expires: old.as_ref().and_then(|m| m.expires),
        files,
    };
    let mut out = Vec::new();
    let head = Entry {
        path: manifest::NAME.as_bytes().to_vec(),
        kind: tar::EntryType::Regular,
        link: None,
        data: manifest.to_toml().into_bytes(),
    };
    for entry in std::iter::once(&head).chain(&entries) {
        write_entry(&mut out, entry);
    }
    out.extend(std::iter::repeat_n(0u8, 1024));
    out
}

/// One entry with a header written by hand: names are kept byte for byte (the tar crate's
/// own writer refuses hostile ones, which are the point here).
fn write_entry(out: &mut Vec<u8>, entry: &Entry) {
    let mut header = tar::Header::new_old();
    {
        let old = header.as_old_mut();
        let n = entry.path.len().min(99);
        old.name[..n].copy_from_slice(&entry.path[..n]);
        if let Some(link) = &entry.link {
            let n = link.len().min(99);
            old.linkname[..n].copy_from_slice(&link[..n]);
        }
    }
    header.set_entry_type(entry.kind);
    header.set_size(entry.data.len() as u64);
    header.set_mode(0o644);
    header.set_mtime(0);
    header.set_cksum();
    out.extend_from_slice(header.as_bytes());
    out.extend_from_slice(&entry.data);
    out.extend(std::iter::repeat_n(
        0u8,
        (512 - entry.data.len() % 512) % 512,
    ));
}
