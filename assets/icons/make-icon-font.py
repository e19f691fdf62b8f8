#!/usr/bin/env python3
"""Rebuild assets/icons/kiosk-icons.ttf: the subset of the Lucide icon font the kiosk uses.

Usage (offline; needs `pip install fonttools` and `npm pack lucide-static`):
    npm pack lucide-static@1.62.0 && tar xzf lucide-static-1.62.0.tgz
    python3 assets/icons/make-icon-font.py package/font

The Rust side (src/kiosk/icon.rs) names each glyph by its Lucide code point; a unit test checks
that every code point it uses is in this font, so a missing icon can never render as a box.
"""
import json
import pathlib
import subprocess
import sys

ICONS = """
scale briefcase siren hand-helping building-2 calendar-days book-open house arrow-left
arrow-right languages phone map-pin clock mail globe info users heart-handshake graduation-cap
stethoscope key-round message-circle euro coins triangle-alert circle-alert shield landmark film
party-popper megaphone baby utensils bus heart rainbow file-text a-large-small chevron-right
chevron-left phone-call hourglass check x lock id-card hand-heart circle-check ban
volume-2 volume-1 volume-x pause play square skip-back skip-forward rotate-ccw minus plus
contrast search delete qr-code funnel keyboard arrow-big-up corner-down-left space
""".split()

def main() -> None:
    font_dir = pathlib.Path(sys.argv[1])
    points = json.loads((font_dir / "codepoints.json").read_text())
    missing = [name for name in ICONS if name not in points]
    if missing:
        sys.exit(f"not in this Lucide version: {missing}")
    out = pathlib.Path(__file__).with_name("kiosk-icons.ttf")
    unicodes = ",".join(f"U+{points[name]:04X}" for name in ICONS)
    subprocess.run(
        ["pyftsubset", str(font_dir / "lucide.ttf"), f"--unicodes={unicodes}",
         f"--output-file={out}", "--no-hinting", "--desubroutinize"],
        check=True,
    )
    for name in ICONS:
        print(f"{name} = 0x{points[name]:04X}")

if __name__ == "__main__":
    main()
