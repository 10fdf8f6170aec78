#!/usr/bin/env bash
# Builds the self-contained application: a trimmed Java runtime (jdeps + jlink), an app image with
# its own launcher and AppCDS archive (jpackage), and the platform's installer:
#   Linux   -> .deb with a menu entry, desktop launcher, icon and .timeline and .mw file associations
#   macOS   -> .dmg (run on a Mac)
#   Windows -> .msi (run on Windows in Git Bash, with the WiX 3 toolset on the PATH)
# Called by `mvn -Ppackage package` after the jar and target/dependency/ are built; see
# packaging/README.md. Set PACKAGE_TYPES="app-image" to skip the installer.
set -euo pipefail
cd "$(dirname "$0")/.."

VERSION="${1:?usage: package.sh VERSION}"
APP_VERSION="${VERSION%-SNAPSHOT}"
# The launcher and folder name has no space: CDS silently ignores an app class path with one.
NAME="timeline-viewer"
TITLE="Timeline Viewer"
OUT=target/jpackage
rm -rf "$OUT"
mkdir -p "$OUT/input"

cp "target/timeline-viewer-$VERSION.jar" "$OUT/input/timeline-viewer.jar"
cp target/dependency/*.jar "$OUT/input/"
# JavaFX's native libraries beside its jars (Linux, macOS): JavaFX loads them from there as they
# are, instead of extracting them to ~/.openjfx/cache and checking them on every start.
for jar in "$OUT"/input/javafx-*-*.jar; do
  libs=$(jar tf "$jar" | grep -E '^[^/]+\.(so|dylib)$' || true)
  if [ -n "$libs" ]; then (cd "$OUT/input" && jar xf "$(basename "$jar")" $libs); fi
done

# The bundled fonts as files too: JavaFX reads a font file in place, but copies one from inside a
# jar to a temporary file on every start (BundledFonts).
mkdir -p "$OUT/input/fonts"
cp assets/fonts/*.ttf assets/fonts/OFL.txt "$OUT/input/fonts/"

case "$(uname -s)" in
  Linux*) OS=linux; ICON=assets/icons/app-256.png; INSTALLER=deb ;;
  Darwin*) OS=mac; ICON=assets/icons/app.icns; INSTALLER=dmg ;;
  MINGW*|MSYS*|CYGWIN*) OS=windows; ICON=assets/icons/app.ico; INSTALLER=msi ;;
  *) echo "package.sh: unknown system $(uname -s)" >&2; exit 1 ;;
esac
TYPES="${PACKAGE_TYPES:-app-image $INSTALLER}"

# 1. The runtime: only the JDK modules the app and its libraries use (JavaFX itself travels as
#    jars on the class path, with its native libraries inside them).
MODULES=$(jdeps --multi-release 17 --ignore-missing-deps --print-module-deps \
            --class-path "$OUT/input/*" "$OUT/input/timeline-viewer.jar")
MODULES=$(echo "$MODULES,java.logging,java.prefs,java.desktop,jdk.unsupported,java.naming" | tr ',' '\n' | sort -u | paste -sd, -)
echo "runtime modules: $MODULES"
jlink --add-modules "$MODULES" --strip-debug --no-header-files --no-man-pages --compress=2 \
      --output "$OUT/runtime"
"$OUT/runtime/bin/java" -Xshare:dump -version >/dev/null 2>&1 || true   # the runtime's own CDS archive

# 2. The app image.
jpackage --type app-image --dest "$OUT" --name "$NAME" --app-version "$APP_VERSION" \
  --vendor "$TITLE" --description "$TITLE: a bilingual timeline viewer for presenting" \
  --input "$OUT/input" --main-jar timeline-viewer.jar --main-class org.timelineviewer.app.Main \
  --runtime-image "$OUT/runtime" --icon "$ICON" \
  --java-options '-Xshare:auto' --java-options '-XX:SharedArchiveFile=$APPDIR/timeline-viewer.jsa' \
  --java-options '-XX:TieredStopAtLevel=1' --java-options '-XX:+UseParallelGC' --java-options '-XX:-UsePerfData' \
  --java-options '-Dprism.lcdtext=false' --java-options '-Dtimelineviewer.fonts=$APPDIR/fonts'

case "$OS" in
  linux)   IMAGE="$OUT/$NAME"; LAUNCHER="$IMAGE/bin/$NAME"; CFG="$IMAGE/lib/app/$NAME.cfg" ;;
  mac)     IMAGE="$OUT/$NAME.app"; LAUNCHER="$IMAGE/Contents/MacOS/$NAME"; CFG="$IMAGE/Contents/app/$NAME.cfg" ;;
  windows) IMAGE="$OUT/$NAME"; LAUNCHER="$IMAGE/$NAME.exe"; CFG="$IMAGE/app/$NAME.cfg" ;;
esac

# 2b. Linux: a second, direct launcher. The JDK 17 jpackage launcher asks rpm and dpkg which
#     package it belongs to on every start (about 0.1 s here); the menu entry calls the bundled
#     runtime directly with the same options and class path instead.
if [ "$OS" = linux ]; then
  {
    echo '#!/bin/sh'
    echo '# Starts Timeline Viewer with its bundled runtime, as bin/timeline-viewer does, minus its rpm/dpkg queries.'
    echo 'APPDIR="$(cd "$(dirname "$(readlink -f "$0")")/../lib/app" && pwd)"'
    printf 'exec "$APPDIR/../runtime/bin/java"'
    grep '^java-options=' "$CFG" | sed 's/^java-options=//' | while read -r opt; do printf ' "%s"' "$opt"; done
    printf ' -cp "%s"' "$(grep '^app.classpath=' "$CFG" | sed 's/^app.classpath=//' | paste -sd: -)"
    printf ' org.timelineviewer.app.Main "$@"\n'
  } > "$IMAGE/bin/$NAME-direct"
  chmod 755 "$IMAGE/bin/$NAME-direct"
fi

# 3. AppCDS: run the app once to its first frame, recording the classes it loads, so later starts
#    map them in ready-made (about 300 ms less here). Needs a display: Xvfb when there is none.
run_display() {
  if [ "$OS" = linux ] && [ -z "${DISPLAY:-}" ]; then
    if command -v xvfb-run >/dev/null; then xvfb-run -a "$@"; else return 1; fi
  else
    "$@"
  fi
}
record_cds() {   # $1 = app image folder, $2 = launcher, $3 = cfg file
  sed -i.bak 's|-XX:SharedArchiveFile=\$APPDIR/timeline-viewer.jsa|-XX:ArchiveClassesAtExit=$APPDIR/timeline-viewer.jsa|' "$3"
  local ok=0
  run_display "$2" --measure-startup >/dev/null 2>&1 || ok=1
  mv "$3.bak" "$3"
  return $ok
}
if record_cds "$IMAGE" "$LAUNCHER" "$CFG"; then
  echo "AppCDS archive for $IMAGE: $(du -h "$(dirname "$CFG")/timeline-viewer.jsa" | cut -f1)"
else
  echo "warning: no display to record the AppCDS archive; the app starts without it" >&2
fi

# 4. The installer.
for type in $TYPES; do
  [ "$type" = app-image ] && continue
  common=(--type "$type" --dest "$OUT" --app-image "$IMAGE" --name "$NAME" --app-version "$APP_VERSION"
          --vendor "$TITLE" --description "$TITLE: a bilingual timeline viewer for presenting"
          --file-associations "packaging/$OS/timeline-file.properties"
          --file-associations "packaging/$OS/markwhen-file.properties" --license-file assets/fonts/OFL.txt
          --icon "$ICON")
  case "$type" in
    deb) jpackage "${common[@]}" --linux-package-name timeline-viewer --linux-shortcut \
           --linux-menu-group "Office" --linux-app-category misc --linux-deb-maintainer "timeline-viewer@localhost" \
           --resource-dir packaging/linux ;;
    dmg) jpackage "${common[@]}" --mac-package-name "$TITLE" ;;
    msi) jpackage "${common[@]}" --win-menu --win-menu-group "$TITLE" --win-shortcut --win-dir-chooser \
           --win-upgrade-uuid 6f1c1f7e-3f0b-4d53-9a4e-5f6f4d0a9b21 ;;
  esac
done
# An AppCDS archive is only valid where it was recorded, for jars with the same modification
# times: the .deb gets one recorded from its own files at its install place, /opt/timeline-viewer,
# when this build may write there (it removes what it put there).
DEB=$(ls "$OUT"/timeline-viewer_*.deb 2>/dev/null | head -1 || true)
if [ -n "$DEB" ] && [ -w /opt ] && [ ! -e /opt/timeline-viewer ]; then
  PKG=$(mktemp -d)
  trap 'rm -rf /opt/timeline-viewer "$PKG"' EXIT   # never leave files in /opt, even when interrupted
  dpkg-deb -R "$DEB" "$PKG/root"
  rm -f "$PKG/root/opt/timeline-viewer/lib/app/timeline-viewer.jsa"
  cp -a "$PKG/root/opt/timeline-viewer" /opt/timeline-viewer
  if record_cds /opt/timeline-viewer "/opt/timeline-viewer/bin/$NAME" "/opt/timeline-viewer/lib/app/$NAME.cfg"; then
    cp /opt/timeline-viewer/lib/app/timeline-viewer.jsa "$PKG/root/opt/timeline-viewer/lib/app/"
    fakeroot dpkg-deb -b "$PKG/root" "$DEB" >/dev/null
    echo "AppCDS archive for the .deb recorded at /opt/timeline-viewer"
  fi
  rm -rf /opt/timeline-viewer "$PKG"
fi
ls -la "$OUT"
