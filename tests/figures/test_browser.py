"""Every figure rendered in Chromium: what a drawn body must satisfy, read from the geometry
the browser lays out (ids per segment, `getBBox`, `getPointAtLength`)."""

import itertools
import math
from typing import Any

import pytest

from api.figures import ANIMATED
from api.figures.body import CHAIN
from api.figures.render import FAR_OPACITY
from api.services.figures import load_figure_library
from models.figure import SegmentKind, Side, View
from models.pose import PosePublic
from seed.schema import SeedContent
from tests.support.figure_page import FigurePage
from tests.support.figures import FLOWS, figure_svg, still_figures

pytestmark = pytest.mark.browser

LIBRARY = load_figure_library()
STILL = still_figures(LIBRARY)
IDS = [f"{slug}:{name}" for slug, name in STILL]
BODY_IDS = {
    *(kind.value for kind in SegmentKind),
    *(f"{kind.value}-{side.value}" for kind in SegmentKind for side in Side),
    "head",
}
JOINT_TOLERANCE = 1.0  # pixels: each segment's end is the next one's start
FLOOR_TOLERANCE = 1.0  # pixels: a body part resting on the floor line

GEOMETRY = """() => {
  const svg = document.documentElement;
  const elements = {};
  for (const el of svg.querySelectorAll('[id]')) {
    if (!(el instanceof SVGGraphicsElement)) continue;
    const box = el.getBBox();
    const style = getComputedStyle(el);
    const entry = {
      box: [box.x, box.y, box.width, box.height],
      stroke: style.stroke === 'none' ? 0 : parseFloat(style.strokeWidth),
      colour: el.tagName === 'circle' ? style.fill : style.stroke,
      display: style.display,
    };
    if (el.tagName === 'path') {
      const length = el.getTotalLength();
      const a = el.getPointAtLength(0), b = el.getPointAtLength(length);
      entry.start = [a.x, a.y];
      entry.end = [b.x, b.y];
    }
    if (el.tagName === 'circle') {
      entry.circle = [el.cx.animVal.value, el.cy.animVal.value, el.r.animVal.value];
    }
    elements[el.id] = entry;
  }
  const groups = {};
  for (const g of svg.querySelectorAll('g[class]')) {
    const box = g.getBBox();
    groups[g.getAttribute('class')] = {
      display: getComputedStyle(g).display, box: [box.x, box.y, box.width, box.height]};
  }
  const view = svg.viewBox.baseVal;
  return {size: [view.width, view.height], elements, groups};
}"""

Geometry = dict[str, Any]


@pytest.fixture(scope="module")
def poses(seed_content: SeedContent) -> dict[str, PosePublic]:
    return {pose.slug: pose for pose in seed_content.public_poses()}


@pytest.fixture(scope="module")
def geometry(
    figure_page: FigurePage, poses: dict[str, PosePublic]
) -> dict[tuple[str, str], Geometry]:
    """Every still figure laid out once by the browser."""
    laid_out = {}
    for slug, name in STILL:
        page = figure_page.open(f"{slug}--{name}", figure_svg(LIBRARY, poses, slug, name))
        laid_out[(slug, name)] = page.evaluate(GEOMETRY)
    return laid_out


def bottom(element: Geometry) -> float:
    if "circle" in element:
        return element["circle"][1] + element["circle"][2]
    _x, y, _width, height = element["box"]
    return y + height + element["stroke"] / 2


def extent(element: Geometry) -> tuple[float, float, float, float]:
    """Left, top, right, bottom, strokes included."""
    x, y, width, height = element["box"]
    half = element["stroke"] / 2
    return x - half, y - half, x + width + half, y + height + half


def body(figure: Geometry) -> dict[str, Geometry]:
    return {name: e for name, e in figure["elements"].items() if name in BODY_IDS}


PADDING = ("pillow", "cushion", "blanket-roll")


def surfaces(figure: Geometry, x: float) -> list[float]:
    """What a body part at `x` can rest on: the floor, or the top of padding laid on it."""
    elements = figure["elements"]
    tops = [elements["floor"]["start"][1]]
    for element_id, element in elements.items():
        left, top, width, _ = element["box"]
        if element_id.startswith(PADDING) and left <= x <= left + width:
            tops.append(top)
    return tops


def point_on_floor(figure: Geometry, element: Geometry, which: str, *others: Geometry) -> bool:
    """Does this end of a segment rest on the floor or on padding (its round end, the widest
    one meeting there)?"""
    x, y = element[which]
    half = max(e["stroke"] for e in (element, *others)) / 2
    return any(abs(y + half - top) <= FLOOR_TOLERANCE for top in surfaces(figure, x))


def touches_floor(element: Geometry, floor: float) -> bool:
    return abs(bottom(element) - floor) <= FLOOR_TOLERANCE


