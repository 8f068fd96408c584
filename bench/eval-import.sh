#!/bin/sh
# Scores `khatt import --json` on an evaluation set: each article imported one at a time, with its
# address (--url), into a fresh copy of a content folder, then compared with the set's answer key.
#
#   sh bench/eval-import.sh SET_DIR [CONTENT_DIR] [ANSWERS_OUT]
#
# SET_DIR holds key.json and articles/ (see bench/eval-example/ for the format); CONTENT_DIR
# defaults to the repository's content/; ANSWERS_OUT, if given, receives the importer's answers.
set -eu
repo=$(cd "$(dirname "$0")/.." && pwd)
[ $# -ge 1 ] || { echo "usage: sh bench/eval-import.sh SET_DIR [CONTENT_DIR] [ANSWERS_OUT]" >&2; exit 2; }
set_dir=$(cd "$1" && pwd)
content=$(cd "${2:-$repo/content}" && pwd)
out=${3:-}
[ -z "$out" ] || out=$(cd "$(dirname "$out")" && pwd)/$(basename "$out")

cd "$repo"
[ -f target/khatt.jar ] && [ -f target/test-classes/khatt/bench/ImportEval.class ] || mvn -q -B -DskipTests package test-compile
java -cp target/khatt.jar:target/test-classes khatt.bench.ImportEval "$set_dir" "$content" $out
