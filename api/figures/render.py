"""Posed bodies to SVG text (pure, no I/O): one style for every figure.

A side view on a 240×160 viewBox (a standing pose on 160×240), the floor line at the bottom,
one body colour and one accent for the stretched region, round joints and caps, stroke widths
that read at a 48 px thumbnail. Colours are CSS custom properties in a `<style>` inside the
SVG, with a dark variant under `prefers-color-scheme: dark`; every rule is scoped to the
figure's root class, so an inlined figure does not restyle its page. An animated figure moves
through its phases with SMIL and, under `prefers-reduced-motion: reduce`, shows its first
phase still.
"""

import math
from collections.abc import Sequence
from dataclasses import dataclass, replace
from xml.sax.saxutils import escape, quoteattr

from api.figures.body import Body, CueShape, Point, PropShape, Segment
from models.figure import Frame, PropKind, SegmentKind, Side, View

ROOT_CLASS = "sbf"


@dataclass(frozen=True)
class Canvas:
    width: int
    height: int
    scale: float  # pixels per body height
    floor_y: float  # where the floor line is (side and front views)


CANVAS = {
    (Frame.landscape, False): Canvas(240, 160, 160, 150),
    (Frame.portrait, False): Canvas(160, 240, 180, 226),
    (Frame.landscape, True): Canvas(240, 160, 112, 80),  # top view: centred, no floor
    (Frame.portrait, True): Canvas(160, 240, 120, 120),
}
SEGMENT_CLASS = {
    SegmentKind.lumbar: "tr",
    SegmentKind.thoracic: "tr",
    SegmentKind.neck: "nk",
    SegmentKind.shoulders: "br",
    SegmentKind.hips: "br",
    SegmentKind.upper_arm: "ua",
    SegmentKind.forearm: "fa",
    SegmentKind.hand: "hn",
    SegmentKind.thigh: "th",
    SegmentKind.shank: "sh",
    SegmentKind.foot: "ft",
}
LIGHT = {"b": "#334155", "a": "#c2410c", "g": "#64748b", "p": "#78716c", "q": "#e7e5e4"}
DARK = {"b": "#e2e8f0", "a": "#fdba74", "g": "#94a3b8", "p": "#a8a29e", "q": "#3f3a36"}
FAR_OPACITY = 0.6
PROP_STROKE = 2
CUE_STROKE = 2.5
MIN_STROKE_SCALE = 160  # strokes are never drawn for a body shorter than this (pixels)
ZOOM_CAP = 1.35  # a pose is drawn at most this much larger than its frame's scale
MARGIN = 4  # pixels kept clear around the drawing
MAT_PADDING = 8  # pixels of mat around a body seen from above


def _number(value: float) -> str:
    text = f"{value:.1f}".rstrip("0").rstrip(".")
    return "0" if text in ("", "-0") else text


def _css(canvas: Canvas, body: Body, animated: bool) -> str:
    scope = f".{ROOT_CLASS}"
    widths: dict[str, float] = {}
    stroke_scale = max(canvas.scale, MIN_STROKE_SCALE)  # a smaller body keeps readable strokes
    for segment in body.segments:
        widths.setdefault(SEGMENT_CLASS[segment.kind], segment.width * stroke_scale)
    colours = ";".join(f"--{k}:{v}" for k, v in LIGHT.items())
    dark = ";".join(f"--{k}:{v}" for k, v in DARK.items())
    rules = [
        f"{scope}{{{colours};color-scheme:light dark}}",
        f"@media (prefers-color-scheme:dark){{{scope}{{{dark}}}}}",
        f"{scope} path{{fill:none;stroke:var(--b);stroke-linecap:round;stroke-linejoin:round}}",
        f"{scope} circle{{fill:var(--b)}}",
        f"{scope} .ac{{stroke:var(--a)}}",
        f"{scope} .ft{{fill:var(--b)}}",
        f"{scope} .ft.ac{{fill:var(--a)}}",
        f"{scope} circle.ac{{fill:var(--a)}}",
        f"{scope} .far{{opacity:{FAR_OPACITY}}}",
        f"{scope} .pr *{{stroke:var(--p);fill:var(--q);stroke-width:{PROP_STROKE}}}",
        f"{scope} .fl{{stroke:var(--g);stroke-width:2}}",
        f"{scope} .cue{{stroke:var(--a);stroke-width:{CUE_STROKE}}}",
        *(f"{scope} .{cls}{{stroke-width:{_number(w)}}}" for cls, w in sorted(widths.items())),
    ]
    if animated:
        rules += [
            f"{scope} .still{{display:none}}",
            f"@media (prefers-reduced-motion:reduce){{{scope} .still{{display:inline}}"
            f"{scope} .moving{{display:none}}}}",
        ]
    return "".join(rules)


