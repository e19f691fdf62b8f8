#!/usr/bin/env python3
"""The real window under random use for a long time (an hour by default).

    benches/window-soak.py [--kiosk target/release/welcome-kiosk] [--minutes 60]
                           [--size 1920x1080] [--seed 1] [--csv FILE]

Runs the kiosk in kiosk mode on a private Xvfb display with openbox and, from a seeded
random stream, taps buttons and empty places, holds the centre's name (the volunteers'
long press), scrolls, and now and then leaves it alone long enough for the idle warning and
the reset. Every minute it samples the kiosk's resident memory (RSS), PSS and the CPU it
used over that minute, and checks that the window still answers: the screen changed during
the minute, or a tap on Emergency or Home changes it, or (something modal is up, like the
PIN pad) left alone it resets itself within the idle timeout. Prints a table and a summary (growth of RSS from the
first sample after warm-up to the last); fails if the kiosk exits or stops answering.
Needs: Xvfb, openbox (Debian packages). Results: docs/performance.md."""

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import xscreen  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def widgets(kiosk, config, screen, size, tmp):
    path = os.path.join(tmp, "w.json")
    subprocess.run([kiosk, "render", "--config", config, "--screen", screen, "--lang", "en",
                    "--size", f"{size[0]}x{size[1]}", "--out", os.path.join(tmp, "w.png"),
                    "--widgets", path], check=True, capture_output=True)
    with open(path) as f:
        return json.load(f)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--kiosk", default=os.path.join(ROOT, "target/release/welcome-kiosk"))
    parser.add_argument("--minutes", type=float, default=60)
    parser.add_argument("--size", default="1920x1080")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--csv")
    args = parser.parse_args()
    size = tuple(int(v) for v in args.size.split("x"))
    rng = random.Random(args.seed)
    tmp = tempfile.mkdtemp(prefix="kiosk-soak-")
    config = os.path.join(tmp, "config.toml")
    pin_hash = subprocess.run([args.kiosk, "hash-pin"], input="2468\n", capture_output=True,
                              text=True, check=True).stdout.strip()
    with open(config, "w") as f:
        f.write(f'kiosk = true\nidle_timeout = 60\nidle_warning = 15\npin_hash = "{pin_hash}"\n')
    # Where the buttons are on the screens a visitor passes through (all ids, by screen).
    targets = []
    for screen in ["home", "list:jobs", "list:guides", "emergency", "language", "search"]:
        targets += [w for w in widgets(args.kiosk, config, screen, size, tmp)]
    home = {w["id"]: w for w in widgets(args.kiosk, config, "home", size, tmp)}
    probes = [home[i] for i in ("nav-emergency", "nav-home") if i in home]

    read, write = os.pipe()
    xvfb = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0",
                             f"{size[0]}x{size[1]}x24", "-nolisten", "tcp"],
                            pass_fds=(write,), stderr=subprocess.DEVNULL)
    os.close(write)
    display = ":" + os.read(read, 16).decode().strip()
    env = dict(os.environ, DISPLAY=display, XDG_RUNTIME_DIR=tmp)
    env.pop("WAYLAND_DISPLAY", None)
    wm = subprocess.Popen(["openbox"], env=env, stdout=subprocess.DEVNULL,
                          stderr=subprocess.DEVNULL)
    time.sleep(1)
    log = open(os.path.join(tmp, "kiosk.log"), "w")
    kiosk = subprocess.Popen([args.kiosk, "--config", config], env=env, stdout=log, stderr=log)
    screen = xscreen.Screen(display, *size)
    samples = []
    actions = {"tap": 0, "empty": 0, "hold": 0, "scroll": 0, "walk-away": 0}
    failed = None
    try:
        time.sleep(3)
        start = time.monotonic()
        next_sample = start + 60
        last_ticks = xscreen.cpu_ticks(kiosk.pid)
        last_time = start
        hz = os.sysconf("SC_CLK_TCK")
        quiet_until = 0.0  # a visitor who walked away: no input until then
        changed = [False]  # the screen changed since the last sample
        last_seen = screen.fingerprint()

        def sample_now(now):
            nonlocal last_ticks, last_time
            ticks = xscreen.cpu_ticks(kiosk.pid)
            cpu = 100.0 * (ticks - last_ticks) / hz / (now - last_time)
            last_ticks, last_time = ticks, now
            sample = {
                "minute": (now - start) / 60,
                "rss_mb": xscreen.rss_mb(kiosk.pid),
                "pss_mb": xscreen.pss_mb(kiosk.pid),
                "cpu_percent": cpu,
                "actions": sum(actions.values()),
            }
            # Still answering: the screen changed during the minute (after a tap, or the idle
            # warning and reset), or a tap on Emergency (or, if that is up, Home) changes it.
            sample["answers"] = changed[0]
            changed[0] = False
            # Nothing changed, even during a walk-away (then it is on the attract screen
            # already): probe with taps.
            for w in ([] if sample["answers"] else probes):
                before = screen.fingerprint()
                screen.tap(w["x"] + w["width"] / 2, w["y"] + w["height"] / 2)
                if screen.wait_change(before, timeout=5, settle=0.3) is not None:
                    sample["answers"] = True
                    break
            if not sample["answers"]:
                # Something modal may be up (the PIN pad after a long press on the name
                # takes only its own keys): left alone, a living kiosk resets itself after
                # the idle timeout, on any screen. Wait for that, with no input.
                before = screen.fingerprint()
                sample["answers"] = screen.wait_change(before, timeout=90, settle=0.3) is not None
                sample["needed_idle_reset"] = True
            samples.append(sample)
            print(f"{sample['minute']:5.1f} min  rss {sample['rss_mb']:6.1f} MB  "
                  f"pss {sample['pss_mb']:6.1f} MB  cpu {cpu:5.1f} %  "
                  f"actions {sample['actions']}  answers {sample['answers']}", flush=True)

        while time.monotonic() - start < args.minutes * 60:
            if kiosk.poll() is not None:
                failed = f"the kiosk exited with {kiosk.returncode}"
                break
            now = time.monotonic()
            if now >= next_sample:
                sample_now(now)
                next_sample += 60
                continue
            seen = screen.fingerprint()
            if seen != last_seen:
                changed[0], last_seen = True, seen
            if now < quiet_until:
                time.sleep(min(1.0, quiet_until - now))
                continue
            roll = rng.random()
            if roll < 0.60:
                w = rng.choice(targets)
                screen.tap(w["x"] + w["width"] / 2, w["y"] + w["height"] / 2)
                actions["tap"] += 1
            elif roll < 0.80:
                screen.tap(rng.uniform(0, size[0]), rng.uniform(0, size[1]))
                actions["empty"] += 1
            elif roll < 0.90:
                screen.wheel(rng.uniform(0, size[0]), rng.uniform(0, size[1]), rng.random() < 0.7)
                actions["scroll"] += 1
            elif roll < 0.97:
                # The centre's name, in the bar (left-to-right), held for 3.5 s.
                w = home.get("centre-name")
                if w:
                    screen.tap(w["x"] + w["width"] / 2, w["y"] + w["height"] / 2, hold=3.5)
                actions["hold"] += 1
            else:
                # Nobody there: the warning after 60 s, the reset 15 s later.
                actions["walk-away"] += 1
                quiet_until = time.monotonic() + 80
            time.sleep(rng.uniform(0.2, 2.5))
    finally:
        screen.close()
        kiosk.terminate()
        try:
            kiosk.wait(timeout=5)
        except subprocess.TimeoutExpired:
            kiosk.kill()
        for p in (wm, xvfb):
            p.kill()
            p.wait()
        log.close()
    if args.csv:
        with open(args.csv, "w") as f:
            f.write("minute,rss_mb,pss_mb,cpu_percent,actions,answers,needed_idle_reset\n")
            for s in samples:
                f.write(f"{s['minute']:.1f},{s['rss_mb']:.1f},{s['pss_mb']:.1f},"
                        f"{s['cpu_percent']:.1f},{s['actions']},{int(s['answers'])},"
                        f"{int(s.get('needed_idle_reset', False))}\n")
    if samples:
        warm = samples[min(2, len(samples) - 1)]
        last = samples[-1]
        print(f"summary: {len(samples)} samples, {sum(actions.values())} actions {actions}; "
              f"RSS {warm['rss_mb']:.1f} MB at minute {warm['minute']:.0f} → {last['rss_mb']:.1f} MB "
              f"at minute {last['minute']:.0f} (max {max(s['rss_mb'] for s in samples):.1f}); "
              f"mean CPU {sum(s['cpu_percent'] for s in samples) / len(samples):.1f} %; "
              f"answered {sum(s['answers'] for s in samples)}/{len(samples)}")
        if not all(s["answers"] for s in samples):
            failed = failed or "the window stopped answering taps"
    if failed:
        print("FAILED:", failed)
        sys.exit(1)


if __name__ == "__main__":
    main()
