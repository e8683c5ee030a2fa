"""The safety gate: the composer's safety invariants, checked over a candidate catalogue.

A change to poses, demands, modifications or rules is published only if composing from the
changed content still keeps these promises (docs/safety-gate.md):

1. `red_flag_refers`: a red flag that needs emergency or urgent care (REFERRAL_FLOOR) gives a
   referral at least that urgent, with no exercise at all (no items, no exclusions, no step or
   instruction, only notices marked `without_routine`).
2. `no_excluded_demand`: no item carries a demand, or is a pose, that a rule the person's
   answers fired excludes. What an item carries is judged cautiously: its pose's demands and
   those its body position names (a kneeling pose kneels), those of the phases it keeps, minus
   what its required modifications remove, plus whatever any of its modifications (required or
   suggested) adds.
3. `answers_never_add_a_pose`: reporting one more mobility limit or red flag never fills a
   slot of the routine that was empty, and never brings back a pose it had replaced; it may
   only replace a pose by one of its alternatives.
4. `more_pain_never_adds_a_pose`: at a higher pain level, no pose that a lower one left out.
5. `exclusion_names_its_rule`: every pose of the routine is kept, replaced or listed as
   excluded; every exclusion and modification cites rules that exist, fired for this request
   and account for it (and cites them with their own message).

How: the answers are reduced to classes that the rule base cannot tell apart (pain levels and
days with pain between the same trigger bounds; answers no rule with an effect on poses
mentions), then, within a budget of compositions: (a) every referral-floor flag alone at every
pain and days class — exact, because triggers only ever add rules as answers are added, and a
referral's urgency only rises with more rules; (b) every combination of up to k answers at
every pain and days class and base routine, k rising while the budget allows, with the
relational invariants checked between neighbours of the enumeration; (c) a seeded random
search over the whole input space (any number of answers, time budgets, days, regions) with
the rest of the budget. Deterministic for a given catalogue, budget and seed.
"""

import json
import random
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from itertools import combinations
from typing import Literal

from pydantic import BaseModel, ConfigDict

from api.compose.catalogue import Catalogue, RoutinePlan
from api.compose.composer import compose
from api.compose.triggers import fires
from models.composition import MAX_DAYS_WITH_PAIN, ComposedRoutine, ComposeRequest
from models.rule_language import (
    AllOfTrigger,
    DaysWithPainTrigger,
    DoseEffect,
    ExcludeEffect,
    MobilityLimitTrigger,
    ModifyEffect,
    NoticeEffect,
    PainBandTrigger,
    RedFlagTrigger,
    ReferEffect,
    SafetyRuleSpec,
    Trigger,
)
from models.vocabulary import URGENCY_ORDER, Demand, MobilityLimit, Position, RedFlag, Urgency

DEFAULT_BUDGET = 6_000
"""Compositions per check: on the seeded content, every combination of up to three answers at
every pain class, and a random search besides (bench/safety_gate.py measures it)."""

DEFAULT_SEED = 14

REFERRAL_FLOOR: Mapping[RedFlag, Urgency] = {
    # Emergency: cauda equina, trauma, the heart, pregnancy (NHS: call 999 or go to A&E).
    RedFlag.saddle_numbness: Urgency.emergency,
    RedFlag.bladder_or_bowel_change: Urgency.emergency,
    RedFlag.new_sexual_dysfunction: Urgency.emergency,
    RedFlag.both_legs_symptoms: Urgency.emergency,
    RedFlag.progressive_leg_weakness: Urgency.emergency,
    RedFlag.major_trauma: Urgency.emergency,
    RedFlag.chest_pain: Urgency.emergency,
    RedFlag.pregnancy_warning_signs: Urgency.emergency,
    # Urgent: a doctor today (NHS: urgent GP appointment or 111).
    RedFlag.fever: Urgency.urgent,
    RedFlag.unexplained_weight_loss: Urgency.urgent,
    RedFlag.history_of_cancer: Urgency.urgent,
    RedFlag.night_or_rest_pain: Urgency.urgent,
    RedFlag.worse_with_cough_or_sneeze: Urgency.urgent,
    RedFlag.minor_trauma_with_fracture_risk: Urgency.urgent,
    RedFlag.fracture_risk_with_sudden_pain: Urgency.urgent,
    RedFlag.back_lump_or_deformity: Urgency.urgent,
    RedFlag.immunosuppression_or_iv_drug_use: Urgency.urgent,
    RedFlag.pain_between_shoulder_blades: Urgency.urgent,
    RedFlag.unsteady_walking: Urgency.urgent,
}
"""The red flags that must always refer, at least this urgently. This is the gate's own
reference, not content: an edit of the rule base can make a referral more urgent or add one,
never weaken one of these (changing this table is a code change, reviewed as code)."""

