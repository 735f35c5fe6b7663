"""Reference values for AllianceGraph's network metrics, computed with NetworkX.

Usage: python scripts/make_metric_fixtures.py OUTDIR

For every graph the fixture holds the graph itself (node count, edge list, a group per node)
and NetworkX's values. NaN (constraint and effective size of isolated nodes) is written as null.
"""
import json
import math
import random
import sys
from pathlib import Path

import networkx as nx


def clean(x):
    if isinstance(x, float) and math.isnan(x):
        return None
    return x


def ei_index(G, groups):
    e = sum(1 for u, v in G.edges() if groups[u] != groups[v])
    i = G.number_of_edges() - e
    return {"external": e, "internal": i, "value": None if e + i == 0 else (e - i) / (e + i)}


def metrics(n, edges, groups):
    G = nx.Graph()
    G.add_nodes_from(range(n))
    G.add_edges_from(edges)
    nodes = list(range(n))
    bc = nx.betweenness_centrality(G)
    cc = nx.closeness_centrality(G)
    cl = nx.clustering(G)
    con = nx.constraint(G)
    eff = nx.effective_size(G)
    dc = nx.degree_centrality(G)
    comps = list(nx.connected_components(G))
    return {
        "nodeCount": n,
        "edges": [[u, v] for u, v in edges],
        "groups": groups,
        "networkx": nx.__version__,
        "edgeCount": G.number_of_edges(),
        "density": nx.density(G),
        "components": len(comps),
        "largestComponent": max((len(c) for c in comps), default=0),
        "degreeCentrality": [dc[v] for v in nodes],
        "betweenness": [bc[v] for v in nodes],
        "closeness": [cc[v] for v in nodes],
        "clustering": [cl[v] for v in nodes],
        "averageClustering": nx.average_clustering(G) if n > 0 else 0.0,
        "transitivity": nx.transitivity(G),
        "constraint": [clean(con[v]) for v in nodes],
        "effectiveSize": [clean(eff[v]) for v in nodes],
        "eiIndex": ei_index(G, groups),
    }


def random_graphs():
    # (name, n, m, number of groups, seed)
    specs = [
        ("gnm-12-20", 12, 20, 3, 1),
        ("gnm-30-45", 30, 45, 4, 2),
        ("gnm-40-30-sparse", 40, 30, 5, 3),   # many components and isolated nodes
        ("gnm-60-300-dense", 60, 300, 6, 4),
        ("gnm-150-400", 150, 400, 6, 5),
        ("gnm-3-1", 3, 1, 2, 6),
        ("gnm-2-1", 2, 1, 1, 7),
    ]
    for name, n, m, k, seed in specs:
        G = nx.gnm_random_graph(n, m, seed=seed)
        rng = random.Random(seed)
        groups = [rng.randrange(k) for _ in range(n)]
        yield name, n, sorted(tuple(sorted(e)) for e in G.edges()), groups
    # clustered "alliance-like" graph: dense groups with a few bridges
    G = nx.relaxed_caveman_graph(6, 7, 0.15, seed=11)
    rng = random.Random(11)
    yield "caveman-6x7", G.number_of_nodes(), sorted(tuple(sorted(e)) for e in G.edges()), [v // 7 for v in range(42)]


def main():
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    for name, n, edges, groups in random_graphs():
        data = {"name": name, **metrics(n, edges, groups)}
        (out / f"random-{name}.json").write_text(json.dumps(data, indent=1) + "\n")
        print("wrote", name)
    alliances = out / "alliances"
    if alliances.is_dir():
        for path in sorted(alliances.glob("*.edges.json")):
            src = json.loads(path.read_text())
            data = {"name": src["name"], **metrics(src["nodeCount"], [tuple(e) for e in src["edges"]], src["groups"])}
            (alliances / path.name.replace(".edges.json", ".expected.json")).write_text(json.dumps(data, indent=1) + "\n")
            print("wrote", src["name"])


if __name__ == "__main__":
    main()
