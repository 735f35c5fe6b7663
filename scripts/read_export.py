"""Reads an exported network with a real consumer and prints it as JSON, for the export tests.

    scripts/consumer-python scripts/read_export.py [--schema SCHEMA] CONSUMER:PATH …
    CONSUMER: networkx-graphml, networkx-gexf, igraph-graphml, kumu, csv or csv-table

Prints a JSON list with, for each file (one process reads them all), {"directed", "multigraph", "graph": {...}, "nodes": [{"id", "attrs"}], "edges": [{"id", "source",
"target", "attrs"}]}: every attribute as the consumer gives it, as [type, text] (bool, int, float, string, null;
GEXF spells and dynamic values as a list in JSON). kumu validates the blueprint against SCHEMA (JSON Schema) first; csv reads PATH/nodes.csv and
PATH/edges.csv with Python's csv module (every value is text); csv-table reads the one CSV file PATH
(interfaces.csv, chains.csv) as "nodes", one per row in order (id: the row's number), with no edges.
"""
import csv
import json
import math
import os
import sys


def clean(value):
    """A value as [type, text], so that the tests compare types too: bool, int, float, string, list, null."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ["null", ""]
    if isinstance(value, bool):
        return ["bool", "true" if value else "false"]
    if isinstance(value, int):
        return ["int", str(value)]
    if isinstance(value, float):
        return ["float", repr(value)]
    if isinstance(value, str):
        return ["string", value]
    if isinstance(value, (list, tuple)):
        return ["list", json.dumps([list(v) if isinstance(v, tuple) else v for v in value], ensure_ascii=False)]
    return ["string", str(value)]


def networkx_graph(graph):
    nodes = [{"id": n, "attrs": {k: clean(v) for k, v in d.items()}} for n, d in graph.nodes(data=True)]
    edges = []
    if graph.is_multigraph():
        items = graph.edges(keys=True, data=True)
    else:
        items = ((u, v, None, d) for u, v, d in graph.edges(data=True))
    for u, v, key, data in items:
        data = dict(data)
        edge_id = data.pop("id", key)
        edges.append({"id": str(edge_id), "source": u, "target": v, "attrs": {k: clean(x) for k, x in data.items()}})
    graph_attrs = {k: clean(v) for k, v in graph.graph.items() if k not in ("node_default", "edge_default")}
    return {"directed": graph.is_directed(), "multigraph": graph.is_multigraph(), "graph": graph_attrs,
            "nodes": nodes, "edges": edges}


def read(consumer, path, schema_path):
    if consumer == "networkx-graphml":
        import networkx as nx
        result = networkx_graph(nx.read_graphml(path))
    elif consumer == "networkx-gexf":
        import networkx as nx
        result = networkx_graph(nx.read_gexf(path, version="1.3"))
    elif consumer == "igraph-graphml":
        import igraph as ig
        graph = ig.Graph.Read_GraphML(path)

        def number(value):  # igraph keeps every number as a double: a whole one is given as int
            return ["int", str(int(value))] if isinstance(value, float) and value.is_integer() else clean(value)
        nodes = [{"id": v["id"], "attrs": {k: number(x) for k, x in v.attributes().items() if k != "id"}} for v in graph.vs]
        edges = [{"id": e["edge_id"], "source": graph.vs[e.source]["id"], "target": graph.vs[e.target]["id"],
                  "attrs": {k: number(x) for k, x in e.attributes().items()}} for e in graph.es]
        result = {"directed": graph.is_directed(), "multigraph": not graph.is_simple(),
                  "graph": {k: number(graph[k]) for k in graph.attributes()}, "nodes": nodes, "edges": edges}
    elif consumer == "kumu":
        import jsonschema
        with open(path, encoding="utf-8") as handle:
            blueprint = json.load(handle)
        with open(schema_path, encoding="utf-8") as handle:
            schema = json.load(handle)
        jsonschema.Draft202012Validator.check_schema(schema)
        jsonschema.Draft202012Validator(schema).validate(blueprint)
        ids = [e["id"] for e in blueprint["elements"]] + [c["id"] for c in blueprint["connections"]]
        if len(ids) != len(set(ids)):
            raise SystemExit("kumu: ids are not unique across elements and connections")
        elements = {e["id"] for e in blueprint["elements"]}
        for c in blueprint["connections"]:
            if c["from"] not in elements or c["to"] not in elements:
                raise SystemExit(f"kumu: connection {c['id']} names an element that does not exist")
        result = {"directed": False, "multigraph": True, "graph": {},
                  "nodes": [{"id": e["id"], "attrs": {k: clean(v) for k, v in e.items()}} for e in blueprint["elements"]],
                  "edges": [{"id": c["id"], "source": c["from"], "target": c["to"], "attrs": {k: clean(v) for k, v in c.items()}}
                            for c in blueprint["connections"]]}
    elif consumer == "csv":
        def rows(name):
            with open(os.path.join(path, name), encoding="utf-8-sig", newline="") as handle:
                sample = handle.read(4096)
                handle.seek(0)
                return list(csv.DictReader(handle, dialect=csv.Sniffer().sniff(sample, delimiters=",;")))
        nodes = [{"id": r.pop("id"), "attrs": {k: clean(v) for k, v in r.items()}} for r in rows("nodes.csv")]
        edges = [{"id": r.pop("id"), "source": r.pop("source"), "target": r.pop("target"), "attrs": {k: clean(v) for k, v in r.items()}}
                 for r in rows("edges.csv")]
        result = {"directed": False, "multigraph": True, "graph": {}, "nodes": nodes, "edges": edges}
    elif consumer == "csv-table":
        with open(path, encoding="utf-8-sig", newline="") as handle:
            sample = handle.read(4096)
            handle.seek(0)
            rows = list(csv.DictReader(handle, dialect=csv.Sniffer().sniff(sample, delimiters=",;")))
        result = {"directed": False, "multigraph": False, "graph": {},
                  "nodes": [{"id": str(n), "attrs": {k: clean(v) for k, v in r.items()}} for n, r in enumerate(rows)], "edges": []}
    else:
        raise SystemExit(f"unknown consumer {consumer}")
    return result


def main():
    arguments = sys.argv[1:]
    schema = None
    if arguments[:1] == ["--schema"]:
        schema, arguments = arguments[1], arguments[2:]
    results = []
    for argument in arguments:
        consumer, _, path = argument.partition(":")
        results.append(read(consumer, path, schema))
    json.dump(results, sys.stdout, ensure_ascii=False)


main()