class _Placement:
    """Maps body coordinates (H, y up) to pixels, centring the union of some bodies."""

    def __init__(self, canvas: Canvas, bodies: Sequence[Body]) -> None:
        self.canvas = canvas
        xs: list[float] = []
        ys: list[float] = []
        for body in bodies:
            for x, y, pad in _extent(body):
                xs += [x - pad, x + pad]
                ys += [y - pad, y + pad]
        s = canvas.scale
        self.dx = canvas.width / 2 - (min(xs) + max(xs)) / 2 * s
        if bodies[0].view is View.top:
            self.floor = canvas.height / 2 + (min(ys) + max(ys)) / 2 * s
        else:
            self.floor = canvas.floor_y

    def xy(self, point: Point) -> tuple[float, float]:
        return (point[0] * self.canvas.scale + self.dx, self.floor - point[1] * self.canvas.scale)

    def px(self, length: float) -> float:
        return length * self.canvas.scale


def _extent(body: Body) -> list[tuple[float, float, float]]:
    """Points with the padding around them that the drawing covers (for centring)."""
    points = [(x, y, s.width / 2) for s in body.segments for x, y in s.points]
    (hx, hy), radius = body.head
    points.append((hx, hy, radius))
    for prop in body.props:
        for x, y, w, h in prop.rects:
            points += [(x, y, 0.0), (x + w, y + h, 0.0)]
        for line in prop.lines:
            points += [(x, y, 0.0) for x, y in line if prop.kind is not PropKind.wall or y == 0]
        for x, y, r in prop.circles:
            points.append((x, y, r))
    for cue in body.cues:
        points.append((*cue.centre, cue.radius))
    return points


def _path_data(points: Sequence[Point], place: _Placement) -> str:
    parts = []
    for n, point in enumerate(points):
        x, y = place.xy(point)
        parts.append(f"{'M' if n == 0 else 'L'}{_number(x)} {_number(y)}")
    return "".join(parts)


def _segment_data(segment: Segment, place: _Placement) -> str:
    """A segment's path; a foot (ankle, heel, toe) is a closed wedge, filled."""
    data = _path_data(segment.points, place)
    return f"{data}Z" if segment.kind is SegmentKind.foot else data


def _direction(a: Point, b: Point) -> tuple[float, float]:
    length = math.hypot(b[0] - a[0], b[1] - a[1]) or 1.0
    return ((b[0] - a[0]) / length, (b[1] - a[1]) / length)


