"""The fuzzing harness behind scripts/fuzz (run that; it sets up PyYAML). See docs/RELIABILITY.md."""
import argparse
import collections
import concurrent.futures
import hashlib
import json
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time

import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GRAPHS = os.path.join(ROOT, "Graphs")

# A vocabulary file like the one in docs/FORMAT.md, section 9, and an alliance using its terms:
# the seeds for vocabulary mutations.
VOCABULARY_SEED = """\
actor_kinds:
  - id: language_cafe
    de: Sprachcafé
    en: Language café
    abbreviation: SC
    area: integration
    mandates: [driving_licence]
formats:
  - id: job_shadowing
    de: Hospitation
    en: Job shadowing
    formalisation: regular
    written: false
    directed: true
topics:
  - id: driving_licence
    de: Führerschein
    en: Driving licence
    cross_cutting: false
"""

VOCABULARY_ALLIANCE = """\
id: wortstadt
name: Wortstadt
kind: independent_city
years: 2021-2022
actors:
  - id: ki
    kind: ki
    managing_office: 2021-2022
    core_group: 2021-2022
  - id: cafe
    kind: language_cafe
    core_group: 2021-2022
  - id: abh
    kind: abh
relations:
  - actors: [ki, cafe]
    format: job_shadowing
    topic: driving_licence
  - actors: [ki, abh]
    format: exchange_round
    years: 2022
interfaces:
  - id: licence
    actors: [cafe, abh]
    topic: driving_licence
"""

# Findings of issue 16 that other work is fixing right now. A failed check whose finding is listed
# here is reported as "known (item N)" and does not fail the run unless --strict is given.
KNOWN = {
    # Findings of issue 16 still being fixed elsewhere: reported, not failing a run without --strict.
    # Empty since issue 16 was finished; fixed kinds (write-over-input, no-position-not-utf8,
    # graphviz-message, invalid-id-accepted, no-position-control-character) fail a run again.
}

# The pattern docs/alliance.schema.json gives every id.
ID_PATTERN = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9_.-]*$")

HOSTILE_STRINGS = [
    "", " ", "a b", 'a"b', "../x", "../../escape", "a/b", "/etc/passwd", "<a>", "é", "Ä\u0301",
    "line\nbreak", "tab\there", "nul\0byte", "\u202eevil", "\ufeffbom", "}]; node [label=\"x\"];",
    "<script>alert(1)</script>", "&amp;&#0;", "\\\\", "%s%n%x", "${HOME}", "$(touch pwned)",
    "`touch pwned`", "-rf", "--help", "x" * 300, "ä" * 5000, "ü" * 9000, "\U0001F600" * 40, "CON", "nul",
    ".", "..", "~", "*", "?", "[", "{", "&anchor", "*alias", "!!python/object:os.system", "0x1F",
    "1e400", "-0", ".inf", ".nan", "true", "no", "null", "2019-2022", "2022-2019", "9999999999",
    "Rhein\ufffestadt",  # a noncharacter: raw, YAML refuses it; escaped, it is drawn as U+FFFD
]

WRONG_VALUES = [
    "[]", "{}", "[1, 2]", "{a: b}", "123", "-1", "0", "3.14", "true", "false", "null", "~", "''",
    '""', "[[[]]]", "!!binary aGVsbG8=", "2019-", "-2022", "99999-100000", "2022-2019",
    "2019-13/2020", "[2019, {x: y}]", "{id: x, kind: ki}", "*undefined_alias", "&a [*a]", "yes",
    "0o17", "1_000", "2020-02-30", "!!float 1", "!!str", "!!map {}", "? complex\n  : key",
]

YAML_HOSTILE_DOCUMENTS = [
    # billion laughs
    "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
    "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n"
    "e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]\nf: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]\n"
    "g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f]\nid: [*g, *g, *g, *g, *g, *g, *g, *g, *g]\n",
    "id: " + "[" * 5000 + "]" * 5000 + "\n",
    "id: " + "{a: " * 3000 + "b" + "}" * 3000 + "\n",
    "---\nid: a\n---\nid: b\n",
    "%YAML 9.9\n---\nid: a\n",
    "%TAG ! tag:evil.example,2000:\n---\nid: !foo a\n",
    "\ufeffid: bom\n",
    "id: x\nid: y\nname: duplicate keys\n",
    "<<: {id: merged, name: M, kind: municipality, years: 2019}\n",
    "",
    "\n\n\n",
    "# only a comment\n",
    "- a\n- list\n",
    "just a scalar\n",
    "\0\0\0\0",
    "\t\tid: tabs\n",
    "id: 'unterminated\n",
    'id: "\\uD800 lone surrogate"\n',
    "? [a, b]\n: complex key\n",
]


