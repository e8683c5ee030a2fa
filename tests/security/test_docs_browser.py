"""/docs in a real browser (Debian's Chromium, driven by Playwright): Swagger UI renders every
operation under the page's strict CSP, with no violation and no request to another origin."""

import json
from pathlib import Path

import pytest
from playwright.sync_api import Browser

from tests.support.databases import fresh_database_url
from tests.support.server import running_server

SPEC = Path(__file__).parents[2] / "openapi" / "openapi.json"


@pytest.mark.server
def test_the_docs_render_offline_under_their_csp(browser: Browser, tmp_path: Path) -> None:
    database_url = fresh_database_url("sqlite", tmp_path)
    with running_server(database_url, tmp_path / "server.log") as base_url:
        context = browser.new_context()
        page = context.new_page()
        problems: list[str] = []
        requested: list[str] = []
        page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda error: problems.append(str(error)))
        page.on("request", lambda request: requested.append(request.url))
        page.goto(f"{base_url}/docs")
        page.wait_for_selector(".opblock", timeout=20_000)
        operations = page.locator(".opblock").count()
        context.close()
    spec = json.loads(SPEC.read_text(encoding="utf-8"))
    assert operations == sum(len(item) for item in spec["paths"].values())
    assert problems == []  # a CSP violation is reported as a console error
    assert requested and all(url.startswith(base_url) for url in requested), requested
