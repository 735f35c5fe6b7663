"""The browser scenario of `alliance serve` (issue 14), on the project's one Chromium harness (scripts/browser.py).

Against a running server on a copy of sample files (the Swift test ServeBrowserTests starts both), it does
what a managing office does: open the list, open an alliance, change the year, apply a filter, look at an actor,
download the SVG, edit the file on disk and see the page update, break the file and see the error with its
line, fix it again. It prints one JSON object with what it saw (the Swift test asserts on it): the steps, the
screenshots' sizes and how much of each is not white, the downloaded file, the update latencies, and the
browser console's errors.

    scripts/consumer-python scripts/serve_browser.py URL FOLDER OUT
"""

from __future__ import annotations

import json
import re
import pathlib
import sys
import time
from typing import Any, Callable

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from browser import Browser, BrowserMissing  # noqa: E402


def wait(condition: Callable[[], Any], timeout: float = 30.0, step: float = 0.02) -> Any:
    """Polls `condition` until it gives something true; raises TimeoutError after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while True:
        value = condition()
        if value:
            return value
        if time.monotonic() > deadline:
            raise TimeoutError("timed out waiting")
        time.sleep(step)


def ink(browser: Browser, png: bytes) -> float:
    """The share of the PNG's pixels (every 4th) that are not (nearly) white, counted by the browser on a canvas."""
    import base64

    return float(browser.driver.execute_async_script("""
        const done = arguments[1];
        const image = new Image();
        image.onload = () => {
          const canvas = document.createElement('canvas');
          canvas.width = image.width; canvas.height = image.height;
          const context = canvas.getContext('2d');
          context.drawImage(image, 0, 0);
          const data = context.getImageData(0, 0, canvas.width, canvas.height).data;
          let dark = 0, count = 0;
          for (let i = 0; i < data.length; i += 16) { count++; if (Math.min(data[i], data[i + 1], data[i + 2]) < 235) dark++; }
          done(count ? dark / count : 0);
        };
        image.onerror = () => done(-1);
        image.src = 'data:image/png;base64,' + arguments[0];""", base64.b64encode(png).decode("ascii")))


