#!/usr/bin/env python3
"""Dumps an xlsx workbook as JSON for the tests: an independent reader (openpyxl) of what Salesdesk wrote.

Output: {"sheets": [{"name": ..., "freeze": "A2" or null, "rows": [[cell, ...], ...]}]} where a cell is
null, a number, a string, or an ISO date string; number formats are listed per cell in "formats".
"""
import datetime
import json
import sys

import openpyxl


def cell_value(v):
    if isinstance(v, (datetime.datetime, datetime.date)):
        return v.strftime("%Y-%m-%d")
    return v


def main(path):
    book = openpyxl.load_workbook(path)
    out = {"sheets": []}
    for ws in book.worksheets:
        rows, formats = [], []
        for row in ws.iter_rows():
            rows.append([cell_value(c.value) for c in row])
            formats.append([c.number_format for c in row])
        out["sheets"].append({"name": ws.title, "freeze": ws.freeze_panes, "rows": rows, "formats": formats})
    json.dump(out, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main(sys.argv[1])
