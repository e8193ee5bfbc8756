#!/usr/bin/env bash
# Pages and API at scale: a project with ISSUES issues (default 100,000) and 3 notes each plus
# one issue with 200 notes, generated with SQL (bench/seed-issues.sql); then the server time of
# the issue list (first page, deep pages, search, label filter, sort), an issue page with 200
# notes and the API issue list, REPEAT times each (default 30): p50/p95/max.
# Usage: bench/issue-list.sh [ISSUES] [REPEAT]      (needs Java and python3)
set -euo pipefail
cd "$(dirname "$0")/.."
ISSUES=${1:-100000}
REPEAT=${2:-30}
PORT=18080 PG_PORT=25432
DATA=target/bench/issue-list
source bench/lib.sh

command -v python3 >/dev/null || { echo "bench needs python3"; exit 1; }
rm -rf "$DATA" && mkdir -p "$DATA"
bench_tool_build
bench_app_command
start_app "$DATA/app.log" -Xmx512m -- --servicedesk.incoming-email.enabled=false

echo "seeding $ISSUES issues and $((ISSUES * 3 + 197)) notes..."
start=$(date +%s)
tool sql $PG_PORT bench/seed-issues.sql "issues=$ISSUES"
echo "seeded in $(( $(date +%s) - start )) s"
python3 bench/pages.py "http://127.0.0.1:$PORT" "$ROOT_PASSWORD" "$REPEAT" "$ROOT_TOKEN" "$ISSUES"
