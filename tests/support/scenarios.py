"""Clinical scenarios: who the person is, and exactly what the composer must answer.

Each scenario names the poses kept (in order, an alternative in the slot of the pose it
replaces), every exclusion with the rules behind it, the alternatives chosen, the
modifications applied per pose, the notices and the outcome. test_scenarios.py checks them
all and checks that every rule of the rule base is exercised by at least one scenario.
"""

from dataclasses import dataclass, field
from typing import Any

GODDESS, CHILD, CAT_COW, TWIST, KNEE, TILT, BABY = (
    "goddess-pose",
    "childs-pose",
    "cat-cow",
    "lower-back-twist",
    "knee-to-chest",
    "pelvic-tilt",
    "happy-baby",
)
SEATED_TWIST, ROUND_ARCH, SEATED_EXTENSION, WALL_TILT, LYING_EXTENSION = (
    "seated-upper-body-twist",
    "seated-round-and-arch",
    "seated-back-extension",
    "wall-pelvic-tilt",
    "prone-back-extension",
)
ALL = [GODDESS, CHILD, CAT_COW, TWIST, KNEE, TILT, BABY]
STOP = "session-stop-if-pain"
INFO = [
    "session-start-gently",
    "session-breathe-slowly",
    "session-stay-active",
    "session-props-are-fine",
]
SESSION = [STOP, *INFO]


@dataclass(frozen=True)
class Scenario:
    name: str
    request: dict[str, Any]
    items: list[str]
    excluded: dict[str, list[str]] = field(default_factory=dict)
    substitutes: dict[str, str] = field(default_factory=dict)
    modifications: dict[str, list[str]] = field(default_factory=dict)
    notices: list[str] | None = None  # exact, in order; None: the session notices only
    urgency: str | None = None  # set for a referral
    action: str | None = None
    referral_rules: list[str] = field(default_factory=list)
    no_suitable_poses: bool = False

    @property
    def outcome(self) -> str:
        if self.urgency:
            return "referral"
        return "no_suitable_poses" if self.no_suitable_poses else "routine"


def without(*slugs: str) -> list[str]:
    return [slug for slug in ALL if slug not in slugs]


def excluded_by(rule: str, *slugs: str) -> dict[str, list[str]]:
    return {slug: [rule] for slug in slugs}


def referral(
    name: str, request: dict[str, Any], urgency: str, action: str, *rules: str
) -> Scenario:
    return Scenario(
        name,
        request,
        items=[],
        notices=[],
        urgency=urgency,
        action=action,
        referral_rules=list(rules),
    )


EMERGENCY_FLAGS = [
    "saddle_numbness",
    "bladder_or_bowel_change",
    "new_sexual_dysfunction",
    "both_legs_symptoms",
    "progressive_leg_weakness",
    "major_trauma",
    "chest_pain",
]
URGENT_FLAGS = [
    "fever",
    "unexplained_weight_loss",
    "history_of_cancer",
    "night_or_rest_pain",
    "worse_with_cough_or_sneeze",
    "minor_trauma_with_fracture_risk",
    "fracture_risk_with_sudden_pain",
    "back_lump_or_deformity",
    "immunosuppression_or_iv_drug_use",
    "pain_between_shoulder_blades",
    "unsteady_walking",
]
ADVISORY_FLAGS = ["inflammatory_pattern", "age_over_50_new_pain", "age_under_20"]


def flag_rule(flag: str) -> str:
    return "red-flag-" + flag.replace("_", "-")


