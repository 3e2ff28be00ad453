#!/usr/bin/env bash
# Soak test of the packaged atlas on loopback: mixed traffic for a bounded time against the app in the container's
# memory settings, then a report per traffic class and of the RSS over time.
#   src/test/bench/soak.sh [SECONDS]        # default 300; builds the jar if needed; needs wrk (apt-get install wrk)
# Environment: APP_PORT (default 18180), APP_DIR (the packaged app, default target/quarkus-app), JAVA (java on the
# PATH), JAVA_OPTS (default: the options of src/main/docker/Dockerfile.jvm, as in benchmark.sh), WARMUP (seconds left
# out of the RSS slope, default a fifth of the run, at least 60), SAMPLE (seconds between RSS samples, default 5).
# Classes: pages in en, ru and zh; downloads; GraphQL POST and GET with repeated documents and with unique ones (a
# counter in an alias); revalidations (If-None-Match, 304 expected); hostile requests (too deep, too complex,
# garbage: 4xx or GraphQL errors expected, never 5xx); and a loop of clients that hang up mid-request.
# Bar: zero 5xx, zero socket errors, no unexpected status, RSS flat after warm-up, no ERROR in the app's log.
# Exit status 1 if missed. wrk gives up on a request after 30 s (a socket error): the machine may be shared.
set -euo pipefail
cd "$(dirname "$0")/../../.."

DURATION=${1:-300}
[[ "$DURATION" =~ ^[0-9]+$ ]] && [ "$DURATION" -ge 30 ] && [ "$DURATION" -le 86400 ] \
  || { echo "duration: whole seconds, 30 to 86400" >&2; exit 2; }
APP_PORT=${APP_PORT:-18180}
APP_DIR=${APP_DIR:-target/quarkus-app}
SAMPLE=${SAMPLE:-5}
WARMUP=${WARMUP:-$(( DURATION / 5 > 60 ? DURATION / 5 : 60 ))}
JAVA=${JAVA:-java}
if [ -z "${JAVA_OPTS:-}" ]; then # the container's memory settings (src/main/docker/Dockerfile.jvm)
  JAVA_OPTS="-XX:+UseSerialGC -Xmx64m -XX:ReservedCodeCacheSize=64m -XX:-TieredCompilation"
  JAVA_OPTS="$JAVA_OPTS -XX:TrimNativeHeapInterval=2000"
  if "$JAVA" -XX:+UseCompactObjectHeaders -version >/dev/null 2>&1; then # JDK 25+
    JAVA_OPTS="$JAVA_OPTS -XX:+UseCompactObjectHeaders"
    [ -f "$APP_DIR/app.aot" ] && JAVA_OPTS="$JAVA_OPTS -XX:AOTCache=app.aot"
  fi
fi
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}
BASE="http://127.0.0.1:$APP_PORT" # loopback only
LUA="$PWD/src/test/bench/soak.lua"
WORK=$(mktemp -d)
APP_PID=""
PIDS=()
cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

for tool in wrk curl "$JAVA"; do
  command -v "$tool" >/dev/null || { echo "missing $tool (apt-get install -y wrk curl)" >&2; exit 2; }
done
[ -f "$APP_DIR/quarkus-run.jar" ] || ./mvnw -B -q package -DskipTests

# shellcheck disable=SC2086
(cd "$APP_DIR" && exec "$JAVA" $JAVA_OPTS -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$APP_PORT" \
  -jar quarkus-run.jar) > "$WORK/app.log" 2>&1 &
APP_PID=$!
for _ in $(seq 1 1200); do
  curl -sf --max-time 5 "$BASE/q/health/ready" >/dev/null && break
  kill -0 "$APP_PID" 2>/dev/null || { echo "the app did not start:" >&2; tail -20 "$WORK/app.log" >&2; exit 1; }
  sleep 0.1
done

# --- request lists (tab-separated: method, path, header, body) ---
urlencode() { python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1], safe=""))' "$1"; }
links() { # site-internal links of a page, without fragments, operations endpoints or GraphiQL
  curl -sf --max-time 120 "$BASE$1" | grep -o 'href="/[^"]*"' | sed 's/^href="//; s/"$//; s/#.*//; s/&amp;/\&/g' \
    | grep -v -E '^/(q/|graphql-ui)' | grep -v '^$' || true
}
{
  for page in / /projects /places /data /sources /timeline /themes/energy; do links "$page"; done
  echo "/search?q=Heihe"; echo "/search?q=$(urlencode 'Благовещенск')"; echo "/search?q=$(urlencode '黑河')"
  echo "/projects?theme=energy&sort=name"; echo "/timeline?era=soviet"
} | grep -v -E '\.(csv|json|css|svg|graphql)$' | sort -u > "$WORK/paths"
for lang in en ru zh; do
  while read -r path; do
    case "$path" in *\?*) printf 'GET\t%s&lang=%s\t-\t-\n' "$path" "$lang" ;; *) printf 'GET\t%s?lang=%s\t-\t-\n' "$path" "$lang" ;; esac
  done < "$WORK/paths"
