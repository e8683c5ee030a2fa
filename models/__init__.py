"""Tables and schemas, one module per resource.

This package file stays empty on purpose: the pure value modules (vocabulary, values,
rule_language, composition) must be importable by the composer without pulling in SQL.
"""
