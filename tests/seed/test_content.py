"""The seed file says what the article says: slugs, order, steps, doses, modifications."""

import re

import pytest
from fastapi.testclient import TestClient

from models.values import NumberRange
from models.vocabulary import Sides
from seed import ARTICLE_FILE
from seed.schema import SeedContent

ARTICLE_ORDER = [
    "goddess-pose",
    "childs-pose",
    "cat-cow",
    "lower-back-twist",
    "knee-to-chest",
    "pelvic-tilt",
    "happy-baby",
]
ARTICLE = "hip-stretches-article"


def article_poses(content: SeedContent) -> list:
    return [p for p in content.poses if p.source.slug == ARTICLE]


def test_the_seven_poses_in_article_order_come_first(seed_content: SeedContent) -> None:
    assert [p.slug for p in seed_content.poses[:7]] == ARTICLE_ORDER
    assert [p.slug for p in article_poses(seed_content)] == ARTICLE_ORDER
    assert [p.name for p in seed_content.poses[:7]] == [
        "Goddess Pose",
        "Child's Pose",
        "Cat-Cow Stretch",
        "Lower-Back Twist",
        "Knee-to-Chest Stretch",
        "The Pelvic Tilt",
        "Happy Baby Pose",
    ]


def test_every_instruction_bullet_is_a_step(seed_content: SeedContent) -> None:
    assert [len(p.steps) for p in article_poses(seed_content)] == [10, 5, 9, 7, 6, 5, 5]


def test_step_count_matches_the_article_bullets(seed_content: SeedContent) -> None:
    """Count the bullets under each numbered pose heading in the article itself."""
    article = ARTICLE_FILE.read_text(encoding="utf-8")
    sections = re.split(r"^\d\. .+$", article, flags=re.MULTILINE)[1:]
    bullets = [len(re.findall(r"^\s*•", section, flags=re.MULTILINE)) for section in sections]
    assert bullets == [len(p.steps) for p in article_poses(seed_content)]


@pytest.mark.parametrize(
    ("slug", "measure", "value", "sides"),
    [
        ("goddess-pose", "breaths", NumberRange(min=5, max=10), Sides.both),
        ("childs-pose", "hold_seconds", NumberRange(min=30, max=None), Sides.both),
        ("cat-cow", "duration_seconds", NumberRange(min=60, max=None), Sides.both),
        ("lower-back-twist", "hold_seconds", NumberRange(min=30, max=30), Sides.each),
        ("knee-to-chest", "hold_seconds", NumberRange(min=20, max=30), Sides.both),
        ("pelvic-tilt", "repetitions", NumberRange(min=10, max=15), Sides.both),
        ("happy-baby", "breaths", NumberRange(min=8, max=10), Sides.both),
    ],
)
def test_doses_are_the_articles_numbers(
    seed_content: SeedContent, slug: str, measure: str, value: NumberRange, sides: Sides
) -> None:
    pose = next(p for p in seed_content.poses if p.slug == slug)
    assert getattr(pose.dose, measure) == value
    assert pose.dose.sides == sides


def test_dynamic_poses(seed_content: SeedContent) -> None:
    kinds = {p.slug: p.kind for p in article_poses(seed_content)}
    assert {s for s, k in kinds.items() if k == "dynamic"} == {"cat-cow", "pelvic-tilt"}
    cat_cow = next(p for p in seed_content.poses if p.slug == "cat-cow")
    assert cat_cow.dose.cycle_seconds == 10  # 5 s each way


def test_the_articles_own_modifications(seed_content: SeedContent) -> None:
    mods = {m.slug: (p.slug, m) for p in seed_content.poses for m in p.modifications}
    pose, belly = mods["childs-pose-pillow-under-belly"]
    assert pose == "childs-pose" and "pillow under your belly" in belly.instruction
    assert belly.source.slug == "hip-stretches-article"
    pose, knees = mods["lower-back-twist-pillow-under-knees"]
    assert pose == "lower-back-twist" and "rolled-up blanket" in knees.instruction
    assert knees.source.slug == "hip-stretches-article"


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


def test_every_pose_modification_and_dose_names_its_source_section(
    seed_content: SeedContent,
) -> None:
    for pose in seed_content.poses:
        assert pose.source.section
        assert pose.dose.source is not None and pose.dose.source.section, pose.slug
        for mod in pose.modifications:
            assert mod.source.section, mod.slug


def test_alternatives_are_whole_poses_from_published_exercise_pages(
    seed_content: SeedContent,
) -> None:
    by_slug = {p.slug: p for p in seed_content.poses}
    named = {slug for p in seed_content.poses for slug in p.alternatives}
    assert named and named.isdisjoint(ARTICLE_ORDER)
    sources = {s.slug: s for s in seed_content.sources}
    for slug in named:
        pose = by_slug[slug]
        assert sources[pose.source.slug].kind == "patient_information", slug
        assert sources[pose.source.slug].url, slug
        assert pose.dose.source.slug == pose.source.slug, slug
        assert pose.steps and pose.demands is not None and pose.target_areas, slug
        assert any(s.cue == "setup" for s in pose.steps), slug


