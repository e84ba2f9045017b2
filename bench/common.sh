# Shared by the benchmark scripts (sourced): a JDK 21+, the production jar, a server on a fresh
# H2 file database with the demo data, stopped again when the script ends.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

java_major() { "$1" -version 2>&1 | sed -nE 's/.*version "([0-9]+).*/\1/p' | head -1; }
if [ -z "${JAVA_HOME:-}" ] || [ "$(java_major "$JAVA_HOME/bin/java")" -lt 21 ] 2>/dev/null; then
  for jdk in /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/*; do
    if [ -x "$jdk/bin/java" ] && [ "$(java_major "$jdk/bin/java")" -ge 21 ]; then export JAVA_HOME="$jdk"; break; fi
  done
fi
export PATH="$JAVA_HOME/bin:$PATH"

JAR="$ROOT/target/lokal-willkommen-0.1.0-SNAPSHOT.jar"
RESULTS="$ROOT/target/bench"
mkdir -p "$RESULTS"

# Always measures the current sources unless SKIP_BUILD=1 says the jar in target/ is current.
build_jar() {
  if [ "${SKIP_BUILD:-0}" != 1 ] || [ ! -f "$JAR" ]; then
    ./mvnw -q -B -DskipTests package
  fi
}

# The load generator and the memory probe are test classes: compile them, write their class path.
bench_classpath() {
  ./mvnw -q -B test-compile dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile="$RESULTS/classpath.txt" >/dev/null
  echo "$ROOT/target/test-classes:$(cat "$RESULTS/classpath.txt")"
}

# start_server PORT [spring arguments...]: sets SERVER_PID, waits until the health check answers.
start_server() {
  local port="$1"; shift
  SERVER_DATA="$(mktemp -d)"
  # shellcheck disable=SC2086
  java ${SERVER_JAVA_OPTS:-} -jar "$JAR" --server.port="$port" --spring.profiles.active=demo \
    --spring.datasource.url="jdbc:h2:file:$SERVER_DATA/lw;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH" \
    "$@" > "$RESULTS/server-$port.log" 2>&1 &
  SERVER_PID=$!
  trap stop_server EXIT
  # READY_TIMEOUT (seconds, default 120): a busy shared machine may need longer to start the jar.
  for _ in $(seq 1 $(( ${READY_TIMEOUT:-120} * 2 ))); do
    if curl -sf "http://localhost:$port/actuator/health" >/dev/null; then return 0; fi
    if ! kill -0 "$SERVER_PID" 2>/dev/null; then echo "server failed, see $RESULTS/server-$port.log" >&2; exit 1; fi
    sleep 0.5
  done
  echo "server did not become ready, see $RESULTS/server-$port.log" >&2
  exit 1
}

stop_server() {
  if [ -n "${SERVER_PID:-}" ] && kill -0 "$SERVER_PID" 2>/dev/null; then
    kill "$SERVER_PID"; wait "$SERVER_PID" 2>/dev/null || true
  fi
  [ -n "${SERVER_DATA:-}" ] && rm -rf "$SERVER_DATA"
  SERVER_PID=""
}

machine() {
  echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GB, $(java -version 2>&1 | head -1), $(date -u +%F)"
}
