#!/usr/bin/env bash
# Steady-state latency: RATE mails a second (default 50) for SECONDS (default 60) sent through
# SMTP to the mail server the application reads with IMAP IDLE. Per mail: from the moment the
# SMTP server accepted it (its 250 reply after DATA, taken by the sender) to the moment its issue
# was committed (the issue's created_at, the processing transaction's time); p50/p95/p99.
# Usage: bench/latency.sh [RATE] [SECONDS]      (needs Java only; JVM options in BENCH_JAVA_OPTS)
set -euo pipefail
cd "$(dirname "$0")/.."
RATE=${1:-50}
SECONDS_=${2:-60}
PORT=18187 PG_PORT=25187 SMTP_PORT=25287 IMAP_PORT=25387
DATA=target/bench/latency
source bench/lib.sh

rm -rf "$DATA" && mkdir -p "$DATA"
bench_tool_build
bench_app_command
mail_args
start_mail_server $SMTP_PORT $IMAP_PORT "$DATA/mail.log"
# shellcheck disable=SC2086
RSS_FILE=$DATA/rss.txt start_app "$DATA/app.log" ${BENCH_JAVA_OPTS:--Xmx512m} -- "${MAIL_ARGS[@]}"
tool setup $PG_PORT "$DATA/address"
echo "sending $RATE mails/s for $SECONDS_ s"
tool latency $SMTP_PORT $PG_PORT "$RATE" "$SECONDS_"
echo "resident memory: peak $(max_rss_mb "$DATA/rss.txt") MB"
