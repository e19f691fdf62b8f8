//! Files written whole or not at all, for everything the kiosk keeps in its state directory
//! (settings, usage counts, health, alerts) and the metrics file.

use std::path::Path;

/// Write `text` to `path` whole or not at all: a temporary file beside it, flushed to the
/// disk, then renamed over it (and the folder flushed), so a crash or power cut at any moment
/// leaves the old file or the new one, never a mix.
pub fn write_atomically(path: &Path, text: &str) -> std::io::Result<()> {
    write_with_mode(path, text, None)
}

/// [`write_atomically`], readable by everyone (`0644`, whatever the umask): for the metrics
/// file, which node_exporter reads as another user.
pub fn write_readable(path: &Path, text: &str) -> std::io::Result<()> {
    write_with_mode(path, text, Some(0o644))
}

fn write_with_mode(path: &Path, text: &str, mode: Option<u32>) -> std::io::Result<()> {
    use std::io::Write as _;
    use std::os::unix::fs::PermissionsExt as _;
    let dir = path.parent().unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir)?;
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let tmp = dir.join(format!(".{name}.tmp"));
    let mut file = std::fs::File::create(&tmp)?;
    if let Some(mode) = mode {
        file.set_permissions(std::fs::Permissions::from_mode(mode))?;
    }
    file.write_all(text.as_bytes())?;
    file.sync_all()?;
    drop(file);
    std::fs::rename(&tmp, path)?;
    if let Ok(dir) = std::fs::File::open(dir) {
        let _ = dir.sync_all();
    }
    Ok(())
}
