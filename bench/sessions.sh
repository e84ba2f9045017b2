#!/usr/bin/env bash
# Anonymous-session flood (issue 13): sessions per second one client opens before it is limited, and the live heap
# after N abandoned sessions (default 20,000) from K client keys (default 200), with the default limits and ceiling.
# The server trusts X-Forwarded-For from the machine itself (server.forward-headers-strategy=native), so each
# request counts for the client key the probe names. Heap -Xmx1g: the default ceiling is then 2,621 open sessions.
# Usage: bench/sessions.sh [sessions] [client keys]     (PORT=8383 by default; SKIP_BUILD=1 reuses target/*.jar)
source "$(dirname "$0")/common.sh"
SESSIONS="${1:-20000}"
KEYS="${2:-200}"
PORT="${PORT:-8383}"
build_jar
CP="$(bench_classpath)"
SERVER_JAVA_OPTS="${SERVER_JAVA_OPTS:--Xmx1g}" start_server "$PORT" --server.forward-headers-strategy=native
machine
java -cp "$CP" de.lokalwillkommen.bench.SessionFloodBench "http://localhost:$PORT/" "$SERVER_PID" \
  "$JAVA_HOME/bin/jcmd" "$SESSIONS" "$KEYS" | tee "$RESULTS/sessions.txt"
