#!/usr/bin/env bash
# Sends COUNT (default 64) deeply nested GraphQL queries at once and checks that every one is answered with data and
# no error within TIMEOUT seconds: no query may wait for a worker that its own parent query holds.
#   src/test/bench/nested-burst.sh http://127.0.0.1:8080/graphql
set -euo pipefail
URL=$1
COUNT=${COUNT:-64}
TIMEOUT=${TIMEOUT:-30}
BODY='{"query":"{ projects(limit: 100) { items { slug places { slug projects { slug events { slug actors { slug events { slug } } } } } events { slug places { slug projects { slug } } } } } }"}'
OUT=$(mktemp -d)
start_ns=$(date +%s%N)
for i in $(seq 1 "$COUNT"); do
  curl -s -o "$OUT/$i.json" -w '%{http_code}\n' --max-time "$TIMEOUT" -H 'Content-Type: application/json' \
    -d "$BODY" "$URL" > "$OUT/$i.status" 2>/dev/null &
done
wait
elapsed_ms=$(( ($(date +%s%N) - start_ns) / 1000000 ))
answered=0
for i in $(seq 1 "$COUNT"); do
  if [ "$(cat "$OUT/$i.status")" = "200" ] && grep -q '"data"' "$OUT/$i.json" && ! grep -q '"errors"' "$OUT/$i.json"; then
    answered=$((answered + 1))
  fi
done
rm -rf "$OUT"
echo "$answered of $COUNT concurrent nested queries answered with data in ${elapsed_ms} ms"
[ "$answered" = "$COUNT" ]
