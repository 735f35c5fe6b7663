"""Times NetworkX and igraph betweenness/closeness on an exported edge list.

Usage: python scripts/bench_metrics.py FILE.json [--networkx] [--repeat N]
Prints one JSON object per tool. Betweenness is normalised as NetworkX does, so the sums
can be compared with the Swift benchmark's.
"""
import json
import sys
import time

args = sys.argv[1:]
path = args[0]
use_nx = "--networkx" in args
repeat = int(args[args.index("--repeat") + 1]) if "--repeat" in args else 3
data = json.load(open(path))
n = data["nodeCount"]
edges = [tuple(e) for e in data["edges"]]

import igraph

g = igraph.Graph(n=n, edges=edges, directed=False)
best_b = best_c = float("inf")
for _ in range(repeat):
    t = time.perf_counter(); b = g.betweenness(directed=False); best_b = min(best_b, time.perf_counter() - t)
    t = time.perf_counter(); c = g.closeness(); best_c = min(best_c, time.perf_counter() - t)
scale = 2.0 / ((n - 1) * (n - 2))
print(json.dumps({"tool": "igraph", "version": igraph.__version__, "nodes": n, "edges": g.ecount(),
                  "betweenness_s": best_b, "closeness_s": best_c, "betweenness_sum": sum(b) * scale}))
sys.stdout.flush()

if use_nx:
    import networkx as nx
    G = nx.Graph()
    G.add_nodes_from(range(n))
    G.add_edges_from(edges)
    t = time.perf_counter(); b = nx.betweenness_centrality(G); tb = time.perf_counter() - t
    t = time.perf_counter(); c = nx.closeness_centrality(G); tc = time.perf_counter() - t
    print(json.dumps({"tool": "networkx", "version": nx.__version__, "nodes": n, "edges": G.number_of_edges(),
                      "betweenness_s": tb, "closeness_s": tc, "betweenness_sum": sum(b.values()),
                      "closeness_sum": sum(c.values())}))
