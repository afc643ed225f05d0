-- wrk script for bench/server_load.sh: POST /v1/score with one real client's record.
-- BODY_FILE holds the JSON body, API_KEY the key, LANG_QUERY the language (default en).
local file = assert(io.open(os.getenv("BODY_FILE"), "rb"))
local body = file:read("*a")
file:close()

wrk.method = "POST"
wrk.path = "/v1/score?lang=" .. (os.getenv("LANG_QUERY") or "en")
wrk.body = body
wrk.headers["Content-Type"] = "application/json"
wrk.headers["X-API-Key"] = os.getenv("API_KEY")

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
