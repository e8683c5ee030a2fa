"""The figure data's model: one figure `like` another, limbs, targets, props."""

import pytest
from pydantic import ValidationError

from models.figure import BodySpec, Limb, PoseFigures, Prop, Target

FIGURE = {
    "lumbar": 90,
    "thoracic": 90,
    "neck": 90,
    "legs": {"upper": -90, "lower": -90},
    "arms": {"upper": -90, "lower": -90},
}


def test_a_modification_is_like_the_main_figure_with_its_own_keys() -> None:
    data = PoseFigures.model_validate(
        {
            "position": "standing",
            "main": FIGURE | {"accent": ["lumbar"]},
            "modifications": {
                "x-lean": {"thoracic": 100, "legs": {"near": {"upper": -80, "lower": -90}}}
            },
        }
    )
    lean = data.modifications["x-lean"]
    assert lean.thoracic == 100 and lean.lumbar == 90
    assert lean.accent == ["lumbar"]  # inherited
    assert lean.legs.near.upper == -80 and lean.legs.far.upper == -90  # one side replaced


def test_a_phase_may_be_like_another_phase() -> None:
    data = PoseFigures.model_validate(
        {
            "position": "standing",
            "phases": {"up": FIGURE, "down": {"like": "up", "neck": 60}},
        }
    )
    assert data.phases["down"].neck == 60 and data.phases["down"].lumbar == 90
    assert data.main_figure == data.phases["up"]


@pytest.mark.parametrize(
    "data",
    [
        {"position": "standing"},  # neither main nor phases
        {"position": "standing", "phases": {"only": FIGURE}},  # one phase is not a flow
        {"position": "standing", "main": FIGURE, "phases": {"a": FIGURE, "b": FIGURE}},
        {"position": "standing", "main": FIGURE, "modifications": {"animated": {}}},  # reserved
        {"position": "standing", "phases": {"a": {"like": "b"}, "b": {"like": "a"}}},  # a circle
    ],
)
def test_inconsistent_pose_figures_are_refused(data: dict) -> None:
    with pytest.raises((ValidationError, ValueError)):
        PoseFigures.model_validate(data)


def test_a_limb_is_angles_or_a_target() -> None:
    assert Limb(upper=0, lower=0).reach is None
    assert Limb(reach=Target(to="hip"), bend="cw").upper is None
    with pytest.raises(ValidationError, match="either upper and lower"):
        Limb(upper=0, lower=0, reach=Target(to="hip"), bend="cw")
    with pytest.raises(ValidationError, match="sets `end`"):
        Limb(reach=Target(floor=0.1), bend="cw")


def test_a_target_is_exactly_one_place() -> None:
    with pytest.raises(ValidationError, match="exactly one"):
        Target(floor=0.1, to="hip")
    with pytest.raises(ValidationError):
        Target(to="tail")


def test_a_pillow_needs_a_place_and_the_floor_is_not_a_prop() -> None:
    with pytest.raises(ValidationError, match="needs `at`"):
        Prop(kind="pillow")
    with pytest.raises(ValidationError, match="do not list it"):
        Prop(kind="floor")


def test_limbs_given_once_are_both_sides() -> None:
    spec = BodySpec.model_validate(FIGURE)
    assert spec.legs.near == spec.legs.far
