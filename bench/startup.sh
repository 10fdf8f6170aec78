#!/usr/bin/env bash
# Startup benchmark: time from launching a command to its first rendered frame (the script's clock
# before the launch to the clock reading the program prints on its first frame), median of N runs,
# all measured in this one session, interleaved so that machine noise hits every variant alike:
#   hello   a bare JavaFX hello-world window, started the usual way
#           (java --module-path <javafx jars> --add-modules javafx.controls HelloFx)
#   app       the packaged app as its menu entry and file association start it
#             (bin/timeline-viewer-direct: the bundled runtime with the launcher's options, AppCDS)
#   launcher  the packaged app through the jpackage launcher (bin/timeline-viewer), which first
#             asks rpm and dpkg which package it belongs to
#   nocds     as app, without the AppCDS archive
# Prints the medians and the ratios app/hello (goal: <= 1.0), launcher/app and app/nocds.
#
# Needs: mvn -Ppackage package first (builds target/jpackage), and a display (runs under
# xvfb-run when DISPLAY is not set). Usage: bash bench/startup.sh [runs, default 11]
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS="${1:-11}"
IMAGE="target/jpackage/timeline-viewer"
LAUNCHER="$IMAGE/bin/timeline-viewer"
[ -x "$LAUNCHER" ] || { echo "no app image: run mvn -Ppackage package first" >&2; exit 1; }
if [ -z "${DISPLAY:-}" ]; then exec xvfb-run -a bash "$0" "$@"; fi

mkdir -p target/bench
FX=$(ls target/dependency/javafx-*-linux.jar | paste -sd: -)
javac -d target/bench --module-path "$FX" --add-modules javafx.controls bench/HelloFx.java

DIRECT="$IMAGE/bin/timeline-viewer-direct"
APPDIR="$IMAGE/lib/app"
CP=$(grep '^app.classpath=' "$APPDIR/timeline-viewer.cfg" | sed "s|app.classpath=\$APPDIR|$APPDIR|" | paste -sd: -)
# The launcher's JVM options without the AppCDS archive, for the nocds variant.
mapfile -t NOCDS_OPTIONS < <(grep '^java-options=' "$APPDIR/timeline-viewer.cfg" | sed 's/^java-options=//' \
                             | grep -v -e SharedArchiveFile -e '^-Xshare')

measure() {   # milliseconds from just before starting the command to its first frame
  local before at
  before=$(date +%s%3N)
  at=$( ("$@" 2>/dev/null || true) | sed -n 's/^first-frame-at //p' | tail -1)
  [ -n "$at" ] && echo $((at - before))
}
run() {   # one start of variant $1
  case "$1" in
    hello)    measure java --module-path "$FX" --add-modules javafx.controls -cp target/bench HelloFx ;;
    app)      measure "$DIRECT" --measure-startup ;;
    launcher) measure "$LAUNCHER" --measure-startup ;;
    nocds)    measure "$IMAGE/lib/runtime/bin/java" "${NOCDS_OPTIONS[@]}" -cp "$CP" org.timelineviewer.app.Main --measure-startup ;;
  esac
}
VARIANTS=(hello app launcher nocds)
declare -A results
for ((i = 1; i <= RUNS; i++)); do
  # Each round starts with the next variant, so that none always follows the same one (the X
  # server is still tidying up after the window before), and waits a moment before each start.
  for ((k = 0; k < ${#VARIANTS[@]}; k++)); do
    v=${VARIANTS[$(( (i + k) % ${#VARIANTS[@]} ))]}
    sleep 0.3
    results[$v]+=" $(run "$v")"
  done
done
median() { tr ' ' '\n' | grep -v '^$' | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
printf '%-9s %8s   %s\n' variant median "runs (ms from launch to first frame)"
for v in hello app launcher nocds; do
  printf '%-9s %8s  %s\n' "$v" "$(echo "${results[$v]}" | median)" "${results[$v]}"
done
hello=$(echo "${results[hello]}" | median); app=$(echo "${results[app]}" | median)
launcher=$(echo "${results[launcher]}" | median); nocds=$(echo "${results[nocds]}" | median)
awk -v a="$app" -v h="$hello" -v l="$launcher" -v n="$nocds" 'BEGIN {
  printf "ratio app/hello    = %.2f  (goal <= 1.00)\n", a / h
  printf "ratio launcher/app = %.2f  (what the jpackage launcher adds)\n", l / a
  printf "ratio app/nocds    = %.2f  (what AppCDS saves)\n", a / n }'
