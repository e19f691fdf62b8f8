//! Fleet health as Prometheus metrics: a text-format file for node_exporter's textfile
//! collector (`metrics_dir` in the configuration), written atomically every minute and
//! after every update check. No server, no outgoing connection: node_exporter, already on
//! the machine or not, reads the file (docs/deploy.md).
//!
//! What the kiosk remembers across restarts for it (boot, restarts, idle resets, update
//! checks) is kept in `<state_dir>/health.txt`.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use jiff::Timestamp;
use jiff::civil::Date;

/// The file node_exporter reads (`*.prom` in its `--collector.textfile.directory`).
pub const FILE: &str = "welcome_kiosk.prom";

/// Why the latest update check failed, as a short code for dashboards and alert rules.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reason {
    /// The channel or a download could not be reached (network, DNS, HTTP status).
    Unreachable,
    /// A bundle was offered and refused (signature, content, size, version).
    BundleRefused,
    /// An alert was offered and refused.
    AlertRefused,
}

impl Reason {
    pub fn code(self) -> &'static str {
        match self {
            Reason::Unreachable => "unreachable",
            Reason::BundleRefused => "bundle_refused",
            Reason::AlertRefused => "alert_refused",
        }
    }

    fn parse(code: &str) -> Option<Self> {
        [Self::Unreachable, Self::BundleRefused, Self::AlertRefused]
            .into_iter()
            .find(|r| r.code() == code)
    }
}

/// What the kiosk remembers for the metrics, across restarts.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Health {
    /// The kernel's id of this boot: a new one starts the restart count again.
    pub boot_id: String,
    /// How often the kiosk started during this boot (1: no restart).
    pub starts: u64,
    /// Idle resets on `day`.
    pub day: Option<Date>,
    pub idle_resets: u64,
    pub last_success: Option<Timestamp>,
    pub last_failure: Option<(Timestamp, Reason)>,
}

impl Health {
    pub fn path(state_dir: &Path) -> PathBuf {
        state_dir.join("health.txt")
    }

    pub fn parse(text: &str) -> Self {
        let mut h = Self::default();
        for line in text.lines() {
            let Some((key, value)) = line.split_once('=') else {
                continue;
            };
            let value = value.trim();
            match key.trim() {
                "boot_id" => h.boot_id = value.chars().take(64).collect(),
                "starts" => h.starts = value.parse().unwrap_or(0),
                "day" => h.day = value.parse().ok(),
                "idle_resets" => h.idle_resets = value.parse().unwrap_or(0),
                "last_success" => h.last_success = value.parse().ok(),
                "last_failure" => {
                    h.last_failure = value
                        .split_once(' ')
                        .and_then(|(t, code)| Some((t.parse().ok()?, Reason::parse(code.trim())?)));
                }
                _ => {}
            }
        }
        h
    }

    pub fn to_text(&self) -> String {
        let mut text = String::from("# Written by the kiosk for its metrics.\n");
        let _ = writeln!(text, "boot_id = {}", self.boot_id);
        let _ = writeln!(text, "starts = {}", self.starts);
        if let Some(day) = self.day {
            let _ = writeln!(text, "day = {day}");
        }
        let _ = writeln!(text, "idle_resets = {}", self.idle_resets);
        if let Some(t) = self.last_success {
            let _ = writeln!(text, "last_success = {t}");
        }
        if let Some((t, reason)) = self.last_failure {
            let _ = writeln!(text, "last_failure = {t} {}", reason.code());
        }
        text
    }

    /// The kiosk starts: one more start in this boot (`boot_id` from the kernel), or the
    /// first of a new boot.
    pub fn started(mut self, boot_id: &str) -> Self {
        if self.boot_id == boot_id && !boot_id.is_empty() {
            self.starts += 1;
        } else {
            boot_id.clone_into(&mut self.boot_id);
            self.starts = 1;
        }
        self
    }

    pub fn restarts_since_boot(&self) -> u64 {
        self.starts.saturating_sub(1)
    }

