"""openpyxl as a real consumer and producer of the spreadsheet template, for the spreadsheet tests.

    scripts/consumer-python scripts/spreadsheet_fixture.py read TEMPLATE.xlsx
        prints JSON: {"sheets": [{"name", "state", "rows": [[value as text, ...]], "validations":
        [{"sqref", "formula1", "type", "values": [the list's entries, read from the sheet it names]}]}]}
    scripts/consumer-python scripts/spreadsheet_fixture.py fill TEMPLATE.xlsx OUT.xlsx SPEC.json
        opens the template, empties the data sheets below their header, writes SPEC's rows and saves:
        SPEC = {"sheets": {name: {"rows": [[cell, ...]], "header": [...] (optional: replaces the header),
        "merge": ["A2:A3"]}}, "add_sheets": {name: rows}, "remove_sheets": [name]}; a cell is text, a
        number, true/false, null, {"date": "2022-06-01"} (a date cell) or {"formula": "=A1", "value": optional}.
"""
import datetime
import json
import sys

import openpyxl


def text(value):
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()
    return str(value)


def read(path):
    book = openpyxl.load_workbook(path)
    sheets = []
    for sheet in book.worksheets:
        validations = []
        for dv in sheet.data_validations.dataValidation:
            values = []
            if dv.type == "list" and dv.formula1 and "!" in dv.formula1:
                name, _, ref = dv.formula1.rpartition("!")
                source = book[name.strip("'")]
                values = [text(c.value) for row in source[ref.replace("$", "")] for c in row if c.value is not None]
            validations.append({"sqref": str(dv.sqref), "formula1": dv.formula1, "type": dv.type, "values": values})
        rows = [[text(c) for c in row] for row in sheet.iter_rows(values_only=True)]
        sheets.append({"name": sheet.title, "state": sheet.sheet_state, "rows": rows, "validations": validations,
                       "frozen": str(sheet.freeze_panes or "")})
    json.dump({"sheets": sheets}, sys.stdout, ensure_ascii=False)


def cell_value(value):
    if isinstance(value, dict) and "date" in value:
        return datetime.date.fromisoformat(value["date"])
    if isinstance(value, dict) and "formula" in value:
        return value["formula"]
    return value


def fill(template, out, spec_path):
    with open(spec_path, encoding="utf-8") as handle:
        spec = json.load(handle)
    book = openpyxl.load_workbook(template)
    for name in spec.get("remove_sheets", []):
        del book[name]
    for name, content in spec.get("sheets", {}).items():
        sheet = book[name]
        sheet.delete_rows(2, sheet.max_row)
        if "header" in content:
            for column in range(1, sheet.max_column + 1):
                sheet.cell(row=1, column=column).value = None
            for column, value in enumerate(content["header"], start=1):
                sheet.cell(row=1, column=column).value = cell_value(value)
        for r, row in enumerate(content.get("rows", []), start=2):
            for c, value in enumerate(row, start=1):
                if value is None or value == "":
                    continue
                cell = sheet.cell(row=r, column=c)
                cell.value = cell_value(value)
                if isinstance(value, dict) and "date" in value:
                    cell.number_format = "mm/yyyy"
        for merged in content.get("merge", []):
            sheet.merge_cells(merged)
    for name, rows in spec.get("add_sheets", {}).items():
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append([cell_value(v) for v in row])
    book.save(out)


if sys.argv[1] == "read":
    read(sys.argv[2])
elif sys.argv[1] == "fill":
    fill(sys.argv[2], sys.argv[3], sys.argv[4])
else:
    raise SystemExit("usage: spreadsheet_fixture.py read FILE | fill TEMPLATE OUT SPEC")
