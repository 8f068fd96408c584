#!/bin/sh
# JMH benchmarks of the build's hot stages (khatt.bench.StageBenchmarks): front matter, Markdown,
# duplicate sketches, search keys and the page render, each one pass over a generated corpus.
#
#   sh bench/jmh.sh [JMH OPTIONS] [STAGE…]     e.g. sh bench/jmh.sh -p articles=300 markdown render
#
# Options are JMH's own (-h lists them); results print as a table of milliseconds per pass.
set -eu
cd "$(dirname "$0")/.."
mvn -q -B test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/jmh.classpath
exec java -cp "target/test-classes:target/classes:$(cat target/jmh.classpath)" org.openjdk.jmh.Main "$@"
