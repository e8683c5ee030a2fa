"""What the figure tests share: the poses that need figures, and every figure's SVG."""

from collections.abc import Mapping

from api.figures import ANIMATED, MAIN, FigureLibrary, figure_text
from models.pose import PosePublic

# Poses the content gains in the second wave (issue 13): drawn before their steps are published.
NEW_POSES = {
    "seated-upper-body-twist": "seated",
    "seated-round-and-arch": "seated",
    "seated-back-extension": "seated",
    "wall-pelvic-tilt": "standing",
    "prone-back-extension": "prone",
}
# Modifications that change the body's shape: each must have its own figure.
SHAPE_CHANGING_MODIFICATIONS = [
    "childs-pose-knees-wide",
    "cat-cow-forearms-or-fists",
    "childs-pose-pillow-under-belly",
    "lower-back-twist-pillow-under-knees",
    "childs-pose-head-on-fists",
    "goddess-pose-chair-support",
    "goddess-pose-hands-on-hips",
    "happy-baby-hold-thighs",
    "childs-pose-knees-cushioned",
    "goddess-pose-shallow-squat",
    *(f"{slug}-high-chair" for slug, position in NEW_POSES.items() if position == "seated"),
]
FLOWS = {
    "cat-cow": ["cat", "cow"],
    "pelvic-tilt": ["neutral", "tilt"],
    "seated-round-and-arch": ["round", "arch"],
    "wall-pelvic-tilt": ["neutral", "tilt"],
    "prone-back-extension": ["start", "extend"],
}


def every_figure(library: FigureLibrary) -> list[tuple[str, str]]:
    """(pose slug, figure name) of every figure served, the main one first for each pose."""
    return [
        (slug, name)
        for slug, figure_set in library.poses.items()
        for name in (MAIN, *figure_set.names)
    ]


def still_figures(library: FigureLibrary) -> list[tuple[str, str]]:
    return [(slug, name) for slug, name in every_figure(library) if name != ANIMATED]


def figure_svg(
    library: FigureLibrary, poses: Mapping[str, PosePublic], slug: str, name: str
) -> str:
    """The figure as served: its text from the pose's content (when published)."""
    phases = tuple(library.figure_set(slug).data.phases)
    title, description = figure_text(poses.get(slug), slug, name, phases)
    return library.figure_set(slug).svg(name, title, description)