def _spine_data(body: Body, place: _Placement) -> dict[str, str]:
    """The lumbar and thoracic segments as one smooth curve through hip, waist and shoulder
    (two cubic pieces sharing a tangent at the waist), so the spine rounds and arches rather
    than kinks. Their end points are the segments' own."""
    hip, waist = body.segment("lumbar").points
    shoulder = body.segment("thoracic").end
    lower, upper = _direction(hip, waist), _direction(waist, shoulder)
    middle = _direction((0.0, 0.0), (lower[0] + upper[0], lower[1] + upper[1]))
    start = _direction((0.0, 0.0), (2 * lower[0] - middle[0], 2 * lower[1] - middle[1]))
    end = _direction((0.0, 0.0), (2 * upper[0] - middle[0], 2 * upper[1] - middle[1]))

    def piece(a: Point, b: Point, ta: tuple[float, float], tb: tuple[float, float]) -> str:
        third = math.hypot(b[0] - a[0], b[1] - a[1]) / 3
        c1 = (a[0] + ta[0] * third, a[1] + ta[1] * third)
        c2 = (b[0] - tb[0] * third, b[1] - tb[1] * third)
        coordinates = " ".join(
            f"{_number(x)} {_number(y)}" for x, y in (place.xy(c1), place.xy(c2), place.xy(b))
        )
        x0, y0 = place.xy(a)
        return f"M{_number(x0)} {_number(y0)}C{coordinates}"

    return {
        "lumbar": piece(hip, waist, start, middle),
        "thoracic": piece(waist, shoulder, middle, end),
    }


def _segment_class(segment: Segment) -> str:
    cls = SEGMENT_CLASS[segment.kind]
    return f"{cls} ac" if segment.accent else cls


def _attr_id(name: str, with_ids: bool) -> str:
    return f' id="{name}"' if with_ids else ""


def _body_elements(
    body: Body, place: _Placement, with_ids: bool, animations: dict[str, str] | None = None
) -> str:
    """The segments (far limbs in a lighter group behind) and the head."""
    animations = animations or {}
    spine = _spine_data(body, place)
    far_lighter = body.view is View.side
    out: list[str] = []
    in_far_group = False
    for segment in body.segments:
        far = far_lighter and segment.side is Side.far
        if far and not in_far_group:
            out.append('<g class="far">')
            in_far_group = True
        elif not far and in_far_group:
            out.append("</g>")
            in_far_group = False
        d = spine.get(segment.name) or _segment_data(segment, place)
        animation = animations.get(segment.name, "")
        element_id = _attr_id(segment.name, with_ids)
        cls = _segment_class(segment)
        if animation:
            out.append(f'<path{element_id} class="{cls}" d="{d}">{animation}</path>')
        else:
            out.append(f'<path{element_id} class="{cls}" d="{d}"/>')
        if segment.kind is SegmentKind.neck:
            out.append(_head(body, place, with_ids, animations.get("head", "")))
    if in_far_group:
        out.append("</g>")
    return "".join(out)


def _head(body: Body, place: _Placement, with_ids: bool, animation: str) -> str:
    (x, y) = place.xy(body.head[0])
    radius = _number(place.px(body.head[1]))
    neck = next(s for s in body.segments if s.kind is SegmentKind.neck)
    cls = ' class="ac"' if neck.accent else ""
    attributes = (
        f'{_attr_id("head", with_ids)}{cls} cx="{_number(x)}" cy="{_number(y)}" r="{radius}"'
    )
    if animation:
        return f"<circle{attributes}>{animation}</circle>"
    return f"<circle{attributes}/>"


def _props(body: Body, place: _Placement) -> str:
    out = []
    for prop in body.props:
        out.append(_prop(prop, place))
    return f'<g class="pr">{"".join(out)}</g>' if out else ""


def _prop(prop: PropShape, place: _Placement) -> str:
    parts = []
    rounding = {PropKind.pillow: 0.03, PropKind.cushion: 0.015, PropKind.chair: 0.005}
    for n, (x, y, w, h) in enumerate(prop.rects):
        left, top = place.xy((x, y + h))
        element_id = "seat" if prop.kind is PropKind.chair else prop.name
        element_id = element_id if n == 0 else f"{element_id}-{n + 1}"
        rx = _number(place.px(min(rounding.get(prop.kind, 0.02), h / 2, w / 2)))
        parts.append(
            f'<rect id="{element_id}" x="{_number(left)}" y="{_number(top)}" '
            f'width="{_number(place.px(w))}" height="{_number(place.px(h))}" rx="{rx}"/>'
        )
    for n, line in enumerate(prop.lines):
        element_id = prop.name if n == 0 and not prop.rects else f"{prop.name}-{n + 1}"
        data = _path_data(line, place)
        if prop.kind is PropKind.wall:  # from the floor to the top of the picture
            x, y = place.xy(line[0])
            data = f"M{_number(x)} {_number(y)}V{PROP_STROKE}"
        parts.append(f'<path id="{element_id}" d="{data}"/>')
    for x, y, r in prop.circles:
        cx, cy = place.xy((x, y))
        parts.append(
            f'<circle id="{prop.name}" cx="{_number(cx)}" cy="{_number(cy)}" '
            f'r="{_number(place.px(r))}"/>'
        )
    return "".join(parts)


