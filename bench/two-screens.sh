#!/usr/bin/env bash
# Two screens, proven. Xvfb cannot show JavaFX two screens; Xorg's dummy driver with two RandR
# outputs side by side can. This script, run as root on demand (not from .ci/run):
#   1. starts such an Xorg (two 1920x1080 outputs, DUMMY0 left and primary, DUMMY1 right),
#   2. starts the real app on it (--new-window, a private home, the built classes),
#   3. presses F5 and checks, from outside with xwininfo, that the presenter view fills the
#      left screen (the main window's) and the audience view the right one,
#   4. goes two steps on, takes the 3840x1080 screenshot assets/screenshots/two-screens.png,
#   5. presses X and checks the two views swapped screens, and X again,
#   6. unplugs the right screen (xrandr --output DUMMY1 --off) mid-talk and checks the audience
#      view came back onto the left screen, filling it and in front; plugs it in again and checks
#      the audience view went back to it.
# Exits non-zero at the first check that fails. Installs the Debian packages it needs when missing.
#
# Usage: bash bench/two-screens.sh [display number, default 50]
# TWO_SCREENS_CLASSES=dir runs the classes in dir instead of building target/classes.
set -euo pipefail
cd "$(dirname "$0")/.."
NUM="${1:-50}"
SHOT="assets/screenshots/two-screens.png"
W=1920
H=1080

export DEBIAN_FRONTEND=noninteractive
need=()
for pkg in xserver-xorg-core xserver-xorg-video-dummy x11-xserver-utils x11-utils xdotool imagemagick \
           libfreetype6 libfontconfig1 libgtk-3-0; do
  dpkg -s "$pkg" >/dev/null 2>&1 || need+=("$pkg")
