"""The one headless-Chromium harness of the project: Debian's chromium and chromium-driver through Selenium.

Used by the tests that look at pages as a browser shows them (the report of `alliance report`, the web
view of `alliance serve`). Install what it needs with `scripts/bootstrap --browser`; run it in the
consumer environment, which has Selenium: `scripts/consumer-python scripts/browser.py …`.

As a module::

    from browser import Browser
    with Browser(width=1280) as browser:
        browser.open("report.html")              # a file path, file:// or http(s):// URL
        browser.console_errors()                 # ["…"]: errors the page logged or threw
        browser.screenshot("page.png")           # the window; full_page=True for the whole page
        browser.boxes("svg")                     # [{"x":…, "y":…, "width":…, "height":…, "title":…}]
        browser.page_width()                     # the viewport's width in CSS pixels
        browser.wider_than_page()                # elements reaching past the page's right edge
        browser.print_pdf("page.pdf", paper="a4") # the page printed as the print stylesheet lays it out

As a command (what the Swift tests call; prints one JSON object)::

    browser.py inspect URL [--width PX] [--height PX] [--selector CSS]… [--screenshot PNG]
                          [--full-page] [--scroll-to ID] [--pdf PDF --paper a4|a3 [--landscape]] [--script JS]
    browser.py pdf FILE    (pages, page sizes, each page's first line of text, embedded images)

The JSON object has `console_errors`, `page_width`, `scroll_width`, `wider` (elements wider than the page),
`elements` (selector → boxes), `script` (what `--script` returned) and `pdf` (pages and page size from pdfinfo).
"""

from __future__ import annotations

import argparse
import base64
import json
import os
import pathlib
import re
import shutil
import subprocess
import sys
from typing import Any

CHROMIUM_CANDIDATES = ("/usr/bin/chromium", "/usr/bin/chromium-browser")
DRIVER_CANDIDATES = ("/usr/bin/chromedriver",)

# Paper sizes in inches, portrait (Chromium's print settings take inches).
PAPER_INCHES = {"a4": (8.27, 11.69), "a3": (11.69, 16.54)}


class BrowserMissing(RuntimeError):
    """Chromium or its driver is not installed; the message names the Debian package."""


def _find(candidates: tuple[str, ...], name: str, package: str) -> str:
    for path in candidates:
        if os.access(path, os.X_OK):
            return path
    found = shutil.which(name)
    if found:
        return found
    raise BrowserMissing(f"{name} not found: install the Debian package {package} (scripts/bootstrap --browser)")


def chromium_path() -> str:
    """The Chromium executable (Debian package `chromium`)."""
    return _find(CHROMIUM_CANDIDATES, "chromium", "chromium")


def driver_path() -> str:
    """The ChromeDriver executable (Debian package `chromium-driver`)."""
    return _find(DRIVER_CANDIDATES, "chromedriver", "chromium-driver")


def as_url(target: str) -> str:
    """A URL for `target`: http(s) and file URLs as given, a path as a file URL."""
    if re.match(r"^(https?|file|data|about):", target):
        return target
    return pathlib.Path(target).resolve().as_uri()


