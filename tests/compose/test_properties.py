"""Properties over the whole input space (hypothesis): what must hold for every person."""

from hypothesis import given, settings
from hypothesis import strategies as st

from api.compose import Catalogue, compose
from models.composition import ComposeRequest
from models.rule_language import ExcludeEffect, MobilityLimitTrigger, RedFlagTrigger, ReferEffect
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
        assert catalogue.poses[item.pose.slug].demands.isdisjoint(excluded_demands)


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


@given(
    request=untimed_requests,
    limit=st.sampled_from(list(MobilityLimit)),
    flag=st.sampled_from(list(RedFlag)),
)
def test_adding_a_limit_or_a_red_flag_never_adds_a_pose(
    request: ComposeRequest, limit: MobilityLimit, flag: RedFlag, catalogue: Catalogue
) -> None:
    before = kept(request, catalogue)
    with_limit = request.model_copy(update={"mobility_limits": [*request.mobility_limits, limit]})
    with_flag = request.model_copy(update={"red_flags": [*request.red_flags, flag]})
    assert kept(with_limit, catalogue) <= before
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
    if request.minutes is not None:
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
        assert set(item.rules) <= rules
        for modification in item.modifications:
            assert modification.rules and set(modification.rules) <= rules
    assert {n.rule for n in result.notices} <= rules


@settings(max_examples=50)
@given(request=requests)
def test_every_pose_is_either_kept_or_excluded(
    request: ComposeRequest, catalogue: Catalogue
) -> None:
    result = compose(request, catalogue)
    base = [entry.pose for entry in catalogue.routines[request.base_routine].entries]
    kept_slugs = [item.pose.slug for item in result.items]
    excluded = [e.pose.slug for e in result.excluded]
    assert sorted(kept_slugs + excluded) == sorted(base)
    assert kept_slugs == [slug for slug in base if slug in kept_slugs]  # routine order
    assert result.total_seconds == sum(item.seconds for item in result.items)


@given(request=requests)
def test_notices_are_ordered_by_severity(request: ComposeRequest, catalogue: Catalogue) -> None:
    order = {"critical": 0, "warning": 1, "info": 2}
    ranks = [order[n.severity] for n in compose(request, catalogue).notices]
    assert ranks == sorted(ranks)
