"""The fixed vocabularies of docs/design.md: clients and tests depend on these exact values."""

from enum import StrEnum


class PoseKind(StrEnum):
    static = "static"
    dynamic = "dynamic"


class Position(StrEnum):
    standing = "standing"
    kneeling = "kneeling"
    quadruped = "quadruped"
    seated = "seated"
    supine = "supine"
    prone = "prone"
    side_lying = "side_lying"


class Difficulty(StrEnum):
    beginner = "beginner"
    intermediate = "intermediate"
    advanced = "advanced"


class TargetArea(StrEnum):
    lower_back = "lower_back"
    mid_back = "mid_back"
    spine = "spine"
    core = "core"
    pelvis = "pelvis"
    hips = "hips"
    glutes = "glutes"
    groin = "groin"
    inner_thighs = "inner_thighs"
    thighs = "thighs"
    ankles = "ankles"


class Demand(StrEnum):
    """Movement demands a pose places on the body; the rules reason about these."""

    floor = "floor"
    kneeling = "kneeling"
    deep_knee_flexion = "deep_knee_flexion"
    wrist_loading = "wrist_loading"
    supine = "supine"
    standing_balance = "standing_balance"
    spinal_flexion = "spinal_flexion"
    spinal_extension = "spinal_extension"
    spinal_rotation = "spinal_rotation"
    deep_hip_flexion = "deep_hip_flexion"
    hip_external_rotation = "hip_external_rotation"
    hip_adduction = "hip_adduction"
    arms_at_shoulder_height = "arms_at_shoulder_height"
    grip_feet = "grip_feet"
    head_below_hips = "head_below_hips"
    abdominal_compression = "abdominal_compression"
    end_range_spinal_flexion = "end_range_spinal_flexion"
    wide_legs = "wide_legs"
    prone = "prone"
    hip_internal_rotation = "hip_internal_rotation"
    hip_extension = "hip_extension"
    sitting = "sitting"


class Sides(StrEnum):
    both = "both"
    each = "each"


class StepCue(StrEnum):
    setup = "setup"
    action = "action"
    hold = "hold"
    release = "release"
    repeat = "repeat"


class ModificationKind(StrEnum):
    regression = "regression"
    variation = "variation"


class RoutineKind(StrEnum):
    seeded = "seeded"
    composed = "composed"


class SourceKind(StrEnum):
    article = "article"
    guideline = "guideline"
    paper = "paper"
    patient_information = "patient_information"
    editorial = "editorial"


class MobilityLimit(StrEnum):
    cannot_kneel = "cannot_kneel"
    knee_pain = "knee_pain"
    wrist_pain = "wrist_pain"
    neck_pain = "neck_pain"
    shoulder_pain = "shoulder_pain"
    balance_problems = "balance_problems"
    cannot_get_to_floor = "cannot_get_to_floor"
    cannot_lie_on_back = "cannot_lie_on_back"
    pregnancy = "pregnancy"
    hip_replacement = "hip_replacement"
    osteoporosis = "osteoporosis"
    flexion_worsens_leg_pain = "flexion_worsens_leg_pain"
    extension_worsens_pain = "extension_worsens_pain"
    spinal_stenosis = "spinal_stenosis"
    recent_back_surgery = "recent_back_surgery"
    recent_abdominal_surgery = "recent_abdominal_surgery"
    glaucoma_or_high_blood_pressure = "glaucoma_or_high_blood_pressure"
    pelvic_girdle_pain = "pelvic_girdle_pain"


class RedFlag(StrEnum):
    saddle_numbness = "saddle_numbness"
    bladder_or_bowel_change = "bladder_or_bowel_change"
    new_sexual_dysfunction = "new_sexual_dysfunction"
    both_legs_symptoms = "both_legs_symptoms"
    progressive_leg_weakness = "progressive_leg_weakness"
    major_trauma = "major_trauma"
    chest_pain = "chest_pain"
    fever = "fever"
    unexplained_weight_loss = "unexplained_weight_loss"
    history_of_cancer = "history_of_cancer"
    night_or_rest_pain = "night_or_rest_pain"
    minor_trauma_with_fracture_risk = "minor_trauma_with_fracture_risk"
    back_lump_or_deformity = "back_lump_or_deformity"
    immunosuppression_or_iv_drug_use = "immunosuppression_or_iv_drug_use"
    pain_between_shoulder_blades = "pain_between_shoulder_blades"
    worse_with_cough_or_sneeze = "worse_with_cough_or_sneeze"
    fracture_risk_with_sudden_pain = "fracture_risk_with_sudden_pain"
    unsteady_walking = "unsteady_walking"
    pregnancy_warning_signs = "pregnancy_warning_signs"
    age_under_16 = "age_under_16"
    inflammatory_pattern = "inflammatory_pattern"
    age_over_50_new_pain = "age_over_50_new_pain"
    age_under_20 = "age_under_20"


class PainBand(StrEnum):
    none = "none"
    mild = "mild"
    moderate = "moderate"
    severe = "severe"
    worst = "worst"


class Urgency(StrEnum):
    """How soon a referral asks the person to be seen; ordered from most to least urgent."""

    emergency = "emergency"
    urgent = "urgent"
    soon = "soon"


class Severity(StrEnum):
    """As CDS Hooks cards: info, warning, critical."""

    info = "info"
    warning = "warning"
    critical = "critical"


class RuleKind(StrEnum):
    red_flag = "red_flag"
    pain_band = "pain_band"
    mobility_limit = "mobility_limit"
    duration = "duration"
    session = "session"


class Outcome(StrEnum):
    routine = "routine"
    referral = "referral"
    no_suitable_poses = "no_suitable_poses"


class ReferralAction(StrEnum):
    """What to do, so that an app in any country can map it to its own services."""

    emergency_services = "emergency_services"
    same_day_doctor = "same_day_doctor"
    see_gp = "see_gp"
    maternity_triage = "maternity_triage"


class Region(StrEnum):
    """Regions with localised contact details (ISO 3166-1 alpha-2)."""

    GB = "GB"


URGENCY_ORDER = {Urgency.emergency: 0, Urgency.urgent: 1, Urgency.soon: 2}
SEVERITY_ORDER = {Severity.critical: 0, Severity.warning: 1, Severity.info: 2}

# A red flag that refers is asked of everyone, but for one that only exists in a given
# situation: then it may be asked only after a yes to that mobility limit (its `ask_if`).
# Clinical facts, fixed with the terms: the editors' API refuses any other `ask_if` on a red
# flag that refers (api/services/editing.py).
RED_FLAG_CONTEXT: dict[RedFlag, MobilityLimit] = {
    RedFlag.pregnancy_warning_signs: MobilityLimit.pregnancy,
}
