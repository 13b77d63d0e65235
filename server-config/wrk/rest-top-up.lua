-- REST top-ups for wrk, each with its own Idempotency-Key (see common.lua for ACCOUNTS and TOKEN):
-- TOKEN=… wrk -t4 -c16 -d20s --latency -s server-config/wrk/rest-top-up.lua http://localhost:8080
dofile((os.getenv("WRK_DIR") or "server-config/wrk") .. "/common.lua")

request = function()
  local key, account = next_call()
  return wrk.format("POST", "/cardhub/api/v1/top-ups", {["Authorization"] = "Bearer " .. os.getenv("TOKEN"),
      ["Content-Type"] = "application/json", ["Idempotency-Key"] = "w" .. key},
      '{"account":"' .. account .. '","amount":"1.00"}')
end

response = function(status, headers, body)
  count(status == 201 and "credited" or ("HTTP " .. status))
end
