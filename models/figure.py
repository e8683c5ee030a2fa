"""Figure data: a pose's body as joint angles, per phase and per modification (pure pydantic).

Angles are absolute, in degrees, in the drawing plane: 0 points forward (to the right of the
picture), 90 up, 180 back, -90 down. Lengths and offsets are fractions of body height H.
`docs/figures/README.md` explains the model and how to add a figure.
"""

from enum import StrEnum
from typing import Annotated, Any, Self

from pydantic import BaseModel, ConfigDict, Field, model_validator

from models.values import Slug
from models.vocabulary import Position

Angle = Annotated[float, Field(ge=-360, le=360)]
Offset = Annotated[float, Field(ge=-2, le=2, description="A distance in body heights (H).")]


class View(StrEnum):
    side = "side"  # the default: a side view with a floor line
    front = "front"  # for shapes in the frontal plane (Goddess Pose); floor line too
    top = "top"  # seen from above, lying on a mat (a twist about the body's long axis)


class Frame(StrEnum):
    landscape = "landscape"  # viewBox 240×160
    portrait = "portrait"  # viewBox 160×240, for standing poses


class Bend(StrEnum):
    """Which way the middle joint (elbow, knee) points when a limb is solved to a target:
    the upper segment turns counter-clockwise (ccw) or clockwise (cw) from the straight line
    between the limb's root and its target."""

    ccw = "ccw"
    cw = "cw"


class Side(StrEnum):
    near = "near"
    far = "far"


class SegmentKind(StrEnum):
    lumbar = "lumbar"
    thoracic = "thoracic"
    neck = "neck"
    shoulders = "shoulders"
    hips = "hips"
    upper_arm = "upper-arm"
    forearm = "forearm"
    hand = "hand"
    thigh = "thigh"
    shank = "shank"
    foot = "foot"


LIMB_KINDS = (
    SegmentKind.upper_arm,
    SegmentKind.forearm,
    SegmentKind.hand,
    SegmentKind.thigh,
    SegmentKind.shank,
    SegmentKind.foot,
)
TRUNK_KINDS = tuple(kind for kind in SegmentKind if kind not in LIMB_KINDS)

# A body part is a segment kind (both sides) or one side of a limb, e.g. `thigh-near`.
BodyPart = StrEnum(  # type: ignore[misc]
    "BodyPart",
    {
        name.replace("-", "_"): name
        for name in [
            *(kind.value for kind in SegmentKind),
            *(f"{kind.value}-{side.value}" for kind in LIMB_KINDS for side in Side),
        ]
    },
)

_CENTRE_POINTS = ["hip", "waist", "shoulder", "head"]
_SIDED_POINTS = ["hip", "shoulder", "elbow", "wrist", "fingertip", "knee", "ankle", "heel", "toe"]
# A named point of the body: a joint, an end, or one side's root (`hip-near`).
BodyPoint = StrEnum(  # type: ignore[misc]
    "BodyPoint",
    {
        name.replace("-", "_"): name
        for name in [
            *_CENTRE_POINTS,
            *(f"{point}-{side.value}" for point in _SIDED_POINTS for side in Side),
        ]
    },
)


class Spec(BaseModel):
    """Figure data is immutable, and an unknown key is an error, not a silent drop."""

    model_config = ConfigDict(frozen=True, extra="forbid")


class Target(Spec):
    """Where a solved limb's end (wrist or ankle) goes: exactly one of `floor`, `to`, `along`."""

    floor: Offset | None = Field(
        default=None,
        description="On the floor, this far forward of the limb's root (the hand or foot rests).",
    )
    to: BodyPoint | None = Field(default=None, description="At a point of the body.")
    along: BodyPart | None = Field(default=None, description="On a segment, at fraction `at`.")
    at: float = Field(default=0.5, ge=0, le=1)
    dx: Offset = 0
    dy: Offset = 0

    @model_validator(mode="after")
    def _one_kind(self) -> Self:
        if sum(value is not None for value in (self.floor, self.to, self.along)) != 1:
            raise ValueError("a target sets exactly one of floor, to, along")
        return self


