#!/usr/bin/env python3
"""Readability figures of Graphviz SVG diagrams (issue 15, "Measure it").

For each SVG file given (or every *.svg below the folders given) it computes, from the SVG's
geometry alone:

- crossings: pairs of edges whose lines cross, counting only pairs that share no end node
  (edges into the same node or group box meet there by design); edges are their Bézier paths
  sampled as polylines (16 points per curve segment);
- through labels: (edge, text) pairs where an edge's line runs through a text box that is not
  its own caption; text boxes are estimated from position, anchor, font size and the letters
  (DejaVu Sans advances by letter class, 0.75 em above and 0.2 em below the baseline, 1 pt inset);
- overlapping labels: pairs of text boxes that overlap by more than 2 pt in both directions;
- legend share: the legend node's bounding box as a share of the canvas (viewBox) area;
- smallest font at print size: the smallest font-size scaled as the whole diagram is fitted on
  an A4 page (297 x 210 mm, either orientation, the one giving the larger scale; never enlarged);
- smallest font on A3 landscape (column "min pt A3"): the same, with the whole diagram fitted on
  an A3 sheet in landscape (420 x 297 mm, never enlarged), the all-years poster's print size; it is
  computed for every diagram, and is the poster's figure for issue 15 item 8 (no page margins
  are taken off, as for A4).

Usage: scripts/measure_diagrams.py [--csv] [--why] FILE_OR_FOLDER...
Prints one row per diagram and a total per kind (year, poster, difference) and overall.
With --why, also prints every (edge, text) pair counted as "through" and every overlapping pair,
naming the text's kind: caption (another edge's label), node, region title (cluster), graph
(title, legend), so one can see which texts are crossed.
"""
import math
import os
import re
import sys
import xml.etree.ElementTree as ET

SVG = "{http://www.w3.org/2000/svg}"
XLINK = "{http://www.w3.org/1999/xlink}"
A4 = (842.0, 595.0)  # points, landscape
A3 = (1191.0, 842.0)  # points, landscape
SAMPLES = 16


def numbers(text):
    return [float(v) for v in re.findall(r"-?\d+(?:\.\d+)?(?:e-?\d+)?", text)]


def bezier(p0, p1, p2, p3, n=SAMPLES):
    out = []
    for i in range(1, n + 1):
        t = i / n
        u = 1 - t
        out.append((u ** 3 * p0[0] + 3 * u * u * t * p1[0] + 3 * u * t * t * p2[0] + t ** 3 * p3[0],
                    u ** 3 * p0[1] + 3 * u * u * t * p1[1] + 3 * u * t * t * p2[1] + t ** 3 * p3[1]))
    return out


def path_polyline(d):
    """Graphviz edge paths: M x,y C (x,y x,y x,y)+; also plain L segments."""
    points = []
    for command, args in re.findall(r"([MCLmcl])([^MCLmcl]*)", d):
        values = numbers(args)
        pairs = list(zip(values[0::2], values[1::2]))
        if command in "Mm":
            points.append(pairs[0])
            points.extend(pairs[1:])
        elif command in "Cc":
            for i in range(0, len(pairs) - 2, 3):
                points.extend(bezier(points[-1], pairs[i], pairs[i + 1], pairs[i + 2]))
        else:
            points.extend(pairs)
    return points


def segments_cross(a, b, c, d):
    def orient(p, q, r):
        return (q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0])
    o1, o2, o3, o4 = orient(a, b, c), orient(a, b, d), orient(c, d, a), orient(c, d, b)
    return (o1 > 0) != (o2 > 0) and (o3 > 0) != (o4 > 0) and o1 != 0 and o2 != 0 and o3 != 0 and o4 != 0


def bbox(points):
    xs = [p[0] for p in points]
    ys = [p[1] for p in points]
    return min(xs), min(ys), max(xs), max(ys)


def boxes_meet(a, b, margin=0.0):
    return a[0] - margin <= b[2] and b[0] - margin <= a[2] and a[1] - margin <= b[3] and b[1] - margin <= a[3]


def polylines_cross(p, q):
    if not boxes_meet(bbox(p), bbox(q)):
        return False
    qs = [(q[j], q[j + 1], bbox([q[j], q[j + 1]])) for j in range(len(q) - 1)]
    for i in range(len(p) - 1):
        a, b = p[i], p[i + 1]
        box = bbox([a, b])
        for c, d, other in qs:
            if boxes_meet(box, other) and segments_cross(a, b, c, d):
                return True
    return False


def segment_hits_box(a, b, box):
    """Whether segment ab passes through the rectangle (x0, y0, x1, y1)."""
    x0, y0, x1, y1 = box
    if not boxes_meet(bbox([a, b]), box):
        return False
    inside = lambda p: x0 <= p[0] <= x1 and y0 <= p[1] <= y1
    if inside(a) or inside(b):
        return True
    corners = [(x0, y0), (x1, y0), (x1, y1), (x0, y1)]
    return any(segments_cross(a, b, corners[k], corners[(k + 1) % 4]) for k in range(4))


