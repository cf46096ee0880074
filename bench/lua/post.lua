-- POST the JSON body of the file given after "--" to the URL, with the bench's API key.
dofile("bench/lua/report.lua")
dofile("bench/lua/pace.lua")

function init(args)
  local file = assert(io.open(args[1], "r"))
  wrk.method = "POST"
  wrk.body = file:read("*a")
  file:close()
  wrk.headers["Content-Type"] = "application/json"
  wrk.headers["x-api-key"] = os.getenv("BENCH_KEY")
end

function done(summary, latency, requests)
  report(summary, latency)
end