POSITION_DEMANDS: Mapping[Position, frozenset[Demand]] = {
    Position.kneeling: frozenset({Demand.kneeling}),
    Position.quadruped: frozenset({Demand.kneeling}),
    Position.supine: frozenset({Demand.supine}),
    Position.prone: frozenset({Demand.prone}),
}
"""Demands a pose's body position names: a pose that forgets to list them still carries them."""


class Invariant(StrEnum):
    red_flag_refers = "red_flag_refers"
    no_excluded_demand = "no_excluded_demand"
    answers_never_add_a_pose = "answers_never_add_a_pose"
    more_pain_never_adds_a_pose = "more_pain_never_adds_a_pose"
    exclusion_names_its_rule = "exclusion_names_its_rule"


class Violation(BaseModel):
    """One broken invariant, with an input that shows it: compose `request` (and, for an
    invariant that compares two inputs, `compared_with`) from the candidate content."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    invariant: Invariant
    message: str
    request: ComposeRequest
    compared_with: ComposeRequest | None = None

    def counterexample(self) -> str:
        """The input that shows it, as the compose endpoint takes it (and the input it is
        compared with, for an invariant between two)."""

        def request(value: ComposeRequest) -> str:
            return json.dumps(value.model_dump(mode="json", exclude_defaults=True), sort_keys=True)

        if self.compared_with is None:
            return request(self.request)
        return f"{request(self.request)} compared with {request(self.compared_with)}"

    def describe(self) -> str:
        return f"{self.message.rstrip('.')}. Counterexample: {self.counterexample()}"


@dataclass(frozen=True)
class Coverage:
    """How much of the input space a check covered."""

    compositions: int
    pain_classes: tuple[int, ...]
    days_classes: tuple[int | None, ...]
    answers: int
    """Answers (mobility limits and red flags) that change which poses a routine keeps."""
    exhaustive_up_to: int
    """Every combination of up to this many of those answers was composed (-1: not even none)."""
    exhaustive_complete: bool
    """True when that is every combination: the whole reduced input space, without time budget."""
    random_requests: int


@dataclass(frozen=True)
class GateResult:
    violations: list[Violation]
    coverage: Coverage

    @property
    def ok(self) -> bool:
        return not self.violations


def check_safety(
    catalogue: Catalogue, *, budget: int = DEFAULT_BUDGET, seed: int = DEFAULT_SEED
) -> list[Violation]:
    """The invariants the candidate content breaks (empty: it may be published). Its
    references must resolve, as `Catalogue.check()` ensures: the gate composes from it."""
    return run_gate(catalogue, budget=budget, seed=seed).violations


def run_gate(
    catalogue: Catalogue,
    *,
    budget: int = DEFAULT_BUDGET,
    seed: int = DEFAULT_SEED,
    floor: Mapping[RedFlag, Urgency] = REFERRAL_FLOOR,
) -> GateResult:
    """check_safety, with what the check covered."""
    return _Gate(catalogue, budget, seed, floor).run()


# -- the input space ------------------------------------------------------------------------

Answer = tuple[Literal["mobility_limits", "red_flags"], str]


def _parts(trigger: Trigger) -> list[Trigger]:
    return list(trigger.triggers) if isinstance(trigger, AllOfTrigger) else [trigger]


def _class_starts(bounds: Sequence[tuple[int, int | None]], lowest: int, highest: int) -> list[int]:
    """The first value of each class of values in [lowest, highest] that no bound tells
    apart (bounds inclusive)."""
    cuts = {lowest}
    for low, high in bounds:
        cuts.add(low)
        if high is not None:
            cuts.add(high + 1)
    return sorted(cut for cut in cuts if lowest <= cut <= highest)


def _shapes_poses(rule: SafetyRuleSpec) -> bool:
    """Whether the rule can change which poses a routine keeps, or whether it has one."""
    return any(not isinstance(effect, NoticeEffect) for effect in rule.effect)


def _answers_of(trigger: Trigger) -> list[Answer]:
    answers: list[Answer] = []
    for part in _parts(trigger):
        if isinstance(part, MobilityLimitTrigger):
            answers.append(("mobility_limits", part.limit.value))
        elif isinstance(part, RedFlagTrigger):
            answers.append(("red_flags", part.flag.value))
    return answers


def _request(
    routine: str,
    pain: int,
    answers: Sequence[Answer] = (),
    days: int | None = None,
    minutes: int | None = None,
    region: str | None = None,
) -> ComposeRequest:
    return ComposeRequest.model_validate(
        {
            "pain_level": pain,
            "mobility_limits": sorted(v for f, v in answers if f == "mobility_limits"),
            "red_flags": sorted(v for f, v in answers if f == "red_flags"),
            "days_with_pain": days,
            "minutes": minutes,
            "base_routine": routine,
            "region": region,
        }
    )


Slots = tuple[str | None, ...]


def _slots(plan: RoutinePlan, result: ComposedRoutine) -> Slots:
    """The pose filling each entry of the base routine (the pose itself, a substitute, or
    None when it was left out)."""
    fillers: dict[str, str] = {}
    for item in result.items:
        original = item.substitutes_for.slug if item.substitutes_for else item.pose.slug
        fillers[original] = item.pose.slug
    return tuple(fillers.get(entry.pose) for entry in plan.entries)


# -- the checks -----------------------------------------------------------------------------


@dataclass
class _Gate:
    catalogue: Catalogue
    budget: int
    seed: int
    floor: Mapping[RedFlag, Urgency]
    violations: dict[tuple[str, ...], Violation] = field(default_factory=dict)
    spent: int = 0
    _exercise_texts: dict[str, tuple[str, ...]] = field(default_factory=dict)

    # -- bookkeeping

    def compose(self, request: ComposeRequest) -> ComposedRoutine:
        self.spent += 1
        result = compose(request, self.catalogue)
        self.check_result(request, result)
        return result

    def report(self, key: tuple[str, ...], violation: Violation) -> None:
        """Keep the first counterexample of each problem (same invariant, same subject)."""
        self.violations.setdefault((violation.invariant, *key), violation)

    def left(self) -> int:
        return self.budget - self.spent

    # -- the whole check

    def run(self) -> GateResult:
        catalogue = self.catalogue
        routines = sorted(catalogue.routines)
        if not routines:
            return self._result(-1, False, 0, [0], [None], 0)
        pose_rules = [rule for rule in catalogue.rules if _shapes_poses(rule)]
        pains = _class_starts(
            [
                (part.min, part.max)
                for rule in catalogue.rules
                for part in _parts(rule.trigger)
                if isinstance(part, PainBandTrigger)
            ],
            0,
            10,
        )
        all_days: list[int | None] = [
            None,
            *_class_starts(
                [
                    (part.min, part.max)
                    for rule in catalogue.rules
                    for part in _parts(rule.trigger)
                    if isinstance(part, DaysWithPainTrigger)
                ],
                0,
                MAX_DAYS_WITH_PAIN,
            ),
        ]
        pose_days: list[int | None] = [
            None,
            *_class_starts(
                [
                    (part.min, part.max)
                    for rule in pose_rules
                    for part in _parts(rule.trigger)
                    if isinstance(part, DaysWithPainTrigger)
                ],
                0,
                MAX_DAYS_WITH_PAIN,
            ),
        ]
        if pose_days == [None, 0]:
            pose_days = [None]  # no rule that shapes poses asks how long: one class
        self.check_referral_floor(routines[0], pains, all_days)
        # Answers a referring rule fires on alone always refer: only combinations without
        # them can keep a pose (those with them are covered by the floor and the search).
        always_refer = {
            answers[0]
            for rule in catalogue.rules
            if any(isinstance(e, ReferEffect) for e in rule.effect)
            and len(answers := _answers_of(rule.trigger)) == 1
            and not isinstance(rule.trigger, AllOfTrigger)
        }
        answers = sorted(
            {a for rule in pose_rules for a in _answers_of(rule.trigger)} - always_refer
        )
        exhaustive_budget = self.spent + (self.budget - self.spent) * 4 // 5
        level, complete = self.enumerate(
            routines, pains, pose_days, answers, limit=exhaustive_budget
        )
        searched = self.search(routines, all_days)
        return self._result(level, complete, len(answers), pains, pose_days, searched)

    def _result(
        self,
        level: int,
        complete: bool,
        answers: int,
        pains: Sequence[int],
        days: Sequence[int | None],
        searched: int,
    ) -> GateResult:
        return GateResult(
            violations=list(self.violations.values()),
            coverage=Coverage(
                compositions=self.spent,
                pain_classes=tuple(pains),
                days_classes=tuple(days),
                answers=answers,
                exhaustive_up_to=level,
                exhaustive_complete=complete,
                random_requests=searched,
            ),
        )

    # -- (a) the referral floor, exhaustively

    def check_referral_floor(
        self, routine: str, pains: Sequence[int], days: Sequence[int | None]
    ) -> None:
        for flag in self.floor:
            for pain in pains:
                for day in days:
                    if self.left() <= 0:
                        return
                    self.compose(_request(routine, pain, [("red_flags", flag.value)], day))

    # -- (b) every combination of up to k answers

    def enumerate(
        self,
        routines: Sequence[str],
        pains: Sequence[int],
        days: Sequence[int | None],
        answers: Sequence[Answer],
        *,
        limit: int,
    ) -> tuple[int, bool]:
        """Compose level by level; return the last complete level and whether it was the
        last one. Relational invariants compare each input with its neighbours one answer
        fewer and one pain class lower."""
        previous: dict[tuple[str, int, int | None, tuple[Answer, ...]], tuple[Slots, bool]] = {}
        done = -1
        for size in range(len(answers) + 1):
            sets = list(combinations(answers, size))
            cost = len(sets) * len(routines) * len(pains) * len(days)
            if self.spent + cost > limit:
                break
            current: dict[tuple[str, int, int | None, tuple[Answer, ...]], tuple[Slots, bool]] = {}
            for routine in routines:
                plan = self.catalogue.routines[routine]
                for day in days:
                    for chosen in sets:
                        lower: tuple[ComposeRequest, Slots] | None = None
                        for pain in pains:
                            request = _request(routine, pain, chosen, day)
                            slots = _slots(plan, self.compose(request))
                            current[(routine, pain, day, chosen)] = (slots, True)
                            if lower is not None:
                                self.check_more_pain(lower[0], lower[1], request, slots)
                            lower = (request, slots)
                            for dropped in chosen:
                                fewer = tuple(a for a in chosen if a != dropped)
                                before = previous[(routine, pain, day, fewer)][0]
                                self.check_one_more_answer(
                                    plan,
                                    _request(routine, pain, fewer, day),
                                    before,
                                    request,
                                    slots,
                                    dropped,
                                )
            previous = current
            done = size
        return done, done == len(answers)

    # -- (c) a seeded random search over everything

    def search(self, routines: Sequence[str], days: Sequence[int | None]) -> int:
        rng = random.Random(self.seed)  # noqa: S311 - a reproducible search, not a secret
        limits, flags = list(MobilityLimit), list(RedFlag)
        highest_day = max((d for d in days if d is not None), default=0)
        searched = 0
        while self.left() > 0:
            searched += 1
            routine = rng.choice(routines)
            plan = self.catalogue.routines[routine]
            chosen: list[Answer] = [
                ("mobility_limits", v.value)
                for v in rng.sample(limits, rng.randint(0, len(limits)))
            ]
            if rng.random() < 0.3:
                chosen += [("red_flags", v.value) for v in rng.sample(flags, rng.randint(1, 2))]
            day = rng.choice([None, rng.choice(days), rng.randint(0, highest_day + 30)])
            minutes = rng.choice([None, rng.randint(1, 30)])
            pain = rng.randint(0, 10)
            region = rng.choice([None, "GB"])
            self.compose(_request(routine, pain, chosen, day, minutes, region))
            if self.left() < 3:
                break
            base = _request(routine, pain, chosen, day)
            before = _slots(plan, self.compose(base))
            extra: Answer = rng.choice(
                [("mobility_limits", v.value) for v in limits if v not in base.mobility_limits]
                + [("red_flags", v.value) for v in flags if v not in base.red_flags]
            )
            more = _request(routine, pain, [*chosen, extra], day)
            self.check_one_more_answer(
                plan, base, before, more, _slots(plan, self.compose(more)), extra
            )
            if pain < 10:
                higher = _request(routine, rng.randint(pain + 1, 10), chosen, day)
                self.check_more_pain(base, before, higher, _slots(plan, self.compose(higher)))
        return searched

    # -- invariants of one composition

    def check_result(self, request: ComposeRequest, result: ComposedRoutine) -> None:
        fired = [rule for rule in self.catalogue.rules if fires(rule.trigger, request)]
        self.check_referral(request, result)
        if result.outcome == "referral":
            return
        self.check_items(request, result, fired)
        self.check_citations(request, result, fired)

    def check_referral(self, request: ComposeRequest, result: ComposedRoutine) -> None:
        needed = [flag for flag in request.red_flags if flag in self.floor]
        if needed:
            most = min((self.floor[flag] for flag in needed), key=URGENCY_ORDER.__getitem__)
            got = result.referral.urgency if result.referral else None
            if got is None or URGENCY_ORDER[got] > URGENCY_ORDER[most]:
                flags = ", ".join(sorted(f for f in needed if self.floor[f] == most))
                self.report(
                    (flags,),
                    Violation(
                        invariant=Invariant.red_flag_refers,
                        message=f"red flag {flags} must refer ({most}); the content gives "
                        + (f"a {got} referral" if got else f"outcome {result.outcome}"),
                        request=request,
                    ),
                )
        if result.outcome != "referral":
            return
        problems = []
        if result.items or result.excluded or result.total_seconds:
            problems.append("lists poses")
        body = result.model_dump_json()
        for text in self.exercise_texts(request.base_routine):
            if text in body:
                problems.append(f"says {text!r}")
                break
        for notice in result.notices:
            rule = self.catalogue.rule_by_slug.get(notice.slug)
            if rule is None or not all(
                e.without_routine for e in rule.effect if isinstance(e, NoticeEffect)
            ):
                problems.append(f"shows notice {notice.slug}, which is not without_routine")
        if problems:
            self.report(
                ("exercise", *problems),
                Violation(
                    invariant=Invariant.red_flag_refers,
                    message=f"a referral holds exercise: it {'; '.join(problems)}",
                    request=request,
                ),
            )

    def exercise_texts(self, routine: str) -> tuple[str, ...]:
        """Steps and modification instructions of the routine's poses and alternatives."""
        if routine not in self._exercise_texts:
            poses = {entry.pose for entry in self.catalogue.routines[routine].entries}
            poses |= {
                alt for slug in list(poses) for alt in self.catalogue.poses[slug].alternatives
            }
            texts = [
                step.text for slug in sorted(poses) for step in self.catalogue.poses[slug].steps
            ]
            texts += [
                m.instruction for m in self.catalogue.modifications.values() if m.pose in poses
            ]
            self._exercise_texts[routine] = tuple(t for t in texts if len(t) >= 12)
        return self._exercise_texts[routine]

    def check_items(
        self, request: ComposeRequest, result: ComposedRoutine, fired: list[SafetyRuleSpec]
    ) -> None:
        exclusions = [
            (rule, e) for rule in fired for e in rule.effect if isinstance(e, ExcludeEffect)
        ]
        for item in result.items:
            pose = self.catalogue.poses.get(item.pose.slug)
            if pose is None:
                continue
            required = [m for m in item.modifications if not m.optional]
            omitted = {phase for m in required for phase in m.omitted_phases}
            carried = set(pose.demands) | POSITION_DEMANDS.get(pose.ref.body_position, set())
            carried |= {d for p in pose.phases if p.name not in omitted for d in p.demands}
            carried -= {d for m in required for d in m.removes_demands}
            carried |= {d for m in item.modifications for d in m.adds_demands}
            for rule, effect in exclusions:
                named = pose.slug in effect.poses or (
                    effect.all_poses_except is not None and pose.slug not in effect.all_poses_except
                )
                clash = sorted(carried & set(effect.demands))
                if not named and not clash:
                    continue
                what = f"demand {', '.join(clash)}" if clash else "the pose by name"
                self.report(
                    (pose.slug, rule.slug, *clash),
                    Violation(
                        invariant=Invariant.no_excluded_demand,
                        message=f"{pose.slug} is in the routine, but rule {rule.slug} "
                        f"excludes {what}",
                        request=request,
                    ),
                )

    def check_citations(
        self, request: ComposeRequest, result: ComposedRoutine, fired: list[SafetyRuleSpec]
    ) -> None:
        fired_slugs = {rule.slug for rule in fired}
        by_slug = self.catalogue.rule_by_slug

        def problem(subject: str, text: str) -> None:
            self.report(
                (subject, text),
                Violation(
                    invariant=Invariant.exclusion_names_its_rule,
                    message=f"{subject}: {text}",
                    request=request,
                ),
            )

        for exclusion in result.excluded:
            subject = f"the exclusion of {exclusion.pose.slug}"
            if not exclusion.rules:
                problem(subject, "names no rule")
            for ref in exclusion.rules:
                rule = by_slug.get(ref.slug)
                if rule is None:
                    problem(subject, f"names rule {ref.slug}, which does not exist")
                elif ref.slug not in fired_slugs:
                    problem(subject, f"names rule {ref.slug}, which did not fire")
                elif not self.accounts_for(rule, exclusion.pose.slug, request):
                    problem(subject, f"names rule {ref.slug}, which does not exclude it")
                elif ref.message != rule.message:
                    problem(subject, f"names rule {ref.slug} with another rule's message")
        for item in result.items:
            for modification in item.modifications:
                subject = f"modification {modification.slug} of {item.pose.slug}"
                if not modification.rules:
                    problem(subject, "names no rule")
                for ref in modification.rules:
                    rule = by_slug.get(ref.slug)
                    if rule is None or ref.slug not in fired_slugs:
                        problem(subject, f"names rule {ref.slug}, which did not fire")
                    elif not any(
                        isinstance(e, ModifyEffect) and e.modification == modification.slug
                        for e in rule.effect
                    ):
                        problem(subject, f"names rule {ref.slug}, which does not apply it")
        plan = self.catalogue.routines[request.base_routine]
        excluded = {e.pose.slug for e in result.excluded}
        for entry, filler in zip(plan.entries, _slots(plan, result), strict=True):
            if filler is None and entry.pose not in excluded:
                problem(f"pose {entry.pose}", "left out without an exclusion naming a rule")

    def accounts_for(self, rule: SafetyRuleSpec, slug: str, request: ComposeRequest) -> bool:
        """Whether one of the rule's effects can leave this pose out."""
        pose = self.catalogue.poses[slug]
        possible = set(pose.demands) | {d for p in pose.phases for d in p.demands}
        possible |= {
            d
            for m in self.catalogue.modifications.values()
            if m.pose == slug
            for d in m.adds_demands
        }
        for effect in rule.effect:
            if isinstance(effect, ExcludeEffect) and (
                slug in effect.poses
                or not possible.isdisjoint(effect.demands)
                or (effect.all_poses_except is not None and slug not in effect.all_poses_except)
            ):
                return True
            if isinstance(effect, DoseEffect) and effect.fit_time_budget and request.minutes:
                return True
            if isinstance(effect, ModifyEffect):
                modification = self.catalogue.modifications.get(effect.modification)
                if modification and modification.pose == slug and modification.omitted_phases:
                    return True
        return False

    # -- invariants between two compositions

    def check_one_more_answer(
        self,
        plan: RoutinePlan,
        before_request: ComposeRequest,
        before: Slots,
        after_request: ComposeRequest,
        after: Slots,
        answer: Answer,
    ) -> None:
        for entry, old, new in zip(plan.entries, before, after, strict=True):
            if new is None or new == old:
                continue
            if old is not None and new != entry.pose:
                continue  # one alternative for another, or for the pose: a replacement
            how = "fills the empty place of" if old is None else "brings back"
            self.report(
                (answer[1], entry.pose, new),
                Violation(
                    invariant=Invariant.answers_never_add_a_pose,
                    message=f"adding {answer[1]} adds {new}: it {how} {entry.pose}",
                    request=after_request,
                    compared_with=before_request,
                ),
            )

    def check_more_pain(
        self,
        lower_request: ComposeRequest,
        lower: Slots,
        higher_request: ComposeRequest,
        higher: Slots,
    ) -> None:
        added = sorted({s for s in higher if s is not None} - {s for s in lower if s is not None})
        for slug in added:
            self.report(
                (slug, str(lower_request.pain_level)),
                Violation(
                    invariant=Invariant.more_pain_never_adds_a_pose,
                    message=f"pain {higher_request.pain_level} keeps {slug}, which pain "
                    f"{lower_request.pain_level} leaves out",
                    request=higher_request,
                    compared_with=lower_request,
                ),
            )


__all__ = [
    "DEFAULT_BUDGET",
    "POSITION_DEMANDS",
    "REFERRAL_FLOOR",
    "Coverage",
    "GateResult",
    "Invariant",
    "Violation",
    "check_safety",
    "run_gate",
]
