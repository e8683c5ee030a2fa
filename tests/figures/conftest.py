"""One Chromium for the session's browser tests (Debian's, through Playwright; no download)."""

import shutil
from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, Page, Route, sync_playwright

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
ORIGIN = "https://figures.test"


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    if shutil.which(CHROMIUM) is None:
        pytest.fail(f"{CHROMIUM} is missing: `make test` installs Debian's chromium")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


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


@pytest.fixture(scope="module")
def figure_page(browser: Browser) -> Iterator[FigurePage]:
    context = browser.new_context()
    yield FigurePage(context.new_page())
    context.close()
