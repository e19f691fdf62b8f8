//! The real window under Xvfb (needs the Debian packages xvfb, openbox, xdotool and
//! imagemagick; `.ci/run` installs them): kiosk mode covers the screen, ignores close
//! requests, ends on SIGTERM, returns to the attract screen by itself, and talks to systemd.

use std::io::{BufRead as _, BufReader};
use std::os::unix::net::UnixDatagram;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

const SCREEN: (u32, u32) = (1280, 800);

fn need(tool: &str) {
    let found = Command::new("sh")
        .args(["-c", &format!("command -v {tool}")])
        .output()
        .is_ok_and(|o| o.status.success());
    assert!(
        found,
        "{tool} is missing: the real-window tests need `apt-get install -y xvfb openbox xdotool imagemagick`"
    );
}

/// A private X server (and optionally a window manager), stopped on drop.
struct Display {
    number: String,
    xvfb: Child,
    wm: Option<Child>,
    runtime: tempfile::TempDir,
}

impl Display {
    fn start(with_wm: bool) -> Self {
        for tool in ["Xvfb", "openbox", "xdotool", "import"] {
            need(tool);
        }
        let mut xvfb = Command::new("Xvfb")
            .args([
                "-displayfd",
                "1",
                "-screen",
                "0",
                &format!("{}x{}x24", SCREEN.0, SCREEN.1),
                "-nolisten",
                "tcp",
            ])
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| panic!("Xvfb: {e}"));
        let mut line = String::new();
        let stdout = xvfb.stdout.take().unwrap_or_else(|| panic!("no stdout"));
        let _ = BufReader::new(stdout).read_line(&mut line);
        let number = format!(":{}", line.trim());
        let runtime = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let mut display = Self {
            number,
            xvfb,
            wm: None,
            runtime,
        };
        if with_wm {
            display.wm = Some(
                display
                    .command("openbox")
                    .stdout(Stdio::null())
                    .stderr(Stdio::null())
                    .spawn()
                    .unwrap_or_else(|e| panic!("openbox: {e}")),
            );
            std::thread::sleep(Duration::from_millis(800));
        }
        display
    }

    fn command(&self, program: impl AsRef<std::ffi::OsStr>) -> Command {
        let mut c = Command::new(program);
        c.env("DISPLAY", &self.number)
            .env("XDG_RUNTIME_DIR", self.runtime.path())
            .env_remove("WAYLAND_DISPLAY")
            .env_remove("NOTIFY_SOCKET")
            .env_remove("WATCHDOG_USEC");
        c
    }

    fn xdotool(&self, args: &[&str]) -> String {
        let out = self
            .command("xdotool")
            .args(args)
            .output()
            .unwrap_or_else(|e| panic!("xdotool: {e}"));
        String::from_utf8_lossy(&out.stdout).trim().to_owned()
    }

    /// The kiosk's window, once it is mapped.
    fn window_of(&self, pid: u32) -> String {
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            let found = self.xdotool(&["search", "--onlyvisible", "--pid", &pid.to_string()]);
            if let Some(id) = found.lines().last().filter(|l| !l.is_empty()) {
                return id.to_owned();
            }
            assert!(Instant::now() < deadline, "no window appeared");
            std::thread::sleep(Duration::from_millis(200));
        }
    }

    fn screenshot(&self, dir: &Path, name: &str) -> image::RgbaImage {
        let path = dir.join(name);
        let status = self
            .command("import")
            .args(["-window", "root", &path.display().to_string()])
            .status()
            .unwrap_or_else(|e| panic!("import: {e}"));
        assert!(status.success());
        image::open(&path)
            .unwrap_or_else(|e| panic!("{e}"))
            .to_rgba8()
    }
}

impl Drop for Display {
    fn drop(&mut self) {
        if let Some(wm) = &mut self.wm {
            let _ = wm.kill();
            let _ = wm.wait();
        }
        let _ = self.xvfb.kill();
        let _ = self.xvfb.wait();
    }
}

struct App(Child);

