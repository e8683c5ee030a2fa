"""The composer's details: doses, steps, messages, determinism."""

import pytest

from api.compose import Catalogue, UnknownBaseRoutineError, compose
from models.composition import ComposeRequest


def composed(catalogue: Catalogue, **request):
    return compose(ComposeRequest(**request), catalogue)


def item(result, slug: str):
    return next(i for i in result.items if i.pose.slug == slug)


def test_mild_pain_keeps_the_articles_dose(catalogue: Catalogue) -> None:
    result = composed(catalogue, pain_level=2)
    for routine_item in result.items:
        assert routine_item.dose == catalogue.poses[routine_item.pose.slug].dose
    assert result.total_seconds == 360
    assert all("pain-band-mild" in i.rules for i in result.items)


def test_moderate_pain_takes_the_low_end_capped_at_20_seconds(catalogue: Catalogue) -> None:
    result = composed(catalogue, pain_level=4)
    assert item(result, "childs-pose").dose.hold_seconds.model_dump() == {"min": 20, "max": 20}
    assert item(result, "knee-to-chest").dose.hold_seconds.model_dump() == {"min": 20, "max": 20}
    assert item(result, "lower-back-twist").dose.hold_seconds.model_dump() == {"min": 20, "max": 20}
    assert item(result, "cat-cow").dose.duration_seconds.model_dump() == {"min": 60, "max": 60}
    assert item(result, "pelvic-tilt").dose.repetitions.model_dump() == {"min": 10, "max": 10}
    # 20 + 60 + 2 x 20 + 20 + 10 reps x 4 s
    assert result.total_seconds == 180


def test_moderate_props_are_suggested_severe_props_required(catalogue: Catalogue) -> None:
    moderate = item(composed(catalogue, pain_level=6), "childs-pose").modifications
    severe = item(composed(catalogue, pain_level=7), "childs-pose").modifications
    assert [(m.slug, m.optional) for m in moderate] == [("childs-pose-pillow-under-belly", True)]
    assert [(m.slug, m.optional) for m in severe] == [("childs-pose-pillow-under-belly", False)]
    assert severe[0].instruction == "Place a pillow under your belly to prop you up a bit."


def test_severe_pain_gives_10_second_holds_and_5_repetitions(catalogue: Catalogue) -> None:
    result = composed(catalogue, pain_level=8)
    assert item(result, "childs-pose").dose.hold_seconds.model_dump() == {"min": 10, "max": 10}
    assert item(result, "lower-back-twist").dose.hold_seconds.model_dump() == {"min": 10, "max": 10}
    assert item(result, "pelvic-tilt").dose.repetitions.model_dump() == {"min": 5, "max": 5}
    assert result.total_seconds == 10 + 2 * 10 + 5 * 4


def test_scaled_steps_restate_the_new_dose(catalogue: Catalogue) -> None:
    steps = item(composed(catalogue, pain_level=8), "pelvic-tilt").steps
    assert steps[-1].text == "Repeat 5 times."
    assert steps[-1].repetitions.model_dump() == {"min": 5, "max": 5}
    unscaled = item(composed(catalogue, pain_level=2), "pelvic-tilt").steps
    assert unscaled[-1].text == "Repeat 10 to 15 times."


def test_a_one_phase_modification_drops_the_other_phases_steps(catalogue: Catalogue) -> None:
    cow_only = item(
        composed(catalogue, pain_level=2, mobility_limits=["flexion_worsens_leg_pain"]), "cat-cow"
    )
    assert {s.phase for s in cow_only.steps} == {None, "cow"}
    assert [s.position for s in cow_only.steps] == [1, 2, 6, 7, 8, 9]  # the pose's own positions
    cat_only = item(
        composed(catalogue, pain_level=2, mobility_limits=["spinal_stenosis"]), "cat-cow"
    )
    assert {s.phase for s in cat_only.steps} == {None, "cat"}


def test_items_name_the_rules_that_shaped_them(catalogue: Catalogue) -> None:
    child = item(composed(catalogue, pain_level=5, mobility_limits=["knee_pain"]), "childs-pose")
    assert child.rules == ["pain-band-moderate", "limit-knee-pain"]
    assert [m.rules for m in child.modifications] == [["pain-band-moderate"], ["limit-knee-pain"]]


def test_exclusions_carry_the_rules_messages(catalogue: Catalogue) -> None:
    result = composed(catalogue, pain_level=2, mobility_limits=["cannot_kneel"])
    (rule,) = result.excluded[0].rules
    assert rule.message == "Poses that need kneeling are left out."
    assert rule.severity == "info"


def test_a_referral_says_where_to_go(catalogue: Catalogue) -> None:
    result = composed(catalogue, pain_level=2, red_flags=["saddle_numbness"])
    assert result.referral.message.startswith("Do not stretch. Get emergency help now")


def test_the_content_version_is_reported(catalogue: Catalogue) -> None:
    assert composed(catalogue, pain_level=2).content_version == catalogue.version


def test_unknown_base_routine(catalogue: Catalogue) -> None:
    with pytest.raises(UnknownBaseRoutineError) as raised:
        composed(catalogue, pain_level=2, base_routine="no-such-routine")
    assert raised.value.accepted == ["seven-best-hip-stretches"]
