-- GET the URL with the bench's API key; with a file of ids after "--", GET {path}/{random id}.
dofile("bench/lua/report.lua")
dofile("bench/lua/pace.lua")

local ids = {}

function init(args)
  wrk.headers["x-api-key"] = os.getenv("BENCH_KEY")
  if args[1] then
    for line in io.lines(args[1]) do
      ids[#ids + 1] = line
    end
  end
end

function request()
  if #ids > 0 then
    return wrk.format("GET", wrk.path .. "/" .. ids[math.random(#ids)])
  end
  return wrk.format("GET", wrk.path)
end

function done(summary, latency, requests)
  report(summary, latency)
end
