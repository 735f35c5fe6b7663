"""Rendered diagrams (SVG) as a browser shows them (issue 15 item 11), on the project's one Chromium harness
(scripts/browser.py): the web view and the handout show these SVGs in browsers, so they are checked there.

Opens each SVG file in turn in one headless Chromium and prints one JSON object (the Swift test
BrowserDiagramTests asserts on it): per file, for every bold text (`font-weight` bold) its computed weight and the
fonts Chromium really drew it with (DevTools `CSS.getPlatformFontsForNode`: a family name that is not a serif
fallback), the number of `<title>` elements and of empty ones, the drawing's bounding box, and the console's
errors; `--screenshot PNG` saves a screenshot of the first file, scaled to the window.

    scripts/consumer-python scripts/svg_browser.py [--screenshot PNG] SVG…
"""

from __future__ import annotations

import argparse
import json
import pathlib
import sys
from typing import Any

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from browser import Browser, BrowserMissing  # noqa: E402

# Bold texts (by their computed weight), titles, the bounding box; each bold text is marked so that DevTools can
# find it by selector.
LOOK = """
    const texts = Array.from(document.querySelectorAll('text'));
    const bold = [];
    texts.forEach((t, i) => {
      const style = getComputedStyle(t);
      if (t.getAttribute('font-weight') === 'bold' || Number(style.fontWeight) >= 600) {
        t.setAttribute('data-bold', String(bold.length));
        bold.push({text: t.textContent, weight: Number(style.fontWeight), family: style.fontFamily});
      }
    });
    const titles = Array.from(document.querySelectorAll('title'));
    const box = document.documentElement.getBBox();
    return {bold: bold, titles: titles.length, empty_titles: titles.filter(t => !t.textContent.trim()).length,
            box: {width: box.width, height: box.height}};
"""


def platform_fonts(browser: Browser, selector: str) -> list[dict[str, Any]]:
    """The fonts Chromium drew the first element matching `selector` with: family and PostScript names, glyphs."""
    driver = browser.driver
    root = driver.execute_cdp_cmd("DOM.getDocument", {"depth": 0})["root"]["nodeId"]
    node = driver.execute_cdp_cmd("DOM.querySelector", {"nodeId": root, "selector": selector})["nodeId"]
    if not node:
        return []
    fonts = driver.execute_cdp_cmd("CSS.getPlatformFontsForNode", {"nodeId": node})["fonts"]
    return [{"family": f.get("familyName", ""), "postscript": f.get("postScriptName", ""), "glyphs": f.get("glyphCount", 0)}
            for f in fonts]


def main() -> int:
    parser = argparse.ArgumentParser(description="Looks at SVG diagrams in headless Chromium and prints JSON.")
    parser.add_argument("--screenshot", help="PNG of the first SVG as the browser shows it")
    parser.add_argument("svgs", nargs="+")
    arguments = parser.parse_args()
    try:
        with Browser(width=1400, height=1000) as browser:
            browser.driver.execute_cdp_cmd("DOM.enable", {})
            browser.driver.execute_cdp_cmd("CSS.enable", {})
            files = []
            for index, path in enumerate(arguments.svgs):
                browser.open(path)
                seen = browser.evaluate(LOOK)
                # DOM node ids change with each document: enable again, then ask for up to 12 bold texts.
                browser.driver.execute_cdp_cmd("DOM.enable", {})
                browser.driver.execute_cdp_cmd("CSS.enable", {})
                for number, entry in enumerate(seen["bold"][:12]):
                    entry["fonts"] = platform_fonts(browser, f'text[data-bold="{number}"]')
                seen["file"] = path
                seen["console_errors"] = browser.console_errors()
                if index == 0 and arguments.screenshot:
                    # The whole drawing, scaled to the window (the SVG's own size is in points).
                    browser.evaluate("const s = document.documentElement; s.setAttribute('width', '100%');"
                                     " s.setAttribute('height', '100%');")
                    browser.screenshot(arguments.screenshot)
                files.append(seen)
        json.dump({"files": files}, sys.stdout)
        sys.stdout.write("\n")
        return 0
    except BrowserMissing as error:
        print(f"svg_browser.py: {error}", file=sys.stderr)
        return 3


if __name__ == "__main__":
    sys.exit(main())
