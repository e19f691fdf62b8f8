//! `manifest.toml`: the first file of a published bundle. It names the bundle and lists every
//! other file with its SHA-256; the signature over the whole archive covers it.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use serde::Deserialize;
use sha2::{Digest, Sha256};

pub const NAME: &str = "manifest.toml";

/// The longest a manifest can be for a bundle within the limits: every one of
/// `MAX_FILES` files with the longest path (each character escaped) and its hash, plus the
/// header. Derived from the content limits, so a bundle that `pack` accepts always installs.
pub const MAX_BYTES: usize = crate::content::limits::MAX_FILES * ENTRY_BYTES + 4096;

/// Room for one `"path" = "hash"` line at most.
const ENTRY_BYTES: usize = 2 * crate::content::limits::MAX_PATH_BYTES + 80;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Manifest {
    pub id: String,
    pub version: u64,
    pub expires: Option<jiff::civil::Date>,
    /// Relative path → lowercase hex SHA-256.
    pub files: BTreeMap<String, String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Raw {
    id: String,
    version: u64,
    expires: Option<toml::value::Datetime>,
    files: BTreeMap<String, String>,
}

pub fn sha256_hex(bytes: &[u8]) -> String {
    hex(&Sha256::digest(bytes))
}

pub fn hex(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        let _ = write!(out, "{b:02x}");
    }
    out
}

impl Manifest {
    pub fn to_toml(&self) -> String {
        let mut out = String::from(
            "# Written by `welcome-kiosk pack`. Every file of the bundle with its SHA-256;\n\
             # the signature of the archive covers this list.\n",
        );
        let _ = writeln!(out, "id = {}", quote(&self.id));
        let _ = writeln!(out, "version = {}", self.version);
        if let Some(expires) = self.expires {
            let _ = writeln!(out, "expires = {expires}");
        }
        out.push_str("\n[files]\n");
        for (path, hash) in &self.files {
            let _ = writeln!(out, "{} = \"{hash}\"", quote(path));
        }
        out
    }

    /// Parse strictly: a manifest is machine-written, so anything unexpected is refused.
    pub fn parse(text: &str) -> Result<Self, String> {
        if text.starts_with('\u{FEFF}') {
            return Err("manifest.toml starts with a byte-order mark: it was not written by `welcome-kiosk pack`".to_owned());
        }
        let raw: Raw = toml::from_str(text).map_err(|e| {
            let at = e.span().map_or(String::new(), |s| {
                let p = crate::content::Position::of_offset(text, s.start);
                format!(" (line {})", p.line)
            });
            format!("manifest.toml cannot be read{at}: {}", e.message().trim())
        })?;
        let expires = match raw.expires {
            None => None,
            Some(dt) => match (dt.date, dt.time) {
                (Some(d), None) => Some(
                    jiff::civil::Date::new(
                        i16::try_from(d.year).unwrap_or(i16::MAX),
                        i8::try_from(d.month).unwrap_or(i8::MAX),
                        i8::try_from(d.day).unwrap_or(i8::MAX),
                    )
                    .map_err(|_| "manifest.toml: `expires` is not a real date".to_owned())?,
                ),
                _ => {
                    return Err(
                        "manifest.toml: `expires` must be a date like 2027-12-31".to_owned()
                    );
                }
            },
        };
        for (path, hash) in &raw.files {
            if hash.len() != 64
                || !hash
                    .chars()
                    .all(|c| c.is_ascii_hexdigit() && !c.is_ascii_uppercase())
            {
                return Err(format!(
                    "manifest.toml: the hash of \"{path}\" is not a SHA-256"
                ));
            }
            check_path(path)?;
        }
        if raw.version == 0 {
            return Err("manifest.toml: `version` must be 1 or more".to_owned());
        }
        Ok(Self {
            id: raw.id,
            version: raw.version,
            expires,
            files: raw.files,
        })
    }
}

fn quote(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// A path inside a bundle: relative, `/`-separated, no `..`, no empty or hidden parts, no
/// control characters. Everything an archive entry or manifest line names must pass this.
pub fn check_path(path: &str) -> Result<(), String> {
    let shown = path.escape_debug();
    if path.is_empty() {
        return Err("an archive entry has an empty name".to_owned());
    }
    if path.starts_with('/') || path.starts_with('\\') || path.get(1..2) == Some(":") {
        return Err(format!(
            "\"{shown}\" is an absolute path: files must stay inside the bundle"
        ));
    }
    if path.contains('\\') {
        return Err(format!("\"{shown}\" contains a backslash"));
    }
    for part in path.split('/') {
        match part {
            ".." => return Err(format!("\"{shown}\" climbs out of the bundle with \"..\"")),
            "" | "." => return Err(format!("\"{shown}\" has an empty or \".\" part")),
            p if p.starts_with('.') => return Err(format!("\"{shown}\" is a hidden file")),
            _ => {}
        }
    }
    if path.chars().any(char::is_control) {
        return Err(format!("\"{shown}\" contains control characters"));
    }
    if path.len() > crate::content::limits::MAX_PATH_BYTES || path.split('/').count() > 4 {
        return Err(format!("\"{shown}\" is nested too deeply or too long"));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_longest_manifest_of_a_bundle_within_the_limits_fits_the_cap() {
        use crate::content::limits::{MAX_FILES, MAX_PATH_BYTES};
        // The worst line: a path of the longest length, every character escaped.
        let path = "\\".repeat(MAX_PATH_BYTES);
        let mut files = BTreeMap::new();
        files.insert(path, sha256_hex(b"x"));
        let one = Manifest {
            id: "o".repeat(MAX_PATH_BYTES),
            version: u64::MAX,
            expires: Some(jiff::civil::date(2027, 1, 31)),
            files,
        }
        .to_toml();
        let header = one.find("[files]").unwrap_or(0) + "[files]\n".len();
        let line = one.len() - header;
        assert!(line <= ENTRY_BYTES, "{line}");
        assert!(header + MAX_FILES * line <= MAX_BYTES);
    }

    #[test]
    fn round_trip() {
        let mut files = BTreeMap::new();
        files.insert("bundle.toml".to_owned(), sha256_hex(b"x"));
        files.insert("guides/a \"b\".md".to_owned(), sha256_hex(b"y"));
        let m = Manifest {
            id: "org.example".to_owned(),
            version: 3,
            expires: Some(jiff::civil::date(2027, 1, 31)),
            files,
        };
        assert_eq!(Manifest::parse(&m.to_toml()), Ok(m));
    }

    #[test]
    fn paths_must_stay_inside() {
        for bad in [
            "/etc/passwd",
            "../x",
            "a/../b",
            "a//b",
            ".hidden",
            "a/./b",
            "c:\\x",
            "a\\b",
        ] {
            assert!(check_path(bad).is_err(), "{bad}");
        }
        assert!(check_path("images/union-desk.png").is_ok());
    }
}