class Browser:
    """One headless Chromium window driven by Selenium (no network use of its own: no updates, no sync)."""

    def __init__(self, width: int = 1280, height: int = 900):
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service

        options = webdriver.ChromeOptions()
        options.binary_location = chromium_path()
        for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                         "--no-first-run", "--no-default-browser-check", "--disable-extensions",
                         "--disable-background-networking", "--disable-sync", "--hide-scrollbars",
                         "--force-device-scale-factor=1", f"--window-size={width},{height}"):
            options.add_argument(argument)
        options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
        # The driver given by path: Selenium Manager would otherwise try to download one.
        self.driver = webdriver.Chrome(service=Service(executable_path=driver_path()), options=options)
        self.driver.set_window_size(width, height)
        self._errors: list[str] = []

    def __enter__(self) -> "Browser":
        return self

    def __exit__(self, *_: Any) -> None:
        self.close()

    def close(self) -> None:
        """Ends the browser and its driver."""
        try:
            self.driver.quit()
        except Exception:
            pass

    def open(self, target: str) -> None:
        """Opens a file path or URL and waits until the page has loaded."""
        self.driver.get(as_url(target))
        self.driver.execute_script("return document.readyState")

    def console_errors(self) -> list[str]:
        """The errors logged since the last call: console.error, uncaught exceptions, failed loads."""
        for entry in self.driver.get_log("browser"):
            if entry.get("level") in ("SEVERE", "ERROR"):
                self._errors.append(entry.get("message", ""))
        errors, self._errors = self._errors, []
        return errors

    def screenshot(self, path: str, full_page: bool = False) -> None:
        """Saves a PNG of the window, or of the whole page's height with `full_page`."""
        if full_page:
            size = self.driver.get_window_size()
            height = self.driver.execute_script(
                "return Math.max(document.body.scrollHeight, document.documentElement.scrollHeight)")
            self.driver.set_window_size(size["width"], min(int(height) + 100, 16000))
            self.driver.save_screenshot(path)
            self.driver.set_window_size(size["width"], size["height"])
        else:
            self.driver.save_screenshot(path)

    def evaluate(self, script: str) -> Any:
        """Runs JavaScript in the page (`return …` gives the value)."""
        return self.driver.execute_script(script)

    def boxes(self, selector: str) -> list[dict[str, Any]]:
        """Every element matching `selector`: its bounding box in CSS pixels, its accessible title (the `title`
        child of an SVG, else `aria-label`, `title` or `alt`) and its `id`."""
        return self.driver.execute_script("""
            return Array.from(document.querySelectorAll(arguments[0])).map(e => {
              const r = e.getBoundingClientRect();
              const t = e.querySelector(':scope > title');
              const label = e.getAttribute('aria-label') || (t && t.textContent) || e.getAttribute('title')
                || e.getAttribute('alt') || '';
              return {x: r.left + window.scrollX, y: r.top + window.scrollY, width: r.width, height: r.height,
                      title: label.trim(), id: e.id || '', tag: e.tagName.toLowerCase(),
                      labelledby: e.getAttribute('aria-labelledby') || '', role: e.getAttribute('role') || ''};
            });""", selector)

    def page_width(self) -> float:
        """The width of the page's viewport in CSS pixels."""
        return float(self.driver.execute_script("return document.documentElement.clientWidth"))

    def scroll_width(self) -> float:
        """The width of the page's content: more than page_width() when something sticks out."""
        return float(self.driver.execute_script("return document.documentElement.scrollWidth"))

    def wider_than_page(self, tolerance: float = 0.5) -> list[dict[str, Any]]:
        """The visible elements whose box reaches past the page's right edge (or starts left of it)."""
        return self.driver.execute_script("""
            const width = document.documentElement.clientWidth, tolerance = arguments[0];
            const out = [];
            for (const e of document.querySelectorAll('body *')) {
              const r = e.getBoundingClientRect();
              if (r.width === 0 && r.height === 0) continue;
              // An element inside a scrolling or clipping box is bounded by that box.
              let clipped = false;
              for (let p = e.parentElement; p && p !== document.body; p = p.parentElement) {
                const o = getComputedStyle(p).overflowX;
                if (o === 'auto' || o === 'scroll' || o === 'hidden' || o === 'clip') { clipped = true; break; }
              }
              if (clipped) continue;
              if (r.right > width + tolerance || r.left < -tolerance) {
                out.push({tag: e.tagName.toLowerCase(), id: e.id || '', cls: String(e.className && e.className.baseVal
                          !== undefined ? e.className.baseVal : e.className), left: r.left, right: r.right, width: r.width});
              }
            }
            return out.slice(0, 50);""", tolerance)

    def print_pdf(self, path: str, paper: str = "a4", landscape: bool = False, background: bool = True) -> None:
        """Prints the page to PDF as Chromium prints it (the print stylesheet, its @page size wins when it names one)."""
        width, height = PAPER_INCHES[paper]
        result = self.driver.execute_cdp_cmd("Page.printToPDF", {
            "paperWidth": width, "paperHeight": height, "landscape": landscape,
            "printBackground": background, "preferCSSPageSize": True,
        })
        pathlib.Path(path).write_bytes(base64.b64decode(result["data"]))


def pdf_info(path: str) -> dict[str, Any]:
    """Pages and the first page's size in points, read with pdfinfo (Debian package poppler-utils)."""
    tool = shutil.which("pdfinfo")
    if not tool:
        raise BrowserMissing("pdfinfo not found: install the Debian package poppler-utils (scripts/bootstrap --browser)")
    text = subprocess.run([tool, path], check=True, capture_output=True, text=True).stdout
    pages = int(re.search(r"^Pages:\s+(\d+)", text, re.M).group(1))
    size = re.search(r"^Page size:\s+([\d.]+) x ([\d.]+) pts", text, re.M)
    return {"pages": pages, "width_pt": float(size.group(1)), "height_pt": float(size.group(2))}


