"""The articulated body: proportions, forward kinematics and a two-link solver (pure, no I/O).

Segment lengths are fractions of body height H, from Drillis & Contini (1966) as tabulated by
Winter (*Biomechanics and Motor Control of Human Movement*): shoulder height 0.818, hip height
0.530, head and neck 0.182 (the head ≈ 0.13 across), upper arm 0.186, forearm 0.146, hand
0.108, thigh 0.245, shank 0.246, foot 0.152, ankle height 0.039, shoulder width 0.259, hip
width 0.191. The trunk (0.818 − 0.530 = 0.288) is split at the waist, 0.630 (Winter's elbow
height), into a lumbar segment (0.100) and a thoracic one (0.188), so the spine can round and
arch. Coordinates here are in H with y up; the floor is y = 0 once the body is grounded.
"""

import math
from dataclasses import dataclass, field, replace
from itertools import pairwise

from models.figure import (
    Bend,
    BodySpec,
    Limb,
    Limbs,
    Prop,
    PropKind,
    SegmentKind,
    Side,
    Target,
    View,
)

Point = tuple[float, float]

LENGTH: dict[SegmentKind, float] = {
    SegmentKind.lumbar: 0.100,
    SegmentKind.thoracic: 0.188,
    SegmentKind.neck: 0.182 - 0.065,  # shoulders to the centre of the head
    SegmentKind.upper_arm: 0.186,
    SegmentKind.forearm: 0.146,
    SegmentKind.hand: 0.108,
    SegmentKind.thigh: 0.245,
    SegmentKind.shank: 0.246,
    SegmentKind.foot: 0.152,
}
HEAD_RADIUS = 0.065
ANKLE_HEIGHT = 0.039
HEEL_SHARE = 0.25  # of the foot's length, behind the ankle
SHOULDER_WIDTH = 0.259
HIP_WIDTH = 0.191
# Stroke widths (in H), thick enough to read at a 48 px thumbnail.
WIDTH: dict[SegmentKind, float] = {
    SegmentKind.lumbar: 0.085,
    SegmentKind.thoracic: 0.085,
    SegmentKind.neck: 0.045,
    SegmentKind.shoulders: 0.045,
    SegmentKind.hips: 0.05,
    SegmentKind.upper_arm: 0.048,
    SegmentKind.forearm: 0.042,
    SegmentKind.hand: 0.034,
    SegmentKind.thigh: 0.062,
    SegmentKind.shank: 0.05,
    SegmentKind.foot: 0.036,
}
ARM = (SegmentKind.upper_arm, SegmentKind.forearm, SegmentKind.hand)
LEG = (SegmentKind.thigh, SegmentKind.shank, SegmentKind.foot)
ARM_POINTS = ("shoulder", "elbow", "wrist", "fingertip")
LEG_POINTS = ("hip", "knee", "ankle", "toe")
# Which segments follow which: (parent, child) by name; a figure's segments must meet here.
CHAIN = [
    ("lumbar", "thoracic"),
    ("thoracic", "neck"),
    *((f"{a}-{side}", f"{b}-{side}") for side in Side for a, b in pairwise(ARM)),
    *((f"{a}-{side}", f"{b}-{side}") for side in Side for a, b in pairwise(LEG)),
]
FLOOR_TOLERANCE = 1e-6


class FigureError(ValueError):
    """The figure data cannot be drawn: a target out of reach, a limb through the floor."""


@dataclass(frozen=True)
class Segment:
    """A drawn segment: a polyline (a foot is ankle → heel → toe) with its stroke width."""

    name: str
    kind: SegmentKind
    points: tuple[Point, ...]
    side: Side | None = None
    accent: bool = False

    @property
    def width(self) -> float:
        return WIDTH[self.kind]

    @property
    def start(self) -> Point:
        return self.points[0]

    @property
    def end(self) -> Point:
        return self.points[-1]


@dataclass(frozen=True)
class PropShape:
    """A prop in H coordinates: `rect`s (x, y, width, height; y is the bottom) and `lines`."""

    name: str
    kind: PropKind
    rects: tuple[tuple[float, float, float, float], ...] = ()
    lines: tuple[tuple[Point, ...], ...] = ()
    circles: tuple[tuple[float, float, float], ...] = ()


@dataclass(frozen=True)
class CueShape:
    centre: Point
    radius: float
    flatten: float
    start: float
    end: float


@dataclass(frozen=True)
class Body:
    """The posed body in H units: segments in drawing order (far side first), the head, the
    named points, props and cues. For side and front views the floor is y = 0."""

    view: View
    segments: tuple[Segment, ...]
    head: tuple[Point, float]
    points: dict[str, Point] = field(repr=False)
    props: tuple[PropShape, ...] = ()
    cues: tuple[CueShape, ...] = ()

    def segment(self, name: str) -> Segment:
        return next(s for s in self.segments if s.name == name)


