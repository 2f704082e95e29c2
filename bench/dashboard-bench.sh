#!/usr/bin/env bash
# Dashboard benchmark: /Networks of ONE account holding 10, then 100, then 1,000 networks (three
# completed assessments each), each measured with wrk beside the plain-text /health of the same process.
# The dashboard pages its list (25 a page), so its cost should not grow with the number of networks.
# Targets 127.0.0.1 only; every wrk run stops after DURATION seconds; the app is stopped at the end.
set -euo pipefail
cd "$(dirname "$0")/.."

PORT="${PORT:-5098}"
DURATION="${DURATION:-6}"
CONNECTIONS="${CONNECTIONS:-16}"
PER_NETWORK=3
BASE="http://127.0.0.1:$PORT"
WORK="$(mktemp -d)"
JAR="$WORK/cookies.txt"
APP=""
trap '[ -n "$APP" ] && kill "$APP" 2>/dev/null; wait 2>/dev/null; rm -rf "$WORK"' EXIT

command -v wrk >/dev/null || { echo "wrk fehlt: apt-get install wrk"; exit 1; }
command -v sqlite3 >/dev/null || { echo "sqlite3 fehlt: apt-get install sqlite3"; exit 1; }

dotnet build src/NetzwerkCheck.Web -c Release -v q -nologo >/dev/null
ASPNETCORE_ENVIRONMENT=Production Security__HttpsCookies=false \
ConnectionStrings__Default="Data Source=$WORK/bench.db" Logging__File="$WORK/logs/nc-.log" Email__PickupDirectory="$WORK/mail" \
RateLimits__AnonymousFormsPerMinute=100000 \
    dotnet src/NetzwerkCheck.Web/bin/Release/net10.0/NetzwerkCheck.Web.dll --urls "$BASE" >"$WORK/app.out" 2>&1 &
APP=$!
for _ in $(seq 1 60); do curl -fs "$BASE/health" >/dev/null && break; sleep 0.5; done

token() { curl -fs -b "$JAR" -c "$JAR" "$BASE$1" | grep -o 'name="__RequestVerificationToken"[^>]*value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//'; }
post() { local path=$1; shift; curl -fs -o /dev/null -w '%{redirect_url}' -b "$JAR" -c "$JAR" --data-urlencode "__RequestVerificationToken=$(token "$path")" "$@" "$BASE$path"; }

# The password must not contain a part of the address (the app refuses "benchmark-…" for bench@…).
post /Account/Register --data-urlencode "Input.Email=messung@example.org" \
    --data-urlencode "Input.Password=benchmark-passwort" --data-urlencode "Input.ConfirmPassword=benchmark-passwort" >/dev/null
# A second account that parks the networks beyond the size being measured (see below).
post /Account/Register --data-urlencode "Input.Email=parkplatz@example.org" \
    --data-urlencode "Input.Password=benchmark-passwort" --data-urlencode "Input.ConfirmPassword=benchmark-passwort" >/dev/null
post /Account/Login --data-urlencode "Input.Email=messung@example.org" --data-urlencode "Input.Password=benchmark-passwort" >/dev/null
post /Networks/Create --data-urlencode "Input.Name=Benchmark-Netzwerk 0001" \
    --data-urlencode "Input.OrganisationForm=Association" --data-urlencode "Input.Status=Member" >/dev/null
owner=$(sqlite3 "$WORK/bench.db" "SELECT OwnerId FROM Networks LIMIT 1;")
cookie=$(awk '$6 ~ /nc-(auth|af)$/ {printf "%s%s=%s", sep, $6, $7; sep = "; "}' "$JAR")
grep -q 'nc-auth' "$JAR" || { echo "Anmeldung fehlgeschlagen"; exit 1; }

# The account gets all 1,000 networks (each with $PER_NETWORK completed assessments and their ratings) once;
# a second account parks the ones beyond the size measured, so the sizes can take turns within one run
# and the machine's noise falls on all three alike.
parking=$(sqlite3 "$WORK/bench.db" "SELECT Id FROM AspNetUsers WHERE Email = 'parkplatz@example.org';")
[ -n "$parking" ] || { echo "Zweites Konto fehlt"; exit 1; }
sqlite3 "$WORK/bench.db" <<SQL
WITH RECURSIVE n(i) AS (SELECT 2 UNION ALL SELECT i + 1 FROM n WHERE i < 1000)
INSERT INTO Networks (OwnerId, Name, OrganisationForm, Status, ApproxMemberCount, CreatedUtc, UpdatedUtc)
SELECT '$owner', printf('Benchmark-Netzwerk %04d', i), 'Mixed', CASE WHEN i % 7 = 0 THEN 'Trial' ELSE 'Member' END, 40 + i % 50,
       datetime('now'), datetime('now', '-' || i || ' minutes') FROM n;
WITH RECURSIVE a(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM a WHERE i < $PER_NETWORK - 1)
INSERT INTO Assessments (NetworkId, CreatedUtc, UpdatedUtc, CompletedUtc, Goal, Style, ClassificationAnswers, TrialWeeks, RedFlags,
                         Score, CompletenessPercent, Recommendation, KnowledgePercent, ServicePercent, ReferralPercent)