    /// One more idle reset on `today`.
    pub fn idle_reset(&mut self, today: Date) {
        if self.day != Some(today) {
            self.day = Some(today);
            self.idle_resets = 0;
        }
        self.idle_resets += 1;
    }

    pub fn idle_resets_on(&self, today: Date) -> u64 {
        if self.day == Some(today) {
            self.idle_resets
        } else {
            0
        }
    }
}

/// This boot's id (Linux); empty elsewhere.
pub fn boot_id() -> String {
    std::fs::read_to_string("/proc/sys/kernel/random/boot_id")
        .map(|s| s.trim().to_owned())
        .unwrap_or_default()
}

/// The active content, as the metrics name it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bundle {
    pub id: String,
    pub version: u64,
    /// `installed`, `folder` (a bundle directory) or `builtin`.
    pub origin: &'static str,
    /// When it was installed or written (its bundle.toml's time), if known.
    pub since: Option<Timestamp>,
}

/// Everything one metrics file says.
pub struct Snapshot<'a> {
    pub now: Timestamp,
    pub started: Timestamp,
    pub health: &'a Health,
    pub bundle: &'a Bundle,
    /// Active alerts by CAP severity name.
    pub alerts: &'a [(&'static str, u64)],
    /// Today's page views: (page, language, views); counts below the privacy threshold are
    /// left out, only their number is said.
    pub views_today: Vec<(&'a str, &'a str, u64)>,
    /// Usage counting is on.
    pub counting: bool,
}

fn label(value: &str) -> String {
    value
        .replace('\\', "\\\\")
        .replace('"', "\\\"")
        .replace('\n', "\\n")
}

fn metric(out: &mut String, name: &str, kind: &str, help: &str) {
    let _ = writeln!(out, "# HELP {name} {help}");
    let _ = writeln!(out, "# TYPE {name} {kind}");
}

fn seconds(t: Timestamp) -> i64 {
    t.as_second()
}

