"""A page that opens figures as a browser opens an SVG file (the browser: tests/support)."""

from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser

from tests.support.figure_page import FigurePage


@pytest.fixture(scope="module")
def figure_page(browser: Browser) -> Iterator[FigurePage]:
    context = browser.new_context()
    yield FigurePage(context.new_page())
    context.close()
