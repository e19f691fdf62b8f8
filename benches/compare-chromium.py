#!/usr/bin/env python3
"""The kiosk against a Chromium kiosk, in one run on the same machine, by the same method.

    benches/compare-chromium.py [--kiosk target/release/welcome-kiosk] [--size 1920x1080]
                                [--rounds 3] [--idle 60] [--taps 5] [--markdown FILE]

For each program and round, on a private Xvfb display with openbox:
  first frame   launch → the screen first shows the home page's colours (≥ 3 colours),
                read from the X server's root window every few ms (benches/xscreen.py)
  PSS           proportional memory of the whole process tree, 3 s after the first frame
  idle CPU      CPU of the process tree over --idle seconds on the home page, untouched
  tap → drawn   a tap on the Jobs tile until the next screen is completely drawn (the
                screen's last change before it stays still for 0.5 s; the first change,
                e.g. a pressed button, is shown too), median of --taps taps, Back between
  language      a tap on a language on the picker until Home is drawn in it (median)
  attract idle  the kiosk only: CPU over --idle seconds on the attract screen (1 Hz clock)
Then prints the medians over the rounds, the ratios Chromium ÷ kiosk, and the goals.

Chromium shows an equivalent page: built from the same bundle (tile names, the jobs' titles,
every language's own name) with the kiosk's own fonts, each button at the place the kiosk
draws it (from `welcome-kiosk render --widgets`), so the same taps land on the same things.
It runs as `chromium --kiosk` with a fresh profile and no GPU, as a centre would set it up.
Needs: Xvfb, openbox, chromium (Debian packages). Results: docs/performance.md."""

import argparse
import html
import json
import os
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import xscreen  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NOW = "2026-11-22T10:30:00"
KINDS = ["guides", "jobs", "contacts", "services", "events", "stories"]


def ftl(lang):
    """Messages of locales/LANG/kiosk.ftl (single-line ones)."""
    out = {}
    with open(os.path.join(ROOT, "locales", lang, "kiosk.ftl"), encoding="utf-8") as f:
        for line in f:
            m = re.match(r"^(-?[a-z][a-z0-9-]*) = (.+)$", line.rstrip("\n"))
            if m:
                out[m.group(1)] = m.group(2)
    return out


def bundle_languages():
    text = open(os.path.join(ROOT, "assets/bundle/bundle.toml"), encoding="utf-8").read()
    block = re.search(r"^languages = \[(.*?)\]", text, re.S | re.M).group(1)
    return re.findall(r'"([^"]+)"', block)


def job_titles(lang):
    titles = []
    folder = os.path.join(ROOT, "assets/bundle/jobs")
    for name in sorted(os.listdir(folder)):
        if name.endswith(f".{lang}.md"):
            for line in open(os.path.join(folder, name), encoding="utf-8"):
                if line.startswith("# "):
                    titles.append(line[2:].strip())
                    break
    return titles


def kiosk_widgets(kiosk, config, screen, lang, size, tmp):
    path = os.path.join(tmp, "w.json")
    subprocess.run([kiosk, "render", "--config", config, "--now", NOW, "--screen", screen,
                    "--lang", lang, "--size", f"{size[0]}x{size[1]}",
                    "--out", os.path.join(tmp, "w.png"), "--widgets", path],
                   check=True, capture_output=True)
    with open(path) as f:
        return {w["id"]: w for w in json.load(f)}


def centre(w):
    return (w["x"] + w["width"] / 2, w["y"] + w["height"] / 2)


PAGE = """<!doctype html><html lang="{lang}" dir="{dir}"><head><meta charset="utf-8">
<title>{title}</title><style>
@font-face {{ font-family: Kiosk; src: url("file://{font}"); }}
@font-face {{ font-family: Kiosk; font-weight: bold; src: url("file://{bold}"); }}
html, body {{ margin: 0; height: 100%; background: #f6f4ef; font-family: Kiosk, sans-serif;
  color: #1d2430; overflow: hidden; }}
a {{ position: absolute; display: flex; align-items: center; justify-content: center;
  border-radius: 14px; text-decoration: none; color: #fff; font-weight: bold;
  font-size: 28px; text-align: center; box-sizing: border-box; padding: 8px; }}
.bar {{ position: absolute; left: 0; right: 0; top: 0; height: {bar}px; background: #1d2430; }}
.name {{ position: absolute; left: 24px; top: 0; height: {bar}px; line-height: {bar}px;
  color: #fff; font-size: 26px; font-weight: bold; }}
.nav {{ background: #2d5da8; font-size: 22px; }}
.sos {{ background: #b3261e; font-size: 22px; }}
.tile {{ background: #2d6a4f; font-size: 34px; }}
.card {{ background: #fff; color: #1d2430; border: 2px solid #c9c3b6; justify-content: flex-start;
  font-size: 26px; }}
h1 {{ position: absolute; left: 48px; top: {h1}px; margin: 0; font-size: 44px; }}
</style></head><body><div class="bar"><div class="name">{name}</div></div>
<h1>{heading}</h1>
{links}
</body></html>
"""


