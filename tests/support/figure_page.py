"""A browser page that opens SVG text as a browser opens a figure file."""

from playwright.sync_api import Page, Route

ORIGIN = "https://figures.test"


class FigurePage:
    """A page that opens SVG text as a standalone SVG document, as a browser opens a figure."""

    def __init__(self, page: Page) -> None:
        self.page = page
        self.documents: dict[str, str] = {}
        page.route(f"{ORIGIN}/**", self._serve)

    def _serve(self, route: Route) -> None:
        body = self.documents.get(route.request.url)
        if body is None:
            route.fulfill(status=404, body="")
        else:
            route.fulfill(status=200, body=body, content_type="image/svg+xml")

    def open(self, key: str, svg: str) -> Page:
        url = f"{ORIGIN}/{key}.svg"
        self.documents[url] = svg
        self.page.goto(url)
        return self.page
