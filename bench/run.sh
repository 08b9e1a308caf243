#!/usr/bin/env bash
# The claimcheck benchmark (issue #8). Run from anywhere; see bench/README.md.
#
#   bench/run.sh                 sizes 10k 100k 1M, 3 runs each (baseline: 1 run per rule)
#   SIZES="10k 100k" bench/run.sh
#   BIG=1 bench/run.sh           adds 5M
#
# Environment: SIZES, BIG, RUNS (3), BASE_RUNS (1), BASE_TIMEOUT (seconds per rule and run,
# 300), XMX (java -Xmx, 4g), SEED (1), SKIP_BUILD (1 to reuse target/claimcheck.jar).
# Every step is a fresh JVM, timed by /usr/bin/time (wall clock and maximum resident set size).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
SIZES=${SIZES:-"10k 100k 1M"}
if [[ "${BIG:-0}" == 1 ]]; then SIZES="$SIZES 5M"; fi
RUNS=${RUNS:-3}
BASE_RUNS=${BASE_RUNS:-1}
BASE_TIMEOUT=${BASE_TIMEOUT:-300}
XMX=${XMX:-4g}
SEED=${SEED:-1}
OUT=bench/target
DATA=$OUT/data
mkdir -p "$DATA"
JAR=target/claimcheck.jar
JAVA=(java "-Xmx$XMX")
# claimcheck as its README runs it: the launcher (class-data archive, JIT and GC options).
CC=(env "CLAIMCHECK_JAVA_OPTS=-Xmx$XMX" bin/claimcheck)
TOOLS="$OUT/lib/*"

command -v /usr/bin/time >/dev/null || { echo "bench: needs /usr/bin/time (apt-get install time)" >&2; exit 2; }
command -v jq >/dev/null || { echo "bench: needs jq" >&2; exit 2; }

if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
  mvn -B -ntp -q package -DskipTests
fi
# Jena's command-line tools (riot, sparql), on their own classpath: bench/pom.xml.
if [[ ! -d $OUT/lib ]]; then
  mvn -B -ntp -q -f bench/pom.xml dependency:copy-dependencies -DoutputDirectory=target/lib
fi

RESULTS=$OUT/results.tsv   # size step run seconds maxrss_kb
RULES_TSV=$OUT/rules.tsv   # size where rule run ms
: > "$RESULTS"
: > "$RULES_TSV"

# timed SIZE STEP RUN -- command...: runs it, records wall seconds and max RSS.
timed() {
  local size=$1 step=$2 run=$3
  shift 4
  local t
  t=$(mktemp)
  local rc=0
  /usr/bin/time -f "%e %M" -o "$t" "$@" || rc=$?
  # 0 ok, 1 findings, 124 timeout (recorded as such)
  if [[ $rc -ne 0 && $rc -ne 1 && $rc -ne 124 ]]; then
    echo "bench: $step failed (exit $rc): $*" >&2
    tail -n 5 "$t" >&2
    exit 1
  fi
  local last
  last=$(tail -n 1 "$t")
  if [[ $rc -eq 124 ]]; then
    # A lower bound: the step ran out of time after this long.
    printf '%s\t%s\t%s\t>%s\t%s\n' "$size" "$step" "$run" "${last% *}" "${last#* }" >> "$RESULTS"
  else
    printf '%s\t%s\t%s\t%s\t%s\n' "$size" "$step" "$run" "${last% *}" "${last#* }" >> "$RESULTS"
  fi
  rm -f "$t"
}

# rule_timings SIZE WHERE RUN FILE: the "timing: rule X N ms" lines of a --timings stderr.
rule_timings() {
  grep '^timing: ' "$4" | sed -E 's/^timing: +//; s/ +([0-9]+) ms$/\t\1/' |
    awk -F'\t' -v s="$1" -v w="$2" -v r="$3" '{ printf "%s\t%s\t%s\t%s\t%s\n", s, w, $1, r, $2 }' >> "$RULES_TSV"
}

# verify SIZE WHAT FOUND EXPECTED: planted contradictions found exactly, no near miss flagged.
verify() {
  local want found
  want=$(grep -v '^#' "$4" | grep -v '^near-miss' | sort)
  found=$(sort "$3")
  if [[ "$want" != "$found" ]]; then
    echo "bench: $1 $2: the findings differ from the planted contradictions:" >&2
    diff <(echo "$want") <(echo "$found") | head -20 >&2
    exit 1
  fi
  local near=0
  while IFS=$'\t' read -r _ a b _; do
    if grep -q -P "^[^\t]+\t(\Q$a\E\t\Q$b\E|\Q$b\E\t\Q$a\E)$" "$3"; then near=$((near + 1)); fi
  done < <(grep '^near-miss' "$4")
  echo "$1 $2: $(echo "$want" | wc -l) of $(echo "$want" | wc -l) planted contradictions found, $near near misses flagged" |
    tee -a "$OUT/verify.txt"
  [[ $near -eq 0 ]] || exit 1
}

