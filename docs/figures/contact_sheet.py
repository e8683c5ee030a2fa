"""Renders every figure in Chromium and composes the contact sheet (`make figures`).

Writes docs/figures/contact-sheet.png (light) and contact-sheet-dark.png (dark), each cell
labelled with the pose and the figure's name, at review size with a 48 px thumbnail beside
it; `--png DIR` also writes one PNG per figure. Needs the dev extras (Playwright) and
Debian's chromium (`make figures` installs both when missing).
"""

import argparse
import base64
import html
import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

from api.figures import ANIMATED, MAIN, FigureLibrary, figure_text, render_figure
from seed import CONTENT_FILE
from seed.figures import read_figures
from seed.schema import read_seed

OUT = Path(__file__).parent
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
REVIEW_SCALE = 1.5
COLUMNS = 4
BACKGROUND = {"light": "#ffffff", "dark": "#121212"}
TEXT = {"light": "#1f2937", "dark": "#e5e7eb"}


def sheet_figures(library: FigureLibrary) -> list[tuple[str, str, str]]:
    """(pose slug, label, svg) for every figure: the main one (for a phased pose, its phases),
    the animation at the middle of its first move, and each modification."""
    content = {pose.slug: pose.model_dump(mode="json") for pose in read_seed(CONTENT_FILE).poses}
    cells = []
    for slug, figure_set in library.poses.items():
        pose = content.get(slug)
        names = [n for n in figure_set.names if n != ANIMATED]
        if not figure_set.data.phases:
            names.insert(0, MAIN)
        for name in names:
            title, desc = figure_text(pose, slug, name, tuple(figure_set.data.phases))
            cells.append((slug, name, figure_set.svg(name, title, desc)))
        if ANIMATED in figure_set.names:
            keyframes = figure_set.keyframes()
            title, desc = figure_text(pose, slug, ANIMATED, tuple(figure_set.data.phases))
            middle = keyframes.bodies[2]
            svg = render_figure(
                middle,
                figure_set.data.frame,
                title,
                desc,
                figure_set.phase_bodies,
                figure_set.every_body,
            )
            cells.append((slug, "animated, mid-move", svg))
    return cells


def page(cells: list[tuple[str, str, str]], scheme: str) -> str:
    items = []
    for slug, name, svg in cells:
        source = "data:image/svg+xml;base64," + base64.b64encode(svg.encode()).decode()
        portrait = 'viewBox="0 0 160 240"' in svg
        width, height = (160, 240) if portrait else (240, 160)
        items.append(
            f'<figure><img src="{source}" width="{width * REVIEW_SCALE:.0f}" '
            f'height="{height * REVIEW_SCALE:.0f}" alt="">'
            f'<img class="thumb" src="{source}" height="48" alt="">'
            f"<figcaption><b>{html.escape(slug)}</b> · {html.escape(name)}</figcaption></figure>"
        )
    return f"""<!doctype html><meta charset="utf-8"><style>
:root {{ color-scheme: {scheme}; }}
body {{ margin: 12px; background: {BACKGROUND[scheme]}; color: {TEXT[scheme]};
  font: 14px/1.3 'DejaVu Sans', sans-serif; }}
main {{ display: grid; grid-template-columns: repeat({COLUMNS}, 400px); gap: 10px; }}
figure {{ margin: 0; padding: 6px; border: 1px solid #8884; position: relative;
  height: {240 * REVIEW_SCALE + 24:.0f}px; }}
figure img {{ display: block; margin: 0 auto; max-height: {240 * REVIEW_SCALE:.0f}px; }}
figure img.thumb {{ position: absolute; right: 6px; bottom: 26px; outline: 1px dashed #8886; }}
figcaption {{ position: absolute; bottom: 4px; left: 6px; }}
</style><main>{"".join(items)}</main>"""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--png", type=Path, help="also write one PNG per figure here")
    parser.add_argument("--out", type=Path, default=OUT, help="where the sheets go")
    arguments = parser.parse_args()
    cells = sheet_figures(read_figures())
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        for scheme, name in (("light", "contact-sheet.png"), ("dark", "contact-sheet-dark.png")):
            tab = browser.new_page(color_scheme=scheme, reduced_motion="reduce")
            tab.set_content(page(cells, scheme))
            tab.screenshot(path=arguments.out / name, full_page=True)
            tab.close()
        if arguments.png:
            arguments.png.mkdir(parents=True, exist_ok=True)
            tab = browser.new_page(device_scale_factor=2)
            for slug, name, svg in cells:
                tab.set_content(f'<body style="margin:0">{svg}</body>')
                file = arguments.png / f"{slug}--{name.split(',')[0]}.png"
                tab.locator("svg").screenshot(path=file)
            tab.close()
        browser.close()
    print(f"{len(cells)} figures on {arguments.out / 'contact-sheet.png'} (and -dark)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
