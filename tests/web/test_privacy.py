"""What a person answers stays out of every URL the page asks for (proxies and servers log
URLs), out of the document's title (tabs, window lists, the history), and out of the
browser's storage; and the page says only what it does with the answers."""

import json
import re

import pytest
from playwright.sync_api import Page, Request, expect

pytestmark = pytest.mark.browser

TITLE = "Stretchbase"


def record(page: Page) -> list[Request]:
    requests: list[Request] = []
    page.on("request", lambda request: requests.append(request))
    return requests


def test_answers_are_sent_only_in_a_post_body(open_page):
    put = open_page()
    page = put.open()
    requests = record(page)
    put.answer(
        pain_level=3,
        yes=("mobility_limits.cannot_kneel", "mobility_limits.osteoporosis"),
        typed={"minutes": "17"},
    )
    expect(page.locator("#result-title")).to_have_text("Your routine")
    page.wait_for_load_state("networkidle")

    composes = [r for r in requests if "/v1/routines/compose" in r.url]
    assert [(r.method, r.url.split("?")[0]) for r in composes] == [
        ("POST", f"{put.base_url}/v1/routines/compose")
    ]
    assert composes[0].headers["content-type"] == "application/json"
    sent = json.loads(composes[0].post_data or "{}")
    assert sent["pain_level"] == 3 and sent["minutes"] == 17
    assert sorted(sent["mobility_limits"]) == ["cannot_kneel", "osteoporosis"]
    # no URL the page asked for says anything of the answers
    answered = re.compile(r"pain|kneel|osteoporosis|minutes|red_flag|mobility|=3\b|=17\b")
    for request in requests:
        assert "?" not in request.url or not answered.search(request.url), request.url
        assert request is composes[0] or request.method == "GET", request.url
    assert put.problems() == []


@pytest.mark.parametrize(
    ("pain_level", "yes", "shown"),
    [
        (3, ("mobility_limits.knee_pain",), "Your routine"),  # a knee modification's figure
        (3, ("red_flags.saddle_numbness",), None),  # a referral: no figures at all
    ],
)
def test_after_the_answers_the_only_request_is_the_compose(open_page, pain_level, yes, shown):
    """Which poses, modifications and figures a person gets, and whether they get a routine
    at all, is health data: the page asks for every pose and figure as it starts, the same
    for everyone, and after the answers only for the composition."""
    put = open_page()
    page = put.open()
    page.wait_for_load_state("networkidle")  # the library: every pose and figure, for anyone
    requests = record(page)
    put.answer(pain_level=pain_level, yes=yes)
    heading = page.locator("#result-title")
    expect(heading).to_have_text(shown) if shown else expect(heading).not_to_have_text(
        "Your routine"
    )
    if shown:
        expect(page.locator("#result img.figure").first).to_be_visible()
        sources = page.locator("#result img.figure").evaluate_all("(i) => i.map((e) => e.src)")
        assert sources and all(src.startswith("blob:") for src in sources), sources
    page.wait_for_load_state("networkidle")
    assert [(r.method, r.url) for r in requests if not r.url.startswith("blob:")] == [
        ("POST", f"{put.base_url}/v1/routines/compose")
    ]
    assert put.problems() == []


def test_the_title_never_says_what_was_answered_or_advised(open_page, api):
    put = open_page()
    page = put.open()
    titles = [page.title()]
    put.answer(pain_level=2, yes=("red_flags.saddle_numbness",))
    expect(page.locator("#result-title")).to_be_visible()
    titles.append(page.title())

    put = open_page()
    page = put.open()
    put.answer(pain_level=2)
    expect(page.locator("#result-title")).to_have_text("Your routine")
    titles.append(page.title())
    page.get_by_role("button", name="Start the routine").first.click()
    expect(page.locator("#player-title")).to_be_visible()
    titles.append(page.title())
    page.get_by_role("button", name="Next pose").click()
    titles.append(page.title())
    assert titles == [TITLE] * len(titles)


def test_the_page_says_what_it_does_with_the_answers_and_keeps_nothing(open_page):
    put = open_page()
    page = put.open()
    intro = page.locator("#questions .lead")
    expect(intro).to_have_count(1)
    # it offers no save, so it promises none
    promise = re.compile(r"\bsav(e|ed|ing)\b.*\bunless\b|choose to save", re.I)
    expect(intro).not_to_contain_text(promise)
    expect(intro).to_contain_text("nothing is saved")
    assert page.get_by_role("button", name=re.compile("save", re.I)).count() == 0

    put.answer(pain_level=2, yes=("mobility_limits.cannot_kneel",))
    expect(page.locator("#result-title")).to_have_text("Your routine")
    page.get_by_role("button", name="Start the routine").first.click()
    expect(page.locator("#player-title")).to_be_visible()
    kept = page.evaluate(
        """() => ({cookie: document.cookie, local: localStorage.length,
                   session: sessionStorage.length, history: JSON.stringify(history.state)})"""
    )
    assert kept["cookie"] == "" and kept["local"] == 0 and kept["session"] == 0, kept
    # the history entry (kept on disk by the browser) names the screen, not the answers
    assert not re.search(r"kneel|pain|red_flag|mobility", kept["history"]), kept
    assert page.context.cookies() == []
