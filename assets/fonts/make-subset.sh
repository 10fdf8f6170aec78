#!/usr/bin/env bash
# make-subset.sh - build the bundled Simplified-Chinese UI fonts.
#
# WHAT IT DOES
#   Cuts the "Noto Sans CJK SC" face (Regular and Bold) out of Debian's
#   Noto Sans CJK font collections (.ttc) and subsets it with pyftsubset
#   (python3 -m fontTools.subset) to a glyph set that is enough for the app:
#     - Basic Latin + Latin-1 Supplement          U+0020-007E, U+00A0-00FF
#     - General Punctuation                       U+2000-206F
#     - Currency Symbols                          U+20A0-20CF
#     - Arrows                                    U+2190-21FF
#     - Geometric Shapes                          U+25A0-25FF
#     - CJK Symbols and Punctuation               U+3000-303F
#     - Halfwidth and Fullwidth Forms             U+FF00-FFEF
#     - all 6763 GB2312 hanzi (every valid two-byte GB2312 code 0xB0A1-0xF7FE)
#     - every character used in the app's data and translations, collected
#       fresh on each run from (paths relative to the repository root):
#         assets/timelines/*.timeline
#         src/main/resources/**/*.properties   (\uXXXX escapes decoded too)
#         src/main/resources/**/*.json         (\uXXXX escapes decoded too)
#   Output (plain CFF-flavoured OpenType, no WOFF - JavaFX needs OTF/TTF):
#     assets/fonts/NotoSansSC-Regular.ttf
#     assets/fonts/NotoSansSC-Bold.ttf
#   (subset as CFF OpenType, then converted to TrueType outlines by otf2ttf.py: PDFBox can
#   embed only TrueType outlines in PDFs, and JavaFX renders both alike)
#   The layout features needed for Simplified Chinese are kept; 'locl' (the
#   Japanese/Korean/Traditional variant glyphs) is dropped, which halves the
#   size. Quotes, dashes, ellipsis and the middle dot are remapped to their
#   proportional forms (JavaFX applies no OpenType features, and the default
#   full-width forms look broken in English). The whole name table is kept (family name stays
#   "Noto Sans CJK SC"; copyright/licence/trademark strings are preserved),
#   and CFF hinting is dropped (saves space; JavaFX/AWT rasterise CFF without
#   needing hints at UI sizes).
#
# REQUIREMENTS (Debian/Ubuntu packages)
#   fonts-noto-cjk       provides /usr/share/fonts/opentype/noto/NotoSansCJK-{Regular,Bold}.ttc
#   python3-fonttools    provides pyftsubset (python3 -m fontTools.subset)
#     sudo apt-get install -y fonts-noto-cjk python3-fonttools
#
# HOW TO RERUN
#   From anywhere:   bash assets/fonts/make-subset.sh
#   Rerun whenever timelines or translations gain new characters; the
#   character list is rebuilt from the files above every time. The script
#   prints a WARNING listing any character used in those files that Noto Sans
#   CJK SC itself does not have (those will fall back / show as tofu).
#   Environment overrides:
#     PYTHON=/path/to/python3   interpreter that can import fontTools
#                               (default: first of /usr/bin/python3, python3)
#     NOTO_DIR=/dir             directory holding NotoSansCJK-*.ttc
#     SC_FONT_NUMBER=N          index of "Noto Sans CJK SC" in the .ttc; by
#                               default it is looked up by family name
#                               (it is 2 in Debian's 1:20220127+repack1-1).
set -euo pipefail

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd "$SCRIPT_DIR/../.." && pwd)"
OUT_DIR="$SCRIPT_DIR"
NOTO_DIR="${NOTO_DIR:-/usr/share/fonts/opentype/noto}"
FAMILY="Noto Sans CJK SC"

# --- pick a python that has fontTools (pyenv/venv shims may shadow Debian's) ---
if [[ -z "${PYTHON:-}" ]]; then
  for cand in /usr/bin/python3 python3; do
    if command -v "$cand" >/dev/null 2>&1 && "$cand" -c 'import fontTools' 2>/dev/null; then
      PYTHON="$cand"; break
    fi
  done
