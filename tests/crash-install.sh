#!/usr/bin/env bash
# Many rounds of the crash test: installs killed with SIGKILL at random moments.
# Usage: tests/crash-install.sh [ROUNDS, default 300] [SEED]
set -euo pipefail
cd "$(dirname "$0")/.."
env CRASH_RUNS="${1:-300}" ${2:+CRASH_SEED="$2"} cargo test --test crash -- --nocapture
