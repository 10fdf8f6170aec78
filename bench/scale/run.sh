#!/usr/bin/env bash
# The scale benchmark (issue 13): the app's frames and opening time at N = 20, 1k, 10k, 100k events
# (1M on request) against the floors measured in the same run: a minimal JavaFX scene moving 200
# plain labels (the frame floor) and a bare Jackson streaming parse (the reading floor).
#
# Per N it starts the real app on a generated file under Xvfb with software rendering
# (-Dprism.order=sw) through bench/scale/FrameBench.java, which drives 60 zoom steps of 5 % around
# the middle and 60 pan steps of 5 % through the timeline view's own commands, then a camera flight
# and a wheel zoom, and prints open -> first frame and the busy time of each frame (CSS + layout +
# painting; see FrameBench). bench/scale/ReadBench.java gives the read time, the bare parses and the
# heap per event. Rounds are interleaved (each round starts with the next variant) and the table
# shows medians over the rounds.
#
# Usage: bash bench/scale/run.sh [rounds, default 3]
#   SCALE_N="20 1000 10000 100000"   the sizes (add 1000000 for a million events)
#   SCALE_VIS=1                      also run the vis-timeline peer (../shared/bench/vis, copied to
#                                    target/bench-scale/vis; SCALE_VIS_N: its sizes, default those <= 10k) when
#                                    chromium and npm are there
#   SCALE_RESULTS=DIR                where each start's figures go (default target/bench-scale/results)
#   SCALE_CLASSES=DIR                the app's classes (default target/classes), e.g. a copy of
#                                    an earlier build to compare with
#   SCALE_JVM="..."                  the JVM options of each start of the app and of the floor
#                                    (default: those the app ships with, as below; "" for the JVM's own)
#   SCALE_READS=10                   how many times ReadBench reads each file a start (after a warm-up read)
# Needs target/classes (mvn compile). Runs under xvfb-run when DISPLAY is not set.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROUNDS="${1:-3}"
SIZES="${SCALE_N:-20 1000 10000 100000}"
OUT=target/bench-scale
RESULTS="${SCALE_RESULTS:-$OUT/results}"
mkdir -p "$RESULTS"
if [ -z "${DISPLAY:-}" ]; then exec xvfb-run -a -s "-screen 0 1920x1080x24" bash "$0" "$@"; fi
CLASSES="${SCALE_CLASSES:-target/classes}"
# The app runs with the JVM options it ships with (packaging/package.sh; the pom's javafx:run too):
# the client compiler alone and the parallel collector. The floor runs with them as well, so that
# both sides of a ratio run on the same JVM. ReadBench runs twice: with them (the reads the app
# does) and with the JVM's defaults (the optimising compiler, G1), each against its own bare parse.
# The heap per event is the second's: G1 counts what a timeline holds steadily, where the parallel
# collector's heap after System.gc() moves by more than a small timeline holds (negative at 20 events).
# Ten reads a start (after one to warm up): with three, the bare parse's own figure moved between
# 127 and 245 ms from one run to the next, and every ratio with it.
READS="${SCALE_READS:-10}"
read -r -a JVM <<< "${SCALE_JVM--XX:TieredStopAtLevel=1 -XX:+UseParallelGC -XX:-UsePerfData}"
[ -d "$CLASSES/org/timelineviewer" ] || { echo "no $CLASSES: run mvn compile first" >&2; exit 1; }
if [ ! -s "$OUT/cp.txt" ]; then
  mvn -B -ntp -q org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath \
      -Dmdep.outputFile="$OUT/cp.txt" -Dmdep.includeScope=runtime
fi
CP="$CLASSES:$(cat "$OUT/cp.txt")"
CLS="$OUT/classes-$$"
trap 'rm -rf "$CLS"' EXIT
javac -nowarn -d "$CLS" -cp "$CP" bench/scale/FrameBench.java bench/scale/ReadBench.java bench/scale/Generate.java
RUN_CP="$CLS:$CP"
for n in $SIZES; do
  [ -s "$OUT/n$n.timeline" ] || java -cp "$RUN_CP" Generate "$n" "$OUT/n$n.timeline" >/dev/null