def _at(origin: Point, angle_degrees: float, length: float) -> Point:
    radians = math.radians(angle_degrees)
    return (origin[0] + length * math.cos(radians), origin[1] + length * math.sin(radians))


def _angle(a: Point, b: Point) -> float:
    return math.degrees(math.atan2(b[1] - a[1], b[0] - a[0]))


def _distance(a: Point, b: Point) -> float:
    return math.hypot(b[0] - a[0], b[1] - a[1])


def solve_two_links(
    root: Point, target: Point, upper: float, lower: float, bend: Bend
) -> tuple[float, float]:
    """The absolute angles of two links from `root` whose far end lands on `target`."""
    distance = _distance(root, target)
    if distance > upper + lower + 1e-9:
        raise FigureError(f"the target is out of reach by {distance - upper - lower:.3f} H")
    if distance < abs(upper - lower) - 1e-9 or distance == 0:
        raise FigureError("the target is too close to the limb's root to reach")
    cosine = (upper**2 + distance**2 - lower**2) / (2 * upper * distance)
    alpha = math.degrees(math.acos(max(-1.0, min(1.0, cosine))))
    upper_angle = _angle(root, target) + (alpha if bend is Bend.ccw else -alpha)
    middle = _at(root, upper_angle, upper)
    return upper_angle, _angle(middle, target)


def _foot_points(
    ankle: Point, angle: float, length: float, mirrored: bool = False
) -> tuple[Point, Point]:
    """Heel and toe of a foot whose sole runs at `angle` (heel to toe), the ankle above it
    (on its clockwise side; counter-clockwise for a mirrored foot, the far one in a front
    view)."""
    sole = _at(ankle, angle + 90 if mirrored else angle - 90, ANKLE_HEIGHT)
    return _at(sole, angle + 180, length * HEEL_SHARE), _at(sole, angle, length * (1 - HEEL_SHARE))


def _bottom(segment: Segment) -> float:
    return min(y for _, y in segment.points) - segment.width / 2


