#!/usr/bin/env bash
# Backlog ingestion: N mails (default 2000; 1-3 KB of text, every 5th with HTML, every 20th with a
# 40 KB attachment) are put in the IMAP mailbox by IMAP APPEND while the application is stopped;
# then it starts and works the backlog. Reports mails/s to issues committed, mails/s to thank-you
# mails accepted by SMTP, and the application's peak resident memory.
# With MODE=stored the backlog is written straight into inbound_emails instead (as if the IMAP
# stage had stored it before a restart): that measures the processing stage alone.
# Usage: bench/ingest-backlog.sh [N] [imap|stored]   (needs Java only; JVM options in BENCH_JAVA_OPTS)
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-2000}
MODE=${2:-imap}
PORT=18186 PG_PORT=25186 SMTP_PORT=25286 IMAP_PORT=25386
DATA=target/bench/ingest
source bench/lib.sh

rm -rf "$DATA" && mkdir -p "$DATA"
bench_tool_build
bench_app_command
mail_args
start_mail_server $SMTP_PORT $IMAP_PORT "$DATA/mail.log"

echo "first start: database and project bench/tracker (mailbox not read)"
start_app "$DATA/app-setup.log" -Xmx512m -- "${MAIL_ARGS[@]}" --servicedesk.incoming-email.enabled=false \
    --servicedesk.inbound.workers=0
tool setup $PG_PORT "$DATA/address"
if [ "$MODE" = stored ]; then
    tool preload $PG_PORT "$N"
fi
stop_app

if [ "$MODE" != stored ]; then
    echo "application stopped; putting $N mails into the mailbox"
    tool append $IMAP_PORT "$N"
fi

echo "second start: the application finds the backlog (JVM: ${BENCH_JAVA_OPTS:--Xmx512m})"
# shellcheck disable=SC2086
RSS_FILE=$DATA/rss.txt start_app "$DATA/app.log" ${BENCH_JAVA_OPTS:--Xmx512m} -- "${MAIL_ARGS[@]}"
echo "application ready $(( APP_READY - APP_LAUNCHED )) ms after launch"
tool ingest-report $PG_PORT "$N" 600 "$APP_LAUNCHED" "$MODE"
echo "resident memory: peak $(max_rss_mb "$DATA/rss.txt") MB (target < 600 MB)"
