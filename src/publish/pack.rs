//! `welcome-kiosk pack DIR`: a validated bundle as one plain tar, `manifest.toml` first.

use std::collections::BTreeMap;
use std::path::Path;

use super::manifest::{self, Manifest};
use crate::content::{Diagnostics, Directory, Source};

pub enum PackError {
    /// The bundle has errors: nothing was written.
    Invalid(Diagnostics),
    Failed(String),
}

/// Validate `dir` and write `out`. Archives are reproducible: same files, same bytes.
pub fn pack(
    dir: &Path,
    out: &Path,
    options: &crate::content::Options,
) -> Result<(Manifest, Diagnostics), PackError> {
    let source = Directory::new(dir);
    let admitted = crate::admission::admit(&source, options).map_err(PackError::Invalid)?;
    let (content, diagnostics) = (admitted.content, admitted.diagnostics);
    let files = source
        .files()
        .map_err(|e| PackError::Failed(format!("{}: {e}", dir.display())))?;
    let mut hashes = BTreeMap::new();
    let mut data = Vec::new();
    // Earlier archives, signatures and channel files lying in the folder are not the bundle
    // (packing them would double the archive with every publication).
    for file in files
        .iter()
        .filter(|f| *f != manifest::NAME && !crate::content::load::is_publishing_artifact(f))
    {
        manifest::check_path(file).map_err(PackError::Failed)?;
        let bytes = source
            .read(file)
            .map_err(|e| PackError::Failed(format!("{file}: {e}")))?;
        hashes.insert(file.clone(), manifest::sha256_hex(&bytes));
        data.push((file.clone(), bytes));
    }
    let manifest = Manifest {
        id: content.meta.id.clone(),
        version: content.meta.version,
        expires: content.meta.expires,
        files: hashes,
    };
    let fail = |e: std::io::Error| PackError::Failed(format!("{}: {e}", out.display()));
    let file = std::fs::File::create(out).map_err(fail)?;
    let mut builder = tar::Builder::new(std::io::BufWriter::new(file));
    builder.mode(tar::HeaderMode::Deterministic);
    let mut add = |path: &str, bytes: &[u8]| -> std::io::Result<()> {
        let mut header = tar::Header::new_gnu();
        header.set_entry_type(tar::EntryType::Regular);
        header.set_size(bytes.len() as u64);
        header.set_mode(0o644);
        header.set_mtime(0);
        header.set_uid(0);
        header.set_gid(0);
        builder.append_data(&mut header, path, bytes)
    };
    add(manifest::NAME, manifest.to_toml().as_bytes()).map_err(fail)?;
    for (path, bytes) in &data {
        add(path, bytes).map_err(fail)?;
    }
    builder
        .into_inner()
        .and_then(|w| w.into_inner().map_err(std::io::IntoInnerError::into_error))
        .and_then(|f| f.sync_all())
        .map_err(fail)?;
    Ok((manifest, diagnostics))
}
