//! The kiosk's part in a fleet: emergency alerts on the board (shown over every screen),
//! usage counts (page × language × day, nothing else) and the health metrics file, all
//! written off the UI thread once a minute.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Instant;

use iced::Task;
use jiff::Timestamp;

use super::screen::alert;
use super::{Kiosk, Message, Phase, Route};
use crate::alerts::Board;
use crate::alerts::cap::Alert;
use crate::metrics::{Health, Reason};
use crate::usage::Counts;

/// Alerts, counts and health, as the kiosk holds them.
#[derive(Debug, Clone, Default)]
pub struct Fleet {
    pub alerts: Board,
    /// None: counting is off.
    pub usage: Option<Counts>,
    usage_changed: bool,
    pub health: Health,
    health_changed: bool,
    pub started: Option<Timestamp>,
}

impl Fleet {
    /// What the state directory kept: alerts (checked again), counts, health. Problems with
    /// kept alerts come back for the panel.
    pub fn load(
        settings: &crate::config::Config,
        now: Timestamp,
        today: jiff::civil::Date,
    ) -> (Self, Vec<String>) {
        let mut fleet = Fleet {
            usage: settings.usage_counts.then(Counts::default),
            started: Some(now),
            ..Fleet::default()
        };
        let Some(dir) = &settings.state_dir else {
            return (fleet, Vec::new());
        };
        let (board, problems) = crate::alerts::restore(dir, &settings.trusted_keys, now);
        fleet.alerts = board;
        if settings.usage_counts {
            let usage = Counts::dir(dir);
            Counts::remove_old_files(&usage, today);
            fleet.usage = Some(Counts::load_day(&usage, today));
        }
        let health = std::fs::read_to_string(Health::path(dir)).unwrap_or_default();
        fleet.health = Health::parse(&health).started(&crate::metrics::boot_id());
        // Written at once: a kiosk that dies early still counts as a restart.
        let _ = crate::files::write_atomically(&Health::path(dir), &fleet.health.to_text());
        (fleet, problems)
    }
}

/// Writes to the disk one at a time, off the UI thread (an SD card's fsync can take long).
fn write_later(files: Vec<(PathBuf, String, bool)>) {
    static ONE_AT_A_TIME: std::sync::Mutex<()> = std::sync::Mutex::new(());
    if files.is_empty() {
        return;
    }
    let _ = std::thread::Builder::new()
        .name("state-writer".into())
        .spawn(move || {
            let _guard = ONE_AT_A_TIME.lock();
            for (path, text, readable) in files {
                let _ = write(&path, &text, readable);
            }
        });
}

fn write(path: &std::path::Path, text: &str, readable: bool) -> std::io::Result<()> {
    if readable {
        crate::files::write_readable(path, text)
    } else {
        crate::files::write_atomically(path, text)
    }
}

/// The page a route is, for the usage counts: kinds and item ids, never what was typed.
pub fn page_name(route: &Route) -> Option<String> {
    Some(match route {
        Route::Attract => return None,
        Route::Language => "language".to_owned(),
        Route::Home => "home".to_owned(),
        Route::List(kind) => format!("list/{kind}"),
        Route::Detail(id) => id.to_string(),
        Route::Emergency => "emergency".to_owned(),
        Route::Search(_) => "search".to_owned(),
    })
}

impl Kiosk {
    /// Outside the centre's opening hours, in kiosk mode: the night screen instead of the
    /// attract screen.
    pub fn is_night(&self) -> bool {
        self.is_kiosk_mode()
            && super::screen::night::is_night(
                self.settings.opening_hours.as_ref(),
                self.clock.local(&self.library.content.meta.timezone),
            )
    }

    /// The time now, as an instant.
    pub fn now(&self) -> Timestamp {
        self.clock.timestamp(&self.library.content.meta.timezone)
    }

    /// Alerts shown now, most serious first.
    pub fn alerts(&self) -> &[Alert] {
        self.fleet.alerts.active()
    }

    /// The usage counts so far (none: counting is off).
    pub fn usage(&self) -> Option<&Counts> {
        self.fleet.usage.as_ref()
    }

    /// What the kiosk remembers for its metrics.
    pub fn health(&self) -> &Health {
        &self.fleet.health
    }

    /// A new screen is shown: count the page (the interface language, today).
    pub(super) fn count_view(&mut self) {
        let Some(page) = page_name(&self.route()) else {
            return;
        };
        let day = self.clock.local(&self.library.content.meta.timezone).date();
        let lang = self.ui_language().to_string();
        if let Some(usage) = &mut self.fleet.usage {
            usage.add(day, &page, &lang);
            self.fleet.usage_changed = true;
        }
    }

    /// A visit ended by the idle timer.
    pub(super) fn count_idle_reset(&mut self) {
        let today = self.now().to_zoned(jiff::tz::TimeZone::UTC).date();
        self.fleet.health.idle_reset(today);
        self.fleet.health_changed = true;
    }

    /// How an update check went, for the metrics (a check that found nothing new is a
    /// success too).
    pub(super) fn update_outcome(&mut self, failed: Option<Reason>) {
        let now = self.now();
        match failed {
            None => self.fleet.health.last_success = Some(now),
            Some(reason) => self.fleet.health.last_failure = Some((now, reason)),
        }
        self.fleet.health_changed = true;
        self.write_state(false);
    }

    /// A signed alert arrived: on the board, and over the screen if it is serious.
    pub(super) fn alert_arrived(&mut self, alert: Arc<Alert>) {
        self.fleet.alerts.apply((*alert).clone());
        self.fleet.alerts.expire(self.now());
        self.update_outcome(None);
    }