def test_demands_are_tagged_honestly(seed_content: SeedContent) -> None:
    poses = {p.slug: p for p in seed_content.poses}

    def demands(slug: str) -> set[str]:
        pose = poses[slug]
        return {*pose.demands, *(d for phase in pose.phases for d in phase.demands)}

    assert "spinal_flexion" in demands("pelvic-tilt")  # flattening the low back
    assert "spinal_flexion" in demands("wall-pelvic-tilt")
    assert "deep_hip_flexion" in demands("cat-cow")  # kneeling at 90 degrees
    assert "spinal_extension" in demands("cat-cow") and "spinal_flexion" in demands("cat-cow")
    assert {"spinal_flexion", "spinal_extension"}.isdisjoint(poses["cat-cow"].demands)
    assert "wide_legs" in demands("goddess-pose")
    assert "end_range_spinal_flexion" in demands("knee-to-chest")
    assert "prone" in demands("prone-back-extension")


def test_citations_say_what_the_sources_say(seed_content: SeedContent) -> None:
    """Fixed in review: a modification ACOG does not describe, a section Long 2004 lacks."""
    mods = {m.slug: m for p in seed_content.poses for m in p.modifications}
    assert mods["childs-pose-knees-wide"].source.slug == "stretchbase-editorial"
    assert mods["cat-cow-cow-only"].source.slug == "stretchbase-editorial"
    assert mods["childs-pose-head-on-fists"].source.slug == "stretchbase-editorial"
    refs = [ref for rule in seed_content.safety_rules for ref in rule.sources]
    refs += [m.source for m in mods.values()]
    assert not any(r.slug == "long-2004" and r.section == "Directional preference" for r in refs)
    editorial = [r for r in seed_content.safety_rules if "editorial" in r.rationale]
    assert all(
        any(ref.slug == "stretchbase-editorial" for ref in rule.sources) for rule in editorial
    ), [r.slug for r in editorial if all(ref.slug != "stretchbase-editorial" for ref in r.sources)]


def test_person_facing_text_names_poses_never_slugs(seed_content: SeedContent) -> None:
    slugs = [p.slug for p in seed_content.poses]
    texts = [rule.message for rule in seed_content.safety_rules]
    texts += [m.instruction for p in seed_content.poses for m in p.modifications]
    texts += [step.text for p in seed_content.poses for step in p.steps]
    texts += [t.help_text for t in [*seed_content.mobility_limits, *seed_content.red_flags]]
    for text in texts:
        assert not any(slug in text for slug in slugs), text
        assert "standing squat" not in text, text


def test_every_pose_and_routine_carries_the_articles_cautions(seed_content: SeedContent) -> None:
    assert [c.source.slug for c in seed_content.general_cautions] == [ARTICLE] * 3
    for owner in [*seed_content.poses, *seed_content.routines]:
        assert all(c in owner.cautions for c in seed_content.general_cautions), owner.slug


def test_the_served_routine_takes_the_articles_six_minutes(client: TestClient) -> None:
    routine = client.get("/v1/routines/seven-best-hip-stretches").json()
    first = routine["items"][0]
    assert first["dose"]["breaths"] == {"min": 5, "max": 10}
    assert len(first["steps"]) == 10
    # 10 breaths x 6 s, 30 s, 60 s, 2 x 30 s, 30 s, 15 reps x 4 s, 10 breaths x 6 s
    assert [item["seconds"] for item in routine["items"]] == [60, 30, 60, 60, 30, 60, 60]
    assert routine["total_seconds"] == 360


def test_the_served_childs_pose_is_the_articles(client: TestClient) -> None:
    pose = client.get("/v1/poses/childs-pose").json()
    assert pose["name"] == "Child's Pose" and pose["other_names"] == ["Balasana"]
    assert pose["steps"][4]["cue"] == "hold"
    assert pose["steps"][4]["hold_seconds"] == {"min": 30, "max": None}
    assert pose["dose"]["hold_seconds"] == {"min": 30, "max": None}
    assert (pose["source"]["slug"], pose["source"]["section"]) == (ARTICLE, "2. Child's Pose")


def test_the_routine_is_all_seven_in_article_order(seed_content: SeedContent) -> None:
    (routine,) = seed_content.routines
    assert routine.slug == "seven-best-hip-stretches"
    assert [item.pose for item in routine.items] == ARTICLE_ORDER
    assert routine.cautions == seed_content.general_cautions
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
        assert rule.sources and all(ref.slug in known for ref in rule.sources), rule.slug


def test_docs_list_every_rule(seed_content: SeedContent) -> None:
    docs = (ARTICLE_FILE.parents[1] / "docs" / "rules.md").read_text(encoding="utf-8")
    missing = [rule.slug for rule in seed_content.safety_rules if f"`{rule.slug}`" not in docs]
    assert missing == [], "add these rules to docs/rules.md"
