# Generates init-rank-failure.dot: `python3 make-init-rank-fixture.py 1` writes g1.dot.
# 35 nodes in 4 clusters, rankdir=LR, no newrank, 90 labelled edges between random nodes
# (seeded). With Graphviz 2.43 (Debian 12), `dot -Tsvg g1.dot` fails with "trouble in init_rank";
# seeds 1, 2, 8, 9 and 10 of 1-12 failed when this was written. With -Gnewrank=true it renders.
import random, sys
def gen(seed, n=35, k=4, m=90):
    r = random.Random(seed)
    nodes = [f"n{i}" for i in range(n)]
    clusters = [[] for _ in range(k)]
    for i, v in enumerate(nodes): clusters[i % k].append(v)
    out = ["digraph G {", "  rankdir=LR;"]
    for c, members in enumerate(clusters):
        out.append(f"  subgraph cluster_{c} {{ label=\"Area {c}\";")
        for v in members: out.append(f"    {v} [label=\"Actor {v}\"];")
        out.append("  }")
    for j in range(m):
        a, b = r.sample(nodes, 2)
        out.append(f"  {a} -> {b} [label=\"format {j}\"];")
    out.append("}")
    return "\n".join(out) + "\n"
seed = int(sys.argv[1]); open(f"g{seed}.dot","w").write(gen(seed))