def _cue(cue: CueShape, place: _Placement) -> str:
    """An arc arrow around a point (an ellipse when flattened), from `start` to `end` degrees
    (counter-clockwise when end > start), with a head at the end."""
    cx, cy = place.xy(cue.centre)
    rx = place.px(cue.radius)
    ry = rx * cue.flatten

    def on_arc(degrees: float) -> tuple[float, float]:
        radians = math.radians(degrees)
        return cx + rx * math.cos(radians), cy - ry * math.sin(radians)

    (x0, y0), (x1, y1) = on_arc(cue.start), on_arc(cue.end)
    sweep = 0 if cue.end > cue.start else 1  # counter-clockwise on screen is sweep 0
    large = 1 if abs(cue.end - cue.start) > 180 else 0
    direction = 1 if cue.end > cue.start else -1
    end = math.radians(cue.end)
    tx, ty = -rx * math.sin(end) * direction, -ry * math.cos(end) * direction
    heading = math.atan2(ty, tx)
    head = [
        (
            x1 + 6 * math.cos(heading + math.radians(turn)),
            y1 + 6 * math.sin(heading + math.radians(turn)),
        )
        for turn in (150, -150)
    ]
    (hx0, hy0), (hx1, hy1) = head
    n = _number
    return (
        f'<path class="cue" d="M{n(x0)} {n(y0)}A{n(rx)} {n(ry)} 0 {large} {sweep} {n(x1)} '
        f'{n(y1)}M{n(hx0)} {n(hy0)}L{n(x1)} {n(y1)}L{n(hx1)} {n(hy1)}"/>'
    )


def _ground(body: Body, place: _Placement, bodies: Sequence[Body]) -> str:
    canvas = place.canvas
    if body.view is not View.top:
        return f'<path id="floor" class="fl" d="M0 {_number(place.floor)}H{canvas.width}"/>'
    xs, ys = [], []
    for each in bodies:
        for x, y, pad in _extent(each):
            px, py = place.xy((x, y))
            pad_px = place.px(pad)
            xs += [px - pad_px, px + pad_px]
            ys += [py - pad_px, py + pad_px]
    left, right = max(1.0, min(xs) - MAT_PADDING), min(canvas.width - 1.0, max(xs) + MAT_PADDING)
    top, bottom = max(1.0, min(ys) - MAT_PADDING), min(canvas.height - 1.0, max(ys) + MAT_PADDING)
    return (
        f'<g class="pr"><rect id="mat" x="{_number(left)}" y="{_number(top)}" '
        f'width="{_number(right - left)}" height="{_number(bottom - top)}" rx="6"/></g>'
    )


def _open(canvas: Canvas, title: str, description: str, css: str) -> str:
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" class="{ROOT_CLASS}" '
        f'viewBox="0 0 {canvas.width} {canvas.height}" width="{canvas.width}" '
        f'height="{canvas.height}" role="img" aria-labelledby="t d">'
        f'<title id="t">{escape(title)}</title><desc id="d">{escape(description)}</desc>'
        f"<style>{css}</style>"
    )


