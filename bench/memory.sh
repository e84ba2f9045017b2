#!/usr/bin/env bash
# Memory per anonymous session at the first step of booking (live heap after full GC, minus baseline).
# Usage: bench/memory.sh [sessions]
source "$(dirname "$0")/common.sh"
SESSIONS="${1:-1000}"
build_jar
CP="$(bench_classpath)"
# The benchmark measures the heap of many sessions, so the shedding ceiling (SessionFlood) is lifted.
start_server 8182 --lw.session.max-sessions=1000000
machine
java -cp "$CP" de.lokalwillkommen.bench.SessionMemory "http://localhost:8182/" "$SESSIONS" "$SERVER_PID" \
  "$JAVA_HOME/bin/jcmd" | tee "$RESULTS/memory.txt"