def main() -> int:
    if len(sys.argv) != 4:
        print(__doc__, file=sys.stderr)
        return 2
    base, folder, out = sys.argv[1].rstrip("/") + "/", pathlib.Path(sys.argv[2]), pathlib.Path(sys.argv[3])
    out.mkdir(parents=True, exist_ok=True)
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    result: dict[str, Any] = {"steps": [], "console_errors": [], "screenshots": {}}
    try:
        browser = Browser(width=1400, height=1000)
    except BrowserMissing as error:
        print(f"serve_browser.py: {error}", file=sys.stderr)
        return 3
    with browser:
        driver = browser.driver
        errors: list[str] = []

        def step(name: str, **facts: Any) -> None:
            errors.extend(browser.console_errors())
            result["steps"].append({"name": name, **facts})

        def shot(name: str) -> None:
            path = out / f"{name}.png"
            browser.screenshot(str(path))
            facts: dict[str, Any] = {"bytes": path.stat().st_size}
            figures = driver.find_elements(By.ID, "diagram")
            if figures:
                png = figures[0].screenshot_as_png
                (out / f"{name}-diagram.png").write_bytes(png)
                facts["diagram_ink"] = round(ink(browser, png), 4)
            else:
                facts["page_ink"] = round(ink(browser, path.read_bytes()), 4)
            result["screenshots"][name] = facts

        def state() -> dict[str, Any]:
            return browser.evaluate("""
                const f = document.getElementById('diagram');
                const svg = f && f.querySelector('svg');
                return {state: f && f.dataset.state, year: f && f.dataset.year, view: f && f.dataset.view,
                        generation: f && f.dataset.generation, nodes: svg ? svg.querySelectorAll('g.node').length : 0,
                        edges: svg ? svg.querySelectorAll('g.edge').length : 0,
                        width: svg ? svg.getBoundingClientRect().width : 0, height: svg ? svg.getBoundingClientRect().height : 0,
                        text: svg ? svg.textContent : '', updated: Number(document.body.dataset.updated || 0),
                        fileState: document.body.dataset.fileState || '',
                        problems: Array.from(document.querySelectorAll('#problem-list li')).map(li => li.textContent),
                        problemsShown: !document.getElementById('problems').hidden};""")

        def ready(**expected: Any) -> Callable[[], Any]:
            def check() -> Any:
                s = state()
                return s if s["state"] == "ready" and all(s.get(k) == v for k, v in expected.items()) else None
            return check

        # 1. The list.
        browser.open(base)
        files = browser.evaluate("return Array.from(document.querySelectorAll('#alliances tr.file')).map(r => r.dataset.file)")
        statuses = browser.evaluate(
            "return Object.fromEntries(Array.from(document.querySelectorAll('#alliances tr.file')).map(r => [r.dataset.file, r.className]))")
        step("list", files=files, statuses=statuses, lang=browser.evaluate("return document.documentElement.lang"))
        shot("list")

        # 2. Open the alliance from the list.
        driver.find_element(By.CSS_SELECTOR, 'tr[data-file="rheinstadt.yaml"] a').click()
        first = wait(ready())
        step("alliance", year=first["year"], nodes=first["nodes"], edges=first["edges"], width=first["width"],
             height=first["height"], title=browser.evaluate("return document.getElementById('title').textContent"),
             tables=browser.evaluate("return document.querySelectorAll('#tables .result-table table').length"))
        shot("alliance")

        # 3. Another year.
        driver.find_element(By.CSS_SELECTOR, 'button.year[data-year="2019"]').click()
        year = wait(ready(year="2019"))
        step("year", year=year["year"], nodes=year["nodes"],
             pressed=browser.evaluate("return document.querySelector('button.year[aria-pressed=true]').dataset.year"),
             url=driver.current_url)

        # 4. A filter: only the migration policy area.
        Select(driver.find_element(By.ID, "area")).select_by_value("migration")
        filtered = wait(lambda: (lambda s: s if s["state"] == "ready" and "area=migration" in driver.current_url else None)(state()))
        names = browser.evaluate("return Array.from(document.querySelectorAll('#diagram g.node')).map(g => g.dataset.name)")
        step("filter", nodes=filtered["nodes"], url=driver.current_url, abh="a:abh" in names, jc="a:jc" in names)
        shot("filter")
        Select(driver.find_element(By.ID, "area")).select_by_value("")
        wait(lambda: (lambda s: s if s["state"] == "ready" and "area=" not in driver.current_url else None)(state()))

        # 5. Details of an actor (hover, then click) and of a relation.
        node = driver.find_element(By.CSS_SELECTOR, '#diagram g.node[data-name="a:ki"]')
        ActionChains(driver).move_to_element(node).perform()
        hovered = wait(lambda: browser.evaluate("return document.getElementById('details-body').textContent"))
        driver.execute_script("arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}))", node)
        clicked = browser.evaluate("return document.getElementById('details-body').textContent")
        edge = driver.find_elements(By.CSS_SELECTOR, '#diagram g.edge[data-name^="a:ki-"]')
        relation = ""
        if edge:
            driver.execute_script("arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}))", edge[0])
            relation = browser.evaluate("return document.getElementById('details-body').textContent")
        step("details", hovered=hovered, clicked=clicked, relation=relation)

        # 6. Download the SVG of what is on screen.
        downloads = out / "downloads"
        downloads.mkdir(exist_ok=True)
        driver.execute_cdp_cmd("Page.setDownloadBehavior", {"behavior": "allow", "downloadPath": str(downloads)})
        href = driver.find_element(By.ID, "download-svg").get_attribute("href")
        driver.find_element(By.ID, "download-svg").click()
        saved = wait(lambda: [p for p in downloads.iterdir() if p.suffix == ".svg"])
        text = saved[0].read_text(encoding="utf-8")
        step("download", file=saved[0].name, href=href, bytes=len(text), svg="<svg" in text, ki="a:ki" in text)

        # 6b. Download the handout of the alliance on screen (HTML; the PDF where Chromium prints it).
        handout = driver.find_element(By.ID, "download-handout-html")
        handout_href = handout.get_attribute("href")
        handout.click()
        saved = wait(lambda: [p for p in downloads.iterdir() if p.name.endswith("-handout.html")], timeout=90)
        page = saved[0].read_text(encoding="utf-8")
        # The sheet of the handout: A3 landscape chosen beside the links, then the PDF printed on it.
        Select(driver.find_element(By.ID, "paper")).select_by_value("a3 landscape")
        paper_href = wait(lambda: (lambda h: h if "paper=a3" in h else None)(handout.get_attribute("href")))
        pdf_links = driver.find_elements(By.ID, "download-handout-pdf")
        pdf_head, pdf_page = "", []
        if pdf_links:
            pdf_links[0].click()
            pdfs = wait(lambda: [p for p in downloads.iterdir() if p.name.endswith("-handout.pdf")], timeout=180)
            data = pdfs[0].read_bytes()
            pdf_head = data[:5].decode("latin-1")
            box = re.search(rb"/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]", data)
            pdf_page = [float(box.group(1)), float(box.group(2))] if box else []
        step("handout", file=saved[0].name, href=handout_href, html="<html" in page, svg="<svg" in page,
             rheinstadt="Rheinstadt" in page, a4="@page { size: A4;" in page, paper_href=paper_href,
             paper_url=driver.current_url, pdf=bool(pdf_links), pdf_head=pdf_head, pdf_page=pdf_page)

        # 7. Edit the file on disk: the page updates by itself.
        path = folder / "rheinstadt.yaml"
        good = path.read_text(encoding="utf-8")
        latencies = []
        for round_number in range(3):
            name = f"KI Rheinstadt Runde {round_number + 1}"
            before = state()["generation"]
            saved_at = time.time() * 1000
            path.write_text(good.replace("name: KI Rheinstadt", f"name: {name}"), encoding="utf-8")
            updated = wait(lambda: (lambda s: s if s["state"] == "ready" and name in s["text"] and s["generation"] != before else None)(state()))
            latencies.append(round(updated["updated"] - saved_at, 1))
        step("edit", latencies_ms=latencies, text_has_new_name=True)
        shot("edited")

        # 8. Break the file: the error with its line; the last good diagram stays.
        broken = good.replace("    kind: abh\n", "    kind: abh\n    colour: red\n", 1)
        path.write_text(broken, encoding="utf-8")
        # write_text empties the file first: the page may show "the file is empty" for a moment
        # (as with an editor that saves in place), so wait for the error of the finished file.
        shown = wait(lambda: (lambda s: s if s["problemsShown"] and any("rheinstadt.yaml:21:" in p for p in s["problems"]) else None)(state()))
        step("broken", problems=shown["problems"], fileState=shown["fileState"], nodes=shown["nodes"],
             diagram=shown["state"])
        shot("broken")

        # 9. Fix it again.
        path.write_text(good, encoding="utf-8")
        fixed = wait(lambda: (lambda s: s if not s["problemsShown"] and s["state"] == "ready" else None)(state()))
        step("fixed", fileState=fixed["fileState"], nodes=fixed["nodes"])

        # 10. The English page.
        driver.find_element(By.ID, "lang-switch").click()
        wait(lambda: browser.evaluate("return document.documentElement.lang") == "en")
        english = wait(ready())
        step("english", lang=browser.evaluate("return document.documentElement.lang"), nodes=english["nodes"],
             heading=browser.evaluate("return document.querySelector('#problems h2').textContent"))
        errors.extend(browser.console_errors())
    result["console_errors"] = errors
    json.dump(result, sys.stdout)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
