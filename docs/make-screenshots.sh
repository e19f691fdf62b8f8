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
shot detail:events/international-migrants-day nl event-nl-fallback