done > "$WORK/pages.tsv"
for page in /data $(links /data | grep -E '^/data/[^./?]+$' | sort -u); do links "$page"; done \
  | grep -E '\.(csv|metadata\.json)$' | sort -u | awk '{ printf "GET\t%s\t-\t-\n", $0 }' > "$WORK/downloads.tsv"
# a revalidation of every page with the ETag it was served with (fetched four at a time: this renders every page once)
etag_of() {
  local etag
  etag=$(curl -sf --max-time 120 -D - -o /dev/null "$1$2" | tr -d '\r' | awk -F': ' 'tolower($1) == "etag" { print $2 }')
  [ -z "$etag" ] || printf 'GET\t%s\tIf-None-Match: %s\t-\n' "$2" "$etag"
}
export -f etag_of
cut -f2 "$WORK/pages.tsv" "$WORK/downloads.tsv" | xargs -P 4 -I{} bash -c 'etag_of "$0" "$1"' "$BASE" {} \
  > "$WORK/revalidations.tsv"
echo "soak: $(wc -l < "$WORK/pages.tsv") page URLs, $(wc -l < "$WORK/downloads.tsv") downloads, $(wc -l < "$WORK/revalidations.tsv") ETags" >&2

Q_CATALOGUE='{ projects(filter: {theme: \"energy\"}, limit: 20) { totalCount items { slug name status places { slug nameEn nameRu nameZh } citations { locator source { slug } } } } }'
Q_THEME='{ theme(slug: \"corridors\") { title intro projects { slug name status } } events(theme: \"corridors\", limit: 50) { totalCount items { date dateLabel title } } }'
Q_SEARCH='{ search(text: \"Благовещенск\") { type slug title matchedText } }'
Q_SERIES='{ series(slug: \"heilongjiang-russia-trade\") { title unitAsPrinted observations { measureCode periodYear value } } }'
{
  for q in "$Q_CATALOGUE" "$Q_THEME" "$Q_SEARCH" "$Q_SERIES"; do printf 'POST\t/graphql\t-\t{"query":"%s"}\n' "$q"; done
  for q in "$Q_CATALOGUE" "$Q_SEARCH"; do printf 'GET\t/graphql?query=%s\t-\t-\n' "$(urlencode "${q//\\\"/\"}")"; done
} > "$WORK/graphql-repeated.tsv"
{ # a new document every time: the counter sits in an alias, so no parse or validation cache can answer it
  printf 'POST\t/graphql\t-\t{"query":"{ n__N__: projects(limit: 5, offset: 3) { items { slug places { slug } } } }"}\n'
  printf 'POST\t/graphql\t-\t{"query":"query Q__N__ { t__N__: themes { slug title } }"}\n'
  printf 'GET\t/graphql?query=%s\t-\t-\n' "$(urlencode '{ s__N__: sources { slug citeAs } }')"
} > "$WORK/graphql-unique.tsv"
deep='{ project(slug: \"power-of-siberia\") { places { projects { places { projects { places { projects { places { projects { places { projects { places { projects { slug } } } } } } } } } } } } }'
wide=$(for i in $(seq 1 40); do printf 'a%d: projects(limit: 100) { items { slug places { slug projects { slug } } } } ' "$i"; done)
{
  printf 'POST\t/graphql\t-\t{"query":"%s"}\n' "$deep"                  # too deep
  printf 'POST\t/graphql\t-\t{"query":"{ %s }"}\n' "$wide"               # too complex
  printf 'POST\t/graphql\t-\tthis is not json\n'                         # garbage body
  printf 'POST\t/graphql\t-\t{"query":"{ projects(limit: \\"ten\\") { "}\n' # unparseable document
  printf 'POST\t/graphql\t-\t{"query":"{ nothingHere }"}\n'              # unknown field
  printf 'POST\t/graphql\t-\t{"query":"{ projects(limit: 100000) { totalCount } }"}\n' # bad argument
  printf 'GET\t/graphql?query=%%zz\t-\t-\n'                              # broken percent-encoding
  printf 'GET\t/projects?from=abc&lang=ru\t-\t-\n'                       # bad parameter page
  printf 'GET\t/projects/no-such-project?lang=zh\t-\t-\n'                # unknown slug
  printf 'GET\t/themes/energy?lang=xx\t-\t-\n'                           # unsupported language
  printf 'GET\t/search?q=%s\t-\t-\n' "$(urlencode "<script>alert(1)</script>' OR 1=1 --")"
} > "$WORK/hostile.tsv"

# --- load ---
rss_kb() { awk '/^VmRSS/ { print $2 }' "/proc/$APP_PID/status"; }
start=$(date +%s)
end=$(( start + DURATION ))
echo "t_seconds,rss_kb" > "$WORK/rss.csv"
( while [ "$(date +%s)" -lt "$end" ]; do
    echo "$(( $(date +%s) - start )),$(rss_kb)" >> "$WORK/rss.csv"; sleep "$SAMPLE"
  done ) &
PIDS+=($!)
hangups() { # clients that hang up mid-request: cut-off headers, a body that never ends, a reader that gives up
  local n=0
  while [ "$(date +%s)" -lt "$end" ]; do
    { exec 3<>"/dev/tcp/127.0.0.1/$APP_PORT" && printf 'GET /themes/energy HTTP/1.1\r\nHost: soak\r\n' >&3 \
      && exec 3>&-; } 2>/dev/null || true
    { exec 3<>"/dev/tcp/127.0.0.1/$APP_PORT" && printf 'POST /graphql HTTP/1.1\r\nHost: soak\r\nContent-Type: application/json\r\nContent-Length: 400\r\n\r\n{"query":"{ proj' >&3 \
      && exec 3>&-; } 2>/dev/null || true
    curl -s -o /dev/null --max-time 0.02 -H 'Content-Type: application/json' \
      -d '{"query":"{ projects(limit: 100) { items { slug places { slug projects { slug events { slug } } } } } }"}' \
      "$BASE/graphql" || true
    curl -s -o /dev/null --max-time 0.005 "$BASE/places?lang=zh&hangup=$n" || true
    n=$(( n + 4 ))
    sleep 0.05
  done
  echo "$n" > "$WORK/hangups"
}
hangups &
PIDS+=($!)
run_class() { # class expect connections tsv
  SOAK_CLASS=$1 SOAK_EXPECT=$2 SOAK_REQUESTS=$4 \
    wrk -t1 -c"$3" -d"${DURATION}s" --timeout 30s -s "$LUA" "$BASE" > "$WORK/wrk-$1.out" 2>&1
}
load_start=$(cut -d' ' -f1-3 /proc/loadavg)
echo "soak: ${DURATION}s against $BASE (pid $APP_PID), load average at start: $load_start" >&2
# connections per class: 24 in all, three times the app's 8 worker threads, so requests queue without starving
CLASSES="pages:8 downloads:2 graphql-repeated:4 graphql-unique:2 revalidations:4 hostile:4"
for class in $CLASSES; do
  name=${class%%:*}
  case $name in revalidations) expect=304 ;; hostile) expect=no5xx ;; *) expect=ok ;; esac
  run_class "$name" "$expect" "${class##*:}" "$WORK/$name.tsv" &
  PIDS+=($!)
