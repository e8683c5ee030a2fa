-- wrk script: a different search each request, so no cache can answer it
counter = 0
request = function()
  counter = counter + 1
  return wrk.format("GET", "/v1/poses?q=synthetic%20pose%20" .. (counter % 9973) .. "&limit=20")
end
