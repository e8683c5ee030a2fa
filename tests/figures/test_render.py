"""The SVG renderer as a pure function: every figure is valid, small, accessible, themed."""

import gzip
import re
import xml.etree.ElementTree as ET

import pytest

from api.figures import ANIMATED, render_figure
from api.figures.body import pose_body
from api.services.figures import load_figure_library
from models.figure import BodySpec, Frame
from models.pose import PosePublic
from seed.schema import SeedContent
from tests.support.figures import every_figure, figure_svg

SVG = "{http://www.w3.org/2000/svg}"
LIBRARY = load_figure_library()
FIGURES = every_figure(LIBRARY)
MAX_GZIPPED_BYTES = 4096
THUMBNAIL_PX = 48


@pytest.fixture(scope="module")
def poses(seed_content: SeedContent) -> dict[str, PosePublic]:
    return {pose.slug: pose for pose in seed_content.public_poses()}


@pytest.mark.parametrize(("slug", "name"), FIGURES, ids=[f"{s}:{n}" for s, n in FIGURES])
def test_every_figure_is_valid_small_and_accessible(
    poses: dict[str, PosePublic], slug: str, name: str
) -> None:
    svg = figure_svg(LIBRARY, poses, slug, name)
    root = ET.fromstring(svg)
    assert root.tag == f"{SVG}svg"
    assert root.get("role") == "img" and root.get("aria-labelledby") == "t d"
    title, desc = root.find(f"{SVG}title"), root.find(f"{SVG}desc")
    assert title is not None and title.text and title.get("id") == "t"
    assert desc is not None and desc.text and desc.get("id") == "d"
    if slug in poses:
        assert title.text.startswith(poses[slug].name)
    assert len(gzip.compress(svg.encode(), mtime=0)) <= MAX_GZIPPED_BYTES
    assert root.get("viewBox") in ("0 0 240 160", "0 0 160 240")
    assert "href" not in svg and "url(" not in svg  # nothing external, nothing to fetch


@pytest.mark.parametrize(("slug", "name"), FIGURES, ids=[f"{s}:{n}" for s, n in FIGURES])
def test_styles_are_scoped_and_have_a_dark_variant(
    poses: dict[str, PosePublic], slug: str, name: str
) -> None:
    svg = figure_svg(LIBRARY, poses, slug, name)
    style = ET.fromstring(svg).find(f"{SVG}style")
    assert style is not None and style.text
    assert "@media (prefers-color-scheme:dark)" in style.text
    assert "color-scheme:light dark" in style.text
    rules = re.sub(r"@media[^{]*\{", "", style.text)  # selectors inside media queries too
    selectors = [rule.split("{")[0] for rule in rules.split("}") if "{" in rule]
    assert selectors and all(s.startswith(".sbf") for s in selectors), selectors
    if name == ANIMATED:
        assert "@media (prefers-reduced-motion:reduce)" in style.text
        assert "<animate " in svg
    else:
        assert "<animate" not in svg


@pytest.mark.parametrize(("slug", "name"), FIGURES, ids=[f"{s}:{n}" for s, n in FIGURES])
def test_strokes_survive_a_48px_thumbnail(
    poses: dict[str, PosePublic], slug: str, name: str
) -> None:
    svg = figure_svg(LIBRARY, poses, slug, name)
    longer_side = max(float(n) for n in ET.fromstring(svg).get("viewBox", "").split())
    on_screen = THUMBNAIL_PX / longer_side  # a 48 px thumbnail on the figure's longer side
    widths = [float(w) for w in re.findall(r"stroke-width:([\d.]+)", svg)]
    assert min(widths) * on_screen >= 0.4  # the floor, props and cues
    body_widths = re.findall(r"\.sbf \.(?:tr|nk|ua|fa|hn|th|sh|ft)\{stroke-width:([\d.]+)", svg)
    assert min(float(w) for w in body_widths) * on_screen >= 1.0  # the body: a pixel or more


def test_text_is_escaped() -> None:
    body = pose_body(LIBRARY.figure_set("childs-pose").spec("main"))
    svg = render_figure(body, Frame.landscape, "A <b> & 'c'", 'Steps: "1" < 2 & 3 > 2')
    root = ET.fromstring(svg)
    assert root.find(f"{SVG}title").text == "A <b> & 'c'"  # type: ignore[union-attr]
    assert root.find(f"{SVG}desc").text == 'Steps: "1" < 2 & 3 > 2'  # type: ignore[union-attr]


def test_rendering_is_deterministic() -> None:
    figure_set = LIBRARY.figure_set("cat-cow")
    assert figure_set.svg(ANIMATED, "t", "d") == figure_set.svg(ANIMATED, "t", "d")


def test_accented_segments_use_the_accent_and_others_the_body_colour() -> None:
    spec = LIBRARY.figure_set("cat-cow").spec("cat")
    svg = render_figure(pose_body(spec), Frame.landscape, "t", "d")
    root = ET.fromstring(svg)
    classes = {el.get("id"): (el.get("class") or "").split() for el in root.iter(f"{SVG}path")}
    assert "ac" in classes["lumbar"] and "ac" in classes["thoracic"]
    assert "ac" not in classes["thigh-near"] and "ac" not in classes["neck"]


def test_far_limbs_are_drawn_first_and_lighter_in_a_side_view() -> None:
    spec = LIBRARY.figure_set("cat-cow").spec("cat")
    root = ET.fromstring(render_figure(pose_body(spec), Frame.landscape, "t", "d"))
    far_group = next(g for g in root.iter(f"{SVG}g") if g.get("class") == "far")
    far_ids = {el.get("id") for el in far_group}
    assert far_ids == {
        f"{k}-far" for k in ("thigh", "shank", "foot", "upper-arm", "forearm", "hand")
    }
    ids = [el.get("id") for el in root.iter() if el.get("id")]
    assert ids.index("thigh-far") < ids.index("lumbar") < ids.index("thigh-near")


def test_an_animated_figure_moves_only_what_changes() -> None:
    svg = LIBRARY.figure_set("cat-cow").svg(ANIMATED, "t", "d")
    root = ET.fromstring(svg)
    moving = next(g for g in root.iter(f"{SVG}g") if g.get("class") == "moving")
    animated = {el.get("id") for el in moving.iter() if el.find(f"{SVG}animate") is not None}
    assert {"lumbar", "thoracic", "neck", "head"} <= animated
    assert "thigh-near" not in animated and "shank-near" not in animated  # the knees stay put
    for animate in moving.iter(f"{SVG}animate"):
        values = animate.get("values", "").split(";")
        times = [float(t) for t in animate.get("keyTimes", "").split(";")]
        assert len(values) == len(times) and times[0] == 0 and times[-1] == 1
        assert values[0] == values[-1]  # a cycle ends where it starts
        assert animate.get("dur") == "10s" and animate.get("repeatCount") == "indefinite"


def test_a_spec_with_an_unknown_key_is_refused() -> None:
    with pytest.raises(ValueError, match="extra"):
        BodySpec.model_validate(
            {"lumbar": 0, "thoracic": 0, "neck": 0, "legs": {}, "arms": {}, "tail": 1}
        )
