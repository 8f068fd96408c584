#!/bin/sh
# Times serve's incremental rebuild after one article edit at 1,000 and 10,000 articles, and the
# full build at 10,000 articles, on corpora made by make_corpus.py.
#
#   sh bench/incremental.sh [PATH/TO/make_corpus.py] [WORK_DIR]
#
# make_corpus.py defaults to ../shared/bench/make_corpus.py beside the repository; the corpora
# and sites go to WORK_DIR (default: a new temporary folder), which is kept for reuse.
set -eu
repo=$(cd "$(dirname "$0")/.." && pwd)
make_corpus=${1:-$repo/../shared/bench/make_corpus.py}
work=${2:-$(mktemp -d)}
[ -f "$make_corpus" ] || { echo "make_corpus.py not found: $make_corpus (pass its path)" >&2; exit 2; }

cd "$repo"
[ -f target/khatt.jar ] && [ -d target/test-classes/khatt/bench ] || mvn -q -B -DskipTests package test-compile
classpath=target/khatt.jar:target/test-classes

for n in 1000 10000; do
  corpus=$work/corpus-$n
  [ -d "$corpus" ] || python3 "$make_corpus" --articles $n --seed 1 --out "$corpus" >/dev/null
  java -cp "$classpath" khatt.bench.IncrementalBench "$corpus" 30
done

echo "full build of 10000 articles (whole process, JVM start included):"
rm -rf "$work/site-10k"
/usr/bin/time -f "  %e s %M KB" java -jar target/khatt.jar build --content "$work/corpus-10000" --out "$work/site-10k" 2>&1 | grep -v '^$'
