#!/bin/sh
# Times whole builds of Khatt and of the reference Hugo site on the same synthetic corpus,
# alternating the two tools, JVM start included; prints each run and the medians.
#
# usage: bench/build-vs-hugo.sh BENCH_DIR ARTICLES [RUNS]
#   BENCH_DIR: the folder holding make_corpus.py and hugo_build.sh (the shared benchmark material)
#   needs: python3, /usr/bin/time and hugo (apt-get install -y hugo time), target/khatt.jar
set -eu
[ $# -ge 2 ] || { echo "usage: $0 BENCH_DIR ARTICLES [RUNS]" >&2; exit 2; }
bench=$(cd "$1" && pwd)
articles=$2
runs=${3:-3}
repo=$(cd "$(dirname "$0")/.." && pwd)
work=${TMPDIR:-/tmp}/khatt-bench
corpus=$work/corpus-$articles
mkdir -p "$work"
[ -f "$repo/target/khatt.jar" ] || (cd "$repo" && mvn -q -B -DskipTests package)
[ -d "$corpus/articles" ] || python3 "$bench/make_corpus.py" --articles "$articles" --seed 1 --out "$corpus"

one() { # tool out-dir -> "wall_s peak_kb"
  rm -rf "$2"
  case $1 in
    khatt) /usr/bin/time -f "%e %M" -o "$work/time" java -jar "$repo/target/khatt.jar" build --content "$corpus" --out "$2" >/dev/null ;;
    hugo) /usr/bin/time -f "%e %M" -o "$work/time" sh "$bench/hugo_build.sh" "$corpus" "$2" --quiet >/dev/null ;;
  esac
  cat "$work/time"
}

one khatt "$work/out-khatt" >/dev/null  # warm the file cache
one hugo "$work/out-hugo" >/dev/null
: > "$work/khatt.runs"; : > "$work/hugo.runs"
i=1
while [ "$i" -le "$runs" ]; do
  k=$(one khatt "$work/out-khatt"); h=$(one hugo "$work/out-hugo")
  echo "$k" >> "$work/khatt.runs"; echo "$h" >> "$work/hugo.runs"
  echo "run $i: khatt $k | hugo $h   (wall s, peak KB)"
  i=$((i + 1))
done
median() { sort -n -k"$2" "$1" | awk -v c="$2" '{v[NR]=$c} END {print v[int((NR+1)/2)]}'; }
kw=$(median "$work/khatt.runs" 1); hw=$(median "$work/hugo.runs" 1)
km=$(median "$work/khatt.runs" 2); hm=$(median "$work/hugo.runs" 2)
echo "$articles articles: khatt median ${kw} s, ${km} KB; hugo median ${hw} s, ${hm} KB; khatt/hugo wall $(awk -v a="$kw" -v b="$hw" 'BEGIN {printf "%.2f", a/b}')"
