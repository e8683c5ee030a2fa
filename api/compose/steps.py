"""How modifications rewrite a pose's steps: one function for the composer and for the
content check, so that what is checked is what is served."""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from models.values import ModificationPublic, StepPublic


@dataclass(frozen=True, slots=True)
class Rewritten:
    steps: tuple[StepPublic, ...]
    lost: tuple[str, ...]
    """Changes that could not apply: two texts for one step, or a phrase no longer there."""


def rewrite_steps(
    steps: Sequence[StepPublic],
    modifications: Iterable[ModificationPublic],
    omitted_phases: frozenset[str],
) -> Rewritten:
    """The steps as the modifications (in the pose's order) rewrite them.

    A left-out phase loses its steps and a removed step is gone, whatever else asks; then
    each new text replaces its step; then each phrase is rewritten. A change is skipped when
    one of the modifications it names in `unless` applies too. Every changed step names the
    modification that changed it last.
    """
    applying = list(modifications)
    slugs = {m.slug for m in applying}
    texts = {s.position: s.text for s in steps}
    changes = [  # a change of a step the pose lacks is the content check's to report
        (m.slug, c)
        for m in applying
        for c in m.step_changes
        if c.step in texts and not slugs.intersection(c.unless)
    ]
    removed = {c.step for _, c in changes if c.remove}
    removed |= {s.position for s in steps if s.phase in omitted_phases}
    changed_by: dict[int, str] = {}
    lost: list[str] = []
    for slug, change in changes:
        if change.text is None or change.step in removed:
            continue
        if change.step in changed_by:
            lost.append(f"{slug} and {changed_by[change.step]} both replace step {change.step}")
        texts[change.step], changed_by[change.step] = change.text, slug
    for slug, change in changes:
        if change.find is None or change.step in removed:
            continue
        if change.find not in texts[change.step]:
            lost.append(f"{slug}: step {change.step} no longer says {change.find!r}")
            continue
        texts[change.step] = texts[change.step].replace(change.find, change.replace or "", 1)
        changed_by[change.step] = slug
    rewritten = tuple(
        step.model_copy(update={"text": texts[n], "modified_by": changed_by[n]})
        if (n := step.position) in changed_by
        else step
        for step in steps
        if step.position not in removed
    )
    return Rewritten(rewritten, tuple(lost))