def link(cls, href, w, label):
    return (f'<a class="{cls}" href="{href}" style="left:{w["x"]}px;top:{w["y"]}px;'
            f'width:{w["width"]}px;height:{w["height"]}px">{html.escape(label)}</a>')


def build_site(kiosk, config, size, tmp):
    """home-en, home-fr, jobs-en and language pages, placed like the kiosk's widgets."""
    site = os.path.join(tmp, "site")
    os.makedirs(site)
    font = os.path.join(ROOT, "assets/fonts/NotoSans-Regular.ttf")
    bold = os.path.join(ROOT, "assets/fonts/NotoSans-Bold.ttf")
    if not os.path.exists(font):
        fonts = sorted(f for f in os.listdir(os.path.join(ROOT, "assets/fonts")) if f.startswith("NotoSans-"))
        font = bold = os.path.join(ROOT, "assets/fonts", fonts[0]) if fonts else ""
    home_w = kiosk_widgets(kiosk, config, "home", "en", size, tmp)
    jobs_w = kiosk_widgets(kiosk, config, "list:jobs", "en", size, tmp)
    lang_w = kiosk_widgets(kiosk, config, "language", "en", size, tmp)
    bar = int(home_w.get("nav-language", {"y": 0, "height": 80})["y"] * 2
              + home_w.get("nav-language", {"height": 80})["height"])
    centre_name = "Example Community Centre"

    def page(name, lang, title, heading, links):
        with open(os.path.join(site, name), "w", encoding="utf-8") as f:
            f.write(PAGE.format(lang=lang, dir="ltr", title=html.escape(title), font=font,
                                bold=bold, bar=bar, name=centre_name, h1=bar + 24,
                                heading=html.escape(heading), links="\n".join(links)))

    for lang in ["en", "fr"]:
        m = ftl(lang)
        links = []
        for id_, cls, href, label in [
            ("nav-language", "nav", "language.html", m.get("nav-language", "Language")),
            ("nav-emergency", "sos", "emergency.html", m.get("nav-emergency", "Emergency")),
            ("nav-search", "nav", "search.html", m.get("nav-search", "Search")),
        ] + [(f"tile-{k}", "tile", f"{k}-{lang}.html", m.get(f"kind-{k}", k)) for k in KINDS]:
            if id_ in home_w:
                links.append(link(cls, href, home_w[id_], label))
        page(f"home-{lang}.html", lang, "Welcome", m.get("home-heading", "Welcome"), links)
        cards = [link("nav", f"home-{lang}.html", jobs_w["nav-back"], m.get("nav-back", "Back"))] \
            if "nav-back" in jobs_w else []
        card_w = [w for i, w in jobs_w.items() if i.startswith("card-jobs-")]
        for w, title in zip(card_w, job_titles(lang) or job_titles("en")):
            cards.append(link("card", "#", w, title))
        page(f"jobs-{lang}.html", lang, "Jobs", m.get("kind-jobs", "Jobs"), cards)
    names = []
    for tag in bundle_languages():
        w = lang_w.get(f"language-{tag}")
        if not w:
            continue
        try:
            own = ftl(tag).get("-language-name", tag)
        except OSError:
            own = tag
        target = "home-fr.html" if tag == "fr" else "home-en.html"
        names.append(link("card", target, w, own))
    page("language.html", "en", "Language", "", names)
    return site, home_w, jobs_w, lang_w


