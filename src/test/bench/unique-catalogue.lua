-- wrk script: the catalogue query of issue 10 with a different document in every request (an alias with a counter
-- per wrk thread), so that no document or response cache can answer it. Non-200 answers and answers with "errors"
-- are counted and reported at the end.
--   wrk -t2 -c64 -d15s -s src/test/bench/unique-catalogue.lua http://127.0.0.1:8080/graphql
local threads = {}
-- the start time keeps documents apart from those of an earlier run against the same app (e.g. a warm-up round)
local run = os.time()

function setup(thread)
  thread:set("id", run .. "_" .. (#threads + 1))
  table.insert(threads, thread)
end

function init(args)
  counter = 0
  failed = 0
end

function request()
  counter = counter + 1
  local body = '{"query":"{ c' .. id .. '_' .. counter .. ': projects(limit: 100) { totalCount items { slug name'
      .. ' status places { slug nameEn nameRu nameZh } themes { slug } citations { locator source { slug } }'
      .. ' events { slug date } } } }"}'
  return wrk.format("POST", nil, { ["Content-Type"] = "application/json" }, body)
end

function response(status, headers, body)
  if status ~= 200 or string.find(body, '"errors"', 1, true) then
    failed = failed + 1
  end
end

function done(summary, latency, requests)
  local failures = 0
  for _, thread in ipairs(threads) do
    failures = failures + thread:get("failed")
  end
  io.write(string.format("failed answers: %d\n", failures))
end
