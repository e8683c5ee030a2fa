"""The pose figures served over HTTP: the figure data, loaded once per process, and each
figure's SVG rendered once per content version (its title and description come from the
content, so a content change re-renders it)."""

import functools

from api.content.rendered import Rendered
from api.figures import MAIN, FigureLibrary, figure_text
from models.pose import PosePublic
from seed.figures import read_figures


@functools.cache
def load_figure_library() -> FigureLibrary:
    """The figure data (from `seed/figures.yaml` today; it moves into the database with the
    rest of the content, and then only this function changes)."""
    return read_figures()


class UnknownFigureError(LookupError):
    """The pose has no figure of that name; `names` are the ones it has."""

    def __init__(self, names: tuple[str, ...]) -> None:
        super().__init__(names)
        self.names = names


class FigureStore:
    def __init__(self, library: FigureLibrary) -> None:
        self.library = library
        self._version: int | None = None
        self._rendered: dict[tuple[str, str], Rendered] = {}

    def names(self, slug: str) -> tuple[str, ...]:
        """A pose's figure names besides the main one (empty when it has no figures)."""
        if slug not in self.library:
            return ()
        return self.library.figure_set(slug).names

    def links(self, slug: str) -> dict[str, str]:
        """The figure URLs of a pose, by name (`main` is `figure.svg`), for its `media`."""
        return self.library.links(slug)

    def rendered(self, version: int, pose: PosePublic, name: str | None = None) -> Rendered:
        """The SVG of a published pose's main figure, or of its figure `name`;
        UnknownFigureError when it has none such."""
        slug = pose.slug
        if slug not in self.library or (name is not None and name not in self.names(slug)):
            raise UnknownFigureError(self.names(slug))
        name = MAIN if name is None else name
        if version != self._version:  # a new content version: titles may have changed
            self._rendered = {}
            self._version = version
        key = (slug, name)
        rendered = self._rendered.get(key)
        if rendered is None:
            title, description = figure_text(
                pose, slug, name, tuple(self.library.figure_set(slug).data.phases)
            )
            svg = self.library.figure_set(slug).svg(name, title, description)
            rendered = self._rendered[key] = Rendered(svg.encode())
        return rendered
