-- wrk script for the facade benchmark (run.sh): one ROCARS workload against one base URL (facade or bare YARP).
-- Environment:
--   WORKLOAD  read  : GET /rocars/xml/v1/aci/<ccrn>, cycling over CCRNS (comma-separated), as DRIVER (a driver key)
--             write : POST /rocars/xml/v1/aci, the contract sample SAMPLE (01-aci-accepted.xml) with its crossing
--                     placeholder filled to now + 3 h (Hong Kong) and a unique MessageId, from KEYS shipper keys
--   NAME      the label of the printed line;  RUN  digits making MessageIds unique across wrk runs on one store
-- Prints one line: <NAME> req/s=… p50=…ms p99=…ms non2xx=… errors=… [accepted=… rejected=…]

local workload = os.getenv("WORKLOAD") or "read"
local name = os.getenv("NAME") or workload
local run = os.getenv("RUN") or "1"
local keys = tonumber(os.getenv("KEYS") or "8")
local threads = {}
local counter = 0

-- `tid` is a global each thread gets from setup (thread:set sets a global of the thread's Lua state).
function setup(thread)
  thread:set("tid", #threads + 1)
  table.insert(threads, thread)
end

local ccrns = {}
for ccrn in string.gmatch(os.getenv("CCRNS") or "", "[^,]+") do
  table.insert(ccrns, ccrn)
end
local driver = os.getenv("DRIVER") or "lt-driver-1"

-- The sample split around the two things that change per request; the rest is sent as the contract shows it.
local head, middle, tail
if workload == "write" then
  local file = assert(io.open(os.getenv("SAMPLE") or "", "rb"), "SAMPLE must name 01-aci-accepted.xml")
  local sample = file:read("*a")
  file:close()
  local a, b = sample:find("<MessageId>[^<]*</MessageId>")
  local c, d = sample:find("${NOW+PT3H:ISO}", 1, true)
  assert(a and c and b < c, "the sample's MessageId and ${NOW+PT3H:ISO} were not found")
  head, middle, tail = sample:sub(1, a - 1), sample:sub(b + 1, c - 1), sample:sub(d + 1)
end

local crossingAt, crossing = 0, ""
local function expectedCrossing()
  local now = os.time()
  if now ~= crossingAt then
    -- Hong Kong is UTC+8 all year; three hours ahead is inside R010's 30 minutes to 14 days.
    crossingAt, crossing = now, os.date("!%Y-%m-%dT%H:%M:%S+08:00", now + 8 * 3600 + 3 * 3600)
  end
  return crossing
end

-- PACE_MS (optional): each connection waits this long after an answer before its next request, so a run can hold
-- the machine below saturation (latency then shows the path's cost, not queueing behind a full CPU).
local pace = tonumber(os.getenv("PACE_MS") or "0")
if pace > 0 then
  function delay()
    return pace
  end
end

function request()
  counter = counter + 1
  if workload == "read" then
    return wrk.format("GET", "/rocars/xml/v1/aci/" .. ccrns[(counter % #ccrns) + 1], { ["X-Api-Key"] = driver })
  end
  local body = head .. "<MessageId>LT" .. run .. "-" .. tid .. "-" .. counter .. "</MessageId>" .. middle .. expectedCrossing() .. tail
  local key = "lt-shipper-" .. tostring(counter % keys + 1)
  return wrk.format("POST", "/rocars/xml/v1/aci", { ["X-Api-Key"] = key, ["Content-Type"] = "application/xml" }, body)
end

-- Writes answered 200 but REJECTED would be fast and meaningless; they are counted so a run of them shows.
accepted = 0
rejected = 0
if workload == "write" then
  function response(status, headers, body)
    if status == 200 and body:find("<Status>ACCEPTED</Status>", 1, true) then
      accepted = accepted + 1
    elseif status == 200 then
      rejected = rejected + 1
    end
  end
end

function done(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  local line = string.format("%s req/s=%.1f p50=%.2fms p99=%.2fms non2xx=%d errors=%d", name,
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    summary.errors.status, errors)
  if workload == "write" then
    local a, r = 0, 0
    for _, thread in ipairs(threads) do
      a = a + thread:get("accepted")
      r = r + thread:get("rejected")
    end
    line = line .. string.format(" accepted=%d rejected=%d", a, r)
  end
  io.write(line .. " requests=" .. summary.requests .. "\n")
end
