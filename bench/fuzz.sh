#!/bin/sh
# Fuzzes each Jazzer target of khatt.fuzz for about SECONDS (default 60), one after the other.
#
#   sh bench/fuzz.sh [SECONDS] [Class#method ...]
#
# A Jazzer run lasts its test's maxDuration (FuzzChecks.ROUND); the script starts runs of a target
# until its SECONDS have passed, each going on from the corpus the last one grew. It prints, per
# target, the runs, the inputs tried, the seconds spent fuzzing (JVM start-up aside) and the findings.
#
# Where things land:
#   findings   src/test/resources/khatt/fuzz/<Class>Inputs/<method>/crash-<sha1>: from then on
#              `mvn test` replays them with the seeds, so a finding fails the build until it is fixed
#   corpus     .cifuzz-corpus/khatt.fuzz.<Class>/<method>/ (not in the repository)
#   logs       target/fuzz/<Class>-<method>-<n>.log
set -eu
cd "$(dirname "$0")/.."

seconds=${1:-60}
[ $# -gt 0 ] && shift
targets=${*:-"ContentLoaderFuzzTest#articleFile MarkdownFuzzTest#body MarkdownFuzzTest#linkAddress
DateFinderFuzzTest#find ImporterFuzzTest#htmlPage ImporterFuzzTest#textPage ImporterFuzzTest#clutter"}

mkdir -p target/fuzz
mvn -B -q test-compile
status=0
for target in $targets; do
    class=${target%%#*}
    method=${target#*#}
    inputs=src/test/resources/khatt/fuzz/${class}Inputs/$method
    before=$(ls "$inputs" | grep -c '^crash-' || true)
    start=$(date +%s)
    round=0
    failed=0
    runs=0
    fuzzed=0
    while [ "$round" -eq 0 ] || [ $(($(date +%s) - start)) -lt "$seconds" ]; do
        round=$((round + 1))
        log=target/fuzz/$class-$method-$round.log
        # Hooks on: coverage, value profiles and Jazzer's bug detectors (pom.xml leaves them off for `mvn test`).
        if ! JAZZER_FUZZ=1 mvn -B surefire:test -Dtest="$target" -Djazzer.hooks=true >"$log" 2>&1; then
            failed=1
            status=1
            echo "$target: run $round failed, see $log"
        fi
        done_line=$(grep -a '^Done [0-9]* runs in [0-9]* second' "$log" | tail -1)
        runs=$((runs + $(echo "${done_line:-Done 0 runs in 0 second}" | awk '{print $2}')))
        fuzzed=$((fuzzed + $(echo "${done_line:-Done 0 runs in 0 second}" | awk '{print $5}')))
        [ "$failed" -eq 0 ] || break
    done
    after=$(ls "$inputs" | grep -c '^crash-' || true)
    echo "$target: $round run(s), $runs inputs in $fuzzed s of fuzzing, $((after - before)) new finding(s)"
done
exit $status
