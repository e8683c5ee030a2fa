"""seed/figures.yaml: every pose has its figures, and the data says what the content says."""

from pathlib import Path

import pytest
import yaml
from pydantic import ValidationError

from api.figures import FigureError
from api.services.figures import load_figure_library
from seed.figures import FIGURES_FILE, read_figures
from seed.schema import SeedContent
from tests.support.figures import FLOWS, NEW_POSES, SHAPE_CHANGING_MODIFICATIONS

LIBRARY = load_figure_library()


def test_every_pose_has_a_figure(seed_content: SeedContent) -> None:
    needed = {pose.slug for pose in seed_content.poses} | set(NEW_POSES)
    assert needed <= set(LIBRARY.poses), f"no figure for {sorted(needed - set(LIBRARY.poses))}"


def test_figure_positions_match_the_content(seed_content: SeedContent) -> None:
    positions = {pose.slug: pose.body_position.value for pose in seed_content.poses} | NEW_POSES
    for slug, figure_set in LIBRARY.poses.items():
        assert figure_set.data.position.value == positions[slug], slug


def test_modification_figures_name_real_modifications(seed_content: SeedContent) -> None:
    published = {pose.slug: {m.slug for m in pose.modifications} for pose in seed_content.poses}
    for slug, figure_set in LIBRARY.poses.items():
        for name in figure_set.data.modifications:
            assert name.startswith(f"{slug}-"), name
            if slug in published:  # once a pose is published, its figures follow its content
                assert name in published[slug], f"{slug} has no modification {name}"


def test_every_shape_changing_modification_has_a_figure() -> None:
    drawn = {name for s in LIBRARY.poses.values() for name in s.data.modifications}
    assert set(SHAPE_CHANGING_MODIFICATIONS) <= drawn, set(SHAPE_CHANGING_MODIFICATIONS) - drawn


def test_flows_have_their_phases_and_an_animation(seed_content: SeedContent) -> None:
    for slug, phases in FLOWS.items():
        figure_set = LIBRARY.figure_set(slug)
        assert list(figure_set.data.phases) == phases
        assert "animated" in figure_set.names
    for pose in seed_content.poses:  # every phase the steps name is drawn
        named = {step.phase for step in pose.steps if step.phase}
        assert named <= set(LIBRARY.figure_set(pose.slug).data.phases), pose.slug


def write(tmp_path: Path, data: object) -> Path:
    path = tmp_path / "figures.yaml"
    path.write_text(yaml.safe_dump(data))
    return path


def pose_data(**overrides: object) -> dict:
    figure = {
        "lumbar": 90,
        "thoracic": 90,
        "neck": 90,
        "legs": {"upper": -90, "lower": -90},
        "arms": {"upper": -90, "lower": -90},
    }
    return {"position": "standing", "frame": "portrait", "main": figure} | overrides


def test_the_file_reads(tmp_path: Path) -> None:
    library = read_figures(write(tmp_path, {"standing-still": pose_data()}))
    assert list(library.poses) == ["standing-still"]
    assert read_figures(FIGURES_FILE).poses.keys() == LIBRARY.poses.keys()


@pytest.mark.parametrize(
    "bad",
    [
        {"standing-still": pose_data(colour="red")},  # unknown key on a pose
        {"standing-still": pose_data(main={"lumbar": 90})},  # missing angles
        {"Standing Still": pose_data()},  # not a slug
        {"standing-still": pose_data(position="floating")},
        {"standing-still": pose_data(modifications={"x": {"like": "nothing"}})},
        {"standing-still": pose_data(modifications={"x": {"accent": ["tail"]}})},
        {"standing-still": pose_data(modifications={"x": {"legs": {"upper": 1}}})},
    ],
)
def test_bad_data_is_refused_with_a_reason(tmp_path: Path, bad: dict) -> None:
    with pytest.raises(ValidationError):
        read_figures(write(tmp_path, bad))


def test_a_figure_that_cannot_be_drawn_is_refused_at_load(tmp_path: Path) -> None:
    reach_far = {"arms": {"reach": {"to": "ankle-near"}, "bend": "cw"}}
    data = {"standing-still": pose_data(modifications={"standing-still-touch-toes": reach_far})}
    with pytest.raises(FigureError, match=r"standing-still-touch-toes.*out of reach"):
        read_figures(write(tmp_path, data))
