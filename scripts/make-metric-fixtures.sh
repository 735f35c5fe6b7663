#!/usr/bin/env bash
# Creates the reference values for the network metrics with NetworkX, in a virtual environment.
#   scripts/make-metric-fixtures.sh
# Writes Tests/AllianceGraphTests/Fixtures/metrics/*.json. The random graphs are generated here
# (seeded) and written into the fixtures as edge lists, so the Swift tests read the very same graphs.
# Sample alliances: the Swift side exports their projected edge lists to
# Tests/AllianceGraphTests/Fixtures/metrics/alliances/*.edges.json (swift run alliance metrics
# --export-edges); this script adds NetworkX's values to each as *.expected.json.
set -euo pipefail
cd "$(dirname "$0")/.."
VENV=.venv-fixtures
if [ ! -x "$VENV/bin/python" ]; then
  python3 -m venv "$VENV"
fi
"$VENV/bin/pip" install -q networkx==3.6.1 python-igraph pyyaml
"$VENV/bin/python" scripts/make_metric_fixtures.py Tests/AllianceGraphTests/Fixtures/metrics
