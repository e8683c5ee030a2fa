"""The web page in Chromium: the three screens, the player's timer under a controlled clock,
keyboard-only use, axe-core on every screen (light and dark), the CSP and the first load's size.

Each flow reads what the page must show from the same server's API, so the page is checked
against the content, not against copies of it.
"""

import re
from collections.abc import Callable

import httpx
import pytest
from playwright.sync_api import Page, expect

pytestmark = pytest.mark.browser

SERIOUS = {"serious", "critical"}
MAX_FIRST_LOAD_BYTES = 100 * 1024


def compose(api: httpx.Client, **request: object) -> dict:
    response = api.post("/v1/routines/compose", json=request)
    assert response.status_code == 200, response.text
    return response.json()


def serious(violations: list[dict]) -> list[dict]:
    return [v for v in violations if v["impact"] in SERIOUS]


def assert_accessible(page: Page, axe: Callable[[Page], list[dict]]) -> None:
    violations = axe(page)
    assert serious(violations) == [], violations


def assert_fits_the_phone(page: Page) -> None:
    """Nothing scrolls sideways at 390 px."""
    assert page.evaluate("document.documentElement.scrollWidth") <= page.viewport_size["width"]


def item_names(page: Page) -> list[str]:
    return page.locator("#result .items > li h3").all_inner_texts()


def test_pain_2_gives_the_seven_poses_with_their_figures(open_page, api, axe, screenshot):
    expected = compose(api, pain_level=2)
    put = open_page()
    page = put.open()
    assert_fits_the_phone(page)
    assert_accessible(page, axe)
    screenshot(page, "1-questions")
    page.locator("#q-pain_level").scroll_into_view_if_needed()
    screenshot(page, "1-questions-pain")

    put.answer(pain_level=2)

    expect(page.locator("#result-title")).to_have_text("Your routine")
    expect(page.locator("#result-title")).to_be_focused()
    assert page.locator("#questions").is_hidden()
    names = [item["pose"]["name"] for item in expected["items"]]
    assert len(names) == 7
    assert item_names(page) == names
    for item, card in zip(
        expected["items"], page.locator("#result .items > li").all(), strict=True
    ):
        pose = api.get(item["pose"]["href"]).json()
        figure = card.locator("img.figure")
        expect(figure).to_have_attribute("data-source", pose["media"]["image_url"])
        expect(figure).to_have_attribute("alt", re.compile(re.escape(item["pose"]["name"])))
        page.wait_for_function(
            "img => img.complete && img.naturalWidth > 0", arg=figure.element_handle()
        )
        steps = card.locator(".steps li").all_inner_texts()
        assert steps == [step["text"] for step in item["steps"]]
    doses = page.locator("#result .items .dose").all_inner_texts()
    assert doses[1] == "Hold for at least 30 seconds"  # Child's Pose: {min: 30, max: null}
    assert doses[3] == "Hold for 30 seconds, on each side"  # Lower-Back Twist
    notices = page.locator("#result .notices li").all_inner_texts()
    assert notices == [notice["message"] for notice in expected["notices"]]
    assert page.locator("#result .left-out").count() == 0  # nothing was left out
    assert_fits_the_phone(page)
    assert_accessible(page, axe)
    screenshot(page, "2-routine")
    assert put.problems() == []


