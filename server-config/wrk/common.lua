-- Shared by agent-pay.lua and rest-top-up.lua: the accounts to pay into, a key per request that no other
-- thread or run uses, the answers counted by kind, and one summary line for server-config/benchmark.
-- ACCOUNTS: a file with one payee account per line (default: the three demo pupils).
-- TOKEN: an agent-demo access token.
local threads = {}

function load_accounts()
  local list = {}
  local path = os.getenv("ACCOUNTS")
  if path and path ~= "" then
    for line in io.lines(path) do
      if line ~= "" then list[#list + 1] = line end
    end
  else
    list = {"10000001", "10000002", "10000003"}
  end
  return list
end

function setup(thread)
  threads[#threads + 1] = thread
  thread:set("tid", #threads)
end

function init(args)
  accounts = load_accounts()
  base = os.time() * 100000 + tid * 10000000000000
  counter = 0
  answers = {}
end

function next_call()
  counter = counter + 1
  return string.format("%d", base + counter), accounts[(counter + tid * 7919) % #accounts + 1]
end

function count(kind)
  answers[kind] = (answers[kind] or 0) + 1
end

function done(summary, latency, requests)
  local totals = {}
  for _, thread in ipairs(threads) do
    for kind, n in pairs(thread:get("answers")) do
      totals[kind] = (totals[kind] or 0) + n
    end
  end
  if counts_statuses_only then
    totals = {credited = summary.requests - summary.errors.status}
    if summary.errors.status > 0 then totals["non-2xx"] = summary.errors.status end
  end
  local kinds = {}
  for kind, n in pairs(totals) do kinds[#kinds + 1] = string.format('"%s":%d', kind, n) end
  table.sort(kinds)
  local seconds = summary.duration / 1e6
  io.write(string.format('WRK-SUMMARY {"seconds":%.1f,"requests":%d,"throughput":%.1f,"credited":%d,'
      .. '"creditedPerSecond":%.1f,"p50":%.1f,"p95":%.1f,"p99":%.1f,"max":%.1f,"errors":%d,"answers":{%s}}\n',
      seconds, summary.requests, summary.requests / seconds, totals["credited"] or 0, (totals["credited"] or 0) / seconds,
      latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
      summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
      table.concat(kinds, ",")))
end
