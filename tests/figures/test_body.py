"""The body model: proportions, forward kinematics, the two-link solver, the floor."""

import math
from itertools import pairwise

import pytest

from api.figures.body import (
    ANKLE_HEIGHT,
    HEAD_RADIUS,
    LENGTH,
    FigureError,
    pose_body,
    solve_two_links,
)
from models.figure import Bend, BodySpec, SegmentKind, View

STANDING = {
    "lumbar": 90,
    "thoracic": 90,
    "neck": 90,
    "legs": {"upper": -90, "lower": -90},
    "arms": {"upper": -90, "lower": -90},
}


def spec(**overrides: object) -> BodySpec:
    return BodySpec.model_validate(STANDING | overrides)


def length(points: tuple[tuple[float, float], ...]) -> float:
    return sum(math.dist(a, b) for a, b in pairwise(points))


def test_a_standing_body_has_winters_heights() -> None:
    body = pose_body(spec())
    assert body.points["hip"][1] == pytest.approx(0.530, abs=0.025)  # hip height
    assert body.points["shoulder"][1] == pytest.approx(0.818, abs=0.025)  # shoulder height
    top_of_head = body.head[0][1] + HEAD_RADIUS
    assert top_of_head == pytest.approx(1.0, abs=0.03)
    assert body.points["ankle-near"][1] - ANKLE_HEIGHT == pytest.approx(0, abs=0.02)


def test_segments_keep_their_lengths_whatever_the_angles() -> None:
    body = pose_body(spec(lumbar=60, thoracic=20, legs={"upper": -10, "lower": -120}))
    for kind in (SegmentKind.lumbar, SegmentKind.thoracic, SegmentKind.thigh, SegmentKind.shank):
        for segment in (s for s in body.segments if s.kind is kind):
            assert length(segment.points) == pytest.approx(LENGTH[kind]), segment.name


def test_the_lowest_point_rests_on_the_floor() -> None:
    body = pose_body(spec(lumbar=180, thoracic=180, neck=170, legs={"upper": 0, "lower": 0}))
    lowest = min(min(y for _, y in s.points) - s.width / 2 for s in body.segments)
    assert lowest == pytest.approx(0)


def test_a_limb_solved_to_a_target_reaches_it() -> None:
    body = pose_body(spec(arms={"reach": {"to": "hip", "dx": 0.1}, "bend": "cw"}))
    wrist = body.points["wrist-near"]
    hip = body.points["hip"]
    assert wrist == pytest.approx((hip[0] + 0.1, hip[1]))
    upper = body.segment("upper-arm-near")
    assert length(upper.points) == pytest.approx(LENGTH[SegmentKind.upper_arm])


def test_the_bend_picks_the_side_of_the_middle_joint() -> None:
    up = solve_two_links((0, 0), (0.3, 0), 0.186, 0.146, Bend.ccw)
    down = solve_two_links((0, 0), (0.3, 0), 0.186, 0.146, Bend.cw)
    assert up[0] > 0 > down[0]


def test_a_target_out_of_reach_is_an_error() -> None:
    with pytest.raises(FigureError, match="out of reach"):
        solve_two_links((0, 0), (1, 0), 0.186, 0.146, Bend.cw)


def test_a_hand_on_the_floor_rests_on_it() -> None:
    kneeling = spec(
        lumbar=0,
        thoracic=0,
        neck=0,
        legs={"upper": -90, "lower": 180, "end": 180},
        arms={"reach": {"floor": 0.05}, "bend": "cw", "end": 0},
    )
    body = pose_body(kneeling)
    for name in ("hand-near", "forearm-near"):
        segment = body.segment(name)
        assert min(y for _, y in segment.points) - segment.width / 2 >= -1e-9
    hand = body.segment("hand-near")
    assert min(y for _, y in hand.points) - hand.width / 2 == pytest.approx(0, abs=0.005)


def test_a_limb_through_the_floor_is_an_error() -> None:
    lying = spec(
        lumbar=180,
        thoracic=180,
        neck=170,
        legs={"upper": 0, "lower": 0},
        arms={"reach": {"to": "hip", "dy": -0.1}, "bend": "cw"},
    )
    with pytest.raises(FigureError, match="through the floor"):
        pose_body(lying)


def test_a_front_view_spreads_the_limbs_across_the_shoulders_and_hips() -> None:
    side, front = pose_body(spec()), pose_body(spec(), View.front)
    assert side.points["shoulder-near"] == side.points["shoulder-far"]
    spread = front.points["shoulder-near"][0] - front.points["shoulder-far"][0]
    assert spread == pytest.approx(0.259)
    assert front.points["hip-near"][0] - front.points["hip-far"][0] == pytest.approx(0.191)


def test_a_turned_trunk_shows_its_shoulder_line_in_a_side_view() -> None:
    body = pose_body(spec(shoulder_turn=30))
    spread = body.points["shoulder-near"][0] - body.points["shoulder-far"][0]
    assert spread == pytest.approx(0.259 * 0.5)


def test_a_top_view_is_centred_on_the_waist_and_has_no_floor() -> None:
    body = pose_body(spec(lumbar=180, thoracic=180, neck=180), View.top)
    assert body.points["waist"] == pytest.approx((0, 0))


def test_a_foreshortened_limb_is_drawn_shorter() -> None:
    body = pose_body(spec(legs={"upper": -90, "lower": -90, "foreshorten": 0.5}))
    thigh = body.segment("thigh-near")
    assert length(thigh.points) == pytest.approx(LENGTH[SegmentKind.thigh] / 2)


def test_a_chair_seat_sits_under_the_hips() -> None:
    seated = spec(legs={"upper": 0, "lower": -90, "end": 0}, props=[{"kind": "chair"}])
    body = pose_body(seated)
    (chair,) = body.props
    x, y, width, height = chair.rects[0]
    hip = body.points["hip"]
    thigh = body.segment("thigh-near")
    assert y + height == pytest.approx(hip[1] - thigh.width / 2)
    assert x < hip[0] < x + width


LYING = {
    "lumbar": 180,
    "thoracic": 180,
    "neck": 168.9,
    "legs": {"upper": 45, "lower": -45},
    "arms": {"upper": 0, "lower": 0, "end": 0},
}


def test_padding_rests_on_the_floor_and_touches_the_body() -> None:
    body = pose_body(
        spec(
            **LYING,
            props=[
                {"kind": "blanket-roll", "at": "knee-near"},
                {"kind": "pillow", "at": "head", "width": 0.2},
            ],
        )
    )
    roll, pillow = body.props
    (x, y, radius), knee = roll.circles[0], body.points["knee-near"]
    thigh = body.segment("thigh-near")
    assert x == pytest.approx(knee[0]) and y - radius == pytest.approx(0)  # on the floor
    assert y + radius == pytest.approx(knee[1] - thigh.width / 2)  # under the knee
    (_, bottom, _, height) = pillow.rects[0]
    assert bottom == 0 and height == pytest.approx(body.head[0][1] - HEAD_RADIUS)


def test_a_wall_stands_behind_the_back() -> None:
    body = pose_body(spec(props=[{"kind": "wall"}]))
    (wall,) = body.props
    (x, _), _ = wall.lines[0]
    back = min(body.points[p][0] for p in ("hip", "waist", "shoulder"))
    assert x == pytest.approx(back - body.segment("lumbar").width / 2)
