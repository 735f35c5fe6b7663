#!/usr/bin/env python3
"""Writes the fixture set that reproduces the report's trend figures (see README.md).

Run from this folder: python3 make-fixture.py. Deterministic; the files it writes are committed.
"""
import os

R2020 = set(range(1, 50))                                 # 49 returns (Fig. 4 and 5: n=49)
R2021 = set(range(1, 41)) | {50, 51}                      # 42 returns (Table 1, Fig. 5: n=42)
R2022 = set(range(1, 37)) | {41, 42, 50, 51}              # 40 returns (Table 1, Fig. 4 and 5: n=40)
UNANSWERED_2021 = {38, 39, 40}                            # agreements: 42 - 3 = 39 (Fig. 4: n=39)
WITH_FILES = 51                                           # b52 … b58 never reported: no file
ROSTER = 58                                               # 58 alliances (line 143)


def kind(i):
    return {0: "independent_city", 3: "independent_city", 6: "municipality"}.get(i % 7, "district")


def relations(i):
    r = []
    # Written cooperation agreements (KI and job centre): 7 in 2020, 13 in 2021, 24 in 2022.
    if i <= 7:
        r.append(("cooperation_agreement", "[ki, jc]", "2020-"))
    elif i <= 13:
        r.append(("cooperation_agreement", "[ki, jc]", "2021-"))
    elif i <= 24:
        r.append(("cooperation_agreement", "[ki, jc]", "2022"))
    # Cooperation with the immigration office: 28 in 2020, 32 in 2021, 33 in 2022.
    if i <= 28:
        r.append(("referral", "{from: abh, to: thm}", "2020-"))
    elif i in (29, 30, 50, 51):
        r.append(("referral", "{from: abh, to: thm}", "2021-"))
    elif i == 31:
        r.append(("referral", "{from: abh, to: thm}", "2022"))
    # Case conferences: 6 in 2021 (4 with the ABH), 13 in 2022 (8 with the ABH).
    if i <= 4:
        r.append(("case_conference", "[ki, thm, abh]", "2021-"))
    elif i <= 6:
        r.append(("case_conference", "[ki, thm]", "2021"))
        r.append(("case_conference", "[ki, thm, abh]", "2022"))
    elif i <= 8:
        r.append(("case_conference", "[ki, thm, abh]", "2022"))
    elif i <= 13:
        r.append(("case_conference", "[ki, thm]", "2022"))
    return r


def alliance(i):
    reports = []
    for year, returned in ((2020, R2020), (2021, R2021), (2022, R2022)):
        if i in returned:
            reports.append(f"{{year: 2021, unanswered: [agreements]}}" if year == 2021 and i in UNANSWERED_2021 else str(year))
    lines = [
        "# Fixture for the report's trend figures (README.md): an invented alliance, not a real one.",
        f"id: b{i:02d}",
        f"name: Bündnis {i:02d}",
        f"kind: {kind(i)}",
    ]
    if kind(i) == "municipality":
        lines.append("district: Kreis Beispiel")
    lines += [
        "years: 2019-2022",
        "illustrative: true",
        f"reports: [{', '.join(reports)}]",
        "actors:",
        "  - {id: ki, kind: ki, managing_office: true, core_group: true}",
        "  - {id: jc, kind: jobcenter}",
        "  - {id: abh, kind: abh}",
        "  - {id: thm, kind: thm}",
    ]
    rels = relations(i)
    if rels:
        lines.append("relations:")
        for fmt, ends, years in rels:
            who = f"actors: {ends}" if ends.startswith("[") else ends[1:-1]
            lines.append(f"  - {{{who}, format: {fmt}, years: {years}}}")
    return "\n".join(lines) + "\n"


def initiative():
    lines = [
        "# Fixture for the report's trend figures (README.md): the 58 alliances of the initiative",
        "# (report line 143) and the three questionnaires the trend figures come from.",
        "programme:",
        "  name: Gemeinsam klappt's (Fixture)",
        "  years: 2019-2022",
        "waves:",
        "  - {year: 2020, name: AH 2020, questions: [agreements, abh_cooperation]}",
        "  - {year: 2021, name: AH 2021, questions: [agreements, abh_cooperation, case_conferences]}",
        "  - {year: 2022, name: AH 2022, questions: [agreements, abh_cooperation, case_conferences]}",
        "roster:",
    ]
    for i in range(1, ROSTER + 1):
        extra = f", district: Kreis Beispiel" if kind(i) == "municipality" else ""
        never = ", never_reported: true" if i > WITH_FILES else ""
        lines.append(f"  - {{alliance: b{i:02d}, kind: {kind(i)}{extra}{never}}}")
    return "\n".join(lines) + "\n"


os.makedirs("alliances", exist_ok=True)
with open("initiative.yaml", "w", encoding="utf-8") as f:
    f.write(initiative())
for i in range(1, WITH_FILES + 1):
    with open(f"alliances/b{i:02d}.yaml", "w", encoding="utf-8") as f:
        f.write(alliance(i))
