"""Stretchbase: the web app, its settings, database access, routers, and the pure composer."""
