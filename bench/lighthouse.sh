#!/usr/bin/env bash
# Lighthouse with its default mobile profile (simulated slow 4G, 4x CPU slow-down) on the start page,
# the first step of booking and a guidance article: five runs each, medians; then repeat visits with
# the service worker warm (a priming run, then --disable-storage-reset in the same browser profile).
# Needs Node 22+ (here: PATH="$(../shared/tools/node24.sh):$PATH") (npx fetches lighthouse from the npm registry) and Debian's chromium.
# Usage: bench/lighthouse.sh [runs] [pages...]
source "$(dirname "$0")/common.sh"
RUNS="${1:-5}"; shift || true
PAGES=("$@")
[ ${#PAGES[@]} -gt 0 ] || PAGES=("" "book" "guide/article/muelltrennung")
export CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"
LIGHTHOUSE="npx --yes lighthouse@13.5.0"
FLAGS="--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run"
build_jar
start_server 8184
machine
OUT="$RESULTS/lighthouse"; rm -rf "$OUT"; mkdir -p "$OUT"

for page in "${PAGES[@]}"; do
  name="${page:-start}"; name="${name//\//-}"
  for run in $(seq 1 "$RUNS"); do
    $LIGHTHOUSE "http://localhost:8184/$page" --quiet --only-categories=performance --output=json \
      --output-path="$OUT/first-$name-$run.json" --chrome-flags="$FLAGS"
  done
  # Repeat visit: one browser profile kept between runs, so the service worker and caches stay warm.
  profile="$(mktemp -d)"
  chromium $FLAGS --remote-debugging-port=9333 --user-data-dir="$profile" about:blank >/dev/null 2>&1 &
  browser=$!
  sleep 3
  $LIGHTHOUSE "http://localhost:8184/$page" --quiet --port=9333 --only-categories=performance --output=json \
    --output-path="$OUT/priming-$name.json" --disable-storage-reset
  for run in $(seq 1 "$RUNS"); do
    $LIGHTHOUSE "http://localhost:8184/$page" --quiet --port=9333 --only-categories=performance --output=json \
      --output-path="$OUT/repeat-$name-$run.json" --disable-storage-reset
  done
  kill "$browser"; wait "$browser" 2>/dev/null || true; rm -rf "$profile"
done
node "$ROOT/bench/lighthouse-summary.mjs" "$OUT" | tee "$RESULTS/lighthouse.txt"
