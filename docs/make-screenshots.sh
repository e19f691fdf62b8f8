#!/usr/bin/env bash
# Regenerate the screenshots in docs/screenshots with the kiosk's own headless renderer.
# The date is pinned so that "open now" and upcoming events are the same on every run.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet
k=target/release/welcome-kiosk
out=docs/screenshots
now=2026-11-23T10:00
shot() { "$k" render --screen "$1" --lang "$2" --size 1280x800 --now "$now" --out "$out/$3.png"; }
shot language en language-en
shot home en home-en
shot home ar home-ar
shot home ti home-ti
shot list:jobs fr jobs-fr
shot detail:jobs/kitchen-assistant ar job-ar
shot emergency en emergency-en
shot emergency fa emergency-fa
shot detail:guides/urgent-health-care uk health-uk
shot language en language-50
"$k" render --screen language --lang ar --size 800x480 --now "$now" --out "$out/language-ar-800x480.png"
"$k" render --screen language --lang en --size 1920x1080 --now "$now" --out "$out/language-en-1920x1080.png"

# Issue 14: real text (the UDHR test bundle, 130 languages in 40 scripts) drawn with the
# embedded fonts plus Debian's Noto fonts in font_dirs, as a kiosk installed from the package.
udhr=tests/fixtures/multilingual/bundle
noto=$(mktemp)
printf 'font_dirs = ["/usr/share/fonts/truetype/noto", "/usr/share/fonts/opentype/noto"]\n' > "$noto"
for tag in th lo km my he ko ja zh-Hant ckb-Latn am-ET ti ka; do
  [ -f "$udhr/guides/udhr.$tag.md" ] || continue
  "$k" render --config "$noto" --bundle "$udhr" --screen detail:guides/udhr --lang "$tag" \
    --size 1280x800 --now "$now" --out "$out/udhr-$tag.png" 2>/dev/null
done
"$k" render --config "$noto" --bundle "$udhr" --screen detail:guides/udhr --lang th --size 800x480 \
  --text-size largest --now "$now" --out "$out/udhr-th-800x480-largest.png" 2>/dev/null
for size in 800x480 1920x1080; do
  "$k" render --config "$noto" --bundle "$udhr" --screen language --lang en --size "$size" \
    --now "$now" --out "$out/language-130-$size.png" 2>/dev/null
done
# The emergency contact of that bundle exists only in English: the notice names both
# languages in the visitor's language.
"$k" render --config "$noto" --bundle "$udhr" --screen detail:contacts/emergency-112 --lang nl \
  --size 1280x800 --now "$now" --out "$out/event-nl-fallback.png" 2>/dev/null
rm -f "$noto"

# Read-aloud, text sizes and high contrast (the speaker buttons need espeak-ng's voices).
look() { "$k" render --screen "$1" --lang "$2" --size 1280x800 --now "$now" --read-aloud "${@:4}" --out "$out/$3.png"; }
for lang in en ar ti zh-Hans; do
  for step in normal large largest; do
    look home "$lang" "look-home-$lang-$step" --text-size "$step"
    look detail:guides/urgent-health-care "$lang" "look-guide-$lang-$step" --text-size "$step"
    look emergency "$lang" "look-emergency-$lang-$step" --text-size "$step"
  done
  look home "$lang" "look-home-$lang-high" --contrast high
  look detail:guides/urgent-health-care "$lang" "look-guide-$lang-largest-high" --text-size largest --contrast high
  look emergency "$lang" "look-emergency-$lang-high" --contrast high
  # Tigrinya has no voice in espeak-ng (and the example bundle no recording): no speaker.
  if [ "$lang" != ti ]; then
    look detail:guides/urgent-health-care "$lang" "look-guide-$lang-reading" --reading 2
    look emergency "$lang" "look-emergency-$lang-reading" --reading 0
  fi
done

# Contact sheet: the home screen in every built-in language (needs ImageMagick's montage).
sheet=$(mktemp -d)
for tag in $("$k" languages | awk 'NR > 1 {print $1}'); do
  "$k" render --screen home --lang "$tag" --size 1280x800 --now "$now" --out "$sheet/$tag.png"
done
montage "$sheet"/*.png -tile 6x -geometry 426x266+6+6 -background '#d5d1c7' \
  -title "Welcome Kiosk: the home screen in all built-in languages" "$out/contact-sheet.png"
rm -rf "$sheet"

# Search with the on-screen keyboard of each built-in script (issue 13). A word is typed where
# the example bundle has texts in that language; elsewhere the empty field shows the layout.
search() { "$k" render --screen "search:$2" --lang "$1" --size 1280x800 --now "$now" --out "$out/search-$1.png"; }
search en lawer
search fr papiers
search uk лікар
search el ""
search ar محامى
search fa پزشک
search ps ""
search ur ""
search ckb ""
search am ጠበቃ
search ti ሕክምና
search bn ""
search ne ""
search zh-Hans lushi
"$k" render --screen "search:lawyer" --lang en --size 800x480 --now "$now" --out "$out/search-en-800x480.png"
"$k" render --screen "search:محامى" --lang ar --size 1080x1920 --now "$now" --out "$out/search-ar-portrait.png"
# Take it home: the QR codes of a service, and job filters.
"$k" render --screen detail:services/legal-aid --lang en --size 1080x1920 --now "$now" --out "$out/qr-service-en.png"
"$k" render --screen detail:events/language-cafe-evening --lang ar --size 1080x1920 --now "$now" --out "$out/qr-event-ar.png"
"$k" render --screen list:jobs --lang en --size 1280x800 --now "$now" --out "$out/jobs-filters-en.png"

# Emergency alerts (an EXAMPLE CAP file) and the night screen.
alert=docs/examples/heat-alert.example.xml
"$k" render --screen home --lang en --size 1280x800 --now "$now" --alert "$alert" --out "$out/alert-home-en.png"
"$k" render --screen detail:guides/urgent-health-care --lang ar --size 800x480 --now "$now" --alert "$alert" --out "$out/alert-guide-ar-800x480.png"
"$k" render --screen home --lang uk --size 1080x1920 --now "$now" --alert "$alert" --out "$out/alert-home-uk-portrait.png"
"$k" --kiosk render --screen attract --lang am --size 1280x800 --now "$now" --alert "$alert" --out "$out/alert-attract-am.png"
"$k" --config docs/examples/night.example.toml render --screen attract --lang en --size 1280x800 --now 2026-11-23T21:30 --out "$out/night-en.png"
"$k" --config docs/examples/night.example.toml render --screen attract --lang ar --size 800x480 --now 2026-11-23T21:30 --out "$out/night-ar-800x480.png"