def test_cannot_kneel_leaves_out_childs_pose_and_says_why(open_page, api, screenshot):
    expected = compose(api, pain_level=2, mobility_limits=["cannot_kneel"])
    exclusion = next(e for e in expected["excluded"] if e["pose"]["slug"] == "childs-pose")
    put = open_page()
    put.open()
    page = put.page

    put.answer(pain_level=2, yes=("mobility_limits.cannot_kneel",))

    expect(page.locator("#result-title")).to_have_text("Your routine")
    assert "Child's Pose" not in item_names(page)
    assert item_names(page) == [item["pose"]["name"] for item in expected["items"]]
    left_out = page.locator("#result .left-out li[data-pose='childs-pose']")
    expect(left_out).to_contain_text("Child's Pose")
    for rule in exclusion["rules"]:
        expect(left_out).to_contain_text(rule["message"])
    replacement = exclusion["substituted_by"]["name"]
    expect(left_out).to_contain_text(f"Replaced by {replacement}.")
    substitute = page.locator("#result .items > li", has_text=replacement)
    expect(substitute.locator(".substitute")).to_have_text("In place of Child's Pose.")
    page.locator("#result .left-out").scroll_into_view_if_needed()
    screenshot(page, "2-routine-left-out")
    assert put.problems() == []


def test_saddle_numbness_shows_the_referral_and_nothing_else(open_page, api, axe, screenshot):
    questionnaire = api.get("/v1/questionnaire").json()
    expected = compose(api, pain_level=2, red_flags=["saddle_numbness"], region="GB")
    referral = expected["referral"]
    action = next(a for a in questionnaire["referral_actions"] if a["slug"] == referral["action"])
    question = questionnaire["items"][0]["items"][0]
    assert question["link_id"] == "red_flags.saddle_numbness"  # asked first
    put = open_page()
    page = put.open()
    page.get_by_role("group", name=question["text"]).get_by_label("Yes").check()

    put.answer(pain_level=2, region="GB")

    result = page.locator("#result")
    expect(page.locator("#result-title")).to_have_text(action["label"])
    expect(result.locator(".referral-message")).to_have_text(referral["message"])
    expect(result.locator(".referral-contact")).to_have_text(referral["contact"])
    for reason in referral["reasons"]:
        expect(result.locator(".reasons")).to_contain_text(reason["message"])
    # nothing to continue to: no routine, no button or link of any kind, no player
    assert result.locator(".items, .item, .steps, img, button, a, form").count() == 0
    assert page.get_by_role("button").count() == 0
    assert page.locator("#player").is_hidden()
    assert page.locator("#player").inner_html() == ""
    assert page.locator("#questions").is_hidden()
    assert_fits_the_phone(page)
    assert_accessible(page, axe)
    screenshot(page, "2-referral")
    assert put.problems() == []


def test_a_referral_without_a_region_names_no_countrys_services(open_page):
    put = open_page()
    put.open()
    put.answer(pain_level=2, yes=("red_flags.saddle_numbness",))
    expect(put.page.locator("#result-title")).to_be_visible()
    assert put.page.locator(".referral-contact").count() == 0
    expect(put.page.locator(".referral-message")).not_to_contain_text("999")


def test_no_suitable_poses_says_what_to_do_instead(open_page, api, axe, screenshot):
    limits = ["cannot_get_to_floor", "cannot_kneel", "flexion_worsens_leg_pain", "balance_problems"]
    expected = compose(api, pain_level=5, mobility_limits=limits)
    assert expected["outcome"] == "no_suitable_poses"
    actions = {a["slug"]: a for a in api.get("/v1/questionnaire").json()["referral_actions"]}
    put = open_page()
    put.open()
    page = put.page

    put.answer(pain_level=5, yes=tuple(f"mobility_limits.{limit}" for limit in limits))

    expect(page.locator("#result-title")).to_have_text("What to do instead")
    notices = page.locator("#result .notices li")
    expect(notices).to_have_count(len(expected["notices"]))
    for notice, shown in zip(expected["notices"], notices.all(), strict=True):
        expect(shown).to_contain_text(notice["message"])
        if notice["action"]:
            expect(shown).to_contain_text(actions[notice["action"]]["advice"])
    assert page.locator("#result .items").count() == 0
    assert page.get_by_role("button", name="Start the routine").count() == 0
    assert_accessible(page, axe)
    screenshot(page, "2-no-suitable-poses")
    assert put.problems() == []


