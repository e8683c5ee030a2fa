"""/docs in a real browser (Debian's Chromium, driven by Playwright): Swagger UI renders every
operation under the page's strict CSP, with no violation and no request to another origin."""

from pathlib import Path

import pytest
from playwright.sync_api import sync_playwright

from tests.conftest import fresh_database_url
from tests.server import running_server

CHROMIUM = "/usr/bin/chromium"
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.mark.server
def test_the_docs_render_offline_under_their_csp(tmp_path: Path) -> None:
    assert Path(CHROMIUM).exists(), "make test installs Debian's chromium"
    database_url = fresh_database_url("sqlite", tmp_path)
    with (
        running_server(database_url, tmp_path / "server.log") as base_url,
        sync_playwright() as playwright,
    ):
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        page = browser.new_page()
        problems: list[str] = []
        requested: list[str] = []
        page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda error: problems.append(str(error)))
        page.on("request", lambda request: requested.append(request.url))
        page.goto(f"{base_url}/docs")
        page.wait_for_selector(".opblock", timeout=20_000)
        operations = page.locator(".opblock").count()
        browser.close()
    assert operations == 16
    assert problems == []  # a CSP violation is reported as a console error
    assert requested and all(url.startswith(base_url) for url in requested), requested
