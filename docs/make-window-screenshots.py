#!/usr/bin/env python3
"""Screenshots of the REAL kiosk window (not headless renders) for docs/screenshots.

Runs the kiosk in kiosk mode on a private Xvfb screen with openbox, at the screen sizes a
centre may have, taps through it with xdotool as a visitor would (finding each button with
`welcome-kiosk render --widgets`, at the same size), and captures the screen with
ImageMagick's `import`. Needs: xvfb openbox xdotool imagemagick (Debian packages).

Usage: docs/make-window-screenshots.py [path/to/welcome-kiosk]
"""
import json
import os
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KIOSK = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "target/release/welcome-kiosk"))
OUT = os.path.join(ROOT, "docs/screenshots")
NOW = "2026-11-23T10:00"

# (file name, screen size, language, taps from Home: each a widget id on the screen reached so far)
SHOTS = [
    ("window-home-en-1920x1080", (1920, 1080), "en", []),
    ("window-home-ar-1920x1080", (1920, 1080), "ar", []),
    ("window-jobs-fr-800x480", (800, 480), "fr", ["tile-jobs"]),
    ("window-emergency-fa-800x480", (800, 480), "fa", ["nav-emergency"]),
    ("window-job-ar-1080x1920", (1080, 1920), "ar", ["tile-jobs", "card-jobs-kitchen-assistant"]),
    ("window-guide-ti-1080x1920", (1080, 1920), "ti", ["tile-guides", "card-guides-urgent-health-care"]),
    ("window-picker-en-1920x1080", (1920, 1080), "en", ["nav-language"]),
    ("window-picker-ar-800x480", (800, 480), "ar", ["nav-language"]),
    ("window-home-he-1920x1080", (1920, 1080), "he", []),
    ("window-guide-th-800x480", (800, 480), "th", ["tile-guides", "card-guides-urgent-health-care"]),
    ("window-emergency-ka-1080x1920", (1080, 1920), "ka", ["nav-emergency"]),
]

# The screen each tap leads to, for `render --widgets` of the next step.
SCREEN_AFTER = {
    "tile-jobs": "list:jobs",
    "nav-language": "language",
    "tile-guides": "list:guides",
    "nav-emergency": "emergency",
    "card-jobs-kitchen-assistant": "detail:jobs/kitchen-assistant",
    "card-guides-urgent-health-care": "detail:guides/urgent-health-care",
}


def run(*args, **kw):
    return subprocess.run(args, check=True, capture_output=True, text=True, **kw)


def widgets(config, screen, lang, size, tmp):
    path = os.path.join(tmp, "w.json")
    run(KIOSK, "render", "--config", config, "--now", NOW, "--screen", screen, "--lang", lang,
        "--size", f"{size[0]}x{size[1]}", "--out", os.path.join(tmp, "w.png"), "--widgets", path)
    with open(path) as f:
        return {w["id"]: w for w in json.load(f)}


def shoot(name, size, lang, taps):
    with tempfile.TemporaryDirectory() as tmp:
        config = os.path.join(tmp, "config.toml")
        with open(config, "w") as f:
            f.write("kiosk = true\n")
        read, write = os.pipe()
        xvfb = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0",
                                 f"{size[0]}x{size[1]}x24", "-nolisten", "tcp"],
                                pass_fds=(write,), stderr=subprocess.DEVNULL)
        display = ":" + os.read(read, 16).decode().strip()
        env = dict(os.environ, DISPLAY=display, XDG_RUNTIME_DIR=tmp)
        env.pop("WAYLAND_DISPLAY", None)
        wm = subprocess.Popen(["openbox"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(0.8)
        kiosk = subprocess.Popen([KIOSK, "--config", config, "--now", NOW, "--lang", lang], env=env,
                                 stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            time.sleep(3)
            screen = "home"
            for tap in taps:
                w = widgets(config, screen, lang, size, tmp)[tap]
                x, y = w["x"] + w["width"] / 2, w["y"] + w["height"] / 2
                subprocess.run(["xdotool", "mousemove", str(int(x)), str(int(y)), "click", "1"], env=env, check=True)
                screen = SCREEN_AFTER[tap]
                time.sleep(1.5)
            # Move the pointer out of the way (it is hidden in kiosk mode anyway).
            subprocess.run(["xdotool", "mousemove", "0", "0"], env=env, check=True)
            time.sleep(0.5)
            out = os.path.join(OUT, name + ".png")
            subprocess.run(["import", "-window", "root", out], env=env, check=True)
            print(out)
        finally:
            for p in (kiosk, wm, xvfb):
                p.kill()
                p.wait()


for shot in SHOTS:
    shoot(*shot)
