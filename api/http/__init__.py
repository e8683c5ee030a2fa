"""HTTP concerns shared by every router: problems, caching, pagination, fields, middleware."""
