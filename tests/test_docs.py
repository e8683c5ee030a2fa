"""The project's documents stand alone: a clone holds everything they point to."""

import re
import subprocess
from enum import StrEnum
from pathlib import Path

import pytest

from models import vocabulary

ROOT = Path(__file__).parents[1]
# Spelt in pieces, so that this file does not match itself.
OUTSIDE = re.compile(r"\.\./" + "shared|" + "DESIGN" + r"(\.md|\s*§)")
MARKDOWN_LINK = re.compile(r"(?<!\!)\[[^\]]*\]\(([^)\s]+)\)")
EXTERNAL = ("http://", "https://", "mailto:")


def _tracked_files() -> list[Path]:
    listed = subprocess.run(
        ["git", "ls-files", "-z"], cwd=ROOT, check=True, capture_output=True
    ).stdout
    return [ROOT / name for name in listed.decode().split("\0") if name]


def _documents() -> list[Path]:
    return [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]


def _anchor(heading: str) -> str:
    """GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens."""
    text = re.sub(r"[`*_]", "", heading.strip().lower())
    return re.sub(r"[^\w\- ]", "", text).replace(" ", "-")


def _anchors(document: Path) -> set[str]:
    text = document.read_text(encoding="utf-8")
    text = re.sub(r"```.*?```", "", text, flags=re.DOTALL)  # no headings in code blocks
    return {_anchor(m.group(1)) for m in re.finditer(r"^#+\s+(.+)$", text, re.MULTILINE)}


def test_no_tracked_file_points_outside_the_repository() -> None:
    """The contract lives in docs/design.md: nothing refers to a document a clone lacks."""
    offenders = []
    for path in _tracked_files():
        if not path.is_file():
            continue
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            continue  # images, the saved-routine dictionary
        offenders += [
            f"{path.relative_to(ROOT)}:{text.count(chr(10), 0, m.start()) + 1}: {m.group(0)}"
            for m in OUTSIDE.finditer(text)
        ]
    assert offenders == []


@pytest.mark.parametrize("document", _documents(), ids=lambda p: p.name)
def test_every_relative_link_resolves(document: Path) -> None:
    """Each relative link in the README and docs/ names a file (and, with a #fragment into a
    Markdown file, one of its headings) that exists."""
    text = re.sub(r"```.*?```", "", document.read_text(encoding="utf-8"), flags=re.DOTALL)
    broken = []
    for target in MARKDOWN_LINK.findall(text):
        if target.startswith(EXTERNAL):
            continue
        name, _, fragment = target.partition("#")
        resolved = (document.parent / name).resolve() if name else document
        missing_anchor = (
            resolved.is_file()
            and fragment
            and resolved.suffix == ".md"
            and fragment not in _anchors(resolved)
        )
        if not resolved.exists() or missing_anchor:
            broken.append(target)
    assert broken == []


def test_the_design_lists_every_vocabulary_value() -> None:
    """docs/design.md's vocabulary is the code's: a value added to models/vocabulary.py and not
    documented fails here."""
    design = (ROOT / "docs" / "design.md").read_text(encoding="utf-8")
    enums = [
        value
        for value in vars(vocabulary).values()
        if isinstance(value, type) and issubclass(value, StrEnum) and value is not StrEnum
    ]
    assert len(enums) > 15
    missing = [f"{enum.__name__}.{member.value}" for enum in enums for member in enum]
    missing = [name for name in missing if f"`{name.split('.', 1)[1]}`" not in design]
    assert missing == []


def test_the_code_has_a_licence_and_the_content_says_whose_it_is() -> None:
    licence = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert licence.startswith("MIT License")
    assert 'license = { text = "MIT" }' in (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    partners = (ROOT / "docs" / "partners.md").read_text(encoding="utf-8")
    assert "CC BY 4.0" in partners and "Open Government Licence v3.0" in partners
