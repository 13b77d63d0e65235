-- Agent pays for wrk: each request its own txn_id, in turn to the three demo pupils. TOKEN: an agent-demo access token.
-- wrk -t4 -c16 -d20s -s server-config/wrk/agent-pay.lua http://localhost:8080
local counter = 0
nthreads = 0
function setup(thread)
  nthreads = nthreads + 1
  thread:set("tid", nthreads)
end
function init(args)
  base = os.time() * 100000 + tid * 10000000000000
end
request = function()
  counter = counter + 1
  local accounts = {"10000001", "10000002", "10000003"}
  local acc = accounts[(counter % 3) + 1]
  local path = "/cardhub/agent?command=pay&txn_id=" .. string.format("%d", base + counter) .. "&txn_date=20261121120000&account=" .. acc .. "&sum=1.00"
  return wrk.format("GET", path, {["Authorization"] = "Bearer " .. os.getenv("TOKEN")})
end
