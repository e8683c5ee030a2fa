"""Properties over the whole input space (hypothesis): what must hold for every person."""

from hypothesis import given, settings
from hypothesis import strategies as st

from api.compose import Catalogue, compose
from models.composition import ComposeRequest
from models.rule_language import (
    ExcludeEffect,
    MobilityLimitTrigger,
    NoticeEffect,
    RedFlagTrigger,
    ReferEffect,
)
from models.values import RoutineItem
from models.vocabulary import MobilityLimit, RedFlag, Urgency

LIMITS = st.lists(st.sampled_from(list(MobilityLimit)), max_size=6)
FLAGS = st.lists(st.sampled_from(list(RedFlag)), max_size=4)
PAIN = st.integers(min_value=0, max_value=10)
DAYS = st.none() | st.integers(min_value=0, max_value=400)
MINUTES = st.none() | st.integers(min_value=1, max_value=12)

requests = st.builds(
    ComposeRequest,
    pain_level=PAIN,
    mobility_limits=LIMITS,
    red_flags=FLAGS,
    days_with_pain=DAYS,
    minutes=MINUTES,
)
untimed_requests = requests.map(lambda r: r.model_copy(update={"minutes": None}))


def kept(request: ComposeRequest, catalogue: Catalogue) -> set[str]:
    return {item.pose.slug for item in compose(request, catalogue).items}


@given(request=requests, data=st.data())
def test_order_and_duplicates_do_not_matter(
    request: ComposeRequest, data: st.DataObject, catalogue: Catalogue
) -> None:
    shuffled = request.model_copy(
        update={
            "mobility_limits": data.draw(st.permutations(request.mobility_limits * 2)),
            "red_flags": data.draw(st.permutations(request.red_flags + request.red_flags[:1])),
        }
    )
    assert (
        compose(shuffled, catalogue).model_dump_json()
        == compose(request, catalogue).model_dump_json()
    )


def demands_as_done(item: RoutineItem, catalogue: Catalogue) -> set[str]:
    """What the item asks of the body: the pose's demands and those of the phases it keeps,
    as its required modifications change them."""
    pose = catalogue.poses[item.pose.slug]
    required = [m for m in item.modifications if not m.optional]
    omitted = {phase for m in required for phase in m.omitted_phases}
    demands = set(pose.demands)
    demands |= {d for phase in pose.phases if phase.name not in omitted for d in phase.demands}
    demands |= {d for m in required for d in m.adds_demands}
    return demands - {d for m in required for d in m.removes_demands}


@given(request=requests)
def test_no_item_carries_a_demand_a_reported_limit_excludes(
    request: ComposeRequest, catalogue: Catalogue
) -> None:
    excluded_demands = {
        demand
        for rule in catalogue.rules
        if isinstance(rule.trigger, MobilityLimitTrigger)
        and rule.trigger.limit in request.mobility_limits
        for effect in rule.effect
        if isinstance(effect, ExcludeEffect)
        for demand in effect.demands
    }
    for item in compose(request, catalogue).items:
        assert demands_as_done(item, catalogue).isdisjoint(excluded_demands)


@given(request=requests)
def test_emergency_or_urgent_flags_always_refer_with_no_items(
    request: ComposeRequest, catalogue: Catalogue
) -> None:
    referring = {
        rule.trigger.flag
        for rule in catalogue.rules
        if isinstance(rule.trigger, RedFlagTrigger)
        and any(
            isinstance(e, ReferEffect) and e.urgency in (Urgency.emergency, Urgency.urgent)
            for e in rule.effect
        )
    }
    result = compose(request, catalogue)
    if referring & set(request.red_flags):
        assert result.outcome == "referral"
        assert result.items == []
        assert result.referral is not None and result.referral.urgency in ("emergency", "urgent")


def alternatives(request: ComposeRequest, catalogue: Catalogue) -> set[str]:
    return {i.pose.slug for i in compose(request, catalogue).items if i.substitutes_for}


@given(
    request=untimed_requests,
    limit=st.sampled_from(list(MobilityLimit)),
    flag=st.sampled_from(list(RedFlag)),
)
def test_adding_a_limit_or_a_red_flag_never_adds_a_pose_but_an_alternative(
    request: ComposeRequest, limit: MobilityLimit, flag: RedFlag, catalogue: Catalogue
) -> None:
    """A new limit can only bring in an alternative for a pose it left out; a red flag nothing."""
    before = kept(request, catalogue)
    with_limit = request.model_copy(update={"mobility_limits": [*request.mobility_limits, limit]})
    with_flag = request.model_copy(update={"red_flags": [*request.red_flags, flag]})
    assert kept(with_limit, catalogue) - before <= alternatives(with_limit, catalogue)
    base = set(catalogue.poses) - {a for p in catalogue.poses.values() for a in p.alternatives}
    assert kept(with_limit, catalogue) & base <= before & base
    assert kept(with_flag, catalogue) <= before


