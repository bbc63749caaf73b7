-- wrk script: a realistic mix of the four legacy interfaces' submissions against one core (or stand-in) URL.
-- Each request is unique (interchange refs, LRNs, trips, MessageIds, air waybill numbers), so every one is a new
-- submission the server checks, numbers, risk-assesses where the contract says so, and stores.
-- Mix per 8 requests: GETS CUSDEC 2, EMAN CUSCAR 1, ROCARS ACI 3, ACCS FWB 2.
-- Environment: RUN (a few digits making ids unique across runs on one store).

local run = os.getenv("RUN") or "1"
local threads = {}
local counter = 0
-- KEYS client keys per interface (lt-gets-1 … configured by run.sh): traffic comes from many traders, and the core
-- serialises only the requests of one key.
local keys = tonumber(os.getenv("KEYS") or "0")
local function key(name, default)
  if keys <= 0 then
    return default
  end
  return "lt-" .. name .. "-" .. tostring(math.floor(counter / 8) % keys + 1)
end
local hk = 8 * 3600

-- `tid` is a global each thread gets from setup (thread:set sets a global of the thread's Lua state).
function setup(thread)
  thread:set("tid", #threads + 1)
  table.insert(threads, thread)
end

local function hkdate(fmt, offset)
  return os.date("!" .. fmt, os.time() + hk + (offset or 0))
end

local function gets(id)
  local body = "UNA:+.? 'UNB+UNOC:3+TRADELINK01:ZZZ+HKGETS:ZZZ+" .. hkdate("%y%m%d") .. ":" .. hkdate("%H%M") .. "+L" .. id .. "'\n" ..
    "UNH+M1+CUSDEC:D:96B:UN:HKTDEC'\nBGM+830+LRN-" .. id .. "+9'\nGIS+1:HKF'\nDTM+137:" .. hkdate("%Y%m%d") .. ":102'\n" ..
    "DTM+132:" .. hkdate("%Y%m%d", -6 * 86400) .. ":102'\nRFF+BM:MSCUHK1234567'\n" ..
    "NAD+DT+12345678:160:HKBR++ACME TRADING LTD+12 SAMPLE ROAD+KWUN TONG++000000+HK'\n" ..
    "NAD+IM+12345678:160:HKBR++ACME TRADING LTD+12 SAMPLE ROAD+KWUN TONG++000000+HK'\n" ..
    "TDT+20++1+++++V123E:::MSC AURORA'\nLOC+35+CN'\nLOC+9+CNSHA'\n" ..
    "CST+1+85177900:HKHS'\nFTX+AAA+++MOBILE PHONE PARTS'\nQTY+47:1200:PCE'\nMOA+38:60000.00:HKD'\nLOC+27+CN'\n" ..
    "CST+2+95030000:HKHS'\nFTX+AAA+++PLASTIC TOY FIGURES'\nQTY+47:500:KGM'\nMOA+38:40000.00:HKD'\nLOC+27+CN'\n" ..
    "CNT+5:2'\nUNT+23+M1'\nUNZ+1+L" .. id .. "'\n"
  return wrk.format("POST", "/gets/v1/messages", { ["X-Api-Key"] = key("gets", "test-tradelink"), ["Content-Type"] = "application/edifact" }, body)
end

local function eman(id)
  local at = hkdate("%Y%m%d%H%M")
  local body = "UNA:+.? 'UNB+UNOC:3+MSCUAGENT:ZZZ+HKEMAN:ZZZ+" .. hkdate("%y%m%d") .. ":" .. hkdate("%H%M") .. "+E" .. id .. "'\n" ..
    "UNH+M1+CUSCAR:D:95B:UN:HKEMAN'\nBGM+85+MSC-" .. id .. "+9'\nGIS+S1:HKM'\nGIS+IM:HKD'\nDTM+137:" .. at .. ":203'\n" ..
    "NAD+CA+MSCU::HKC++MEDITERRANEAN SHIPPING CO'\nTDT+20+V" .. id .. "+1++MSCU:172:20+++9876543:103::MSC AURORA'\n" ..
    "LOC+9+CNSHA'\nLOC+11+HKHKG'\nDTM+132:" .. hkdate("%Y%m%d%H%M", 86400) .. ":203'\n" ..
    "CNT+11:240'\nCNT+7:2720.750'\nCNT+16:2'\n" ..
    "EQD+CN+MSCU1234566+45G1+++5'\nSEL+SL778899+CA'\nEQD+CN+CSQU3054383+45G1+++5'\nSEL+SL778899+CA'\n" ..
    "CNI+1+MSCUHK1234567'\nNAD+CZ+++SHENZHEN GADGETS CO+88 NANSHAN AVENUE+SHENZHEN++518000+CN'\n" ..
    "NAD+CN+++ACME TRADING LTD+12 SAMPLE ROAD+KWUN TONG++000000+HK'\nGID+1+120:CT'\nFTX+AAA+++MOBILE PHONE PARTS'\n" ..
    "PIA+5+851779:HS'\nMEA+WT+G+KGM:1500.500'\nMEA+VOL+AAW+MTQ:12.400'\nSGP+MSCU1234566+120'\n" ..
    "CNI+2+MSCUHK1234568'\nNAD+CZ+++SHENZHEN GADGETS CO+88 NANSHAN AVENUE+SHENZHEN++518000+CN'\n" ..
    "NAD+CN+++ACME TRADING LTD+12 SAMPLE ROAD+KWUN TONG++000000+HK'\nGID+1+80:CT'\nFTX+AAA+++PLASTIC TOY FIGURES'\n" ..
    "PIA+5+950300:HS'\nMEA+WT+G+KGM:900.000'\nMEA+VOL+AAW+MTQ:20.000'\nSGP+CSQU3054383+80'\n" ..
    "GID+2+40:CT'\nFTX+AAA+++COTTON T-SHIRTS'\nPIA+5+610910:HS'\nMEA+WT+G+KGM:320.250'\nMEA+VOL+AAW+MTQ:4.100'\n" ..
    "SGP+CSQU3054383+40'\nUNT+42+M1'\nUNZ+1+E" .. id .. "'\n"
  return wrk.format("POST", "/eman/v1/manifests", { ["X-Api-Key"] = key("eman", "test-msc"), ["Content-Type"] = "application/edifact" }, body)
end

local function rocars(id)
  local crossing = hkdate("%Y-%m-%dT%H:%M:%S+08:00", 3 * 3600)
  local body = '<?xml version="1.0" encoding="utf-8"?>\n<AciSubmission xmlns="urn:hk:rocars:1">' ..
    "<MessageId>L" .. id .. "</MessageId><Function>ORIGINAL</Function><Direction>IMPORT</Direction>" ..
    "<ControlPoint>LMC</ControlPoint><ExpectedCrossing>" .. crossing .. "</ExpectedCrossing>" ..
    "<Shipper><Name>SWIFT FORWARDING LTD</Name><Address>8 CANTON ROAD, TSIM SHA TSUI</Address></Shipper>" ..
    "<Consignor><Name>SHENZHEN GADGETS CO</Name><Address>88 NANSHAN AVENUE, SHENZHEN</Address></Consignor>" ..
    "<Consignee><Name>ACME TRADING LTD</Name><Address>12 SAMPLE ROAD, KWUN TONG</Address></Consignee>" ..
    "<Packages><Count>40</Count><Description>CARTONS</Description></Packages><Articles><Article>" ..
    "<Description>MOBILE PHONE PARTS</Description><HsCode>85177900</HsCode><GrossWeightKg>420.500</GrossWeightKg>" ..
    "<ValueHkd>88000.00</ValueHkd></Article></Articles></AciSubmission>"
  return wrk.format("POST", "/rocars/xml/v1/aci", { ["X-Api-Key"] = key("rocars", "test-shipper"), ["Content-Type"] = "application/xml" }, body)
end

local function accs(n)
  local serial = (tid * 3000000 + n + tonumber(run) * 7919) % 10000000
  local awb = string.format("160-%07d%d", serial, serial % 7)
  local body = "FWB/16\r\n" .. awb .. "HKGLHR/T10K100.0MC0.72\r\nFLT/CX251/" .. hkdate("%d") .. "\r\nRTG/LHRCX\r\n" ..
    "SHP\r\nNAM/ACME TRADING LTD\r\nADR/12 SAMPLE ROAD\r\nLOC/KWUN TONG\r\n/HK\r\n" ..
    "CNE\r\nNAM/BRITISH IMPORTS PLC\r\nADR/1 HIGH STREET\r\nLOC/LONDON\r\n/GB/EC1A1AA\r\n" ..
    "CVD/HKD//PP/NVD/250000.00/XXX\r\nNG/ELECTRONIC COMPONENTS\r\nHTS/85423100\r\n"
  return wrk.format("POST", "/accs/v1/messages", { ["X-Api-Key"] = key("accs", "test-cathay"), ["Content-Type"] = "text/plain" }, body)
end

local mix = { gets, rocars, accs, gets, rocars, eman, accs, rocars }
-- ONLY=gets|eman|rocars|accs measures one interface alone.
local only = ({ gets = gets, eman = eman, rocars = rocars, accs = accs })[os.getenv("ONLY") or ""]
if only then
  mix = { only }
end

function request()
  counter = counter + 1
  local id = string.format("%s%d%07d", run, tid, counter)
  local make = mix[(counter % #mix) + 1]
  if make == accs then
    return accs(counter)
  end
  return make(id)
end

-- Business rejections answered with HTTP 200 (CUSRES error groups, ROCARS REJECTED, ACCS FNA) are counted, so a run
-- whose submissions were refused is not mistaken for throughput.
rejected = 0
accepted = 0

function response(status, headers, body)
  if status == 200 and (body:find("ERC+", 1, true) or body:find("<Status>REJECTED", 1, true) or body:find("FNA/", 1, true)) then
    rejected = rejected + 1
  elseif status == 200 then
    accepted = accepted + 1
  end
end

function done(summary, latency, requests)
  local a, r = 0, 0
  for _, thread in ipairs(threads) do
    a = a + thread:get("accepted")
    r = r + thread:get("rejected")
  end
  local seconds = summary.duration / 1e6
  io.write(string.format("MIX requests=%d accepted=%d rejected=%d non2xx=%d errors=%d rate=%.1f/s p50=%.2fms p90=%.2fms p99=%.2fms max=%.2fms\n",
    summary.requests, a, r, summary.errors.status, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.requests / seconds, latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
