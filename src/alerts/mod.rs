//! Emergency alerts: CAP 1.2 files (`cap`), signed with the same minisign keys as bundles,
//! delivered by the same two paths (the watched USB folder and the channel), kept in
//! `<state_dir>/alerts/` until they expire or are cancelled. No GUI code here.
//!
//! An alert is shown when it is signed by a trusted key, well-formed, `Actual`, of type
//! `Alert` or `Update`, and not expired; `Cancel` removes the alerts it references, `Update`
//! replaces them. Everything else is refused with a reason for the volunteer panel.

pub mod cap;

use std::path::{Path, PathBuf};

use jiff::Timestamp;

use crate::lang::Lang;
use crate::publish::TrustedKey;
use cap::{Alert, Info, MsgType, Severity, Status};

/// The alerts' folder inside the state directory.
pub const DIR: &str = "alerts";
/// More alerts than this at once are not kept (the oldest go first).
pub const MAX_ACTIVE: usize = 32;

/// Check an offered alert: size, then signature, then content. The reason, if refused, is
/// one plain sentence for the volunteer panel.
pub fn admit(
    bytes: &[u8],
    signature: Option<&str>,
    keys: &[TrustedKey],
    now: Timestamp,
) -> Result<Alert, String> {
    if bytes.len() > cap::MAX_BYTES {
        return Err(format!(
            "the alert file is {} KB, more than the {} KB an alert may have",
            bytes.len() / 1024,
            cap::MAX_BYTES / 1024
        ));
    }
    crate::publish::keys::verify(bytes, signature, keys).map_err(|why| {
        why.replace("the archive", "the alert")
            .replace("bundle", "alert")
    })?;
    let alert = cap::parse(bytes)?;
    check(&alert, now)?;
    Ok(alert)
}

/// Whether a well-formed alert can be shown at `now` (signature aside): `Actual`, a kind the
/// kiosk shows, an end time in the future, language tags it understands.
pub fn check(alert: &Alert, now: Timestamp) -> Result<(), String> {
    match alert.status {
        Status::Actual => {}
        other => {
            return Err(format!(
                "its status is {}: only \"Actual\" alerts are shown",
                other.as_str()
            ));
        }
    }
    match alert.msg_type {
        MsgType::Alert | MsgType::Update | MsgType::Cancel => {}
        other => {
            return Err(format!(
                "it is a CAP \"{}\" message: the kiosk shows Alert, Update and Cancel",
                other.as_str()
            ));
        }
    }
    if alert.msg_type == MsgType::Cancel {
        return Ok(());
    }
    if alert.infos.is_empty() {
        return Err("it has no <info> block, so there is nothing to show".to_owned());
    }
    if let Some(i) = alert.infos.iter().position(|i| i.expires.is_none()) {
        return Err(format!(
            "<info> number {} has no <expires>: an alert must say when it ends",
            i + 1
        ));
    }
    if let Some(end) = alert.expires()
        && end <= now
    {
        return Err(format!("it expired at {}", cap::format_time(end)));
    }
    if let Some(info) = alert
        .infos
        .iter()
        .find(|i| Lang::parse(&i.language).is_none())
    {
        return Err(format!(
            "the <language> \"{}\" is not a language tag (like en-GB, ar or uk)",
            info.language
        ));
    }
    Ok(())
}

/// The alerts shown now, most severe first, newest first within a severity.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Board {
    alerts: Vec<Alert>,
    /// CAP references ("sender,identifier,sent") cancelled or replaced: never shown again.
    gone: Vec<String>,
}

impl Board {
    pub fn active(&self) -> &[Alert] {
        &self.alerts
    }

    pub fn is_empty(&self) -> bool {
        self.alerts.is_empty()
    }

    /// Take an admitted alert in. Returns whether the board changed.
    pub fn apply(&mut self, alert: Alert) -> bool {
        let reference = alert.reference();
        if self.gone.contains(&reference) || self.alerts.iter().any(|a| a.reference() == reference)
        {
            return false;
        }
        let named: Vec<String> = alert
            .references
            .iter()
            .map(|r| format!("{},{},{}", r.sender, r.identifier, r.sent))
            .collect();
        let before = self.alerts.len();
        if matches!(alert.msg_type, MsgType::Update | MsgType::Cancel) {
            self.alerts.retain(|a| {
                let r = a.reference();
                !named.iter().any(|n| same_reference(n, &r))
            });
            self.gone.extend(named);
        }
        let mut changed = self.alerts.len() != before;
        if alert.msg_type == MsgType::Cancel {
            self.gone.push(reference);
        } else {
            self.alerts.push(alert);
            changed = true;
        }
        self.sort();
        if self.alerts.len() > MAX_ACTIVE {
            // Drop the least severe, oldest.
            self.alerts.truncate(MAX_ACTIVE);
        }
        self.gone.truncate(1024);
        changed
    }

    /// Drop the alerts whose time is up. Returns whether any went.
    pub fn expire(&mut self, now: Timestamp) -> bool {
        let before = self.alerts.len();
        self.alerts.retain(|a| a.expires().is_none_or(|e| e > now));
        self.alerts.len() != before
    }

    /// Whether an alert of this severity takes the whole screen (else: a banner).
    pub fn takes_over(alert: &Alert) -> bool {
        alert.severity() >= Severity::Severe
    }

