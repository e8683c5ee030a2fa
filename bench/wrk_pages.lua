-- wrk script: a different page of the list each request, so no cache can answer it
counter = 0
request = function()
  counter = counter + 1
  return wrk.format("GET", "/v1/poses?limit=20&offset=" .. ((counter * 20) % 9980))
end
