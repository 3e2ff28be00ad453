-- One traffic class of src/test/bench/soak.sh, for wrk. Environment:
--   SOAK_CLASS     name printed in the report
--   SOAK_REQUESTS  file of requests, one a line: METHOD <tab> PATH <tab> HEADER or - <tab> BODY or -
--                  "__N__" in a path or body is replaced by a number unique to the request (unique documents)
--   SOAK_EXPECT    ok: any status >= 400 is an error; 304: any status but 304 is an error; no5xx: only 5xx are
-- 5xx answers are counted as errors in every class; socket errors come from wrk itself.
local threads = {}
local next_id = 0

function setup(thread)
  next_id = next_id + 1
  thread:set("id", next_id)
  table.insert(threads, thread)
end

function init(args)
  requests = {}
  local file = assert(io.open(os.getenv("SOAK_REQUESTS")))
  for line in file:lines() do
    local method, path, header, body = line:match("^([^\t]+)\t([^\t]+)\t([^\t]+)\t(.*)$")
    if method then
      table.insert(requests, { method = method, path = path, header = header, body = body })
    end
  end
  file:close()
  expect = os.getenv("SOAK_EXPECT") or "ok"
  unexpected, server_errors, counter = 0, 0, 0
  position = (id * 7) % #requests -- threads start at different requests
end

function request()
  position = position % #requests + 1
  counter = counter + 1
  local r = requests[position]
  local unique = id .. "x" .. counter
  local headers = {}
  if r.header ~= "-" then
    local name, value = r.header:match("^([^:]+):%s*(.*)$")
    headers[name] = value
  end
  local body = nil
  if r.body ~= "-" then
    body = (r.body:gsub("__N__", unique))
    headers["Content-Type"] = headers["Content-Type"] or "application/json"
  end
  return wrk.format(r.method, (r.path:gsub("__N__", unique)), headers, body)
end

function response(status, headers, body)
  if status >= 500 then
    server_errors = server_errors + 1
  end
  if (expect == "ok" and status >= 400) or (expect == "304" and status ~= 304)
      or (expect == "no5xx" and status >= 500) then
    unexpected = unexpected + 1
  end
end

function done(summary, latency, requests)
  local wrong, fivexx = 0, 0
  for _, thread in ipairs(threads) do
    wrong = wrong + thread:get("unexpected")
    fivexx = fivexx + thread:get("server_errors")
  end
  local e = summary.errors
  -- one tab-separated line that soak.sh turns into a table row
  io.write(string.format("RESULT\t%s\t%d\t%d\t%d\t%d\t%.2f\t%.2f\t%.1f\n", os.getenv("SOAK_CLASS"),
    summary.requests, wrong, fivexx, e.connect + e.read + e.write + e.timeout,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, summary.requests / (summary.duration / 1e6)))
end
