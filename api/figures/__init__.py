"""Generated pose figures: an articulated body, posed by joint angles from the content,
rendered to SVG. Pure code with no I/O: the data comes in, SVG text goes out."""

from api.figures.body import Body, FigureError, pose_body
from api.figures.library import (
    ANIMATED,
    MAIN,
    FigureLibrary,
    PoseFigureSet,
    figure_path,
    figure_text,
)
from api.figures.render import render_animated, render_figure

__all__ = [
    "ANIMATED",
    "MAIN",
    "Body",
    "FigureError",
    "FigureLibrary",
    "PoseFigureSet",
    "figure_path",
    "figure_text",
    "pose_body",
    "render_animated",
    "render_figure",
]