class Limb(Spec):
    """An arm (upper arm, forearm, hand) or a leg (thigh, shank, foot): two angles, or a
    target the limb reaches (the middle joint is solved, bending as `bend` says)."""

    upper: Angle | None = None
    lower: Angle | None = None
    reach: Target | None = None
    bend: Bend | None = None
    end: Angle | None = Field(
        default=None,
        description="Hand or foot angle. Default: a hand in line with the forearm; a foot at a "
        "right angle to the shank (a foot's angle runs from heel to toe).",
    )
    end_length: float = Field(
        default=1, gt=0, le=1.2, description="Of the anatomical hand or foot length (a fist: 0.45)."
    )
    foreshorten: float = Field(
        default=1,
        gt=0,
        le=1,
        description="Drawn length of the upper and lower segments over their real length, for a "
        "limb turned toward or away from the viewer (knees wide).",
    )

    @model_validator(mode="after")
    def _angles_or_reach(self) -> Self:
        by_angles = self.upper is not None and self.lower is not None
        by_reach = self.reach is not None and self.bend is not None
        if by_angles == by_reach or (by_angles and (self.reach or self.bend)):
            raise ValueError("a limb sets either upper and lower, or reach and bend")
        if self.reach is not None and self.reach.floor is not None and self.end is None:
            raise ValueError("a limb that reaches the floor sets `end` (its hand or foot angle)")
        return self


class Limbs(Spec):
    """Near and far limbs; a single limb given without `near`/`far` is used for both."""

    near: Limb
    far: Limb

    @model_validator(mode="before")
    @classmethod
    def _both_alike(cls, data: Any) -> Any:
        if isinstance(data, dict) and not {"near", "far"} & data.keys():
            return {"near": data, "far": data}
        return data


class PropKind(StrEnum):
    floor = "floor"  # drawn for every side and front view; not listed in the data
    mat = "mat"  # drawn for every top view; not listed in the data
    chair = "chair"
    wall = "wall"
    pillow = "pillow"
    blanket_roll = "blanket-roll"
    cushion = "cushion"


class Prop(Spec):
    """A prop, placed from the body: a chair under the hips, a wall behind the back, a pillow
    on the floor under a point (its top touching the body), a cushion at a point."""

    kind: PropKind
    at: BodyPoint | None = Field(default=None, description="The body point it is placed from.")
    dx: Offset = 0
    dy: Offset = 0
    width: Offset | None = None
    height: Offset | None = Field(
        default=None, description="Pillow and roll: default fills the gap to the floor."
    )
    seat_height: Offset | None = Field(
        default=None, description="Chair: a fixed seat height (default: under the hips)."
    )
    backrest: Side | None = Field(
        default=Side.far, description="Chair: backrest behind (far end of the seat) or none."
    )

    @model_validator(mode="after")
    def _placed(self) -> Self:
        if self.kind in (PropKind.floor, PropKind.mat):
            raise ValueError(
                f"the {self.kind} is drawn for every figure of its view; do not list it"
            )
        if self.kind in (PropKind.pillow, PropKind.blanket_roll, PropKind.cushion) and not self.at:
            raise ValueError(f"a {self.kind} needs `at`, the body point it is placed under")
        return self


class Cue(Spec):
    """A movement cue in the accent colour: an arc arrow around a body point."""

    at: BodyPoint
    radius: Offset = 0.12
    flatten: float = Field(default=1, gt=0, le=1, description="Height over width: an ellipse.")
    start: Angle
    end: Angle


class BodySpec(Spec):
    """One drawing of the body: trunk angles, limbs, what is accented, props and cues."""

    lumbar: Angle = Field(description="Hips to waist.")
    thoracic: Angle = Field(description="Waist to shoulders.")
    neck: Angle = Field(description="Shoulders to the centre of the head.")
    shoulder_turn: Angle = Field(
        default=0,
        description="How far the shoulder line is turned out of the drawing plane (a side view "
        "shows more of it, a front or top view less).",
    )
    hip_turn: Angle = 0
    lift: Offset = Field(default=0, ge=0, description="Raise the body off the floor (a blanket).")
    legs: Limbs
    arms: Limbs
    accent: list[BodyPart] = Field(default=[], description="The stretched region.")
    props: list[Prop] = []
    cues: list[Cue] = []


