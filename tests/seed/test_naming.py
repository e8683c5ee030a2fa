"""One naming style, as docs/design.md ("Names: one style") documents it: the patterns are read
from that table, so the document and the data cannot drift apart."""

import json
import re
from enum import StrEnum
from pathlib import Path
from typing import Any

import pytest
import yaml

from models import vocabulary

ROOT = Path(__file__).parents[2]
VOCABULARY_SECTIONS = ("mobility_limits", "red_flags", "referral_actions")
RULE_PREFIXES = {
    "red_flag": "red-flag-",
    "pain_band": "pain-band-",
    "mobility_limit": "limit-",
    "duration": "duration-",
    "session": "session-",
}


def _patterns() -> dict[str, re.Pattern[str]]:
    """The `pattern` column of the design's naming table, by the start of its `what` column."""
    design = (ROOT / "docs" / "design.md").read_text(encoding="utf-8")
    table = design.split("## Names: one style", 1)[1].split("\n\n", 2)[1]
    patterns = {}
    for row in table.splitlines()[2:]:
        what, _style, pattern, _examples = (cell.strip() for cell in row.strip("|").split("|"))
        patterns[what.split(" (")[0]] = re.compile(pattern.strip("`"))
    return patterns


PATTERNS = _patterns()
FIELD, CODE, SLUG, REGION = (
    PATTERNS["JSON field names, query parameters"],
    PATTERNS["vocabulary codes"],
    PATTERNS["resource slugs"],
    PATTERNS["region codes"],
)


@pytest.fixture(scope="module")
def content() -> dict[str, Any]:
    return yaml.safe_load((ROOT / "seed" / "content.yaml").read_text(encoding="utf-8"))


def _slugs(value: Any, path: str) -> list[tuple[str, str]]:
    """Every (path, slug) under value: the `slug` keys of resources and references alike."""
    found = []
    if isinstance(value, dict):
        for key, item in value.items():
            if key == "slug" and isinstance(item, str):
                found.append((path, item))
            else:
                found += _slugs(item, f"{path}.{key}")
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += _slugs(item, f"{path}[{index}]")
    return found


def test_the_design_documents_each_pattern() -> None:
    assert set(PATTERNS) == {
        "JSON field names, query parameters",
        "vocabulary codes",
        "resource slugs",
        "region codes",
    }
    assert SLUG.match("childs-pose") and not SLUG.match("cannot_kneel")
    assert CODE.match("cannot_kneel") and not CODE.match("childs-pose")


def test_every_resource_slug_is_kebab_case(content: dict[str, Any]) -> None:
    slugs = [
        (path, slug)
        for section, value in content.items()
        for path, slug in _slugs(value, section)
        if not (section in VOCABULARY_SECTIONS and re.fullmatch(rf"{section}\[\d+\]", path))
    ]
    assert len(slugs) > 300  # poses, modifications, routines, rules, sources and references
    assert [(path, slug) for path, slug in slugs if not SLUG.fullmatch(slug)] == []


def test_every_vocabulary_code_is_snake_case(content: dict[str, Any]) -> None:
    codes = [(s, term["slug"]) for s in VOCABULARY_SECTIONS for term in content[s]]
    enums = [
        value
        for value in vars(vocabulary).values()
        if isinstance(value, type) and issubclass(value, StrEnum) and value is not StrEnum
    ]
    codes += [
        (enum.__name__, m.value) for enum in enums if enum is not vocabulary.Region for m in enum
    ]
    assert [(where, code) for where, code in codes if not CODE.fullmatch(code)] == []
    assert [r.value for r in vocabulary.Region if not REGION.fullmatch(r.value)] == []


def test_rule_slugs_start_with_their_kind_and_name_their_term(content: dict[str, Any]) -> None:
    rules = content["safety_rules"]
    assert [
        (rule["slug"], rule["kind"])
        for rule in rules
        if not rule["slug"].startswith(RULE_PREFIXES[rule["kind"]])
    ] == []
    slugs = {rule["slug"] for rule in rules}
    for section, prefix in (("mobility_limits", "limit-"), ("red_flags", "red-flag-")):
        for term in content[section]:
            assert prefix + term["slug"].replace("_", "-") in slugs, term["slug"]


def test_every_field_and_parameter_in_the_spec_is_snake_case() -> None:
    spec = json.loads((ROOT / "openapi" / "openapi.json").read_text(encoding="utf-8"))
    names = [
        (schema_name, field)
        for schema_name, schema in spec["components"]["schemas"].items()
        for field in schema.get("properties", {})
    ]
    names += [
        (f"{method} {path}", parameter["name"])
        for path, item in spec["paths"].items()
        for method, operation in item.items()
        for parameter in operation.get("parameters", [])
        if parameter["in"] != "header"  # HTTP's own names (If-Match), not ours to choose
    ]
    assert len(names) > 200
    assert [(where, name) for where, name in names if not FIELD.fullmatch(name)] == []
