#!/bin/sh
# One command for the whole-build figures: makes the synthetic corpora, builds each with Khatt and
# with the reference Hugo site alternately (JVM start included; one untimed warm-up each), and
# writes the top of bench/RESULTS.md: medians of wall and CPU seconds, peak RSS, pages and bytes
# written, the size of index.html and of the largest HTML page, with the machine and the date. What
# follows the file's mark line (notes on earlier runs) is kept.
#
# usage: bench/run.sh BENCH_DIR [RUNS] [ARTICLES...]      (defaults: 5 runs; 10000 100000)
#   BENCH_DIR: the folder holding make_corpus.py and hugo_build.sh (the shared benchmark material)
#   env WORK: where corpora and outputs go (default /dev/shm if present, else ${TMPDIR:-/tmp})
#   needs python3, /usr/bin/time, hugo (apt-get install -y hugo time); builds target/khatt.jar if missing
set -eu
[ $# -ge 1 ] || { echo "usage: $0 BENCH_DIR [RUNS] [ARTICLES...]" >&2; exit 2; }
bench=$(cd "$1" && pwd)
runs=${2:-5}
shift $(( $# >= 2 ? 2 : 1 ))
[ $# -gt 0 ] || set -- 10000 100000
repo=$(cd "$(dirname "$0")/.." && pwd)
if [ -d /dev/shm ]; then default_work=/dev/shm/khatt-bench; else default_work=${TMPDIR:-/tmp}/khatt-bench; fi
work=${WORK:-$default_work}
mkdir -p "$work"
load_start=$(cut -d' ' -f1-3 /proc/loadavg)
[ -f "$repo/target/khatt.jar" ] || (cd "$repo" && mvn -q -B -DskipTests package)

# one TOOL CORPUS OUT: builds once; prints "wall_s cpu_s peak_kb"
one() {
  rm -rf "$3"
  case $1 in
    khatt) /usr/bin/time -f "%e %U %S %M" -o "$work/time" java -jar "$repo/target/khatt.jar" build --content "$2" --out "$3" >/dev/null ;;
    hugo) /usr/bin/time -f "%e %U %S %M" -o "$work/time" sh "$bench/hugo_build.sh" "$2" "$3" --quiet >/dev/null ;;
  esac
  awk '{printf "%s %.2f %s\n", $1, $2 + $3, $4}' "$work/time"
}
median() { sort -n -k"$2" "$1" | awk -v c="$2" '{v[NR]=$c} END {print v[int((NR+1)/2)]}'; }
output() { # DIR -> "pages bytes index_bytes largest_html_bytes"
  pages=$(find "$1" -name '*.html' | wc -l)
  bytes=$(find "$1" -type f -printf '%s\n' | awk '{s+=$1} END {print s}')
  index=$(stat -c %s "$1/index.html")
  largest=$(find "$1" -name '*.html' -printf '%s\n' | sort -n | tail -1)
  echo "$pages $bytes $index $largest"
}

rows=""
for articles in "$@"; do
  corpus=$work/corpus-$articles
  [ -d "$corpus/articles" ] || python3 "$bench/make_corpus.py" --articles "$articles" --seed 1 --out "$corpus"
  one khatt "$corpus" "$work/out-khatt" >/dev/null
  one hugo "$corpus" "$work/out-hugo" >/dev/null
  : > "$work/khatt.runs"; : > "$work/hugo.runs"
  i=1
  while [ "$i" -le "$runs" ]; do
    k=$(one khatt "$corpus" "$work/out-khatt"); h=$(one hugo "$corpus" "$work/out-hugo")
    echo "$k" >> "$work/khatt.runs"; echo "$h" >> "$work/hugo.runs"
    echo "$articles articles, run $i: khatt $k | hugo $h   (wall s, CPU s, peak KB)"
    i=$((i + 1))
  done
  for tool in khatt hugo; do
    set -- $(output "$work/out-$tool")
    w=$(median "$work/$tool.runs" 1); c=$(median "$work/$tool.runs" 2); m=$(median "$work/$tool.runs" 3)
    eval "${tool}_w=$w"
    rows="$rows$(echo "$articles $tool $w $c $m $1 $2 $3 $4" | awk '{printf "| %s | %s | %s | %s | %.0f MB | %s | %.1f MB | %.1f KB | %.1f KB |", $1, $2, $3, $4, $5 / 1024, $6, $7 / 1048576, $8 / 1024, $9 / 1024}')
"
  done
  rows="$rows$(awk -v n="$articles" -v k="$khatt_w" -v h="$hugo_w" 'BEGIN {printf "| %s | Khatt / Hugo wall | %.2f | | | | | | |", n, k / h}')
"
done

cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')
KEPT_MARK='<!-- written by bench/run.sh above this line; kept below it -->'
{
  echo "# Whole builds: Khatt and the reference Hugo site"
  echo
  echo "Made by \`sh bench/run.sh BENCH_DIR $runs\` on $(date -u '+%Y-%m-%d %H:%M UTC'): $(nproc) cores ($cpu),"
  echo "$(free -g | awk '/Mem:/ {print $2}') GB of memory, load average $load_start before the runs and $(cut -d' ' -f1-3 /proc/loadavg) after;"
  echo "$(java -version 2>&1 | head -1), $(hugo version | cut -d' ' -f1-2). Corpora from \`make_corpus.py --seed 1\` on $work."
  echo "Medians (the lower middle for an even count) of $runs runs each, the two tools alternating, JVM start included. Peak RSS is \`/usr/bin/time\`'s"
  echo "(of the largest process: Khatt's child JVM, see the README's note on memory)."
  echo
  echo "| Articles | Tool | Wall s | CPU s | Peak RSS | HTML pages | Bytes written | index.html | Largest HTML page |"
  echo "|---|---|---|---|---|---|---|---|---|"
  printf '%s' "$rows"
  echo
  echo "On a shared machine absolute seconds drift from run to run; the ratio of the alternated medians is the figure to compare."
  echo
  echo "$KEPT_MARK"
} > "$work/results.head"
# the figures above the mark are the run's; what follows it (notes on earlier runs) is kept
results="$repo/bench/RESULTS.md"
{
  cat "$work/results.head"
  [ ! -f "$results" ] || awk -v mark="$KEPT_MARK" 'kept { print } $0 == mark { kept = 1 }' "$results"
} > "$work/results.new"
mv "$work/results.new" "$results"
cat "$work/results.head"