done
rm -f "$RESULTS"/*.txt

frames() {   # one start of the app (or the floor) under the benchmark; key=value lines on stdout
  local heap=() home
  [ "$1" -ge 1000000 ] && heap=(-Xmx3g)
  home=$(mktemp -d "$OUT/home.XXXXXX") # a fresh user home each start: no window or view restored
  timeout 900 java "${heap[@]}" ${JVM[@]+"${JVM[@]}"} -Duser.home="$home" -Dprism.order=sw -Dprism.lcdtext=false \
      -cp "$RUN_CP" FrameBench "${@:2}" 2>/dev/null | grep '=' || true
  rm -rf "$home"
}
run() {   # variant $1 in round $2
  local file="$RESULTS/$1.$2.txt"
  case "$1" in
    floor)   frames 0 floor > "$file" ;;
    bundled) frames 0 app assets/timelines/alibaba-ai-era.timeline > "$file" ;;
    n*)      frames "${1#n}" app "$OUT/$1.timeline" > "$file"
             timeout 900 java -Xmx3g ${JVM[@]+"${JVM[@]}"} -cp "$RUN_CP" ReadBench "$OUT/$1.timeline" "$READS" 2>/dev/null \
               | grep '=' >> "$file" || true
             timeout 900 java -Xmx3g -cp "$RUN_CP" ReadBench "$OUT/$1.timeline" "$READS" 2>/dev/null \
               | grep '=' | sed 's/^/jvmdefaults_/' >> "$file" || true ;;
  esac
}
VARIANTS=(floor bundled)
for n in $SIZES; do VARIANTS+=("n$n"); done
for ((i = 1; i <= ROUNDS; i++)); do
  for ((k = 0; k < ${#VARIANTS[@]}; k++)); do
    v=${VARIANTS[$(( (i + k) % ${#VARIANTS[@]} ))]}
    echo "round $i/$ROUNDS: $v" >&2
    sleep 0.5
    run "$v" "$i"
  done
done

value() {   # median over the rounds of key $2 of variant $1 ("-" when never measured)
  cat "$RESULTS"/"$1".*.txt 2>/dev/null | sed -n "s/^$2=//p" | sort -g \
    | awk '{a[NR]=$1} END {if (NR == 0) print "-"; else print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {if (a == "-" || b == "-" || b == 0) print "-"; else printf "%.2f", a / b}'; }

table() {   # the table and the goals for metric $1: busy (wall clock) or cpu (FX + render thread CPU time)
  local m=$1 FZ FP v
  FZ=$(value floor zoom_${m}_median); FP=$(value floor pan_${m}_median)
  echo
  echo "== $m: $2"
  echo "JVM options of the app and the floor: ${JVM[*]:-(the JVM defaults)}"
  echo "floor (200 labels): zoom $FZ / p95 $(value floor zoom_${m}_p95) ms, pan $FP / p95 $(value floor pan_${m}_p95) ms"
  echo "bundled timeline:   open -> first frame $(value bundled first_frame_ms) ms, zoom $(value bundled zoom_${m}_median) / $(value bundled zoom_${m}_p95) ms"
  echo
  printf '| %-7s | %-11s | %-6s | %-8s | %-15s | %-15s | %-15s | %-15s | %-10s |\n' \
    N "first frame" "read" "bare+str" "zoom med/p95" "pan med/p95" "flight med/p95" "wheel med/p95" "heap/event"
  printf '|%s|\n' "---------|-------------|--------|----------|-----------------|-----------------|-----------------|-----------------|------------"
  for n in $SIZES; do
    v="n$n"
    printf '| %-7s | %-11s | %-6s | %-8s | %-15s | %-15s | %-15s | %-15s | %-10s |\n' "$n" \
      "$(value $v first_frame_ms)" "$(value $v read_ms)" "$(value $v bare_parse_strings_ms)" \
      "$(value $v zoom_${m}_median) / $(value $v zoom_${m}_p95)" "$(value $v pan_${m}_median) / $(value $v pan_${m}_p95)" \
      "$(value $v flight_${m}_median) / $(value $v flight_${m}_p95)" "$(value $v wheel_${m}_median) / $(value $v wheel_${m}_p95)" \
      "$(value $v jvmdefaults_heap_bytes_per_event)"
  done
  echo
  echo "goals ($m, ratios to the floor of this run):"
  for n in $SIZES; do
    v="n$n"
    echo "  N=$n: zoom / floor $(ratio "$(value $v zoom_${m}_median)" "$FZ") (<= 2), p95 $(ratio "$(value $v zoom_${m}_p95)" "$FZ") (<= 3);" \
         "pan / floor $(ratio "$(value $v pan_${m}_median)" "$FP") (<= 2), p95 $(ratio "$(value $v pan_${m}_p95)" "$FP") (<= 3);" \
         "flight p95 $(ratio "$(value $v flight_${m}_p95)" "$FZ"), wheel p95 $(ratio "$(value $v wheel_${m}_p95)" "$FZ") (<= 3)"
  done
  if [[ " $SIZES " == *" 100000 "* ]]; then
    echo "  100k / ${SIZES%% *}: zoom $(ratio "$(value n100000 zoom_${m}_median)" "$(value n${SIZES%% *} zoom_${m}_median)")," \
         "pan $(ratio "$(value n100000 pan_${m}_median)" "$(value n${SIZES%% *} pan_${m}_median)") (<= 1.3)"
  fi
}
table busy "wall-clock busy time of a frame (CSS + layout + painting, not the wait for the pulse)"
table cpu "CPU time the FX and render threads spent on the frame (what it costs when other programs share the cores)"
if [[ " $SIZES " == *" 100000 "* ]]; then
  echo
  echo "opening 100k: read / bare parse with strings = $(ratio "$(value n100000 read_ms)" "$(value n100000 bare_parse_strings_ms)") (<= 3)" \
       "(under the JVM's defaults: $(value n100000 jvmdefaults_read_ms) / $(value n100000 jvmdefaults_bare_parse_strings_ms)" \
       "= $(ratio "$(value n100000 jvmdefaults_read_ms)" "$(value n100000 jvmdefaults_bare_parse_strings_ms)"))," \
       "first frame 100k / bundled = $(ratio "$(value n100000 first_frame_ms)" "$(value bundled first_frame_ms)") (<= 1.5)," \
       "heap per event $(value n100000 jvmdefaults_heap_bytes_per_event) (<= 500)"
fi

if [ "${SCALE_VIS:-0}" = 1 ]; then
  VIS=../shared/bench/vis
  if command -v chromium >/dev/null && command -v npm >/dev/null && [ -d "$VIS" ]; then
    # a copy of the peer here: its node_modules and results stay out of the shared folder
    rm -rf "$OUT/vis" && mkdir -p "$OUT/vis" && cp "$VIS"/*.json "$VIS"/*.mjs "$VIS"/*.html "$OUT/vis"/
    # 100k: vis-timeline takes minutes to draw it and never zooms within its limit (issue 13)
    VIS_N="${SCALE_VIS_N:-$(for n in $SIZES; do if [ "$n" -le 10000 ]; then printf '%s,' "$n"; fi; done | sed 's/,$//')}"
    echo; echo "vis-timeline peer ($VIS, N = $VIS_N):"
    (cd "$OUT/vis" && npm ci --silent --no-audit --no-fund && node run.mjs --n="$VIS_N" --limit=150 > run.out 2>&1; tail -6 run.out)
    vis10k=$(grep -h '"n":10000' "$OUT/vis/run.out" | python3 -c 'import json,sys; print(json.loads(sys.stdin.readline())["zoom"]["busy_median_ms"])' 2>/dev/null || echo -)
    echo "vis zoom busy at 10k / ours: $vis10k / $(value n10000 zoom_busy_median) = $(ratio "$vis10k" "$(value n10000 zoom_busy_median)") (>= 20)"
  else
    echo; echo "vis-timeline peer skipped: needs chromium and npm (see $VIS/README.md)"
  fi
fi