class Input:
    """One generated file: its kind of mutation, what it was made from, its bytes, and its role."""

    def __init__(self, number, mutation, origin, data, role, name):
        self.number = number
        self.mutation = mutation
        self.origin = origin
        self.data = data
        self.role = role  # "alliance" or "vocabulary"
        self.name = name

    def describe(self):
        return f"#{self.number} {self.mutation} of {self.origin} ({self.role}, {len(self.data)} bytes)"


# --- Mutations ---------------------------------------------------------------------------------

def truncate(rng, data):
    return data[: rng.randrange(0, max(1, len(data)))]


def byte_flip(rng, data):
    data = bytearray(data)
    for _ in range(rng.choice([1, 1, 2, 4, 8, 32])):
        if not data:
            break
        position = rng.randrange(len(data))
        if rng.random() < 0.5:
            data[position] ^= 1 << rng.randrange(8)
        else:
            data[position] = rng.choice(b":-[]{}#&*!|>'\"%@`,?\t\n\r\0 \xff\xc3")
    return bytes(data)


def value_lines(text):
    """Indices of lines `key: value` or `- value` whose value can be replaced."""
    lines = text.split("\n")
    found = []
    for index, line in enumerate(lines):
        stripped = line.split(" #")[0].rstrip()
        if re.match(r"^\s*(- )?[A-Za-z_]+:\s*\S", stripped) or re.match(r"^\s*- \S", stripped):
            found.append(index)
    return lines, found


def replace_value(line, value):
    match = re.match(r"^(\s*(?:- )?[A-Za-z_]+:\s*)(.*)$", line) or re.match(r"^(\s*- )(.*)$", line)
    return match.group(1) + value if match else line


def wrong_type(rng, data, origin):
    if origin.endswith(".json"):
        document = json.loads(data)
        paths = []

        def walk(node, path):
            paths.append(path)
            if isinstance(node, dict):
                for key, child in node.items():
                    walk(child, path + [key])
            elif isinstance(node, list):
                for index, child in enumerate(node):
                    walk(child, path + [index])

        walk(document, [])
        path = rng.choice(paths[1:])
        node = document
        for part in path[:-1]:
            node = node[part]
        node[path[-1]] = rng.choice([[], {}, [1, "x"], {"a": None}, 123, -1.5, True, None, "", 1e300])
        return json.dumps(document, ensure_ascii=rng.random() < 0.5).encode()
    lines, candidates = value_lines(data.decode("utf-8"))
    for _ in range(rng.choice([1, 1, 1, 2, 3])):
        index = rng.choice(candidates)
        lines[index] = replace_value(lines[index], rng.choice(WRONG_VALUES))
    return "\n".join(lines).encode()


def yaml_quote(text):
    return json.dumps(text, ensure_ascii=False)  # a JSON string is a YAML double-quoted scalar


def hostile(rng, data, origin):
    choice = rng.random()
    if choice < 0.15:
        return rng.choice(YAML_HOSTILE_DOCUMENTS).encode("utf-8", "surrogatepass")
    text = data.decode("utf-8")
    if origin.endswith(".json"):
        document = json.loads(text)
        targets = [document] + document.get("actors", []) + document.get("relations", [])
        target = rng.choice(targets)
        target[rng.choice(["id", "name", "note", "kind"])] = rng.choice(HOSTILE_STRINGS)
        return json.dumps(document, ensure_ascii=False).encode("utf-8", "surrogatepass")
    if choice < 0.25:
        return text.replace("\n", "\r\n").encode()
    if choice < 0.32:
        lines = text.split("\n")
        index = rng.randrange(len(lines))
        lines.insert(index, lines[index])  # a duplicated line: duplicate keys and items
        return "\n".join(lines).encode()
    lines, candidates = value_lines(text)
    ids = [i for i in candidates if re.match(r"^\s*(- )?(id|name|from|to|parent|kind|note):", lines[i])]
    for _ in range(rng.choice([1, 1, 2])):
        index = rng.choice(ids or candidates)
        lines[index] = replace_value(lines[index], yaml_quote(rng.choice(HOSTILE_STRINGS)))
    return "\n".join(lines).encode("utf-8", "surrogatepass")


MUTATIONS = {
    "truncated": lambda rng, data, origin: truncate(rng, data),
    "byte-flipped": lambda rng, data, origin: byte_flip(rng, data),
    "wrong-typed": wrong_type,
    "hostile": hostile,
}


