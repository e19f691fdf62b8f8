#!/usr/bin/env bash
# Run the fuzz targets: fuzz/run.sh [SECONDS_PER_TARGET] [TARGET...]   (default 20 s, all)
#   FUZZ_JOBS=2     targets side by side (default 1)
#   FUZZ_NO_BUILD=1 use the binaries already built (cargo +nightly fuzz build -O)
#
# Each target starts from its seeds (fuzz/seeds/<target>, committed) and keeps what it learns
# in fuzz/corpus/<target> (not committed). What counts as a failure:
#   -timeout=1            an input that takes more than 1 s is a hang
#   -malloc_limit_mb=256  one allocation of more than 256 MB is a memory blow-up
#   -rss_limit_mb=512     the whole process over 512 MB (AddressSanitizer's shadow memory
#                         and quarantine count in it, hence above 256)
# A failure stops that target and leaves the input in fuzz/artifacts/<target>/: copy it to
# tests/fixtures/fuzz/<target>/ so that `cargo test` replays it, then fix the cause.
# Logs: fuzz/logs/<target>.log. Needs the nightly toolchain and cargo-fuzz (docs/testing.md).
set -euo pipefail
cd "$(dirname "$0")"
secs=${1:-20}
[ $# -gt 0 ] && shift
export ASAN_OPTIONS=${ASAN_OPTIONS:-quarantine_size_mb=32:detect_leaks=0}
[ -n "${FUZZ_NO_BUILD:-}" ] || cargo +nightly fuzz build -O
if [ $# -gt 0 ]; then targets=("$@"); else mapfile -t targets < <(cargo +nightly fuzz list); fi
bin=target/x86_64-unknown-linux-gnu/release
mkdir -p logs

one() { # one target: its log, then a one-line summary
  local t=$1 secs=$2 bin=$3
  mkdir -p "corpus/$t" "artifacts/$t"
  "$bin/$t" -artifact_prefix="artifacts/$t/" -max_total_time="$secs" -timeout=1 \
    -malloc_limit_mb=256 -rss_limit_mb=512 -print_final_stats=1 \
    "corpus/$t" "seeds/$t" >"logs/$t.log" 2>&1 || true
  local runs rss found
  runs=$(awk '/stat::number_of_executed_units/ {print $2}' "logs/$t.log")
  rss=$(awk '/stat::peak_rss_mb/ {print $2}' "logs/$t.log")
  found=$(grep -cE 'Test unit written|ERROR: libFuzzer|SUMMARY: AddressSanitizer' "logs/$t.log" || true)
  printf '%-12s %6s s  %10s runs  peak RSS %4s MB  %s\n' "$t" "$secs" "${runs:-?}" "${rss:-?}" \
    "$([ "$found" = 0 ] && echo ok || echo "FOUND A PROBLEM: fuzz/logs/$t.log")"
}
export -f one
printf '%s\n' "${targets[@]}" | xargs -P "${FUZZ_JOBS:-1}" -I{} bash -c 'one "$@"' _ {} "$secs" "$bin" | tee logs/summary.txt
if grep -q 'FOUND A PROBLEM' logs/summary.txt; then
  echo "fuzzing found problems (inputs in fuzz/artifacts/)"
  exit 1
fi
echo "fuzzing: no crash, hang or blow-up in ${#targets[@]} targets"