class PoseFigures(Spec):
    """Every figure of one pose. A pose has a `main` figure, or phases (the first is the main
    figure and the rest follow in order in the animated variant); each modification that
    changes the body's shape has one figure, drawn like the main figure with its overrides."""

    position: Position
    view: View = View.side
    frame: Frame = Frame.landscape
    cycle_seconds: float = Field(default=6, gt=0, le=60, description="Animated: one cycle.")
    main: BodySpec | None = None
    phases: dict[Slug, BodySpec] = {}
    modifications: dict[Slug, BodySpec] = {}

    @model_validator(mode="before")
    @classmethod
    def _resolve_likeness(cls, data: Any) -> Any:
        if isinstance(data, dict):
            return resolve_likeness(data)
        return data

    @model_validator(mode="after")
    def _main_or_phases(self) -> Self:
        if (self.main is None) == (len(self.phases) < 2):
            raise ValueError("a pose sets either `main`, or two or more `phases`")
        clashes = set(self.phases) & set(self.modifications) | {"animated", "main"} & (
            set(self.phases) | set(self.modifications)
        )
        if clashes:
            raise ValueError(f"figure names used twice or reserved: {sorted(clashes)}")
        return self

    @property
    def main_figure(self) -> BodySpec:
        return self.main if self.main is not None else next(iter(self.phases.values()))


LIMB_GROUPS = ("legs", "arms")


def _sided(limbs: Any) -> Any:
    if isinstance(limbs, dict) and not {"near", "far"} & limbs.keys():
        return {"near": limbs, "far": limbs}
    return limbs


def _merged(base: dict[str, Any], overrides: dict[str, Any]) -> dict[str, Any]:
    """`base` with `overrides`: a limb side given replaces that side; any other key replaces."""
    merged = dict(base)
    for key, value in overrides.items():
        if key in LIMB_GROUPS and isinstance(value, dict) and isinstance(base.get(key), dict):
            merged[key] = {**_sided(base[key]), **_sided(value)}
        else:
            merged[key] = value
    return merged


def resolve_likeness(data: dict[str, Any]) -> dict[str, Any]:
    """Figures that say `like: NAME` (modifications: `main` by default) are that figure with
    their own keys on top. NAME is `main` (the main figure) or a phase."""
    phases = data.get("phases") or {}
    if not isinstance(phases, dict):
        return data
    main = data.get("main")
    if main is None and phases:
        main = next(iter(phases.values()))
    resolved_phases: dict[str, Any] = {}

    def resolve(name: str, spec: Any, default: str | None, seen: tuple[str, ...]) -> Any:
        if not isinstance(spec, dict):
            return spec
        like = spec.get("like", default)
        own = {key: value for key, value in spec.items() if key != "like"}
        if like is None:
            return own
        if like in seen:
            raise ValueError(f"figure {name!r}: `like` goes round in a circle: {[*seen, like]}")
        if like == "main":
            base = main if main is not spec else None
            if base is None:
                raise ValueError(f"figure {name!r} cannot be like itself")
            base = resolve("main", base, None, (*seen, name))
        elif like in phases:
            base = resolved_phases.get(like) or resolve(like, phases[like], None, (*seen, name))
        else:
            raise ValueError(f"figure {name!r} is `like` {like!r}, which is not main or a phase")
        return _merged(base, own) if isinstance(base, dict) else own

    for name, spec in phases.items():
        resolved_phases[name] = resolve(name, spec, None, ())
    result = dict(data)
    if phases:
        result["phases"] = resolved_phases
    if isinstance(main, dict) and data.get("main") is not None:
        result["main"] = resolve("main", main, None, ())
    modifications = data.get("modifications") or {}
    if isinstance(modifications, dict):
        result["modifications"] = {
            name: resolve(name, spec, "main", ()) for name, spec in modifications.items()
        }
    return result