def test_a_required_modification_or_a_kept_phase_shows_its_own_figure(open_page, api):
    put = open_page()
    put.open()
    put.answer(pain_level=2, yes=("mobility_limits.pregnancy",))
    page = put.page
    expect(page.locator("#result-title")).to_have_text("Your routine")
    childs_pose = api.get("/v1/poses/childs-pose").json()
    card = page.locator("#result .items > li", has_text="Child's Pose")
    expect(card.locator("img.figure")).to_have_attribute(
        "data-source", childs_pose["media"]["figures"]["childs-pose-knees-wide"]
    )
    expect(card.locator(".modifications")).to_contain_text("Changed for you")

    put = open_page()
    put.open()
    put.answer(pain_level=2, yes=("mobility_limits.osteoporosis",))
    cat_cow = api.get("/v1/poses/cat-cow").json()
    card = put.page.locator("#result .items > li", has_text="Cat-Cow")
    expect(card.locator("img.figure")).to_have_attribute(
        "data-source", cat_cow["media"]["figures"]["cow"]
    )


def test_follow_up_questions_appear_only_after_a_yes(open_page, api):
    questionnaire = api.get("/v1/questionnaire").json()
    pregnancy = next(
        item
        for item in questionnaire["items"][0]["items"]
        if item["link_id"] == "mobility_limits.pregnancy"
    )
    follow_ups = [item["text"] for item in pregnancy["items"]]
    assert follow_ups
    put = open_page()
    page = put.open()
    asked = page.get_by_role("group", name=pregnancy["text"])
    for text in follow_ups:
        expect(page.get_by_role("group", name=text)).to_be_hidden()
    asked.get_by_label("Yes").check()
    for text in follow_ups:
        expect(page.get_by_role("group", name=text)).to_be_visible()
    asked.get_by_label("No").check()
    for text in follow_ups:
        expect(page.get_by_role("group", name=text)).to_be_hidden()

    # a yes to the follow-up red flag refers (maternity), like the API
    asked.get_by_label("Yes").check()
    page.get_by_role("group", name=follow_ups[0]).get_by_label("Yes").check()
    put.answer(pain_level=2)
    expected = compose(
        api, pain_level=2, mobility_limits=["pregnancy"], red_flags=["pregnancy_warning_signs"]
    )
    labels = {a["slug"]: a["label"] for a in questionnaire["referral_actions"]}
    expect(page.locator("#result-title")).to_have_text(labels[expected["referral"]["action"]])


def test_unanswered_questions_are_named_before_anything_is_sent(open_page):
    put = open_page()
    page = put.open()
    sent = []
    page.on("request", lambda request: sent.append(request.url) if "compose" in request.url else 0)
    page.get_by_role("button", name="Continue").click()
    summary = page.locator("#error-summary")
    expect(summary).to_be_visible()
    expect(summary).to_be_focused()
    expect(summary).to_contain_text("Answer these questions first")
    expect(summary).to_contain_text("Numbness around the genitals or buttocks — answer yes or no.")
    expect(summary).to_contain_text("choose a number from 0 to 10")
    summary.get_by_role("link").first.click()
    expect(page.locator("#q-red_flags-saddle_numbness-true")).to_be_focused()
    assert sent == []
    assert put.problems() == []


