#!/usr/bin/env bash
# Web Push throughput: N reminders (default 10,000) through the outbox and the sending job to a push service in
# the same JVM (decision 0025). Prints wall time, CPU time and a page's p95 while sending.
# Usage: bench/push.sh [reminders]
source "$(dirname "$0")/common.sh"
COUNT="${1:-10000}"
# The app runs inside the benchmark JVM: its classes join the test class path.
CP="$ROOT/target/classes:$(bench_classpath)"
machine
java -cp "$CP" de.lokalwillkommen.bench.PushBenchmark "$COUNT" | tee "$RESULTS/push.txt"
