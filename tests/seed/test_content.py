"""The seed file says what the article says: slugs, order, steps, doses, modifications."""

import re

import pytest

from models.values import Range
from models.vocabulary import Sides
from seed import ARTICLE_FILE
from seed.schema import SeedContent
from tests.compose.scenarios import ALL as ARTICLE_ORDER


def test_the_seven_poses_in_article_order(seed_content: SeedContent) -> None:
    assert [p.slug for p in seed_content.poses] == ARTICLE_ORDER
    assert [p.name for p in seed_content.poses] == [
        "Goddess Pose",
        "Child's Pose",
        "Cat-Cow Stretch",
        "Lower-Back Twist",
        "Knee-to-Chest Stretch",
        "The Pelvic Tilt",
        "Happy Baby Pose",
    ]


def test_every_instruction_bullet_is_a_step(seed_content: SeedContent) -> None:
    assert [len(p.steps) for p in seed_content.poses] == [10, 5, 9, 7, 6, 5, 5]
    assert sum(len(p.steps) for p in seed_content.poses) == 47


def test_step_count_matches_the_article_bullets(seed_content: SeedContent) -> None:
    """Count the bullets under each numbered pose heading in the article itself."""
    article = ARTICLE_FILE.read_text(encoding="utf-8")
    sections = re.split(r"^\d\. .+$", article, flags=re.MULTILINE)[1:]
    bullets = [len(re.findall(r"^\s*•", section, flags=re.MULTILINE)) for section in sections]
    assert bullets == [len(p.steps) for p in seed_content.poses]


@pytest.mark.parametrize(
    ("slug", "measure", "value", "sides"),
    [
        ("goddess-pose", "breaths", Range(min=5, max=10), Sides.both),
        ("childs-pose", "hold_seconds", Range(min=30, max=None), Sides.both),
        ("cat-cow", "duration_seconds", Range(min=60, max=None), Sides.both),
        ("lower-back-twist", "hold_seconds", Range(min=30, max=30), Sides.each),
        ("knee-to-chest", "hold_seconds", Range(min=20, max=30), Sides.both),
        ("pelvic-tilt", "repetitions", Range(min=10, max=15), Sides.both),
        ("happy-baby", "breaths", Range(min=8, max=10), Sides.both),
    ],
)
def test_doses_are_the_articles_numbers(
    seed_content: SeedContent, slug: str, measure: str, value: Range, sides: Sides
) -> None:
    pose = next(p for p in seed_content.poses if p.slug == slug)
    assert getattr(pose.dose, measure) == value
    assert pose.dose.sides == sides


def test_dynamic_poses(seed_content: SeedContent) -> None:
    kinds = {p.slug: p.kind for p in seed_content.poses}
    assert {s for s, k in kinds.items() if k == "dynamic"} == {"cat-cow", "pelvic-tilt"}
    cat_cow = next(p for p in seed_content.poses if p.slug == "cat-cow")
    assert cat_cow.dose.cycle_seconds == 10  # 5 s each way


def test_the_articles_own_modifications(seed_content: SeedContent) -> None:
    mods = {m.slug: (p.slug, m) for p in seed_content.poses for m in p.modifications}
    pose, belly = mods["childs-pose-pillow-under-belly"]
    assert pose == "childs-pose" and "pillow under your belly" in belly.instruction
    assert belly.source.source == "hip-stretches-article"
    pose, knees = mods["lower-back-twist-pillow-under-knees"]
    assert pose == "lower-back-twist" and "rolled-up blanket" in knees.instruction
    assert knees.source.source == "hip-stretches-article"


def test_other_names(seed_content: SeedContent) -> None:
    names = {p.slug: p.other_names for p in seed_content.poses}
    assert "Balasana" in names["childs-pose"]
    assert "Ananda Balasana" in names["happy-baby"]
    assert "Apanasana" in names["knee-to-chest"]
    assert "Utkata Konasana" in names["goddess-pose"]
    assert any("Marjaryasana" in n for n in names["cat-cow"])


def test_typos_fixed_meaning_kept(seed_content: SeedContent) -> None:
    goddess = next(p for p in seed_content.poses if p.slug == "goddess-pose")
    assert "you're" not in goddess.steps[1].text
    assert "heels in" in goddess.steps[1].text and "45-degree" in goddess.steps[1].text


def test_every_pose_and_modification_names_its_source_section(seed_content: SeedContent) -> None:
    for pose in seed_content.poses:
        assert pose.source.section
        for mod in pose.modifications:
            assert mod.source.section, mod.slug


def test_the_routine_is_all_seven_in_article_order(seed_content: SeedContent) -> None:
    (routine,) = seed_content.routines
    assert routine.slug == "seven-best-hip-stretches"
    assert [item.pose for item in routine.items] == ARTICLE_ORDER
    assert sorted(item.priority for item in routine.items) == list(range(1, 8))


def test_the_articles_general_content_is_kept(seed_content: SeedContent) -> None:
    article = next(s for s in seed_content.sources if s.slug == "hip-stretches-article")
    sections = {s.slug: s for s in article.sections}
    assert len(sections["self-care"].items) == 8
    assert len(sections["stretching-tips"].items) == 5
    assert len(sections["strains"].items) == 5


def test_every_rule_cites_a_known_source(seed_content: SeedContent) -> None:
    known = {s.slug for s in seed_content.sources}
    for rule in seed_content.safety_rules:
        assert rule.sources and all(ref.source in known for ref in rule.sources), rule.slug


def test_docs_list_every_rule(seed_content: SeedContent) -> None:
    docs = (ARTICLE_FILE.parents[1] / "docs" / "rules.md").read_text(encoding="utf-8")
    missing = [rule.slug for rule in seed_content.safety_rules if f"`{rule.slug}`" not in docs]
    assert missing == [], "add these rules to docs/rules.md"