SELECT Networks.Id, datetime('now', '-' || (a.i * 30 + Networks.Id % 30) || ' days'), datetime('now', '-' || (a.i * 30 + Networks.Id % 30) || ' days'),
       datetime('now', '-' || (a.i * 30 + Networks.Id % 30) || ' days'), 'WinClients', 'Hunter',
       '{"knowledge-talks":2,"knowledge-exchange":3,"service-deals":1,"service-results":2,"referral-relationships":4,"referral-introductions":3}',
       16, '', 40 + (Networks.Id * 7 + a.i) % 60, 100, 'KeepTesting', 33, 20, 47
FROM Networks, a;
INSERT INTO CriterionRatings (AssessmentId, Criterion, Rating, Note)
SELECT Assessments.Id, c.name, 1 + (Assessments.Id % 5), 'Notiz zu ' || c.name
FROM Assessments, (SELECT 'Conduct' AS name UNION ALL SELECT 'Size' UNION ALL SELECT 'MemberInterviews'
                   UNION ALL SELECT 'TrialPeriod' UNION ALL SELECT 'Results') c;
ANALYZE;
-- What the app keeps on each network when a check completes (Network.NoteCompleted).
UPDATE Networks SET
    LatestCheckedUtc = (SELECT CompletedUtc FROM Assessments a WHERE a.NetworkId = Networks.Id AND a.CompletedUtc IS NOT NULL ORDER BY a.CompletedUtc DESC, a.Id DESC LIMIT 1),
    LatestScore = (SELECT Score FROM Assessments a WHERE a.NetworkId = Networks.Id AND a.CompletedUtc IS NOT NULL ORDER BY a.CompletedUtc DESC, a.Id DESC LIMIT 1);
SQL
first=$(sqlite3 "$WORK/bench.db" "SELECT MIN(Id) FROM Networks;")
size_to() { sqlite3 "$WORK/bench.db" "UPDATE Networks SET OwnerId = CASE WHEN Id < $first + $1 THEN '$owner' ELSE '$parking' END;"; }

measure() {
    local name=$1 path=$2 header="Cookie: $cookie"
    [ "$name" = plaintext ] && header="Accept: text/plain"   # the baseline carries no sign-in
    local status; status=$(curl -s -o "$WORK/page.html" -w '%{http_code}' -H "$header" "$BASE$path")
    [ "$status" = 200 ] || { echo "$path answered $status, not 200"; exit 1; }
    [ "$name" = plaintext ] || grep -q 'class="card network-card"' "$WORK/page.html" || { echo "$path shows no network"; exit 1; }
    wrk -t2 -c"$CONNECTIONS" -d2s -H "$header" "$BASE$path" >/dev/null   # warm-up, not counted
    local out; out=$(wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency -H "$header" "$BASE$path")
    local rps p50 p99 errors
    rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
    p50=$(awk '$1 == "50%" {print $2}' <<<"$out")
    p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
    errors=$(awk '/Non-2xx|Socket errors/ {print}' <<<"$out")
    printf '%-24s %10s req/s   p50 %8s   p99 %8s   %s\n' "$name" "$rps" "$p50" "$p99" "${errors:-no errors}"
    echo "$rps" >"$WORK/$name.rps"
}

ROUNDS="${ROUNDS:-3}"
echo "$(sqlite3 "$WORK/bench.db" "SELECT COUNT(*) FROM Assessments;") assessments stored; ${DURATION}s per measurement, $CONNECTIONS connections, $ROUNDS rounds taking turns."
for round in $(seq 1 "$ROUNDS"); do
    echo "-- round $round"
    measure plaintext /health
    mv "$WORK/plaintext.rps" "$WORK/plaintext-$round.rps"
    for size in 10 100 1000; do
        size_to "$size"
        [ "$(sqlite3 "$WORK/bench.db" "SELECT COUNT(*) FROM Networks WHERE OwnerId = '$owner';")" = "$size" ] || { echo "Größe $size nicht erreicht"; exit 1; }
        measure "dashboard-$size" /Networks
        mv "$WORK/dashboard-$size.rps" "$WORK/dashboard-$size-$round.rps"
        measure "dashboard-$size-sorted" "/Networks?sort=punkte&page=3"
        mv "$WORK/dashboard-$size-sorted.rps" "$WORK/dashboard-$size-sorted-$round.rps"
    done
done
median() { cat "$@" | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
echo "-- medians over $ROUNDS rounds"
printf '%-24s %10s req/s\n' plaintext "$(median "$WORK"/plaintext-*.rps)"
for size in 10 100 1000; do
    for variant in "" "-sorted"; do
        printf '%-24s %10s req/s\n' "dashboard-$size$variant" "$(median "$WORK"/dashboard-$size$variant-[0-9]*.rps)"
    done
done
for variant in "" "-sorted"; do
    awk -v v="$variant" -v a="$(median "$WORK"/dashboard-1000$variant-[0-9]*.rps)" -v b="$(median "$WORK"/dashboard-10$variant-[0-9]*.rps)" \
        'BEGIN { d = (a / b - 1) * 100; printf "dashboard%s: 1000 networks give %.2f of the req/s with 10 (%+.0f %%, target within 20 %%): %s\n", v, a / b, d, (d >= -20 && d <= 20) ? "met" : "MISSED" }'
done
