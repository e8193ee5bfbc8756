# Shared by the benchmark scripts (sourced, not run). Everything runs on this machine: the
# application (the packaged jar, or target/classes with BENCH_APP=classes), its embedded
# PostgreSQL, and a GreenMail SMTP/IMAP server started by bench/BenchTool.java.
# Needs only Java 17+ (and python3 for the page benchmark).

JAR=target/service-desk-0.1.0-SNAPSHOT.jar
ROOT_PASSWORD=bench-root-password
ROOT_TOKEN=bench-root-token-0123456789
PIDS=()

# The application's runtime classpath (GreenMail, Jakarta Mail, the PostgreSQL driver for BenchTool).
bench_classpath() {
    if [ -n "${BENCH_CLASSPATH:-}" ]; then
        CP=$BENCH_CLASSPATH
        return
    fi
    mkdir -p target/bench
    if [ ! -s target/bench/classpath ] || [ pom.xml -nt target/bench/classpath ]; then
        ./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=target/bench/classpath -DincludeScope=runtime >&2
    fi
    CP=$(cat target/bench/classpath)
}

# Compiles bench/BenchTool.java once into target/bench/tool.
bench_tool_build() {
    bench_classpath
    if [ ! -f target/bench/tool/BenchTool.class ] || [ bench/BenchTool.java -nt target/bench/tool/BenchTool.class ]; then
        mkdir -p target/bench/tool
        javac -nowarn -d target/bench/tool -cp "$CP" bench/BenchTool.java
    fi
}

tool() {
    if [ -s "$DATA/address" ]; then export BENCH_ADDRESS; BENCH_ADDRESS=$(cat "$DATA/address"); fi
    java -cp "target/bench/tool:$CP" BenchTool "$@"
}

# The command that starts the application, in APP_CMD.
bench_app_command() {
    bench_classpath
    if [ "${BENCH_APP:-jar}" = classes ]; then
        [ -d target/classes/dev ] || ./mvnw -q -B -DskipTests compile
        APP_CMD=(-cp "target/classes:$CP" dev.servicedesk.Application)
    else
        [ -f "$JAR" ] || ./mvnw -q -B -DskipTests package
        APP_CMD=(-jar "$JAR")
    fi
}

# start_mail_server SMTP_PORT IMAP_PORT LOG
start_mail_server() {
    java -cp "target/bench/tool:$CP" BenchTool mailserver "$1" "$2" > "$3" 2>&1 &
    PIDS+=($!)
    for _ in $(seq 1 100); do
        grep -q "mail server ready" "$3" && return 0
        kill -0 "${PIDS[-1]}" 2>/dev/null || break
        sleep 0.2
    done
    echo "the mail server did not start:"; cat "$3"; exit 1
}

# start_app LOG JVM_OPTS... -- APP_ARGS... : sets APP (pid) and APP_LAUNCHED (epoch ms); waits until healthy.
start_app() {
    local log=$1; shift
    local jvm=()
    while [ "$1" != "--" ]; do jvm+=("$1"); shift; done
    shift
    APP_LAUNCHED=$(date +%s%3N)
    SERVICEDESK_ROOT_PASSWORD=$ROOT_PASSWORD SERVICEDESK_ROOT_TOKEN=$ROOT_TOKEN \
        java "${jvm[@]}" "${APP_CMD[@]}" --server.port=$PORT --servicedesk.embedded.postgres.port=$PG_PORT \
        --servicedesk.embedded.postgres.data-dir=$DATA/postgres \
        --servicedesk.root.initial-password-file=$DATA/initial_root_password "$@" >> "$log" 2>&1 &
    APP=$!
    PIDS+=($APP)
    if [ -n "${RSS_FILE:-}" ]; then sample_rss "$RSS_FILE"; fi
    for _ in $(seq 1 3000); do
        if healthy; then
            APP_READY=$(date +%s%3N)
            return 0
        fi
        kill -0 $APP 2>/dev/null || break
        sleep 0.2
    done
    echo "the application did not start; the end of $log:"; tail -40 "$log"; exit 1
}

# GET /actuator/health answers 200 (plain bash: CI machines may have no curl).
healthy() {
    ( exec 3<>"/dev/tcp/127.0.0.1/$PORT" || exit 1
      printf 'GET /actuator/health HTTP/1.0\r\nHost: localhost\r\n\r\n' >&3
      IFS= read -r status <&3
      [[ $status == *" 200"* ]] ) 2>/dev/null
}

stop_app() {
    kill "$APP" 2>/dev/null || true
    wait "$APP" 2>/dev/null || true
}

# Samples the application's resident memory (KB) every 0.2 s into the given file until it exits.
sample_rss() {
    ( while kill -0 "$APP" 2>/dev/null; do
          awk '/^VmRSS/ {print $2}' "/proc/$APP/status" >> "$1" 2>/dev/null || true
          sleep 0.2
      done ) &
    PIDS+=($!)
}

max_rss_mb() {
    sort -n "$1" | tail -1 | awk '{printf "%.0f", $1 / 1024}'
}

cleanup() {
    # the application first, so that it does not log the mail server going away
    { kill "${APP:-}" 2>/dev/null && wait "$APP" 2>/dev/null; } || true
    for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
    for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
}
trap cleanup EXIT

# Mail configuration pointing the application at the benchmark's GreenMail.
mail_args() {
    MAIL_ARGS=(--servicedesk.incoming-email.host=127.0.0.1 --servicedesk.incoming-email.port=$IMAP_PORT
        --servicedesk.incoming-email.ssl=false --servicedesk.incoming-email.user=incoming@servicedesk.localhost
        --servicedesk.incoming-email.password=incoming@servicedesk.localhost
        --spring.mail.host=127.0.0.1 --spring.mail.port=$SMTP_PORT)
}
