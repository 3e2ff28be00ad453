#!/usr/bin/env bash
# Loopback benchmark of the packaged atlas against nginx serving the same page bytes as static files.
# Needs: wrk, nginx, jq (apt-get install -y wrk nginx jq), curl, a JDK. Bounded: each run lasts DURATION seconds.
#   src/test/bench/benchmark.sh            # builds the jar if needed, prints a Markdown table
# Environment: DURATION (default 15), CONNECTIONS (64), THREADS (2), APP_PORT (18080), NGINX_PORT (18081),
# JAVA (default: java on the PATH), JAVA_OPTS (default: the JVM options of src/main/docker/Dockerfile.jvm; on a JDK
# without compact object headers or AOT caches those two are left out), GRAPHQL_WARMUP (rounds of 10 s, default 3).
set -euo pipefail
cd "$(dirname "$0")/../../.."

DURATION=${DURATION:-15}
CONNECTIONS=${CONNECTIONS:-64}
THREADS=${THREADS:-2}
APP_PORT=${APP_PORT:-18080}
NGINX_PORT=${NGINX_PORT:-18081}
GRAPHQL_WARMUP=${GRAPHQL_WARMUP:-3}
JAVA=${JAVA:-java}
if [ -z "${JAVA_OPTS:-}" ]; then
  JAVA_OPTS="-XX:+UseSerialGC -Xmx64m -XX:ReservedCodeCacheSize=64m -XX:-TieredCompilation"
  JAVA_OPTS="$JAVA_OPTS -XX:TrimNativeHeapInterval=2000"
  if "$JAVA" -XX:+UseCompactObjectHeaders -version >/dev/null 2>&1; then # JDK 25+
    JAVA_OPTS="$JAVA_OPTS -XX:+UseCompactObjectHeaders"
    # a cache trained by src/main/docker/aot-train.sh with these options; a stale one is ignored with a warning
    [ -f target/quarkus-app/app.aot ] && JAVA_OPTS="$JAVA_OPTS -XX:AOTCache=app.aot"
  fi
