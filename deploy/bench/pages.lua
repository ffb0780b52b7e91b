-- wrk script for ./portcullis bench-pages: requests the paths listed in the file named by BENCH_PATHS in turn
-- (one per line) and prints one RESULT line with the latency percentiles in milliseconds.
local paths = {}
local next_index = 0

function init(args)
  for line in io.lines(os.getenv("BENCH_PATHS")) do
    if line ~= "" then paths[#paths + 1] = line end
  end
end

function request()
  next_index = next_index % #paths + 1
  return wrk.format("GET", paths[next_index])
end

function done(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format(
    "RESULT requests=%d socket_errors=%d http_errors=%d p50=%.1f p95=%.1f p99=%.1f max=%.1f rps=%.1f\n",
    summary.requests, errors, summary.errors.status, latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000, summary.requests / (summary.duration / 1e6)))
end