def test_a_422_from_bad_input_is_shown_readably(open_page, api, axe, screenshot):
    minutes = next(
        i for i in api.get("/v1/questionnaire").json()["items"] if i["link_id"] == "minutes"
    )
    put = open_page()
    page = put.open()
    responses = []
    page.on("response", lambda r: responses.append(r.status) if "compose" in r.url else 0)

    put.answer(pain_level=2, typed={"minutes": "999"})

    summary = page.locator("#error-summary")
    expect(summary).to_be_focused()
    assert responses == [422]  # the API judged it: the page sends what was typed
    expect(summary).to_contain_text("Check these answers")
    expect(summary).to_contain_text(minutes["text"])
    expect(summary).to_contain_text("less than or equal to 240")
    expect(summary).to_contain_text("You entered “999”.")
    expect(summary).to_contain_text(f"A whole number from {minutes['min_value']} to 240.")
    field = page.locator("input[name='minutes']")
    expect(field).to_have_attribute("aria-invalid", "true")
    expect(field).to_have_attribute("aria-describedby", re.compile(r"\bq-minutes-error\b"))
    expect(page.locator("#q-minutes-error")).to_be_visible()
    assert page.locator("#result").is_hidden()
    summary.get_by_role("link").click()
    expect(field).to_be_focused()
    assert_accessible(page, axe)
    summary.scroll_into_view_if_needed()
    screenshot(page, "1-questions-error")

    field.fill("ten")
    page.get_by_role("button", name="Continue").click()
    expect(summary).to_contain_text("whole number")
    expect(summary).to_contain_text("You entered “ten”.")

    field.fill("20")
    page.get_by_role("button", name="Continue").click()
    expect(page.locator("#result-title")).to_have_text("Your routine")
    assert field.get_attribute("aria-invalid") is None  # cleared once the answer is good
    # the 422 is not a page error: nothing in the console but the failed request itself
    assert [p for p in put.problems() if "422" not in p] == []


def start_player(put, api) -> tuple[Page, dict]:
    """The pain-2 routine's player, with the page's clock installed and then stopped."""
    page = put.page
    page.clock.install()
    put.open()
    put.answer(pain_level=2)
    page.get_by_role("button", name="Start the routine").first.click()
    expect(page.locator("#player-title")).to_be_focused()
    page.clock.pause_at(page.evaluate("Date.now()") + 1000)
    return page, compose(api, pain_level=2)


def go_to(page: Page, name: str) -> None:
    while page.locator("#player-title").inner_text() != name:
        page.get_by_role("button", name="Next pose").click()


def step_stating(item: dict, measure: str) -> str:
    return next(step["text"] for step in item["steps"] if step[measure])


def test_the_player_runs_a_hold_to_the_end_under_a_controlled_clock(open_page, api):
    put = open_page()
    page, routine = start_player(put, api)
    item = next(i for i in routine["items"] if i["pose"]["slug"] == "childs-pose")
    go_to(page, "Child's Pose")
    time, toggle = page.locator("#player .time"), page.locator("#timer-toggle")
    announcer = page.locator("#announcer")
    expect(time).to_have_text("0:30")  # "at least 30 seconds": the timer runs the 30
    expect(page.locator("#player .figure")).to_have_attribute(
        "data-source", api.get("/v1/poses/childs-pose").json()["media"]["image_url"]
    )

    toggle.click()
    expect(toggle).to_have_text("Pause")
    expect(page.locator("#current-step")).to_have_text(step_stating(item, "hold_seconds"))
    page.clock.run_for(10_000)
    expect(time).to_have_text("0:20")
    hold_step = next(i for i, step in enumerate(item["steps"]) if step["hold_seconds"])
    hold_text = step_stating(item, "hold_seconds")
    started = f"Started. Step {hold_step + 1} of {len(item['steps'])}: {hold_text}"
    expect(announcer).to_have_text(started)

    toggle.click()
    expect(toggle).to_have_text("Resume")
    page.clock.run_for(60_000)  # paused: the time does not move
    expect(time).to_have_text("0:20")
    expect(announcer).to_have_text("Paused.")

    toggle.click()
    page.clock.run_for(10_000)
    expect(time).to_have_text("0:10")
    expect(announcer).to_have_text("10 seconds left.")
    page.clock.run_for(10_000)
    expect(time).to_have_text("0:00")
    expect(page.locator("#player .count")).to_have_text("Done.")
    expect(toggle).to_have_text("Start again")
    expect(announcer).to_have_text("Done. Next: Cat-Cow Stretch.")
    assert page.locator("#player progress").evaluate("p => p.value === p.max")
    assert put.problems() == []


