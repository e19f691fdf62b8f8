//! The real window under Xvfb, at screen sizes that differ from the window's default: kiosk
//! mode covers the whole screen (with a window manager and without one), nothing outside it
//! can be clicked, a visitor's journey tapped with xdotool looks pixel for pixel like the
//! headless renders of the same states, a storm of taps ends where the first tap led, close
//! requests and keys are ignored, SIGTERM ends it, and systemd hears READY and WATCHDOG.
//!
//! These tests need Debian packages: `apt-get install -y xvfb openbox xdotool imagemagick`.
//! They are ignored by a plain `cargo test`; `.ci/run` installs the packages and runs them
//! with `cargo test -- --include-ignored`.

mod common;

use std::io::{BufRead as _, BufReader};
use std::os::unix::net::UnixDatagram;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use clap::Parser as _;
use welcome_kiosk::kiosk::{Kiosk, Route};

/// The screens a kiosk meets: a common landscape monitor, a small 7" panel, a portrait
/// totem. None of them is the window's default size (1280×800).
const SIZES: [(u32, u32); 3] = [(1920, 1080), (800, 480), (1080, 1920)];

/// The fixed clock of these tests (the attract screen shows the time).
const NOW: &str = "2026-11-22T10:30";

const PIN: &str = "2468";

/// One notch of a mouse wheel under Xvfb reaches iced as two lines (120 px), measured.
const LINES_PER_NOTCH: f32 = 2.0;

