-- wrk script for bench/server_load.sh: POST /v1/score with real clients' records.
-- BODY_FILES holds the paths of one or more JSON bodies (space-separated; BODY_FILE, one path,
-- is still read), API_KEY the key, LANG_QUERY the language (default en). With several bodies
-- each wrk connection thread sends them in turn, so the run covers clients with different
-- histories rather than one record repeated.
local bodies = {}
for path in string.gmatch(os.getenv("BODY_FILES") or os.getenv("BODY_FILE") or "", "%S+") do
  local file = assert(io.open(path, "rb"))
  bodies[#bodies + 1] = file:read("*a")
  file:close()
end
assert(#bodies > 0, "set BODY_FILES (or BODY_FILE) to the JSON bodies to post")

wrk.method = "POST"
wrk.path = "/v1/score?lang=" .. (os.getenv("LANG_QUERY") or "en")
wrk.body = bodies[1]
wrk.headers["Content-Type"] = "application/json"
wrk.headers["X-API-Key"] = os.getenv("API_KEY")

if #bodies > 1 then
  local next_body = 0
  function request()
    next_body = next_body % #bodies + 1
    return wrk.format(nil, nil, nil, bodies[next_body])
  end
end

-- DELAY_MS (bench/server_soak.sh): each connection waits this long after an answer before its
-- next request, which holds the offered load below the peak.
local delay_ms = tonumber(os.getenv("DELAY_MS") or "")
if delay_ms and delay_ms > 0 then
  function delay()
    return delay_ms
  end
end

-- Any answer other than 200 is a failed benchmark, not a fast one.
local failures = 0
function response(status, headers, body)
  if status ~= 200 then
    failures = failures + 1
    if failures <= 3 then
      io.stderr:write("unexpected status " .. status .. ": " .. body:sub(1, 200) .. "\n")
    end
  end
end
