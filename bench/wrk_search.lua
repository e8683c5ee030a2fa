-- wrk script: a different search each request; the counter parameter (ignored by the API)
-- makes every URL new, so no cache can answer and every request runs the query.
counter = 0
request = function()
  counter = counter + 1
  return wrk.format("GET", "/v1/poses?q=pose%20" .. (counter % 9973) .. "&limit=20&n=" .. counter)
end
