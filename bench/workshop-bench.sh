#!/usr/bin/env bash
# A workshop room under load: COUNT phones join, keep their live channels (server-sent events) open
# and answer the same question at the same moment; the facilitator's live state must count every
# answer exactly once, and every phone must follow the next step. Then a steady write phase and the
# plain /health endpoint of the same app, for the ratio. 127.0.0.1 only, bounded in time.
# MODE=group runs "Netzwerk gemeinsam bewerten" instead: COUNT (default 300) phones rate ITEMS (default 10)
# items one after another, the facilitator agrees on each and closes; see bench/WorkshopLoad/GroupAssessmentLoad.cs.
set -euo pipefail
cd "$(dirname "$0")/.."

PORT="${PORT:-5098}"
MODE="${MODE:-poll}"
[ "$MODE" = group ] && COUNT="${COUNT:-300}"
COUNT="${COUNT:-200}"
ITEMS="${ITEMS:-10}"
SUSTAIN="${SUSTAIN:-10}"
BASE="http://127.0.0.1:$PORT"
WORK="$(mktemp -d)"
trap 'kill "$APP" 2>/dev/null || true; rm -rf "$WORK"' EXIT

dotnet build src/NetzwerkCheck.Web -c Release -v q -nologo >/dev/null
dotnet build bench/WorkshopLoad -c Release -v q -nologo >/dev/null
# All phones come from one address here. The default budgets carry a room of a few hundred
# (tests/…/WorkshopRateLimitTests.cs); the steady phase sends thousands of answers a minute from
# 127.0.0.1, which no room does, so the room budget is lifted for the benchmark.
ASPNETCORE_ENVIRONMENT=Production Security__HttpsCookies=false \
ConnectionStrings__Default="Data Source=$WORK/bench.db" Logging__File="$WORK/logs/nc-.log" \
RateLimits__WorkshopRoomBurst=1000000 RateLimits__WorkshopRoomPerMinute=1000000 RateLimits__WorkshopJoinBurst=1000000 \
    dotnet src/NetzwerkCheck.Web/bin/Release/net10.0/NetzwerkCheck.Web.dll --urls "$BASE" >"$WORK/app.out" 2>&1 &
APP=$!
for _ in $(seq 1 60); do curl -fs "$BASE/health" >/dev/null && break; sleep 0.5; done

status=0
if [ "$MODE" = group ]; then
    dotnet bench/WorkshopLoad/bin/Release/net10.0/WorkshopLoad.dll "$BASE" --group "$COUNT" "$ITEMS" || status=$?
    # Cross-check in the database itself: every phone's answer to every item, one agreed value per item, one assessment.
    answers=$(sqlite3 "$WORK/bench.db" "SELECT COUNT(*) FROM WorkshopAnswers;")
    per_item=$(sqlite3 "$WORK/bench.db" "SELECT group_concat(n, ' ') FROM (SELECT COUNT(*) AS n FROM WorkshopAnswers GROUP BY QuestionKey);")
    agreed=$(sqlite3 "$WORK/bench.db" "SELECT COUNT(*) FROM WorkshopAgreements;")
    assessments=$(sqlite3 "$WORK/bench.db" "SELECT COUNT(*) FROM Assessments WHERE WorkshopId IS NOT NULL AND CompletedUtc IS NOT NULL;")
    echo "database: $answers answers of $((COUNT * ITEMS)) sent (per item: $per_item), lost $((COUNT * ITEMS - answers)); $agreed agreed values; $assessments completed group assessment"
    echo "\"database is locked\" in the app log: $(grep -c "database is locked" "$WORK/app.out" || true)"
    [ "$status" -eq 0 ] && [ "$answers" -eq $((COUNT * ITEMS)) ] && [ "$agreed" -eq "$ITEMS" ] && [ "$assessments" -eq 1 ]
    exit
fi
dotnet bench/WorkshopLoad/bin/Release/net10.0/WorkshopLoad.dll "$BASE" "$COUNT" "$SUSTAIN" || status=$?
# VmHWM: the most resident memory the app held at any moment of the run.
echo "app memory: peak RSS $(awk '/VmHWM/ {printf "%.0f MB", $2 / 1024}' "/proc/$APP/status")"
# Cross-check in the database itself: one row per phone for the first question, none lost or doubled.
stored=$(sqlite3 "$WORK/bench.db" "SELECT COUNT(*) FROM WorkshopAnswers WHERE QuestionKey = 'style';")
participants=$(sqlite3 "$WORK/bench.db" "SELECT COUNT(*) FROM WorkshopParticipants;")
echo "database: $participants participants, $stored answers to the first question of $COUNT sent, lost $((COUNT - stored))"
echo "\"database is locked\" in the app log: $(grep -c "database is locked" "$WORK/app.out" || true)"
[ "$status" -eq 0 ] && [ "$stored" -eq "$COUNT" ]