def test_each_side_is_timed_with_a_switch_sides_cue(open_page, api):
    put = open_page()
    page, _ = start_player(put, api)
    go_to(page, "Lower-Back Twist")
    time, count = page.locator("#player .time"), page.locator("#player .count")
    announcer = page.locator("#announcer")
    expect(count).to_have_text("Side 1 of 2")
    page.locator("#timer-toggle").click()
    page.clock.run_for(30_000)
    expect(count).to_have_text("Switch sides.")
    expect(time).to_have_text("0:05")
    expect(announcer).to_have_text("Switch sides. The other side starts in 5 seconds.")
    page.clock.run_for(5_000)
    expect(count).to_have_text("Side 2 of 2")
    expect(time).to_have_text("0:30")
    expect(announcer).to_have_text("Other side now.")
    page.clock.run_for(30_000)
    expect(count).to_have_text("Done.")


def test_breaths_are_paced_at_the_contents_seconds_per_breath(open_page, api):
    put = open_page()
    page, routine = start_player(put, api)
    goddess = routine["items"][0]
    assert goddess["dose"]["breaths"] == {"min": 5, "max": 10}
    pace = goddess["seconds"] / 10  # docs/rules.md: 6 s per breath, from the content
    expect(page.locator("#player-title")).to_have_text("Goddess Pose")
    count = page.locator("#player .count")
    expect(count).to_have_text(f"10 breaths, {pace:g} seconds each")
    page.locator("#timer-toggle").click()
    expect(count).to_have_text("Breath 1 of 10: breathe in")
    page.clock.run_for(int(pace * 1000 / 2))
    expect(count).to_have_text("Breath 1 of 10: breathe out")
    page.clock.run_for(int(pace * 1000 / 2))
    expect(count).to_have_text("Breath 2 of 10: breathe in")
    page.clock.run_for(int(pace * 1000 * 8))
    expect(count).to_have_text("Breath 10 of 10: breathe in")
    page.clock.run_for(int(pace * 1000))
    expect(count).to_have_text("Done.")


def test_step_changes_are_read_out_politely(open_page, api):
    put = open_page()
    page, routine = start_player(put, api)
    announcer = page.locator("#announcer")
    assert announcer.get_attribute("aria-live") == "polite"
    goddess = routine["items"][0]
    steps = [step["text"] for step in goddess["steps"]]
    expect(announcer).to_have_text(f"Step 1 of {len(steps)}: {steps[0]}")  # the pose shown

    page.get_by_role("button", name="Next step").click()
    expect(page.locator("#current-step")).to_have_text(steps[1])
    expect(announcer).to_have_text(f"Step 2 of {len(steps)}: {steps[1]}")
    page.get_by_role("button", name="Previous step").click()
    expect(announcer).to_have_text(f"Step 1 of {len(steps)}: {steps[0]}")

    page.get_by_role("button", name="Next pose").click()
    second = routine["items"][1]
    expect(page.locator("#player-title")).to_have_text(second["pose"]["name"])
    expect(announcer).to_have_text(
        f"Step 1 of {len(second['steps'])}: {second['steps'][0]['text']}"
    )
    # the timer's milestones only, not every second
    page.locator("#timer-toggle").click()
    said = []
    for _ in range(8):
        page.clock.run_for(1_000)
        said.append(announcer.inner_text())
    assert len(set(said)) == 1, said


def test_flows_move_in_the_player(open_page, api):
    put = open_page()
    page, _ = start_player(put, api)
    go_to(page, "Cat-Cow Stretch")
    figures = api.get("/v1/poses/cat-cow").json()["media"]["figures"]
    expect(page.locator("#player .figure")).to_have_attribute("data-source", figures["animated"])
    expect(page.locator("#player .figure")).to_have_attribute(
        "alt", "Drawing of Cat-Cow Stretch: moving between Cat (rounding) and Cow (arching)"
    )


