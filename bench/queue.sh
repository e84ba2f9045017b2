#!/usr/bin/env bash
# Walk-in queue: N phones (default 1,000) with their number's page open, each polling GET /queue-api/ticket/<token>
# every 5 s (decision 0029). Prints heap after a forced GC, process CPU and the polls' p50/p95 and rate: pollers
# alone, the app while idle, the app while staff call people. About 3.5 minutes on a quiet 2-core machine (start,
# 1,000 numbers, phases of 20 + 10 warm-up + 60 + 60 s), plus Maven writing the class path.
# Usage: bench/queue.sh [phones] [seconds per phase]
source "$(dirname "$0")/common.sh"
PHONES="${1:-1000}"
SECONDS_PER_PHASE="${2:-60}"
# The app runs inside the benchmark JVM: its classes join the test class path.
CP="$ROOT/target/classes:$(bench_classpath)"
machine
echo "load before: $(uptime)"
java -cp "$CP" de.lokalwillkommen.bench.QueueBenchmark "$PHONES" "$SECONDS_PER_PHASE" | tee "$RESULTS/queue.txt"
echo "load after: $(uptime)" | tee -a "$RESULTS/queue.txt"
