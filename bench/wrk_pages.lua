-- wrk script: a different page of the list each request; the counter parameter (ignored by
-- the API) makes every URL new, so no cache can answer and every request builds its page.
counter = 0
request = function()
  counter = counter + 1
  return wrk.format("GET", "/v1/poses?limit=20&offset=" .. ((counter * 20) % 9980) .. "&n=" .. counter)
end