def pdf_page_sizes(path: str) -> list[tuple[float, float]]:
    """The size in points of every page (pdfinfo -f 1 -l N)."""
    pages = pdf_info(path)["pages"]
    text = subprocess.run(["pdfinfo", "-f", "1", "-l", str(pages), path], check=True, capture_output=True,
                          text=True).stdout
    return [(float(w), float(h)) for w, h in re.findall(r"^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts", text, re.M)]


def pdf_first_lines(path: str) -> list[str]:
    """The first non-empty line of text of every page (pdftotext from poppler-utils)."""
    pages = pdf_info(path)["pages"]
    lines = []
    for page in range(1, pages + 1):
        text = subprocess.run(["pdftotext", "-f", str(page), "-l", str(page), "-layout", path, "-"], check=True,
                              capture_output=True, text=True).stdout
        first = next((line.strip() for line in text.splitlines() if line.strip()), "")
        lines.append(first)
    return lines


def pdf_image_count(path: str) -> int:
    """How many raster images the PDF embeds (pdfimages -list): 0 when every drawing stayed vector."""
    text = subprocess.run(["pdfimages", "-list", path], check=True, capture_output=True, text=True).stdout
    return max(0, len([line for line in text.splitlines() if line.strip()]) - 2)


def pdf_report(path: str) -> dict[str, Any]:
    info = pdf_info(path)
    info["page_sizes"] = pdf_page_sizes(path)
    info["first_lines"] = pdf_first_lines(path)
    info["images"] = pdf_image_count(path)
    return info


def inspect(arguments: argparse.Namespace) -> dict[str, Any]:
    with Browser(width=arguments.width, height=arguments.height) as browser:
        browser.open(arguments.url)
        result: dict[str, Any] = {
            "page_width": browser.page_width(),
            "scroll_width": browser.scroll_width(),
            "wider": browser.wider_than_page(),
            "elements": {selector: browser.boxes(selector) for selector in arguments.selector},
        }
        if arguments.script:
            result["script"] = browser.evaluate(arguments.script)
        if arguments.scroll_to:
            browser.evaluate("const e = document.getElementById(arguments[0]); if (e) e.scrollIntoView(true);"
                             .replace("arguments[0]", json.dumps(arguments.scroll_to)))
        if arguments.screenshot:
            browser.screenshot(arguments.screenshot, full_page=arguments.full_page)
        if arguments.pdf:
            browser.print_pdf(arguments.pdf, paper=arguments.paper, landscape=arguments.landscape)
            info = pdf_info(arguments.pdf)
            info["page_sizes"] = pdf_page_sizes(arguments.pdf)
            result["pdf"] = info
        result["console_errors"] = browser.console_errors()
        return result


def main() -> int:
    parser = argparse.ArgumentParser(description="Looks at a page in headless Chromium and prints JSON.")
    commands = parser.add_subparsers(dest="command", required=True)
    look = commands.add_parser("inspect", help="open a page; report console errors, boxes, widths; screenshot, PDF")
    look.add_argument("url", help="a file path, file:// or http(s):// URL")
    look.add_argument("--width", type=int, default=1280)
    look.add_argument("--height", type=int, default=900)
    look.add_argument("--selector", action="append", default=[], help="CSS selector whose boxes to report")
    look.add_argument("--screenshot", help="PNG to write")
    look.add_argument("--full-page", action="store_true", help="screenshot the whole page, not only the window")
    look.add_argument("--pdf", help="PDF to print the page to")
    look.add_argument("--paper", choices=sorted(PAPER_INCHES), default="a4")
    look.add_argument("--landscape", action="store_true")
    look.add_argument("--script", help="JavaScript to run in the page; its return value is reported")
    look.add_argument("--scroll-to", help="id of the element to scroll to the top before the screenshot")
    document = commands.add_parser("pdf", help="pages, page sizes, first lines and images of a PDF (poppler-utils)")
    document.add_argument("file")
    commands.add_parser("check", help="exit 0 when chromium, chromium-driver and pdfinfo are installed")
    arguments = parser.parse_args()
    try:
        if arguments.command == "check":
            chromium_path(), driver_path()
            if not shutil.which("pdfinfo"):
                raise BrowserMissing("pdfinfo not found: install the Debian package poppler-utils")
            return 0
        json.dump(pdf_report(arguments.file) if arguments.command == "pdf" else inspect(arguments), sys.stdout)
        sys.stdout.write("\n")
        return 0
    except BrowserMissing as error:
        print(f"browser.py: {error}", file=sys.stderr)
        return 3


if __name__ == "__main__":
    sys.exit(main())