@pytest.mark.parametrize(("slug", "name"), STILL, ids=IDS)
def test_the_body_is_inside_the_view_box(
    geometry: dict[tuple[str, str], Geometry], slug: str, name: str
) -> None:
    figure = geometry[(slug, name)]
    width, height = figure["size"]
    for element_id, element in figure["elements"].items():
        if element_id == "floor":
            continue
        left, top, right, low = extent(element)
        assert left >= -0.01 and right <= width + 0.01, (element_id, left, right)
        assert top >= -0.01 and low <= height + 0.01, (element_id, top, low)


@pytest.mark.parametrize(("slug", "name"), STILL, ids=IDS)
def test_joints_are_connected(
    geometry: dict[tuple[str, str], Geometry], slug: str, name: str
) -> None:
    elements = geometry[(slug, name)]["elements"]

    def meets(a: list[float], b: list[float], what: str) -> None:
        assert math.dist(a, b) <= JOINT_TOLERANCE, (what, a, b)

    for parent, child in CHAIN:
        meets(elements[parent]["end"], elements[child]["start"], f"{parent} → {child}")
    meets(elements["neck"]["end"], elements["head"]["circle"][:2], "neck → head")
    for bar, trunk_end, limb in (
        ("shoulders", elements["thoracic"]["end"], "upper-arm"),
        ("hips", elements["lumbar"]["start"], "thigh"),
    ):
        if bar in elements:  # limbs hang from the ends of the shoulder or hip line
            ends = elements[bar]["start"], elements[bar]["end"]
            middle = [(a + b) / 2 for a, b in zip(*ends, strict=True)]
            meets(middle, trunk_end, f"{bar} centred on the trunk")
            meets(ends[0], elements[f"{limb}-near"]["start"], f"{bar} → {limb}-near")
            meets(ends[1], elements[f"{limb}-far"]["start"], f"{bar} → {limb}-far")
        else:
            for side in Side:
                meets(trunk_end, elements[f"{limb}-{side.value}"]["start"], f"trunk → {limb}")


def rests(figure: Geometry, position: str) -> None:
    """What a body in this position rests on, from the rendered geometry."""
    elements = figure["elements"]
    floor = elements["floor"]["start"][1]
    parts = body(figure)
    for element_id, element in parts.items():
        assert bottom(element) <= floor + 0.5, f"{element_id} crosses the floor"
    for element_id, element in figure["elements"].items():
        if element_id not in parts and element_id != "floor":  # props stand on the floor line
            assert bottom(element) <= floor + elements["floor"]["stroke"] / 2 + 0.5, element_id
    touching = {element_id for element_id, e in parts.items() if touches_floor(e, floor)}
    lumbar, thoracic = elements["lumbar"], elements["thoracic"]
    hands_down = touching & {"hand-near", "forearm-near", "hand-far", "forearm-far"}
    if position in ("standing", "seated"):
        assert {"foot-near", "foot-far"} <= touching, "stands on both feet"
        assert touching <= {"foot-near", "foot-far"}, f"only the feet touch: {touching}"
    if position == "seated":
        seat, thigh = elements["seat"], elements["thigh-near"]
        underside = thigh["start"][1] + thigh["stroke"] / 2
        assert abs(seat["box"][1] - underside) <= 1, "sits on the seat"
        assert seat["box"][0] <= thigh["start"][0] <= seat["box"][0] + seat["box"][2]
    if position == "supine":
        assert point_on_floor(figure, lumbar, "start"), "the pelvis is on the floor"
        assert point_on_floor(figure, thoracic, "end"), "the upper back is on the floor"
    if position == "prone":
        assert point_on_floor(figure, lumbar, "start"), "the pelvis is on the floor"
        assert hands_down, "propped on the hands or forearms"
    if position in ("kneeling", "quadruped"):
        thigh, shank = elements["thigh-near"], elements["shank-near"]
        assert point_on_floor(figure, thigh, "end", shank), "the knees are on the floor"
        assert hands_down, "the hands or forearms are on the floor"


def lies_on_a_mat(figure: Geometry) -> None:
    """Seen from above: on the mat, arms out to both sides, knees rolled to one side."""
    elements = figure["elements"]
    left, top, right, low = extent(elements["mat"])
    for element_id, element in body(figure).items():
        x0, y0, x1, y1 = extent(element)
        assert left <= x0 and x1 <= right and top <= y0 and y1 <= low, element_id
    axis = elements["lumbar"]["start"][1]
    assert (elements["hand-near"]["end"][1] - axis) * (elements["hand-far"]["end"][1] - axis) < 0
    knees = [elements[f"thigh-{side.value}"]["end"][1] - axis for side in Side]
    assert knees[0] * knees[1] > 0 and min(abs(k) for k in knees) > 20, knees


@pytest.mark.parametrize(("slug", "name"), STILL, ids=IDS)
def test_the_body_rests_as_its_position_says(
    geometry: dict[tuple[str, str], Geometry], slug: str, name: str
) -> None:
    data = LIBRARY.figure_set(slug).data
    if data.view is View.top:
        lies_on_a_mat(geometry[(slug, name)])
    else:
        rests(geometry[(slug, name)], data.position.value)