SCENARIOS = [
    # -- red flags ---------------------------------------------------------------------------
    *[
        referral(
            f"emergency: {flag}",
            {"pain_level": 3, "red_flags": [flag]},
            "emergency",
            "emergency_services",
            flag_rule(flag),
        )
        for flag in EMERGENCY_FLAGS
    ],
    *[
        referral(
            f"urgent: {flag}",
            {"pain_level": 3, "red_flags": [flag]},
            "urgent",
            "same_day_doctor",
            flag_rule(flag),
        )
        for flag in URGENT_FLAGS
    ],
    referral(
        "under 16: a doctor before any routine",
        {"pain_level": 2, "red_flags": ["age_under_16"]},
        "soon",
        "see_gp",
        "red-flag-age-under-16",
    ),
    referral(
        "warning signs in pregnancy: maternity triage",
        {
            "pain_level": 2,
            "mobility_limits": ["pregnancy"],
            "red_flags": ["pregnancy_warning_signs"],
        },
        "emergency",
        "maternity_triage",
        "red-flag-pregnancy-warning-signs",
    ),
    referral(
        "severe pain in pregnancy: maternity triage",
        {"pain_level": 7, "mobility_limits": ["pregnancy"]},
        "emergency",
        "maternity_triage",
        "red-flag-severe-pain-in-pregnancy",
    ),
    referral(
        "saddle numbness in pregnancy with no pain: emergency services",
        {"pain_level": 0, "mobility_limits": ["pregnancy"], "red_flags": ["saddle_numbness"]},
        "emergency",
        "emergency_services",
        "red-flag-saddle-numbness",
    ),
    referral(
        "osteoporosis with severe pain: possible fracture",
        {"pain_level": 8, "mobility_limits": ["osteoporosis"]},
        "urgent",
        "same_day_doctor",
        "red-flag-osteoporosis-with-severe-pain",
    ),
    referral(
        "osteoporosis with the worst pain: both reasons given",
        {"pain_level": 9, "mobility_limits": ["osteoporosis"]},
        "urgent",
        "same_day_doctor",
        "red-flag-osteoporosis-with-severe-pain",
        "pain-band-worst",
    ),
    referral(
        "emergency outranks urgent",
        {"pain_level": 2, "red_flags": ["fever", "saddle_numbness"]},
        "emergency",
        "emergency_services",
        "red-flag-saddle-numbness",
        "red-flag-fever",
    ),
    referral(
        "an urgent flag and the worst pain band",
        {"pain_level": 10, "red_flags": ["fever"]},
        "urgent",
        "same_day_doctor",
        "red-flag-fever",
        "pain-band-worst",
    ),
    Scenario(
        "a referral keeps only the advice that holds without a routine",
        {"pain_level": 3, "red_flags": ["fever", "age_over_50_new_pain"], "days_with_pain": 10},
        items=[],
        notices=["red-flag-age-over-50-new-pain", "duration-a-week-or-more"],
        urgency="urgent",
        action="same_day_doctor",
        referral_rules=["red-flag-fever"],
    ),
    *[
        Scenario(
            f"advisory: {flag}",
            {"pain_level": 2, "red_flags": [flag]},
            items=ALL,
            notices=[flag_rule(flag), *SESSION],
        )
        for flag in ADVISORY_FLAGS
    ],
    # -- pain bands --------------------------------------------------------------------------
    Scenario("no pain", {"pain_level": 0}, items=ALL, notices=[STOP, "pain-band-none", *INFO]),
    Scenario("mild pain", {"pain_level": 2}, items=ALL),
    Scenario(
        "moderate pain",
        {"pain_level": 5},
        items=without(GODDESS, BABY),
        excluded=excluded_by("pain-band-moderate", GODDESS, BABY),
        modifications={
            CHILD: ["childs-pose-pillow-under-belly"],
            TWIST: ["lower-back-twist-pillow-under-knees"],
        },
        notices=["pain-band-moderate", *SESSION],
    ),
    Scenario(
        "severe pain",
        {"pain_level": 8},
        items=[CHILD, TWIST, TILT],
        excluded=excluded_by("pain-band-severe", GODDESS, CAT_COW, KNEE, BABY),
        modifications={
            CHILD: ["childs-pose-pillow-under-belly"],
            TWIST: ["lower-back-twist-pillow-under-knees"],
        },
        notices=["pain-band-severe", *SESSION],
    ),
    referral("worst pain", {"pain_level": 9}, "urgent", "same_day_doctor", "pain-band-worst"),
    # -- mobility limits ---------------------------------------------------------------------
    Scenario(
        "cannot kneel: kneeling poses replaced",
        {"pain_level": 2, "mobility_limits": ["cannot_kneel"]},
        items=[GODDESS, ROUND_ARCH, WALL_TILT, TWIST, KNEE, TILT, BABY],
        excluded=excluded_by("limit-cannot-kneel", CHILD, CAT_COW),
        substitutes={CHILD: ROUND_ARCH, CAT_COW: WALL_TILT},
    ),
    Scenario(
        "knee pain",
        {"pain_level": 2, "mobility_limits": ["knee_pain"]},
        items=ALL,
        modifications={
            GODDESS: ["goddess-pose-shallow-squat"],
            CHILD: ["childs-pose-knees-cushioned"],
            CAT_COW: ["cat-cow-padded-knees"],
        },
    ),
    Scenario(
        "wrist pain: Cat-Cow on the forearms, Child's Pose (set up on the hands) replaced",
        {"pain_level": 2, "mobility_limits": ["wrist_pain"]},
        items=[GODDESS, ROUND_ARCH, CAT_COW, TWIST, KNEE, TILT, BABY],
        excluded=excluded_by("limit-wrist-pain", CHILD),
        substitutes={CHILD: ROUND_ARCH},
        modifications={CAT_COW: ["cat-cow-forearms-or-fists"]},
    ),
    Scenario(
        "neck pain",
        {"pain_level": 2, "mobility_limits": ["neck_pain"]},
        items=ALL,
        modifications={CAT_COW: ["cat-cow-head-in-line"], BABY: ["happy-baby-head-supported"]},
    ),
    Scenario(
        "shoulder pain",
        {"pain_level": 2, "mobility_limits": ["shoulder_pain"]},
        items=ALL,
        modifications={GODDESS: ["goddess-pose-hands-on-hips"], BABY: ["happy-baby-hold-thighs"]},
    ),
    Scenario(
        "balance problems",
        {"pain_level": 2, "mobility_limits": ["balance_problems"]},
        items=ALL,
        modifications={GODDESS: ["goddess-pose-chair-support"]},
    ),
    Scenario(
        "cannot get to the floor: chair and standing poses instead",
        {"pain_level": 2, "mobility_limits": ["cannot_get_to_floor"]},
        items=[GODDESS, ROUND_ARCH, WALL_TILT, SEATED_TWIST, SEATED_EXTENSION],
        excluded=excluded_by("limit-cannot-get-to-floor", CHILD, CAT_COW, TWIST, KNEE, TILT, BABY),
        substitutes={
            CHILD: ROUND_ARCH,
            CAT_COW: WALL_TILT,
            TWIST: SEATED_TWIST,
            KNEE: SEATED_EXTENSION,
        },
    ),
    Scenario(
        "cannot lie on the back",
        {"pain_level": 2, "mobility_limits": ["cannot_lie_on_back"]},
        items=[GODDESS, CHILD, CAT_COW, SEATED_TWIST, ROUND_ARCH, WALL_TILT],
        excluded=excluded_by("limit-cannot-lie-on-back", TWIST, KNEE, TILT, BABY),
        substitutes={TWIST: SEATED_TWIST, KNEE: ROUND_ARCH, TILT: WALL_TILT},
    ),
    Scenario(
        "pregnancy",
        {"pain_level": 2, "mobility_limits": ["pregnancy"]},
        items=[GODDESS, CHILD, CAT_COW, ROUND_ARCH, WALL_TILT],
        excluded=excluded_by("limit-pregnancy", TWIST, KNEE, TILT, BABY),
        substitutes={KNEE: ROUND_ARCH, TILT: WALL_TILT},
        modifications={CHILD: ["childs-pose-knees-wide"]},
        notices=["limit-pregnancy", *SESSION],
    ),
    Scenario(
        "pelvic girdle pain: no wide-legged squat",
        {"pain_level": 2, "mobility_limits": ["pelvic_girdle_pain"]},
        items=[WALL_TILT, CHILD, CAT_COW, TWIST, KNEE, TILT],
        excluded=excluded_by("limit-pelvic-girdle-pain", GODDESS, BABY),
        substitutes={GODDESS: WALL_TILT},
    ),
    Scenario(
        "pregnancy with pelvic girdle pain: no knees-wide Child's Pose either",
        {"pain_level": 2, "mobility_limits": ["pregnancy", "pelvic_girdle_pain"]},
        items=[WALL_TILT, ROUND_ARCH, CAT_COW, SEATED_EXTENSION],
        excluded={
            GODDESS: ["limit-pelvic-girdle-pain"],
            CHILD: ["limit-pelvic-girdle-pain"],
            TWIST: ["limit-pregnancy"],
            KNEE: ["limit-pregnancy"],
            TILT: ["limit-pregnancy"],
            BABY: ["limit-pregnancy", "limit-pelvic-girdle-pain"],
        },
        substitutes={GODDESS: WALL_TILT, CHILD: ROUND_ARCH, KNEE: SEATED_EXTENSION},
        notices=["limit-pregnancy", *SESSION],
    ),
    Scenario(
        "hip replacement: both approaches' precautions, no floor, higher seats",
        {"pain_level": 2, "mobility_limits": ["hip_replacement"]},
        items=[WALL_TILT, ROUND_ARCH, SEATED_TWIST, SEATED_EXTENSION],
        excluded=excluded_by("limit-hip-replacement", *ALL),
        substitutes={
            GODDESS: WALL_TILT,
            CHILD: ROUND_ARCH,
            TWIST: SEATED_TWIST,
            KNEE: SEATED_EXTENSION,
        },
        modifications={
            ROUND_ARCH: ["seated-round-and-arch-high-chair"],
            SEATED_TWIST: ["seated-upper-body-twist-high-chair"],
            SEATED_EXTENSION: ["seated-back-extension-high-chair"],
        },
        notices=["limit-hip-replacement", *SESSION],
    ),
    Scenario(
        "osteoporosis: no bending forward, no twisting, arching kept",
        {"pain_level": 2, "mobility_limits": ["osteoporosis"]},
        items=[ROUND_ARCH, CAT_COW, SEATED_EXTENSION],
        excluded=excluded_by("limit-osteoporosis", GODDESS, CHILD, TWIST, KNEE, TILT, BABY),
        substitutes={CHILD: ROUND_ARCH, KNEE: SEATED_EXTENSION},
        modifications={
            ROUND_ARCH: ["seated-round-and-arch-arch-only"],
            CAT_COW: ["cat-cow-cow-only"],
        },
        notices=["limit-osteoporosis", *SESSION],
    ),
    Scenario(
        "bending forward or sitting worsens leg pain: no rounding, no sitting, extension instead",
        {"pain_level": 2, "mobility_limits": ["flexion_worsens_leg_pain"]},
        items=[LYING_EXTENSION, CAT_COW, TWIST],
        excluded=excluded_by("limit-flexion-worsens-leg-pain", GODDESS, CHILD, KNEE, TILT, BABY),
        substitutes={CHILD: LYING_EXTENSION},
        modifications={CAT_COW: ["cat-cow-cow-only"]},
    ),
    Scenario(
        "arching worsens pain",
        {"pain_level": 2, "mobility_limits": ["extension_worsens_pain"]},
        items=ALL,
        modifications={CAT_COW: ["cat-cow-cat-only"]},
    ),
    Scenario(
        "spinal stenosis",
        {"pain_level": 2, "mobility_limits": ["spinal_stenosis"]},
        items=ALL,
        modifications={CAT_COW: ["cat-cow-cat-only"]},
    ),
    referral(
        "recent back surgery",
        {"pain_level": 2, "mobility_limits": ["recent_back_surgery"]},
        "soon",
        "see_gp",
        "limit-recent-back-surgery",
    ),
    Scenario(
        "recent abdominal surgery",
        {"pain_level": 2, "mobility_limits": ["recent_abdominal_surgery"]},
        items=[GODDESS, ROUND_ARCH, CAT_COW, TWIST, SEATED_EXTENSION, TILT],
        excluded=excluded_by("limit-recent-abdominal-surgery", CHILD, KNEE, BABY),
        substitutes={CHILD: ROUND_ARCH, KNEE: SEATED_EXTENSION},
    ),
    Scenario(
        "glaucoma or high blood pressure",
        {"pain_level": 2, "mobility_limits": ["glaucoma_or_high_blood_pressure"]},
        items=ALL,
        modifications={
            CHILD: ["childs-pose-head-on-fists"],
            CAT_COW: ["cat-cow-head-in-line"],
        },
    ),
    # -- duration ----------------------------------------------------------------------------
    Scenario("pain for 6 days", {"pain_level": 2, "days_with_pain": 6}, items=ALL),
    Scenario(
        "pain for a week or more",
        {"pain_level": 2, "days_with_pain": 10},
        items=ALL,
        notices=["duration-a-week-or-more", *SESSION],
    ),
    Scenario(
        "chronic pain",
        {"pain_level": 2, "days_with_pain": 100},
        items=ALL,
        notices=["duration-a-week-or-more", STOP, "duration-chronic", *INFO],
    ),
    # -- time budget -------------------------------------------------------------------------
    Scenario(
        "two minutes",
        {"pain_level": 2, "minutes": 2},
        items=[CHILD, CAT_COW],
        excluded=excluded_by("session-time-budget", GODDESS, TWIST, KNEE, TILT, BABY),
    ),
    Scenario(
        "one minute keeps the highest-priority pose",
        {"pain_level": 2, "minutes": 1},
        items=[CAT_COW],
        excluded=excluded_by("session-time-budget", GODDESS, CHILD, TWIST, KNEE, TILT, BABY),
    ),
    Scenario("ten minutes fit everything", {"pain_level": 2, "minutes": 10}, items=ALL),
    Scenario(
        "an alternative can be dropped for time",
        {"pain_level": 2, "mobility_limits": ["cannot_get_to_floor"], "minutes": 2},
        items=[ROUND_ARCH, WALL_TILT, SEATED_EXTENSION],
        excluded={
            GODDESS: ["session-time-budget"],
            CHILD: ["limit-cannot-get-to-floor"],
            CAT_COW: ["limit-cannot-get-to-floor"],
            TWIST: ["limit-cannot-get-to-floor"],
            SEATED_TWIST: ["session-time-budget"],
            KNEE: ["limit-cannot-get-to-floor"],
            TILT: ["limit-cannot-get-to-floor"],
            BABY: ["limit-cannot-get-to-floor"],
        },
        substitutes={CHILD: ROUND_ARCH, CAT_COW: WALL_TILT, KNEE: SEATED_EXTENSION},
    ),
    # -- combinations ------------------------------------------------------------------------
    Scenario(
        "moderate pain, cannot kneel: the band's exclusions are not replaced",
        {"pain_level": 5, "mobility_limits": ["cannot_kneel"]},
        items=[ROUND_ARCH, WALL_TILT, TWIST, KNEE, TILT],
        excluded={
            GODDESS: ["pain-band-moderate"],
            CHILD: ["limit-cannot-kneel"],
            CAT_COW: ["limit-cannot-kneel"],
            BABY: ["pain-band-moderate"],
        },
        substitutes={CHILD: ROUND_ARCH, CAT_COW: WALL_TILT},
        modifications={TWIST: ["lower-back-twist-pillow-under-knees"]},
        notices=["pain-band-moderate", *SESSION],
    ),
    Scenario(
        "bending forward and arching both worsen: no Cat-Cow, and little else",
        {
            "pain_level": 2,
            "mobility_limits": ["extension_worsens_pain", "flexion_worsens_leg_pain"],
        },
        items=[TWIST],
        excluded={
            GODDESS: ["limit-flexion-worsens-leg-pain"],
            CHILD: ["limit-flexion-worsens-leg-pain"],
            CAT_COW: ["limit-flexion-worsens-leg-pain", "limit-extension-worsens-pain"],
            KNEE: ["limit-flexion-worsens-leg-pain"],
            TILT: ["limit-flexion-worsens-leg-pain"],
            BABY: ["limit-flexion-worsens-leg-pain"],
        },
    ),
    Scenario(
        "moderate pain with osteoporosis",
        {"pain_level": 5, "mobility_limits": ["osteoporosis"]},
        items=[ROUND_ARCH, CAT_COW, SEATED_EXTENSION],
        excluded={
            GODDESS: ["pain-band-moderate", "limit-osteoporosis"],
            CHILD: ["limit-osteoporosis"],
            TWIST: ["limit-osteoporosis"],
            KNEE: ["limit-osteoporosis"],
            TILT: ["limit-osteoporosis"],
            BABY: ["pain-band-moderate", "limit-osteoporosis"],
        },
        substitutes={CHILD: ROUND_ARCH, KNEE: SEATED_EXTENSION},
        modifications={
            ROUND_ARCH: ["seated-round-and-arch-arch-only"],
            CAT_COW: ["cat-cow-cow-only"],
        },
        notices=["pain-band-moderate", "limit-osteoporosis", *SESSION],
    ),
    Scenario(
        "pregnant and cannot kneel",
        {"pain_level": 3, "mobility_limits": ["pregnancy", "cannot_kneel"]},
        items=[GODDESS, ROUND_ARCH, WALL_TILT, SEATED_EXTENSION],
        excluded={
            CHILD: ["limit-cannot-kneel"],
            CAT_COW: ["limit-cannot-kneel"],
            TWIST: ["limit-pregnancy"],
            KNEE: ["limit-pregnancy"],
            TILT: ["limit-pregnancy"],
            BABY: ["limit-pregnancy"],
        },
        substitutes={CHILD: ROUND_ARCH, CAT_COW: WALL_TILT, KNEE: SEATED_EXTENSION},
        notices=["limit-pregnancy", *SESSION],
    ),
    Scenario(
        "severe pain and no floor: the standing pelvic tilt only",
        {"pain_level": 8, "mobility_limits": ["cannot_get_to_floor"]},
        items=[WALL_TILT],
        excluded={
            GODDESS: ["pain-band-severe"],
            CHILD: ["limit-cannot-get-to-floor"],
            CAT_COW: ["pain-band-severe", "limit-cannot-get-to-floor"],
            TWIST: ["limit-cannot-get-to-floor"],
            KNEE: ["pain-band-severe", "limit-cannot-get-to-floor"],
            TILT: ["limit-cannot-get-to-floor"],
            BABY: ["pain-band-severe", "limit-cannot-get-to-floor"],
        },
        substitutes={TILT: WALL_TILT},
        notices=["pain-band-severe", *SESSION],
    ),
    Scenario(
        "nothing suits: no routine, advice instead",
        {"pain_level": 8, "mobility_limits": ["cannot_get_to_floor", "flexion_worsens_leg_pain"]},
        items=[],
        excluded={
            GODDESS: ["pain-band-severe", "limit-flexion-worsens-leg-pain"],
            CHILD: ["limit-cannot-get-to-floor", "limit-flexion-worsens-leg-pain"],
            CAT_COW: ["pain-band-severe", "limit-cannot-get-to-floor"],
            TWIST: ["limit-cannot-get-to-floor"],
            KNEE: [
                "pain-band-severe",
                "limit-cannot-get-to-floor",
                "limit-flexion-worsens-leg-pain",
            ],
            TILT: ["limit-cannot-get-to-floor", "limit-flexion-worsens-leg-pain"],
            BABY: [
                "pain-band-severe",
                "limit-cannot-get-to-floor",
                "limit-flexion-worsens-leg-pain",
            ],
        },
        notices=["session-no-suitable-poses"],
        no_suitable_poses=True,
    ),
]
