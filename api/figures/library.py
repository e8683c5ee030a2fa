"""Every pose's figures by name, their accessible text, and their links (pure, no I/O).

A pose's figures: the main figure (`figure.svg`); one per phase when it has two or more,
plus `animated`, moving through them; one per modification that changes the body's shape.
"""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import Any, Protocol

from api.figures.body import Body, FigureError, pose_body
from api.figures.render import Keyframes, render_animated, render_figure
from models.figure import BodySpec, PoseFigures

MAIN = "main"
ANIMATED = "animated"
HOLD_SHARE = 0.6  # of each phase's share of the cycle, held still; the rest is the move


def figure_path(slug: str, name: str = MAIN) -> str:
    if name == MAIN:
        return f"/v1/poses/{slug}/figure.svg"
    return f"/v1/poses/{slug}/figures/{name}.svg"


def _blend(a: Any, b: Any, t: float) -> Any:
    """A spec between two specs: numbers interpolated, anything else taken from the nearer."""
    if isinstance(a, bool) or isinstance(b, bool):
        return a if t < 0.5 else b
    if isinstance(a, int | float) and isinstance(b, int | float):
        return a + (b - a) * t
    if isinstance(a, dict) and isinstance(b, dict) and a.keys() == b.keys():
        return {key: _blend(a[key], b[key], t) for key in a}
    if isinstance(a, list) and isinstance(b, list) and len(a) == len(b):
        return [_blend(x, y, t) for x, y in zip(a, b, strict=True)]
    return a if t < 0.5 else b


def blend_specs(a: BodySpec, b: BodySpec, t: float) -> BodySpec:
    return BodySpec.model_validate(_blend(a.model_dump(), b.model_dump(), t))


@dataclass(frozen=True)
class PoseFigureSet:
    """One pose's figures, posed once."""

    slug: str
    data: PoseFigures

    @cached_property
    def names(self) -> tuple[str, ...]:
        """Every figure's name but the main one's, in order: phases, animated, modifications."""
        phases = tuple(self.data.phases) if len(self.data.phases) >= 2 else ()
        animated = (ANIMATED,) if phases else ()
        return (*phases, *animated, *self.data.modifications)

    def spec(self, name: str) -> BodySpec:
        if name == MAIN:
            return self.data.main_figure
        if name in self.data.phases:
            return self.data.phases[name]
        return self.data.modifications[name]

    def body(self, name: str) -> Body:
        """The posed body of a figure (posed once; bad data raises FigureError, named)."""
        body = self._bodies.get(name)
        if body is None:
            try:
                body = pose_body(self.spec(name), self.data.view)
            except FigureError as error:
                raise FigureError(f"{self.slug} figure {name}: {error}") from error
            self._bodies[name] = body
        return body

    @cached_property
    def _bodies(self) -> dict[str, Body]:
        return {}

    @cached_property
    def phase_bodies(self) -> tuple[Body, ...]:
        return tuple(self.body(name) for name in self.data.phases)

    def _aligned_with(self, name: str) -> tuple[Body, ...]:
        """Phases share one placement, so they line up with each other and when animated."""
        if name in self.data.phases or (name == MAIN and self.data.phases):
            return self.phase_bodies
        return ()

    def keyframes(self) -> Keyframes:
        """Each phase held, then a move through a blended middle to the next phase."""
        specs = list(self.data.phases.values())
        count = len(specs)
        bodies: list[Body] = []
        times: list[float] = []
        share = 1 / count
        for n, spec in enumerate(specs):
            following = specs[(n + 1) % count]
            start = n * share
            bodies += [pose_body(spec, self.data.view)] * 2
            times += [start, start + share * HOLD_SHARE]
            try:
                middle = pose_body(blend_specs(spec, following, 0.5), self.data.view)
            except FigureError:
                continue  # the blended middle cannot be drawn: move in a straight line instead
            bodies.append(middle)
            times.append(start + share * (HOLD_SHARE + (1 - HOLD_SHARE) / 2))
        bodies.append(bodies[0])
        times.append(1.0)
        return Keyframes(tuple(bodies), tuple(times), self.data.cycle_seconds)

    @cached_property
    def every_body(self) -> tuple[Body, ...]:
        """All of the pose's bodies: they share one scale."""
        return tuple(self.body(n) for n in (MAIN, *self.data.phases, *self.data.modifications))

    def svg(self, name: str, title: str, description: str) -> str:
        frame = self.data.frame
        if name == ANIMATED:
            return render_animated(
                self.keyframes(), frame, title, description, self.phase_bodies, self.every_body
            )
        return render_figure(
            self.body(name), frame, title, description, self._aligned_with(name), self.every_body
        )


