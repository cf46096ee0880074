-- Shared by the scenarios: with RATE set (requests/s over all of wrk's threads), each thread sends
-- on a fixed schedule instead of as fast as its connections come back, so that latency is measured
-- at a given load and not at saturation (where it is only concurrency over throughput). A request
-- whose slot has passed goes at once: if the service falls behind, the rate wrk reports is below
-- RATE and the latencies understate the wait (wrk times from the send), which run.sh's table shows.
local ffi = require("ffi")
ffi.cdef [[
  typedef struct { long tv_sec; long tv_usec; } bench_timeval;
  int gettimeofday(bench_timeval *tv, void *tz);
]]
local now_tv = ffi.new("bench_timeval")
local function now_ms()
  ffi.C.gettimeofday(now_tv, nil)
  return tonumber(now_tv.tv_sec) * 1000 + tonumber(now_tv.tv_usec) / 1000
end

local interval_ms = nil
local next_slot = nil
local rate = tonumber(os.getenv("RATE") or "")
if rate and rate > 0 then
  interval_ms = 1000 / (rate / tonumber(os.getenv("WRK_THREADS") or "2"))
end

function delay()
  if not interval_ms then
    return 0
  end
  local now = now_ms()
  next_slot = math.max(next_slot and next_slot + interval_ms or now, now - interval_ms)
  return math.max(0, next_slot - now)
end
