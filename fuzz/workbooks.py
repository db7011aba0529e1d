"""Writes the workbook seeds of the intake fuzzer's corpus: small cohorts in
the structures real exports use, for the fuzzer to mutate from. Run from
this folder: python3 workbooks.py (needs openpyxl).
"""
import datetime
import zipfile

import openpyxl

HEADER = ["id", "role", "organisation", "goals", "capacity"]
ROWS = [["E1", "mentee", "Acme", "leadership;sales;", None], ["M1", "mentor", "Beta", "sales", 2]]


def save(book, name):
    book.save(f"corpus/intake/{name}")


# Inline strings, numbers as numbers (openpyxl's default).
book = openpyxl.Workbook()
sheet = book.active
sheet.append(HEADER)
for row in ROWS:
    sheet.append(row)
save(book, "wb-inline.xlsx")

# Dates, a formula without a cached value, a boolean, a float, empty rows,
# a value some columns to the right, a merged header, a second sheet.
book = openpyxl.Workbook()
sheet = book.active
sheet.title = "Responses"
sheet.append(HEADER + ["Signed up", "Agreed", "Score"])
sheet.append(["E1", "mentee", "Acme", "leadership", None, datetime.datetime(2026, 9, 1, 10, 5), True, 7.5])
sheet.append([])
sheet.append(["M1", "mentor", "Beta", "leadership", "=1+1", datetime.date(2026, 9, 2), False, 3])
sheet["AZ5"] = "note"
sheet.merge_cells("F1:G1")
book.create_sheet("Read me")["A1"] = "Sign-ups, autumn"
save(book, "wb-types.xlsx")

# Shared strings, written part by part as Excel writes them.
parts = {
    "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>',
    "_rels/.rels": '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    "xl/workbook.xml": '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Form1" sheetId="1" r:id="rId1"/></sheets></workbook>',
    "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>',
    "xl/sharedStrings.xml": '<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>id</t></si><si><t>role</t></si><si><t>organisation</t></si><si><t>mentee</t></si><si><t>mentor</t></si><si><r><t>Ac</t></r><r><t>me</t></r></si></sst>',
    "xl/worksheets/sheet1.xml": '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A1:C3"/><sheetData>'
    '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>'
    '<row r="2"><c r="A2" t="inlineStr"><is><t>E1</t></is></c><c r="B2" t="s"><v>3</v></c><c r="C2" t="s"><v>5</v></c></row>'
    '<row r="3"><c r="A3" t="str"><f>"M"&amp;1</f><v>M1</v></c><c r="B3" t="s"><v>4</v></c><c r="C3" t="e"><v>#N/A</v></c></row>'
    "</sheetData></worksheet>",
}
with zipfile.ZipFile("corpus/intake/wb-shared.xlsx", "w", compression=zipfile.ZIP_DEFLATED) as archive:
    for part, text in parts.items():
        archive.writestr(part, text)
