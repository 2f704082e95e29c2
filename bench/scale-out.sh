#!/usr/bin/env bash
# Two app instances behind nginx on one PostgreSQL database, all on 127.0.0.1: COUNT phones (default 100)
# join a workshop through nginx (their requests and live channels spread over both instances) and keep
# answering for SECONDS (default 12); after KILL_AFTER seconds (default 4) one instance is killed with
# SIGKILL. Proves: every acknowledged answer is stored (per phone, the last acknowledged answer is the one
# in the database, or a later one that was sent but not acknowledged), the broken live channels reconnect
# through nginx and have the room's state within 2 s, and the facilitator's and phones' cookies work on
# the surviving instance (shared Data Protection keys). Bounded in time; stops everything it started and
# drops its database (the PostgreSQL cluster keeps running, as .ci/postgres.sh leaves it). Needs root for
# .ci/postgres.sh and, once, apt-get install nginx. Each instance keeps at most 30 database connections: two
# instances stay below PostgreSQL's default max_connections (100), beside the test suite's own.
set -euo pipefail
cd "$(dirname "$0")/.."

PORT="${PORT:-5400}"
APP1_PORT=$((PORT + 1))
APP2_PORT=$((PORT + 2))
COUNT="${COUNT:-100}"
SECONDS_="${SECONDS_:-12}"
KILL_AFTER="${KILL_AFTER:-4}"
WORK="$(mktemp -d)"
DB="nc_scale_$(date +%s)_$$"
APP1="" APP2="" NGINX=""

PG="$(.ci/postgres.sh)"
PGPASSWORD="$(sed -n 's/.*Password=\([^;]*\).*/\1/p' <<<"$PG")"
export PGPASSWORD
psql_() { timeout 20 psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -Atq "$@"; }

cleanup() {
    for pid in $NGINX $APP1 $APP2; do kill "$pid" 2>/dev/null || true; done
    for pid in $NGINX $APP1 $APP2; do wait "$pid" 2>/dev/null || true; done
    psql_ -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE);" || true
    [ -n "${KEEP:-}" ] && echo "kept $WORK" || rm -rf "$WORK"
}
trap cleanup EXIT

if ! command -v nginx >/dev/null; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx >/dev/null
fi

timeout 300 dotnet build src/NetzwerkCheck.Web -c Release -v q -nologo >/dev/null
timeout 300 dotnet build bench/WorkshopLoad -c Release -v q -nologo >/dev/null

start_app() { # port, log folder
    ASPNETCORE_ENVIRONMENT=Production Security__HttpsCookies=false \
    Database__Provider=Postgres ConnectionStrings__Postgres="$PG;Database=$DB;Maximum Pool Size=30" \
    ForwardedHeaders__KnownProxies__0=127.0.0.1 Logging__File="$WORK/$2/nc-.log" \
    RateLimits__WorkshopRoomBurst=1000000 RateLimits__WorkshopRoomPerMinute=1000000 RateLimits__WorkshopJoinBurst=1000000 \
        dotnet src/NetzwerkCheck.Web/bin/Release/net10.0/NetzwerkCheck.Web.dll \
        --urls "http://127.0.0.1:$1" --contentRoot "$PWD/src/NetzwerkCheck.Web" >"$WORK/$2.out" 2>&1 &
}
wait_up() { for _ in $(seq 1 60); do curl -fs "http://127.0.0.1:$1/health" >/dev/null && return 0; sleep 0.5; done; echo "no answer on port $1" >&2; return 1; }

# One after the other: the first creates the database, applies the migrations and the first Data Protection
# key (it signs an antiforgery token once), the second finds them.
start_app "$APP1_PORT" app1; APP1=$!
wait_up "$APP1_PORT"
curl -fs "http://127.0.0.1:$APP1_PORT/Account/Login" >/dev/null
start_app "$APP2_PORT" app2; APP2=$!
wait_up "$APP2_PORT"

sed -e "s|@TMP@|$WORK|g" -e "s|@PORT@|$PORT|g" -e "s|@APP1@|$APP1_PORT|g" -e "s|@APP2@|$APP2_PORT|g" \
    bench/nginx-scale-out.conf >"$WORK/nginx.conf"
nginx -c "$WORK/nginx.conf" -p "$WORK" &
NGINX=$!
wait_up "$PORT"
echo "nginx on 127.0.0.1:$PORT over instances :$APP1_PORT (pid $APP1) and :$APP2_PORT (pid $APP2), database $DB"

status=0
timeout 150 dotnet bench/WorkshopLoad/bin/Release/net10.0/WorkshopLoad.dll "http://127.0.0.1:$PORT" \
    --scale-out "$COUNT" "$SECONDS_" "$APP2" "$KILL_AFTER" "$WORK/expected.tsv" || status=$?
kill -0 "$APP2" 2>/dev/null && { echo "instance 2 is still running" >&2; status=1; }
echo "survivor's peak memory: $(awk '/VmHWM/ {printf "%.0f MB", $2 / 1024}' "/proc/$APP1/status")"

# Cross-check in PostgreSQL: per phone the stored answer to the open question.
psql_ -d "$DB" -F $'\t' -c "SELECT p.\"Nickname\", a.\"Value\" FROM \"WorkshopAnswers\" a JOIN \"WorkshopParticipants\" p ON p.\"Id\" = a.\"ParticipantId\" WHERE a.\"QuestionKey\" = 'tip';" >"$WORK/stored.tsv"
read -r acked matched lost unacked_stored < <(awk -F'\t' '
    NR == FNR { stored[$1] = $2; next }
    $2 != "-" { acked++ }
    {
        n = split($3, later, "|"); ok_later = 0
        for (i = 1; i <= n; i++) if (later[i] != "" && stored[$1] == later[i]) ok_later = 1
        if ($2 != "-" && stored[$1] == $2) matched++
        else if (ok_later) later_stored++
        else if ($2 != "-") lost++
    }
    END { print acked + 0, matched + 0, lost + 0, later_stored + 0 }' "$WORK/stored.tsv" "$WORK/expected.tsv")
echo "database: $(wc -l <"$WORK/stored.tsv") phones with a stored answer; $acked phones with an acknowledged answer: $matched store exactly their last acknowledged one, $unacked_stored a later one sent without acknowledgement, lost $lost"
echo "errors in the survivor's log: $(grep -c '\[ERR\]\|\[FTL\]' "$WORK"/app1/nc-*.log 2>/dev/null || true)"
[ "$status" -eq 0 ] && [ "$lost" -eq 0 ] && [ "$acked" -gt 0 ]