fn need(tool: &str) {
    let found = Command::new("sh")
        .args(["-c", &format!("command -v {tool}")])
        .output()
        .is_ok_and(|o| o.status.success());
    assert!(
        found,
        "{tool} is missing: these tests need `apt-get install -y xvfb openbox xdotool imagemagick`"
    );
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Wm {
    None,
    Openbox,
}

/// A private X server (and optionally a window manager), stopped on drop.
struct Display {
    number: String,
    size: (u32, u32),
    xvfb: Child,
    wm: Option<Child>,
    runtime: tempfile::TempDir,
}

impl Display {
    fn start(size: (u32, u32), wm: Wm) -> Self {
        for tool in ["Xvfb", "openbox", "xdotool", "import"] {
            need(tool);
        }
        let mut xvfb = Command::new("Xvfb")
            .args([
                "-displayfd",
                "1",
                "-screen",
                "0",
                &format!("{}x{}x24", size.0, size.1),
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
            size,
            xvfb,
            wm: None,
            runtime,
        };
        if wm == Wm::Openbox {
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

    /// The whole screen as the X server shows it.
    fn screenshot(&self) -> image::RgbaImage {
        let out = self
            .command("import")
            .args(["-window", "root", "png:-"])
            .output()
            .unwrap_or_else(|e| panic!("import: {e}"));
        assert!(out.status.success(), "import failed");
        image::load_from_memory(&out.stdout)
            .unwrap_or_else(|e| panic!("{e}"))
            .to_rgba8()
    }

    fn click(&self, x: f32, y: f32, button: &str) {
        let (x, y) = (x.round().to_string(), y.round().to_string());
        self.xdotool(&["mousemove", &x, &y, "click", button]);
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

/// A kiosk-mode configuration in `dir`, with `extra` lines appended.
fn kiosk_config(dir: &Path, extra: &str) -> PathBuf {
    let hash = welcome_kiosk::config::hash_pin(PIN).unwrap_or_default();
    let path = dir.join("config.toml");
    let text = format!(
        "kiosk = true\npin_hash = \"{hash}\"\nstate_dir = \"{}\"\n{extra}\n",
        dir.join("state").display()
    );
    std::fs::write(&path, text).unwrap_or_else(|e| panic!("{e}"));
    path
}

fn args(config: &Path) -> Vec<String> {
    vec![
        "--config".to_owned(),
        config.display().to_string(),
        "--now".to_owned(),
        NOW.to_owned(),
    ]
}

fn start_kiosk(display: &Display, config: &Path) -> App {
    App(display
        .command(env!("CARGO_BIN_EXE_welcome-kiosk"))
        .args(args(config))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap_or_else(|e| panic!("{e}")))
}

/// What the window should show: the same kiosk, built in this process from the same
/// command line (same configuration, same fixed clock), driven by the same taps.
fn model(config: &Path) -> Kiosk {
    let mut line = vec!["welcome-kiosk".to_owned()];
    line.extend(args(config));
    let cli = welcome_kiosk::cli::Cli::parse_from(line);
    Kiosk::new(welcome_kiosk::cli::startup(&cli).unwrap_or_else(|e| panic!("{e}")))
}

fn running(app: &mut App) -> bool {
    app.0.try_wait().is_ok_and(|s| s.is_none())
}

fn wait_until(limit: Duration, mut ok: impl FnMut() -> bool) -> bool {
    let deadline = Instant::now() + limit;
    while Instant::now() < deadline {
        if ok() {
            return true;
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    false
}

/// Pixels whose colour differs between a screenshot and a headless render.
fn differing(shot: &image::RgbaImage, frame: &welcome_kiosk::render::Frame) -> usize {
    if (shot.width(), shot.height()) != (frame.width, frame.height) {
        return usize::MAX;
    }
    shot.pixels()
        .zip(frame.rgba.chunks_exact(4))
        .filter(|(a, b)| a.0[..3] != b[..3])
        .count()
}

/// Wait until the screen shows exactly one of `expected` (the headless renders of the
/// states the window may be in); on failure keep both pictures for a person to look at.
fn expect_screen(display: &Display, expected: &[welcome_kiosk::render::Frame], what: &str) {
    expect_screen_within(display, expected, what, Duration::from_secs(8));
}

fn expect_screen_within(
    display: &Display,
    expected: &[welcome_kiosk::render::Frame],
    what: &str,
    limit: Duration,
) {
    let mut last = None;
    let matched = wait_until(limit, || {
        let shot = display.screenshot();
        let best = expected
            .iter()
            .map(|f| differing(&shot, f))
            .min()
            .unwrap_or(usize::MAX);
        last = Some((shot, best));
        best == 0
    });
    if !matched {
        let dir = std::env::temp_dir().join("welcome-kiosk-window-test");
        let _ = std::fs::create_dir_all(&dir);
        let name = what.replace([' ', '/', ':'], "_");
        let (shot, best) = last.unwrap_or_else(|| panic!("no screenshot"));
        let _ = shot.save(dir.join(format!("{name}-live.png")));
        if let Some(f) = expected.first() {
            let _ = f.save_png(&dir.join(format!("{name}-expected.png")));
        }
        panic!(
            "{what} at {}×{}: the live window differs from its headless render in {best} pixels \
             (pictures in {})",
            display.size.0,
            display.size.1,
            dir.display()
        );
    }
}

fn render(kiosk: &Kiosk, size: (u32, u32)) -> welcome_kiosk::render::Frame {
    welcome_kiosk::render::render(kiosk, size.0, size.1).unwrap_or_else(|e| panic!("{e}"))
}

/// The attract screen in each of its cycling lines.
fn attract_frames(kiosk: &Kiosk, size: (u32, u32)) -> Vec<welcome_kiosk::render::Frame> {
    let mut k = model_clone(kiosk);
    let lines = k.attract_line_count().max(1);
    (0..lines)
        .map(|_| {
            let f = render(&k, size);
            let _ = k.update(welcome_kiosk::kiosk::Message::AttractTick);
            f
        })
        .collect()
}

fn model_clone(kiosk: &Kiosk) -> Kiosk {
    kiosk.clone()
}

/// The window's size in the kiosk's own (scaled) pixels.
fn logical(kiosk: &Kiosk, size: (u32, u32)) -> (u32, u32, f32) {
    let scale = kiosk.scale_for(iced::Size::new(size.0 as f32, size.1 as f32));
    (
        (size.0 as f32 / scale).round() as u32,
        (size.1 as f32 / scale).round() as u32,
        scale,
    )
}

/// Tap the widget `id` in the live window (at its place in the model's layout) and in the
/// model; then the window must show what the model renders.
fn tap(display: &Display, kiosk: &mut Kiosk, id: &str) {
    let targets = welcome_kiosk::render::targets(kiosk, display.size.0, display.size.1)
        .unwrap_or_else(|e| panic!("{e}"));
    let target = targets
        .iter()
        .find(|t| t.id == id)
        .unwrap_or_else(|| panic!("no #{id} on {:?}", kiosk.route()));
    let centre = target.bounds.center();
    let (w, h, scale) = logical(kiosk, display.size);
    let bottom = display.size.1 as f32 - 16.0;
    if target.bounds.y + target.bounds.height <= bottom {
        assert!(
            common::tap_at(kiosk, id, (w, h)),
            "#{id} did nothing in the model"
        );
        display.click(centre.x, centre.y, "1");
        return;
    }
    // Below the fold: scroll down with the wheel first, in the model and then (quickly, so
    // the window sees no idle time) in the window.
    let notches = ((target.bounds.y + target.bounds.height - bottom)
        / (60.0 * LINES_PER_NOTCH * scale))
        .ceil();
    let lines = notches * LINES_PER_NOTCH;
    let over = iced::Point::new(w as f32 / 2.0, h as f32 * 0.6);
    let route = kiosk.route().clone();
    // Where the target will be once scrolled: the model tells how far it scrolled.
    let mut probe = kiosk.clone();
    let offset = common::wheel_and_tap_at(&mut probe, (w, h), over, lines, over);
    let at = iced::Point::new(centre.x / scale, centre.y / scale - offset);
    let _ = common::wheel_and_tap_at(kiosk, (w, h), over, lines, at);
    assert_ne!(kiosk.route(), route, "#{id} did nothing in the model");
    let (x, y) = (
        (over.x * scale).round().to_string(),
        (over.y * scale).round().to_string(),
    );
    display.xdotool(&["mousemove", &x, &y]);
    for _ in 0..notches as u32 {
        display.xdotool(&["click", "5"]);
    }
    std::thread::sleep(Duration::from_millis(300));
    display.click(at.x * scale, at.y * scale, "1");
}

/// One visitor, start to finish, at one screen size: every screen the window shows is
/// pixel for pixel the headless render of the same state.
fn journey(size: (u32, u32)) {
    let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let display = Display::start(size, Wm::Openbox);
    let config = kiosk_config(tmp.path(), "idle_timeout = 12\nidle_warning = 30\n");
    let mut kiosk = model(&config);
    let app = start_kiosk(&display, &config);
    let _ = display.window_of(app.0.id());
    expect_screen(&display, &attract_frames(&kiosk, size), "attract screen");

    let guide = common::embedded()
        .items_of(welcome_kiosk::content::Kind::Guides)
        .next()
        .map(|i| i.id.slug.clone())
        .unwrap_or_default();
    let steps: Vec<(String, &str)> = vec![
        ("attract".to_owned(), "language picker"),
        ("language-en".to_owned(), "home"),
        ("tile-guides".to_owned(), "list of guides"),
        (format!("card-guides-{guide}"), "a guide"),
        ("nav-back".to_owned(), "back on the list"),
        ("nav-emergency".to_owned(), "emergency numbers"),
        ("nav-language".to_owned(), "language picker again"),
        ("language-ar".to_owned(), "emergency numbers in Arabic"),
        ("nav-home".to_owned(), "home in Arabic"),
    ];
    for (id, what) in &steps {
        // A calm visitor: more than the tap guard's quiet time between taps.
        std::thread::sleep(Duration::from_millis(600));
        tap(&display, &mut kiosk, id);
        expect_screen(&display, &[render(&kiosk, size)], what);
    }

    // The volunteer: hold the centre's name, type the PIN, see the panel.
    let targets =
        welcome_kiosk::render::targets(&kiosk, size.0, size.1).unwrap_or_else(|e| panic!("{e}"));
    let centre = targets
        .iter()
        .find(|t| t.id == "centre-name")
        .map_or_else(|| panic!("no centre name"), |t| t.bounds.center());
    std::thread::sleep(Duration::from_millis(600));
    let (x, y) = (centre.x.round().to_string(), centre.y.round().to_string());
    display.xdotool(&["mousemove", &x, &y, "mousedown", "1"]);
    std::thread::sleep(Duration::from_millis(3600));
    display.xdotool(&["mouseup", "1"]);
    assert!(kiosk.preview("pin"));
    expect_screen(&display, &[render(&kiosk, size)], "PIN pad");
    for d in PIN.chars() {
        std::thread::sleep(Duration::from_millis(150));
        tap(&display, &mut kiosk, &format!("pin-{d}"));
    }
    std::thread::sleep(Duration::from_millis(150));
    tap(&display, &mut kiosk, "pin-ok");
    expect_screen(&display, &[render(&kiosk, size)], "volunteer panel");
    std::thread::sleep(Duration::from_millis(600));
    tap(&display, &mut kiosk, "panel-close");
    expect_screen(&display, &[render(&kiosk, size)], "home after the panel");

    // Nobody touches it: "Are you still there?" counts down (any of its seconds)...
    let warnings: Vec<_> = (1..=30)
        .map(|left| {
            let mut k = model_clone(&kiosk);
            k.show_idle_warning(Duration::from_secs(left));
            render(&k, size)
        })
        .collect();
    expect_screen_within(&display, &warnings, "idle warning", Duration::from_secs(20));
    // ..."I need more time" keeps the visitor where they were.
    let more = {
        let mut k = model_clone(&kiosk);
        k.show_idle_warning(Duration::from_secs(30));
        welcome_kiosk::render::targets(&k, size.0, size.1)
            .unwrap_or_else(|e| panic!("{e}"))
            .into_iter()
            .find(|t| t.id == "idle-more-time")
            .map_or_else(|| panic!("no idle-more-time"), |t| t.bounds.center())
    };
    display.click(more.x, more.y, "1");
    expect_screen(&display, &[render(&kiosk, size)], "home after more time");
}

#[test]
#[ignore = "needs Xvfb, openbox, xdotool, ImageMagick: apt-get install -y xvfb openbox xdotool imagemagick"]
fn a_visitor_journey_looks_exactly_like_its_headless_renders_at_1920_by_1080() {
    journey(SIZES[0]);
}

#[test]
#[ignore = "needs Xvfb, openbox, xdotool, ImageMagick: apt-get install -y xvfb openbox xdotool imagemagick"]
fn a_visitor_journey_looks_exactly_like_its_headless_renders_at_800_by_480() {
    journey(SIZES[1]);
}

#[test]
#[ignore = "needs Xvfb, openbox, xdotool, ImageMagick: apt-get install -y xvfb openbox xdotool imagemagick"]
fn a_visitor_journey_looks_exactly_like_its_headless_renders_in_portrait() {
    journey(SIZES[2]);
}

#[test]
#[ignore = "needs Xvfb, openbox, xdotool, ImageMagick: apt-get install -y xvfb openbox xdotool imagemagick"]
fn kiosk_mode_covers_every_screen_and_nothing_else_can_be_reached() {
    for size in SIZES {
        for wm in [Wm::Openbox, Wm::None] {
            let tmp = tempfile::tempdir().unwrap();
            let display = Display::start(size, wm);
            // One language: the attract screen does not cycle, so any change is a leak.
            let config = kiosk_config(tmp.path(), "languages = [\"en\"]\n");
            let kiosk = model(&config);
            let mut app = start_kiosk(&display, &config);
            let window = display.window_of(app.0.id());
            let covers = wait_until(Duration::from_secs(10), || {
                let geometry = display.xdotool(&["getwindowgeometry", &window]);
                geometry.contains("Position: 0,0")
                    && geometry.contains(&format!("Geometry: {}x{}", size.0, size.1))
            });
            assert!(
                covers,
                "{wm:?} {size:?}: {}",
                display.xdotool(&["getwindowgeometry", &window])
            );
            let attract = attract_frames(&kiosk, size);
            expect_screen(&display, &attract, &format!("attract {wm:?}"));
            // A right click anywhere, the corners included, opens no menu of the window
            // manager and changes nothing.
            let (w, h) = (size.0 as f32, size.1 as f32);
            for (x, y) in [
                (0.0, 0.0),
                (w - 1.0, 0.0),
                (0.0, h - 1.0),
                (w - 1.0, h - 1.0),
            ] {
                display.click(x, y, "3");
                std::thread::sleep(Duration::from_millis(300));
                expect_screen(&display, &attract, &format!("after a right click {wm:?}"));
            }
            // Close requests and keys leave it running and showing the same.
            display.xdotool(&["windowactivate", "--sync", &window]);
            for key in ["alt+F4", "ctrl+q", "ctrl+w", "Escape", "alt+Tab", "super"] {
                display.xdotool(&["key", key]);
            }
            std::thread::sleep(Duration::from_millis(500));
            assert!(running(&mut app), "{wm:?} {size:?}: a key ended the kiosk");
            expect_screen(&display, &attract, &format!("after keys {wm:?}"));
        }
    }
}

#[test]
#[ignore = "needs Xvfb, openbox, xdotool, ImageMagick: apt-get install -y xvfb openbox xdotool imagemagick"]
fn a_storm_of_taps_ends_on_the_screen_the_first_tap_opened() {
    let size = SIZES[0];
    let tmp = tempfile::tempdir().unwrap();
    let display = Display::start(size, Wm::Openbox);
    let config = kiosk_config(tmp.path(), "");
    let mut kiosk = model(&config);
    let app = start_kiosk(&display, &config);
    let _ = display.window_of(app.0.id());
    expect_screen(&display, &attract_frames(&kiosk, size), "attract screen");
    for id in ["attract", "language-en"] {
        std::thread::sleep(Duration::from_millis(600));
        tap(&display, &mut kiosk, id);
        expect_screen(&display, &[render(&kiosk, size)], id);
    }
    std::thread::sleep(Duration::from_millis(600));
    // Fifty taps 10 ms apart on "Jobs": the first opens the list, the others must not open
    // a job (or anything else under the finger).
    let jobs = welcome_kiosk::render::targets(&kiosk, size.0, size.1)
        .unwrap_or_else(|e| panic!("{e}"))
        .into_iter()
        .find(|t| t.id == "tile-jobs")
        .map_or_else(|| panic!("no Jobs tile"), |t| t.bounds.center());
    let (x, y) = (jobs.x.round().to_string(), jobs.y.round().to_string());
    display.xdotool(&[
        "mousemove",
        &x,
        &y,
        "click",
        "--repeat",
        "50",
        "--delay",
        "10",
        "1",
    ]);
    let (w, h, _) = logical(&kiosk, size);
    assert!(common::tap_at(&mut kiosk, "tile-jobs", (w, h)));
    assert_eq!(
        kiosk.route(),
        Route::List(welcome_kiosk::content::Kind::Jobs)
    );
    std::thread::sleep(Duration::from_millis(1500));
    expect_screen(
        &display,
        &[render(&kiosk, size)],
        "the list of jobs after 50 taps",
    );
    // The same on the attract screen: two quick taps do not pick a language.
    let tmp = tempfile::tempdir().unwrap();
    let display = Display::start(size, Wm::Openbox);
    let config = kiosk_config(tmp.path(), "");
    let mut kiosk = model(&config);
    let app = start_kiosk(&display, &config);
    let _ = display.window_of(app.0.id());
    expect_screen(&display, &attract_frames(&kiosk, size), "attract screen");
    let (w, h) = ((size.0 / 2).to_string(), (size.1 / 3).to_string());
    display.xdotool(&[
        "mousemove",
        &w,
        &h,
        "click",
        "--repeat",
        "2",
        "--delay",
        "150",
        "1",
    ]);
    let (w, h, _) = logical(&kiosk, size);
    assert!(common::tap_at(&mut kiosk, "attract", (w, h)));
    std::thread::sleep(Duration::from_secs(1));
    expect_screen(
        &display,
        &[render(&kiosk, size)],
        "the language picker after a double tap",
    );
}

#[test]
#[ignore = "needs Xvfb, openbox, xdotool, ImageMagick: apt-get install -y xvfb openbox xdotool imagemagick"]
fn close_requests_are_ignored_in_kiosk_mode_but_work_in_a_window_and_sigterm_ends_it() {
    let tmp = tempfile::tempdir().unwrap();
    let display = Display::start(SIZES[0], Wm::Openbox);
    let config = kiosk_config(tmp.path(), "");
    let mut app = start_kiosk(&display, &config);
    let window = display.window_of(app.0.id());
    display.xdotool(&["windowactivate", "--sync", &window]);
    for key in ["alt+F4", "ctrl+q", "ctrl+w", "Escape"] {
        display.xdotool(&["key", key]);
    }
    std::thread::sleep(Duration::from_secs(1));
    assert!(running(&mut app), "a close request ended the kiosk");

    // Controls: the same Alt+F4 closes, and Ctrl+Q quits, a window that is not in kiosk
    // mode, so the keys really reached the kiosk above.
    for (key, failure) in [
        (
            "alt+F4",
            "Alt+F4 did not close a normal window: the close-request check above proves nothing",
        ),
        ("ctrl+q", "Ctrl+Q did not quit a normal window"),
    ] {
        let mut windowed = App(display
            .command(env!("CARGO_BIN_EXE_welcome-kiosk"))
            .args(["--windowed", "--lang", "en"])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap());
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
#[ignore = "needs Xvfb, openbox, xdotool, ImageMagick: apt-get install -y xvfb openbox xdotool imagemagick"]
fn tells_systemd_when_ready_and_pings_the_watchdog() {
    let tmp = tempfile::tempdir().unwrap();
    let socket_path = tmp.path().join("notify.sock");
    let socket = UnixDatagram::bind(&socket_path).unwrap();
    socket
        .set_read_timeout(Some(Duration::from_secs(20)))
        .unwrap();
    let display = Display::start((1280, 800), Wm::None);
    let _app = App(display
        .command(env!("CARGO_BIN_EXE_welcome-kiosk"))
        .args(["--windowed", "--lang", "en"])
        .env("NOTIFY_SOCKET", &socket_path)
        .env("WATCHDOG_USEC", "1000000")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap());
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
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("no display found"), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
}
