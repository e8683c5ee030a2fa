"""The composer's details: doses, steps, messages, determinism."""

import re

import pytest

from api.compose import Catalogue, UnknownBaseRoutineError, compose
from models.composition import ComposeRequest
from models.rule_language import ExcludeEffect
from models.values import RuleRef


def slugs(rules: list[RuleRef]) -> list[str]:
    return [rule.slug for rule in rules]


def composed(catalogue: Catalogue, **request):
    return compose(ComposeRequest(**request), catalogue)


def item(result, slug: str):
    return next(i for i in result.items if i.pose.slug == slug)


def test_mild_pain_keeps_the_articles_dose(catalogue: Catalogue) -> None:
    result = composed(catalogue, pain_level=2)
    for routine_item in result.items:
        assert routine_item.dose == catalogue.poses[routine_item.pose.slug].dose
    assert result.total_seconds == 360
    assert all("pain-band-mild" in slugs(i.rules) for i in result.items)


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
    assert [s.position for s in cow_only.steps] == [1, 2, 7, 8, 9]  # the pose's own positions
    cat_only = item(
        composed(catalogue, pain_level=2, mobility_limits=["spinal_stenosis"]), "cat-cow"
    )
    assert {s.phase for s in cat_only.steps} == {None, "cat"}


def test_items_name_the_rules_that_shaped_them(catalogue: Catalogue) -> None:
    child = item(composed(catalogue, pain_level=5, mobility_limits=["knee_pain"]), "childs-pose")
    assert slugs(child.rules) == ["pain-band-moderate", "limit-knee-pain"]
    assert [slugs(m.rules) for m in child.modifications] == [
        ["pain-band-moderate"],
        ["limit-knee-pain"],
    ]


def test_exclusions_carry_the_rules_messages(catalogue: Catalogue) -> None:
    result = composed(catalogue, pain_level=2, mobility_limits=["cannot_kneel"])
    (rule,) = result.excluded[0].rules
    assert rule.message == "Poses that need kneeling are left out or replaced."
    assert rule.severity == "info"


def test_a_referral_says_what_to_do_and_which_answers_led_to_it(catalogue: Catalogue) -> None:
    result = composed(catalogue, pain_level=2, red_flags=["saddle_numbness", "fever"])
    referral = result.referral
    assert referral.message.startswith("Do not stretch. Get emergency help now")
    assert referral.message.endswith(
        "You told us: Numbness around the genitals or buttocks; High temperature."
    )
    assert [(r.slug, r.answers) for r in referral.reasons] == [
        ("red-flag-saddle-numbness", ["Numbness around the genitals or buttocks"]),
        ("red-flag-fever", ["High temperature"]),
    ]
    assert "cauda equina" in referral.reasons[0].message


def test_referral_text_names_no_country_unless_asked(catalogue: Catalogue) -> None:
    plain = composed(catalogue, pain_level=2, red_flags=["saddle_numbness"]).referral
    assert plain.contact is None
    assert "999" not in plain.message and "111" not in plain.message
    uk = composed(catalogue, pain_level=2, red_flags=["saddle_numbness"], region="GB").referral
    assert uk.contact == "In the UK, call 999 or go to A&E."
    assert uk.message == plain.message


def test_a_combined_trigger_names_both_answers(catalogue: Catalogue) -> None:
    referral = composed(catalogue, pain_level=8, mobility_limits=["osteoporosis"]).referral
    assert referral.reasons[0].answers == ["Osteoporosis", "Pain 8 out of 10"]
    assert referral.message.endswith("You told us: Osteoporosis; Pain 8 out of 10.")


def test_the_worst_pain_names_the_cauda_equina_signs_and_the_emergency_route(
    catalogue: Catalogue,
) -> None:
    referral = composed(catalogue, pain_level=10).referral
    (reason,) = referral.reasons
    for sign in ("genitals or buttocks", "bladder or bowels", "weakness in both legs"):
        assert sign in reason.message
    assert "get emergency help now" in reason.message


