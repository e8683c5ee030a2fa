from typing import Literal

ReferralAction = Literal["emergency_services", "maternity_triage", "same_day_doctor", "see_gp"]

REFERRAL_ACTION_VALUES: set[ReferralAction] = {
    "emergency_services",
    "maternity_triage",
    "same_day_doctor",
    "see_gp",
}


def check_referral_action(value: str) -> ReferralAction:
    if value in REFERRAL_ACTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {REFERRAL_ACTION_VALUES!r}")