fi
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}
WORK=$(mktemp -d)
APP_PID=""
cleanup() {
  [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null || true
  [ -f "$WORK/nginx.pid" ] && kill "$(cat "$WORK/nginx.pid")" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

for tool in wrk nginx jq "$JAVA"; do
  command -v "$tool" >/dev/null || { echo "missing $tool (apt-get install -y wrk nginx jq)" >&2; exit 2; }
done
[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -B -q package -DskipTests

# --- start the app, time it ---
start_ns=$(date +%s%N)
# shellcheck disable=SC2086
# from the app directory, as the containers do: an AOT cache (-XX:AOTCache=app.aot) is bound to the class path
(cd target/quarkus-app && exec "$JAVA" $JAVA_OPTS -Dquarkus.http.port="$APP_PORT" -jar quarkus-run.jar) \
  > "$WORK/app.log" 2>&1 &
APP_PID=$!
for _ in $(seq 1 600); do
  curl -sf "http://127.0.0.1:$APP_PORT/q/health/ready" >/dev/null && break
  kill -0 "$APP_PID" 2>/dev/null || { echo "the app did not start:" >&2; tail -20 "$WORK/app.log" >&2; exit 1; }
  sleep 0.05
done
ready_ms=$(( ($(date +%s%N) - start_ns) / 1000000 ))
reported=$(grep -o 'started in [0-9.]*s' "$WORK/app.log" | head -1 | grep -o '[0-9.]*')

# --- the same bytes as static files for nginx ---
mkdir -p "$WORK/www/themes"
curl -sf "http://127.0.0.1:$APP_PORT/" -o "$WORK/www/index.html"
curl -sf "http://127.0.0.1:$APP_PORT/themes/energy" -o "$WORK/www/themes/energy.html"
curl -sf "http://127.0.0.1:$APP_PORT/projects" -o "$WORK/www/projects.html"
# the catalogue query of issue 10, as a POST body and as a GET URL; its answer as a static file for nginx
CATALOGUE='{ projects(limit: 100) { totalCount items { slug name status places { slug nameEn nameRu nameZh } themes { slug } citations { locator source { slug } } events { slug date } } } }'
CATALOGUE_BODY=$(printf '{"query":"%s"}' "$CATALOGUE")
CATALOGUE_URL="http://127.0.0.1:$APP_PORT/graphql?query=$(printf '%s' "$CATALOGUE" | jq -sRr @uri)"
curl -sf -H 'Content-Type: application/json' -d "$CATALOGUE_BODY" "http://127.0.0.1:$APP_PORT/graphql" \
  -o "$WORK/www/catalogue.json"
ONE_FIELD_BODY='{"query":"{ theme(slug: \"energy\") { title } }"}'
curl -sf -H 'Content-Type: application/json' -d "$ONE_FIELD_BODY" "http://127.0.0.1:$APP_PORT/graphql" \
  -o "$WORK/www/one-field.json"
cat > "$WORK/nginx.conf" <<NGINX
worker_processes 2;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  default_type text/html;
  sendfile on;
  tcp_nopush on;
  server { listen 127.0.0.1:$NGINX_PORT; root $WORK/www; location / { try_files \$uri \$uri.html \$uri/index.html =404; } }
}
NGINX
# nginx's workers run as an unprivileged user when started by root: they must be able to read the files
chmod 755 "$WORK"
nginx -c "$WORK/nginx.conf" -p "$WORK"
# a comparison with nginx answering errors would be meaningless: every static copy must come back whole
for file in / /themes/energy /projects /catalogue.json /one-field.json; do
  status=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$NGINX_PORT$file")
  [ "$status" = 200 ] || { echo "nginx answers $status for $file; see $WORK/nginx-error.log" >&2; exit 1; }
done

cat > "$WORK/graphql.lua" <<'LUA'
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"query":"{ projects(filter: {theme: \\"energy\\"}, limit: 20) { totalCount items { slug name status places { slug nameEn } citations { locator source { slug } } } } }"}'
LUA
cat > "$WORK/catalogue.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = [[$CATALOGUE_BODY]]
LUA
cat > "$WORK/one-field.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = [[$ONE_FIELD_BODY]]
LUA

run() { # label url [script]
  local label=$1 url=$2 script=${3:-}
  local out
  if [ -n "$script" ]; then
    out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --latency -s "$script" "$url")
  else
    out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --latency "$url")
  fi
  local rps p99
  rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
  p99=$(echo "$out" | awk '$1 == "99%" {print $2}')
  local failed
  failed=$(echo "$out" | awk '/failed answers:/ {print $3}')
  printf '| %s | %s | %s |%s\n' "$label" "$rps" "$p99" "$(echo "$out" | grep -E 'Socket errors|Non-2xx' | tr -s ' ' \
    | tr '\n' ' ')${failed:+ failed answers: $failed}"
  echo "$rps" > "$WORK/rps-$(echo "$label" | tr ' /' '__')"
}

# warm up the JIT and the page cache
wrk -t2 -c16 -d5s "http://127.0.0.1:$APP_PORT/themes/energy" >/dev/null
wrk -t2 -c16 -d3s "http://127.0.0.1:$APP_PORT/" >/dev/null
wrk -t2 -c16 -d3s "http://127.0.0.1:$APP_PORT/projects" >/dev/null
# GraphQL runs through far more code than a cached page; with C2 alone (-XX:-TieredCompilation) it takes tens of
# seconds of load to compile. The warm-up rounds are printed, so that the cold rate is seen too.
for round in $(seq 1 "$GRAPHQL_WARMUP"); do
  rate=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d10s -s "$WORK/graphql.lua" "http://127.0.0.1:$APP_PORT/graphql" \
    | awk '/Requests\/sec/ {print $2}')
  warmup="${warmup:-}${warmup:+, }$rate"
done
# and the unique-document path (parse, validate, execute), whose code the repeated query above never reaches; the
# measured run's documents differ from these (the script puts its start time in every alias)
for round in $(seq 1 "$GRAPHQL_WARMUP"); do
  rate=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d10s -s src/test/bench/unique-catalogue.lua \
    "http://127.0.0.1:$APP_PORT/graphql" | awk '/Requests\/sec/ {print $2}')
  unique_warmup="${unique_warmup:-}${unique_warmup:+, }$rate"
done

