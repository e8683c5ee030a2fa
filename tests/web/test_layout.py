"""Every screen is usable on a small phone (320 px), a phone on its side (640×360), at 200 %
zoom and with text alone at 200 % (the browser's default font size doubled): nothing scrolls
sideways, no control covers or overlaps another, and the player's Stop is always reachable."""

import pytest
from playwright.sync_api import Page, expect

pytestmark = pytest.mark.browser

# name → the browser context's options, and the default font size in px (16 is the browser's
# own; 32 is "text only" zoom at 200 %, as a person sets it in the browser's settings)
CASES = {
    "phone-320": ({"viewport": {"width": 320, "height": 568}}, 16),
    "landscape-640x360": ({"viewport": {"width": 640, "height": 360}}, 16),
    # 200 % zoom of a 1280×800 window: half the CSS pixels, twice the device pixels
    "zoom-200": ({"viewport": {"width": 640, "height": 400}, "device_scale_factor": 2}, 16),
    "text-200-phone": ({"viewport": {"width": 390, "height": 844}}, 32),
    "text-200-320": ({"viewport": {"width": 320, "height": 568}}, 32),
    "text-200-landscape": ({"viewport": {"width": 640, "height": 360}}, 32),
}

# Each visible control of the screen (or of the open dialog): scrolled to, it is the element
# a tap at its centre reaches; and no two of them overlap.
CONTROLS = """() => {
  const dialog = document.querySelector('dialog[open]');
  const root = dialog || [...document.querySelectorAll('main .screen')].find((s) => !s.hidden);
  const target = (el) => (el.type === 'radio' ? el.closest('label') : el);
  const controls = [...root.querySelectorAll('button, input, select, a')]
    .filter((el) => el.getClientRects().length > 0).map(target);
  const covered = [];
  for (const el of controls) {
    el.scrollIntoView({block: 'center'});
    const box = el.getBoundingClientRect();
    const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    if (!hit || !(el.contains(hit) || hit.contains(el))) {
      const over = hit ? hit.outerHTML.slice(0, 60) : 'nothing';
      covered.push(`${el.id || el.textContent} under ${over}`);
    }
  }
  window.scrollTo(0, 0);
  const boxes = controls.map((el) => [el, el.getBoundingClientRect()]);
  const overlapping = [];
  boxes.forEach(([a, p], i) => boxes.slice(i + 1).forEach(([b, q]) => {
    if (a.contains(b) || b.contains(a)) return;
    const across = p.left < q.right - 1 && q.left < p.right - 1;
    if (across && p.top < q.bottom - 1 && q.top < p.bottom - 1) {
      overlapping.push(`${a.id || a.textContent} / ${b.id || b.textContent}`);
    }
  }));
  return {covered, overlapping};
}"""


def assert_usable(page: Page, screen: str) -> None:
    width = page.evaluate(
        "[document.scrollingElement.scrollWidth, document.scrollingElement.clientWidth]"
    )
    assert width[0] <= width[1], f"{screen}: scrolls sideways {width}"
    dialog = page.evaluate(
        "(() => { const d = document.querySelector('dialog[open]');"
        " return d ? [d.scrollWidth, d.clientWidth] : [0, 0]; })()"
    )
    assert dialog[0] <= dialog[1], f"{screen}: the dialog scrolls sideways {dialog}"
    controls = page.evaluate(CONTROLS)
    assert controls == {"covered": [], "overlapping": []}, screen


@pytest.mark.parametrize("case", CASES)
def test_every_screen_fits_and_every_control_is_reachable(open_page, screenshot, case):
    options, font_px = CASES[case]
    put = open_page(**options)
    page = put.page
    if font_px != 16:
        cdp = page.context.new_cdp_session(page)
        cdp.send("Page.setFontSizes", {"fontSizes": {"standard": font_px, "fixed": font_px}})
    put.open()
    assert page.evaluate("parseFloat(getComputedStyle(document.body).fontSize)") >= font_px

    assert_usable(page, "questions")
    page.get_by_role("button", name="Continue").click()  # nothing answered: the errors
    expect(page.locator("#error-summary")).to_be_focused()
    assert_usable(page, "questions with errors")

    put.answer(pain_level=2, yes=("mobility_limits.cannot_kneel",))
    expect(page.locator("#result-title")).to_have_text("Your routine")
    assert_usable(page, "routine")

    page.get_by_role("button", name="Start the routine").first.click()
    expect(page.locator("#player-title")).to_be_visible()
    assert_usable(page, "player")
    if case in ("landscape-640x360", "text-200-phone"):
        screenshot(page, f"3-player-{case}")
    stop = page.get_by_role("button", name="Stop")
    page.locator("#timer-toggle").click()
    page.mouse.wheel(0, 400)  # wherever the page is scrolled, Stop can be reached and tapped
    stop.click()
    expect(page.get_by_role("dialog", name="How did that feel?")).to_be_visible()
    assert_usable(page, "stop dialog")
    page.get_by_role("button", name="It hurt").click()
    expect(page.get_by_role("dialog", name="Before you stretch again")).to_be_visible()
    assert_usable(page, "stop advice")
    page.get_by_role("button", name="Back to your routine").click()
    expect(page.locator("#result-title")).to_be_focused()

    put.open()
    put.answer(pain_level=2, yes=("red_flags.saddle_numbness",))
    expect(page.locator(".referral")).to_be_visible()
    assert_usable(page, "referral")
    assert put.problems() == []