: > "$OUT/verify.txt"
for size in $SIZES; do
  nt=$DATA/claims-$size.nt
  expected=$DATA/claims-$size.expected.tsv
  if [[ ! -s $nt ]]; then
    # The generator is a test-scope tool (src/test/java/org/claimcheck/generate), not in the jar.
    "${JAVA[@]}" -cp "$ROOT/target/test-classes:$JAR" org.claimcheck.generate.Generate \
      --triples "$size" --seed "$SEED" --output "$nt" --expected "$expected"
  fi
  triples=$(wc -l < "$nt")
  echo "== $size: $triples triples"
  for run in $(seq "$RUNS"); do
    # Parse floor: Jena's riot --count, a separate JVM that parses and stores nothing.
    timed "$size" parse "$run" -- "${JAVA[@]}" -cp "$TOOLS" riotcmd.riot --count "$nt" > /dev/null

    # The check as a user runs it: the text report of the findings.
    timed "$size" check-mem "$run" -- "${CC[@]}" check "$nt" --timings \
      --output "$OUT/check-$size.txt" 2> "$OUT/check-$size.err"
    rule_timings "$size" mem "$run" "$OUT/check-$size.err"
    # The same with plain java -jar: no archive, the JVM's default JIT and GC.
    timed "$size" check-mem-java-jar "$run" -- "${JAVA[@]}" -jar "$JAR" check "$nt" \
      --output "$OUT/check-jar-$size.txt"

    timed "$size" check-mem-novalidate "$run" -- "${CC[@]}" check "$nt" --skip-validation \
      --output "$OUT/check-nv-$size.txt"

    timed "$size" report-mem "$run" -- "${CC[@]}" report "$nt" --format html \
      --output "$OUT/report-$size.html"

    rm -rf "$OUT/tdb-$size"
    timed "$size" tdb2-load "$run" -- "${CC[@]}" load --store "$OUT/tdb-$size" "$nt" > /dev/null
    timed "$size" check-tdb2 "$run" -- "${CC[@]}" check --store "$OUT/tdb-$size" --timings \
      --output "$OUT/check-tdb-$size.txt" 2> "$OUT/check-tdb-$size.err"
    rule_timings "$size" tdb2 "$run" "$OUT/check-tdb-$size.err"
    timed "$size" check-tdb2-novalidate "$run" -- "${CC[@]}" check --store "$OUT/tdb-$size" \
      --skip-validation --output "$OUT/check-tdb-nv-$size.txt"
  done
  # The findings, as JSON, for the verification (not timed: the JSON report also lists every
  # statement, which the text report does not).
  "${CC[@]}" check "$nt" --format json --output "$OUT/check-$size.json" || [[ $? -eq 1 ]]
  "${CC[@]}" check --store "$OUT/tdb-$size" --format json --output "$OUT/check-tdb-$size.json" ||
    [[ $? -eq 1 ]]
  jq -r '.findings[] | [.rule, .a.iri, .b.iri] | @tsv' "$OUT/check-$size.json" > "$OUT/found-mem-$size.tsv"
  verify "$size" "check (memory)" "$OUT/found-mem-$size.tsv" "$expected"
  jq -r '.findings[] | [.rule, .a.iri, .b.iri] | @tsv' "$OUT/check-tdb-$size.json" > "$OUT/found-tdb-$size.tsv"
  verify "$size" "check (TDB2)" "$OUT/found-tdb-$size.tsv" "$expected"

  # Baseline: each rule file run alone by Jena's sparql command over the same data (and the
  # ontology the rules reason over), loading the data each time, as a user without claimcheck would.
  for run in $(seq "$BASE_RUNS"); do
    for rule in ontology/rules/*.rq; do
      id=$(basename "$rule" .rq)
      timed "$size" "sparql $id" "$run" -- timeout "$BASE_TIMEOUT" "${JAVA[@]}" -cp "$TOOLS" arq.sparql \
        --data "$nt" --data ontology/claimcheck.ttl --query "$rule" --results=TSV > /dev/null
    done
  done
done

# Start-up: check on the bundled article as a fresh process: plain, with bin/claimcheck (the
# build's archive), and with an archive of its own.
ART_RUNS=5
for run in $(seq $ART_RUNS); do
  timed article check-article "$run" -- java -jar "$JAR" check > /dev/null
  timed article check-article-launcher "$run" -- bin/claimcheck check > /dev/null
done
java -XX:ArchiveClassesAtExit="$OUT/claimcheck.jsa" -jar "$JAR" check > /dev/null 2>&1 || true
for run in $(seq $ART_RUNS); do
  timed article check-article-appcds "$run" -- java -XX:SharedArchiveFile="$OUT/claimcheck.jsa" -jar "$JAR" check > /dev/null
  timed article check-article-appcds-c1 "$run" -- java -XX:SharedArchiveFile="$OUT/claimcheck.jsa" \
    -XX:TieredStopAtLevel=1 -jar "$JAR" check > /dev/null
done

python3 bench/report.py "$RESULTS" "$RULES_TSV" "$OUT/verify.txt" | tee "$OUT/report.md"
