"""The spec of a large filled-in template for the import benchmark (scripts/bench-export): ROWS rows
below the headers, mostly relations, as a managing office would type them (German labels,
abbreviations and ids mixed, periods as `ab 2021`), with no errors and no warnings.

    scripts/consumer-python scripts/bench_import_fixture.py ROWS SPEC.json
then  scripts/consumer-python scripts/spreadsheet_fixture.py fill TEMPLATE.xlsx OUT.xlsx SPEC.json
"""
import json
import random
import sys

rows = int(sys.argv[1])
rng = random.Random(12)  # the same workbook every time
kinds = ["KI", "Ausländerbehörde", "jmd", "Jobcenter", "employment_agency", "youth_office", "youth_centre",
         "youth_social_work", "VHS", "social_office", "education_provider", "welfare_association", "vocational_college"]
actors_n = max(4, rows // 5)
core_n = max(2, rows // 30)
interfaces_n = max(1, rows // 50)
relations_n = max(1, rows - actors_n - core_n - interfaces_n - 1)

actors = [["ki", "KI", "KI Großstadt", "", "ja", "", "", ""]]
for i in range(1, actors_n):
    name = f"Träger {i} „Brücke“ e. V." if i % 3 == 0 else ""
    actors.append([f"a{i}", kinds[i % len(kinds)], name, "", "", "", "", "Notiz zu Akteur %d" % i if i % 7 == 0 else ""])
ids = [a[0] for a in actors]
core = [[ids[i], "x", "x", "x" if i % 2 else "", "x"] for i in range(core_n)]

group_formats = [("exchange_round", "Austausch und Lernen"), ("Arbeitsgruppe", ""), ("Fallkonferenz", "positive/linking"),
                 ("joint_offer", "Positive Koordination: Verknüpfung")]
directed_formats = [("Verweisberatung", ""), ("reporting", ""), ("contact_data", "Negative Koordination: Anpassung"),
                    ("referral", "intervention/appeal")]
periods = ["2019-", "2020-2022", "ab 2021", "2021", "", "2019-2020"]
relations = [["kerngruppe", "", "", "", "Bündniskerngruppe", "Austausch und Lernen", "", "", "2019-", "", "", "", "", ""]]
for i in range(relations_n - 1):
    rid = f"k{i}" if i % 2 == 0 else ""
    years = periods[i % len(periods)]
    note = f"Vereinbart am Runden Tisch <{i}> & mit \"Anführungszeichen\"" if i % 11 == 0 else ""
    if i % 3 == 0:
        fmt, mech = group_formats[i % len(group_formats)]
        members = rng.sample(ids, 3 + i % 4)
        relations.append([rid, ", ".join(members), "", "", fmt, mech, "", "", years, "", "", "", "AH-S 2021" if i % 5 == 0 else "", note])
    else:
        fmt, mech = directed_formats[i % len(directed_formats)]
        a, b = rng.sample(ids, 2)
        relations.append([rid, "", a, b, fmt, mech, "", "", years, "", "", "", "", note])
interfaces = []
for i in range(interfaces_n):
    members = rng.sample(ids, 2 + i % 3)
    interfaces.append([f"s{i}", ", ".join(members), "residence_status" if i % 2 else "Aufenthaltsstatus", "",
                       ["interference", "Transition", "diffusion"][i % 3], "", "", "", ""])

spec = {"sheets": {
    "Bündnis": {"rows": [["grossstadt", "Großstadt", "Kreisfreie Stadt", "", "Regierungsbezirk Köln", "2019-2022", True, "Benchmark", ""]]},
    "Akteure": {"rows": actors},
    "Kerngruppe": {"rows": [[c if not (c.isdigit() and len(c) == 4) else int(c) for c in r] for r in core]},
    "Kooperationen": {"rows": relations},
    "Schnittstellen": {"rows": interfaces},
    "Ketten": {"rows": []},
}}
with open(sys.argv[2], "w", encoding="utf-8") as handle:
    json.dump(spec, handle, ensure_ascii=False)
print(1 + len(actors) + len(core) + len(relations) + len(interfaces))
