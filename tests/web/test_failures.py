"""When the service fails (a proxy's HTML error page, no connection, no answer in time) the
page says so calmly, keeps the answers and offers to try again; when its own script does not
load, the page says so in plain HTML instead of showing a form that does nothing."""

import re
from collections.abc import Callable

import pytest
from playwright.sync_api import Browser, Page, Route, expect

pytestmark = pytest.mark.browser

COMPOSE = "**/v1/routines/compose"
PROXY_502 = (
    "<html><head><title>502 Bad Gateway</title></head>"
    "<body><h1>502 Bad Gateway</h1><hr>nginx</body></html>"
)
# what a person must never be shown: status codes, proxies' words, a parser's or fetch's message
RAW = re.compile(r"\b50[234]\b|Bad Gateway|nginx|JSON|Unexpected token|Failed to fetch|TypeError")


def proxy_502(route: Route) -> None:
    route.fulfill(status=502, content_type="text/html", body=PROXY_502)


def disconnected(route: Route) -> None:
    route.abort("internetdisconnected")


def captive_portal(route: Route) -> None:  # a 200, but not the API's
    route.fulfill(status=200, content_type="text/html", body="<p>Sign in to the Wi-Fi</p>")


def unavailable(route: Route) -> None:  # our own 503, with its problem+json
    route.fulfill(
        status=503,
        content_type="application/problem+json",
        body='{"type": "about:blank", "title": "Service Unavailable", "status": 503,'
        ' "detail": "The database is unavailable."}',
    )


def assert_calm_failure(page: Page, says: str) -> None:
    summary = page.locator("#error-summary")
    expect(summary).to_be_visible()
    expect(summary).to_be_focused()
    expect(summary).to_contain_text("We could not get your routine")
    expect(summary).to_contain_text(says)
    expect(summary).to_contain_text("Your answers are still here.")
    assert not RAW.search(page.locator("main").inner_text()), page.locator("main").inner_text()
    expect(page.locator("#questions")).to_be_visible()
    expect(page.locator("input[name='pain_level'][data-value='2']")).to_be_checked()
    assert page.locator("#result").is_hidden()


@pytest.mark.parametrize(
    ("fault", "says"),
    [
        (proxy_502, "not answering properly"),
        (captive_portal, "not answering properly"),
        (unavailable, "not answering properly"),
        (disconnected, "could not reach the service"),
    ],
    ids=["proxy-html-502", "html-200", "problem-503", "no-connection"],
)
def test_a_failed_composition_is_shown_calmly_with_a_retry(open_page, axe, screenshot, fault, says):
    put = open_page()
    page = put.open()
    page.route(COMPOSE, fault)
    put.answer(pain_level=2)
    assert_calm_failure(page, says)
    violations = axe(page)
    assert [v for v in violations if v["impact"] in ("serious", "critical")] == [], violations
    if fault is proxy_502:
        page.locator("#error-summary").scroll_into_view_if_needed()
        screenshot(page, "1-questions-failure")

    page.unroute(COMPOSE)  # the service is back: the same answers, sent again
    page.get_by_role("button", name="Try again").click()
    expect(page.locator("#result-title")).to_have_text("Your routine")
    assert [p for p in put.problems() if "Failed to load resource" not in p] == []


def test_no_answer_in_time_is_a_failure_too(open_page):
    put = open_page()
    page = put.page
    page.clock.install()
    put.open()
    page.route(COMPOSE, lambda route: None)  # asked, never answered
    put.answer(pain_level=2)
    expect(page.get_by_role("button", name="Please wait…")).to_be_disabled()
    page.clock.run_for(21_000)
    assert_calm_failure(page, "taking too long")
    expect(page.get_by_role("button", name="Continue")).to_be_enabled()


@pytest.mark.parametrize(
    "fault", [proxy_502, disconnected, captive_portal], ids=["502", "offline", "html-200"]
)
def test_questions_that_cannot_be_loaded_say_so_and_can_be_asked_again(open_page, fault):
    put = open_page()
    page = put.page
    page.route("**/v1/questionnaire", fault)
    page.goto(f"{put.base_url}/")
    status = page.locator("#loading")
    expect(status).to_contain_text("The questions could not be loaded.")
    assert not RAW.search(status.inner_text()), status.inner_text()
    page.unroute("**/v1/questionnaire")
    page.get_by_role("button", name="Try again").click()
    expect(page.locator("#question-form")).to_be_visible()
    expect(page.locator("#loading")).to_have_count(0)


@pytest.mark.parametrize("asset", ["app.js", "player.js"])
def test_a_script_that_does_not_load_is_said_in_plain_html(open_page, screenshot, asset):
    put = open_page()
    page = put.page
    missing = re.compile(rf"/static/[^/]+/{re.escape(asset)}$")
    page.route(missing, lambda route: route.fulfill(status=404))
    page.goto(f"{put.base_url}/")
    expect(page.locator("#not-started")).to_be_visible()
    expect(page.locator("#not-started")).to_contain_text("This page could not start")
    expect(page.get_by_role("link", name="/v1/questionnaire")).to_be_visible()
    assert page.locator("form, input, button").count() == 0  # no form that does nothing
    if asset == "app.js":
        screenshot(page, "0-not-started")


def test_without_javascript_the_page_says_so(browser: Browser, page_server: str):
    context = browser.new_context(java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(f"{page_server}/")
        expect(page.locator("#not-started")).to_be_visible()
        expect(page.locator("#not-started")).to_contain_text("JavaScript")
    finally:
        context.close()


def test_the_not_started_message_is_never_shown_when_the_script_runs(open_page: Callable):
    put = open_page()
    page = put.page
    page.clock.install()
    put.open()
    page.clock.run_for(10_000)  # long after the message would have appeared
    expect(page.locator("#not-started")).to_have_count(0)