class _Builder:
    """Builds one body from its spec: trunk, limbs by angles, grounding, solved limbs, props."""

    def __init__(self, spec: BodySpec, view: View) -> None:
        self.spec = spec
        self.view = view
        self.points: dict[str, Point] = {}
        self.segments: dict[str, Segment] = {}
        accent = {part.value for part in spec.accent}
        self.accented = accent

    def _mirrored(self, side: Side) -> bool:
        """In a front view the far limbs are the near ones mirrored."""
        return self.view is View.front and side is Side.far

    def _is_accent(self, kind: SegmentKind, side: Side | None) -> bool:
        return kind.value in self.accented or (
            side is not None and f"{kind.value}-{side.value}" in self.accented
        )

    def _add(self, kind: SegmentKind, points: tuple[Point, ...], side: Side | None = None) -> None:
        name = kind.value if side is None else f"{kind.value}-{side.value}"
        self.segments[name] = Segment(name, kind, points, side, self._is_accent(kind, side))

    def _bar(self, centre: Point, along: float, width: float, turn: float) -> tuple[Point, Point]:
        """The two ends (near, far) of the shoulder or hip line, across the trunk."""
        radians = math.radians(turn)
        visible = width * abs(math.sin(radians) if self.view is View.side else math.cos(radians))
        sign = 1 if turn >= 0 else -1
        near = _at(centre, along - 90 * sign, visible / 2)
        far = _at(centre, along + 90 * sign, visible / 2)
        return near, far

    def trunk(self) -> None:
        spec = self.spec
        hip = (0.0, 0.0)
        waist = _at(hip, spec.lumbar, LENGTH[SegmentKind.lumbar])
        shoulder = _at(waist, spec.thoracic, LENGTH[SegmentKind.thoracic])
        head = _at(shoulder, spec.neck, LENGTH[SegmentKind.neck])
        self.points.update(hip=hip, waist=waist, shoulder=shoulder, head=head)
        self._add(SegmentKind.lumbar, (hip, waist))
        self._add(SegmentKind.thoracic, (waist, shoulder))
        self._add(SegmentKind.neck, (shoulder, head))
        for kind, centre, along, width, turn, name in (
            (SegmentKind.hips, hip, spec.lumbar, HIP_WIDTH, spec.hip_turn, "hip"),
            (
                SegmentKind.shoulders,
                shoulder,
                spec.thoracic,
                SHOULDER_WIDTH,
                spec.shoulder_turn,
                "shoulder",
            ),
        ):
            near, far = self._bar(centre, along, width, turn)
            self.points[f"{name}-near"], self.points[f"{name}-far"] = near, far
            if _distance(near, far) > 1e-9:
                self._add(kind, (near, far))

    def limb(
        self, limb: Limb, side: Side, kinds: tuple[SegmentKind, ...], names: tuple[str, ...]
    ) -> None:
        root = self.points[f"{names[0]}-{side.value}"]
        upper_kind, lower_kind, end_kind = kinds
        upper_length = LENGTH[upper_kind] * limb.foreshorten
        lower_length = LENGTH[lower_kind] * limb.foreshorten
        if limb.reach is None:
            assert limb.upper is not None and limb.lower is not None
            upper_angle, lower_angle = limb.upper, limb.lower
        else:
            assert limb.bend is not None
            target = self._target(limb, limb.reach, side, kinds, root)
            upper_angle, lower_angle = solve_two_links(
                root, target, upper_length, lower_length, limb.bend
            )
        middle = _at(root, upper_angle, upper_length)
        distal = _at(middle, lower_angle, lower_length)
        self._add(upper_kind, (root, middle), side)
        self._add(lower_kind, (middle, distal), side)
        self.points[f"{names[1]}-{side.value}"] = middle
        self.points[f"{names[2]}-{side.value}"] = distal
        end_length = LENGTH[end_kind] * limb.end_length
        if end_kind is SegmentKind.foot:
            mirrored = self._mirrored(side)
            neutral = lower_angle - 90 if mirrored else lower_angle + 90
            end_angle = limb.end if limb.end is not None else neutral
            heel, toe = _foot_points(distal, end_angle, end_length, mirrored)
            self._add(end_kind, (distal, heel, toe), side)
            self.points[f"heel-{side.value}"] = heel
            self.points[f"toe-{side.value}"] = toe
        else:
            end_angle = limb.end if limb.end is not None else lower_angle
            tip = _at(distal, end_angle, end_length)
            self._add(end_kind, (distal, tip), side)
            self.points[f"fingertip-{side.value}"] = tip

    def _target(
        self, limb: Limb, target: Target, side: Side, kinds: tuple[SegmentKind, ...], root: Point
    ) -> Point:
        if target.floor is not None:
            assert limb.end is not None
            end_kind = kinds[2]
            length = LENGTH[end_kind] * limb.end_length
            if end_kind is SegmentKind.foot:
                heel, toe = _foot_points((0.0, 0.0), limb.end, length, self._mirrored(side))
                lowest = min(heel[1], toe[1]) - WIDTH[end_kind] / 2
            else:
                tip = _at((0.0, 0.0), limb.end, length)
                lowest = min(0.0, tip[1]) - WIDTH[end_kind] / 2
            lowest = min(lowest, -WIDTH[kinds[1]] / 2)  # the lower segment's round end
            return (root[0] + target.floor + target.dx, -lowest + target.dy)
        if target.to is not None:
            name = target.to.value
            if name not in self.points:
                raise FigureError(f"the target {name} is not placed yet (legs come before arms)")
            x, y = self.points[name]
        else:
            assert target.along is not None
            segment = self._segment_for(target.along.value, side)
            (x0, y0), (x1, y1) = segment.start, segment.end
            x, y = x0 + (x1 - x0) * target.at, y0 + (y1 - y0) * target.at
        return (x + target.dx, y + target.dy)

    def _segment_for(self, part: str, side: Side) -> Segment:
        if part in self.segments:
            return self.segments[part]
        if f"{part}-{side.value}" in self.segments:
            return self.segments[f"{part}-{side.value}"]
        raise FigureError(f"the segment {part} is not placed yet (legs come before arms)")

    def ground(self) -> None:
        """Lower the body onto the floor: its lowest segment or the head touches y = 0."""
        head = self.points["head"]
        lowest = min(head[1] - HEAD_RADIUS, *(_bottom(s) for s in self.segments.values()))
        self.shift(0.0, -lowest + self.spec.lift)

    def centre(self) -> None:
        """Top view: no floor, so centre the trunk on the origin."""
        waist = self.points["waist"]
        self.shift(-waist[0], -waist[1])

    def shift(self, dx: float, dy: float) -> None:
        def moved(p: Point) -> Point:
            return (p[0] + dx, p[1] + dy)

        self.points = {name: moved(p) for name, p in self.points.items()}
        self.segments = {
            name: replace(s, points=tuple(moved(p) for p in s.points))
            for name, s in self.segments.items()
        }