def canvas_for(frame: Frame, view: View, bodies: Sequence[Body] = ()) -> Canvas:
    """The canvas, its scale fitted to `bodies` (a pose's figures share one): as large as
    fits, up to ZOOM_CAP times the frame's scale, so a low pose fills its frame too."""
    base = CANVAS[(frame, view is View.top)]
    if not bodies:
        return base
    points = [point for body in bodies for point in _extent(body)]
    left = min(x - pad for x, _, pad in points)
    right = max(x + pad for x, _, pad in points)
    top = max(y + pad for _, y, pad in points)
    if view is View.top:
        low = min(y - pad for _, y, pad in points)
        room = 2 * (MARGIN + MAT_PADDING)
        fits = min((base.width - room) / (right - left), (base.height - room) / (top - low))
    else:
        fits = min((base.width - 2 * MARGIN) / (right - left), (base.floor_y - MARGIN) / top)
    return replace(base, scale=min(base.scale * ZOOM_CAP, fits))


def render_figure(
    body: Body,
    frame: Frame,
    title: str,
    description: str,
    align_with: Sequence[Body] = (),
    scale_with: Sequence[Body] = (),
) -> str:
    """One still figure. `align_with`: other bodies (a pose's phases) to share placement with,
    so the phases of a pose line up with each other and with the animated figure;
    `scale_with`: the bodies that share its scale (all of a pose's figures)."""
    canvas = canvas_for(frame, body.view, scale_with or [body, *align_with])
    place = _Placement(canvas, [body, *align_with])
    return (
        _open(canvas, title, description, _css(canvas, body, animated=False))
        + _ground(body, place, [body, *align_with])
        + _props(body, place)
        + _body_elements(body, place, with_ids=True)
        + "".join(_cue(cue, place) for cue in body.cues)
        + "</svg>"
    )


@dataclass(frozen=True)
class Keyframes:
    """Bodies at key times in [0, 1] of one cycle (the last equals the first)."""

    bodies: tuple[Body, ...]
    times: tuple[float, ...]
    seconds: float


def _animation(attribute: str, values: Sequence[str], keyframes: Keyframes) -> str:
    times = ";".join(_number_fine(t) for t in keyframes.times)
    return (
        f'<animate attributeName="{attribute}" dur="{_number(keyframes.seconds)}s" '
        f'repeatCount="indefinite" keyTimes="{times}" values={quoteattr(";".join(values))}/>'
    )


def _number_fine(value: float) -> str:
    text = f"{value:.3f}".rstrip("0").rstrip(".")
    return text or "0"


def render_animated(
    keyframes: Keyframes,
    frame: Frame,
    title: str,
    description: str,
    phases: Sequence[Body],
    scale_with: Sequence[Body] = (),
) -> str:
    """The phases in motion (SMIL on path data and the head), and the first phase still for
    `prefers-reduced-motion: reduce`."""
    first = keyframes.bodies[0]
    canvas = canvas_for(frame, first.view, scale_with or phases)
    place = _Placement(canvas, phases)
    animations: dict[str, str] = {}
    spines = [_spine_data(body, place) for body in keyframes.bodies]
    for segment in first.segments:
        values = [
            spine.get(segment.name) or _segment_data(body.segment(segment.name), place)
            for body, spine in zip(keyframes.bodies, spines, strict=True)
        ]
        if len(set(values)) > 1:
            animations[segment.name] = _animation("d", values, keyframes)
    heads = [place.xy(body.head[0]) for body in keyframes.bodies]
    head_animation = ""
    for axis, attribute in ((0, "cx"), (1, "cy")):
        values = [_number(head[axis]) for head in heads]
        if len(set(values)) > 1:
            head_animation += _animation(attribute, values, keyframes)
    if head_animation:
        animations["head"] = head_animation
    return (
        _open(canvas, title, description, _css(canvas, first, animated=True))
        + _ground(first, place, phases)
        + _props(first, place)
        + f'<g class="still">{_body_elements(first, place, with_ids=False)}</g>'
        + f'<g class="moving">{_body_elements(first, place, True, animations)}</g>'
        + "</svg>"
    )
