#!/usr/bin/env bash
# Builds the benchmarks through the reactor (package, never install), runs them with JMH and prints the results as a
# markdown table on stdout; JMH's own progress goes to stderr. Usage: benchmarks/run.sh [--quick] [JMH_REGEX...]
#   --quick   one fork, short warm-up and measurement: under 10 minutes on 2 cores (the full run: about 25)
#   REGEX     only the benchmarks matching, e.g. 'AuthenticatorBenchmark.makeCredential'
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

quick=false
filters=()
for arg in "$@"; do
  case "$arg" in
    --quick) quick=true ;;
    -h|--help) sed -n '2,5p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) echo "run.sh: unknown option '$arg' (try --help)" >&2; exit 2 ;;
    *) filters+=("$arg") ;;
  esac
done

if ! command -v java >/dev/null || ! command -v mvn >/dev/null; then
  echo "run.sh: needs java (17+) and mvn on PATH" >&2
  exit 2
fi

echo "run.sh: building benchmarks/target/benchmarks.jar ..." >&2
if ! build_log=$(mvn -B -q -pl benchmarks -am -DskipTests package 2>&1); then
  echo "$build_log" >&2
  echo "run.sh: the build failed" >&2
  exit 2
fi

if $quick; then
  options=(-f 1 -wi 3 -w 500ms -i 3 -r 500ms)
else
  options=(-f 2 -wi 3 -w 1s -i 3 -r 1s)
fi
jar=benchmarks/target/benchmarks.jar
result=benchmarks/target/jmh-result.json
java -jar "$jar" "${options[@]}" -foe true -rf json -rff "$result" "${filters[@]}" >&2
java -cp "$jar" dev.passkeyharness.bench.report.ResultTable "$result"
