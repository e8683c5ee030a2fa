"""When does a rule apply to a request?"""

from models.composition import ComposeRequest
from models.rule_language import (
    AllOfTrigger,
    AlwaysTrigger,
    DaysWithPainTrigger,
    MobilityLimitTrigger,
    NoSuitablePosesTrigger,
    PainBandTrigger,
    RedFlagTrigger,
    TimeBudgetTrigger,
    Trigger,
)


def fires(trigger: Trigger, request: ComposeRequest) -> bool:
    """Whether the trigger applies to the request alone (`no_suitable_poses` never does: it
    applies to the outcome, and the composer checks it once the poses are chosen)."""
    match trigger:
        case RedFlagTrigger(flag=flag):
            return flag in request.red_flags
        case PainBandTrigger(min=low, max=high):
            return low <= request.pain_level <= high
        case MobilityLimitTrigger(limit=limit):
            return limit in request.mobility_limits
        case DaysWithPainTrigger(min=low, max=high):
            days = request.days_with_pain
            return days is not None and days >= low and (high is None or days <= high)
        case AllOfTrigger(triggers=triggers):
            return all(fires(part, request) for part in triggers)
        case TimeBudgetTrigger():
            return request.minutes is not None
        case AlwaysTrigger():
            return True
        case NoSuitablePosesTrigger():
            return False
    raise TypeError(f"unknown trigger {trigger!r}")  # pragma: no cover - the union is closed