class Display:
    def __init__(self, size):
        # Xvfb sometimes fails to come up (a display number still locked by the last one):
        # try again with a fresh one.
        for attempt in range(3):
            try:
                self._start(size)
                return
            except RuntimeError:
                self.close()
                time.sleep(1 + attempt)
        raise RuntimeError("Xvfb did not start three times in a row")

    def _start(self, size):
        self.screen = None
        self.size = size
        self.tmp = tempfile.mkdtemp(prefix="kiosk-bench-")
        read, write = os.pipe()
        self.xvfb = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write), "-screen", "0", f"{size[0]}x{size[1]}x24",
             "-nolisten", "tcp"], pass_fds=(write,), stderr=subprocess.DEVNULL)
        os.close(write)
        self.name = ":" + os.read(read, 16).decode().strip()
        os.close(read)
        self.wm = None
        if self.name == ":":
            raise RuntimeError("Xvfb exited before it was ready")
        self.env = dict(os.environ, DISPLAY=self.name, XDG_RUNTIME_DIR=self.tmp)
        self.env.pop("WAYLAND_DISPLAY", None)
        self.wm = subprocess.Popen(["openbox"], env=self.env, stdout=subprocess.DEVNULL,
                                   stderr=subprocess.DEVNULL)
        self.screen = xscreen.Screen(self.name, *size)
        time.sleep(1.0)

    def close(self):
        if getattr(self, "screen", None):
            self.screen.close()
        for p in (getattr(self, "wm", None), getattr(self, "xvfb", None)):
            if p:
                p.kill()
                p.wait()
        shutil.rmtree(getattr(self, "tmp", ""), ignore_errors=True)


def launch(cmd, display):
    return subprocess.Popen(cmd, env=display.env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, start_new_session=True)


def stop(proc):
    try:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(timeout=5)
    except (subprocess.TimeoutExpired, ProcessLookupError):
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        proc.wait()


def first_frame(display, proc, start, timeout=30):
    while time.monotonic() - start < timeout:
        if proc.poll() is not None:
            return None
        if display.screen.colours() >= 3:
            return time.monotonic() - start
        time.sleep(0.004)
    return None


def timed_tap(display, point, settle=0.5):
    """(first, complete): seconds from the tap until the screen first changes and until
    the next screen is completely drawn (its last change before it stays still)."""
    before = display.screen.fingerprint()
    display.screen.tap(*point)
    return display.screen.wait_settled(before, timeout=10, settle=settle)


def measure(kind, cmd, display, args, points):
    """One round for one program: the figures of the docstring."""
    result = {}
    start = time.monotonic()
    proc = launch(cmd, display)
    try:
        ff = first_frame(display, proc, start)
        if ff is None:
            raise RuntimeError(f"{kind}: no frame within 30 s")
        result["first_frame_ms"] = ff * 1000
        # Until the page is complete and still (Chromium paints in several passes).
        display.screen.wait_change(b"", timeout=10, settle=1.0)
        time.sleep(3)
        result["pss_mb"] = xscreen.pss_mb(proc.pid)
        result["processes"] = len(xscreen.tree_pids(proc.pid))
        result["idle_cpu_percent"] = xscreen.cpu_percent(proc.pid, args.idle)
        taps, firsts, switches = [], [], []
        for _ in range(args.taps):
            first, done = timed_tap(display, points["tile-jobs"])
            if done is not None:
                taps.append(done * 1000)
                firsts.append(first * 1000)
            timed_tap(display, points["nav-back"])
        for _ in range(args.taps):
            timed_tap(display, points["nav-language"])
            _, done = timed_tap(display, points["language-fr"])
            if done is not None:
                switches.append(done * 1000)
            timed_tap(display, points["nav-language"])
            timed_tap(display, points["language-en"])
        nan = float("nan")
        result["tap_ms"] = statistics.median(taps) if taps else nan
        result["tap_first_ms"] = statistics.median(firsts) if firsts else nan
        result["language_ms"] = statistics.median(switches) if switches else nan
        result["pss_after_mb"] = xscreen.pss_mb(proc.pid)
    finally:
        stop(proc)
    return result