fi
if [[ -z "${PYTHON:-}" ]] || ! "$PYTHON" -c 'import fontTools' 2>/dev/null; then
  echo "error: no python3 with fontTools found; apt-get install python3-fonttools (or set PYTHON=)" >&2
  exit 1
fi

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
UNICODES="$WORK/unicodes.txt"
DATA_CHARS="$WORK/data-chars.txt"   # code points found in timelines/translations

# --- build the code point list -------------------------------------------------
"$PYTHON" - "$REPO_ROOT" "$UNICODES" "$DATA_CHARS" <<'PY'
import glob, os, re, sys

root, out, data_out = sys.argv[1], sys.argv[2], sys.argv[3]
cps = set()

def add_range(a, b):
    cps.update(range(a, b + 1))

add_range(0x0020, 0x007E)   # Basic Latin (printable)
add_range(0x00A0, 0x00FF)   # Latin-1 Supplement
add_range(0x2000, 0x206F)   # General Punctuation
add_range(0x20A0, 0x20CF)   # Currency Symbols
add_range(0x2190, 0x21FF)   # Arrows
add_range(0x25A0, 0x25FF)   # Geometric Shapes
add_range(0x3000, 0x303F)   # CJK Symbols and Punctuation
add_range(0xFF00, 0xFFEF)   # Halfwidth and Fullwidth Forms

# All GB2312 level-1 and level-2 hanzi: rows 0xB0..0xF7, cells 0xA1..0xFE.
hanzi = set()
for hi in range(0xB0, 0xF8):
    for lo in range(0xA1, 0xFF):
        try:
            ch = bytes((hi, lo)).decode("gb2312")
        except UnicodeDecodeError:
            continue            # the 5 unassigned cells at the end of row 0xD7
        hanzi.add(ord(ch))
cps |= hanzi
print(f"GB2312 hanzi: {len(hanzi)}", file=sys.stderr)

ESC = re.compile(r"\\u([0-9a-fA-F]{4})")
def decode_escapes(text):
    # Decode \uXXXX (incl. surrogate pairs) as Java .properties / JSON would.
    s = ESC.sub(lambda m: chr(int(m.group(1), 16)), text)
    return s.encode("utf-16", "surrogatepass").decode("utf-16", "replace")

patterns = [
    ("assets/timelines/*.timeline", False),
    ("src/main/resources/**/*.properties", True),
    ("src/main/resources/**/*.json", True),
]
extra = set()
nfiles = 0
for pat, esc in patterns:
    for path in sorted(glob.glob(os.path.join(root, pat), recursive=True)):
        if not os.path.isfile(path):
            continue
        with open(path, encoding="utf-8") as f:
            text = f.read()
        if esc:
            text = decode_escapes(text)
        nfiles += 1
        extra.update(ord(c) for c in text if ord(c) >= 0x20 and c not in "\ufeff\ufffd")
new = extra - cps
cps |= extra
print(f"data/translation files scanned: {nfiles}, chars found: {len(extra)}, "
      f"not already in base set: {len(new)}", file=sys.stderr)
print(f"total code points requested: {len(cps)}", file=sys.stderr)

with open(out, "w") as f:
    for cp in sorted(cps):
        f.write(f"{cp:04X}\n")
with open(data_out, "w") as f:
    for cp in sorted(extra):
        f.write(f"{cp:04X}\n")
PY

# --- find the SC face inside each collection --------------------------------
font_number() {  # $1 = ttc path
  "$PYTHON" - "$1" "$FAMILY" <<'PY'
import sys
from fontTools.ttLib import TTCollection
path, family = sys.argv[1], sys.argv[2]
for i, f in enumerate(TTCollection(path, lazy=True).fonts):
    if f["name"].getDebugName(1) == family:
        print(i); break
else:
    sys.exit(f"{family!r} not found in {path}")
PY
}

