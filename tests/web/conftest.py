"""The web page in Chromium, against a real `stretchbase serve` on SQLite (run once: the page
reads the API like any client, and the API's own tests cover both databases)."""

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest
from playwright.sync_api import Browser, Page

from tests.support.server import running_server

WEB_TESTS = Path(__file__).parent
AXE_SCRIPT = WEB_TESTS / "node_modules" / "axe-core" / "axe.min.js"
PHONE = {"width": 390, "height": 844}
# `make screenshots` sets it: the screens are written there at phone size
SCREENSHOTS = os.environ.get("STRETCHBASE_SCREENSHOTS")

WATCH_ERRORS = """
window.__problems = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.__problems.push(`CSP: ${event.violatedDirective} blocked ${event.blockedURI}`);
});
"""

# Clicks "No" (as a person would: a click, so the page's change handler runs) on every
# question shown that has no answer yet.
ANSWER_NO_TO_THE_REST = """() => {
  for (const no of document.querySelectorAll("input[type=radio][data-value='false']")) {
    if (no.closest('[hidden]')) continue;
    if (!document.querySelector(`input[name="${no.name}"]:checked`)) no.click();
  }
}"""


@pytest.fixture(scope="session")
def page_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    directory = tmp_path_factory.mktemp("web")
    with running_server(f"sqlite:///{directory / 'web.db'}", directory / "server.log") as url:
        yield url


@pytest.fixture(scope="session")
def api(page_server: str) -> Iterator[httpx.Client]:
    """The same server, read directly: what the page must show."""
    with httpx.Client(base_url=page_server, timeout=10) as client:
        yield client


@pytest.fixture(scope="session")
def axe_source() -> str:
    if not AXE_SCRIPT.exists():
        pytest.fail(f"{AXE_SCRIPT} is missing: `make test` runs npm ci in {WEB_TESTS}")
    return AXE_SCRIPT.read_text(encoding="utf-8")


class PageUnderTest:
    """A page of the app at phone size that records CSP violations, errors and console errors."""

    def __init__(self, page: Page, base_url: str) -> None:
        self.page = page
        self.base_url = base_url
        self.errors: list[str] = []
        page.on("pageerror", lambda error: self.errors.append(f"page error: {error}"))
        page.on(
            "console",
            lambda message: (
                self.errors.append(f"console: {message.text}") if message.type == "error" else None
            ),
        )
        page.add_init_script(WATCH_ERRORS)

    def open(self) -> Page:
        self.page.goto(f"{self.base_url}/")
        self.page.wait_for_selector("#question-form")
        return self.page

    def problems(self) -> list[str]:
        return self.errors + self.page.evaluate("window.__problems")

    def answer(
        self,
        pain_level: int,
        yes: tuple[str, ...] = (),
        typed: dict[str, str] | None = None,
        region: str | None = None,
    ) -> None:
        """Yes to the questions named (by link id), no to every other one shown, the pain
        level, what is typed into number fields, and the region; then Continue."""
        page = self.page
        for link_id in yes:
            page.locator(f"input[name='{link_id}'][data-value='true']").check()
        page.evaluate(ANSWER_NO_TO_THE_REST)
        page.locator(f"input[name='pain_level'][data-value='{pain_level}']").check()
        for link_id, text in (typed or {}).items():
            page.locator(f"input[name='{link_id}']").fill(text)
        if region:
            page.get_by_label("Where you are (optional)").select_option(region)
        page.get_by_role("button", name="Continue").click()


@pytest.fixture
def open_page(browser: Browser, page_server: str) -> Iterator[Callable[..., PageUnderTest]]:
    contexts = []

    def open_page(
        color_scheme: str = "light", viewport: dict | None = None, device_scale_factor: float = 1
    ) -> PageUnderTest:
        context = browser.new_context(
            viewport=viewport or PHONE,
            color_scheme=color_scheme,
            reduced_motion="no-preference",
            device_scale_factor=device_scale_factor,
        )
        contexts.append(context)
        return PageUnderTest(context.new_page(), page_server)

    yield open_page
    for context in contexts:
        context.close()


@pytest.fixture
def axe(axe_source: str) -> Callable[[Page], list[dict]]:
    """Runs axe-core (WCAG 2.0-2.2 A and AA, and best practice) on the page as it is now."""

    def run(page: Page) -> list[dict]:
        if not page.evaluate("typeof window.axe !== 'undefined'"):
            page.evaluate(axe_source)  # through DevTools: the page's CSP is not weakened for it
        return page.evaluate(
            """async () => (await axe.run(document, {runOnly: {type: 'tag', values:
                ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']}}))
                .violations.map((v) => ({id: v.id, impact: v.impact, help: v.help,
                  nodes: v.nodes.map((n) => n.target.join(' '))}))"""
        )

    return run


@pytest.fixture
def screenshot() -> Callable[[Page, str], None]:
    def take(page: Page, name: str) -> None:
        if SCREENSHOTS:
            Path(SCREENSHOTS).mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(Path(SCREENSHOTS) / f"{name}.png"))

    return take
