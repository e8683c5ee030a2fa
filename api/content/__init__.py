"""The in-memory content snapshot: built from the database, keyed by the content version."""