class FigureLibrary:
    """Every pose's figures, from the figure data (`seed/figures.yaml` today)."""

    def __init__(self, poses: Mapping[str, PoseFigures]) -> None:
        self.poses = {slug: PoseFigureSet(slug, data) for slug, data in poses.items()}

    def __contains__(self, slug: str) -> bool:
        return slug in self.poses

    def figure_set(self, slug: str) -> PoseFigureSet:
        return self.poses[slug]

    def check(self) -> None:
        """Pose every figure and its animation once: bad data fails here, not on a request."""
        for figure_set in self.poses.values():
            for name in (MAIN, *figure_set.names):
                if name == ANIMATED:
                    figure_set.keyframes()
                else:
                    figure_set.body(name)

    def links(self, slug: str) -> dict[str, str]:
        """The figure URLs of a pose: `main` and each named figure (empty for no figures)."""
        if slug not in self.poses:
            return {}
        names = (MAIN, *self.poses[slug].names)
        return {name: figure_path(slug, name) for name in names}


class FigureStep(Protocol):
    """What a figure's text reads of a step (models.values.StepPublic has it)."""

    @property
    def text(self) -> str: ...
    @property
    def cue(self) -> str: ...
    @property
    def phase(self) -> str | None: ...


class FigureModification(Protocol):
    @property
    def slug(self) -> str: ...
    @property
    def label(self) -> str: ...
    @property
    def instruction(self) -> str: ...


class FigurePose(Protocol):
    """What a figure's text reads of a pose (models.pose.PosePublic has it; the renderer does
    not import it, because that module holds the table too)."""

    @property
    def name(self) -> str: ...
    @property
    def summary(self) -> str: ...
    @property
    def steps(self) -> Sequence[FigureStep]: ...
    @property
    def modifications(self) -> Sequence[FigureModification]: ...


def _join(texts: Sequence[str]) -> str:
    return " ".join(text.strip() for text in texts if text.strip())


def figure_text(
    pose: FigurePose | None, slug: str, name: str, phases: Sequence[str] = ()
) -> tuple[str, str]:
    """The `<title>` and `<desc>` of a figure, from the pose's content: its name and the steps
    of the phase (or the pose's setup and action steps), or the modification's label and
    instruction. `phases`: the figure's phases, for the animation's title. Without content (a
    figure drawn before its pose is published), from the slug and name."""
    if pose is None:
        label = slug.replace("-", " ").capitalize()
        return (label if name == MAIN else f"{label}: {name.replace('-', ' ')}", label)
    steps = pose.steps
    modifications = {m.slug: m for m in pose.modifications}
    if name in modifications:
        modification = modifications[name]
        return f"{pose.name}: {modification.label}", modification.instruction
    phased = [s for s in steps if s.phase]
    doing = _join([s.text for s in steps if s.cue in ("setup", "action")])
    if name == ANIMATED:
        names = list(phases) or list(dict.fromkeys(s.phase for s in phased if s.phase))
        title = f"{pose.name}: moving between {', '.join(names[:-1])} and {names[-1]}"
        return title, _join([s.text for s in phased]) or doing
    phase_steps = [s.text for s in phased if s.phase == name]
    if phase_steps:
        return f"{pose.name}: {name}", _join(phase_steps)
    if name == MAIN:
        first_phase = phased[0].phase if phased else None
        shown = [
            s.text
            for s in steps
            if (s.cue in ("setup", "action") and not s.phase)
            or (first_phase is not None and s.phase == first_phase)
        ]
        return pose.name, _join(shown) or pose.summary
    return f"{pose.name}: {name.replace('-', ' ')}", doing or pose.summary
