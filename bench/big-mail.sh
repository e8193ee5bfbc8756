#!/usr/bin/env bash
# Memory: one mail of MB megabytes (default 25) with three attachments is sent by SMTP to the
# application running with -Xmx256m and must become an issue; then one of REJECT_MB (default 30,
# over the 25 MB limit of MAIL_SAFETY item 15) must be rejected cleanly. Neither may cause an
# OutOfMemoryError, and the application must still be running afterwards.
# Usage: bench/big-mail.sh [MB] [REJECT_MB]      (needs Java only)
set -euo pipefail
cd "$(dirname "$0")/.."
MB=${1:-25}
REJECT_MB=${2:-30}
PORT=18188 PG_PORT=25188 SMTP_PORT=25288 IMAP_PORT=25388
DATA=target/bench/big-mail
source bench/lib.sh

rm -rf "$DATA" && mkdir -p "$DATA"
bench_tool_build
bench_app_command
mail_args
start_mail_server $SMTP_PORT $IMAP_PORT "$DATA/mail.log"
RSS_FILE=$DATA/rss.txt start_app "$DATA/app.log" -Xmx256m -XX:+ExitOnOutOfMemoryError -- "${MAIL_ARGS[@]}"
tool setup $PG_PORT "$DATA/address"
tool big-mail $SMTP_PORT $PG_PORT "$MB" issue
tool big-mail $SMTP_PORT $PG_PORT "$REJECT_MB" rejected
sleep 1
alive=yes; kill -0 "$APP" 2>/dev/null || alive=no
oom=$(grep -c "OutOfMemoryError" "$DATA/app.log" || true)
echo "resident memory: peak $(max_rss_mb "$DATA/rss.txt") MB with -Xmx256m"
echo "summary: $([ "$alive" = yes ] && [ "$oom" = 0 ] && echo OK || echo FAILED) application running: $alive, OutOfMemoryError in the log: $oom"