/// The file's text (Prometheus text exposition format 0.0.4).
#[allow(
    clippy::too_many_lines,
    reason = "one metric after another, in the order docs/deploy.md lists them"
)]
pub fn render(s: &Snapshot<'_>) -> String {
    let mut o = String::new();
    let today = s.now.to_zoned(jiff::tz::TimeZone::UTC).date();
    metric(
        &mut o,
        "welcome_kiosk_build_info",
        "gauge",
        "The running build (always 1).",
    );
    let _ = writeln!(
        o,
        "welcome_kiosk_build_info{{version=\"{}\"}} 1",
        label(env!("CARGO_PKG_VERSION"))
    );
    metric(
        &mut o,
        "welcome_kiosk_bundle_info",
        "gauge",
        "The content shown (always 1).",
    );
    let _ = writeln!(
        o,
        "welcome_kiosk_bundle_info{{id=\"{}\",version=\"{}\",origin=\"{}\"}} 1",
        label(&s.bundle.id),
        s.bundle.version,
        s.bundle.origin
    );
    metric(
        &mut o,
        "welcome_kiosk_bundle_version",
        "gauge",
        "Version of the content shown.",
    );
    let _ = writeln!(o, "welcome_kiosk_bundle_version {}", s.bundle.version);
    if let Some(since) = s.bundle.since {
        metric(
            &mut o,
            "welcome_kiosk_bundle_age_seconds",
            "gauge",
            "Seconds since the content shown was installed or written.",
        );
        let _ = writeln!(
            o,
            "welcome_kiosk_bundle_age_seconds {}",
            (seconds(s.now) - seconds(since)).max(0)
        );
    }
    if let Some(t) = s.health.last_success {
        metric(
            &mut o,
            "welcome_kiosk_update_last_success_timestamp_seconds",
            "gauge",
            "When an update check last succeeded (the channel answered, or a bundle or alert was installed).",
        );
        let _ = writeln!(
            o,
            "welcome_kiosk_update_last_success_timestamp_seconds {}",
            seconds(t)
        );
    }
    if let Some((t, reason)) = s.health.last_failure {
        metric(
            &mut o,
            "welcome_kiosk_update_last_failure_timestamp_seconds",
            "gauge",
            "When an update check last failed, with the reason code.",
        );
        let _ = writeln!(
            o,
            "welcome_kiosk_update_last_failure_timestamp_seconds{{reason=\"{}\"}} {}",
            reason.code(),
            seconds(t)
        );
    }
    metric(
        &mut o,
        "welcome_kiosk_alerts_active",
        "gauge",
        "Alerts shown now, by CAP severity.",
    );
    for (severity, n) in s.alerts {
        let _ = writeln!(
            o,
            "welcome_kiosk_alerts_active{{severity=\"{severity}\"}} {n}"
        );
    }
    metric(
        &mut o,
        "welcome_kiosk_start_time_seconds",
        "gauge",
        "When the kiosk started.",
    );
    let _ = writeln!(o, "welcome_kiosk_start_time_seconds {}", seconds(s.started));
    metric(
        &mut o,
        "welcome_kiosk_uptime_seconds",
        "gauge",
        "Seconds since the kiosk started.",
    );
    let _ = writeln!(
        o,
        "welcome_kiosk_uptime_seconds {}",
        (seconds(s.now) - seconds(s.started)).max(0)
    );
    metric(
        &mut o,
        "welcome_kiosk_restarts_since_boot",
        "gauge",
        "Times the kiosk started again since the machine booted.",
    );
    let _ = writeln!(
        o,
        "welcome_kiosk_restarts_since_boot {}",
        s.health.restarts_since_boot()
    );
    metric(
        &mut o,
        "welcome_kiosk_idle_resets_today",
        "gauge",
        "Visits ended by the idle timer today (UTC day).",
    );
    let _ = writeln!(
        o,
        "welcome_kiosk_idle_resets_today {}",
        s.health.idle_resets_on(today)
    );
    if s.counting {
        metric(
            &mut o,
            "welcome_kiosk_page_views_today",
            "gauge",
            "Page views today by page and interface language; only counts of 10 or more.",
        );
        let mut hidden = 0u64;
        for (page, lang, n) in &s.views_today {
            if *n >= crate::usage::SUPPRESS_BELOW {
                let _ = writeln!(
                    o,
                    "welcome_kiosk_page_views_today{{page=\"{}\",language=\"{}\"}} {n}",
                    label(page),
                    label(lang)
                );
            } else {
                hidden += 1;
            }
        }
        metric(
            &mut o,
            "welcome_kiosk_page_views_hidden_today",
            "gauge",
            "How many page and language pairs have fewer than 10 views today (not shown).",
        );
        let _ = writeln!(o, "welcome_kiosk_page_views_hidden_today {hidden}");
    }
    o
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn restarts_count_within_one_boot() {
        let h = Health::default().started("a");
        assert_eq!(h.restarts_since_boot(), 0);
        let h = Health::parse(&h.to_text()).started("a");
        assert_eq!(h.restarts_since_boot(), 1);
        let h = Health::parse(&h.to_text()).started("b");
        assert_eq!(h.restarts_since_boot(), 0);
    }

    #[test]
    fn health_round_trips() {
        let mut h = Health::default().started("x");
        let day: Date = "2026-12-02".parse().unwrap_or_default();
        h.idle_reset(day);
        h.idle_reset(day);
        h.last_success = "2026-12-02T08:00:00Z".parse().ok();
        h.last_failure = Some((
            "2026-12-02T09:00:00Z".parse().unwrap_or_default(),
            Reason::Unreachable,
        ));
        assert_eq!(Health::parse(&h.to_text()), h);
        assert_eq!(h.idle_resets_on(day), 2);
        assert_eq!(h.idle_resets_on(day.tomorrow().unwrap_or(day)), 0);
    }
}