    /// Once a minute: alerts whose time is up go; counts, health and metrics are written.
    pub(super) fn minute(&mut self) {
        if self.fleet.alerts.expire(self.now())
            && let Some(dir) = &self.settings.state_dir
        {
            crate::alerts::tidy(dir, &self.fleet.alerts);
        }
        self.write_state(false);
    }

    /// Write what changed (now, on this thread, when `now_here`: tests and the exit path).
    pub fn write_state(&mut self, now_here: bool) {
        let mut files = Vec::new();
        if let Some(dir) = &self.settings.state_dir {
            if self.fleet.usage_changed
                && let Some(usage) = &mut self.fleet.usage
            {
                // Today's file, and yesterday's once more when the day just changed.
                for (path, text) in usage.day_files(&Counts::dir(dir)) {
                    files.push((path, text, false));
                }
                usage.forget_before(self.clock.local(&self.library.content.meta.timezone).date());
            }
            if self.fleet.health_changed {
                files.push((Health::path(dir), self.fleet.health.to_text(), false));
            }
        }
        self.fleet.usage_changed = false;
        self.fleet.health_changed = false;
        if let Some(dir) = &self.settings.metrics_dir {
            files.push((dir.join(crate::metrics::FILE), self.metrics_text(), true));
        }
        if now_here {
            for (path, text, readable) in files {
                let _ = write(&path, &text, readable);
            }
        } else {
            write_later(files);
        }
    }

    /// The metrics file's text as of now.
    pub fn metrics_text(&self) -> String {
        let meta = &self.library.content.meta;
        let since = self.library.root.as_ref().and_then(|root| {
            let modified = std::fs::metadata(root.join("bundle.toml"))
                .and_then(|m| m.modified())
                .ok()?;
            Timestamp::try_from(modified).ok()
        });
        let origin = if self.library.root.is_none() {
            "builtin"
        } else if self.library.content.origin.starts_with("installed") {
            "installed"
        } else {
            "folder"
        };
        let bundle = crate::metrics::Bundle {
            id: meta.id.clone(),
            version: meta.version,
            origin,
            since,
        };
        let now = self.now();
        let today = self.clock.local(&meta.timezone).date();
        let alerts = self.fleet.alerts.by_severity();
        crate::metrics::render(&crate::metrics::Snapshot {
            now,
            started: self.fleet.started.unwrap_or(now),
            health: &self.fleet.health,
            bundle: &bundle,
            alerts: &alerts,
            views_today: self
                .fleet
                .usage
                .as_ref()
                .map(|u| u.day(today).collect())
                .unwrap_or_default(),
            counting: self.fleet.usage.is_some(),
        })
    }

    /// Save the usage counts (small ones as "<10") as CSV in the USB folder.
    pub fn export_usage(&self) -> Result<PathBuf, String> {
        let Some(today) = &self.fleet.usage else {
            return Err("off".to_owned());
        };
        // Every day kept on disk, with today's counts as they are now.
        let mut usage = self
            .settings
            .state_dir
            .as_deref()
            .map(|dir| Counts::read_all(&Counts::dir(dir)))
            .unwrap_or_default();
        usage.merge_newer(today);
        let Some(folder) = &self.settings.watch_dir else {
            return Err("no folder".to_owned());
        };
        let day = self.clock.local(&self.library.content.meta.timezone).date();
        let name = format!(
            "usage-{}-{day}.csv",
            self.library
                .content
                .meta
                .id
                .chars()
                .filter(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_'))
                .collect::<String>()
        );
        let path = folder.join(name);
        crate::files::write_atomically(&path, &usage.export_csv())
            .map_err(|e| format!("{}: {e}", path.display()))?;
        Ok(path)
    }

    /// The serious alert that covers the screen now, if the visitor has not read it.
    pub fn takeover(&self) -> Option<&Alert> {
        let read: &[String] = self.session().map_or(&[], |s| &s.alerts_read);
        let open = self.session().and_then(|s| s.alert_open.as_ref());
        self.alerts().iter().find(|a| {
            let r = a.reference();
            open == Some(&r) || (Board::takes_over(a) && !read.contains(&r))
        })
    }

    /// The alerts shown as strips under the bar: every alert not covering the screen.
    pub fn banners(&self) -> Vec<&Alert> {
        let over = self.takeover().map(Alert::reference);
        self.alerts()
            .iter()
            .filter(|a| Some(a.reference()) != over)
            .collect()
    }

    /// A tap on an alert at `at` (on the attract or night screen it starts a visit then).
    pub(super) fn alert_message(&mut self, message: alert::Message, at: Instant) -> Task<Message> {
        let read = |kiosk: &mut Kiosk, reference: String| {
            if let Some(session) = kiosk.session_mut() {
                session.alert_open = None;
                if !session.alerts_read.contains(&reference) {
                    session.alerts_read.push(reference);
                }
            }
        };
        match message {
            alert::Message::Read(reference) => {
                let task = if matches!(self.phase, Phase::Attract(_)) {
                    self.begin(at, Route::Language)
                } else {
                    Task::none()
                };
                read(self, reference);
                task
            }
            alert::Message::Open(reference) => {
                let task = if matches!(self.phase, Phase::Attract(_)) {
                    self.begin(at, Route::Language)
                } else {
                    Task::none()
                };
                if let Some(session) = self.session_mut() {
                    session.alert_open = Some(reference);
                }
                task
            }
            alert::Message::Emergency(reference) => {
                let task = if matches!(self.phase, Phase::Attract(_)) {
                    self.begin(at, Route::Emergency)
                } else {
                    self.open(Route::Emergency)
                };
                read(self, reference);
                task
            }
            alert::Message::Listen(reference) => {
                self.listen(super::listen::Topic::Alert(reference))
            }
            alert::Message::StopReading => self.control(super::listen::Control::Stop),
        }
    }
}
