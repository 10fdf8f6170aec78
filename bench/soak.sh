#!/usr/bin/env bash
# Soak: the soak test (src/test/java/org/timelineviewer/soak/SoakFxTest.java) for long, on a real
# GTK window under Xvfb rather than headless Monocle: 10,000 seeded random actions (keys, wheel,
# clicks, pans, search, language, menus, presenting and ending shows). Fails on any exception or
# warning logged, and when the live heap after GC grew by more than 8 MB between the end of the
# warm-up and the end. Prints a line beginning with SOAK: actions, time, heap at start and end.
#
# Usage: bash bench/soak.sh [actions, default 10000] [seed]    (needs xvfb-run unless DISPLAY is set)
set -euo pipefail
cd "$(dirname "$0")/.."
ACTIONS="${1:-10000}"
SEED_OPTION=()
[ -n "${2:-}" ] && SEED_OPTION=("-Dsoak.seed=$2")
if [ -z "${DISPLAY:-}" ]; then exec xvfb-run -a -s '-screen 0 1920x1080x24' bash "$0" "$@"; fi

mkdir -p target
# Maven's incremental compile is not to be trusted: compile everything afresh.
rm -rf target/classes target/test-classes
mvn -B -ntp -Psoak verify -Dsoak.actions="$ACTIONS" -Dsoak.seconds=$((ACTIONS * 2 / 5 + 300)) "${SEED_OPTION[@]}" \
  | tee target/soak.log | grep -E '^SOAK|Tests run:|FAIL|BUILD'
