#!/usr/bin/env python3
"""Write a large synthetic bundle for measurements: LANGUAGES languages × ITEMS items, each
text about TEXT_BYTES long (ordinary sentences, several paragraphs and a list).

Usage: benches/make-big-bundle.py DIR [LANGUAGES=500] [ITEMS=30] [TEXT_BYTES=2000]

The languages use the private-use tags qaa…qtz (valid BCP 47, never canonicalised into one
another) after en; the content is marked as an example. Used by `cargo bench --bench kiosk`
(install of a 500-language × 30-item bundle) and by the peak-memory figures in
docs/coordinators.md.
"""
import os
import sys

out = sys.argv[1]
languages = int(sys.argv[2]) if len(sys.argv) > 2 else 500
items = int(sys.argv[3]) if len(sys.argv) > 3 else 30
text_bytes = int(sys.argv[4]) if len(sys.argv) > 4 else 2000

tags = ["en"] + [
    "q" + a + b
    for a in "abcdefghijklmnopqrst"
    for b in "abcdefghijklmnopqrstuvwxyz"
][: languages - 1]

os.makedirs(out, exist_ok=True)
with open(os.path.join(out, "bundle.toml"), "w") as f:
    f.write('id = "org.example.big"\nversion = 1\nname = "Big Example Centre"\n')
    f.write('default_language = "en"\ntimezone = "Europe/Brussels"\nexample = true\n')
    f.write("languages = [" + ", ".join(f'"{t}"' for t in tags) + "]\n")

sentence = "A visitor can read this sentence in the kiosk while waiting for an appointment. "
for kind in ["guides", "services"]:
    os.makedirs(os.path.join(out, kind), exist_ok=True)
per_kind = {"guides": items // 2, "services": items - items // 2}
for kind, count in per_kind.items():
    for i in range(count):
        slug = f"item-{i:03d}"
        with open(os.path.join(out, kind, slug + ".toml"), "w") as f:
            f.write("example = true\n")
            if kind == "services":
                f.write('hours = ["Mo-Fr 09:00-17:00"]\n')
        for tag in tags:
            body = [f"# Item {i} in {tag}", ""]
            size = 0
            while size < text_bytes:
                paragraph = sentence * 5
                body += [paragraph.strip(), ""]
                size += len(paragraph)
                if size < text_bytes:
                    body += ["- a point to remember", "- another point", ""]
                    size += 40
            with open(os.path.join(out, kind, f"{slug}.{tag}.md"), "w") as f:
                f.write("\n".join(body))
os.makedirs(os.path.join(out, "contacts"), exist_ok=True)
with open(os.path.join(out, "contacts", "emergency.toml"), "w") as f:
    f.write('phones = ["112"]\nurgent = true\nfree = true\n')
with open(os.path.join(out, "contacts", "emergency.en.md"), "w") as f:
    f.write("# Emergency\n\nCall 112 if someone is in danger.\n")
print(f"{out}: {len(tags)} languages, {items} items, {len(tags) * items + items + 3} files")