def test_stop_asks_how_it_felt_and_shows_the_stop_advice(open_page, api):
    put = open_page()
    page, routine = start_player(put, api)
    toggle = page.locator("#timer-toggle")
    toggle.click()
    page.clock.run_for(3_000)
    page.get_by_role("button", name="Stop").click()
    dialog = page.get_by_role("dialog", name="How did that feel?")
    expect(dialog).to_be_visible()
    expect(toggle).to_have_text("Resume")  # stopping paused the timer

    page.keyboard.press("Escape")  # not stopping after all: back to the pose
    expect(dialog).to_be_hidden()
    expect(toggle).to_be_focused()

    page.get_by_role("button", name="Stop").click()
    page.get_by_role("button", name="It hurt").click()
    advice = page.get_by_role("dialog", name="Before you stretch again")
    expect(advice).to_be_visible()
    warnings = [n["message"] for n in routine["notices"] if n["severity"] != "info"]
    assert warnings
    for message in warnings:
        expect(advice).to_contain_text(message)
    cautions = api.get("/v1/poses/goddess-pose").json()["cautions"]
    for caution in cautions:
        expect(advice).to_contain_text(caution["text"])
    page.get_by_role("button", name="Back to your routine").click()
    expect(page.locator("#result-title")).to_be_focused()
    assert page.locator("#player").is_hidden()
    assert put.problems() == []


def test_the_player_and_the_stop_dialog_pass_axe(open_page, axe, screenshot):
    """On the real clock: axe-core waits on timers that a controlled clock would hold."""
    put = open_page()
    put.open()
    put.answer(pain_level=2)
    page = put.page
    page.get_by_role("button", name="Start the routine").first.click()
    expect(page.locator("#player-title")).to_have_text("Goddess Pose")
    assert_fits_the_phone(page)
    assert_accessible(page, axe)
    page.locator("#timer-toggle").click()
    expect(page.locator("#player .count")).to_contain_text("Breath 1 of 10")
    assert_accessible(page, axe)
    screenshot(page, "3-player")
    page.get_by_role("button", name="Stop").click()
    expect(page.get_by_role("dialog", name="How did that feel?")).to_be_visible()
    assert_accessible(page, axe)
    screenshot(page, "3-stop")
    page.get_by_role("button", name="Uncomfortable").click()
    expect(page.get_by_role("dialog", name="Before you stretch again")).to_be_visible()
    assert_accessible(page, axe)
    screenshot(page, "3-stop-advice")
    assert put.problems() == []


def focus_is_visible(page: Page) -> bool:
    return page.evaluate(
        """() => {
          const el = document.activeElement;
          const shown = el.closest('label') || el;
          const style = getComputedStyle(shown);
          return style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
        }"""
    )


def test_keyboard_only(open_page):
    put = open_page()
    page = put.open()
    keys = page.keyboard
    # Tab to each question; an arrow answers it ("No", or pain 2); then Continue with Enter
    for _ in range(300):
        keys.press("Tab")
        focused = page.evaluate(
            "() => ({tag: document.activeElement.tagName, type: document.activeElement.type,"
            " name: document.activeElement.name, text: document.activeElement.textContent})"
        )
        assert focus_is_visible(page), focused
        if focused["tag"] == "BUTTON":
            assert focused["text"] == "Continue"
            break
        if focused["type"] == "radio":
            keys.press("ArrowRight")
            if focused["name"] == "pain_level":
                keys.press("ArrowRight")
    keys.press("Enter")
    expect(page.locator("#result-title")).to_be_focused()
    expect(page.locator("#result .items > li")).to_have_count(7)

    keys.press("Tab")
    expect(page.get_by_role("button", name="Start the routine").first).to_be_focused()
    keys.press("Enter")
    expect(page.locator("#player-title")).to_be_focused()
    order = []
    for _ in range(6):
        keys.press("Tab")
        assert focus_is_visible(page)
        order.append(page.evaluate("document.activeElement.textContent"))
    assert order == ["Previous step", "Next step", "Start", "Previous pose", "Stop", "Next pose"]
    keys.press("Shift+Tab")
    keys.press("Shift+Tab")
    keys.press("Shift+Tab")
    keys.press("Space")  # Start
    expect(page.locator("#timer-toggle")).to_have_text("Pause")
    keys.press("Tab")
    keys.press("Tab")
    keys.press("Enter")  # Stop
    expect(page.get_by_role("heading", name="How did that feel?")).to_be_focused()
    keys.press("Tab")
    keys.press("Tab")
    keys.press("Tab")
    expect(page.get_by_role("button", name="It hurt")).to_be_focused()
    keys.press("Enter")
    expect(page.get_by_role("heading", name="Before you stretch again")).to_be_focused()
    keys.press("Tab")
    expect(page.get_by_role("button", name="Back to your routine")).to_be_focused()
    keys.press("Enter")
    expect(page.locator("#result-title")).to_be_focused()
    assert put.problems() == []