impl Drop for App {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn kiosk_config(dir: &Path) -> PathBuf {
    let hash = welcome_kiosk::config::hash_pin("2468").unwrap_or_default();
    let path = dir.join("config.toml");
    let text = format!(
        "kiosk = true\nidle_timeout = 3\nidle_warning = 3\npin_hash = \"{hash}\"\nstate_dir = \"{}\"\n",
        dir.join("state").display()
    );
    std::fs::write(&path, text).unwrap_or_else(|e| panic!("{e}"));
    path
}

fn start_kiosk(display: &Display, config: &Path) -> App {
    App(display
        .command(env!("CARGO_BIN_EXE_welcome-kiosk"))
        .args(["--config", &config.display().to_string()])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap_or_else(|e| panic!("{e}")))
}

fn running(app: &mut App) -> bool {
    app.0.try_wait().is_ok_and(|s| s.is_none())
}

/// Share of pixels close to the attract screen's dark blue.
fn attract_share(img: &image::RgbaImage) -> f64 {
    let bar = [0x16u8, 0x36, 0x5F];
    let close = img
        .pixels()
        .step_by(13)
        .filter(|p| p.0.iter().zip(bar).all(|(a, b)| a.abs_diff(b) < 12))
        .count();
    close as f64 / (img.pixels().len() / 13) as f64
}

fn distinct_colours(img: &image::RgbaImage) -> usize {
    let mut seen: Vec<[u8; 4]> = img.pixels().step_by(7).map(|p| p.0).collect();
    seen.sort_unstable();
    seen.dedup();
    seen.len()
}

fn wait_until(limit: Duration, mut ok: impl FnMut() -> bool) -> bool {
    let deadline = Instant::now() + limit;
    while Instant::now() < deadline {
        if ok() {
            return true;
        }
        std::thread::sleep(Duration::from_millis(250));
    }
    false
}

#[test]
fn kiosk_window_covers_the_screen_ignores_close_and_resets_itself() {
    let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let display = Display::start(true);
    let mut app = start_kiosk(&display, &kiosk_config(tmp.path()));
    let window = display.window_of(app.0.id());

    // Fullscreen: the window is the size of the screen.
    let covers = wait_until(Duration::from_secs(10), || {
        let geometry = display.xdotool(&["getwindowgeometry", &window]);
        geometry.contains(&format!("Geometry: {}x{}", SCREEN.0, SCREEN.1))
    });
    assert!(
        covers,
        "{}",
        display.xdotool(&["getwindowgeometry", &window])
    );

    // The attract screen is drawn: not blank, mostly the dark attract colour.
    assert!(wait_until(Duration::from_secs(10), || attract_share(
        &display.screenshot(tmp.path(), "a.png")
    ) > 0.6));
    let shot = display.screenshot(tmp.path(), "attract.png");
    assert!(distinct_colours(&shot) > 20, "blank screenshot");

    // Close requests (Alt+F4 through the window manager) leave it running.
    display.xdotool(&["windowactivate", "--sync", &window]);
    // Real key presses (XTEST) to the focused window, as a keyboard would send them.
    display.xdotool(&["key", "alt+F4"]);
    display.xdotool(&["key", "ctrl+q"]);
    display.xdotool(&["key", "ctrl+w"]);
    display.xdotool(&["key", "Escape"]);
    std::thread::sleep(Duration::from_secs(1));
    assert!(running(&mut app), "a close request ended the kiosk");

    // A touch starts a session (the light language picker)...
    display.xdotool(&["mousemove", "640", "400", "click", "1"]);
    assert!(
        wait_until(Duration::from_secs(5), || attract_share(
            &display.screenshot(tmp.path(), "b.png")
        ) < 0.3),
        "the touch did not leave the attract screen"
    );
    // ...and with nobody touching it (3 s idle, 3 s warning) it comes back by itself.
    assert!(
        wait_until(Duration::from_secs(15), || attract_share(
            &display.screenshot(tmp.path(), "c.png")
        ) > 0.6),
        "no idle reset to the attract screen"
    );

    // Controls: the same Alt+F4 closes, and Ctrl+Q quits, a window that is not in kiosk
    // mode, so the keys really reached the kiosk above.
    let spawn_windowed = || {
        App(display
            .command(env!("CARGO_BIN_EXE_welcome-kiosk"))
            .args(["--windowed", "--lang", "en"])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| panic!("{e}")))
    };
    for (key, failure) in [
        (
            "alt+F4",
            "Alt+F4 did not close a normal window: the close-request check above proves nothing",
        ),
        ("ctrl+q", "Ctrl+Q did not quit a normal window"),
    ] {
        let mut windowed = spawn_windowed();
        let other = display.window_of(windowed.0.id());
        display.xdotool(&["windowactivate", "--sync", &other]);
        display.xdotool(&["key", key]);
        assert!(
            wait_until(Duration::from_secs(5), || !running(&mut windowed)),
            "{failure}"
        );
    }
    assert!(running(&mut app));

    // SIGTERM ends it within 2 seconds.
    let _ = Command::new("kill")
        .args(["-TERM", &app.0.id().to_string()])
        .status();
    assert!(
        wait_until(Duration::from_secs(2), || !running(&mut app)),
        "still running 2 s after SIGTERM"
    );
}

#[test]
fn tells_systemd_when_ready_and_pings_the_watchdog() {
    let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let socket_path = tmp.path().join("notify.sock");
    let socket = UnixDatagram::bind(&socket_path).unwrap_or_else(|e| panic!("{e}"));
    socket
        .set_read_timeout(Some(Duration::from_secs(20)))
        .unwrap_or_else(|e| panic!("{e}"));
    let display = Display::start(false);
    let _app = App(display
        .command(env!("CARGO_BIN_EXE_welcome-kiosk"))
        .args(["--windowed", "--lang", "en"])
        .env("NOTIFY_SOCKET", &socket_path)
        .env("WATCHDOG_USEC", "1000000")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap_or_else(|e| panic!("{e}")));
    let mut buf = [0u8; 256];
    let mut received = Vec::new();
    let started = Instant::now();
    while started.elapsed() < Duration::from_secs(20) {
        let Ok(n) = socket.recv(&mut buf) else { break };
        received.push(String::from_utf8_lossy(&buf[..n]).into_owned());
        if received.iter().filter(|m| m.contains("WATCHDOG=1")).count() >= 2 {
            break;
        }
    }
    assert_eq!(
        received.first().map(|m| m.trim()),
        Some("READY=1"),
        "{received:?}"
    );
    assert!(
        received.iter().filter(|m| m.contains("WATCHDOG=1")).count() >= 2,
        "{received:?}"
    );
}

#[test]
fn without_a_display_it_says_so_instead_of_crashing() {
    let out = Command::new(env!("CARGO_BIN_EXE_welcome-kiosk"))
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("no display found"), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
}