def seeds():
    """(name, bytes, role) for every sample: the files in Graphs/ and the vocabulary seed."""
    result = []
    for name in sorted(os.listdir(GRAPHS)):
        if name.endswith((".yaml", ".yml", ".json")):
            with open(os.path.join(GRAPHS, name), "rb") as handle:
                result.append((name, handle.read(), "alliance"))
    result.append(("vocabulary.yaml", VOCABULARY_SEED.encode(), "vocabulary"))
    return result


def generate(seed, count):
    rng = random.Random(seed)
    samples = seeds()
    kinds = list(MUTATIONS)
    inputs = []
    for number in range(count):
        mutation = kinds[number % len(kinds)]
        # One input in four is a vocabulary file, so both readers get their share.
        name, data, role = samples[-1] if rng.random() < 0.25 else rng.choice(samples[:-1])
        mutated = MUTATIONS[mutation](rng, data, name)
        extension = ".json" if name.endswith(".json") else ".yaml"
        inputs.append(Input(number, mutation, name, mutated, role, f"fuzz-{number:05d}{extension}"))
    return inputs


# --- Running -----------------------------------------------------------------------------------

def commands_for(item):
    """(label, arguments, output target or None) for every command run on the input.

    Paths are relative to the run's sandbox folder, which holds the input as IN and, for a
    vocabulary input, the alliance using it as ALLIANCE. OUT is a target that does not exist yet."""
    if item.role == "vocabulary":
        return [
            ("vocab", ["vocab", "--vocabulary", "IN"], None),
            ("validate", ["validate", "ALLIANCE", "--vocabulary", "IN"], None),
            ("show", ["show", "ALLIANCE", "--vocabulary", "IN"], None),
            ("metrics", ["metrics", "ALLIANCE", "--vocabulary", "IN", "--output", "OUT.txt"], "OUT.txt"),
            ("render-dot", ["render", "ALLIANCE", "--vocabulary", "IN", "--format", "dot", "-o", "OUT/"], "OUT"),
            ("validate-folder", ["validate", "."], None),
        ]
    return [
        ("validate", ["validate", "IN"], None),
        ("validate-json", ["validate", "IN", "--format", "json"], None),
        ("show", ["show", "IN"], None),
        ("classify", ["classify", "IN"], None),
        ("metrics", ["metrics", "IN", "--output", "OUT.txt"], "OUT.txt"),
        ("metrics-over-input", ["metrics", "IN", "--output", "IN"], None),
        ("diff", ["diff", "IN", "--from", "2019", "--to", "2022"], None),
        ("compare", ["compare", "IN"], None),
        ("render-dot", ["render", "IN", "--format", "dot", "-o", "OUT/"], "OUT"),
        ("render-svg", ["render", "IN", "--format", "svg", "-o", "OUT/"], "OUT"),
    ]


def sha256(path):
    with open(path, "rb") as handle:
        return hashlib.sha256(handle.read()).hexdigest()


def listing(folder):
    found = set()
    for base, folders, files in os.walk(folder):
        for name in folders + files:
            found.add(os.path.relpath(os.path.join(base, name), folder))
    return found


