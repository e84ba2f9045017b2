#!/usr/bin/env bash
# Concurrent newcomers per server: simulated newcomers book through the real Vaadin UI, in stages
# of more people at once, until p95 > 100 ms or a request fails. The generator runs on the same
# machine as the server and takes some of its CPU (it prints how much).
# Usage: bench/load.sh [stages] [seconds per stage] [think time ms]
source "$(dirname "$0")/common.sh"
STAGES="${1:-250,500,1000,1500,2000,2500,3000}"
SECONDS_PER_STAGE="${2:-60}"
THINK="${3:-3000-7000}"
build_jar
CP="$(bench_classpath)"
# Enough free times for thousands of bookings (capacity x10, a year ahead); one client address
# stands for thousands of phones here, so the per-address booking limit is lifted.
start_server 8181 --lw.demo.capacity-factor=10 --lw.demo.horizon-days=365 --lw.booking.attempts-per-window=100000000 \
  --lw.booking.abuse.per-client-day=100000000 --lw.booking.abuse.brake-bookings=100000000 \
  --lw.booking.abuse.brake-hourly-share=0 --lw.booking.abuse.brake-daily-share=0 --lw.session.max-sessions=1000000
machine
java -cp "$CP" de.lokalwillkommen.bench.NewcomerLoad "http://localhost:8181/" "$STAGES" "$SECONDS_PER_STAGE" "$THINK" \
  "$SERVER_PID" 100 | tee "$RESULTS/load.txt"