def char_width(c):
    """Approximate advance of `c` in DejaVu Sans, in em."""
    if c in " .,:;'!|()[]/-‐–ilIjtfr":
        return 0.32
    if c in "━╌┈─█":
        return 0.6
    if c in "mwMW":
        return 0.85
    if c.isupper() or c in "ÄÖÜ◆⬡":
        return 0.68
    return 0.56


def text_box(element):
    size = float(element.get("font-size", "14"))
    x, y = float(element.get("x", "0")), float(element.get("y", "0"))
    text = "".join(element.itertext())
    width = size * sum(char_width(c) for c in text)
    anchor = element.get("text-anchor", "start")
    left = x - width / 2 if anchor == "middle" else (x - width if anchor == "end" else x)
    inset = 1.0
    return (left + inset, y - 0.75 * size + inset, left + width - inset, y + 0.2 * size - inset), size, text


def dot_name(comment_before):
    if comment_before is None:
        return None
    return (comment_before.replace("&#45;", "-").replace("&gt;", ">").replace("&lt;", "<")
            .replace("&amp;", "&").strip())


def text_kind(kind, name):
    """What a text is, for --why: an edge's caption, a node's text, a region's title, the graph's.
    A node's text is named by its DOT name as AllianceGraph writes it (a poster's panels prefix
    `yYEAR/`): actor (`a:…`), group (a group's box, `r:…`), heading (a poster's year heading),
    region title (a pinned region's title, `title:…`), else node."""
    if kind == "node" and name:
        base = name.split("/")[-1].strip('"')
        for prefix, what in (("a:", "actor"), ("r:", "group"), ("heading", "heading"), ("title:", "region title")):
            if base.startswith(prefix):
                return what
    return {"edge": "caption", "node": "node", "cluster": "region title", "graph": "graph"}.get(kind, kind)


def measure(path, why=None):
    raw = open(path, encoding="utf-8").read()
    # DOT names from the comments Graphviz writes before each group, in document order.
    names = iter(re.findall(r"<!-- (.*?) -->\n<g id=\"(?:node|edge)\d+\" class=\"(?:node|edge)\">", raw))
    root = ET.fromstring(raw.encode("utf-8"))
    view = numbers(root.get("viewBox", "0 0 0 0"))
    width, height = view[2], view[3]
    edges, texts, legend = [], [], None
    for group in root.iter(SVG + "g"):
        kind = group.get("class")
        if group.get("id") == "a_legend":
            kind = "node"  # the legend panel in the title (an HTML table with ID="legend")
            name = "legend"
        elif kind not in ("node", "edge", "cluster", "graph"):
            continue
        if group.get("id") != "a_legend":
            name = dot_name(next(names)) if kind in ("node", "edge") else None
        if group.get("id") == "a_legend":
            own_texts = []  # its texts are counted with the graph's (direct children of the anchor below)
        elif kind != "graph":
            own_texts = [t for t in group.iter(SVG + "text")]
        else:
            own_texts = [t for t in group if t.tag == SVG + "text"]
            for child in group:
                if child.tag == SVG + "g" and child.get("id") == "a_legend":
                    own_texts += [t for t in child.iter(SVG + "text")]
        boxes = [text_box(t) for t in own_texts]
        texts.extend((kind, name, box) for box in boxes)
        if kind == "edge":
            lines = [path_polyline(p.get("d", "")) for p in group.iter(SVG + "path")]
            line = [pt for ln in lines for pt in ln]
            ends = name.split("->") if name and "->" in name else [name, name]
            if len(line) >= 2:
                edges.append((name, set(ends), line))
        if kind == "node" and name == "legend" or group.get("id") == "a_legend":
            points = []
            for element in group.iter():
                if element.tag == SVG + "polygon":
                    values = numbers(element.get("points", ""))
                    points += list(zip(values[0::2], values[1::2]))
                elif element.tag == SVG + "text":
                    points += [(b[0], b[1]) for b in [text_box(element)[0]]] + [(text_box(element)[0][2], text_box(element)[0][3])]
            if points:
                legend = bbox(points)

    crossings = 0
    for i in range(len(edges)):
        for j in range(i + 1, len(edges)):
            if edges[i][1] & edges[j][1]:
                continue
            if polylines_cross(edges[i][2], edges[j][2]):
                crossings += 1

    through = 0
    for name, _, line in edges:
        line_box = bbox(line)
        for kind, owner, (box, _, text) in texts:
            if owner == name or not text.strip() or not boxes_meet(line_box, box):
                continue
            if any(segment_hits_box(line[k], line[k + 1], box) for k in range(len(line) - 1)):
                through += 1
                if why is not None:
                    why.append(("thru", text_kind(kind, owner), f"line {name} through {text_kind(kind, owner)} {text!r}"
                                + (f" of {owner}" if owner else "")))

    overlapping = 0
    boxes = [b for b in texts if b[2][2].strip()]
    for i in range(len(boxes)):
        a = boxes[i][2][0]
        for j in range(i + 1, len(boxes)):
            b = boxes[j][2][0]
            if min(a[2], b[2]) - max(a[0], b[0]) > 2 and min(a[3], b[3]) - max(a[1], b[1]) > 2:
                overlapping += 1
                if why is not None:
                    kinds = "/".join(sorted([text_kind(boxes[i][0], boxes[i][1]), text_kind(boxes[j][0], boxes[j][1])]))
                    why.append(("ovl", kinds, f"{text_kind(boxes[i][0], boxes[i][1])} {boxes[i][2][2]!r} of {boxes[i][1]}"
                                f" overlaps {text_kind(boxes[j][0], boxes[j][1])} {boxes[j][2][2]!r} of {boxes[j][1]}"))

    legend_share = 0.0
    if legend and width * height > 0:
        legend_share = (legend[2] - legend[0]) * (legend[3] - legend[1]) / (width * height)
    scale = min(1.0, max(min(A4[0] / width, A4[1] / height), min(A4[1] / width, A4[0] / height))) if width and height else 1
    font = min((box[1] for _, _, box in texts if box[2].strip()), default=0)
    smallest = font * scale
    smallest_a3 = font * (min(1.0, A3[0] / width, A3[1] / height) if width and height else 1)
    return {
        "edges": len(edges), "crossings": crossings, "through_labels": through, "overlapping_labels": overlapping,
        "legend_share": legend_share, "smallest_pt_a4": smallest, "smallest_pt_a3": smallest_a3, "width_pt": width, "height_pt": height,
    }