@given(request=untimed_requests, raise_by=st.integers(min_value=1, max_value=10))
def test_more_pain_never_adds_a_pose(
    request: ComposeRequest, raise_by: int, catalogue: Catalogue
) -> None:
    higher = request.model_copy(update={"pain_level": min(10, request.pain_level + raise_by)})
    assert kept(higher, catalogue) <= kept(request, catalogue)


@given(request=requests)
def test_a_time_budget_only_picks_among_eligible_poses_and_fits(
    request: ComposeRequest, catalogue: Catalogue
) -> None:
    """With `minutes`, a pose can come back when a limit frees time; it is still eligible."""
    result = compose(request, catalogue)
    untimed = request.model_copy(update={"minutes": None})
    assert {i.pose.slug for i in result.items} <= kept(untimed, catalogue)
    if request.minutes is not None and len(result.items) > 1:
        assert result.total_seconds <= request.minutes * 60


@given(request=requests)
def test_every_exclusion_and_modification_names_an_existing_rule(
    request: ComposeRequest, catalogue: Catalogue
) -> None:
    rules = {rule.slug for rule in catalogue.rules}
    result = compose(request, catalogue)
    for exclusion in result.excluded:
        assert exclusion.rules and {r.slug for r in exclusion.rules} <= rules
    for item in result.items:
        assert {r.slug for r in item.rules} <= rules
        for modification in item.modifications:
            assert modification.rules and {r.slug for r in modification.rules} <= rules
    assert {n.slug for n in result.notices} <= rules


@settings(max_examples=50)
@given(request=requests)
def test_every_pose_is_either_kept_replaced_or_excluded(
    request: ComposeRequest, catalogue: Catalogue
) -> None:
    result = compose(request, catalogue)
    if result.outcome == "referral":
        return
    base = [entry.pose for entry in catalogue.routines[request.base_routine].entries]
    slots = [(i.substitutes_for or i.pose).slug for i in result.items]
    excluded = [e.pose.slug for e in result.excluded if e.pose.slug in base]
    assert sorted({*slots, *excluded}) == sorted(base)
    assert slots == [slug for slug in base if slug in slots]  # routine order
    for i in result.items:
        if i.substitutes_for:
            exclusion = next(e for e in result.excluded if e.pose.slug == i.substitutes_for.slug)
            assert exclusion.substituted_by == i.pose
            assert i.pose.slug in catalogue.poses[i.substitutes_for.slug].alternatives
    assert result.total_seconds == sum(item.seconds for item in result.items)


@given(request=requests)
def test_the_outcome_tells_the_truth(request: ComposeRequest, catalogue: Catalogue) -> None:
    """Never a routine with no items; a referral or no suitable poses gives no exercise."""
    result = compose(request, catalogue)
    assert (result.outcome == "routine") == bool(result.items)
    assert (result.outcome == "referral") == (result.referral is not None)


@given(request=requests)
def test_a_referral_body_holds_no_step_or_exercise_instruction(
    request: ComposeRequest, catalogue: Catalogue
) -> None:
    result = compose(request, catalogue)
    if result.outcome != "referral":
        return
    assert result.items == [] and result.excluded == [] and result.total_seconds == 0
    body = result.model_dump_json()
    for pose in catalogue.poses.values():
        assert not any(step.text in body for step in pose.steps)
    for modification in catalogue.modifications.values():
        assert modification.instruction not in body
    notice_rules = {n.slug for n in result.notices}
    for rule in catalogue.rules:
        if rule.slug in notice_rules:
            assert all(e.without_routine for e in rule.effect if isinstance(e, NoticeEffect))


@given(request=requests)
def test_no_item_shows_a_step_its_modifications_remove(
    request: ComposeRequest, catalogue: Catalogue
) -> None:
    for item in compose(request, catalogue).items:
        required = [m for m in item.modifications if not m.optional]
        omitted = {phase for m in required for phase in m.omitted_phases}
        removed = {c.step for m in required for c in m.step_changes if c.remove}
        replaced = {c.step for m in required for c in m.step_changes if c.text is not None}
        pose_steps = {s.position: s for s in catalogue.poses[item.pose.slug].steps}
        for step in item.steps:
            assert step.position not in removed
            assert step.phase is None or step.phase not in omitted
            if step.position in replaced:
                assert step.text != pose_steps[step.position].text
                assert step.modified_by is not None


@given(request=requests)
def test_notices_are_ordered_by_severity(request: ComposeRequest, catalogue: Catalogue) -> None:
    order = {"critical": 0, "warning": 1, "info": 2}
    ranks = [order[n.severity] for n in compose(request, catalogue).notices]
    assert ranks == sorted(ranks)