echo "| target | requests/s | p99 latency |"
echo "| --- | ---: | ---: |"
run "atlas /" "http://127.0.0.1:$APP_PORT/"
run "nginx / (same bytes)" "http://127.0.0.1:$NGINX_PORT/"
run "atlas /themes/energy" "http://127.0.0.1:$APP_PORT/themes/energy"
run "nginx /themes/energy (same bytes)" "http://127.0.0.1:$NGINX_PORT/themes/energy"
run "atlas /projects" "http://127.0.0.1:$APP_PORT/projects"
run "nginx /projects (same bytes)" "http://127.0.0.1:$NGINX_PORT/projects"
run "atlas GraphQL projects(energy)" "http://127.0.0.1:$APP_PORT/graphql" "$WORK/graphql.lua"
# issue 10's GraphQL targets: the catalogue with a different document in every request (no cache can answer), the
# same document repeated, and a one-field query, each beside nginx serving the same answer bytes
run "atlas GraphQL catalogue, unique documents" "http://127.0.0.1:$APP_PORT/graphql" src/test/bench/unique-catalogue.lua
run "atlas GraphQL catalogue, same document" "http://127.0.0.1:$APP_PORT/graphql" "$WORK/catalogue.lua"
run "atlas GraphQL catalogue, same document, GET" "$CATALOGUE_URL"
run "nginx catalogue answer (same bytes)" "http://127.0.0.1:$NGINX_PORT/catalogue.json"
run "atlas GraphQL one field" "http://127.0.0.1:$APP_PORT/graphql" "$WORK/one-field.lua"
run "nginx one-field answer (same bytes)" "http://127.0.0.1:$NGINX_PORT/one-field.json"
burst=$(src/test/bench/nested-burst.sh "http://127.0.0.1:$APP_PORT/graphql" || true)

rss_now_kb=$(awk '/^VmRSS/ {print $2}' "/proc/$APP_PID/status")
sleep 10 # compiler arenas and freed native memory are given back within a few seconds of idleness
rss_kb=$(awk '/^VmRSS/ {print $2}' "/proc/$APP_PID/status")
anon_kb=$(awk '/^RssAnon/ {print $2}' "/proc/$APP_PID/status")
file_kb=$(awk '/^RssFile/ {print $2}' "/proc/$APP_PID/status")
theme=$(cat "$WORK/rps-atlas__themes_energy")
static=$(cat "$WORK/rps-nginx__themes_energy_(same_bytes)")
echo
echo "- theme page throughput vs nginx static: $(awk -v a="$theme" -v b="$static" 'BEGIN { printf "%.2f", a / b }')"
ratio() { awk -v a="$(cat "$WORK/rps-$1")" -v b="$(cat "$WORK/rps-$2")" 'BEGIN { printf "%.3f", a / b }'; }
echo "- GraphQL vs nginx static: catalogue, unique documents $(ratio "atlas_GraphQL_catalogue,_unique_documents" \
  "nginx_catalogue_answer_(same_bytes)") (target 0.02, p99 at most 150 ms), same document $(ratio \
  "atlas_GraphQL_catalogue,_same_document" "nginx_catalogue_answer_(same_bytes)") (target 0.3; GET $(ratio \
  "atlas_GraphQL_catalogue,_same_document,_GET" "nginx_catalogue_answer_(same_bytes)")), one field $(ratio \
  "atlas_GraphQL_one_field" "nginx_one-field_answer_(same_bytes)") (target 0.1)"
echo "- no starvation: $burst"
echo "- JVM startup: ${reported}s reported by Quarkus, ${ready_ms} ms until /q/health/ready answered UP"
echo "- GraphQL warm-up before the measured run, req/s per 10 s round: ${warmup:-none}"
echo "- GraphQL unique-document warm-up, req/s per 10 s round: ${unique_warmup:-none}"
echo "- RSS right after the load: $(( rss_now_kb / 1024 )) MB"
echo "- RSS 10 s after the load: $(( rss_kb / 1024 )) MB ($(( anon_kb / 1024 )) MB anonymous, $(( file_kb / 1024 )) MB mapped files such as jars and the AOT cache)"
echo "- JVM options: $JAVA_OPTS"
echo "- settings: ${THREADS} wrk threads, ${CONNECTIONS} connections, ${DURATION}s per target, loopback, $(nproc) cores"