def test_an_alternative_names_the_pose_it_replaces_and_why(catalogue: Catalogue) -> None:
    result = composed(catalogue, pain_level=2, mobility_limits=["cannot_get_to_floor"])
    seated = item(result, "seated-upper-body-twist")
    assert seated.substitutes_for.slug == "lower-back-twist"
    assert "limit-cannot-get-to-floor" in slugs(seated.rules)
    twist = next(e for e in result.excluded if e.pose.slug == "lower-back-twist")
    assert twist.substituted_by.slug == "seated-upper-body-twist"
    assert [r.slug for r in twist.rules] == ["limit-cannot-get-to-floor"]
    assert item(result, "seated-upper-body-twist").position == 4  # the twist's slot


def test_steps_a_modification_contradicts_are_rewritten(catalogue: Catalogue) -> None:
    def texts(limit: str, slug: str) -> list[str]:
        result = composed(catalogue, pain_level=2, mobility_limits=[limit])
        return [step.text for step in item(result, slug).steps]

    wrist = texts("wrist_pain", "cat-cow")
    assert not any("hands" in text for text in wrist)
    assert "Place your forearms (or your fists, with straight wrists) and your knees" in wrist[0]
    neck = texts("neck_pain", "cat-cow")
    assert "Let your head and tailbone drop toward the floor." not in neck
    assert not any("head and tailbone drop" in text for text in neck)
    assert "Relax by letting your stomach drop." not in texts("spinal_stenosis", "cat-cow")
    assert not any("reverse the curve" in t for t in texts("flexion_worsens_leg_pain", "cat-cow"))
    shoulders = texts("shoulder_pain", "goddess-pose")
    assert not any("shoulder height" in text or "elbows" in text for text in shoulders)


def test_a_rewritten_step_names_its_modification(catalogue: Catalogue) -> None:
    result = composed(catalogue, pain_level=2, mobility_limits=["neck_pain"])
    steps = {s.position: s for s in item(result, "cat-cow").steps}
    assert steps[4].modified_by == "cat-cow-head-in-line"
    assert steps[1].modified_by is None


def test_a_plain_routine_carries_one_warning_and_no_dose_the_items_contradict(
    catalogue: Catalogue,
) -> None:
    result = composed(catalogue, pain_level=2)
    assert [n.severity for n in result.notices].count("warning") == 1
    assert not any("10 to 30 seconds" in n.message for n in result.notices)
    messages = [n.message for n in result.notices]
    assert len(messages) == len(set(messages))


def test_no_suitable_poses_is_its_own_outcome_with_advice(catalogue: Catalogue) -> None:
    result = composed(
        catalogue, pain_level=8, mobility_limits=["cannot_get_to_floor", "flexion_worsens_leg_pain"]
    )
    assert result.outcome == "no_suitable_poses"
    assert result.items == [] and result.total_seconds == 0
    (notice,) = result.notices
    assert notice.action == "see_gp"
    assert "GP or physiotherapist" in notice.message


def test_the_content_version_is_reported(catalogue: Catalogue) -> None:
    assert composed(catalogue, pain_level=2).content_version == catalogue.version


def test_unknown_base_routine(catalogue: Catalogue) -> None:
    with pytest.raises(UnknownBaseRoutineError) as raised:
        composed(catalogue, pain_level=2, base_routine="no-such-routine")
    assert raised.value.accepted == ["seven-best-hip-stretches"]


# -- found by the adversarial review of round two -------------------------------------------


def test_leg_pain_worse_when_sitting_gets_no_seated_pose(catalogue: Catalogue) -> None:
    """The question is "Does bending forward or sitting make pain in your leg worse?"."""
    result = composed(catalogue, pain_level=2, mobility_limits=["flexion_worsens_leg_pain"])
    assert [i.pose.slug for i in result.items if i.pose.body_position == "seated"] == []
    assert len(result.items) >= 3


def test_the_neck_cue_survives_cow_only(catalogue: Catalogue) -> None:
    result = composed(
        catalogue, pain_level=2, mobility_limits=["neck_pain", "flexion_worsens_leg_pain"]
    )
    steps = " ".join(s.text for s in item(result, "cat-cow").steps)
    assert "head in line" in steps, steps


