#!/usr/bin/env bash
# A look at the PowerPoint export as another program sees it (not run by CI; the tests read the
# deck with POI only): exports the bundled timeline's story as .pptx in Chinese and in English,
# has LibreOffice Impress convert each deck to PDF, lists the fonts LibreOffice used (the Chinese
# text must come out in a CJK font, never boxes) and renders pages to PNG for a person to look at,
# and a notes page of each (the slide above its speaker notes, as LibreOffice reads the notes pane).
#
# Needs: mvn -B -ntp -q compile first; LibreOffice Impress, poppler-utils and Xvfb
#   (apt-get install -y libreoffice-impress poppler-utils xvfb xauth).
# Usage: bash bench/pptx-check.sh [out folder, default target/pptx-check]
set -euo pipefail
cd "$(dirname "$0")/.."
OUT="${1:-target/pptx-check}"
command -v soffice >/dev/null || { echo "no soffice: apt-get install -y libreoffice-impress" >&2; exit 1; }
command -v pdftoppm >/dev/null || { echo "no pdftoppm: apt-get install -y poppler-utils" >&2; exit 1; }
[ -d target/classes/org/timelineviewer ] || { echo "run mvn -B -ntp -q compile first" >&2; exit 1; }
rm -rf "$OUT" && mkdir -p "$OUT"
mvn -B -ntp -q dependency:build-classpath -Dmdep.includeScope=runtime -Dmdep.outputFile="$OUT/classpath.txt" >/dev/null
CP="target/classes:$(cat "$OUT/classpath.txt")"

for lang in zh en; do
  xvfb-run -a java -cp "$CP" -Duser.home="$OUT/home" org.timelineviewer.app.Main \
      --export-pptx "$OUT/deck-$lang.pptx" --lang "$lang"
  # A profile of its own, so a LibreOffice the user has open is neither used nor disturbed.
  soffice -env:UserInstallation="file://$(realpath "$OUT")/lo-profile" --headless \
      --convert-to pdf --outdir "$OUT" "$OUT/deck-$lang.pptx" >/dev/null
  echo "== deck-$lang: $(pdfinfo "$OUT/deck-$lang.pdf" | grep -E '^(Pages|Page size)' | tr -s ' ' | paste -sd' ')"
  pdffonts "$OUT/deck-$lang.pdf"
  pdftoppm -png -r 60 -f 1 -l 3 "$OUT/deck-$lang.pdf" "$OUT/deck-$lang"
  # The notes pages as printed (the slide above its speaker notes), as LibreOffice reads the notes pane.
  mkdir -p "$OUT/notes-$lang"
  soffice -env:UserInstallation="file://$(realpath "$OUT")/lo-profile" --headless --convert-to \
      'pdf:impress_pdf_Export:{"ExportNotesPages":{"type":"boolean","value":"true"},"ExportOnlyNotesPages":{"type":"boolean","value":"true"}}' \
      --outdir "$OUT/notes-$lang" "$OUT/deck-$lang.pptx" >/dev/null
  pdftoppm -png -r 60 -f 2 -l 2 "$OUT/notes-$lang/deck-$lang.pdf" "$OUT/notes-$lang/page"
  echo "notes of step 1 ($lang): $(pdftotext -f 2 -l 2 "$OUT/notes-$lang/deck-$lang.pdf" - | tail -n +2 | tr -s '\n' ' ' | cut -c1-160)"
done
echo "pages to look at: $(ls "$OUT"/*.png "$OUT"/notes-*/*.png | paste -sd' ')"
