-- wrk script: POST a compose body (moderate pain, cannot kneel)
wrk.method = "POST"
wrk.body = '{"pain_level": 5, "mobility_limits": ["cannot_kneel"]}'
wrk.headers["Content-Type"] = "application/json"
