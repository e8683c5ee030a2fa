"""A pose's figures by name, their text from the content, their links, the animation's frames."""

import pytest

from api.figures import ANIMATED, MAIN, figure_path, figure_text
from api.services.figures import load_figure_library
from models.pose import PosePublic
from seed.schema import SeedContent

LIBRARY = load_figure_library()


@pytest.fixture(scope="module")
def poses(seed_content: SeedContent) -> dict[str, PosePublic]:
    return {pose.slug: pose for pose in seed_content.public_poses()}


def test_names_are_phases_then_the_animation_then_modifications() -> None:
    names = LIBRARY.figure_set("cat-cow").names
    assert names[:3] == ("cat", "cow", ANIMATED)
    assert "cat-cow-forearms-or-fists" in names
    assert ANIMATED not in LIBRARY.figure_set("childs-pose").names


def test_links_name_every_figure() -> None:
    links = LIBRARY.links("cat-cow")
    assert links[MAIN] == "/v1/poses/cat-cow/figure.svg"
    assert links["cow"] == "/v1/poses/cat-cow/figures/cow.svg"
    assert links[ANIMATED] == "/v1/poses/cat-cow/figures/animated.svg"
    assert set(links) == {MAIN, *LIBRARY.figure_set("cat-cow").names}
    assert LIBRARY.links("no-such-pose") == {}
    assert figure_path("x", "y") == "/v1/poses/x/figures/y.svg"


def test_a_phase_is_described_by_its_steps(poses: dict[str, PosePublic]) -> None:
    title, description = figure_text(poses["cat-cow"], "cat-cow", "cow")
    assert title == "Cat-Cow Stretch: cow"
    assert "reverse the curve of your spine" in description
    assert "round your back" not in description


def test_the_main_figure_is_described_by_the_setup_and_action(poses: dict[str, PosePublic]) -> None:
    title, description = figure_text(poses["childs-pose"], "childs-pose", MAIN)
    assert title == "Child's Pose"
    assert "forehead on the floor" in description
    assert "Stay in the pose" not in description  # the hold is not what the picture shows


def test_a_modification_is_described_by_its_instruction(poses: dict[str, PosePublic]) -> None:
    title, description = figure_text(poses["childs-pose"], "childs-pose", "childs-pose-knees-wide")
    assert title == "Child's Pose: Knees wide"
    assert description.startswith("Spread your knees wide apart")


def test_the_animation_names_its_phases(poses: dict[str, PosePublic]) -> None:
    title, description = figure_text(
        poses["pelvic-tilt"], "pelvic-tilt", ANIMATED, ("neutral", "tilt")
    )
    assert title == "The Pelvic Tilt: moving between neutral and tilt"
    assert "tilting your pelvis" in description


def test_an_unpublished_pose_is_named_from_its_slug() -> None:
    assert figure_text(None, "wall-pelvic-tilt", "tilt") == (
        "Wall pelvic tilt: tilt",
        "Wall pelvic tilt",
    )


def test_the_animation_holds_each_phase_and_returns_to_the_first() -> None:
    figure_set = LIBRARY.figure_set("cat-cow")
    keyframes = figure_set.keyframes()
    cat, cow = figure_set.body("cat"), figure_set.body("cow")
    assert keyframes.times[0] == 0 and keyframes.times[-1] == 1
    assert list(keyframes.times) == sorted(keyframes.times)
    assert keyframes.bodies[0] == keyframes.bodies[1] == keyframes.bodies[-1] == cat
    assert cow in keyframes.bodies
    assert keyframes.seconds == 10  # the article's 5 s each way
    middle = keyframes.bodies[2]
    cat_waist, cow_waist, mid_waist = (b.points["waist"][1] for b in (cat, cow, middle))
    assert min(cat_waist, cow_waist) < mid_waist < max(cat_waist, cow_waist)
