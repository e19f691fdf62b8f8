#!/usr/bin/env python3
"""Build assets/fonts/NotoSansSC-Kiosk-{Regular,Bold}.otf: Noto Sans CJK SC cut down to what a
kiosk needs, so Chinese does not cost 2 x 19 MB.

Kept: the 8,105 characters of China's Table of General Standard Chinese Characters
(《通用规范汉字表》, State Council, 2013; the list in assets/fonts/tgscc-8105.txt, one character
after another in the table's order), the 3,755 level-1 characters of GB 2312, every character
of locales/zh-Hans/*.ftl and of the built-in content's zh-Hans texts, CJK punctuation and
full-width forms. Bopomofo is not needed.
Characters outside this set fall back to nothing (a box): the glyph-coverage test in
`cargo test` checks all shipped strings, and docs/fonts.md explains how to rebuild.

Usage (offline; `pip install fonttools`, Debian package fonts-noto-cjk 20220127):
    apt-get download fonts-noto-cjk && dpkg-deb -x fonts-noto-cjk_*.deb cjk
    python3 assets/fonts/make-cjk-subset.py cjk/usr/share/fonts/opentype/noto
"""
import pathlib
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parents[2]
SC_INDEX = 2  # face order in NotoSansCJK-*.ttc: JP, KR, SC, TC, HK, then the Mono faces


def gb2312_level1() -> str:
    chars = []
    for hi in range(0xB0, 0xD8):
        for lo in range(0xA1, 0xFF):
            try:
                chars.append(bytes([hi, lo]).decode("gb2312"))
            except UnicodeDecodeError:
                pass
    return "".join(chars)


def general_standard() -> str:
    return (ROOT / "assets/fonts/tgscc-8105.txt").read_text(encoding="utf-8").strip()


def shipped_text() -> str:
    text = []
    for path in list(ROOT.glob("locales/zh-Hans/*.ftl")) + list(ROOT.glob("assets/bundle/**/*.zh-Hans.md")):
        text.append(path.read_text(encoding="utf-8"))
    return "".join(text)


def main() -> None:
    source = pathlib.Path(sys.argv[1])
    chars = set(general_standard()) | set(gb2312_level1()) | set(shipped_text())
    # CJK symbols and punctuation, full-width and half-width forms, general punctuation.
    ranges = ["U+3000-303F", "U+FF00-FFEF", "U+2010-2027", "U+2030-205E"]
    unicodes = ",".join(sorted(f"U+{ord(c):04X}" for c in chars if ord(c) > 0x2E7F)) + "," + ",".join(ranges)
    for weight in ("Regular", "Bold"):
        out = ROOT / f"assets/fonts/NotoSansSC-Kiosk-{weight}.otf"
        subprocess.run(
            ["pyftsubset", str(source / f"NotoSansCJK-{weight}.ttc"), f"--font-number={SC_INDEX}",
             f"--unicodes={unicodes}", f"--output-file={out}", "--no-hinting",
             "--layout-features=*", "--name-IDs=*", "--notdef-outline"],
            check=True,
        )
        print(out, out.stat().st_size)


if __name__ == "__main__":
    main()