done
if [ ${#need[@]} -gt 0 ]; then
  apt-get update -qq && apt-get install -y -qq "${need[@]}" >/dev/null
fi

CLASSPATH_FILE=target/two-screens-classpath.txt
CLASSES="${TWO_SCREENS_CLASSES:-}"
if [ -z "$CLASSES" ]; then
  mvn -B -ntp -q compile
  CLASSES=target/classes
fi
if [ ! -s "$CLASSPATH_FILE" ]; then
  mvn -B -ntp -q org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath \
      -Dmdep.outputFile="$CLASSPATH_FILE" -Dmdep.includeScope=runtime
fi

WORK=$(mktemp -d /tmp/two-screens.XXXXXX)
XORG_PID=""
APP_PID=""
cleanup() {
  local status=$?
  [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null || true
  [ -n "$XORG_PID" ] && kill "$XORG_PID" 2>/dev/null || true
  wait 2>/dev/null || true
  [ "$status" -eq 0 ] && rm -rf "$WORK"   # kept, with the logs, when a check failed
}
trap cleanup EXIT
fail() {
  echo "two-screens: FAILED: $*" >&2
  echo "  (the app's output: $WORK/app.log; Xorg's: $WORK/xorg.log)" >&2
  exit 1
}
ok() { echo "two-screens: ok: $*"; }

# One virtual screen of 3840x1080 that RandR cuts into two outputs.
cat > "$WORK/xorg.conf" <<'CONF'
Section "ServerFlags"
  Option "AutoAddDevices" "false"
  Option "AutoAddGPU" "false"
  Option "DontVTSwitch" "true"
EndSection
Section "Device"
  Identifier "d0"
  Driver "dummy"
  VideoRam 256000
EndSection
Section "Monitor"
  Identifier "m0"
  HorizSync 5.0-1000.0
  VertRefresh 5.0-200.0
  Modeline "3840x1080" 297.00 3840 4016 4104 4400 1080 1084 1089 1125 +hsync +vsync
EndSection
Section "Screen"
  Identifier "s0"
  Device "d0"
  Monitor "m0"
  DefaultDepth 24
  SubSection "Display"
    Depth 24
    Modes "3840x1080"
    Virtual 3840 1080
  EndSubSection
EndSection
CONF

[ -e "/tmp/.X11-unix/X$NUM" ] && fail "display :$NUM is taken (give another number as the first argument)"
Xorg ":$NUM" -config "$WORK/xorg.conf" -noreset -nolisten tcp -logfile "$WORK/xorg.log" >/dev/null 2>&1 &
XORG_PID=$!
export DISPLAY=":$NUM"
for _ in $(seq 50); do xrandr >/dev/null 2>&1 && break; sleep 0.2; done
xrandr >/dev/null 2>&1 || fail "Xorg did not start on :$NUM"
xrandr --addmode DUMMY0 ${W}x${H}
xrandr --addmode DUMMY1 ${W}x${H}
xrandr --output DUMMY0 --mode ${W}x${H} --pos 0x0 --primary --output DUMMY1 --mode ${W}x${H} --pos ${W}x0
sleep 2   # let the outputs settle before JavaFX starts, or it may see one screen
[ "$(xrandr --listmonitors | head -1)" = "Monitors: 2" ] || fail "RandR does not show two monitors"
ok "Xorg :$NUM with two ${W}x${H} screens side by side"

mkdir -p "$WORK/home"
java -Duser.home="$WORK/home" -Dprism.lcdtext=false -cp "$CLASSES:$(cat "$CLASSPATH_FILE")" \
     org.timelineviewer.app.Main --new-window --lang en >"$WORK/app.log" 2>&1 &
APP_PID=$!

# The visible top-level window whose name matches the extended regex $1 (empty when none).
window() {
  local id
  for id in $(xdotool search --onlyvisible --name "$1" 2>/dev/null); do
    xwininfo -id "$id" 2>/dev/null | grep -q 'Map State: IsViewable' && { echo "$id"; return; }
  done
}
# "x y width height" of window $1 on the root window.
geometry() {
  xwininfo -id "$1" | awk '/Absolute upper-left X/ {x=$NF} /Absolute upper-left Y/ {y=$NF}
                            /^ *Width:/ {w=$NF} /^ *Height:/ {h=$NF} END {print x, y, w, h}'
}
# Waits up to 20 s until window $1 is at geometry $2, else fails with $3.
expect_at() {
  local i now=""
  for i in $(seq 100); do
    now=$(geometry "$1")
    [ "$now" = "$2" ] && return 0
    sleep 0.2
  done
  fail "$3: expected '$2' (x y width height), found '$now'"
}
wait_for() {   # the window named like $1, waited for up to 60 s
  local i id=""
  for i in $(seq 300); do
    id=$(window "$1")
    [ -n "$id" ] && { echo "$id"; return; }
    kill -0 "$APP_PID" 2>/dev/null || return 0
    sleep 0.2
  done
}
# Presses keys ($2...) in window $1: the input focus goes there first (there is no window manager).
press() {
  local id=$1; shift
  xdotool windowfocus --sync "$id" 2>/dev/null || xdotool windowfocus "$id"
  sleep 0.3
  xdotool key --delay 150 "$@"
}
# Whether window $1 is above window $2 in the stacking order (xwininfo lists the top-most first).
above() {
  local order
  order=$(xwininfo -root -children | awk '/^ +0x/ {print $1}')
  local a b
  a=$(printf '%s\n' "$order" | grep -n -i "^$(printf '0x%x' "$1")\$" | cut -d: -f1)
  b=$(printf '%s\n' "$order" | grep -n -i "^$(printf '0x%x' "$2")\$" | cut -d: -f1)
  [ -n "$a" ] && [ -n "$b" ] && [ "$a" -lt "$b" ]
}

MAIN=$(wait_for ' — Timeline Viewer$')
[ -n "$MAIN" ] || fail "the main window did not appear"
sleep 2
ok "main window at $(geometry "$MAIN")"

LEFT="0 0 $W $H"
RIGHT="$W 0 $W $H"
press "$MAIN" F5
PRESENTER=$(wait_for '^Presenter view — ')
[ -n "$PRESENTER" ] || fail "no presenter view after F5 (JavaFX saw one screen?)"
AUDIENCE=""
for _ in $(seq 100); do
  for id in $(xdotool search --onlyvisible --name '.' 2>/dev/null); do
    [ "$id" = "$MAIN" ] || [ "$id" = "$PRESENTER" ] && continue
    xwininfo -id "$id" 2>/dev/null | grep -q 'Map State: IsViewable' || continue
    [ "$(geometry "$id" | cut -d' ' -f3)" -ge 640 ] && { AUDIENCE=$id; break 2; }
  done
  sleep 0.2
done
[ -n "$AUDIENCE" ] || fail "no audience view after F5"
expect_at "$PRESENTER" "$LEFT" "the presenter view fills the main window's (left) screen"
expect_at "$AUDIENCE" "$RIGHT" "the audience view fills the right screen"
ok "F5: presenter view '$(xdotool getwindowname "$PRESENTER")' at $LEFT, audience view '$(xdotool getwindowname "$AUDIENCE")' at $RIGHT"

press "$PRESENTER" Right Right
sleep 8   # the camera's flight to the step, drawn by the software pipeline on 3840 x 1080
mkdir -p "$(dirname "$SHOT")"
import -window root "$SHOT"
size=$(identify -format '%wx%h' "$SHOT")
[ "$size" = "$((2 * W))x$H" ] || fail "the screenshot is $size, not $((2 * W))x$H"
ok "screenshot $SHOT ($size)"

press "$PRESENTER" x
expect_at "$AUDIENCE" "$LEFT" "after X the audience view fills the left screen"
expect_at "$PRESENTER" "$RIGHT" "after X the presenter view fills the right screen"
ok "X: swapped (audience left, presenter right)"
press "$AUDIENCE" x
expect_at "$AUDIENCE" "$RIGHT" "after X again the audience view is back on the right screen"
expect_at "$PRESENTER" "$LEFT" "after X again the presenter view is back on the left screen"
ok "X again: back (presenter left, audience right)"

xrandr --output DUMMY1 --off
[ "$(xrandr --listmonitors | head -1)" = "Monitors: 1" ] || fail "the right screen did not go"
expect_at "$AUDIENCE" "$LEFT" "with the right screen unplugged the audience view fills the one left"
above "$AUDIENCE" "$PRESENTER" || fail "with one screen left the audience view is behind the presenter view; stacking, top first: $(xwininfo -root -children | grep -E '^ +0x' | grep -v 'has no name' | tr -s ' ' | tr '\n' ';')"
above "$AUDIENCE" "$MAIN" || fail "with one screen left the audience view is behind the main window"
kill -0 "$APP_PID" 2>/dev/null || fail "the app ended when a screen was unplugged"
ok "unplugged the right screen: the audience view came back onto the left one, in front"

xrandr --output DUMMY1 --mode ${W}x${H} --pos ${W}x0
expect_at "$AUDIENCE" "$RIGHT" "with the right screen plugged in again the audience view goes back to it"
expect_at "$PRESENTER" "$LEFT" "with the right screen plugged in again the presenter view is on the left"
ok "plugged it in again: audience right, presenter left"

press "$AUDIENCE" Escape
sleep 1
[ -z "$(window '^Presenter view — ')" ] || fail "Esc did not end the presentation"
ok "Esc ended the presentation"
echo "two-screens: PASSED"