def moved(a: Geometry, b: Geometry) -> float:
    """How far the furthest-moving joint moved between two figures, in pixels."""
    return max(
        math.dist(a["elements"][k][end], b["elements"][k][end])
        for k in body(a)
        if "start" in a["elements"][k]
        for end in ("start", "end")
    )


@pytest.mark.parametrize("slug", FLOWS)
def test_phases_differ(geometry: dict[tuple[str, str], Geometry], slug: str) -> None:
    phases = FLOWS[slug]
    for first, second in itertools.pairwise(phases):
        assert moved(geometry[(slug, first)], geometry[(slug, second)]) > 4, (first, second)


@pytest.mark.parametrize("slug", FLOWS)
def test_the_animation_moves_through_the_phases(
    figure_page: FigurePage,
    geometry: dict[tuple[str, str], Geometry],
    poses: dict[str, PosePublic],
    slug: str,
) -> None:
    page = figure_page.open(f"{slug}--animated", figure_svg(LIBRARY, poses, slug, ANIMATED))
    figure_set = LIBRARY.figure_set(slug)
    seconds = figure_set.data.cycle_seconds
    phases = FLOWS[slug]
    for n, phase in enumerate(phases):
        at = (n + 0.3) / len(phases) * seconds  # inside the phase's hold
        page.evaluate(
            f"() => {{ const s = document.documentElement; s.pauseAnimations(); "
            f"s.setCurrentTime({at}); }}"
        )
        frame = page.evaluate(GEOMETRY)
        still = geometry[(slug, phase)]
        assert moved(frame, still) <= 0.75, phase
    moving = figure_set.keyframes().times[2] * seconds  # the middle of the first move
    page.evaluate(f"() => document.documentElement.setCurrentTime({moving})")
    assert moved(page.evaluate(GEOMETRY), geometry[(slug, phases[0])]) > 1  # between phases


@pytest.mark.parametrize("slug", FLOWS)
def test_reduced_motion_shows_the_first_phase_still(
    figure_page: FigurePage, poses: dict[str, PosePublic], slug: str
) -> None:
    page = figure_page.open(f"{slug}--motion", figure_svg(LIBRARY, poses, slug, ANIMATED))
    page.evaluate("() => document.documentElement.setCurrentTime(0)")
    groups = page.evaluate(GEOMETRY)["groups"]
    assert groups["moving"]["display"] != "none" and groups["still"]["display"] == "none"
    moving_box = groups["moving"]["box"]
    page.emulate_media(reduced_motion="reduce")
    try:
        groups = page.evaluate(GEOMETRY)["groups"]
    finally:
        page.emulate_media(reduced_motion="no-preference")
    assert groups["moving"]["display"] == "none" and groups["still"]["display"] != "none"
    assert groups["still"]["box"] == pytest.approx(moving_box, abs=0.5)  # the first phase


def luminance(colour: str) -> float:
    srgb = [c / 255 for c in channels(colour)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in srgb]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: float, b: float) -> float:
    return (max(a, b) + 0.05) / (min(a, b) + 0.05)


def blend(colour: str, background: str, opacity: float) -> str:
    """A colour drawn at `opacity` over a background, composited as browsers do (in sRGB)."""
    pairs = zip(channels(colour), channels(background), strict=True)
    return "rgb({})".format(
        ", ".join(str(round(c * opacity + b * (1 - opacity))) for c, b in pairs)
    )


def channels(colour: str) -> list[int]:
    return [int(c) for c in colour.removeprefix("rgb(").rstrip(")").split(",")[:3]]


SCHEME_BACKGROUNDS = {"light": "rgb(255, 255, 255)", "dark": "rgb(18, 18, 18)"}
SAMPLES = ["cat-cow", "goddess-pose", "lower-back-twist", "seated-back-extension"]


@pytest.mark.parametrize("slug", SAMPLES)
def test_light_and_dark_schemes_keep_the_body_readable(
    figure_page: FigurePage, poses: dict[str, PosePublic], slug: str
) -> None:
    """Graphics contrast of at least 3:1 (WCAG 1.4.11) on a white or a dark page."""
    colours = {}
    for scheme, background in SCHEME_BACKGROUNDS.items():
        figure_page.page.emulate_media(color_scheme=scheme)  # type: ignore[arg-type]
        page = figure_page.open(f"{slug}--{scheme}", figure_svg(LIBRARY, poses, slug, "main"))
        elements = page.evaluate(GEOMETRY)["elements"]
        colours[scheme] = {k: elements[k]["colour"] for k in ("lumbar", "thigh-near", "head")}
        page_luminance = luminance(background)
        for element_id in ("lumbar", "thigh-near", "head"):  # accent, body, head
            ratio = contrast(luminance(elements[element_id]["colour"]), page_luminance)
            assert ratio >= 3, (scheme, element_id, ratio)
        opacity = FAR_OPACITY if LIBRARY.figure_set(slug).data.view is View.side else 1
        far = blend(elements["thigh-far"]["colour"], background, opacity)
        assert contrast(luminance(far), page_luminance) >= 3, (scheme, "far", far)
    figure_page.page.emulate_media(color_scheme="light")
    assert colours["light"] != colours["dark"]
