#!/usr/bin/env bash
# Write benchmark: COUNT participants join a workshop and answer the same question at the same moment.
# Checks in the database that every answer was counted exactly once. 127.0.0.1 only, bounded in time.
set -euo pipefail
cd "$(dirname "$0")/.."

PORT="${PORT:-5098}"
COUNT="${COUNT:-200}"
SUSTAIN="${SUSTAIN:-10}"
BASE="http://127.0.0.1:$PORT"
WORK="$(mktemp -d)"
JAR="$WORK/cookies.txt"
trap 'kill "$APP" 2>/dev/null || true; rm -rf "$WORK"' EXIT

dotnet build src/NetzwerkCheck.Web -c Release -v q -nologo >/dev/null
dotnet build bench/WorkshopLoad -c Release -v q -nologo >/dev/null
ASPNETCORE_ENVIRONMENT=Production Security__HttpsCookies=false \
ConnectionStrings__Default="Data Source=$WORK/bench.db" Logging__File="$WORK/logs/nc-.log" \
RateLimits__AnonymousFormsPerMinute=100000 \
    dotnet src/NetzwerkCheck.Web/bin/Release/net10.0/NetzwerkCheck.Web.dll --urls "$BASE" >"$WORK/app.out" 2>&1 &
APP=$!
for _ in $(seq 1 60); do curl -fs "$BASE/health" >/dev/null && break; sleep 0.5; done

token() { curl -fs -b "$JAR" -c "$JAR" "$BASE$1" | grep -o 'name="__RequestVerificationToken"[^>]*value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//'; }
post() { local path=$1; shift; curl -fs -o /dev/null -w '%{redirect_url}' -b "$JAR" -c "$JAR" --data-urlencode "__RequestVerificationToken=$(token "$path")" "$@" "$BASE$path"; }
post /Account/Register --data-urlencode "Input.Email=workshop@example.org" \
    --data-urlencode "Input.Password=benchmark-passwort" --data-urlencode "Input.ConfirmPassword=benchmark-passwort" >/dev/null
present=$(post /Workshops --data-urlencode "Input.Title=Lasttest")
code=$(sqlite3 "$WORK/bench.db" "SELECT JoinCode FROM Workshops LIMIT 1;")

dotnet bench/WorkshopLoad/bin/Release/net10.0/WorkshopLoad.dll "$BASE" "$code" "$COUNT" "$SUSTAIN"
stored=$(sqlite3 "$WORK/bench.db" "SELECT COUNT(*) FROM WorkshopAnswers;")
participants=$(sqlite3 "$WORK/bench.db" "SELECT COUNT(*) FROM WorkshopParticipants;")
echo "participants stored: $participants, answers stored: $stored of $COUNT, lost: $((COUNT - stored))"
grep -c "database is locked" "$WORK/app.out" | sed 's/^/"database is locked" in the log: /' || true
[ "$stored" -eq "$COUNT" ]
