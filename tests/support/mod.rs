//! Helpers for the publishing tests: bundles, archives (including malicious ones), keys.
#![allow(dead_code)]

pub mod big;
pub mod http;

use std::collections::BTreeMap;
use std::io::Cursor;
use std::path::{Path, PathBuf};

use welcome_kiosk::publish::manifest::{self, Manifest};
use welcome_kiosk::publish::{Store, TrustedKey};

pub fn today() -> jiff::civil::Date {
    jiff::civil::date(2026, 11, 22)
}

/// A signing key pair made for the test.
pub struct Signer {
    pub public: TrustedKey,
    secret: minisign::SecretKey,
}

impl Signer {
    pub fn new() -> Self {
        let pair =
            minisign::KeyPair::generate_unencrypted_keypair().unwrap_or_else(|e| panic!("{e}"));
        Self {
            public: TrustedKey::parse(&pair.pk.to_base64()).unwrap_or_else(|e| panic!("{e}")),
            secret: pair.sk,
        }
    }

    pub fn sign(&self, data: &[u8]) -> String {
        minisign::sign(None, &self.secret, Cursor::new(data), Some("test"), None)
            .unwrap_or_else(|e| panic!("{e}"))
            .into_string()
    }
}

/// A small valid bundle as (path, bytes), with the given version.
pub fn small_bundle(version: u64) -> Vec<(String, Vec<u8>)> {
    let png = {
        let mut out = Vec::new();
        let img = image::RgbaImage::from_pixel(64, 36, image::Rgba([30, 80, 140, 255]));
        let _ = img.write_to(&mut Cursor::new(&mut out), image::ImageFormat::Png);
        out
    };
    vec![
        (
            "bundle.toml".into(),
            format!(
                "id = \"org.example.test\"\nversion = {version}\nname = \"Test Centre\"\n\
                 default_language = \"en\"\nlanguages = [\"en\", \"fr\"]\ntimezone = \"Europe/Brussels\"\n"
            )
            .into_bytes(),
        ),
        ("contacts/emergency.toml".into(), b"phones = [\"112\"]\nfree = true\nurgent = true\n".to_vec()),
        ("contacts/emergency.en.md".into(), b"# Emergency\n\nCall 112.\n".to_vec()),
        ("guides/union.toml".into(), b"icon = \"union\"\nimage = \"desk.png\"\n".to_vec()),
        (
            "guides/union.en.md".into(),
            format!("# Joining a union (version {version})\n\nUnions help workers.\n").into_bytes(),
        ),
        ("guides/union.fr.md".into(), "# Adhérer à un syndicat\n\nLes syndicats aident.\n".as_bytes().to_vec()),
        ("images/desk.png".into(), png),
    ]
}

pub fn write_dir(dir: &Path, files: &[(String, Vec<u8>)]) {
    for (path, bytes) in files {
        let full = dir.join(path);
        if let Some(parent) = full.parent() {
            std::fs::create_dir_all(parent).unwrap_or_else(|e| panic!("{e}"));
        }
        std::fs::write(&full, bytes).unwrap_or_else(|e| panic!("{e}"));
    }
}

pub fn manifest_of(files: &[(String, Vec<u8>)], version: u64) -> Manifest {
    Manifest {
        id: "org.example.test".into(),
        version,
        expires: None,
        files: files
            .iter()
            .map(|(p, b)| (p.clone(), manifest::sha256_hex(b)))
            .collect::<BTreeMap<_, _>>(),
    }
}

/// One raw archive entry; names are written byte for byte, so hostile names are possible.
pub struct Entry {
    pub path: Vec<u8>,
    pub kind: tar::EntryType,
    pub data: Vec<u8>,
    pub link: Option<Vec<u8>>,
}

impl Entry {
    pub fn file(path: &str, data: &[u8]) -> Self {
        Self {
            path: path.as_bytes().to_vec(),
            kind: tar::EntryType::Regular,
            data: data.to_vec(),
            link: None,
        }
    }
}

/// A tar of the entries, with headers written by hand (the tar crate refuses bad names).
pub fn raw_tar(entries: &[Entry]) -> Vec<u8> {
    let mut out = Vec::new();
    for e in entries {
        let mut header = tar::Header::new_old();
        {
            let old = header.as_old_mut();
            let n = e.path.len().min(99);
            old.name[..n].copy_from_slice(&e.path[..n]);
            if let Some(link) = &e.link {
                let n = link.len().min(99);
                old.linkname[..n].copy_from_slice(&link[..n]);
            }
        }
        header.set_entry_type(e.kind);
        header.set_size(e.data.len() as u64);
        header.set_mode(0o644);
        header.set_mtime(0);
        header.set_cksum();
        out.extend_from_slice(header.as_bytes());
        out.extend_from_slice(&e.data);
        let pad = (512 - e.data.len() % 512) % 512;
        out.extend(std::iter::repeat_n(0u8, pad));
    }
    out.extend(std::iter::repeat_n(0u8, 1024));
    out
}

/// The archive `pack` would make: manifest first, then the files.
pub fn archive(files: &[(String, Vec<u8>)], manifest: &Manifest) -> Vec<u8> {
    let mut entries = vec![Entry::file(manifest::NAME, manifest.to_toml().as_bytes())];
    entries.extend(files.iter().map(|(p, b)| Entry::file(p, b)));
    raw_tar(&entries)
}

pub fn good_archive(version: u64) -> Vec<u8> {
    let files = small_bundle(version);
    archive(&files, &manifest_of(&files, version))
}

/// Write `name` and `name.minisig` into `dir`; returns the archive path.
pub fn publish(dir: &Path, name: &str, data: &[u8], signature: Option<&str>) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, data).unwrap_or_else(|e| panic!("{e}"));
    if let Some(sig) = signature {
        std::fs::write(format!("{}.minisig", path.display()), sig)
            .unwrap_or_else(|e| panic!("{e}"));
    }
    path
}

/// Every file under the state directory with its bytes: "byte for byte unchanged" checks.
pub fn snapshot(root: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut out = BTreeMap::new();
    let mut stack = vec![root.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else {
                let rel = path
                    .strip_prefix(root)
                    .map(|p| p.display().to_string())
                    .unwrap_or_default();
                out.insert(rel, std::fs::read(&path).unwrap_or_default());
            }
        }
    }
    out
}

/// A store with version `version` of the small bundle installed.
pub fn store_with(root: &Path, signer: &Signer, version: u64) -> Store {
    let store = Store::new(root);
    let data = good_archive(version);
    let sig = signer.sign(&data);
    let result = store.install_bytes(
        &data,
        Some(&sig),
        std::slice::from_ref(&signer.public),
        today(),
    );
    assert!(result.is_ok(), "{result:?}");
    store
}

/// CRC-32 (IEEE), to forge PNG chunks.
pub fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = 0xFFFF_FFFFu32;
    for b in bytes {
        crc ^= u32::from(*b);
        for _ in 0..8 {
            crc = if crc & 1 == 1 {
                (crc >> 1) ^ 0xEDB8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}