def test_the_balance_cue_survives_hands_on_hips(catalogue: Catalogue) -> None:
    result = composed(
        catalogue, pain_level=2, mobility_limits=["balance_problems", "shoulder_pain"]
    )
    steps = [s.text for s in item(result, "goddess-pose").steps]
    assert "Still holding your support" in steps[-1]
    assert not any("arms" in step or "elbow" in step for step in steps)


def test_steps_do_not_promise_more_than_the_dose(catalogue: Catalogue) -> None:
    open_ended = re.compile(r"or longer|as long as you like|or more", re.IGNORECASE)
    for pain in (4, 5, 7):
        for routine_item in composed(catalogue, pain_level=pain).items:
            dose = routine_item.dose
            measures = [dose.hold_seconds, dose.breaths, dose.repetitions, dose.duration_seconds]
            if all(r is None or r.max is not None for r in measures):
                for step in routine_item.steps:
                    assert not open_ended.search(step.text), (routine_item.pose.slug, step.text)
    cat_cow = item(composed(catalogue, pain_level=5), "cat-cow")
    assert cat_cow.steps[-1].text == "Repeat these movements for 60 seconds."


def test_no_notice_contradicts_an_open_ended_dose(catalogue: Catalogue) -> None:
    """Child's Pose is "at least 30 seconds, or as long as you like": no "at most" beside it."""
    result = composed(catalogue, pain_level=2)
    assert item(result, "childs-pose").dose.hold_seconds.max is None
    for notice in result.notices:
        assert "most to aim for" not in notice.message and "at most" not in notice.message


def test_wrist_pain_is_never_told_to_put_weight_on_the_hands(catalogue: Catalogue) -> None:
    result = composed(catalogue, pain_level=2, mobility_limits=["wrist_pain"])
    for routine_item in result.items:
        for step in routine_item.steps:
            assert "hands under your shoulders" not in step.text, (routine_item.pose.slug, step)
            assert "Place your hands and knees" not in step.text, (routine_item.pose.slug, step)
            assert "pushing down on your hands" not in step.text, (routine_item.pose.slug, step)


def test_no_notice_instructs_a_pose_the_routine_does_not_hold(catalogue: Catalogue) -> None:
    """A notice may say which poses its rule leaves out, but gives no instruction for a pose
    the routine does not hold."""
    names = {pose.slug: pose.ref.name for pose in catalogue.poses.values()}
    rules = {rule.slug: rule for rule in catalogue.rules}
    for limits in (
        ["pregnancy", "cannot_kneel"],
        ["osteoporosis", "cannot_kneel"],
        ["hip_replacement"],
        ["cannot_get_to_floor"],
    ):
        for pain in (2, 5, 8):
            result = composed(catalogue, pain_level=pain, mobility_limits=limits)
            kept = {i.pose.name for i in result.items}
            for notice in result.notices:
                named_as_left_out = {
                    names[slug]
                    for effect in rules[notice.slug].effect
                    if isinstance(effect, ExcludeEffect)
                    for slug in effect.poses
                }
                for name in set(names.values()) - kept - named_as_left_out:
                    assert name not in notice.message, (limits, pain, notice.slug)
                if not any(i.modifications for i in result.items):
                    assert "props" not in notice.message.replace("Using a pillow", ""), notice


def test_no_suitable_poses_keeps_the_advice_to_see_a_gp(catalogue: Catalogue) -> None:
    result = composed(
        catalogue,
        pain_level=2,
        mobility_limits=["osteoporosis", "flexion_worsens_leg_pain", "spinal_stenosis"],
        red_flags=["inflammatory_pattern"],
    )
    assert result.outcome == "no_suitable_poses"
    assert [n.slug for n in result.notices] == [
        "red-flag-inflammatory-pattern",
        "session-no-suitable-poses",
    ]


def test_a_notice_beside_a_routine_never_says_do_not_stretch(catalogue: Catalogue) -> None:
    result = composed(
        catalogue, pain_level=2, red_flags=["inflammatory_pattern"], days_with_pain=100
    )
    assert result.outcome == "routine"
    actions = [n for n in result.notices if n.action is not None]
    assert actions
    for notice in actions:
        advice = catalogue.referral_actions[notice.action].advice
        assert advice and "Do not" not in advice, (notice.slug, advice)
        assert "Do not" not in notice.message
