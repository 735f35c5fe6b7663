#!/usr/bin/env bash
# Creates the reference values for the network metrics with NetworkX, in a virtual environment.
#   scripts/make-metric-fixtures.sh
# Writes Tests/AllianceGraphTests/Fixtures/metrics/*.json. The random graphs are generated here
# (seeded) and written into the fixtures as edge lists, so the Swift tests read the very same graphs.
# Sample alliances (Graphs/): the Swift side exports their projected edge lists to
# Tests/AllianceGraphTests/Fixtures/metrics/alliances/*.edges.json (alliance metrics --export-edges);
# NetworkX's values for each are written beside them as *.expected.json.
set -euo pipefail
cd "$(dirname "$0")/.."
VENV=.venv-fixtures
if [ ! -x "$VENV/bin/python" ]; then
  python3 -m venv "$VENV"
fi
"$VENV/bin/pip" install -q networkx==3.6.1 python-igraph
OUT=Tests/AllianceGraphTests/Fixtures/metrics
# The sample alliances' projected graphs, exported by the Swift side (whole network every year,
# plus two layers in 2022, the mechanism layer both with inferred mechanisms and coded only). NetworkX then computes the reference values on exactly these graphs;
# the Swift tests check that the projection still gives the same edge lists.
swift build --product alliance >&2
ALLIANCE="$(swift build --show-bin-path)/alliance"
rm -f "$OUT"/alliances/*.json
"$ALLIANCE" metrics Graphs/ --export-edges "$OUT/alliances" --format csv > /dev/null
"$ALLIANCE" metrics Graphs/ --year 2022 --layer case_conference --export-edges "$OUT/alliances" --format csv > /dev/null
"$ALLIANCE" metrics Graphs/ --year 2022 --layer mechanism:positive --export-edges "$OUT/alliances" --format csv > /dev/null
# The same layer with coded mechanisms only (files end in -coded-only): mechanisms as coded, else inferred, is the default.
"$ALLIANCE" metrics Graphs/ --year 2022 --layer mechanism:positive --mechanisms coded --export-edges "$OUT/alliances" --format csv > /dev/null
"$VENV/bin/python" scripts/make_metric_fixtures.py "$OUT"
