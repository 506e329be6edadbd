#!/usr/bin/env bash
# Starts Frontline Atlas from the extracted jar with a class-data archive (JDK 17 dynamic CDS): the
# classes of a start are mapped from the archive instead of being read and verified again, which
# roughly halves the CPU of a start (see README, "Import and start-up").
#
#   scripts/run-with-cds.sh [app options, e.g. --server.port=8080 --atlas.db.path=./data/atlas]
#
# The first time after each build (when target/frontline-atlas.jar is newer than the archive) it
# extracts the jar into app/ and makes the archive with one training start on a throwaway database
# up to the first answer of /api/events (needs curl); later starts only map it.
set -euo pipefail
cd "$(dirname "$0")/.."

jar=${ATLAS_JAR:-target/frontline-atlas.jar}
app=${ATLAS_APP_DIR:-app}
java=${JAVA:-java}
archive="$app/atlas.jsa"
[ -f "$jar" ] || { echo "no $jar: build it first (mvn -Pproduction -DskipTests package)" >&2; exit 2; }

if [ ! -f "$archive" ] || [ "$jar" -nt "$archive" ]; then
  echo "Making the class-data archive for $jar (once per build, about half a minute)..." >&2
  rm -rf "$app"
  "$java" -Djarmode=tools -jar "$jar" extract --destination "$app" >/dev/null
  training=$(mktemp -d)
  port=${ATLAS_TRAINING_PORT:-18080}
  "$java" -XX:ArchiveClassesAtExit="$archive" -jar "$app/$(basename "$jar")" \
      --server.port="$port" --atlas.db.path="$training/atlas" >"$training/log" 2>&1 &
  pid=$!
  for _ in $(seq 1 1800); do
    kill -0 "$pid" 2>/dev/null || { echo "the training start failed; see $training/log" >&2; exit 1; }
    [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/api/events" || true)" = 200 ] && break
    sleep 0.1
  done
  kill "$pid"; wait "$pid" || true   # the archive is written as the JVM exits
  rm -rf "$training"
  [ -f "$archive" ] || { echo "the training start wrote no $archive" >&2; exit 1; }
fi

exec "$java" -XX:SharedArchiveFile="$archive" ${JAVA_OPTS:-} -jar "$app/$(basename "$jar")" "$@"
