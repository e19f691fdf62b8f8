#!/usr/bin/env bash
# Run the kiosk under cage, the Wayland compositor of the deployment, on a headless wlroots
# backend (no screen, no GPU), and check that it draws the attract screen and that its
# window is exactly the size of the output (1280×720 here, not the window's own 1280×800):
# read from the kiosk's own Wayland requests (WAYLAND_DEBUG), because cage 0.1.4 shows a
# window that fills the output by handing its buffer straight to the output ("direct scan
# out"), and wlroots 0.15's screen capture (grim) then still returns an earlier frame.
# (cage 0.1.4 has no output management, so the headless output is always 1280×720; other
# sizes, and pixel-exact frames, are checked under X11 by tests/window.rs.)
# Usage: packaging/check-under-cage.sh [path/to/welcome-kiosk]
# Needs the Debian packages cage, xwayland, grim and imagemagick. cage refuses to run as
# root, so as root this runs it as the user "wk-cage-check" (created if missing).
# Like the systemd unit, it runs cage with WLR_RENDERER=pixman and, where python3 and the
# kernel allow (Linux >= 6.3), under MemoryDenyWriteExecute (prctl PR_SET_MDWE), so a
# sandboxing option that breaks cage or the kiosk fails here first.
set -euo pipefail
binary=$(realpath "${1:-target/release/welcome-kiosk}")
user=${CAGE_CHECK_USER:-wk-cage-check}
as_user=()
if [ "$(id -u)" = 0 ]; then
  id "$user" >/dev/null 2>&1 || useradd --system --no-create-home "$user"
  as_user=(runuser -u "$user" --)
fi
work=$(mktemp -d)
chmod 755 "$work"
cp "$binary" "$work/welcome-kiosk"
runtime="$work/run"
mkdir -m 700 "$runtime"
[ "$(id -u)" = 0 ] && chown "$user" "$runtime"
cleanup() { pkill -f "$work/welcome-kiosk" 2>/dev/null || true; kill "$cage" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

# PR_SET_MDWE = 65, PR_MDWE_REFUSE_EXEC_GAIN = 1; inherited by cage and the kiosk.
mdwe=(python3 -c 'import ctypes, os, sys
if ctypes.CDLL(None, use_errno=True).prctl(65, 1, 0, 0, 0) != 0: sys.exit(1)
os.execvp(sys.argv[1], sys.argv[1:])')
sandbox="under MemoryDenyWriteExecute"
if ! command -v python3 >/dev/null || ! "${mdwe[@]}" true 2>/dev/null; then
  mdwe=()
  sandbox="without MemoryDenyWriteExecute (needs python3 and Linux >= 6.3)"
fi

"${as_user[@]}" env -i PATH=/usr/bin:/bin XDG_RUNTIME_DIR="$runtime" \
  WLR_BACKENDS=headless WLR_RENDERER=pixman WLR_LIBINPUT_NO_DEVICES=1 \
  "${mdwe[@]}" cage -d -- env WAYLAND_DEBUG=client "$work/welcome-kiosk" --kiosk >"$work/cage.log" 2>&1 &
cage=$!

for _ in $(seq 60); do
  sleep 0.5
  if [ -S "$runtime/wayland-0" ] &&
     "${as_user[@]}" env XDG_RUNTIME_DIR="$runtime" WAYLAND_DISPLAY=wayland-0 grim "$runtime/shot.png" 2>/dev/null; then
    colours=$(convert "$runtime/shot.png" -format %k info:)
    # The attract screen: many colours (text, icons), mostly the dark attract blue.
    dark=$(convert "$runtime/shot.png" -fill white -fuzz 6% +opaque '#16365F' -fill black -opaque '#16365F' \
      -format '%[fx:1-mean]' info:)
    # The output's size, and the size of the last buffer and window geometry the kiosk set.
    # (Nothing found yet while the kiosk is still starting: keep waiting.)
    output=$( (grep -o 'wl_output@[0-9]*\.mode([0-9]*, [0-9]*, [0-9]*' "$work/cage.log" || true) |
      tail -n 1 | sed -E 's/.*\([0-9]+, ([0-9]+), ([0-9]+)/\1x\2/')
    buffer=$( (grep -o 'create_buffer(new id wl_buffer@[0-9]*, [0-9]*, [0-9]*, [0-9]*' "$work/cage.log" || true) |
      tail -n 1 | sed -E 's/.*, ([0-9]+), ([0-9]+)$/\1x\2/')
    geometry=$( (grep -o 'set_window_geometry(0, 0, [0-9]*, [0-9]*' "$work/cage.log" || true) |
      tail -n 1 | sed -E 's/.*, ([0-9]+), ([0-9]+)$/\1x\2/')
    if [ "$colours" -gt 20 ] && awk "BEGIN { exit !($dark > 0.6) }" &&
       [ -n "$output" ] && [ "$buffer" = "$output" ] && [ "$geometry" = "$output" ]; then
      echo "under cage: attract screen drawn ($colours colours, $(awk "BEGIN{printf \"%d\", $dark*100}")% attract blue), window ${geometry} = output ${output}, $sandbox"
      exit 0
    fi
    last="output ${output:-?}, window ${geometry:-?}, buffer ${buffer:-?}"
  fi
done
echo "under cage: no attract screen filling the output after 30 s (${last:-no screenshot})" >&2
tail -n 20 "$work/cage.log" >&2
exit 1
