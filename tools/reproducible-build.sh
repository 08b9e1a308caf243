#!/usr/bin/env bash
# Builds the current commit twice, each in a fresh clone, and compares the jar and the release
# archive byte for byte: a reproducible build gives the same bytes (pom: outputTimestamp).
# Usage: tools/reproducible-build.sh   (exit 0 when both builds agree, 1 when they differ)
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
version=$(sed -n 's|^  <version>\(.*\)</version>|\1|p' pom.xml | head -n 1)
for build in one two; do
  git clone -q . "$work/$build"
  (cd "$work/$build" && mvn -B -ntp -q package -DskipTests >/dev/null)
  # The second build runs a little later, so that a clock that leaks into the bytes shows.
  sleep 2
done
status=0
for file in claimcheck.jar "claimcheck-$version.zip"; do
  one=$(sha256sum "$work/one/target/$file" | cut -d ' ' -f 1)
  two=$(sha256sum "$work/two/target/$file" | cut -d ' ' -f 1)
  if [[ $one == "$two" ]]; then
    echo "same:   $file $one"
  else
    echo "differ: $file $one $two"
    status=1
  fi
done
exit $status
