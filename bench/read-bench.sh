#!/usr/bin/env bash
# Read benchmark: the dashboard, a result page and the report page of an account holding 10,000
# assessments, each measured with wrk against the plain-text /health endpoint of the same process, and
# against the signed-in Manage page of the stock `dotnet new webapp --auth Individual` app, built here
# from the SDK's bundled template. Targets 127.0.0.1 only; every wrk run stops after DURATION seconds.
set -euo pipefail
cd "$(dirname "$0")/.."

PORT="${PORT:-5099}"
STOCK_PORT="${STOCK_PORT:-5097}"
DURATION="${DURATION:-10}"
CONNECTIONS="${CONNECTIONS:-16}"
PAGE_CACHE="${PAGE_CACHE:-00:05:00}"   # 00:00:00 measures the result and report pages rendered every time
NETWORKS=100
PER_NETWORK=100
BASE="http://127.0.0.1:$PORT"
STOCK="http://127.0.0.1:$STOCK_PORT"
WORK="$(mktemp -d)"
JAR="$WORK/cookies.txt"
APP=""
STOCK_APP=""
trap 'kill $APP $STOCK_APP 2>/dev/null || true; rm -rf "$WORK"' EXIT

command -v wrk >/dev/null || { echo "wrk fehlt: apt-get install wrk"; exit 1; }
command -v sqlite3 >/dev/null || { echo "sqlite3 fehlt: apt-get install sqlite3"; exit 1; }

dotnet build src/NetzwerkCheck.Web -c Release -v q -nologo >/dev/null
ASPNETCORE_ENVIRONMENT=Production Security__HttpsCookies=false \
ConnectionStrings__Default="Data Source=$WORK/bench.db" Logging__File="$WORK/logs/nc-.log" Email__PickupDirectory="$WORK/mail" PageCache__Duration="$PAGE_CACHE" \
RateLimits__AnonymousFormsPerMinute=100000 \
    dotnet src/NetzwerkCheck.Web/bin/Release/net10.0/NetzwerkCheck.Web.dll --urls "$BASE" >"$WORK/app.out" 2>&1 &
APP=$!
for _ in $(seq 1 60); do curl -fs "$BASE/health" >/dev/null && break; sleep 0.5; done

# The stock template as the SDK makes it (SQLite, Identity's default UI), in Release and Production like the app.
dotnet new webapp --auth Individual -o "$WORK/stock" -n StockApp >/dev/null
dotnet build "$WORK/stock" -c Release -v q -nologo >/dev/null
ASPNETCORE_ENVIRONMENT=Production ConnectionStrings__DefaultConnection="DataSource=$WORK/stock/app.db;Cache=Shared" \
    dotnet "$WORK/stock/bin/Release/net10.0/StockApp.dll" --contentRoot "$WORK/stock" --urls "$STOCK" >"$WORK/stock.out" 2>&1 &
STOCK_APP=$!
for _ in $(seq 1 60); do curl -fs -o /dev/null "$STOCK/" && break; sleep 0.5; done

token() { curl -fs -b "$JAR" -c "$JAR" "$BASE$1" | grep -o 'name="__RequestVerificationToken"[^>]*value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//'; }
post() { local path=$1; shift; curl -fs -o /dev/null -w '%{redirect_url}' -b "$JAR" -c "$JAR" --data-urlencode "__RequestVerificationToken=$(token "$path")" "$@" "$BASE$path"; }

# The template requires a confirmed address before signing in: confirmed straight in its database.
STOCK_JAR="$WORK/stock-cookies.txt"
JAR="$STOCK_JAR" BASE="$STOCK" post /Identity/Account/Register --data-urlencode "Input.Email=messung@example.org" \
    --data-urlencode "Input.Password=Bench-Passwort-1" --data-urlencode "Input.ConfirmPassword=Bench-Passwort-1" >/dev/null
sqlite3 "$WORK/stock/app.db" "UPDATE AspNetUsers SET EmailConfirmed = 1;"
JAR="$STOCK_JAR" BASE="$STOCK" post /Identity/Account/Login --data-urlencode "Input.Email=messung@example.org" \
    --data-urlencode "Input.Password=Bench-Passwort-1" >/dev/null
stock_cookie=$(awk '$6 ~ /^\.AspNetCore\.(Identity\.Application|Antiforgery)/ {printf "%s%s=%s", sep, $6, $7; sep = "; "}' "$STOCK_JAR")

post /Account/Register --data-urlencode "Input.Email=messung@example.org" \
    --data-urlencode "Input.Password=benchmark-passwort" --data-urlencode "Input.ConfirmPassword=benchmark-passwort" >/dev/null
post /Account/Login --data-urlencode "Input.Email=messung@example.org" --data-urlencode "Input.Password=benchmark-passwort" >/dev/null
network_url=$(post /Networks/Create --data-urlencode "Input.Name=Benchmark-Netzwerk 1" \
    --data-urlencode "Input.OrganisationForm=Association" --data-urlencode "Input.Status=Member")
