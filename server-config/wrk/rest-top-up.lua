-- REST top-ups for wrk, each with its own Idempotency-Key (see common.lua for ACCOUNTS and TOKEN):
-- TOKEN=… wrk -t4 -c16 -d20s --latency -s server-config/wrk/rest-top-up.lua http://localhost:8080
dofile((os.getenv("WRK_DIR") or "server-config/wrk") .. "/common.lua")

request = function()
  local key, account = next_call()
  return wrk.format("POST", "/cardhub/api/v1/top-ups", {["Authorization"] = "Bearer " .. os.getenv("TOKEN"),
      ["Content-Type"] = "application/json", ["Idempotency-Key"] = "w" .. key},
      '{"account":"' .. account .. '","amount":"1.00"}')
end

-- No response callback: handing every answer to Lua would cost the two cores more than Cardhub's JSON does.
-- Every 2xx answer of this endpoint is a credited top-up; wrk counts the others itself.
counts_statuses_only = true