@pytest.mark.parametrize(
    "viewport", [None, {"width": 1280, "height": 800}], ids=["phone", "desktop"]
)
def test_dark_scheme_and_desktop_pass_axe(open_page, axe, screenshot, viewport):
    put = open_page(color_scheme="dark", viewport=viewport)
    page = put.open()
    assert page.evaluate("matchMedia('(prefers-color-scheme: dark)').matches")
    assert_accessible(page, axe)
    if viewport is None:
        screenshot(page, "1-questions-dark")
    put.answer(pain_level=2, yes=("mobility_limits.cannot_kneel",))
    expect(page.locator("#result-title")).to_have_text("Your routine")
    if viewport is None:
        assert_fits_the_phone(page)
    assert_accessible(page, axe)
    if viewport is None:
        screenshot(page, "2-routine-dark")
    page.get_by_role("button", name="Start the routine").first.click()
    expect(page.locator("#player-title")).to_be_visible()
    # the player's buttons are on the first screen, without scrolling
    for button in ("#timer-toggle", "#player button.stop"):
        box = page.locator(button).bounding_box()
        assert box["y"] + box["height"] <= page.viewport_size["height"], button
    assert_accessible(page, axe)
    screenshot(page, "3-player-dark" if viewport is None else "3-player-desktop-dark")
    assert put.problems() == []


def test_first_load_is_at_most_100_kb(open_page):
    put = open_page()
    page = put.open()
    page.wait_for_load_state("networkidle")
    loaded = page.evaluate(
        """() => {
          const page = performance.getEntriesByType('navigation')[0];
          const assets = performance.getEntriesByType('resource')
            .filter((r) => new URL(r.name).pathname.startsWith('/static/'));
          return {page: page.transferSize, assets: assets.map((r) => ({
            name: new URL(r.name).pathname, transfer: r.transferSize,
            encoded: r.encodedBodySize, decoded: r.decodedBodySize}))};
        }"""
    )
    names = {asset["name"].rsplit("/", 1)[1] for asset in loaded["assets"]}
    assert {"app.js", "app.css", "questions.js", "player.js"} <= names
    for asset in loaded["assets"]:
        if asset["decoded"] > 1024:
            assert asset["encoded"] < asset["decoded"], asset  # sent gzipped
    total = loaded["page"] + sum(asset["transfer"] for asset in loaded["assets"])
    print(f"first load: HTML, JS and CSS {total} bytes transferred: {loaded}")
    assert total <= MAX_FIRST_LOAD_BYTES


def test_a_reload_revalidates_and_still_runs_under_the_csp(open_page):
    put = open_page()
    page = put.open()
    statuses = []
    page.on("response", lambda r: statuses.append(r.status) if r.url.endswith("/") else 0)
    page.reload()
    page.wait_for_selector("#question-form")
    assert statuses in ([200], [304])
    put.answer(pain_level=2)
    expect(page.locator("#result-title")).to_have_text("Your routine")
    assert put.problems() == []