def attract_idle(kiosk, config, display, seconds):
    proc = launch([kiosk, "--config", config, "--now", NOW], display)
    try:
        first_frame(display, proc, time.monotonic())
        time.sleep(3)
        return xscreen.cpu_percent(proc.pid, seconds)
    finally:
        stop(proc)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--kiosk", default=os.path.join(ROOT, "target/release/welcome-kiosk"))
    parser.add_argument("--chromium", default=shutil.which("chromium") or "chromium")
    parser.add_argument("--size", default="1920x1080")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--idle", type=float, default=60)
    parser.add_argument("--taps", type=int, default=5)
    parser.add_argument("--markdown", help="also write the table to this file")
    args = parser.parse_args()
    size = tuple(int(v) for v in args.size.split("x"))
    work = tempfile.mkdtemp(prefix="kiosk-compare-")
    config = os.path.join(work, "config.toml")
    with open(config, "w") as f:
        # Kiosk mode; no idle reset while the harness waits on the home page.
        f.write("kiosk = true\nidle_timeout = 3600\n")
    site, home_w, jobs_w, lang_w = build_site(args.kiosk, config, size, work)
    points = {
        "tile-jobs": centre(home_w["tile-jobs"]),
        "nav-back": centre(jobs_w["nav-back"]),
        "nav-language": centre(home_w["nav-language"]),
        "language-fr": centre(lang_w["language-fr"]),
        "language-en": centre(lang_w["language-en"]),
    }
    kiosk_cmd = [args.kiosk, "--config", config, "--now", NOW, "--lang", "en"]
    rounds = {"kiosk": [], "chromium": []}
    attract = []
    for r in range(args.rounds):
        for kind in ["kiosk", "chromium"]:
            display = Display(size)
            try:
                if kind == "kiosk":
                    cmd = kiosk_cmd
                else:
                    profile = os.path.join(work, f"profile-{r}")
                    cmd = [args.chromium, "--kiosk", "--no-sandbox", "--disable-gpu",
                           "--no-first-run", "--no-default-browser-check",
                           "--disable-background-networking", "--disable-component-update",
                           "--disable-sync", "--disable-features=Translate,MediaRouter",
                           "--password-store=basic", "--noerrdialogs",
                           f"--user-data-dir={profile}",
                           f"--window-size={size[0]},{size[1]}",
                           "file://" + os.path.join(site, "home-en.html")]
                res = measure(kind, cmd, display, args, points)
                rounds[kind].append(res)
                print(f"round {r + 1} {kind}: " + ", ".join(f"{k}={v:.1f}" for k, v in res.items()),
                      flush=True)
            finally:
                display.close()
        display = Display(size)
        try:
            attract.append(attract_idle(args.kiosk, config, display, args.idle))
        finally:
            display.close()
    shutil.rmtree(work, ignore_errors=True)

    def med(kind, key):
        values = [r[key] for r in rounds[kind] if key in r]
        return statistics.median(values) if values else float("nan")

    rows = [
        ("First frame (ms)", "first_frame_ms", "≤ 150", lambda v: v <= 150),
        ("PSS of the process tree (MB)", "pss_mb", "≤ 60", lambda v: v <= 60),
        ("PSS after the taps (MB)", "pss_after_mb", "", None),
        ("Processes", "processes", "", None),
        ("Idle CPU, home, untouched (%)", "idle_cpu_percent", "0.0", lambda v: v < 0.05),
        ("Tap → first visible change (ms)", "tap_first_ms", "", None),
        ("Tap → next screen drawn (ms)", "tap_ms", "≤ 33", lambda v: v <= 33),
        ("Language switch → drawn (ms)", "language_ms", "", None),
    ]
    lines = [f"Same machine, one run: {time.strftime('%Y-%m-%d')}, {os.cpu_count()} CPU cores, "
             f"{size[0]}×{size[1]} Xvfb + openbox, software rendering, medians of "
             f"{args.rounds} rounds ({args.taps} taps each).", "",
             "| | Welcome Kiosk | Chromium --kiosk | Chromium ÷ kiosk | Goal (kiosk) |",
             "|---|---:|---:|---:|---|"]
    for label, key, goal, ok in rows:
        k, c = med("kiosk", key), med("chromium", key)
        ratio = c / k if k else float("inf")
        mark = "" if ok is None else (" ✓" if ok(k) else " ✗")
        lines.append(f"| {label} | {k:.1f} | {c:.1f} | {ratio:.1f}× | {goal}{mark} |")
    a = statistics.median(attract) if attract else float("nan")
    lines.append(f"| Idle CPU, attract screen (%) | {a:.2f} | – | – | (1 Hz clock) |")
    ff = med("chromium", "first_frame_ms") / med("kiosk", "first_frame_ms")
    mem = med("chromium", "pss_mb") / med("kiosk", "pss_mb")
    lines.append("")
    lines.append(f"Start: {ff:.1f}× faster than Chromium (goal ≥ 5×); memory: {mem:.1f}× less "
                 f"(goal ≥ 10×).")
    table = "\n".join(lines)
    print(table)
    if args.markdown:
        with open(args.markdown, "w", encoding="utf-8") as f:
            f.write(table + "\n")


if __name__ == "__main__":
    main()
