#!/usr/bin/env bash
# Start-up of the production jar on an empty H2 database: Spring's "Started ... in" time, the time
# until the health check answers, and the resident memory once idle. Usage: bench/startup.sh [runs]
source "$(dirname "$0")/common.sh"
RUNS="${1:-3}"
build_jar
machine
for run in $(seq 1 "$RUNS"); do
  begin=$(date +%s.%N)
  start_server 8183
  ready=$(awk -v b="$begin" -v e="$(date +%s.%N)" 'BEGIN { printf "%.1f", e - b }')
  sleep 5
  rss=$(awk '/VmRSS/{print $2}' "/proc/$SERVER_PID/status")
  started=$(sed -nE 's/.*Started Application in ([0-9.]+) seconds.*/\1/p' "$RESULTS/server-8183.log")
  printf 'FIGURE start-up run %d: started in %s s, health check answering after %s s, RSS %d MB, jar %d MB\n' \
    "$run" "$started" "$ready" $((rss / 1024)) $(( $(stat -c %s "$JAR") / 1024 / 1024 ))
  stop_server
done | tee "$RESULTS/startup.txt"
