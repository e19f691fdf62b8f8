//! Why an archive was not installed, in kinds the kiosk acts on.

/// Why an archive was not installed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum InstallError {
    /// This version is installed already (a stick left in the port holds it still).
    AlreadyInstalled(u64),
    /// Older than a version installed before: going back is refused.
    Older { offered: u64, installed: u64 },
    /// Anything else, in plain words for the coordinator.
    Refused(String),
}

impl InstallError {
    /// Nothing new was offered: not a problem to report.
    pub fn is_stale(&self) -> bool {
        matches!(
            self,
            InstallError::AlreadyInstalled(_) | InstallError::Older { .. }
        )
    }
}

impl std::fmt::Display for InstallError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            InstallError::AlreadyInstalled(version) => write!(
                f,
                "version {version} is already installed (the same bundle again)"
            ),
            InstallError::Older { offered, installed } => write!(
                f,
                "version {offered} is older than version {installed}, installed before: going \
                 back is refused"
            ),
            InstallError::Refused(why) => f.write_str(why),
        }
    }
}

impl std::error::Error for InstallError {}

impl From<String> for InstallError {
    fn from(why: String) -> Self {
        InstallError::Refused(why)
    }
}
