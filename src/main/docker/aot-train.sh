#!/usr/bin/env bash
# Training run for a JDK 25+ AOT cache (JEP 483/514): starts the packaged atlas with -XX:AOTCacheOutput, reads
# every kind of page, download and API answer once, stops it, and the JVM writes app.aot beside quarkus-run.jar.
# Needs only bash (no curl), so it also runs inside the runtime image (see Dockerfile.jvm).
#   src/main/docker/aot-train.sh target/quarkus-app      # after ./mvnw package -Paot, with a JDK 25 java
# Environment: JAVA (default java), JAVA_OPTS (use the production options: the cache records them), TRAIN_PORT.
set -euo pipefail
APP_DIR=${1:-/deployments}
PORT=${TRAIN_PORT:-18079}
cd "$APP_DIR"
rm -f app.aot

# shellcheck disable=SC2086
"${JAVA:-java}" -XX:AOTCacheOutput=app.aot ${JAVA_OPTS:-} -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$PORT" \
  -jar quarkus-run.jar > aot-training.log 2>&1 &
APP=$!

request() { # method path [json body]: one HTTP/1.0 exchange over bash's /dev/tcp; prints the status line
  local body=${3:-}
  exec 3<>"/dev/tcp/127.0.0.1/$PORT"
  if [ -n "$body" ]; then
    printf '%s %s HTTP/1.0\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n%s' \
      "$1" "$2" "${#body}" "$body" >&3
  else
    printf '%s %s HTTP/1.0\r\nHost: localhost\r\n\r\n' "$1" "$2" >&3
  fi
  local status
  IFS= read -r status <&3 || status=""
  cat <&3 > /dev/null
  exec 3<&-
  echo "${status%$'\r'}"
}

for _ in $(seq 1 600); do
  if (request GET /q/health/ready | grep -q ' 200') 2>/dev/null; then break; fi
  kill -0 "$APP" 2>/dev/null || { echo "the atlas did not start:" >&2; tail -20 aot-training.log >&2; exit 1; }
  sleep 0.1
done

for round in 1 2 3; do
  for path in / /themes/energy /themes/history "/projects?theme=energy&status=OPERATING&sort=START_YEAR" \
      /projects/power-of-siberia /places /places/heihe /timeline "/timeline?theme=corridors" /sources /data \
      /data/heilongjiang-russia-trade /data/heilongjiang-russia-trade.csv \
      /data/heilongjiang-russia-trade.metadata.json "/search?q=Heihe" "/?lang=ru" "/themes/energy?lang=zh" \
      "/projects/$round-no-such-project" /graphql/schema.graphql /q/health /q/metrics; do
    request GET "$path" > /dev/null
  done
  request POST /graphql '{"query":"{ projects(filter: {theme: \"energy\"}, limit: 20) { totalCount items { slug name status places { slug nameEn } themes { slug } events { slug } citations { locator source { slug } } } } }"}' > /dev/null
  request POST /graphql '{"query":"{ search(text: \"Heihe\") { type slug title } places(limit: 5) { items { slug projects { slug } } } }"}' > /dev/null
done

kill -TERM "$APP"
wait "$APP" || true # the JVM assembles the cache as it exits
[ -s app.aot ] || { echo "no AOT cache was written:" >&2; tail -20 aot-training.log >&2; exit 1; }
rm -f aot-training.log
echo "AOT cache: $APP_DIR/app.aot ($(du -h app.aot | cut -f1))"
