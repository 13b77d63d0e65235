-- Agent pays for wrk, each with its own txn_id (see common.lua for ACCOUNTS and TOKEN):
-- TOKEN=… wrk -t4 -c16 -d20s --latency -s server-config/wrk/agent-pay.lua http://localhost:8080
dofile((os.getenv("WRK_DIR") or "server-config/wrk") .. "/common.lua")

request = function()
  local txn, account = next_call()
  return wrk.format("GET", "/cardhub/agent?command=pay&txn_id=" .. txn .. "&txn_date=20261121120000&account="
      .. account .. "&sum=1.00", {["Authorization"] = "Bearer " .. os.getenv("TOKEN")})
end

response = function(status, headers, body)
  local result = body:match("<result>(%d+)</result>")
  count(result == "0" and "credited" or ("HTTP " .. status .. " result " .. (result or "-")))
end