def kind_of(name):
    base = os.path.basename(name)[:-4]
    if "-diff-" in base:
        return "difference"
    if re.search(r"-\d{4}-\d{4}$", base):
        return "poster"
    return "year"


def main(arguments):
    csv = "--csv" in arguments
    why = "--why" in arguments
    paths = []
    for argument in (a for a in arguments if a not in ("--csv", "--why")):
        if os.path.isdir(argument):
            for folder, _, files in os.walk(argument):
                paths += [os.path.join(folder, f) for f in files if f.endswith(".svg")]
        else:
            paths.append(argument)
    paths.sort()
    reasons = {p: [] for p in paths} if why else {}
    rows = [(p, measure(p, reasons.get(p))) for p in paths]
    columns = ["edges", "crossings", "through_labels", "overlapping_labels", "legend_share", "smallest_pt_a4", "smallest_pt_a3"]
    if csv:
        print("diagram,kind," + ",".join(columns))
        for path, row in rows:
            print(os.path.basename(path) + "," + kind_of(path) + "," + ",".join(f"{row[c]:.3f}" if isinstance(row[c], float) else str(row[c]) for c in columns))
        return
    print(f"{'diagram':40} {'edges':>5} {'cross':>6} {'thru':>5} {'ovl':>4} {'legend':>7} {'min pt A4':>9} {'min pt A3':>9}")
    for path, row in rows:
        print(f"{os.path.basename(path):40} {row['edges']:5} {row['crossings']:6} {row['through_labels']:5} "
              f"{row['overlapping_labels']:4} {row['legend_share']:7.1%} {row['smallest_pt_a4']:9.1f} {row['smallest_pt_a3']:9.1f}")
    print()
    print(f"{'total':12} {'diagrams':>8} {'crossings':>9} {'thru labels':>11} {'overlaps':>8} {'legend mean':>11} {'legend max':>10} {'min pt A4':>9} {'min pt A3':>9}")
    for kind in ["year", "poster", "difference", "all"]:
        chosen = [r for p, r in rows if kind == "all" or kind_of(p) == kind]
        if not chosen:
            continue
        print(f"{kind:12} {len(chosen):8} {sum(r['crossings'] for r in chosen):9} {sum(r['through_labels'] for r in chosen):11} "
              f"{sum(r['overlapping_labels'] for r in chosen):8} {sum(r['legend_share'] for r in chosen) / len(chosen):11.1%} "
              f"{max(r['legend_share'] for r in chosen):10.1%} {min(r['smallest_pt_a4'] for r in chosen):9.1f} "
              f"{min(r['smallest_pt_a3'] for r in chosen):9.1f}")
    if why:
        print()
        print("why: every line through a text and every overlapping pair, by diagram")
        tally = {}
        for path, _ in rows:
            for what, text, line in reasons[path]:
                key = (kind_of(path), what, text)
                tally[key] = tally.get(key, 0) + 1
                print(f"  {os.path.basename(path)}: {what}: {line}")
        print()
        print(f"{'kind':12} {'what':5} {'text crossed / overlapping':28} {'count':>5}")
        for (kind, what, text), count in sorted(tally.items()):
            print(f"{kind:12} {what:5} {text:28} {count:5}")


if __name__ == "__main__":
    main(sys.argv[1:])
