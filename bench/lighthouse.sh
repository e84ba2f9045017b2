#!/usr/bin/env bash
# Lighthouse with its default mobile profile (simulated slow 4G, 4x CPU slow-down), in one run and on one machine:
#   - an empty Vaadin app (bench/empty-app: one view, the same Spring Boot and Vaadin versions, production bundle),
#   - a light guide page (/guide/ar/<slug>, plain HTML),
#   - the app's start page, the first step of booking and a guidance article;
# five runs each (or the number given), medians, and each page's ratio to the empty app and to the light page (a
# busy machine slows every page, the ratios less). Then repeat visits of the app's pages with the service worker warm
# (a priming run, then --disable-storage-reset in the same browser profile).
# Needs Node 22+ (here: PATH="$(../shared/tools/node24.sh):$PATH"; npx fetches lighthouse from the npm registry) and
# Debian's chromium. The empty app builds offline from ~/.m2 once the main build has run (its bundle is committed).
# Usage: bench/lighthouse.sh [runs] [app pages...]      SKIP_BUILD=1 reuses both jars in target/.
source "$(dirname "$0")/common.sh"
RUNS="${1:-5}"; shift || true
PAGES=("$@")
[ ${#PAGES[@]} -gt 0 ] || PAGES=("" "book" "guide/article/muelltrennung")
LIGHT_PAGE="${LIGHT_PAGE:-guide/ar/muelltrennung}"
export CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"
LIGHTHOUSE="npx --yes lighthouse@13.5.0"
FLAGS="--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run"
EMPTY_JAR="$ROOT/bench/empty-app/target/empty-vaadin-app.jar"

build_jar
if [ "${SKIP_BUILD:-0}" != 1 ] || [ ! -f "$EMPTY_JAR" ]; then
  ./mvnw -q -B -o -f bench/empty-app/pom.xml -DskipTests package
fi
start_server 8184
java -jar "$EMPTY_JAR" --server.port=8185 > "$RESULTS/server-empty-8185.log" 2>&1 &
EMPTY_PID=$!
trap 'stop_server; kill "$EMPTY_PID" 2>/dev/null || true' EXIT
for _ in $(seq 1 $(( ${READY_TIMEOUT:-120} * 2 ))); do
  curl -sf "http://localhost:8185/" >/dev/null && break
  kill -0 "$EMPTY_PID" 2>/dev/null || { echo "empty app failed, see $RESULTS/server-empty-8185.log" >&2; exit 1; }
  sleep 0.5
done
machine
OUT="$RESULTS/lighthouse"; [ "${KEEP:-0}" = 1 ] || rm -rf "$OUT"; mkdir -p "$OUT"

# lighthouse OUTPUT ARGS...: one run; a run the trace recording fails for (NO_NAVSTART on a busy machine) is tried
# again once, then left out of the medians instead of ending the whole benchmark. KEEP=1 keeps results already there.
lighthouse() {
  local output="$1"; shift
  if [ "${KEEP:-0}" = 1 ] && [ -s "$output" ]; then return 0; fi
  $LIGHTHOUSE "$@" --quiet --only-categories=performance --output=json --output-path="$output" \
    || $LIGHTHOUSE "$@" --quiet --only-categories=performance --output=json --output-path="$output" \
    || { echo "run left out: $output" >&2; rm -f "$output"; }
}
# measure NAME URL: first visits, a fresh browser profile each run.
measure() {
  for run in $(seq 1 "$RUNS"); do
    lighthouse "$OUT/first-$1-$run.json" "$2" --chrome-flags="$FLAGS"
  done
}
load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
measure empty "http://localhost:8185/"
measure light "http://localhost:8184/$LIGHT_PAGE"
for page in "${PAGES[@]}"; do
  name="${page:-start}"; name="${name//\//-}"
  measure "$name" "http://localhost:8184/$page"
done
for page in "${PAGES[@]}"; do
  name="${page:-start}"; name="${name//\//-}"
  # Repeat visit: one browser profile kept between runs, so the service worker and caches stay warm.
  profile="$(mktemp -d)"
  chromium $FLAGS --remote-debugging-port=9333 --user-data-dir="$profile" about:blank >/dev/null 2>&1 &
  browser=$!
  sleep 3
  KEEP=0 lighthouse "$OUT/priming-$name.json" "http://localhost:8184/$page" --port=9333 --disable-storage-reset
  for run in $(seq 1 "$RUNS"); do
    KEEP=0 lighthouse "$OUT/repeat-$name-$run.json" "http://localhost:8184/$page" --port=9333 --disable-storage-reset
  done
  # Chromium may still be writing its profile while it exits: a leftover temp folder must not end the run.
  kill "$browser"; wait "$browser" 2>/dev/null || true; rm -rf "$profile" 2>/dev/null || true
done
{
  echo "load average (1, 5, 15 min) before: $load_before, after: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
  node "$ROOT/bench/lighthouse-summary.mjs" "$OUT"
} | tee "$RESULTS/lighthouse.txt"
