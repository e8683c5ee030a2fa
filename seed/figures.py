"""Reads the figure data (`seed/figures.yaml`): one entry per pose slug, validated."""

from pathlib import Path

import yaml
from pydantic import RootModel

from api.figures import FigureLibrary
from models.figure import PoseFigures
from models.values import Slug
from seed import SEED_DIR

FIGURES_FILE = SEED_DIR / "figures.yaml"


class FigureData(RootModel[dict[Slug, PoseFigures]]):
    """The whole file: pose slug → that pose's figures."""


def read_figures(path: Path = FIGURES_FILE) -> FigureLibrary:
    """The one place figure data is loaded (it moves into the database with the content)."""
    with path.open(encoding="utf-8") as file:
        data = FigureData.model_validate(yaml.safe_load(file))
    library = FigureLibrary(data.root)
    library.check()
    return library