done
wait "${PIDS[@]}" 2>/dev/null || true
PIDS=()
load_end=$(cut -d' ' -f1-3 /proc/loadavg)

# --- after the load: the app is healthy and its connection pool empty ---
sleep 2
# (bounded: an app that no longer answers within 30 s is reported as such, not waited for)
ready=$(curl -s --max-time 30 -o /dev/null -w '%{http_code}' "$BASE/q/health/ready" || true)
pool_active=$(curl -s --max-time 30 "$BASE/q/metrics" | awk '/^agroal_active_count/ { print $2; exit }' || true)
app_errors=$(grep -c -E ' ERROR ' "$WORK/app.log" || true)
cp "$WORK/app.log" target/soak-app.log 2>/dev/null || true

# --- report ---
fail=0
echo "| class | connections | requests | req/s | unexpected status | 5xx | socket errors | p50 ms | p99 ms |"
echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
for class in $CLASSES; do
  name=${class%%:*}
  line=$(grep '^RESULT' "$WORK/wrk-$name.out" || true)
  if [ -z "$line" ]; then echo "| $name | wrk failed: $(tail -1 "$WORK/wrk-$name.out") |"; fail=1; continue; fi
  IFS=$'\t' read -r _ _ requests unexpected fivexx socket p50 p99 rate <<< "$line"
  echo "| $name | ${class##*:} | $requests | $rate | $unexpected | $fivexx | $socket | $p50 | $p99 |"
  [ "$unexpected" -eq 0 ] && [ "$fivexx" -eq 0 ] && [ "$socket" -eq 0 ] || fail=1
