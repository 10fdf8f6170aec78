#!/usr/bin/env bash
# make-icons.sh - draws the application icon in every size the desktops ask for, from app.svg.
#
#   Linux:   app-16.png … app-512.png (the .deb's menu entry and window icon use app-256.png;
#            the PNGs are also the window icons the app sets at run time)
#   Windows: app.ico (16, 24, 32, 48, 64, 128, 256)
#   macOS:   app.icns (16, 32, 128, 256, 512)
#
# Needs Debian's librsvg2-bin (rsvg-convert), imagemagick (convert) and icnsutils (png2icns):
#   apt-get install -y librsvg2-bin imagemagick icnsutils
# Rerun after editing app.svg:  bash assets/icons/make-icons.sh
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
for size in 16 24 32 48 64 128 256 512; do
  rsvg-convert -w "$size" -h "$size" app.svg -o "app-$size.png"
done
convert app-16.png app-24.png app-32.png app-48.png app-64.png app-128.png app-256.png app.ico
png2icns app.icns app-16.png app-32.png app-128.png app-256.png app-512.png >/dev/null
# The document icon of timeline files (a page, not the app's own icon), at the size each
# desktop installs it: Linux 128 px (jpackage puts it in hicolor/128x128), Windows .ico, macOS .icns.
for size in 16 32 48 128 256 512; do
  rsvg-convert -w "$size" -h "$size" timeline-file.svg -o "timeline-file-$size.png"
done
convert timeline-file-16.png timeline-file-32.png timeline-file-48.png timeline-file-128.png timeline-file-256.png timeline-file.ico
png2icns timeline-file.icns timeline-file-16.png timeline-file-32.png timeline-file-128.png timeline-file-256.png timeline-file-512.png >/dev/null
rm -f timeline-file-16.png timeline-file-32.png timeline-file-48.png timeline-file-256.png timeline-file-512.png
ls -l app-*.png app.ico app.icns timeline-file-128.png timeline-file.ico timeline-file.icns
