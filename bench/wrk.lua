-- wrk script shared by every scenario. Configured through the environment:
--   BENCH_COOKIE   Cookie header (auth cookie + antiforgery cookie)
--   BENCH_METHOD   GET or POST
--   BENCH_LINES    file with one line per request: "path" for GET, "path<TAB>body" for POST; threads take disjoint
--                  slices and walk through them once, then wrap around (a wrapped command request is invalid and
--                  shows up as an unexpected status)
--   BENCH_EXPECT   the status a successful request answers with (200 for pages, 302 for commands)
local cookie = os.getenv("BENCH_COOKIE") or ""
local method = os.getenv("BENCH_METHOD") or "GET"
local expect = tonumber(os.getenv("BENCH_EXPECT") or "200")
local threads = {}
local counter = 0

function setup(thread)
  thread:set("tid", counter)
  counter = counter + 1
  table.insert(threads, thread)
end

function init(args)
  local nthreads = counter
  local all = {}
  for line in io.lines(os.getenv("BENCH_LINES")) do
    if line ~= "" then table.insert(all, line) end
  end
  local n = tonumber(os.getenv("BENCH_THREADS") or "1")
  lines = {}
  if #all < n then
    lines = all -- a single page URL: every thread requests it
  else
    for i, line in ipairs(all) do
      if (i - 1) % n == tid then table.insert(lines, line) end
    end
  end
  pos = 0
  bad = 0
  statuses = {}
  wrapped = 0
end

function request()
  pos = pos + 1
  if pos > #lines then pos = 1; wrapped = wrapped + 1 end
  local line = lines[pos]
  local path, body = line:match("^([^\t]*)\t?(.*)$")
  local headers = { ["Cookie"] = cookie }
  if method == "POST" then
    headers["Content-Type"] = "application/x-www-form-urlencoded"
    return wrk.format("POST", path, headers, body)
  end
  return wrk.format("GET", path, headers, nil)
end

function response(status, headers, body)
  if status ~= expect then
    bad = bad + 1
    statuses[status] = (statuses[status] or 0) + 1
  end
end

function done(summary, latency, requests)
  local bad_total, wrapped_total = 0, 0
  local st = {}
  for _, t in ipairs(threads) do
    bad_total = bad_total + (t:get("bad") or 0)
    wrapped_total = wrapped_total + (t:get("wrapped") or 0)
  end
  local secs = summary.duration / 1e6
  local errs = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("RESULT requests=%d rps=%.1f p50_ms=%.2f p95_ms=%.2f p99_ms=%.2f unexpected=%d non2xx3xx=%d socket_errors=%d wrapped=%d\n",
    summary.requests, summary.requests / secs, latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, bad_total, summary.errors.status, errs, wrapped_total))
end
