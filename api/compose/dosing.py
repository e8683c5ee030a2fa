"""Dose arithmetic: scaling a dose, counting its seconds, and restating scaled steps."""

from models.rule_language import DoseEffect
from models.values import Dose, NumberRange, StepPublic, Timing
from models.vocabulary import Sides

STEP_MEASURES = ("hold_seconds", "breaths", "repetitions", "duration_seconds")
STEP_PHRASES = {
    "hold_seconds": "Hold for {} seconds.",
    "breaths": "Hold for {} breaths.",
    "repetitions": "Repeat {} times.",
    "duration_seconds": "Repeat these movements for {} seconds.",
}


def _scale_range(
    value: NumberRange | None, effect: DoseEffect, cap: int | None
) -> NumberRange | None:
    if value is None:
        return None
    low, high = value.min, value.max
    if effect.range == "low_end":
        high = low
    if cap is not None:
        low = min(low, cap)
        high = cap if high is None else min(high, cap)
    return NumberRange(min=low, max=high)


def scale_dose(dose: Dose, effect: DoseEffect) -> Dose:
    return dose.model_copy(
        update={
            "hold_seconds": _scale_range(dose.hold_seconds, effect, effect.max_hold_seconds),
            "breaths": _scale_range(dose.breaths, effect, effect.max_breaths),
            "repetitions": _scale_range(dose.repetitions, effect, effect.max_repetitions),
            "duration_seconds": _scale_range(
                dose.duration_seconds, effect, effect.max_duration_seconds
            ),
        }
    )


def dose_seconds(dose: Dose, timing: Timing) -> int:
    """The most time the dose asks for: the top of each range (its min when open-ended)."""
    if dose.hold_seconds is not None:
        once = dose.hold_seconds.upper
    elif dose.breaths is not None:
        once = dose.breaths.upper * timing.seconds_per_breath
    elif dose.repetitions is not None:
        once = dose.repetitions.upper * (dose.cycle_seconds or timing.seconds_per_repetition)
    else:
        assert dose.duration_seconds is not None  # a Dose sets exactly one measure
        once = dose.duration_seconds.upper
    return once * (2 if dose.sides == Sides.each else 1)


def _describe(value: NumberRange) -> str:
    if value.max is None:
        return f"{value.min} or more"
    return str(value.min) if value.max == value.min else f"{value.min}–{value.max}"


def restate_steps(
    steps: tuple[StepPublic, ...], article: Dose, scaled: Dose
) -> tuple[StepPublic, ...]:
    """Steps that state the dose's measure are rewritten when the dose was scaled."""
    measure = next((m for m in STEP_MEASURES if getattr(scaled, m) is not None), None)
    if measure is None or getattr(scaled, measure) == getattr(article, measure):
        return steps
    new_value = getattr(scaled, measure)
    return tuple(
        step.model_copy(
            update={measure: new_value, "text": STEP_PHRASES[measure].format(_describe(new_value))}
        )
        if getattr(step, measure) is not None
        else step
        for step in steps
    )