    /// Active alerts per CAP severity, for the metrics.
    pub fn by_severity(&self) -> [(&'static str, u64); 5] {
        let count = |s: Severity| self.alerts.iter().filter(|a| a.severity() == s).count() as u64;
        [
            ("Extreme", count(Severity::Extreme)),
            ("Severe", count(Severity::Severe)),
            ("Moderate", count(Severity::Moderate)),
            ("Minor", count(Severity::Minor)),
            ("Unknown", count(Severity::Unknown)),
        ]
    }

    fn sort(&mut self) {
        self.alerts.sort_by(|a, b| {
            b.severity()
                .cmp(&a.severity())
                .then_with(|| b.sent.cmp(&a.sent))
        });
    }
}

/// CAP references compare by sender and identifier; the time may be written with another
/// offset for the same instant.
fn same_reference(a: &str, b: &str) -> bool {
    let split = |r: &str| {
        let mut parts = r.splitn(3, ',');
        let sender = parts.next().unwrap_or_default().to_owned();
        let id = parts.next().unwrap_or_default().to_owned();
        let sent = parts.next().and_then(|t| t.parse::<Timestamp>().ok());
        (sender, id, sent)
    };
    let (sa, ia, ta) = split(a);
    let (sb, ib, tb) = split(b);
    sa == sb && ia == ib && (ta.is_none() || tb.is_none() || ta == tb)
}

/// The `<info>` to show a visitor whose languages are `chain` (their own first, then the
/// centre's default, then English), and whether it is in one of `own` (else the screen says
/// it is not available in the visitor's language).
pub fn info_for<'a>(alert: &'a Alert, chain: &[Lang], own: &[Lang]) -> Option<(&'a Info, bool)> {
    let tags: Vec<Option<Vec<Lang>>> = alert
        .infos
        .iter()
        .map(|i| Lang::parse(&i.language).map(|l| crate::i18n::locale::fallback_chain(&l)))
        .collect();
    for wanted in chain {
        if let Some(i) = tags
            .iter()
            .position(|t| t.as_ref().is_some_and(|t| t.contains(wanted)))
        {
            let info = &alert.infos[i];
            return Some((info, own.contains(wanted)));
        }
    }
    alert.infos.first().map(|i| (i, false))
}

/// The language an `<info>` is written in (CAP's default is en-US).
pub fn language_of(info: &Info) -> Lang {
    Lang::parse(&info.language).unwrap_or_else(crate::i18n::english)
}

/// Where accepted alerts are kept.
pub fn folder(state_dir: &Path) -> PathBuf {
    state_dir.join(DIR)
}

/// Keep an accepted alert (and its signature) so that it survives a restart until it ends.
/// Cancels are kept too, so a cancelled alert on a stick left in the port stays cancelled.
pub fn keep(state_dir: &Path, alert: &Alert, bytes: &[u8], signature: &str) -> std::io::Result<()> {
    let dir = folder(state_dir);
    std::fs::create_dir_all(&dir)?;
    let name = file_name(alert);
    crate::files::write_atomically(&dir.join(format!("{name}.minisig")), signature)?;
    let text = String::from_utf8_lossy(bytes);
    crate::files::write_atomically(&dir.join(format!("{name}.xml")), &text)
}

/// A file name for an alert: its reference hashed (identifiers may hold any character).
fn file_name(alert: &Alert) -> String {
    use sha2::Digest as _;
    let hash = sha2::Sha256::digest(alert.reference().as_bytes());
    hash.iter().take(12).fold(String::new(), |mut s, b| {
        use std::fmt::Write as _;
        let _ = write!(s, "{b:02x}");
        s
    })
}

/// The alerts kept from before a restart, checked again (signature, expiry) as if offered
/// now; files that no longer pass are removed, with the reason.
pub fn restore(state_dir: &Path, keys: &[TrustedKey], now: Timestamp) -> (Board, Vec<String>) {
    let dir = folder(state_dir);
    let mut board = Board::default();
    let mut problems = Vec::new();
    let Ok(entries) = std::fs::read_dir(&dir) else {
        return (board, problems);
    };
    let mut files: Vec<PathBuf> = entries
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "xml"))
        .take(4 * MAX_ACTIVE)
        .collect();
    files.sort();
    let mut admitted = Vec::new();
    for file in files {
        let signature_path =
            PathBuf::from(format!("{}.minisig", file.with_extension("").display()));
        let bytes = std::fs::read(&file).unwrap_or_default();
        let signature = std::fs::read_to_string(&signature_path).ok();
        match admit(&bytes, signature.as_deref(), keys, now) {
            Ok(alert) => admitted.push(alert),
            Err(why) => {
                if !why.starts_with("it expired") {
                    problems.push(format!("{}: {why}", file.display()));
                }
                let _ = std::fs::remove_file(&file);
                let _ = std::fs::remove_file(&signature_path);
            }
        }
    }
    // In the order they were sent, so Cancels and Updates find what they name.
    admitted.sort_by_key(|a| a.sent);
    for alert in admitted {
        board.apply(alert);
    }
    (board, problems)
}

/// Remove kept alerts that have expired (Cancels are kept a week, then removed).
pub fn tidy(state_dir: &Path, board: &Board) {
    let keep: Vec<String> = board.active().iter().map(file_name).collect();
    let Ok(entries) = std::fs::read_dir(folder(state_dir)) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let stem = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let stem = stem.split('.').next().unwrap_or_default().to_owned();
        let old = entry
            .metadata()
            .and_then(|m| m.modified())
            .ok()
            .and_then(|t| t.elapsed().ok())
            .is_some_and(|age| age.as_secs() > 7 * 86_400);
        if !keep.contains(&stem) && old {
            let _ = std::fs::remove_file(&path);
        }
    }
}

#[cfg(test)]
mod tests;