def pose_body(spec: BodySpec, view: View = View.side) -> Body:
    """Forward kinematics: the spec's angles (and solved limbs) to a posed, grounded body."""
    builder = _Builder(spec, view)
    builder.trunk()
    limbs: list[tuple[Limbs, tuple[SegmentKind, ...], tuple[str, ...]]] = [
        (spec.legs, LEG, LEG_POINTS),
        (spec.arms, ARM, ARM_POINTS),
    ]
    solved: list[tuple[Limb, Side, tuple[SegmentKind, ...], tuple[str, ...]]] = []
    for group, kinds, names in limbs:
        for side in Side:
            limb = getattr(group, side.value)
            if limb.reach is None:
                builder.limb(limb, side, kinds, names)
            else:
                solved.append((limb, side, kinds, names))
    if view is View.top:
        builder.centre()
    else:
        builder.ground()
    for limb, side, kinds, names in solved:
        builder.limb(limb, side, kinds, names)
    if view is not View.top:
        for segment in builder.segments.values():
            if _bottom(segment) < -FLOOR_TOLERANCE:
                raise FigureError(f"{segment.name} goes through the floor")
    props = tuple(_prop(prop, n, builder) for n, prop in enumerate(spec.props))
    cues = tuple(
        CueShape(builder.points[cue.at.value], cue.radius, cue.flatten, cue.start, cue.end)
        for cue in spec.cues
    )
    ordered = sorted(builder.segments.values(), key=_drawing_order)
    head = (builder.points["head"], HEAD_RADIUS)
    return Body(view, tuple(ordered), head, builder.points, props, cues)


def _drawing_order(segment: Segment) -> int:
    """Far limbs behind the trunk, near limbs in front; legs before arms on each side."""
    if segment.side is Side.far:
        return 0 if segment.kind in LEG else 1
    if segment.side is Side.near:
        return 3 if segment.kind in LEG else 4
    return 2


def _touching_width(name: str, builder: _Builder) -> float:
    """Half the width of the widest segment that starts or ends at a named point."""
    if name == "head":
        return HEAD_RADIUS
    point = builder.points[name]
    widths = [
        s.width
        for s in builder.segments.values()
        if _distance(s.start, point) < 1e-9 or _distance(s.end, point) < 1e-9
    ]
    return max(widths, default=0.0) / 2


CHAIR_SEAT_DEPTH = 0.22
CHAIR_BACK_HEIGHT = 0.27
CHAIR_SEAT_HEIGHT = 0.26
CHAIR_THICKNESS = 0.03


def _prop(prop: Prop, index: int, builder: _Builder) -> PropShape:
    name = f"{prop.kind.value}" if index == 0 else f"{prop.kind.value}-{index + 1}"
    points = builder.points
    anchor_name = prop.at.value if prop.at is not None else "hip"
    x, y = points[anchor_name]
    x, y = x + prop.dx, y + prop.dy
    if prop.kind is PropKind.chair:
        seat_top = (
            prop.seat_height if prop.seat_height is not None else y - WIDTH[SegmentKind.thigh] / 2
        )
        depth = prop.width or CHAIR_SEAT_DEPTH
        back = x - 0.06  # the seat starts just behind the hips
        front = back + depth
        seat = (back, seat_top - CHAIR_THICKNESS, depth, CHAIR_THICKNESS)
        legs = (
            ((back + 0.01, seat_top - CHAIR_THICKNESS), (back + 0.01, 0.0)),
            ((front - 0.01, seat_top - CHAIR_THICKNESS), (front - 0.01, 0.0)),
        )
        lines: tuple[tuple[Point, ...], ...] = legs
        if prop.backrest is not None:
            edge = back + 0.01 if prop.backrest is Side.far else front - 0.01
            lines = (*lines, ((edge, seat_top), (edge, seat_top + CHAIR_BACK_HEIGHT)))
        return PropShape(name, prop.kind, rects=(seat,), lines=lines)
    if prop.kind is PropKind.wall:
        behind = min(points["hip"][0], points["shoulder"][0], points["waist"][0])
        wall_x = behind - WIDTH[SegmentKind.lumbar] / 2 + prop.dx
        return PropShape(name, prop.kind, lines=(((wall_x, 0.0), (wall_x, 1.2)),))
    width = prop.width or 0.2
    if prop.kind is PropKind.cushion or builder.view is View.top:
        height = prop.height or 0.06
        return PropShape(name, prop.kind, rects=((x - width / 2, y - height / 2, width, height),))
    top = y - _touching_width(anchor_name, builder) if prop.at is not None else y
    height = prop.height if prop.height is not None else top
    if prop.kind is PropKind.blanket_roll:
        radius = height / 2
        return PropShape(name, prop.kind, circles=((x, radius, radius),))
    return PropShape(name, prop.kind, rects=((x - width / 2, 0.0, width, height),))
