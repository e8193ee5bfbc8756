#!/usr/bin/env bash
# Issue list and issue page at 100,000 issues and 300,000 notes: builds the jar, starts it on a
# fresh embedded PostgreSQL under target/bench, seeds with SQL, times pages over HTTP.
# Usage: bench/issue-list.sh [ISSUES]   (needs psql and python3)
set -euo pipefail
cd "$(dirname "$0")/.."
ISSUES=${1:-100000}
PORT=18080
PG_PORT=25432
DATA=target/bench/issue-list
PASSWORD=bench-root-password

command -v psql >/dev/null || { echo "bench needs psql (apt-get install postgresql-client)"; exit 1; }
[ -f target/service-desk-0.1.0-SNAPSHOT.jar ] || ./mvnw -q -B -DskipTests package
rm -rf "$DATA" && mkdir -p "$DATA"

SERVICEDESK_ROOT_PASSWORD=$PASSWORD java -Xmx512m -jar target/service-desk-0.1.0-SNAPSHOT.jar \
    --server.port=$PORT --servicedesk.embedded.postgres.port=$PG_PORT \
    --servicedesk.embedded.postgres.data-dir=$DATA/postgres \
    --servicedesk.root.initial-password-file=$DATA/initial_root_password > "$DATA/app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null; wait $APP 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
    curl -fs "http://127.0.0.1:$PORT/actuator/health" >/dev/null 2>&1 && break
    sleep 1
done

echo "seeding $ISSUES issues and $((ISSUES * 3 + 197)) notes..."
start=$(date +%s)
psql -q -h 127.0.0.1 -p $PG_PORT -U postgres -d servicedesk -v ON_ERROR_STOP=1 -v issues="$ISSUES" -f bench/seed-issues.sql
echo "seeded in $(( $(date +%s) - start )) s"
python3 bench/pages.py "http://127.0.0.1:$PORT" "$PASSWORD" 30