done
echo "| abandoned connections | 1 | $(cat "$WORK/hangups" 2>/dev/null || echo 0) hang-ups | | | | | | |"
echo
awk -F, -v warmup="$WARMUP" 'NR > 1 && $1 >= warmup { n++; x = $1 / 60; y = $2 / 1024; sx += x; sy += y; sxx += x * x;
    sxy += x * y; ys[n] = y; xs[n] = x; if (min == "" || y < min) min = y; if (y > max) max = y }
  NR > 1 { all++; if ($2 / 1024 > peak) peak = $2 / 1024 }
  END {
    slope = (n * sxy - sx * sy) / (n * sxx - sx * sx); icpt = (sy - slope * sx) / n
    for (i = 1; i <= n; i++) { r = ys[i] - (icpt + slope * xs[i]); ss += r * r }
    sd = sqrt(ss / (n > 2 ? n - 2 : 1)); span = xs[n] - xs[1]
    flat = (slope * span < 2 * sd + 2 && slope * span > -(2 * sd + 2)) ? "flat" : "NOT flat"
    printf "- RSS: %d samples; after %d s of warm-up %.0f-%.0f MB (peak of the whole run %.0f MB)\n", all, warmup, min, max, peak
    printf "- RSS slope after warm-up (least squares): %+.2f MB/min, i.e. %+.1f MB over %.1f min; residual sd %.1f MB: %s\n",
      slope, slope * span, span, sd, flat
    print flat > "/dev/stderr"
  }' "$WORK/rss.csv" 2> "$WORK/flat"
[ "$(cat "$WORK/flat")" = "flat" ] || fail=1
hangups_counted=$(curl -s --max-time 30 "$BASE/q/metrics" | awk '/^atlas_client_hangups_total/ { print $2; exit }')
echo "- after the load: /q/health/ready $ready, pooled connections in use $pool_active, client hang-ups counted by the app $hangups_counted, ERROR lines in its log $app_errors (log: target/soak-app.log)"
[ "$ready" = "200" ] && [ "${pool_active%.*}" = "0" ] && [ "$app_errors" -eq 0 ] || fail=1
heap=$(jcmd "$APP_PID" GC.heap_info 2>/dev/null | grep -E 'tenured|old' | head -1 | sed 's/^ *//' || true)
echo "- old generation after the run: ${heap:-unknown (no jcmd)}"
echo "- load average (1, 5, 15 min) at start: $load_start; at the end: $load_end (2 cores, shared with other builds)"
echo "- JVM options: $JAVA_OPTS; MALLOC_ARENA_MAX=$MALLOC_ARENA_MAX; $(nproc) cores"
cp "$WORK/rss.csv" target/soak-rss.csv 2>/dev/null || true # RSS samples for a plot
[ "$fail" -eq 0 ] && echo "- bar (zero 5xx, zero socket errors, no unexpected status, RSS flat): met" \
  || { echo "- bar (zero 5xx, zero socket errors, no unexpected status, RSS flat): MISSED"; exit 1; }