def yaml_parses(data):
    """Whether the bytes are text that YAML can parse at all (then every diagnostic has a place)."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    try:
        for _ in yaml.compose_all(text, Loader=yaml.SafeLoader):  # syntax only: no values constructed
            pass
    except yaml.YAMLError:
        return False
    except RecursionError:
        return False
    return True


def first_diagnostic(stderr):
    """The first message line of standard error; for a render batch whose diagnostics come after its
    summary, the first failure listed under "N failed:" ("N fehlgeschlagen:")."""
    lines = [line for line in stderr.splitlines() if line.strip()]
    if lines and re.match(r"^(\d+) (?:von|of) \d+ ", lines[0]):
        heading = next((i for i, line in enumerate(lines) if re.match(r"^\d+ (?:failed|fehlgeschlagen):$", line)), None)
        if heading is not None and heading + 1 < len(lines):
            return lines[heading + 1].strip()
    return lines[0] if lines else ""


def check_run(item, label, arguments, target, sandbox, binary, timeout, parses):
    """Runs one command in `sandbox`; returns (outcome, findings) with findings as (kind, text)."""
    input_path = os.path.join(sandbox, item.name)
    names = {"IN": item.name, "ALLIANCE": "wortstadt.yaml"}
    argv = [binary] + [names.get(a, a.replace("OUT", "out-" + label)) for a in arguments]
    target = target and os.path.join(sandbox, target.replace("OUT", "out-" + label))
    inputs = [p for p in (input_path, os.path.join(sandbox, "wortstadt.yaml")) if os.path.exists(p)]
    before = {p: sha256(p) for p in inputs}
    files_before = listing(sandbox)
    findings = []
    started = time.monotonic()
    # In a session of its own, so that a run past the bound is ended with everything it started.
    process = subprocess.Popen(argv, cwd=sandbox, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, start_new_session=True)
    try:
        _, stderr = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.communicate()
        return "timeout", [("hang", f"{label}: no exit after {timeout} s")]
    finally:
        try:
            os.killpg(process.pid, signal.SIGKILL)  # anything it left running (issue 16 item 4)
        except ProcessLookupError:
            pass
    seconds = time.monotonic() - started
    status = process.returncode
    stderr = stderr.decode("utf-8", "replace")
    if status < 0 or status >= 128:
        findings.append(("signal", f"exit status {status}: {first_diagnostic(stderr)[:300]}"))
    for path, digest in before.items():
        if os.path.exists(path) and sha256(path) == digest:
            continue
        kind = "write-over-input" if label == "metrics-over-input" else "input-changed"
        findings.append((kind, f"{os.path.basename(path)} changed or disappeared (exit {status})"))
    if label == "metrics-over-input" and status == 0:
        findings.append(("write-over-input", "metrics --output IN replaced its input and exited 0"))
    new_files = listing(sandbox) - files_before
    outside = sorted(f for f in new_files if not (target and
                     (f == os.path.relpath(target, sandbox) or f.startswith(os.path.relpath(target, sandbox) + os.sep))))
    if outside:
        findings.append(("wrote-outside-output", "wrote " + ", ".join(outside[:5])))
    if status != 0:
        drawn = re.search(r"^(\d+) (?:von|of) \d+ ", stderr, re.MULTILINE)
        partial = label.startswith("render") and status == 1 and drawn and int(drawn.group(1)) > 0
        if target and os.path.exists(target) and not partial:
            findings.append(("output-on-error", f"{os.path.relpath(target, sandbox)} written with exit {status}"))
        if label != "validate-json":  # validate --format json puts its diagnostics on standard output
            findings += check_diagnostic(item, label, first_diagnostic(stderr), parses)
    elif parses and ((label == "validate" and item.role == "alliance") or (label == "vocab" and item.role == "vocabulary")):
        findings += invalid_ids_accepted(label, item.data)
    outcome = "accepted" if status == 0 else "rejected"
    return outcome, [(kind, f"{label} ({seconds:.1f} s): {text}") for kind, text in findings]


def check_diagnostic(item, label, first, parses):
    """Findings about the first diagnostic of a rejection: it names a file of the run, with
    `line:column` when the input is text that YAML can parse, or when a YAML parser can point at
    where it stopped. (A file that is empty or only comments has no place to point at.)"""
    if "Graphviz" in first or "graphviz" in first:
        # A failed diagram names its input ("… from IN: Graphviz …" / "… aus IN: …"), and no line of
        # the DOT text, which the user never sees.
        if not re.search(r"\b(?:from|aus) (?:\./)?" + re.escape(item.name) + r": ", first) or re.search(r"\bline \d+", first):
            return [("graphviz-message", first[:300])]
        return []
    match = re.match(r"^(?:\./)?(" + re.escape(item.name) + r"|wortstadt\.yaml):((\d+):(\d+):)? ", first)
    if not match:
        return [("no-file-named", first[:300] or "(nothing on standard error)")]
    if match.group(2) or label == "metrics-over-input" or match.group(1) != item.name:
        return []  # placed; a refusal to write over the input concerns the command, not the content
    try:
        text = item.data.decode("utf-8")
    except UnicodeDecodeError:
        return [("no-position-not-utf8", first[:300])]
    if parses and all(node is None for node in yaml.compose_all(text, Loader=yaml.SafeLoader)):
        return []  # empty, or only comments
    if not parses and re.search(r"control characters|unacceptable character", first):
        return [("no-position-control-character", first[:300])]
    return [("no-position" if parses else "no-position-unparsable", first[:300])]


def invalid_ids_accepted(label, data):
    """Ids in an accepted file that break the documented id rule."""
    try:
        document = yaml.safe_load(data.decode("utf-8"))
    except Exception:
        return []
    if not isinstance(document, dict):
        return []
    bad = []
    for node in [document] + [x for key in ("actors", "relations", "interfaces", "chains",
                                            "actor_kinds", "formats", "topics")
                              for x in (document.get(key) or []) if isinstance(document.get(key), list)]:
        value = node.get("id") if isinstance(node, dict) else None
        if isinstance(value, str):
            value = value.replace("\ufeff", "")  # libyaml (the binary's parser) drops U+FEFF in scalars
        if value is not None and not (isinstance(value, str) and ID_PATTERN.match(value)):  # null: no id
            bad.append(repr(value)[:60])
    return [("invalid-id-accepted", f"{label} accepted id " + ", ".join(bad))] if bad else []


def run_input(item, binary, timeout):
    sandbox = tempfile.mkdtemp(prefix="alliance-fuzz-")
    try:
        with open(os.path.join(sandbox, item.name), "wb") as handle:
            handle.write(item.data)
        if item.role == "vocabulary":
            with open(os.path.join(sandbox, "wortstadt.yaml"), "w", encoding="utf-8") as handle:
                handle.write(VOCABULARY_ALLIANCE)
        parses = yaml_parses(item.data)
        results = []
        for label, arguments, target in commands_for(item):
            results.append((label,) + check_run(item, label, arguments, target, sandbox, binary, timeout, parses))
            # Restore the input if a command replaced it, so the next one sees the generated file.
            with open(os.path.join(sandbox, item.name), "wb") as handle:
                handle.write(item.data)
        return item, parses, results
    finally:
        shutil.rmtree(sandbox, ignore_errors=True)


def main():
    parser = argparse.ArgumentParser(description="Fuzz the alliance command-line tool.")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--count", type=int, default=60)
    parser.add_argument("--binary", default=os.path.join(ROOT, ".build", "debug", "alliance"))
    parser.add_argument("--timeout", type=float, default=30.0)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--keep")
    parser.add_argument("--strict", action="store_true")
    parser.add_argument("--json")
    parser.add_argument("--verbose", action="store_true")
    options = parser.parse_args()
    binary = os.path.abspath(options.binary)
    if not os.access(binary, os.X_OK):
        sys.exit(f"fuzz: error: no alliance binary at {binary} (run `swift build` or give --binary)")

    inputs = generate(options.seed, options.count)
    started = time.monotonic()
    per_mutation = collections.defaultdict(collections.Counter)
    per_finding = collections.Counter()
    examples = {}
    passed = failed = 0
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, options.jobs)) as pool:
        for item, parses, results in pool.map(lambda i: run_input(i, binary, options.timeout), inputs):
            counts = per_mutation[f"{item.mutation} {item.role}"]
            counts["inputs"] += 1
            counts["YAML parses"] += parses
            run_failed = False
            for label, outcome, findings in results:
                counts["runs"] += 1
                counts[outcome] += 1
                fatal = False
                for kind, text in findings:
                    known = KNOWN.get(kind)
                    per_finding[(kind, known)] += 1
                    examples.setdefault(kind, f"{item.describe()}: {text}")
                    if options.verbose or not known or options.strict:
                        tag = f"known, {known}" if known else "FAILED"
                        print(f"fuzz: {tag}: {item.describe()}: {text}", file=sys.stderr)
                    fatal = fatal or not known or options.strict
                counts["failed" if fatal else "passed"] += 1
                failed += fatal
                passed += not fatal
                run_failed = run_failed or bool(findings)
            if run_failed and options.keep:
                os.makedirs(options.keep, exist_ok=True)
                with open(os.path.join(options.keep, item.name), "wb") as handle:
                    handle.write(item.data)
    seconds = time.monotonic() - started

    print(f"fuzz: seed {options.seed}, {len(inputs)} inputs, {passed + failed} runs in {seconds:.0f} s")
    print(f"{'mutation':28} {'inputs':>6} {'parses':>6} {'runs':>5} {'accepted':>8} {'rejected':>8} {'timeout':>7} {'failed':>6}")
    for key in sorted(per_mutation):
        c = per_mutation[key]
        print(f"{key:28} {c['inputs']:6} {c['YAML parses']:6} {c['runs']:5} {c['accepted']:8} {c['rejected']:8} "
              f"{c['timeout']:7} {c['failed']:6}")
    if per_finding:
        print("findings:")
        for (kind, known), number in sorted(per_finding.items()):
            print(f"  {kind}: {number} run(s){' — known: ' + known if known else ''}")
            print(f"    e.g. {examples[kind][:400]}")
    if options.json:
        with open(options.json, "w", encoding="utf-8") as handle:
            json.dump({"seed": options.seed, "count": options.count, "passed": passed, "failed": failed,
                       "mutations": {k: dict(v) for k, v in per_mutation.items()},
                       "findings": [{"kind": k, "known": kn, "runs": n, "example": examples[k]}
                                    for (k, kn), n in sorted(per_finding.items())]}, handle, indent=2)
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
