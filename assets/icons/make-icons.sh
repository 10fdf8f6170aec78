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
ls -l app-*.png app.ico app.icns