owner=$(sqlite3 "$WORK/bench.db" "SELECT OwnerId FROM Networks LIMIT 1;")

# 99 more networks, then 100 completed assessments with five ratings each per network: 10,000 in all.
sqlite3 "$WORK/bench.db" <<SQL
WITH RECURSIVE n(i) AS (SELECT 2 UNION ALL SELECT i + 1 FROM n WHERE i < $NETWORKS)
INSERT INTO Networks (OwnerId, Name, OrganisationForm, Status, ApproxMemberCount, CreatedUtc, UpdatedUtc)
SELECT '$owner', 'Benchmark-Netzwerk ' || i, 'Mixed', 'Member', 40 + i, datetime('now'), datetime('now') FROM n;
WITH RECURSIVE a(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM a WHERE i < $PER_NETWORK - 1)
INSERT INTO Assessments (NetworkId, CreatedUtc, UpdatedUtc, CompletedUtc, Goal, Style, ClassificationAnswers, TrialWeeks, RedFlags,
                         Score, CompletenessPercent, Recommendation, KnowledgePercent, ServicePercent, ReferralPercent)
SELECT Networks.Id, datetime('now', '-' || a.i || ' days'), datetime('now', '-' || a.i || ' days'), datetime('now', '-' || a.i || ' days'),
       'WinClients', 'Hunter',
       '{"knowledge-talks":2,"knowledge-exchange":3,"service-deals":1,"service-results":2,"referral-relationships":4,"referral-introductions":3}',
       16, '', 60 + (a.i % 30), 100, 'KeepTesting', 33, 20, 47
FROM Networks, a;
INSERT INTO CriterionRatings (AssessmentId, Criterion, Rating, Note)
SELECT Assessments.Id, c.name, 1 + (Assessments.Id % 5), 'Notiz zu ' || c.name
FROM Assessments, (SELECT 'Conduct' AS name UNION ALL SELECT 'Size' UNION ALL SELECT 'MemberInterviews'
                   UNION ALL SELECT 'TrialPeriod' UNION ALL SELECT 'Results') c;
-- What the app keeps on each network when a check completes (Network.NoteCompleted).
UPDATE Networks SET
    LatestCheckedUtc = (SELECT CompletedUtc FROM Assessments a WHERE a.NetworkId = Networks.Id AND a.CompletedUtc IS NOT NULL ORDER BY a.CompletedUtc DESC, a.Id DESC LIMIT 1),
    LatestScore = (SELECT Score FROM Assessments a WHERE a.NetworkId = Networks.Id AND a.CompletedUtc IS NOT NULL ORDER BY a.CompletedUtc DESC, a.Id DESC LIMIT 1);
SQL
count=$(sqlite3 "$WORK/bench.db" "SELECT COUNT(*) FROM Assessments;")
assessment=$(sqlite3 "$WORK/bench.db" "SELECT Id FROM Assessments WHERE NetworkId = ${network_url##*/} ORDER BY CompletedUtc DESC LIMIT 1;")
# The sign-in and the antiforgery cookie, as a browser sends them (without the latter every page
# with a form would mint a new antiforgery cookie).
cookie=$(awk '$6 ~ /nc-(auth|af)$/ {printf "%s%s=%s", sep, $6, $7; sep = "; "}' "$JAR")
echo "Stored assessments: $count; measuring assessment $assessment, ${DURATION}s per page, $CONNECTIONS connections."

measure() {
    local name=$1 path=$2 header="Cookie: $cookie" base=$BASE
    [ "$name" = plaintext ] && header="Accept: text/plain"   # the baseline carries no sign-in
    [ "$name" = stock-manage ] && header="Cookie: $stock_cookie" && base=$STOCK
    curl -fs -o /dev/null -H "$header" "$base$path" || { echo "$path answered an error"; exit 1; }
    wrk -t2 -c"$CONNECTIONS" -d2s -H "$header" "$base$path" >/dev/null   # warm-up, not counted
    local out; out=$(wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency -H "$header" "$base$path")
    local rps p50 p99 errors
    rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
    p50=$(awk '$1 == "50%" {print $2}' <<<"$out")
    p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
    errors=$(awk '/Non-2xx|Socket errors/ {print}' <<<"$out")
    printf '%-22s %10s req/s   p50 %8s   p99 %8s   %s\n' "$name" "$rps" "$p50" "$p99" "${errors:-no errors}"
    echo "$rps" >"$WORK/$name.rps"
}

measure plaintext /health
measure stock-manage /Identity/Account/Manage
measure dashboard /Networks
measure result "/Checks/Result/$assessment"
measure report "/Reports/Assessment/$assessment"
for page in stock-manage dashboard result report; do
    awk -v p="$page" -v a="$(cat "$WORK/$page.rps")" -v b="$(cat "$WORK/plaintext.rps")" -v s="$(cat "$WORK/stock-manage.rps")" \
        'BEGIN { printf "%-12s %.3f of plaintext   %.1f× the stock Manage page\n", p, a / b, a / s }'
done
