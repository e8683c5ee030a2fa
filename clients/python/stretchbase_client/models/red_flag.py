from typing import Literal

RedFlag = Literal[
    "age_over_50_new_pain",
    "age_under_16",
    "age_under_20",
    "back_lump_or_deformity",
    "bladder_or_bowel_change",
    "both_legs_symptoms",
    "chest_pain",
    "fever",
    "fracture_risk_with_sudden_pain",
    "history_of_cancer",
    "immunosuppression_or_iv_drug_use",
    "inflammatory_pattern",
    "major_trauma",
    "minor_trauma_with_fracture_risk",
    "new_sexual_dysfunction",
    "night_or_rest_pain",
    "pain_between_shoulder_blades",
    "pregnancy_warning_signs",
    "progressive_leg_weakness",
    "saddle_numbness",
    "unexplained_weight_loss",
    "unsteady_walking",
    "worse_with_cough_or_sneeze",
]

RED_FLAG_VALUES: set[RedFlag] = {
    "age_over_50_new_pain",
    "age_under_16",
    "age_under_20",
    "back_lump_or_deformity",
    "bladder_or_bowel_change",
    "both_legs_symptoms",
    "chest_pain",
    "fever",
    "fracture_risk_with_sudden_pain",
    "history_of_cancer",
    "immunosuppression_or_iv_drug_use",
    "inflammatory_pattern",
    "major_trauma",
    "minor_trauma_with_fracture_risk",
    "new_sexual_dysfunction",
    "night_or_rest_pain",
    "pain_between_shoulder_blades",
    "pregnancy_warning_signs",
    "progressive_leg_weakness",
    "saddle_numbness",
    "unexplained_weight_loss",
    "unsteady_walking",
    "worse_with_cough_or_sneeze",
}


def check_red_flag(value: str) -> RedFlag:
    if value in RED_FLAG_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RED_FLAG_VALUES!r}")