for style in Regular Bold; do
  src="$NOTO_DIR/NotoSansCJK-$style.ttc"
  dst="$WORK/NotoSansSC-$style.otf"   # CFF subset; converted to TrueType below
  [[ -f "$src" ]] || { echo "error: $src missing (apt-get install fonts-noto-cjk)" >&2; exit 1; }
  num="${SC_FONT_NUMBER:-$(font_number "$src")}"
  echo "subsetting $src (font number $num) -> $dst" >&2
  "$PYTHON" -m fontTools.subset "$src" \
    --font-number="$num" \
    --unicodes-file="$UNICODES" \
    --layout-features=aalt,ccmp,dlig,fwid,hwid,liga,pwid,vert,vjmo,vrt2,halt,kern,palt,vhal,vpal \
    --name-IDs='*' \
    --name-languages='*' \
    --no-hinting \
    --notdef-outline \
    --output-file="$dst"
  # JavaFX applies no OpenType features, and Noto CJK draws quotes, apostrophes, dashes,
  # ellipsis and the middle dot full-width by default, which looks broken in English text
  # ("Sun Art’ s"). Map those code points to the proportional forms from the font's own
  # 'pwid' feature, as Chinese UI fonts such as Microsoft YaHei do.
  "$PYTHON" - "$dst" <<'PY' >&2
import sys
from fontTools.ttLib import TTFont
path = sys.argv[1]
f = TTFont(path)
proportional = {}
for record in f["GSUB"].table.FeatureList.FeatureRecord:
    if record.FeatureTag != "pwid":
        continue
    for index in record.Feature.LookupListIndex:
        lookup = f["GSUB"].table.LookupList.Lookup[index]
        for sub in lookup.SubTable:
            sub = getattr(sub, "ExtSubTable", sub)
            proportional.update(getattr(sub, "mapping", {}) or {})
points = [0x2018, 0x2019, 0x201C, 0x201D, 0x2013, 0x2014, 0x2026, 0x00B7]
changed = []
for table in f["cmap"].tables:
    if not table.isUnicode():
        continue
    for cp in points:
        glyph = table.cmap.get(cp)
        if glyph in proportional:
            table.cmap[cp] = proportional[glyph]
            changed.append(cp)
# Unicode variation sequences (cmap format 14) are not needed here and PDFBox warns about them.
f["cmap"].tables = [t for t in f["cmap"].tables if t.format != 14]
f.save(path)
print(f"  proportional punctuation: {sorted({f'U+{c:04X}' for c in changed})}")
PY
  # TrueType (quadratic glyf) outlines: PDFBox embeds only those in PDF handouts, and JavaFX
  # renders them as well as CFF. One file serves the screen and the PDF.
  "$PYTHON" "$SCRIPT_DIR/otf2ttf.py" "$dst" "$OUT_DIR/NotoSansSC-$style.ttf"
  dst="$OUT_DIR/NotoSansSC-$style.ttf"
  "$PYTHON" - "$dst" "$DATA_CHARS" <<'PY' >&2
import os, sys
from fontTools.ttLib import TTFont
p, data_chars = sys.argv[1], sys.argv[2]
f = TTFont(p, lazy=True)
n = f["name"]
print(f"  {os.path.basename(p)}: {os.path.getsize(p)} bytes, "
      f"{f['maxp'].numGlyphs} glyphs, {len(f.getBestCmap())} mapped code points, "
      f"family={n.getDebugName(1)!r} style={n.getDebugName(2)!r} full={n.getDebugName(4)!r}")
# Characters used by data/translations that Noto Sans CJK SC itself lacks:
# they will fall back to another font (or tofu) at runtime.
cmap = f.getBestCmap()
missing = [int(l, 16) for l in open(data_chars) if l.strip() and int(l, 16) not in cmap]
missing = [cp for cp in missing if cp > 0x7F or chr(cp).isprintable()]
if missing:
    print(f"  WARNING: {len(missing)} character(s) used in data/translations are not in the font: "
          + " ".join(f"U+{cp:04X}({chr(cp)})" if chr(cp).isprintable() else f"U+{cp:04X}" for cp in missing))
PY
done
